"""A town of the report's own country that the model also tags as a nationality stays a place
(found on the 2020 Senegal dev gold's first run: its capital, named fourteen times, was dropped
because one "the <town> administrator's office" was read as a nationality word). Sentences
written for these tests."""
from __future__ import annotations

from rightsledger.extract.entities.classify import _named_place

from .test_entities import entities_of

TEXT = """\
On March 3, police detained two activists in Dakar. Lawyers said detainees in Dakar waited weeks \
for a hearing. On May 9, police dispersed a crowd outside the Dakar administrator's office. Ziguinchor \
residents marched the same day.
"""


def test_a_home_country_town_is_a_named_place():
    assert _named_place(TEXT, "Dakar", "SN")
    assert not _named_place(TEXT, "Dakar", None)        # no home country: no gazetteer vote
    assert not _named_place(TEXT, "Kazakh", "KZ")        # a nationality word by its shape
    assert not _named_place(TEXT, "Paris", "SN")         # a town of another country


def test_the_capital_of_a_report_on_senegal_is_a_place(nlp):
    ents = entities_of(TEXT, nlp, country="Senegal", code="SN", year=2020, doc_id="senegal-2020")
    dakar = [e for e in ents if e.name == "Dakar"]
    assert dakar and dakar[0].type == "place"
    assert len(dakar[0].mentions) == 3
