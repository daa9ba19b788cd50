"""The typer sees where a date expression attaches when the trigger stands under another verb
(extract/events/learned/typemodel.py, ``date_place_features``; t-typer24): a dated report ("On October 3,
the bar association reported that police had arrested 40 farmers": the report is what is dated, a
``report_published`` by the written rule of "What is reported") against the act dated in its own clause
("… reported that police arrested 40 farmers on October 3"). Sentences of a fictional report (Orlesia,
2022) written for these tests."""
from __future__ import annotations

import pytest

from rightsledger.extract.events.learned import typemodel

pytestmark = pytest.mark.model

HEADER = "2022 Country Reports on Human Rights Practices: Orlesia\n\nSection 2. Respect for Civil Liberties\n\n"


def _features(nlp, sentence: str) -> list[list[str]]:
    """The features (newest version) of every event the rules extract from ``sentence``."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + sentence + "\n"
    doc = Document("orlesia-2022", "Orlesia", None, None, 2022, "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    with typemodel.collecting() as rows:
        extract_events(annotated, [])
    return [f[typemodel.FEATURE_VERSION] for _, _, f in rows]


def _date_feats(nlp, sentence: str) -> set[str]:
    return {x for fs in _features(nlp, sentence) for x in fs if x.startswith("date_")}


def test_a_date_of_the_reporting_verb_is_the_reports(nlp):
    feats = _date_feats(nlp, "On October 3, the Orlesian Bar Association reported that police had arrested "
                             "40 farmers in the northern districts.")
    assert {"date_main", "date_over=report"} <= feats, feats
    assert "date_clause" not in feats


def test_a_date_of_the_acts_own_clause_is_the_acts(nlp):
    feats = _date_feats(nlp, "The Orlesian Bar Association reported that police arrested 40 farmers in the "
                             "northern districts on October 3.")
    assert "date_clause" in feats, feats
    assert not {"date_main", "date_over=report"} & feats


def test_a_trigger_of_the_main_clause_has_no_date_place(nlp):
    assert _date_feats(nlp, "On October 3, police arrested 40 farmers in the northern districts.") == set()


def test_only_the_masked_versions_read_the_date_place(nlp):
    sent = next(nlp("On October 3, the Orlesian Bar Association reported that police had arrested 40 farmers.").sents)
    trig = next(t for t in sent if t.lower_ == "arrested")
    feats = {v: typemodel.features(sent, trig, "detention_or_arrest", "2.a", "day", "asserted", version=v)
             for v in ("1", typemodel.FEATURE_VERSION)}
    assert "date_main" in feats[typemodel.FEATURE_VERSION], feats
    assert not any(f.startswith("date_") for f in feats["1"]), feats["1"]
