"""What is reported (issue 14, round t-events6; docs/EVALUATION.md "What is reported, and surveys",
settled 2026-12-06), on sentences of a fictional report (Lorvania, 2021) written for these tests: "X
reported <occurrence>" without a date is the occurrence, of the report year, with X as source; a
report of a condition, a habit, a rule, or a report by a pronoun subject is none.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "a. Freedom of Expression, Including for Members of the Press and Other Media\n\n")

CASES = [
    ("The Dornet Press Union reported violence against two journalists in Arvel.",
     [("attack_or_threat", "2021", "asserted")]),
    ("Several opposition leaders reported harassment and intimidation by local officials.",
     [("attack_or_threat", "2021", "asserted")]),
    ("Some bloggers reported receiving death threats from anonymous accounts.",
     [("attack_or_threat", "2021", "asserted")]),
    ("The Lorvanian Helsinki Committee noted examples of physical abuse of detainees by guards.",
     [("torture_or_abuse", "2021", "asserted")]),
    ("Media groups reported numerous cases of arbitrary arrest of reporters.",
     [("detention_or_arrest", "2021", "asserted")]),
    ("Two church groups reported interference by district officials.", [("other", "2021", "asserted")]),
    # a trend is no occurrence
    ("Women's groups reported a rise in violence against women.", []),
    ("Monitors reported less harassment by officials than in earlier years.", []),
    ("The bar association investigates alleged misconduct and abuses by police officers.", []),
    ("Rights groups reported that border guards engaged in violence against migrants.",
     [("attack_or_threat", "2021", "asserted")]),
    # conditions, habits, rules, pronoun subjects, the present: none
    ("Editors reported widespread self-censorship.", []),
    ("Journalists often reported harassment by local officials.", []),
    ("The law prohibits violence against journalists.", []),
    ("Journalists report harassment by local officials.", []),
    ("Activists reported that harassment was common.", []),
    ("NGOs reported that violence against women, including forced marriage, was one of the major causes of "
     "poor health.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_what_is_reported(extracted, sentence, expected):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == expected
