"""numbers.find_numbers on a table of number expressions (no model needed)."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers

# (text, expected mentions as (value, value_end, unit, qualifier, kind))
CASES = [
    ("Two hundred thirty-eight persons died", [(238, None, None, "exact", "count")]),
    ("thirty-eight detainees", [(38, None, None, "exact", "count")]),
    ("Seventy-five officers", [(75, None, None, "exact", "count")]),
    ("one hundred and fifty houses", [(150, None, None, "exact", "count")]),
    ("a hundred persons", [(100, None, None, "exact", "count")]),
    ("They detained one man.", [(1, None, None, "exact", "count")]),
    ("1,249 persons", [(1249, None, None, "exact", "count")]),
    ("10,000 persons", [(10000, None, None, "exact", "count")]),
    ("1.6 million workers", [(1600000, None, None, "exact", "count")]),
    ("a dozen journalists", [(12, None, None, "exact", "count")]),
    ("up to nine trillion shillings", [(9_000_000_000_000, None, "shillings", "up to", "money")]),
    ("two dozen guards", [(24, None, None, "exact", "count")]),
    ("one-half of the prisons", [(0.5, None, None, "exact", "count")]),
    ("a third of the judges", [(0.333333, None, None, "exact", "count")]),
    ("two-thirds of deputies", [(0.666667, None, None, "exact", "count")]),
    ("half of the regions", [(0.5, None, None, "exact", "count")]),
    ("more than twice its capacity", [(2, None, None, "more than", "count")]),
    ("21.7 percent", [(21.7, None, "percent", "exact", "percent")]),
    ("40% of voters", [(40, None, "percent", "exact", "percent")]),
    ("approximately 25 percent of cases", [(25, None, "percent", "approximately", "percent")]),
    ("$27,000 bribe", [(27000, None, "USD", "exact", "money")]),
    ("27,000 tenge", [(27000, None, "KZT", "exact", "money")]),
    ("KZT 5,000", [(5000, None, "KZT", "exact", "money")]),
    ("500 birr ($10)", [(500, None, "ETB", "exact", "money"), (10, None, "USD", "exact", "money")]),
    ("1,000 Liberian dollars", [(1000, None, "LRD", "exact", "money")]),
    ("$1.5 million", [(1500000, None, "USD", "exact", "money")]),
    ("between 5,000 and 6,500 persons", [(5000, 6500, None, "exact", "count")]),
    ("10-15 persons", [(10, 15, None, "exact", "count")]),
    ("6,000 to 7,000 protesters", [(6000, 7000, None, "exact", "count")]),
    ("five-and-one-half to seven years", [(5.5, 7, "years", "exact", "duration")]),
    ("four and one-half years of probation", [(4.5, None, "years", "exact", "duration")]),
    ("one and a half years", [(1.5, None, "years", "exact", "duration")]),
    ("within 48 hours", [(48, None, "hours", "exact", "duration")]),
    ("a 15-day state of emergency", [(15, None, "days", "exact", "duration")]),
    ("up to five years’ imprisonment", [(5, None, "years", "up to", "duration")]),
    ("fines of up to 500,000 tenge", [(500000, None, "KZT", "up to", "money")]),
    ("about 300 persons", [(300, None, None, "approximately", "count")]),
    ("nearly 40 villages", [(40, None, None, "approximately", "count")]),
    ("some 200 families", [(200, None, None, "approximately", "count")]),
    ("an estimated 3 million landmines", [(3000000, None, None, "approximately", "count")]),
    ("roughly 90 cases", [(90, None, None, "approximately", "count")]),
    ("at least four cases", [(4, None, None, "at least", "count")]),
    ("10 or more persons", [(10, None, None, "at least", "count")]),
    ("more than 400 women", [(400, None, None, "more than", "count")]),
    ("over 1,400 participants", [(1400, None, None, "more than", "count")]),
    ("in excess of 50 complaints", [(50, None, None, "more than", "count")]),
    ("fewer than 10 percent", [(10, None, "percent", "fewer than", "percent")]),
    ("less than 5 percent", [(5, None, "percent", "fewer than", "percent")]),
    ("as many as 60 students", [(60, None, None, "up to", "count")]),
    ("age 18", [(18, None, "age", "exact", "age")]),
    ("an 18-year-old student", [(18, None, "age", "exact", "age")]),
    ("girls younger than age 18", [(18, None, "age", "exact", "age")]),
    ("all citizens over 18 to carry cards", [(18, None, "age", "more than", "age")]),
    ("children under 15 years of", [(15, None, "age", "fewer than", "age")]),
    # the age at which one may marry, in a marriage rule or a survey ("marry at 16")
    ("also permitting girls to marry at 16", [(16, None, "age", "exact", "age")]),
    ("12 percent of women married before 18", [(12, None, "percent", "exact", "percent"),
                                               (18, None, "age", "exact", "age")]),
    ("custom permits marriage at 14 for girls", [(14, None, "age", "exact", "age")]),
    ("the age for marriage was 18, but could be reduced to 16", [(18, None, None, "exact", "count"),
                                                                (16, None, "age", "exact", "age")]),
    ("the number of inspectors was reduced to 16", [(16, None, None, "exact", "count")]),
    ("50,000 to 300,000 Guinea francs ($11 to $66)", [(50000, 300000, "GNF", "exact", "money"),
                                                      (11, 66, "USD", "exact", "money")]),
    ("a run of 400 digits: 1" + "0" * 400, [(400, None, None, "exact", "count")]),
    ("In December 2021, police", [(2021, None, None, "exact", "year")]),
    ("the 2019 killing", [(2019, None, None, "exact", "year")]),
    ("an increase of 8 percent over 2021.", [(8, None, "percent", "exact", "percent"),
                                             (2021, None, None, "more than", "year")]),
    ("On July 2, a jury", [(2, None, None, "exact", "date")]),
    ("On January 5 through 8, 12 persons", [(5, 8, None, "exact", "date"),
                                            (12, None, None, "exact", "count")]),
    ("5 January 2022", [(5, None, None, "exact", "date"), (2022, None, None, "exact", "year")]),
    ("Article 174 of the code", [(174, None, None, "exact", "reference")]),
    ("Law No. 5", [(5, None, None, "exact", "reference")]),
    ("Articles 174 and 405", [(174, None, None, "exact", "reference"),
                              (405, None, None, "exact", "reference")]),
    ("(see section 2.b.)", [(2, None, None, "exact", "reference")]),
    ("(1) the investigator", [(1, None, None, "exact", "reference")]),
    ("for the second time", [(2, None, None, "exact", "ordinal")]),
    ("the twenty-first century", [(21, None, None, "exact", "ordinal")]),
    ("a third time", [(3, None, None, "exact", "ordinal")]),
    ("the 21st century", [(21, None, None, "exact", "ordinal")]),
    ("at 10 p.m.", [(10, None, None, "exact", "other")]),
    ("dozens of activists", []),
    ("hundreds of protesters", []),
    ("several hundred detainees", []),
    ("no one was charged", []),
    ("with one another", []),
    ("from one’s parents", []),
    ("the first half of the year", [(1, None, None, "exact", "ordinal")]),
    ("see https://www.example.org/report-2022/page/5 now", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_number_table(text: str, expected: list[tuple]) -> None:
    got = [(m.value, m.value_end, m.unit, m.qualifier, m.kind) for m in find_numbers(text)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g[0] == pytest.approx(e[0], abs=1e-6), got
        assert (g[1] is None and e[1] is None) or g[1] == pytest.approx(e[1]), got
        assert g[2:] == e[2:], got


def test_spans_match_text() -> None:
    text = "Authorities detained approximately 1,300 persons and fined them 27,000 tenge ($60)."
    for m in find_numbers(text):
        assert text[m.start:m.end] == m.text
        assert m.start <= m.num_start < m.num_end <= m.end


def test_equivalent_amount_is_marked() -> None:
    ms = find_numbers("a fine of 500 birr ($10)")
    assert [m.equivalent for m in ms] == [False, True]


def test_money_span_covers_symbol_and_unit() -> None:
    ms = find_numbers("a bribe of $27,000 and 21.7 percent")
    assert [m.text for m in ms] == ["$27,000", "21.7 percent"]


def test_sentence_initial_capitalised_words() -> None:
    (m,) = find_numbers("Twenty-One persons were detained.")
    assert (m.value, m.text) == (21, "Twenty-One")
