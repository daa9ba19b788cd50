"""Election results told by "win" (issue 14; docs/rounds/2026-12-05-t-gold-dev.md; the Togo 2017 and
Guinea-Bissau 2019 gold): a party or candidate that won seats, a plurality, a majority, a term or
by-elections, or won with a share of the vote, states an election (``election_or_referendum``); winning
convictions, control of a town or an award does not. Sentences of a fictional report (Lorvania, 2021)
written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

CASES = [
    ("In 2019 the ruling Lorvanian Unity Party won 71 of 110 seats in the National Assembly.",
     [("election_or_referendum", "2019", "asserted")]),
    ("The Kovan Democratic Front won a plurality with 38 members of parliament.",
     [("election_or_referendum", "2021", "asserted")]),
    ("The ruling party also won all municipal by-elections in the eastern provinces.",
     [("election_or_referendum", "2021", "asserted")]),
    ("In 2020 President Arvo Penn won a second term with 61 percent of the vote.",
     [("election_or_referendum", "2020", "asserted")]),
    ("In the nine cases prosecuted during the year, the government won three convictions.",
     [("conviction_or_sentence", "2021", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_won_election(extracted, sentence, expected):
    assert extracted[sentence] == expected
