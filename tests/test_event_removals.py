"""Persons removed from the country are an occurrence (issue 14, round t-events81): "deport", "expel" and
"extradite" (``removal_verbs``) with someone as their object or passive subject trigger a record of type
``other``, dated as any undated act of the year; an asylum seeker returned stays an asylum decision. Not a
removal: "expelled from" a body (``removal_not_from``: a party, a family, a school), and a removal in a clause
that only qualifies another ("until they were deported", "who were expelled"). Sentences of a fictional report
(Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "Freedom of Movement\n\n")

REMOVED = [
    # a pronoun object, the second verb of its clause
    "Border police took the Ostrian editor to the airport and deported him.",
    # a bare plural object
    "Authorities deported foreign workers who tested positive for tuberculosis on arrival.",
    # a definite object
    "The government expelled the correspondent of the Varn Gazette.",
    # the passive, counted, placed in the year
    "More than 4,000 undocumented migrants were expelled during the year.",
]

KEPT = {
    # an asylum seeker returned is an asylum decision, as before
    "Authorities deported 12 asylum seekers to Ostria.": [("asylum_or_citizenship_decision", "2021", "asserted")],
    # a dated removal keeps its date
    "On May 3, authorities expelled the Varn Gazette correspondent to Ostria.": [("other", "2021-05-03", "asserted")],
}

NONE = [
    # expelled from a family: no removal from the country, and a habit
    "Widows were sometimes expelled from their families.",
    # a removal that only bounds a detention
    "The Immigration Office held undocumented migrants in Kessa until they were deported.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, REMOVED + list(KEPT) + NONE, 2021)


@pytest.mark.parametrize("sentence", REMOVED)
def test_persons_removed_are_an_event_of_the_year(extracted, sentence):
    assert extracted[sentence] == [("other", "2021", "asserted")]


@pytest.mark.parametrize("sentence", list(KEPT))
def test_asylum_returns_and_dated_removals_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_removal_from_the_country_is_no_event(extracted, sentence):
    assert extracted[sentence] == []
