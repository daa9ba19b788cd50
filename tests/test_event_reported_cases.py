"""What is reported, two forms (round t-events7; docs/EVALUATION.md "What is reported, and surveys"):
"There were reported cases of <occurrence>" / "There were numerous reported killings" is the occurrence of
the report year (as "There were reports of …"), and a clause of reports whose verb the tagger reads as a
participle ("NGOs reported authorities arrested …") is a past occurrence; "employed torture" is told as
"used torture" is (light.py); "There were incidents/cases/instances of <occurrence>" without "reported"
too (round t-events8). Sentences of a fictional report
(Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment\n\n")

CASES = [
    ("There were reported cases of physical abuse in some state shelters.", [("torture_or_abuse", "2021")]),
    ("There was one reported case of rape by a police officer during the year.", [("torture_or_abuse", "2021")]),
    ("There were numerous reported killings in the fight against the rebels.", [("killing", "2021")]),
    # a frequency word on the reports: no event (settled 2026-12-17, "reports of practices by frame")
    ("There were widespread reports of enforced disappearances by security forces.", []),
    ("There were reports of enforced disappearances by security forces.", [("other", "2021")]),
    ("Human rights organizations reported authorities arrested and caused the disappearance of several "
     "Dornish activists without a warrant.", [("detention_or_arrest", "2021")]),
    ("On October 5, during protests in Arvel, there were multiple reported cases of violence against the press.",
     [("attack_or_threat", "2021-10-05")]),
    # "employ" as a light verb of an act ("made arbitrary arrests", light.py), under a report
    ("Some NGOs alleged government officials employed torture in detention centers.", [("torture_or_abuse", "2021")]),
    ("The ministry employed 300 new teachers during the year.", []),
    # not: a negation is read by polarity (one negated record), a rule, a report of a condition
    ("There were no reported cases of torture during the year.", [("torture_or_abuse", "2021")]),
    ("The law requires that reported cases of abuse be investigated within 30 days.", []),
    ("There were reported concerns about overcrowding in the Arvel prison.", []),
    # the same without "reported" (round t-events8): a case noun and its "of", an occurrence of the tables
    ("There were incidents of violence by masked assailants during the march.", [("attack_or_threat", "2021")]),
    ("There were cases of arbitrary arrest of journalists during the year.", [("detention_or_arrest", "2021")]),
    ("There were several cases of tuberculosis in the central prison.", []),
    ("There have been cases of police personnel charged under civil procedures.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reported_cases(extracted, sentence, expected):
    assert [(t, d) for t, d, _ in extracted[sentence]] == expected
