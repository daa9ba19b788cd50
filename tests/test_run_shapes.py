"""The steps moved out of the longest functions when the length cap went from 120 to 100 lines
(t-house24), each on our own sentences: a title before a name (``run_shapes.titled_person``), the places
inside a run (``run_shapes.places_in_run``), and what a CIRI estimate counts besides wording
(``indicators.counted.event_hits``)."""
from __future__ import annotations

from types import SimpleNamespace

from rightsledger.analysis.indicators.counted import event_hits
from rightsledger.analysis.indicators.report import Hit, Sent
from rightsledger.analysis.indicators.rules import RULES
from rightsledger.extract.entities.runs.shapes import places_in_run, titled_person
from rightsledger.extract.entities.runs.scan import word_tokens
from rightsledger.extract.lexicons.gazetteer import gazetteer


def run_of(text: str, first: str, last: str):
    """The words of ``text`` from the word ``first`` to the word ``last``, as a run."""
    words = word_tokens(text, 0, len(text))
    a = next(i for i, w in enumerate(words) if w.core == first)
    b = next(i for i, w in enumerate(words) if w.core == last)
    return words, words[a:b + 1]


def test_a_title_before_a_name_gives_the_person_and_the_body() -> None:
    text = "On March 3, Minister of Justice Jane Roe closed the inquiry."
    _, run = run_of(text, "Minister", "Roe")
    found = titled_person(text, run)
    assert [(c.text, c.label) for c in found][:1] == [("Jane Roe", "PERSON")]
    assert found[0].roles == ["minister of justice"]


def test_a_run_without_a_title_is_left_to_the_next_shape() -> None:
    text = "The Supreme Court of Veridia ruled on the case."
    _, run = run_of(text, "Supreme", "Veridia")
    assert titled_person(text, run) == []


def test_a_country_inside_a_run_is_found() -> None:
    text = "Refugees from Ghana crossed the border."
    words, run = run_of(text, "Ghana", "Ghana")
    index = {id(w): i for i, w in enumerate(words)}
    found = places_in_run(text, run, words, index, gazetteer(), None)
    assert [(c.text, c.label) for c in found] == [("Ghana", "COUNTRY")]


def test_an_event_hit_only_where_no_wording_counted_the_sentence() -> None:
    rule = RULES["KILL"]
    counted = Sent(0, 40, "Police killed two protesters in March.", "region")
    fresh = Sent(41, 90, "Soldiers killed a farmer near the border.", "region")
    events = [SimpleNamespace(evidence=SimpleNamespace(start=5)),
              SimpleNamespace(evidence=SimpleNamespace(start=50)),
              SimpleNamespace(evidence=SimpleNamespace(start=60))]
    hits = event_hits(rule, events, [counted, fresh], [Hit("case", counted)], 2023)
    assert [(h.kind, h.sent.start, h.weight) for h in hits] == [("event", 41, 0.5)]
