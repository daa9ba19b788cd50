"""``rightsledger train --db``: the event typer learns from the events people reviewed in a database.

Two short reports of our own (tests/fixtures/train, a fictional country) are ingested, some event
types are corrected through the library's review API (the functions the CLI and the REST API
call), and the typer is trained on a tiny dev set (one example gold file) plus those reviews, on
SQLite and (when RIGHTSLEDGER_TEST_PG is set) PostgreSQL.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rightsledger import Ledger
from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training.reviewed import reviewed_events, typer_data
from rightsledger.analysis.training import train as tr
from rightsledger.analysis.training.train import labelled_events, train_event_types, typed_events
from rightsledger.extract.embeddings.sentences import embed_texts
from rightsledger.extract.events.learned import typemodel
try:
    from tests.test_postgres import needs_pg, pg_url  # noqa: F401 (a fixture)
except ImportError:  # tests/ is not a package
    from test_postgres import needs_pg, pg_url  # type: ignore[no-redef]  # noqa: F401

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
REPORTS = sorted((ROOT / "tests" / "fixtures" / "train").glob("orlavia-*.txt"))
#: Fewer candidates than `train` tries (one L2, no sentence vector): the tests' time is the fits.
FEW = {"l2s": (1.0,), "scales": (None,)}
DEV = [ROOT / "examples" / "gold" / f"{d}.jsonl" for d in ("kestria-2009", "veridia-2023")]  # a tiny dev set
RAID = "police raided the offices of"


CV = tr.cross_validate


@pytest.fixture(scope="module")
def dev_rows():
    return typed_events(DEV)


def _ingest(db: str) -> tuple[Ledger, dict[str, str]]:
    """The two reports ingested into ``db``; event id by its evidence sentence's opening words."""
    led = Ledger(db)
    results = led.ingest(REPORTS)
    assert all(r.ok for r in results), [r.error for r in results]
    return led, {e.evidence.text: e.id for e in led.events()}


def _review(led: Ledger, ids: dict[str, str]) -> None:
    """Raids on newsrooms corrected to censorship (the rules say other: raids on property, settled
    2026-12-06, implemented in round 2026-12-08-06); a ministry opening a building rejected (no
    event); an arrest confirmed; an event added on a sentence."""
    for text, eid in ids.items():
        if RAID in text:
            led.correct(eid, {"type": "censorship_or_blocking"}, "a raid on a newsroom silences it")
        elif "opened a new prison" in text:
            led.reject(eid, "a building opened is no human-rights event")
        elif "arrested the blogger" in text:
            led.confirm(eid)
    text = led.text("orlavia-2021")
    start = text.index("On June 8, soldiers beat")
    end = text.index(".", start) + 1
    led.add("event", "orlavia-2021", start, end, {"type": "attack_or_threat", "date": "2021-06-08"},
            "the beating was also a threat to the village")


def _check_rows(db: str) -> None:
    led, ids = _ingest(db)
    _review(led, ids)
    reviews = reviewed_events(db, DEV, test=[])
    rows = reviews.events
    raids = [r for r in rows if RAID in r.text]
    # (a) every correction is a training row with the corrected label, the rules' type kept as a feature
    assert len(raids) == 6
    assert {r.gold_type for r in raids} == {"censorship_or_blocking"}
    assert {r.rule_type for r in raids} == {"other"}
    assert all("rule=other" in r.features[typemodel.FEATURE_VERSION] for r in raids)
    # (b) the rejected events are no rows; the confirmed and the added one are, with their types
    assert not [r for r in rows if "opened a new prison" in r.text]
    assert [r.gold_type for r in rows if "arrested the blogger" in r.text] == ["detention_or_arrest"]
    assert [r.gold_type for r in rows if "soldiers beat" in r.text] == ["attack_or_threat"]
    # one cross-validation group per document, and a line per document saying what was used
    assert {r.doc for r in rows} == {"orlavia-2021", "orlavia-2022"}
    by_doc = {d.doc: d for d in reviews.docs}
    assert by_doc["orlavia-2021"].used == {"corrected": 3, "confirmed": 1, "added": 1}
    assert by_doc["orlavia-2021"].rejected == 1 and by_doc["orlavia-2022"].rejected == 1
    assert by_doc["orlavia-2022"].used == {"corrected": 3}
    assert "3 corrected, 1 confirmed, 1 added" in by_doc["orlavia-2021"].line()
    assert all(r.vec is not None for r in rows)


def test_corrections_are_training_rows_and_rejections_are_not(tmp_path):
    _check_rows(str(tmp_path / "reviews.db"))


