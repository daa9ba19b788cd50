"""A rules' ``other`` settled by the trigger's object is not ambiguous for the typer's policy (t-typer20):
"released the budget", "the draft was released", "released a statement" — the rules say nothing of a
release from detention happened, and the typer re-types such an event only when confident, as it does
an event the rules typed. Any other rules' ``other`` stays ambiguous. Sentences of a fictional report
(Orlesia, 2022) written for these tests."""
from __future__ import annotations

import pytest

from rightsledger.extract.events.learned import typemodel

HEADER = "2022 Country Reports on Human Rights Practices: Orlesia\n\nSection 1. Respect for the Integrity of the Person\n\n"

#: A toy model whose best type is ``release``, below the threshold of 0.5 (p = .43).
UNSURE = {"policy": "ambiguous_confident", "threshold": 0.5,
          "weights": {"release": {"trig=release": 1.0}, "other": {"bias": 0.6}, "protest": {"bias": 0.6}}}
#: The same model, sure of ``release`` (p = .9).
SURE = {"policy": "ambiguous_confident", "threshold": 0.5,
        "weights": {"release": {"trig=release": 2.2}, "other": {}}}


def _feats(obj: str) -> list[str]:
    return ["bias", "rule=other", "trig=release", "rule_trig=other:release", f"tobj=release:{obj}"]


def test_the_settled_objects_come_from_the_rules_lists():
    settled = typemodel.lexicon("typer")["settled_other"]
    assert settled["release"] == ["released_things", "statements.statement_nouns"]


@pytest.mark.parametrize("obj", ["budget", "document", "information", "statement"])
def test_a_thing_released_keeps_the_rules_other_unless_the_typer_is_sure(obj):
    assert typemodel.decide(UNSURE, "other", _feats(obj)) == "other"
    assert typemodel.decide(SURE, "other", _feats(obj)) == "release"


def test_any_other_rules_other_stays_ambiguous():
    assert typemodel.decide(UNSURE, "other", _feats("<person>")) == "release"
    assert typemodel.decide(UNSURE, "other", [*_feats("budget"), "notrig"]) == "release"


def test_a_typed_event_is_untouched():
    assert typemodel.decide(UNSURE, "release", _feats("<person>")) == "release"


def _rows(nlp, sentences: list[str]) -> list[tuple[str, list[str]]]:
    """(rules' type, features of the newest version) of every event extracted."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(sentences) + "\n"
    doc = Document("orlesia-2022", "Orlesia", None, None, 2022, "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    with typemodel.collecting() as rows:
        extract_events(annotated, [])
    return [(t, f[typemodel.FEATURE_VERSION]) for _, t, f in rows]


@pytest.mark.model
def test_the_pipeline_keeps_the_rules_other_on_things_released(nlp):
    rows = _rows(nlp, ["On March 3, the Ministry of Finance released the national budget.",
                       "In June the draft was released publicly by the commission.",
                       "On May 9, police released the journalist Tomas Varek without charge."])
    released = [(t, f) for t, f in rows if "trig=release" in f]
    assert len(released) == 3, rows
    things = [f for t, f in released if t == "other"]
    assert len(things) == 2
    assert all(typemodel.decide(UNSURE, "other", f) == "other" for f in things)
    assert [t for t, _ in released].count("release") == 1
