"""Dated reactions (issue 14, round t-types7): a named actor's reaction to a specific occurrence, dated by
its own date, is ``other`` — not the act it names ("On April 27, the center condemned the attempted
abduction" was a conviction; "In a March 3 press conference, the minister criticized the prosecutor's
charges" a charge). Found on the dev gold (2018 El Salvador, 2019 Ecuador, 2024 Jordan) and on reports
without gold (2022 Tanzania, 2019 Iraq, 2021 Cameroon); pinned on sentences of a fictional report (Orlavia,
2022) written for these tests, through the shipped pipeline (the rules, then the trained typer).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

# (sentence, expected type, expected date)
CASES = [
    ("On April 27, the Orla Legal Aid Center condemned the attempted abduction of a young woman with albinism "
     "in Tarvel.", "other", "2022-04-27"),
    ("In July the Orla Press Union condemned the decision of a judge who ordered the arrest of a journalist.",
     "other", "2022-07"),
    ("In a March 3 press conference, the interior minister criticized the prosecutor's charges against three "
     "police officers.", "other", "2022-03-03"),
    ("In April, the Civic Alliance characterized the arrest of more than 900 protesters as a serious setback "
     "for freedom.", "other", "2022-04"),
    ("On October 10, the regional rights commission expressed concern about the suspension of the newspaper "
     "Tarvel Daily.", "other", "2022-10-10"),
    # still the acts: a sentence passed ("condemned ... to", "in absentia"), a protest, the act itself
    ("On May 5, a court in Tarvel condemned a former mayor to 12 years in prison for embezzlement.",
     "conviction_or_sentence", "2022-05-05"),
    ("On June 9, a court in Tarvel condemned the former interior minister in absentia for ordering the "
     "shooting of protesters.", "conviction_or_sentence", "2022-06-09"),
    ("On August 2, police arrested more than 40 protesters in Tarvel.", "detention_or_arrest", "2022-08-02"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_dated_reaction_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]
