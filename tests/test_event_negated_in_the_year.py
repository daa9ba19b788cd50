"""Round t-events31: an act negated "during the year" by its own clause (events/undated/negated_in_the_year.py),
on sentences of a fictional report (Lorvania, 2021) written for these tests. The written conventions keep
the negated event with "during the year" ("no such punishment was imposed during the year"; 2026-12-13 and
2026-12-16 in docs/EVALUATION.md). The first six sentences lacked the record of the year before the rule
(a verb outside the step tables, a passive, a denied object, a passive of a state verb); the last ones
stay without it: a modal, a habit, a state verb in the active, a relative clause, no "during the year".
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    # the negated event of the year added
    ("The Ministry of Labor did not compile any reports on mining accidents during the year.",
     [("other", "2021", "negated")]),
    ("Unlike in the previous year, land disputes did not lead to the use of force during the year.",
     [("other", "2021", "negated")]),
    ("No communal grazing permits were granted during the year, and several disputes arose.",
     [("other", "2021", "negated")]),
    ("The council hosted workshops in 2020 to train hotel staff but held no such sessions during the year "
     "because of floods.", [("other", "2020", "asserted"), ("other", "2021", "negated")]),
    ("During the year two state radio presenters were not paid their salaries and were moved to posts outside "
     "the capital.", [("other", "2021", "negated")]),
    ("During the year the ministry did not return equipment seized in March 2019 from the Velmar Printing House.",
     [("other", "2019-03", "asserted"), ("other", "2021", "negated")]),
    # left without it
    ("The inspectors could not visit the northern mines during the year.", []),
    ("Police often did not register complaints during the year.", []),
    ("The workers' council did not exist during the year.", []),
    ("Courts that did not hear cases during the year were closed.", [("other", "2021", "asserted")]),
    ("The ombudsman did not investigate complaints.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_negated_in_the_year(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
