"""An observers' verdict dated by the month or day an election noun carries (issue 14, round t-events51;
docs/EVALUATION.md "Statements, verdicts and cooperation", settled 2026-12-06, at the report's precision
since round t-dates6), on sentences of a fictional report (Lorvania, 2021) written for these tests: the
sentence before the verdict gives no dated record of the vote itself, but its date dates the election noun
("the months leading up to the November 2020 election", "lost a vote of confidence and in June 2020
a snap election"). An election under a preposition of reference ("following a disputed March referendum") is
no date of the election judged: the verdict keeps the year.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")
VERDICT = "International observers characterized the election as generally free and fair."


def _verdict(paragraph_events, before: str) -> list[tuple[str, str, str]]:
    got = paragraph_events(HEADER, [before + " " + VERDICT], 2021)
    return [e for e in got.get(VERDICT, [])]


def test_a_month_that_modifies_the_election_noun_dates_the_verdict(paragraph_events):
    before = "Unrest spread through the months leading up to the November 2020 election."
    assert _verdict(paragraph_events, before) == [("other", "2020-11", "asserted")]


def test_a_date_on_the_verb_whose_object_is_the_election_dates_the_verdict(paragraph_events):
    before = "In March 2020 the prime minister lost a vote of confidence and in June 2020 a snap election."
    assert _verdict(paragraph_events, before) == [("other", "2020-06", "asserted")]


def test_an_election_under_a_preposition_of_reference_leaves_the_year(paragraph_events):
    before = "Riots broke out in May 2020, following a disputed March 2020 referendum."
    assert _verdict(paragraph_events, before) == [("other", "2020", "asserted")]
    before = "In May the court confirmed the cabinet, following a disputed March referendum."
    assert _verdict(paragraph_events, before) == [("other", "2021", "asserted")]


def test_an_election_told_by_its_year_alone_keeps_the_year(paragraph_events):
    before = "Unrest spread through the months leading up to the 2020 election."
    assert _verdict(paragraph_events, before) == [("other", "2020", "asserted")]