def test_a_forced_refit_learns_a_correction_that_contradicts_the_rules(tmp_path, dev_rows):
    db = str(tmp_path / "reviews.db")
    led, ids = _ingest(db)
    _review(led, ids)
    data = dev_rows + reviewed_events(db, DEV, test=[]).events
    out = tmp_path / "typer.json"
    model, _ = train_event_types(data, out, tr.cross_validate(data, **FEW), force=True, reviewed=6)
    assert model is not None and model["n_reviewed"] == 6
    fitted = typemodel.load_model(str(out))
    # a sentence of that shape the model has never seen, in a report of its own
    report = tmp_path / "orlavia-2023.txt"
    report.write_text("2023 Country Report on Human Rights Practices: Orlavia\n\n"
                      "Section 2. Respect for Civil Liberties\n\n"
                      "a. Freedom of Expression, Including for Members of the Press and Other Media\n\n"
                      "On March 15, police raided the offices of the newspaper Evening Bell.\n", encoding="utf-8")
    from rightsledger.run.pipeline import process

    label = {"date": "2023-03-15", "type": "?", "evidence": {"start": 0, "end": 1 << 30}}
    [(row, _)] = labelled_events("new", lambda: process(report).events, [label])
    [vec] = embed_texts([row.text])
    feats = row.features[fitted["feature_version"]]
    assert row.rule_type == "other"
    assert typemodel.decide(None, row.rule_type, feats) == "other"  # the rules alone
    assert typemodel.decide(fitted, row.rule_type, feats, vec) == "censorship_or_blocking"


def test_a_database_without_reviews_trains_exactly_as_without(tmp_path, dev_rows):
    db = str(tmp_path / "plain.db")
    _ingest(db)
    data, reviews = typer_data(DEV, db, test=[])
    assert reviews.events == [] and all(d.used == {} for d in reviews.docs)
    assert [(r.doc, r.rule_type, r.gold_type, r.features) for r in data] == \
        [(r.doc, r.rule_type, r.gold_type, r.features) for r in dev_rows]
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    train_event_types(data, a, tr.cross_validate(data, **FEW), force=True, reviewed=len(reviews.events))
    train_event_types(dev_rows, b, tr.cross_validate(dev_rows, **FEW), force=True)
    assert a.read_bytes() == b.read_bytes()


def test_a_missing_database_is_not_created(tmp_path):
    db = tmp_path / "none.db"
    reviews = reviewed_events(str(db), DEV, test=[])
    assert reviews.events == [] and not db.exists() and "no database" in reviews.lines()[0]


def test_a_gold_report_s_reviews_are_deduplicated_and_a_test_report_s_never_used(tmp_path):
    """The example report behind the dev gold file: its reviewed events inside the gold's scope are
    left out (the gold wins); declared test gold, none of its reviews is used."""
    db = str(tmp_path / "gold.db")
    led = Ledger(db)
    [res] = led.ingest([ROOT / "examples" / "reports" / "kestria-2009.md"])
    events = led.events(doc=res.doc)
    for e in events[:3]:
        led.correct(e.id, {"type": "other"}, "reviewed by a person")
    as_dev = reviewed_events(db, DEV[:1], test=[])
    assert as_dev.events == [] and as_dev.duplicates == 3
    assert "dev gold report kestria-2009: 3 in its gold's scope left out (gold wins)" in as_dev.lines()[0]
    as_test = reviewed_events(db, [], test=DEV[:1])
    assert as_test.events == [] and "test gold report kestria-2009" in as_test.lines()[0]


def test_the_cli_prints_what_the_reviews_gave_and_writes_only_where_told(tmp_path, monkeypatch):
    from rightsledger.cli import app

    db = str(tmp_path / "reviews.db")
    led, ids = _ingest(db)
    _review(led, ids)
    out = tmp_path / "typer.json"
    monkeypatch.setattr(ev, "gold_files", lambda: DEV)
    monkeypatch.setattr(typemodel, "MODEL_FILE", out)
    monkeypatch.setattr(tr, "cross_validate", lambda data: CV(data, **FEW))
    res = CliRunner().invoke(app, ["train", "--model", "typer", "--db", db, "--force"])
    assert res.exit_code == 0, res.output
    assert "orlavia-2021: reviewed events used: 3 corrected, 1 confirmed, 1 added; 1 rejected left out" in res.output
    assert "reviewed events added to the training data: 8 (6 corrected, 1 confirmed, 1 added)" in res.output
    assert "test, after" in res.output
    assert json.loads(out.read_text())["n_reviewed"] == 8


# -- PostgreSQL (a schema of its own per test: test_postgres.py's fixture) ------------------------
@needs_pg
def test_corrections_stored_in_postgresql_are_training_rows(pg_url):
    _check_rows(pg_url)


def test_a_document_without_its_text_is_skipped_with_the_reason(tmp_path):
    from rightsledger.store.schema import documents_t

    db = str(tmp_path / "reviews.db")
    led, ids = _ingest(db)
    _review(led, ids)
    with led.store.writing() as conn:
        conn.execute(documents_t.update().where(documents_t.c.id == "orlavia-2022").values(text=""))
    reviews = reviewed_events(db, DEV, test=[])
    assert {r.doc for r in reviews.events} == {"orlavia-2021"}
    assert "orlavia-2022: skipped, its stored text is empty" in "\n".join(reviews.lines())
