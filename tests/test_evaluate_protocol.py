"""The evaluation protocol: splits, section groups, penalty accuracy and reliability bands."""
from __future__ import annotations

import json

from rightsledger.analysis.evaluation import evaluate as ev

from .gold_files import write_gold


def _ev(start, date="2020", typ="detention_or_arrest", conf=None, penalty=None):
    rec = {"kind": "event", "type": typ, "date": date, "evidence": {"start": start, "end": start + 10}}
    if conf is not None:
        rec["confidence"] = conf
    if penalty is not None:
        rec["penalty"] = penalty
    return rec


SECTIONS = [
    {"kind": "section", "id": "1", "title": "One", "parent": None, "start": 100, "end": 200},
    {"kind": "section", "id": "1.a", "title": "a", "parent": "1", "start": 110, "end": 200},
    {"kind": "section", "id": "2", "title": "Two", "parent": None, "start": 200, "end": 300},
    {"kind": "section", "id": "6", "title": "Six", "parent": None, "start": 300, "end": 400},
]


def test_groups_and_split():
    gold = [{"kind": "scope", "doc": "d", "start": 0, "end": 400, "kinds": ["event"], "split": "test"},
            _ev(10), _ev(120, typ="killing"), _ev(210), _ev(310)]
    pred = [*SECTIONS, _ev(10, conf=0.95), _ev(120, conf=0.55), _ev(250, date="2019", conf=0.65), _ev(310, conf=0.9)]
    s = ev.score_report(pred, gold)
    assert s.split == "test"
    assert set(s.groups) == {"exec", "1", "2", "5-7"}
    assert s.groups["exec"].kinds["event"].tp == 1
    assert s.groups["1"].event_type_accuracy == 0.0
    assert s.groups["2"].kinds["event"].fp == 1 and s.groups["2"].kinds["event"].fn == 1
    rel = {r["band"]: r for r in ev.reliability_table(s.reliability)}
    assert rel["0.9-1.0"]["n"] == 2 and rel["0.9-1.0"]["right"] == 2
    assert rel["0.6-0.7"]["right"] == 0


def test_penalty_accuracy():
    prison5 = {"kind": "prison", "value": 5, "unit": "years", "text": "five years' imprisonment"}
    gold = [{"kind": "scope", "doc": "d", "start": 0, "end": 400, "kinds": ["event"]},
            _ev(10, typ="conviction_or_sentence", penalty=prison5),
            _ev(50, typ="conviction_or_sentence", penalty={"kind": "death", "value": None, "unit": None, "text": "death"})]
    pred = [_ev(10, typ="conviction_or_sentence", penalty=dict(prison5, unit="year")),
            _ev(50, typ="conviction_or_sentence", penalty={"kind": "life", "value": None, "unit": None, "text": "life"})]
    s = ev.score(pred, gold)
    assert (s.penalty_seen, s.penalty_correct) == (2, 1)


def test_a_length_in_years_agrees_with_the_same_length_in_months():
    """A term of three years and three months is 3.25 years or 39 months (the dev gold writes
    both); two weeks is 14 days. Months and days are not converted (a month has no fixed length)."""
    def sentence(value, unit):
        return {"kind": "prison", "value": value, "unit": unit, "text": "a term"}
    gold = [{"kind": "scope", "doc": "d", "start": 0, "end": 400, "kinds": ["event"]},
            _ev(10, typ="conviction_or_sentence", penalty=sentence(39, "months")),
            dict(_ev(50), duration={"value": 14, "unit": "days", "text": "14 days"}),
            dict(_ev(90), duration={"value": 30, "unit": "days", "text": "30 days"}),
            _ev(130, typ="conviction_or_sentence", penalty=sentence(3, "years"))]
    pred = [_ev(10, typ="conviction_or_sentence", penalty=sentence(3.25, "years")),
            dict(_ev(50), duration={"value": 2, "unit": "weeks", "text": "two weeks"}),
            dict(_ev(90), duration={"value": 1, "unit": "month", "text": "a month"}),
            _ev(130, typ="conviction_or_sentence", penalty=sentence(3, "months"))]
    s = ev.score(pred, gold)
    assert (s.penalty_seen, s.penalty_correct) == (2, 1)
    assert (s.duration_seen, s.duration_correct) == (2, 1)


