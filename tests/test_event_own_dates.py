"""A date whose anchor names no occurrence does not take the type of an occurrence that carries a
date of its own (issue 14, round t-types11; ``events/attach.own_date``): "On March 3, the court
ordered access to the files of the 2010 killings" is an order (`other`) on March 3 and a killing in
2010, not two killings. Seen on unread reports (2016 Mexico, 2017 Hungary, 2020 Greece); a trigger
dated only by the date being placed still types it.
Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

ORDER = ("On March 3, the Lorvanian High Court ordered the prosecutor to give the families access "
         "to the files of the 2012 killings of nine farmers.")
PLAQUE = "In October a plaque was unveiled in the square where the poet was executed in 1952."
SAME_DATE = "On May 4, police detained two journalists in Rivek."
COMPARED = ("In 2021 the Lorvanian police completed 14 trafficking investigations (up 20 percent "
            "from 2020).")


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [ORDER, PLAQUE, SAME_DATE, COMPARED], 2021)


def test_a_date_on_an_act_outside_the_taxonomy_does_not_take_a_dated_noun(extracted):
    types = {date: type_ for type_, date, _ in extracted[ORDER]}
    assert types.get("2021-03-03") == "other"
    assert types.get("2012") == "killing"


def test_a_date_does_not_take_an_occurrence_in_a_relative_clause_with_its_own_date(extracted):
    types = {date: type_ for type_, date, _ in extracted[PLAQUE]}
    assert types.get("2021-10") == "other"
    assert types.get("1952") == "killing"


def test_the_trigger_the_date_itself_attaches_to_keeps_its_type(extracted):
    assert [(t, d) for t, d, _ in extracted[SAME_DATE]] == [("detention_or_arrest", "2021-05-04")]


def test_a_comparison_year_is_no_date_of_its_own(extracted):
    assert ("investigation", "2021") in [(t, d) for t, d, _ in extracted[COMPARED]]
