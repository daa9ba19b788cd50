"""Event extraction on a fictional report we wrote (tests/fixtures/events) and on the shared reports."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rightsledger.records import EVENT_TYPES, Entity, Event, Participant, Span

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "events" / "lorvania-2021.txt"
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.model


def _annotate(path: Path, doc_id: str, year: int, nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.read import read_path
    from rightsledger.records import Document
    from rightsledger.structure import outline

    src = read_path(path)
    doc = Document(doc_id, src.title, None, None, year, "", src.format, src.sha256, len(src.text))
    return annotate(src.text, doc, outline(src.text, doc.id), nlp)


@pytest.fixture(scope="module")
def lorvania(nlp):
    return _annotate(FIXTURE, "lorvania-2021", 2021, nlp)


@pytest.fixture(scope="module")
def events(lorvania):
    from rightsledger.extract.events import extract_events

    return extract_events(lorvania, [])


def _find(events: list[Event], start_of_sentence: str, date: str | None = None) -> list[Event]:
    out = [e for e in events if e.evidence.text.startswith(start_of_sentence) and (date is None or e.date == date)]
    assert out, f"no event for {start_of_sentence!r} {date or ''}"
    return out


def test_records_are_valid(lorvania, events):
    assert events
    ids = set()
    for e in events:
        assert e.type in EVENT_TYPES
        assert e.polarity in ("asserted", "negated", "alleged")
        assert e.precision in ("day", "month", "year")
        assert len(e.date) == {"day": 10, "month": 7, "year": 4}[e.precision]
        assert e.evidence.text == lorvania.text[e.evidence.start:e.evidence.end]
        assert e.id not in ids
        ids.add(e.id)
        assert e.doc == "lorvania-2021"
        for p in e.participants:
            assert p.role in ("actor", "target", "other") and p.name


def test_two_events_in_one_sentence(events):
    detained, = _find(events, "Authorities detained the journalist", "2021-02-26")
    charged, = _find(events, "Authorities detained the journalist", "2021-06-06")
    assert detained.type == "detention_or_arrest" and charged.type == "charge"
    assert ("Tessa Brin", "target") in [(p.name, p.role) for p in detained.participants]
    assert ("Authorities", "actor") in [(p.name, p.role) for p in detained.participants]


def test_active_roles_and_place_of_a_killing(events):
    e, = _find(events, "On April 3, police in Darnel")
    assert (e.type, e.date, e.precision, e.polarity) == ("killing", "2021-04-03", "day", "asserted")
    roles = {(p.name, p.role) for p in e.participants}
    assert ("police", "actor") in roles
    assert any(role == "target" for _, role in roles)
    assert e.section == "1.a"


def test_passive_agent_is_actor(events):
    e, = _find(events, "Voss was reportedly beaten")
    assert e.type == "torture_or_abuse" and e.polarity == "alleged"
    roles = {(p.name, p.role) for p in e.participants}
    assert ("Voss", "target") in roles and ("prison guards", "actor") in roles


def test_negated_undated(events):
    e, = _find(events, "There were no reports of disappearances")
    assert (e.polarity, e.date, e.precision) == ("negated", "2021", "year")


def test_allegation_source_and_month(events):
    e, = _find(events, "According to the Lorvanian Rights Watch")
    assert (e.type, e.date, e.precision, e.polarity) == ("torture_or_abuse", "2021-12", "month", "alleged")
    assert e.source == "Lorvanian Rights Watch"


def test_reporting_verb_source(events):
    e, = _find(events, "The government reported that on May 12")
    assert (e.type, e.date) == ("acquittal", "2021-05-12")
    assert e.source == "government"


def test_undated_occurrence_of_the_report_year(events):
    e, = _find(events, "Authorities detained many persons")
    assert (e.type, e.date, e.precision) == ("detention_or_arrest", "2021", "year")


def test_generic_and_state_sentences_are_not_events(events):
    texts = [e.evidence.text for e in events]
    assert not any(t.startswith("The law prohibits arbitrary killings") for t in texts)
    assert not any(t.startswith("As of October") for t in texts)
    assert not any(t.startswith("Civilian authorities maintained") for t in texts)


def test_relative_dates(events):
    e, = _find(events, "Brin was released on bail")
    assert (e.type, e.date) == ("release", "2021-06-07")
    began, postponed = _find(events, "The trial of opposition leader")
    assert (began.type, began.date) == ("trial", "2021-09-08")
    assert postponed.date == "2021-09-10"


def test_span_and_noun_trigger(events):
    e, = _find(events, "On January 5 through 8")
    assert (e.type, e.date, e.date_end, e.section) == ("strike", "2021-01-05", "2021-01-08", "7")
    assert ("workers", "actor") in [(p.name, p.role) for p in e.participants]
    e, = _find(events, "On November 14, voters approved")
    assert e.type == "election_or_referendum"


def test_an_earlier_year_in_the_same_sentence(events):
    sentenced, tortured = _find(events, "On July 19, the Darnel District Court")
    assert (sentenced.type, sentenced.date) == ("conviction_or_sentence", "2021-07-19")
    assert (tortured.type, tortured.date, tortured.precision) == ("torture_or_abuse", "2020", "year")


def test_entities_fill_participants_and_place(lorvania):
    from rightsledger.extract.events import extract_events

    text = lorvania.text

    def ent(id_, type_, name):
        i = text.index(name)
        return Entity(id_, type_, name, mentions=[[i, i + len(name)]])

    brin = ent("e1", "person", "Tessa Brin")
    darnel = ent("e2", "place", "Darnel")
    lrw = ent("e3", "organization", "Lorvanian Rights Watch")
    evs = extract_events(lorvania, [brin, darnel, lrw])
    detained, = _find(evs, "Authorities detained the journalist", "2021-02-26")
    assert Participant("e1", "Tessa Brin", "target") in detained.participants
    killing, = _find(evs, "On April 3, police in Darnel")
    assert killing.place == "Darnel"


def test_same_event():
    from rightsledger.extract.events import same_event

    ev = Span(0, 1, "x")
    a = Event("a:ev:1", "a", "detention_or_arrest", "2021-02-26", None, "day",
              [Participant("p1", "Tessa Brin", "target")], None, "1.d", "asserted", None, ev)
    b = Event("b:ev:7", "b", "detention_or_arrest", "2021-02", None, "month",
              [Participant(None, "Brin", "target")], None, "1.d", "asserted", None, ev)
    c = Event("b:ev:8", "b", "release", "2021-02", None, "month",
              [Participant(None, "Brin", "target")], None, "1.d", "asserted", None, ev)
    d = Event("b:ev:9", "b", "detention_or_arrest", "2021-03-01", None, "day",
              [Participant("p1", "Tessa Brin", "target")], None, "1.d", "asserted", None, ev)
    assert same_event(a, b) and same_event(b, a)
    assert not same_event(a, c)
    assert not same_event(a, d)


def test_export_shape(lorvania, events, tmp_path):
    checker = ROOT.parent / "shared" / "tools" / "check_export.py"
    if not checker.exists():
        pytest.skip("../shared/tools/check_export.py is absent")
    doc = tmp_path / "doc.txt"
    doc.write_text(lorvania.text, encoding="utf-8")
    export = tmp_path / "export.jsonl"
    with export.open("w", encoding="utf-8") as fh:
        for e in events:
            fh.write(json.dumps({"kind": "event", **e.as_dict()}, ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(checker), str(export), str(doc)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


# --- the shared seed report ---------------------------------------------------------------

@pytest.fixture(scope="module")
def kazakhstan(shared_dir, nlp):
    path = shared_dir / "reports" / "kazakhstan-2022.txt"
    if not path.exists():
        pytest.skip("seed report absent")
    from rightsledger.extract.events import extract_events

    ann = _annotate(path, "kazakhstan-2022", 2022, nlp)
    return ann, extract_events(ann, [])


def test_seed_report_offsets_and_volume(kazakhstan):
    ann, events = kazakhstan
    assert len(events) >= 120
    for e in events:
        assert ann.text[e.evidence.start:e.evidence.end] == e.evidence.text
        s = ann.sentence_at(e.evidence.start)
        assert s is not None and (s.start, s.end) == (e.evidence.start, e.evidence.end)


def test_seed_report_key_events(kazakhstan):
    _, events = kazakhstan
    span = [e for e in events if e.date == "2022-01-05" and e.date_end == "2022-01-08"]
    assert span, "the January 5 through 8 event"
    referendum = [e for e in events if e.date == "2022-06-05" and e.evidence.text.startswith("On June 5")]
    assert referendum and referendum[0].type == "election_or_referendum"
    mamay = [e for e in events if e.date == "2022-02-26"]
    assert mamay and mamay[0].type == "detention_or_arrest"
    assert any(p.name == "Zhanbolat Mamay" and p.role == "target" for p in mamay[0].participants)


# --- gold files (examples and shared): P/R/F1 of (date + evidence overlap) -----------------

GOLD = sorted((ROOT / "examples" / "gold").glob("*.jsonl"))


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_examples_gold(gold):
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from events_score import score

    r = score(gold)
    assert r["F1"] >= 0.80 and r["type_acc"] >= 0.75, r
