"""Round t-events44's rule (events/dating/fronted.py): a date that opens the sentence dates its main clause, on
sentences of a fictional report (Lorvania, 2023) written for these tests, one paragraph each. The date's
record stands alone: the main verb, higher in the parse than the trigger the date attached to, is not told a
second time as a record of the report year. A conjunct with its own subject, what is reported under the main
verb, a phrase of the report year, a count "as of" a date and a sentence whose date is not in front stay as
they were.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2023 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    # a date in front of the main clause: one record of that date (a second one of the year on the base)
    ("On March 29, during a protest in the Dravik market, a vendor was stopped by police and beaten.",
     ["2023-03-29"]),
    ("On May 4, for example, after NGOs criticized the arrests of journalists covering opposition rallies, the "
     "police spokesperson dismissed the criticism as untrue, claiming the journalists were obstructing officers.",
     ["2023-05-04"]),
    ("Starting November 9, the government suspended the curfew in Tolm province.", ["2023-11-09"]),
    ("In March a new Associations Proclamation, also called the NGO law, was adopted to replace older "
     "legislation.", ["2023-03"]),
    # untouched
    ("In March 2021 the president promulgated a law creating a rights commission, but by year's end the "
     "government had not approved its members.", ["2021-03", "2023"]),
    ("In May the Lorvania Herald reported that five conscripts died in police custody.", ["2023-05"]),
    ("In September the ministry announced that it organized training for 40 prison guards during the year.",
     ["2023-09", "2023"]),
    ("Police dismissed the two officers and opened an investigation on July 30.", ["2023-07-30", "2023"]),
    ("On September 16, the High Court ruled that the editor be tried in a military court; the editor appealed.",
     ["2023-09-16", "2023"]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2023")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_fronted_dates(extracted, sentence, expected):
    found = sorted(e.date for e in extracted if e.evidence.text.strip() == sentence)
    assert found == sorted(expected)
