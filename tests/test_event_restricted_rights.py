"""Round t-events40's rules for group 2 false events (events/nonevents/restricted_rights.py and
relative_functions.py), on sentences of a fictional report (Lorvania, 2023) written for these tests, one
paragraph each. A right or freedom restricted in the passive, without an agent or a possessor, is a
condition, no event, even with a place, a group or a number that made the sentence look specific; a weak
trigger in a relative clause whose subject is the relative pronoun, without a time, describes the noun
before it (docs/EVALUATION.md, standing functions: "a relative clause describing a body"), no event.
Restrictions with an actor, of a thing, or dated, a relative clause with a time and an occurrence beside a
relative clause stay as they were.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2023 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

CASES = [
    # a right restricted in general: none (an event on the base)
    ("Freedom of movement, however, was restricted in some areas, particularly in Dravik.", []),
    ("Political rights were restricted, although citizens could choose 59 of the 69 members of the assembly "
     "in periodic elections.", []),
    ("Freedoms of peaceful assembly and of association were restricted for LGBTQI+ persons in Dravik.", []),
    # what a thing or body does, in a relative clause: none (an event on the base)
    ("The government maintained emergency zones that restricted movement in the Tolm valley due to the "
     "presence of the Red Front.", []),
    ("Refugees were subject to an encampment policy that restricted them to the Dravik and Tolm camps.", []),
    ("The Ministries of Security and Defense both have human rights offices that investigated alleged human "
     "rights abuses and coordinated activities with the ombudsman.", []),
    ("The government addressed corruption through the Dravik Audit Authority, which monitored the use of "
     "government funds.", []),
    # untouched
    ("Access to the internet was restricted in the border provinces of Dravik and Tolm for 12 days.",
     [("censorship_or_blocking", "2023", "asserted")]),
    ("Freedom of assembly was restricted by the Ministry of Interior in Dravik.", [("other", "2023", "asserted")]),
    ("The government restricted access to the internet.", [("censorship_or_blocking", "2023", "asserted")]),
    ("On May 3, access to the internet was restricted in the border provinces.",
     [("censorship_or_blocking", "2023-05-03", "asserted")]),
    ("The group committed killings that targeted civilians affiliated with the government.",
     [("killing", "2023", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2023")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_restricted_rights(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
