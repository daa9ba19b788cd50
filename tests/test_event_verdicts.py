"""Observers' verdicts on an election (issue 14, round t-events6; docs/EVALUATION.md "Statements,
verdicts and cooperation", settled 2026-12-06), on sentences of a fictional report (Lorvania, 2021)
written for these tests: the verdict is an `other` event dated by the year of the election it judges
(the nearest one the section named before it), else the report year; observers named only as the
object, observers judging something else, and verdicts in the present are none.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

SENTENCES = [
    "Recent Elections: In 2019 President Ivo Darek was reelected with 58 percent of the vote in the "
    "first round of voting.",
    "International observers characterized the election as generally free and fair.",
    "In 2020 the ruling Green Party won 61 of 90 seats in the National Assembly.",
    "Domestic and international observers declared it generally peaceful and credible.",
    "Observers expressed concern, however, regarding the presence of soldiers at polling places.",
    # not verdicts
    "The government prohibited independent observers from monitoring polling stations.",
    "Human rights observers noted that the ombudsman did not visit prisons in Dornet.",
    "Observers describe elections in the country as generally orderly.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, SENTENCES, 2021)


def test_verdict_takes_the_year_of_the_election_it_judges(extracted):
    assert extracted[SENTENCES[1]] == [("other", "2019", "asserted")]
    assert extracted[SENTENCES[3]] == [("other", "2020", "asserted")]  # "it": the election just named
    assert extracted[SENTENCES[4]] == [("other", "2020", "asserted")]


def test_observers_as_object_or_judging_something_else_or_present_are_no_verdict(extracted):
    assert all(d == "2021" for _, d, _ in extracted[SENTENCES[5]])  # (the ban is the ban rule's, of the year)
    assert all(d == "2021" for _, d, _ in extracted[SENTENCES[6]])
    assert extracted[SENTENCES[7]] == []


def test_verdict_without_an_election_named_before_takes_the_report_year(paragraph_events):
    s = "Election observers agreed the municipal vote was orderly."
    assert paragraph_events(HEADER, [s], 2021)[s] == [("other", "2021", "asserted")]


def test_verdict_takes_the_month_or_day_the_report_gave_the_election(paragraph_events):
    """Round t-dates6: the verdict is dated as the election it judges, at the precision the report gave
    it (ten dev reports' gold); an election told by its year alone keeps the year (above)."""
    day = ["Recent Elections: On March 14, voters elected a new National Assembly in a single round.",
           "International observers characterized the election as generally free and fair."]
    month = ["Recent Elections: In June 2019 President Ivo Darek was reelected with 58 percent of the vote.",
             "Local and international observers assessed the election as peaceful and credible."]
    got = paragraph_events(HEADER, [" ".join(day)], 2021)
    assert ("other", "2021-03-14", "asserted") in got[day[1]]
    got = paragraph_events(HEADER, [" ".join(month)], 2021)
    assert ("other", "2019-06", "asserted") in got[month[1]]


def test_verdict_keeps_the_month_when_the_election_is_told_on(paragraph_events):
    """Round t-dates8: sentences that tell the same election on without a date of their own ("Voters
    elected …", "The opposition won 30 of 50 seats") are dated by it and leave its month to the verdict;
    before, the report year they had before their episode dated them replaced the election's month."""
    para = ["Recent Elections: The kingdom held parliamentary elections in July 2019.",
            "Voters elected the third National Assembly.",
            "The opposition party won 30 of 50 seats.",
            "International observers considered the elections free and fair."]
    got = paragraph_events(HEADER, [" ".join(para)], 2021)
    assert ("other", "2019-07", "asserted") in got[para[3]], got
