"""A paragraph whose opening sentence names an earlier year's election by a dated noun, without an election
record of its own ("The 2019 presidential election fell short of international standards"), frames the
narration that follows as ``past_election`` does (settled 2026-12-18, "Narration of a past election"; round
t-events33). Sentences of a fictional report (Lorvania, 2021) written for these tests; the rule is
``episodes.named_past_election``.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

SHORT = ("Observers documented widespread irregularities during the 2019 legislative elections. Police detained "
         "40 opposition supporters in the northern provinces.")
CAMPAIGN = ("Vote buying and intimidation were widespread in rural districts during the general election "
            "campaign in July 2019. Soldiers beat 12 party agents in the southern provinces.")
SINCE = ("The ruling party lost its majority for the first time since the 1994 election. Police arrested three "
         "opposition leaders in the capital.")
NEGATED = "The 2019 presidential election fell short of international standards. Police did not detain anyone."


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [SHORT, CAMPAIGN, SINCE, NEGATED], "lorvania-2021", rules=False)


def _dates(extracted, paragraph: str, start: str) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in extracted
            if e.evidence.text.startswith(start) and e.evidence.text in paragraph]


def test_the_election_named_with_its_year_frames_the_paragraph(extracted):
    assert _dates(extracted, SHORT, "Police detained 40") == [("2019", "year")]


def test_an_election_campaign_of_a_past_month_frames_the_paragraph_with_its_month(extracted):
    assert _dates(extracted, CAMPAIGN, "Soldiers beat 12") == [("2019-07", "month")]


def test_an_election_cited_as_a_reference_point_frames_nothing(extracted):
    assert _dates(extracted, SINCE, "Police arrested three") == [("2021", "year")]


def test_negations_keep_the_report_year(extracted):
    assert all(d == ("2021", "year") for d in _dates(extracted, NEGATED, "Police did not detain"))
