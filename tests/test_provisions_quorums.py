"""The share of a body of workers or members a present-tense rule turns on is a threshold provision, no
figure (issue 14, provisions round t-prov13; ``provisions.quorums.quorum_shares``). Seen missed in four dev
reports (2020 Fiji, 2021 Costa Rica, 2018 Lesotho, 2022 Panama). A plain statement of a share, a past
tense, or a modal of another clause stays out. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_joined_ages import _provisions, assert_thresholds

QUORUMS = [
    ("A union can register if it has members who make up 20 percent of the employees of an enterprise.", [20]),
    ("During a strike in the water sector, 25 to 35 percent of the workforce must stay at work.", [25]),
    ("A federation may sit on the wage board when it represents at least 40 percent of unionized workers.",
     [40]),
]
NOT_QUORUMS = [
    "Women make up 30 percent of the workforce.",
    "The informal sector employs more than 80 percent of the workforce.",
    "Unions represent 40 percent of workers, and membership may be higher.",
    "Only 12 percent of the workforce belonged to a union.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", QUORUMS)
def test_share_of_workers_a_rule_turns_on_is_a_threshold(nlp, sentence: str, values: list) -> None:
    assert_thresholds(_provisions(nlp, sentence), values)


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_QUORUMS)
def test_stated_shares_of_workers_are_no_provisions(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []
