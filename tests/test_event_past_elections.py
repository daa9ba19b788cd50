"""An election of an earlier year dates the paragraph that narrates it (issue 14, round t-events10):
"Recent Elections: National elections took place in 2019. The ruling party won 61 of 90 seats …"
in a 2021 report are the 2019 election's results, not occurrences of 2021. Sentences of a fictional
report (Lorvania, 2021) written for these tests; the rule is ``episodes.past_election``.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

ELECTION = ("Recent Elections: Presidential and legislative elections took place in 2019. The ruling Green "
            "Party won 61 of 90 seats, and President Ivo Darek was sworn in for a second term. Human rights "
            "groups reported that security forces detained dozens of opposition supporters before the vote. "
            "Several demonstrators were killed during the protests that followed. There was no violence in "
            "the capital.")
MOVED_ON = ("In 2019 voters elected a new parliament. In March 2021 the president dissolved parliament. "
            "Police arrested several opposition leaders.")
SAME_YEAR = "Legislative elections took place in 2021. The ruling Green Party won 61 of 90 seats."


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [ELECTION, MOVED_ON, SAME_YEAR], "lorvania-2021", rules=False)


def _dates(extracted, start: str) -> list[tuple[str, str]]:
    return [(e.date, e.precision) for e in extracted if e.evidence.text.startswith(start)]


def test_the_election_narrated_takes_its_year(extracted):
    assert _dates(extracted, "Presidential and legislative") == [("2019", "year")] or \
        _dates(extracted, "Recent Elections") == [("2019", "year")]
    assert _dates(extracted, "The ruling Green Party won 61 of 90 seats, and") == [("2019", "year")]
    assert _dates(extracted, "Human rights groups reported") == [("2019", "year")]
    assert _dates(extracted, "Several demonstrators were killed") == [("2019", "year")]


def test_negations_keep_the_report_year(extracted):
    assert all(d == ("2021", "year") for d in _dates(extracted, "There was no violence"))


def test_a_sentence_of_another_year_ends_the_election_narrative(extracted):
    assert _dates(extracted, "Police arrested several opposition leaders") == [("2021", "year")]


def test_an_election_of_the_report_year_changes_nothing(extracted):
    assert _dates(extracted, "The ruling Green Party won 61 of 90 seats.") == [("2021", "year")]
