"""Reports placed in the report year ("There were reports that dozens of fishermen drowned off the coast during
the year", "there were some reports of trafficking during the year") are an event of the year, typed `other`
and alleged (issue 14, round t-events76): ``undated/reports_in_year.py``, read last, where no other reading of
``occurrences.undated_event`` made a record. The year must hang on the reports' own clause or on a verb inside their words. Not: the same reports
without the year (a phenomenon, EVALUATION.md "Reports of a phenomenon"), the year on another clause ("There
were few complaints … during the year, although there were anecdotal reports of …"), a frequency word on the
reports ("continued reports"), prevalence inside what is reported ("was a serious problem"), counted reports (a
statistic). Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

ADDED = {
    "There were reports that dozens of Varnese fishermen drowned off the coast of Dorr during the year.":
        [("other", "2021", "alleged")],
    "The penal code prohibits smuggling of persons; however, there were some reports of smuggling of persons "
    "during the year.": [("other", "2021", "alleged")],
    "During the year there were reports that children picked tea leaves on small estates in the hills.":
        [("other", "2021", "alleged")],
    "There were numerous reports during the year of bribery in the customs service that took place under "
    "the previous administration.": [("other", "2021", "alleged")],
}

NONE = [
    # without the year: a phenomenon
    "There were reports that children picked tea leaves on small estates in the hills.",
    # the year on another clause
    "There were few complaints to the labor office during the year, although there were anecdotal reports of "
    "children picking tea leaves.",
    # a frequency word on the reports
    "There were continued reports of smuggling of persons during the year.",
    # prevalence inside what is reported
    "There were reports that smuggling of persons was a serious problem in the hills during the year.",
    # counted reports: a statistic
    "There were 12 reports of smuggling of persons during the year.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_reports_placed_in_the_year_are_an_event_of_the_year(extracted, sentence):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_record_without_the_year_or_under_a_frame(extracted, sentence):
    assert extracted[sentence] == []
