"""Round t-events62: a condition told by the deficiency that caused it is no event
(``nonevents/conditions.deficiency_cause``), on sentences of a fictional report (Lorvania, 2022) written for
these tests, one paragraph each.

- An undated sentence whose main verb is a causing verb ("delayed", "led to", "caused", "hampered",
  "undermined") with a deficiency as its subject ("judicial inefficiency, corruption", "budgetary problems",
  "a shortage of judges", "staff shortages") says how the system stood: no event, whatever trigger its object
  holds ("denied speedy trials", "trial delays", "the investigation of prisoner complaints").
- Not: casualties or harm as the outcome ("led to some prison deaths"), a coordinated clause with its own
  subject stating an act ("…, and authorities prosecuted no cases"), a dated sentence ("In March delays …
  led to violent clashes"), a body that delayed something (no deficiency).
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

Y = "2022"
CASES = [
    # a deficiency that caused a condition: no event
    ("Pretrial Detention: Judicial inefficiency, corruption at the Velm Court, and scarce resources delayed "
     "proceedings, and long pretrial detention was a serious problem.", []),
    ("The judiciary's budgetary and staffing problems led to backlogs that effectively denied speedy trials for "
     "most defendants and kept others in pretrial detention for long periods.", []),
    ("Case backlogs, a lack of public defenders outside Velm, judicial inefficiency and corruption undermined many "
     "of the rights of defendants.", []),
    ("A shortage of judges in the Dravik region caused long trial delays.", []),
    ("Staff shortages and the absence of Velm Prison's director hampered the investigation of prisoner "
     "complaints.", []),
    # "Not": harm as the outcome, an act in a clause of its own, a date, no deficiency
    ("Overcrowding and a lack of medical care led to some prison deaths.", [("death_in_custody", Y, "asserted")]),
    ("The lack of specific penalties hindered prosecution, and authorities prosecuted no cases during the year.",
     [("charge", Y, "negated")]),
    ("In March delays in the court system led to violent clashes outside the Velm courthouse.",
     [("attack_or_threat", "2022-03", "asserted")]),
    ("The Velm Monitor delayed the publication of its report on prison conditions.", [("other", Y, "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2022")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_deficiency_causes(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
