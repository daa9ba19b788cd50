"""A month used as a noun modifier (round t-dates7; docs/EVALUATION.md, "Dating by episode": the
episode named in the sentence). A month without a year that modifies a noun ("a March inspection", "its
August submission", "during the June campaign", a sentence that opens with "April amendments") names
when the occurrence happened: the sentence's occurrence takes the month, where a year before a noun
("the 2019 law requires") stays a label.

Sentences of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.dates import find_dates

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

MONTH_LABELS = [
    ("A March inspection of the mines by the labor ministry found 30 safety violations, resulting in fines.",
     "2011-03"),
    ("April amendments to the 2005 press law removed a ban on foreign ownership.", "2011-04"),
    ("During the June election campaign, police detained 12 opposition activists.", "2011-06"),
    ("The ministry stated in its August submission to the committee that it had opened five investigations.",
     "2011-08"),
]


@pytest.mark.parametrize("sentence,date", MONTH_LABELS)
def test_a_month_that_modifies_a_noun_dates_the_occurrence(paragraph_events, sentence, date):
    got = paragraph_events(HEADER, [sentence], 2011)
    assert got[sentence], got
    assert date in {d for _, d, _ in got[sentence]}, got


@pytest.mark.parametrize("sentence,text", [
    ("A May inspection found violations.", "May"),
    ("Officials appeared at an October hearing.", "October"),
    ("February reforms removed the ban.", "February"),
])
def test_month_modifier_mentions(sentence, text):
    assert [m.text for m in find_dates(sentence, 2011)] == [text]


@pytest.mark.parametrize("sentence", [
    "May authorities detain persons without charge?",  # the modal opening a question
    "The 2019 law requires registration.",  # a year label: no month
])
def test_no_month_modifier(sentence):
    assert not [m for m in find_dates(sentence, 2011) if m.precision == "month"]

