"""Removals from the country as the rules read them (issue 14, round t-events81). The round's rule (an undated
"deport", "expel" or "extradite" with someone as its object is an occurrence of type ``other``) was measured and
reverted (docs/rounds/2027-01-01-06-t-events81.md); these are the readings it kept and that stand without it: an
asylum seeker returned is an asylum decision, a dated removal keeps its date, and neither "expelled from" a family
told as a habit nor a removal that only bounds a detention is an occurrence. Sentences of a fictional report
(Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "Freedom of Movement\n\n")

KEPT = {
    # an asylum seeker returned is an asylum decision
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
    return paragraph_events(HEADER, list(KEPT) + NONE, 2021)


@pytest.mark.parametrize("sentence", list(KEPT))
def test_asylum_returns_and_dated_removals_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_removal_from_the_country_is_no_event(extracted, sentence):
    assert extracted[sentence] == []
