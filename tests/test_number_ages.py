"""Ages told by their context (extract/numbers/ages.py), days listed after a date and school grades are
not counts: ``find_numbers`` gives them the kinds ``age``, ``date`` and ``reference``, so they
never become figures
(docs/EVALUATION.md: "Not: parts of dates, …, ages"). Sentences of our own making, about a
fictional country; no model needed."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers


def kinds(text: str) -> list[tuple[float, float | None, str]]:
    return [(m.value, m.value_end, m.kind) for m in find_numbers(text)]


AGES = [
    # a clause saying what a person's age was
    ("There were no reports of cutting performed on women who were 18 and over.",
     [(18, None, "age")]),
    ("In Zembla girls who were 12 or even younger were sent to live with their in-laws.",
     [(12, None, "age")]),
    ("Children who are 12 or 13 may do light work, and those who are 14 to 17 may work four "
     "hours a day.", [(12, None, "age"), (13, None, "age"), (14, 17, "age"), (4, None, "duration")]),
    ("Of women aged 20 to 24, 31 percent had married before they were 15 and 7 percent before "
     "they were 18.", [(20, 24, "age"), (31, None, "percent"), (15, None, "age"),
                       (7, None, "percent"), (18, None, "age")]),
    # "or older", "and over"
    ("The custom fostered acceptance of field work by children 14 or older.", [(14, None, "age")]),
    # "at N" where the sentence speaks of minors or adults, and the range that follows
    ("Minors become adults at 18 but leave the juvenile courts at 16; between 16 and 18, they "
     "are tried as adults.", [(18, None, "age"), (16, None, "age"), (16, 18, "age")]),
    # after an age of the same sentence: a list, an age again after a preposition
    ("Three girls ages three, five, and eight were abused.",
     [(3, None, "count"), (3, None, "age"), (5, None, "age"), (8, None, "age")]),
    ("Of women, 10 percent married before age 15 and 52 percent before 18.",
     [(10, None, "percent"), (15, None, "age"), (52, None, "percent"), (18, None, "age")]),
    ("Children must apply before turning 18.", [(18, None, "age")]),
    # a rule setting an age
    ("The ministry set the maximum age for free primary schooling at 13.", [(13, None, "age")]),
]

COUNTS = [
    # a count of persons whose age is then given stays a count
    ("Police arrested 12 persons who were 18 and over in the square.",
     [(12, None, "count"), (18, None, "age")]),
    ("The victims, who were 15 men and three women, died in the fire.",
     [(15, None, "count"), (3, None, "count")]),
    ("Police detained 40 protesters who were later released; 12 were women.",
     [(40, None, "count"), (12, None, "count")]),
    ("At noon the guards moved 14 adults at 2 sites.", [(14, None, "count"), (2, None, "count")]),
    ("Girls aged 12, and 40 boys, attended.", [(12, None, "age"), (40, None, "count")]),
]

DAYS = [
    ("Garment workers held strikes on August 9, 15, and 21, demanding higher pay.",
     [(9, None, "date"), (15, None, "date"), (21, None, "date")]),
    ("Strikes took place on June 3, 4 and 9.", [(3, None, "date"), (4, None, "date"),
                                               (9, None, "date")]),
    # after a date, a number counting a noun is a count
    ("On May 5, 12 protesters were arrested.", [(5, None, "date"), (12, None, "count")]),
    ("On July 2, 10 and 12 soldiers died.", [(2, None, "date"), (10, None, "count"),
                                             (12, None, "count")]),
    # "may" the modal is no month; "May" the month is
    ("Of the detainees, 13 may be released.", [(13, None, "count")]),
    ("Rallies began on 12 May.", [(12, None, "date")]),
    # a school grade is a label
    ("Education through grade nine is compulsory; refugees studied to grade 9.",
     [(9, None, "reference"), (9, None, "reference")]),
]


@pytest.mark.parametrize("text,expected", AGES + COUNTS + DAYS)
def test_ages_and_days_by_context(text: str, expected: list) -> None:
    assert kinds(text) == expected
