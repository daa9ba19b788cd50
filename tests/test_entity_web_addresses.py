"""Words of a web address name no entity where they stand (issue 14; seen by round t-orgs21 on 2019
Venezuela, unread, and 2020 Fiji and 2020 Guinea, dev: "International-Parental-Child-Abduction", a piece of
the address every report of those years cites, read as an organization). The dev texts hold 167 web
addresses and no gold mention inside one. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.candidates import masked_ranges

from .test_entities import typed_entities


_LINK = ("For information on international parental child abduction, see the Department of State's Annual "
         "Report on International Parental Child Abduction at https://travel.example.gov/content/travel/en/"
         "International-Parental-Child-Abduction/for-providers/legal-reports-and-data.html.")


def _masked(text: str) -> list[str]:
    return [text[s:e] for s, e in masked_ranges(text, 0, len(text))]


def test_an_address_with_a_scheme_is_masked():
    assert any("International-Parental-Child-Abduction" in m for m in _masked(_LINK))


def test_addresses_without_a_scheme_are_masked():
    text = ("The findings are at www.example.org/tarsania/findings and at labor.example.gov/reports/child-labor "
            "according to the Ministry of Labor of Tarsania.")
    masked = _masked(text)
    assert "www.example.org/tarsania/findings" in masked
    assert "labor.example.gov/reports/child-labor" in masked
    assert not any("Ministry" in m for m in masked)


def test_a_domain_alone_in_prose_is_not_masked():
    """"Example.org" with no path is a name a report may use for an outlet; only an address with a path is masked."""
    text = "The news site Example.org reported that police detained the editor of the Tarsania Herald."
    assert _masked(text) == []


def test_no_entity_inside_an_address(nlp):
    text = ("Officials of the Ministry of Justice in Velmoor met the Tarsania Bar Association in March. " + _LINK)
    ents = typed_entities(text, nlp)
    assert not any("Abduction" in name for name in ents)
    assert ents.get("Tarsania Bar Association") == "organization"
