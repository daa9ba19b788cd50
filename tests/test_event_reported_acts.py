"""A dated report of one past act is the act (issue 14, round t-types28; EVALUATION "Settled 2027-01-01", S6a).

"On September 16, a labor union reported that a judge refused to promote a clerk", "In September, the newspaper
reported several remanded inmates were returned to the police command": no typed trigger in the clause, so the
rules' publishing fallback typed the dated record ``report_published``; the settlement reads one record, the act,
dated by the reporting verb (``other`` when no trigger names it; ``dating/publishing.py`` ``reported_act``). A
share, a class, a state, a practice or nothing occurring keeps the report (S6c).

Sentences of a fictional report (Orlavia), typed by the rules alone.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 7. Worker Rights\n\n")

ACTS = [
    ("On March 3, the Orlavian Teachers Union reported that a school inspector refused to promote a female "
     "teacher.", "2022-03-03"),
    ("In April, the Daily Orlavian newspaper reported several remanded inmates were returned to the central "
     "police command.", "2022-04"),
    ("On May 12, the Kestrel Shelter Network reported 23 refugees in Kestrel City were evicted from their "
     "rooms.", "2022-05-12"),
    ("In June, the Kestrel Times newspaper reported that Commissioner Ilan Varo stated, \u201cThe wards are "
     "full.\u201d", "2022-06"),
]

FINDINGS = [
    ("In July, the Orlavian Prison Service reported that 40 percent of inmates awaited trial.", "2022-07"),
    ("In August, the Orlavian Health Institute reported that rural clinics barred patients from other "
     "districts.", "2022-08"),
    ("On September 9, the Audit Directorate revealed that 12 members of parliament failed to declare their "
     "assets.", "2022-09-09"),
    ("In October, the Labor Observatory reported that many farm workers worked 14 hours a day.", "2022-10"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in ACTS + FINDINGS], 2022)


@pytest.mark.parametrize("sentence,date", ACTS, ids=[c[0][:40] for c in ACTS])
def test_reported_act_is_the_act(typed, sentence, date):
    got = [(t, d) for t, d, _ in typed[sentence]]
    assert ("other", date) in got and ("report_published", date) not in got, got


@pytest.mark.parametrize("sentence,date", FINDINGS, ids=[c[0][:40] for c in FINDINGS])
def test_reported_finding_is_a_report(typed, sentence, date):
    assert ("report_published", date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]