def test_errors_list_matched_events_whose_penalty_or_duration_differs():
    """``--errors`` shows each matched event whose penalty (or duration) disagrees: as
    predicted under "fp", as gold under "fn"; agreeing ones are not listed."""
    prison5 = {"kind": "prison", "value": 5, "unit": "years", "text": "five years' imprisonment"}
    gold = [{"kind": "scope", "doc": "d", "start": 0, "end": 400, "kinds": ["event"]},
            _ev(10, typ="conviction_or_sentence", penalty=prison5),
            dict(_ev(50), duration={"value": 56, "unit": "days", "text": "56 days"})]
    pred = [_ev(10, typ="conviction_or_sentence", penalty=prison5),
            dict(_ev(50), duration={"value": 1, "unit": "months", "text": "a month"})]
    s = ev.score(pred, gold, keep_errors=True)
    assert "penalty" not in s.errors
    assert [r["duration"]["value"] for r in s.errors["duration"]["fp"]] == [1]
    assert [r["duration"]["value"] for r in s.errors["duration"]["fn"]] == [56]


def test_errors_list_matched_events_typed_otherwise():
    """``--errors`` shows each matched event whose type differs from the gold's (as predicted
    under "fp", as gold under "fn"); the match itself still counts, and agreeing types are not
    listed."""
    gold = [{"kind": "scope", "doc": "d", "start": 0, "end": 400, "kinds": ["event"]},
            _ev(10), _ev(50, typ="killing")]
    pred = [_ev(10), _ev(50, typ="attack_or_threat")]
    s = ev.score(pred, gold, keep_errors=True)
    assert s.event_type_correct == 1
    assert [r["type"] for r in s.errors["event_type"]["fp"]] == ["attack_or_threat"]
    assert [r["type"] for r in s.errors["event_type"]["fn"]] == ["killing"]
    assert "event_type" not in ev.score(pred[:1], gold[:2], keep_errors=True).errors


def _gold_file(path, split="dev"):
    return write_gold(path, (_ev(10), _ev(210)), split=split, end=400, kinds=["event"])


def test_a_held_out_report_counts_in_its_own_column(tmp_path, monkeypatch):
    """A dev gold file of a report listed in tests/gold/held_out.toml is scored in the held-out
    column; a test file stays test whatever its name; any other dev file is dev."""
    listed = tmp_path / "held_out.toml"
    listed.write_text('reports = ["2031_zarnakia"]\n', encoding="utf-8")
    monkeypatch.setattr(ev, "HELD_OUT_FILE", listed)
    assert ev.column_of(_gold_file(tmp_path / "2031_zarnakia.jsonl")) == "held-out"
    assert ev.column_of(_gold_file(tmp_path / "2030_zarnakia.jsonl")) == "dev"
    (tmp_path / "t").mkdir()
    assert ev.column_of(_gold_file(tmp_path / "t" / "2031_zarnakia.jsonl", split="test")) == "test"


