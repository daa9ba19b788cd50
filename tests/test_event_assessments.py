"""Assessments are no events (issue 14, round t-evfp14): a body that judged what is so ("assessed that
…", "linked X to Y", "questioned the commission's independence", ``events/nonevents/assessments.py``) states a
view. An act on a person, a counted object, a passive or a reaction to a dated instrument stays an event.
An act placed "in the past" or "in recent years" without a date is no occurrence of the report year
(``habitual_phrases``).
Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 5. Governmental Posture Towards Investigations\n\n")

EVENTS = [
    "The Lorvanian police questioned journalist Hana Brel about her sources.",
    "The Ombudsman's guidelines were added to the police training curriculum.",
    "The Ministry of Labor added 20 inspectors to the northern office.",
    "The Lorvanian Press Council positively assessed the March amendments to the media law.",
]
NO_EVENTS = [
    "The Lorvanian Ombudsman assessed that the trial was politically motivated.",
    "The Prison Monitoring Group linked the lack of medical care to several suicides.",
    "Several NGOs questioned the Lorvanian Human Rights Commission's independence.",
    "The Lorvanian Labor Council characterized the new strike rules as restrictive.",
    "In the past, Lorvanian courts charged street vendors with loitering.",
    "In recent years, the Lorvanian government dissolved three teachers' unions.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, EVENTS + NO_EVENTS, 2021)


@pytest.mark.parametrize("sentence", EVENTS)
def test_acts_on_persons_or_particular_matters_are_events(extracted, sentence):
    assert [t[1][:4] for t in extracted[sentence]] == ["2021"]  # (the amendments: dated by "March")


@pytest.mark.parametrize("sentence", NO_EVENTS)
def test_assessments_and_acts_before_the_year_are_no_events(extracted, sentence):
    assert extracted[sentence] == []
