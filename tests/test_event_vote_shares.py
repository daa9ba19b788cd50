"""Shares of the vote are an election's result, not a statistic (round t-events19, issue 14;
events/dating/vote_shares.py): an undated election told with "N percent of the vote" (or "of voters", or "with
N percent" on the winning verb) is an event of the year, as the same sentence without the share is; a
percentage that is not a share of the vote (turnout, a share of a class) keeps the statistic guard. A
dated election with its share is not a rate of state either (``dated_statistics.rate``).
Sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each. Types are
checked only for the elections.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

ELECTION = [("election_or_referendum", "2021", "asserted")]
# (sentence, [(type, date, polarity), ...]; [] for "no event")
CASES = [
    ("Voters elected Mara Tesk of the Harbor Party as president with 41.2 percent of the vote.", ELECTION),
    ("The Harbor Party won 33 seats in the assembly with about 48 percent of the vote.", ELECTION),
    ("The Green League won 12 seats with 19 percent, and independents won the other four seats with 5 "
     "percent of the vote.", ELECTION),
    ("Ilan Dovre, the Harbor Party's candidate, won the election with nearly 70 percent of the vote.", ELECTION),
    ("During the year, 88 percent of voters in a referendum in the north voted for autonomy.", ELECTION),
    # dated: the share does not make the election a rate of state ("held 30 percent of the seats")
    ("In May a referendum was held with 91 percent of voters supporting the new charter.",
     [("election_or_referendum", "2021-05", "asserted")]),
    # not shares of the vote: a statistic of the year stays no event
    ("Turnout was 46 percent of registered voters.", []),
    ("Women won 12 percent of the seats in the assembly.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_vote_shares(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
