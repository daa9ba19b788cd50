"""A step not taken in the report year beside a clause dated to an earlier year (issue 14, round
t-events10): "In March 2019 the president signed a decree …, but by year's end the ministry had not
appointed its members" is the 2019 decree and a negated event of the report year. Sentences of a
fictional report (Lorvania, 2021) written for these tests; the rule is
``negsteps.negated_beside_dated``.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 5. Governmental Posture Towards Investigations of Human Rights Abuses\n\n")

SENTENCES = [
    "In March 2019 the president signed a decree to create an ombudsman's office, but by year's end the "
    "ministry had not appointed the members of its board.",
    "Although the Labor Code took effect in 2018, the ministry had yet to adopt regulations for its "
    "enforcement.",
    "The union leader, whom the company dismissed after a strike in 2017, had not been reinstated by year's end.",
    # not: no time of the report year, or a negation without a step
    "In March 2019 the president signed a decree to create an ombudsman's office, but the ministry did not "
    "consider it a priority.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, SENTENCES, 2021)


def test_the_step_not_taken_is_an_event_of_the_year(extracted):
    assert ("2021", "negated") in [(d, p) for _, d, p in extracted[SENTENCES[0]]]
    assert ("2021", "negated") in [(d, p) for _, d, p in extracted[SENTENCES[1]]]
    assert ("2021", "negated") in [(d, p) for _, d, p in extracted[SENTENCES[2]]]


def test_the_earlier_occurrence_keeps_its_date(extracted):
    assert "2019-03" in [d for _, d, _ in extracted[SENTENCES[0]]]


def test_without_a_time_of_the_year_no_negated_event(extracted):
    assert all(p != "negated" for _, _, p in extracted[SENTENCES[3]])
