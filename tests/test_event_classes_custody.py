"""Event classes found on the 2024 Liberia dev gold (docs/gold/2024_liberia.md) and
checked on 2024 pages without gold, on sentences of a fictional report (Lorvania, 2021) written
for these tests, one paragraph each:

- the death "of" a person in custody is a death in custody however the parse attaches the phrase
  ("the death in March of a detainee"); a death "during a landslide" at a mine is an accident
  (type other, as the Kazakhstan 2022 gold's workplace deaths);
- "removed from prison" takes someone out of custody, not out of a post (no dismissal); guards
  and patrolmen suspended or dismissed are dismissed from a post;
- granting refugee status or permanent residency is an asylum or citizenship decision, also as
  an undated statement of the year ("grant" is otherwise a verb of rules);
- "The government took steps to identify and punish officials …" (the executive summary's
  sentence on impunity) is an event of the year typed by what the steps were to do, negated
  with "did not take steps";
- tracking numbers or records is no surveillance (tracking persons' calls is).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# (sentence, [(type, date, polarity), ...]; [] for "no event")
CASES = [
    ("In June the prison service charged four guards linked to the death in March of a detainee at "
     "the Dornet Central Prison.",
     [("charge", "2021-06", "asserted"), ("death_in_custody", "2021-03", "asserted")]),
    ("On April 9, local media reported the death of seven persons during a landslide at an illegal "
     "gold mine near Kettrin.", [("other", "2021-04-09", "asserted")]),
    ("Police reported the death of three protesters in Dornet on May 2.",
     [("killing", "2021-05-02", "asserted")]),
    ("According to the ombudsman, Ivo Marek was later removed from prison by authorities without a "
     "court order.", [("other", "2021", "asserted")]),
    ("In June the prison service suspended four guards over the escape.",
     [("dismissal", "2021-06", "asserted")]),
    ("The government granted refugee status to approximately 300 persons from Zembla.",
     [("asylum_or_citizenship_decision", "2021", "asserted")]),
    ("The government granted permanent residency status to approximately 1,000 former refugees.",
     [("asylum_or_citizenship_decision", "2021", "asserted")]),
    ("The law grants refugee status to persons fleeing persecution.", []),
    ("The government granted first asylum to refugees from other countries.", []),
    ("The government took steps to identify and punish officials who committed abuses.",
     [("investigation", "2021", "asserted")]),
    ("The government took minimal steps to prosecute or punish officials who committed abuses.",
     [("charge", "2021", "asserted")]),
    ("The government did not take steps to investigate or prosecute officials.",
     [("investigation", "2021", "negated")]),
    ("Police often took steps to identify suspects.", []),
    ("The labor inspectorate did not track numbers of individual inspections or violations.", []),
    ("In May police tracked the phone calls of two opposition activists.",
     [("surveillance", "2021-05", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_class(extracted, sentence, expected):
    assert extracted[sentence] == expected
