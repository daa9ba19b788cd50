"""Glued periods of a rule read without a law frame (provisions.glued_periods; issue 14, t-prov15).
Fictional sentences."""
from rightsledger.extract.provisions.standing import glued_periods


def _values(sentence: str) -> list[tuple[float, str]]:
    return [(m.value, m.text) for m in glued_periods(sentence)]


def test_a_period_of_a_rule_is_read():
    assert _values("Tenants may contest an eviction order within a 30-day appeal window, "
                   "and owners must allow a 12-day cure period.") == [(12, "12-day")]
    assert _values("Veterans may claim the allowance for a four-year period, renewable once.") == [(4, "four-year")]


def test_words_between_and_plural():
    assert _values("Each 72-hour custody period starts once suspects reach the district station.") == [(72, "72-hour")]
    assert _values("Detention may be extended for two further three-month periods.") == [(3, "three-month")]


def test_a_period_named_before_or_a_window_is_refused():
    assert _values("Births registered after the 21-day period require a court order.") == []
    assert _values("The office promised to decide all claims within a nine-month period.") == []
    assert _values("Turnout fell during a 10-day campaign period.") == []


def test_a_dated_sentence_or_an_unglued_duration_is_refused():
    assert _values("In March the council opened a 60-day consultation period.") == []
    assert _values("Applicants wait a period of six months.") == []
