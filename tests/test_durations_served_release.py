"""A length served, told with a release and "after" (t-terms4): the release's duration.

Fictional sentences only."""
from rightsledger.extract.terms.durations import find_durations


def _read(sentence):
    return [(d.value, d.unit, cue) for _, d, cue in find_durations(sentence)]


def test_released_after_a_qualified_length():
    assert _read("Marten Oloy was released in May 2031 after more than two years in army custody.") == [(2, "years", "release")]


def test_released_after_serving_part_of_a_term():
    assert _read("The teacher was released in 2030 after serving nine years of a 12-year sentence.") == [(9, "years", "release")]


def test_after_serving_then_released():
    got = _read("On June 4, after serving four years of her seven-year prison term, authorities released Ilsa Varn.")
    assert got == [(4, "years", "release")]


def test_released_after_spending_about():
    assert _read("He was released after spending about three months in the border camp.") == [(3, "months", "release")]


def test_plain_release_after_still_read():
    assert _read("Police released the students after 36 hours in custody.") == [(36, "hours", "release")]


def test_serving_with_no_release_is_no_length():
    assert _read("After serving two years of his sentence, he was moved to a farm colony.") == []


def test_rule_of_release_after_up_to_stays_out():
    assert _read("Detainees must be released after up to 20 days if no charge is filed.") == []
