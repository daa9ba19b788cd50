"""A release told with the custody or the term it ends, the length inside that noun phrase (t-dur2): the
length served, the release's duration. Fictional sentences only."""
from rightsledger.extract.terms.durations import find_durations


def _read(sentence):
    return [(d.value, d.unit, cue) for _, d, cue in find_durations(sentence)]


def test_released_from_a_jail_term():
    assert _read("Earlier that week, Tomas Brell had been released from a 15-day jail term for leading the march.") == [
        (15, "days", "release")]


def test_released_from_years_of_home_confinement_across_an_apposition():
    got = _read("In May authorities released Ada Venn, widow of the poet Oskar Venn, from six years of house arrest.")
    assert got == [(6, "years", "release")]


def test_released_after_they_completed_sentences():
    got = _read("In March authorities released activists Lio Marr and Pell Orrin from prison after they completed "
                "two-year sentences for violating the assembly law.")
    assert got == [(2, "years", "release")]


def test_freed_from_months_of_detention():
    assert _read("The court freed the two students from nine months of pretrial detention.") == [(9, "months", "release")]


def test_a_term_imposed_stays_a_penalty():
    assert _read("A court sentenced Ivo Dask to a 15-day jail term for leading the march.") == []


def test_released_from_prison_with_a_date_is_no_length():
    assert _read("He was released from prison in 2031 and left the country.") == []


def test_released_from_a_ban_or_a_quarantine_is_no_custody():
    assert _read("The court released him from a three-year travel ban.") == []
    assert _read("She was freed from a two-week quarantine at the border.") == []


def test_released_from_custody_after_a_length_still_read_as_before():
    assert _read("Police released him from custody after 30 days.") == [(30, "days", "release")]
