"""The dating checks split out of ``events/dating/dated.py`` (t-house21): ``date_labels.py`` (dates that label,
name or plan), ``named_occurrences.py``, ``dated_statistics.py`` (statistics, rates, counts, state dates),
``dated_publications.py`` (publications named by their date). Own sentences: each check, called directly
from its new module, answers as it did inside ``dated.py``; the whole path is covered by the event tests
(``test_event_told_within.py``, ``test_event_reference_point.py``, ``test_event_own_dates.py``, …)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_statistic_pattern():
    from rightsledger.extract.events.dating.dated_statistics import STATISTIC

    assert STATISTIC.search("Turnout was low in the northern districts.")
    assert STATISTIC.search("Some 12 % of the seats went to women.")
    assert not STATISTIC.search("Police arrested four students in March.")


@pytest.mark.parametrize("sentence,word,expected", [
    ("The elections are scheduled for October.", "scheduled", True),
    ("Police arrested two students in Verna in October.", "arrested", False),
])
def test_planned(nlp, sentence, word, expected):
    from rightsledger.extract.events.dating.date_labels import planned

    assert planned(_tok(nlp(sentence), word)) is expected


def test_named_by_year_is_a_year_in_an_instrument_name(nlp):
    from rightsledger.extract.events.dating.date_labels import named_by_year

    act = _tok(nlp("Parliament amended the Residence Act of 1985 in May."), "Act")
    assert named_by_year(act, "year") and not named_by_year(act, "month")


def test_indefinite_and_titled_publications(nlp):
    from rightsledger.extract.events.dating.dated_publications import indefinite, titled

    survey = _tok(nlp("A 2005 survey found that most workers lacked contracts."), "survey")
    report = _tok(nlp("The 2021 report described conditions in the prisons."), "report")
    census = _tok(nlp("The 2007 census counted four million residents."), "census")
    assert indefinite(survey) and not indefinite(report)
    assert titled(census) and not titled(report)


def test_count_state_and_gathering(nlp):
    from rightsledger.extract.events.dating.dated_statistics import count_state, gathering

    assert count_state(_tok(nlp("In November the number of displaced persons was 25,000."), "was"))
    assert not count_state(_tok(nlp("In November police detained 25 protesters."), "detained"))
    assert gathering(_tok(nlp("In May the ministry organized a workshop on prison conditions."), "organized"))


def test_the_names_moved():
    """What other modules import from the split: the produced tuple lives in ``attach.py``."""
    from rightsledger.extract.events.dating import attach, dated, dated_statistics, named_occurrences
    assert attach.Produced is not None and callable(dated.dated_events)
    assert callable(dated_statistics.state_verbs) and callable(named_occurrences.ref_of)
    assert not hasattr(dated, "_dated_events")
