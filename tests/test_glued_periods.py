"""Glued periods of a rule read without a law frame are provisions ("a 14-day period", "an eight-day
notification period"; ``provisions.standing.glued_periods``, issue 14, round t-prov15). A period named
before ("after the 21-day period"), a window of practice ("within a nine-month period") and a dated
sentence stay out. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_joined_ages import _provisions

GLUED = [
    ("Qualifying veterans may claim the housing allowance for a four-year period, renewable once.", [4]),
    ("The law required a nine-day notification period before any strike in the port.", [9]),
    ("This 72-hour custody period begins once suspects reach the district station.", [72]),
]
NOT_GLUED = [
    "Turnout fell during a 10-day campaign period.",
    "The office promised to decide all claims within a nine-month period.",
    "In March the council opened a 60-day consultation period.",
]


def _values(sentence: str) -> list[tuple[float, str]]:
    from rightsledger.extract.provisions.standing import glued_periods

    return [(m.value, m.text) for m in glued_periods(sentence)]


def test_a_period_of_a_rule_is_read() -> None:
    assert _values("Tenants may contest an eviction order within a 30-day appeal window, "
                   "and owners must allow a 12-day cure period.") == [(12, "12-day")]
    assert _values("Detention may be extended for two further three-month periods.") == [(3, "three-month")]


def test_a_period_named_before_a_window_or_a_date_is_refused() -> None:
    assert _values("Births registered after the 21-day period require a court order.") == []
    assert _values("A judge may extend custody for two weeks, renewable for two-week periods.") == []
    assert _values("At the close of a four-year mandate period the board resigned.") == []
    assert _values("Applicants wait a period of six months.") == []
    for sentence in NOT_GLUED:
        assert _values(sentence) == []


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", GLUED)
def test_a_glued_period_of_a_rule_is_a_provision(nlp, sentence: str, values: list) -> None:
    assert [p.quantity.value for p in _provisions(nlp, sentence)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_GLUED)
def test_a_named_period_a_window_or_a_dated_one_is_no_provision(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []
