"""Round t-events29 (events/nonevents/undated_frames.py): the frames the 2026-12-17 settlements read as no event in an
undated sentence — an aim, a frequency word on the reports, prevalence inside what is reported, an increase
reported without a date — and the neighbours that stay events (a dated attempt, counted reports, a clause
of its own, a dated increase). Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

CASES = [
    # aims told without a date: no event
    ("The Ministry of Labor sought to improve technical inspection capabilities at quarries.", []),
    ("The Child Protection Unit sought to address neglect and abandonment of children.", []),
    ("Awareness programs by the CPU and several ministries sought to change public attitudes toward violence.", []),
    ("The Lorvanian National Disability Plan sought to increase access to public buildings for wheelchair users.", []),
    # a dated attempt at a particular act, and another act of the sentence, stay events
    ("The government sought to ban an April 3 rally in the capital.", [("protest", "2021-04-03")]),
    ("In September workers sought to organize their colleagues at a garment factory.", [("other", "2021-09")]),
    ("The commission conducted awareness campaigns and worked to improve the situation of survivors.",
     [("other", "2021")]),
    # a frequency word on the reports: no event
    ("There were continued reports of corruption by officials at the highest levels of the government.", []),
    ("There were frequent reports of police officers beating detainees in the capital.", []),
    ("There were continued reports authorities harassed journalists who criticized the mayor.", []),
    ("There were occasional reports of prison guards releasing inmates for a fee.", []),
    # prevalence inside what is reported: no event; a clause of its own leaves the reports' event
    ("There were reports of sexual abuse of children, which was a widespread and serious problem.", []),
    ("There were reports of forced marriage, a customary practice in rural districts.", []),
    ("There were numerous reports of government corruption, and corruption was a significant problem.",
     [("other", "2021")]),
    # counted or unframed reports stay an event of the year
    ("There were reports of torture in prisons.", [("torture_or_abuse", "2021")]),
    ("There were isolated reports of government corruption.", [("other", "2021")]),
    # an increase reported without a date: no event; a dated one keeps its date
    ("Civil society groups reported increased incidence of rape of young girls.", []),
    ("In June the commission reported an increase in abuses by the police.", [("torture_or_abuse", "2021-06")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES)
def test_undated_frames(extracted, sentence, expected):
    got = sorted((e.type, e.date) for e in extracted if e.evidence.text.strip() == sentence)
    assert got == sorted(expected)


FRAME_CASES = [
    # the frame is the sentence's first reports; the year's issues list is issues.py's
    ("There were reports of political prisoners, including periodic reports of opposition activists being "
     "briefly detained.", [("detention_or_arrest", "2021")]),
    ("Significant human rights issues included credible reports of: arbitrary killings by the government; torture "
     "by police; serious problems with the independence of the judiciary; and serious government corruption.",
     [("killing", "2021")]),
]


@pytest.fixture(scope="module")
def framed_extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in FRAME_CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", FRAME_CASES)
def test_frame_of_the_sentence(framed_extracted, sentence, expected):
    got = sorted((e.type, e.date) for e in framed_extracted if e.evidence.text.strip() == sentence)
    assert got == sorted(expected)
