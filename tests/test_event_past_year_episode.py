"""A past year's episode continued (settled 2026-12-12, docs/EVALUATION.md "Dating by episode"): an
undated occurrence tied to an occurrence dated only to a year before the report year takes that year,
by the same ties as a day or month episode; a day or month episode of the paragraph stands. Paragraphs of
a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import dates_of, report_events

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PARAGRAPHS = [
    # a violent episode of an earlier year, its casualties told right after
    "In 2008 soldiers fired on a crowd of protesters at the Verna market. At least 40 demonstrators were "
    "killed, and more than 200 were injured.",
    # a later step of another kind keeps the report year
    "In 2009 militia members attacked the village of Lisk. Police arrested 12 suspects in connection with "
    "the attack.",
    # a day episode of the paragraph stands against a year named as a label after it
    "On September 27, police dispersed an opposition rally in Dorva. The rally marked the anniversary of the "
    "2009 attack on Lisk. One protester was killed.",
]

EXPECTED = [
    ("At least 40 demonstrators were killed, and more than 200 were injured.", "2008", "year"),
    ("Police arrested 12 suspects in connection with the attack.", "2011", "year"),
    # not 2009: the paragraph's day episode stands (and the casualty is not its very next sentence)
    ("One protester was killed.", "2011", "year"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "zarnakia-2011", rules=False)


@pytest.mark.parametrize("sentence,date,precision", EXPECTED, ids=[e[0][:40] for e in EXPECTED])
def test_past_year_episode(extracted, sentence, date, precision):
    assert dates_of(extracted, sentence) == {(date, precision)}
