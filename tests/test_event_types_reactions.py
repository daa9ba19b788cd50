"""Dated reactions and rules struck down by a court (issue 14, round t-types7). A named actor's reaction to a specific occurrence, dated by
its own date, is ``other`` — not the act it names ("On April 27, the center condemned the attempted
abduction" was a conviction; "In a March 3 press conference, the minister criticized the prosecutor's
charges" a charge). Found on the dev gold (2018 El Salvador, 2019 Ecuador, 2024 Jordan) and on reports
without gold (2022 Tanzania, 2019 Iraq, 2021 Cameroon); pinned on sentences of a fictional report (Orlavia,
2022) written for these tests, through the shipped pipeline (the rules, then the trained typer).

A court striking down a rule ("declared unconstitutional Article 49 of the Civil Service Law", "the
Constitutional Court repealed the law") is its ruling, ``other``, not a ``law_or_decree`` (the 2018 El Salvador
and 2018 Lesotho gold; 2019 Bolivia and 2022 Costa Rica without gold).
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
    # a court striking down a rule (appeals.struck_by_court); a government repealing one still makes a law
    ("In February the Constitutional Tribunal declared unconstitutional provisions in the 2014 Children's Code "
     "that allowed children to work from age 10.", "other", "2022-02"),
    ("On March 28, the Constitutional Court repealed the law that barred persons with intellectual disabilities "
     "from testifying.", "other", "2022-03-28"),
    ("In June the Supreme Court struck down a 2019 decree that restricted public gatherings.", "other", "2022-06"),
    ("On April 4, parliament repealed the law that barred women from night work.", "law_or_decree", "2022-04-04"),
    ("In May the Council of Ministers repealed the decree that restricted public gatherings.", "law_or_decree",
     "2022-05"),
    ("On June 3, the appeals court annulled the conviction of two journalists.", "trial", "2022-06-03"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_reaction_and_ruling_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]
