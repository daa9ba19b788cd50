"""Working time told as the subject of a present copula with its length is a rule, with no law word
("the workweek is 40 hours", "the maximum daily work shift is 12 hours", "The maximum overtime allowed is
11 hours per week"; issue 14, provisions round t-prov16; ``provisions.frames.WORKING_TIME``, its nouns in
``provisions.toml``'s ``working_time_nouns``). Seen missed in three dev reports (2017 Azerbaijan, 2017
Tunisia, 2018 Lesotho); the dev gold records every such sentence (9 : 0). Narration (past tense, a date,
no length in hours or days) stays out. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions.frames import WORKING_TIME

from .test_provisions_joined_ages import _provisions

WORKING = [
    ("In the salt pans of Zembla the workweek is 42 hours with double pay for overtime.", [42]),
    ("Contracts in Zembla follow the civil code; the maximum daily work shift is 10 hours.", [10]),
    ("The maximum overtime allowed is nine hours per week, except during the harvest.", [9]),
    ("For ferry crews the working hours are limited to 50 hours per week.", [50]),
]
NOT_WORKING = [
    "In March the workweek was 60 hours for the miners of the northern pits.",
    "The night shift is a hardship for the dockworkers of Zembla.",
    "Since May 2030 the workweek is 45 hours in the ports of Zembla.",
]


@pytest.mark.parametrize("sentence", [s for s, _ in WORKING])
def test_working_time_frame_matches(sentence: str) -> None:
    assert WORKING_TIME.search(sentence)


@pytest.mark.parametrize("sentence", NOT_WORKING[:2])
def test_no_frame_without_a_present_length(sentence: str) -> None:
    assert not WORKING_TIME.search(sentence)


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", WORKING)
def test_working_time_length_is_a_provision(nlp, sentence: str, values: list) -> None:
    assert [p.quantity.value for p in _provisions(nlp, sentence)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_WORKING)
def test_narrated_or_dated_working_time_is_no_provision(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []
