"""Violence named as the matter of a legal step, and wounds without a death (issue 14, round t-types9).

Each class was found among the court-step and violence errors of the first runs of the 17 newest dev reports,
confirmed on two dev reports and a report without gold, and is pinned here on sentences of a fictional report
(Orlavia, 2022) written for these tests, through the shipped pipeline (the rules, then the trained typer).

* The crime a legal step is about does not type the step's record: "resolved the cases against officers
  charged with crimes related to torture" is a charge, "filed a complaint against a neighbor for rape" a
  complaint (``other``); a crime with a date of its own ("suspected of the 2018 shooting") keeps its own record
  (2014 DRC, 2017 Azerbaijan, 2018 Mauritius, 2024 Jordan, 2024 Thailand gold; 2019 Zambia, 2021 Bangladesh
  without gold). "complaints of sexual harassment" report the harassment.
* A shooting named by a noun, or a shot that wounded, is an ``attack_or_threat`` when the sentence names no
  death (2018 Lesotho, 2024 Montenegro, 2024 Thailand gold; 2017 Honduras, 2023 Mali without gold); a death
  keeps the killing, and so does a bare "shot a man in the head" (2014 DRC, 2023 Comoros gold).
* Damages or a fine a court orders a person or an outlet to pay are its verdict, ``conviction_or_sentence``
  (2010 Liberia, 2020 Fiji, 2022 Panama gold; 2018 Zimbabwe without gold); the state's damages are left.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# (sentence, expected type, expected date)
CASES = [
    # the crime a legal step is about
    ("The police court reportedly resolved the cases against all six officers charged with crimes related to "
     "torture that resulted in the prisoner's death.", "charge", "2022"),
    ("On October 30, a girl filed a complaint against a neighbor for rape.", "other", "2022-10-30"),
    # ... a crime with its own date keeps its record; the act reported stays the act
    ("On July 31, the High Court confirmed the indictment against 14 individuals suspected of the 2018 shooting "
     "of a reporter.", "charge", "2022-07-31"),
    ("On July 31, the High Court confirmed the indictment against 14 individuals suspected of the 2018 shooting "
     "of a reporter.", "attack_or_threat", "2018"),
    ("In January the government charged a police officer for raping a minor in August 2021.", "torture_or_abuse",
     "2021-08"),
    ("The ombudsman received no complaints of sexual harassment in 2022.", "attack_or_threat", "2022"),
    ("In May the NGO Clear Water documented 40 cases of torture in police stations.", "torture_or_abuse", "2022-05"),
    # shootings and stabbings that killed no one
    ("On March 3, rebels launched a combined bombing and shooting attack against an army unit.", "attack_or_threat",
     "2022-03-03"),
    ("On August 9, police shot and wounded a man during a protest in Tarvel.", "attack_or_threat", "2022-08-09"),
    # ... and those that did
    ("On May 2, soldiers shot and killed two protesters.", "killing", "2022-05-02"),
    ("On June 4, police fatally shot a student.", "killing", "2022-06-04"),
    ("In March a soldier shot a man in the head.", "killing", "2022-03"),
    # damages a court orders an outlet to pay: its verdict; damage caused and the state's damages: no verdict
    ("In June a court ordered the Tarvel Daily to pay $3,000 in damages, and two journalists to pay $750 each in "
     "fees, for publishing a report.", "conviction_or_sentence", "2022-06"),
    ("On October 5, the High Court ordered the state to pay Ivo Kask $150,000 in damages.", "other", "2022-10-05"),
    ("In March floods caused damage to 300 homes.", "other", "2022-03"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, list(dict.fromkeys(c[0] for c in CASES)), 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in CASES])
def test_crime_and_wound_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]
