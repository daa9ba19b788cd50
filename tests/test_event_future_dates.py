"""Dates that bound a plan or a covered period date no occurrence (round t-events37,
docs/rounds/2026-12-19-04-t-events37.md). A date of a year after the report's:
a schedule, a deadline, a postponement or a step still to come ("until it reconvenes in 2012", "issued a May
2012 deadline") in a 2011 report is a plan, not an occurrence; the dev gold dates no record by such a date
(0 of 21 sentences in 15 reports). Before the round only a year two or more after the report's was read so.
A date of the report year beside it still dates its occurrence, and an earlier year's date is untouched.
The bound of a period a publication or a count covers ("covering the period from June 2010 through May 2011",
"the fiscal year ending December 2010", "the 12-month period ending in September") labels what is published or
counted (the dev gold dates no record by it, 3 reports); a count "for the period January to September" keeps
a date of the period.
Paragraphs of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

PARAGRAPHS = [
    "The assembly postponed its debate on the ombudsman's report until it reconvenes in 2012.",
    "The regional commission later issued a May 2012 deadline for the reform of the electoral code.",
    "The trial of the former mayor of Dorva was postponed to February 2012.",
    # a date of the report year in the same sentence keeps its record
    "On September 14, the electoral commission announced that local elections would be held in March 2012.",
    # an earlier year: untouched
    "In March 2010 police in Lisk arrested three members of the opposition Unity Party.",
    # the bound of a covered period
    "The Lisk Press Watch annual report, covering the period from June 2010 through May 2011, stated that "
    "media freedom declined.",
    "The audit office submitted its audit of the health ministry for the fiscal year ending December 2010 to "
    "the assembly.",
    "The police inspectorate reported receiving 14 complaints of abuse against officers for the 12-month "
    "period ending in September.",
    # a count over a stated period keeps its date
    "Labor inspectors conducted more than 800 inspections of mines for the period January to September.",
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "zarnakia-2011")


@pytest.mark.parametrize("words", ["reconvenes in 2012", "a May 2012 deadline", "postponed to February 2012",
                                   "would be held in March 2012"])
def test_a_date_after_the_report_year_dates_nothing(extracted, words):
    found = [e for e in extracted if words in e.evidence.text]
    assert all(not e.date.startswith("2012") for e in found), [(e.type, e.date) for e in found]


def test_a_date_of_the_report_year_beside_it_keeps_its_record(extracted):
    found = [e for e in extracted if "announced that local elections" in e.evidence.text]
    assert {e.date for e in found} == {"2011-09-14"}


def test_an_earlier_year_is_untouched(extracted):
    found = [e for e in extracted if "arrested three members" in e.evidence.text]
    assert {(e.type, e.date) for e in found} == {("detention_or_arrest", "2010-03")}


@pytest.mark.parametrize("words,bound", [("covering the period from June 2010", "2010-06"),
                                         ("fiscal year ending December 2010", "2010-12"),
                                         ("12-month period ending in September", "2011-09")])
def test_the_bound_of_a_covered_period_dates_nothing(extracted, words, bound):
    found = [e for e in extracted if words in e.evidence.text]
    assert all(e.date != bound for e in found), [(e.type, e.date) for e in found]


def test_a_count_over_a_stated_period_keeps_its_date(extracted):
    # (which month of the period it takes is another question, round t-events37's notes: untouched here)
    found = [e for e in extracted if "800 inspections" in e.evidence.text]
    assert found and all(e.date.startswith("2011-") for e in found)