def test_evaluate_prints_three_columns_and_keeps_held_out_errors_for_their_annotator(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    listed = tmp_path / "held_out.toml"
    listed.write_text('reports = ["2031_zarnakia"]\n', encoding="utf-8")
    monkeypatch.setattr(ev, "HELD_OUT_FILE", listed)
    gold = tmp_path / "gold"
    gold.mkdir()
    files = [_gold_file(gold / "2031_zarnakia.jsonl"), _gold_file(gold / "2030_zarnakia.jsonl")]
    preds = tmp_path / "preds"
    preds.mkdir()
    for f in files:   # one right event, one wrong date: an error to show or to hide
        (preds / f.name).write_text(json.dumps(_ev(10)) + "\n" + json.dumps(_ev(210, date="2019")) + "\n",
                                    encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(app, ["evaluate", "--errors", "--predictions", str(preds), "--format", "jsonl",
                              *map(str, files)], catch_exceptions=False)
    assert out.exit_code == 0
    columns = [json.loads(line)["doc"] for line in out.stdout.splitlines()
               if line.startswith("{") and json.loads(line)["kind"] == "split"]
    assert columns == ["dev", "held-out"]
    assert "2030_zarnakia event fp" in out.stdout and "2031_zarnakia event fp" not in out.stdout
    assert "a held-out dev report, errors not shown" in out.stderr
    shown = runner.invoke(app, ["evaluate", "--errors", "--held-out-errors", "--predictions", str(preds),
                                "--format", "jsonl", str(files[0])], catch_exceptions=False)
    assert "2031_zarnakia event fp" in shown.stdout
    held = runner.invoke(app, ["evaluate", "--split", "held-out", "--predictions", str(preds), "--format",
                               "jsonl", *map(str, files)], catch_exceptions=False)
    assert [json.loads(line)["doc"] for line in held.stdout.splitlines() if '"kind": "doc"' in line] == \
        ["2031_zarnakia"]


def test_evaluate_csv_is_one_flat_table_of_scores(tmp_path):
    """``--format csv`` printed a lone "doc" column (the nested scores do not fit a CSV cell): now one row per
    document and column total, group and kind, with P/R/F1 and counts, or an accuracy and its n."""
    import csv
    import io

    from typer.testing import CliRunner

    from rightsledger.cli import app

    gold = _gold_file(tmp_path / "2030_zarnakia.jsonl")
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / gold.name).write_text(json.dumps(_ev(10)) + "\n" + json.dumps(_ev(210, date="2019")) + "\n",
                                   encoding="utf-8")
    out = CliRunner().invoke(app, ["evaluate", "--predictions", str(preds), "--format", "csv", str(gold)],
                             catch_exceptions=False)
    assert out.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert list(rows[0]) == ["doc", "column", "group", "kind", "p", "r", "f1", "tp", "fp", "fn", "accuracy", "n"]
    event = {(r["doc"], r["group"]): r for r in rows if r["kind"] == "event"}
    assert (event[("2030_zarnakia", "all")]["tp"], event[("2030_zarnakia", "all")]["fp"],
            event[("2030_zarnakia", "all")]["fn"]) == ("1", "1", "1")
    assert event[("dev", "all")]["f1"] == "0.500"
    typed = [r for r in rows if r["kind"] == "event type accuracy" and r["group"] == "all"]
    assert typed and typed[0]["accuracy"] == "1.000" and typed[0]["n"] == "1"


def test_evaluate_scores_saved_exports_only(tmp_path):
    """``--predictions DIR`` scores the exports DIR holds: a gold report without one is skipped by name (it was
    ingested with today's code and mixed into the totals of saved exports), and ``--floors`` then fails, since
    a column's total over part of its reports is not what the floors pin; a DIR that does not exist is a clear
    error."""
    from typer.testing import CliRunner

    from rightsledger.cli import app

    gold = tmp_path / "gold"
    gold.mkdir()
    files = [_gold_file(gold / "2030_zarnakia.jsonl"), _gold_file(gold / "2031_zarnakia.jsonl")]
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / files[0].name).write_text(json.dumps(_ev(10)) + "\n", encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(app, ["evaluate", "--predictions", str(preds), "--format", "jsonl", *map(str, files)],
                        catch_exceptions=False)
    assert out.exit_code == 0
    assert [json.loads(line)["doc"] for line in out.stdout.splitlines() if '"kind": "doc"' in line] == \
        ["2030_zarnakia"]
    assert "no saved export" in out.stderr and "2031_zarnakia.jsonl" in out.stderr
    floors = runner.invoke(app, ["evaluate", "--predictions", str(preds), "--floors", "--format", "jsonl",
                                 *map(str, files)], catch_exceptions=False)
    assert floors.exit_code == 1 and "have no saved export" in floors.stderr
    missing = runner.invoke(app, ["evaluate", "--predictions", str(tmp_path / "nowhere"), str(files[0])])
    assert missing.exit_code == 2 and "no such directory of saved exports" in " ".join(
        missing.output.replace("│", " ").split())


def test_a_gold_report_without_its_text_is_skipped_with_where_it_was_looked_for(tmp_path):
    """A gold report whose text is absent is skipped by name, with the file its scope names and the folders it
    was looked for in; a page of the state.gov collection also names `scripts/collection.sh` (on a new machine
    every such report is skipped until the pages are checked out, and a baseline made then is partial)."""
    from typer.testing import CliRunner

    from rightsledger.cli import app

    page = write_gold(tmp_path / "2031_zarnakia.jsonl", [_ev(10)], split="dev", end=400, kinds=["event"],
                      file="html/2031/zarnakia.html")
    text = write_gold(tmp_path / "2030_zarnakia.jsonl", [_ev(10)], split="dev", end=400, kinds=["event"],
                      file="zarnakia-2030.txt")
    out = CliRunner().invoke(app, ["evaluate", "--format", "jsonl", str(page), str(text)], catch_exceptions=False)
    assert out.exit_code == 0
    lines = [" ".join(line.split()) for line in out.stderr.split("skipped ")[1:]]
    assert len(lines) == 2
    assert "2031_zarnakia.jsonl: its report text is not available (html/2031/zarnakia.html is in none of" in lines[0]
    assert "../shared/reports" in lines[0] and "scripts/collection.sh GIT_DIR" in lines[0]
    assert "zarnakia-2030.txt is in none of" in lines[1] and "collection.sh" not in lines[1]
