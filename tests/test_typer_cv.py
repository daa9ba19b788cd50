"""The event typer judged on first-run typings (analysis/training/first_run_types.py, analysis/training/typer_cv.py)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from rightsledger.analysis.training import first_run_types as frt
from rightsledger.analysis.training import typer_cv as tc
from rightsledger.analysis.training import typer_guard, typer_nested
from rightsledger.analysis.training.train import TypedEvent
from rightsledger.errors import RightsledgerError

from .test_first_runs import _first_run


def test_a_first_runs_event_typings_are_kept_without_text(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path)
    rows = frt.rows_from_predictions(pred_dir, "abc1234", [gold_path])
    assert rows and all(set(r) == set(frt.FIELDS) for r in rows)
    assert {r["doc"] for r in rows} == {"veridia-2023"}
    assert not any(isinstance(v, str) and " " in v for r in rows for v in r.values())
    with pytest.raises(RightsledgerError):
        frt.check_rows([{**rows[0], "text": "On March 26 the country held elections."}])
    with pytest.raises(RightsledgerError):
        frt.check_rows([{**rows[0], "type": "police detained the editor of the weekly"}])


def test_test_gold_gives_no_typings(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path, split="test")
    assert frt.rows_from_predictions(pred_dir, "abc1234", [gold_path]) == []


def test_first_run_typings_are_matched_to_todays_gold(tmp_path):
    """A gold event re-annotated since the first run (its date moved) no longer matches."""
    gold_path, pred_dir = _first_run(tmp_path)
    rows = frt.rows_from_predictions(pred_dir, "abc1234", [gold_path])
    before = frt.first_types(rows, gold_path)
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    moved = next(r for r in records if r["kind"] == "event")
    key = (moved["evidence"]["start"], moved["evidence"]["end"], moved["date"])
    assert before[key] == moved["type"]
    moved["date"] = "1901"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    after = frt.first_types(rows, gold_path)
    assert key not in after and len(after) == len(before) - 1


def _event(doc: str, rule: str, gold: str, words: list[str], first: str | None = None, group: str = "1"
           ) -> TypedEvent:
    feats = ["bias", f"rule={rule}", f"rule_group={rule}:{group}", f"rule_trig={rule}:hold",
             "st=killing", *words]
    return TypedEvent(doc, rule, {"1": feats, "2": feats, tc.VERSION: feats}, gold, group=group,
                      vec=np.zeros(4, dtype=np.float32), gold=(0, 1, "2025"), first_type=first)


def test_the_rules_type_features_carry_the_first_run_type_or_nothing():
    e = _event("a", "detention_or_arrest", "other", ["w=abduct"], first="other")
    assert tc.features(e, "first_run") == ["bias", "rule=other", "rule_group=other:1", "rule_trig=other:hold",
                                           "w=abduct"]
    assert tc.features(e, "no_rules") == ["bias", "w=abduct"]
    e.first_type = None  # a dev report without a first run: its rules' type was written on it
    assert tc.features(e, "first_run") == ["bias", "w=abduct"]


def _reports() -> list[TypedEvent]:
    """Rules that call every abduction an arrest on unseen text (first runs), right on the reports
    they were written on; "w=abduct" tells the gold type ("other")."""
    out = []
    for doc in ("fr1", "fr2", "fr3", "fr4"):
        out += [_event(doc, "detention_or_arrest", "other", ["w=abduct"], first="detention_or_arrest")
                for _ in range(3)]
        out += [_event(doc, "detention_or_arrest", "detention_or_arrest", ["w=arrest"], first="detention_or_arrest",
                       group="2") for _ in range(3)]
    for doc in ("dev1", "dev2"):
        out += [_event(doc, "other", "other", ["w=abduct"]) for _ in range(3)]
    return out


def test_the_nested_estimate_learns_how_far_to_trust_the_rules_on_unseen_text(monkeypatch):
    monkeypatch.setattr(typer_nested, "CONFIGS", ((1.0, None),))
    data = _reports()
    honest = [tc.nested(data, c) for c in ("first_run", "no_rules")]
    assert set(honest[0].chosen) == {"fr1", "fr2", "fr3", "fr4"} and honest[0].final is not None
    tab = tc.table(data, honest)
    rows = {r["measure"]: r for r in tab}
    assert rows["n"] == {"measure": "n", "all": 24, "1": 12, "2": 12}
    assert rows["first-run rules"]["all"] == 0.5 and rows["today's rules (written on these reports)"]["all"] == 0.5
    assert rows["(first_run) nested"]["all"] == 1.0 and rows["(no_rules) nested"]["all"] == 1.0
    verdicts = [tc.verdict(data, h, tab) for h in honest]
    assert verdicts[0].ships and verdicts[0].why().startswith("+0.500 overall")
    assert verdicts[0].fresh is None  # none of the fresh reports is among these
    chosen = tc.pick(honest, verdicts)
    assert chosen is honest[0]  # both pass: the first listed
    model = tc.fit_final(data, chosen, tab, {"fr1": "abc1234"})
    assert model["first_runs"] == {"fr1": "abc1234"} and model["cv_first_runs"]["n"]["all"] == 24
    assert "st=killing" not in model["weights"]["other"]


def test_the_group_rule_reads_only_the_large_groups():
    tab = [{"measure": "n", "all": 600, "1": 300, "2": 250, "exec": 50},
           {"measure": "first-run rules", "all": 0.75, "1": 0.80, "2": 0.70, "exec": 0.70},
           {"measure": "(b) nested", "all": 0.78, "1": 0.85, "2": 0.70, "exec": 0.50},
           {"measure": "(c) nested", "all": 0.78, "1": 0.90, "2": 0.67, "exec": 0.80},
           {"measure": "(d) nested", "all": 0.76, "1": 0.80, "2": 0.75, "exec": 0.70}]
    assert tc.group_losses(tab, "(b) nested") == {}  # exec loses .20 but has 50 events
    assert tc.group_losses(tab, "(c) nested") == pytest.approx({"2": -0.03})
    assert tc.group_losses(tab, "(d) nested") == {}


def _results(per_report: dict[str, tuple[int, int, int]]) -> tuple[list[bool], list[bool], list[str]]:
    """Per-event results from {report: (events, candidate right, base right)}, paired events."""
    right, base, reports = [], [], []
    for doc, (n, c, b) in per_report.items():
        right += [i < c for i in range(n)]
        base += [i < b for i in range(n)]
        reports += [doc] * n
    return right, base, reports


def test_a_gain_in_every_report_passes_the_bootstrap():
    right, base, reports = _results({f"r{i}": (50, 40 + i % 3, 38) for i in range(12)})
    gains = tc.bootstrap_gain(right, base, reports)
    assert len(gains) == tc.BOOT_DRAWS and np.percentile(gains, 2.5) > 0
    assert np.array_equal(gains, tc.bootstrap_gain(right, base, reports))  # deterministic with the seed
    assert not np.array_equal(gains, tc.bootstrap_gain(right, base, reports, seed=1))


def test_one_large_loss_in_one_of_few_reports_fails_the_bound():
    """Pooled, the candidate gains (+.01), but one of five reports loses .15: drawn twice, it
    turns the gain negative, so the lower bound is not above 0."""
    right, base, reports = _results({"r1": (100, 85, 80), "r2": (100, 85, 80), "r3": (100, 85, 80),
                                     "r4": (100, 85, 80), "r5": (100, 65, 80)})
    assert (sum(right) - sum(base)) / len(right) == pytest.approx(0.01)
    gains = tc.bootstrap_gain(right, base, reports)
    assert np.percentile(gains, 2.5) < 0 < np.percentile(gains, 50)


def test_the_fresh_reports_gain_is_pooled_over_their_events():
    right, base, reports = _results({"a": (10, 9, 8), "b": (30, 20, 22), "c": (10, 10, 10)})
    assert tc.pooled_gain(right, base, reports, ["a", "b"]) == (pytest.approx(-1 / 40), 40)
    assert tc.pooled_gain(right, base, reports, ["z"]) == (None, 0)
    v = tc.Verdict(0.01, {2.5: 0.001, 50.0: 0.01, 97.5: 0.02}, {}, -0.025, 40)
    assert not v.ships and "fresh reports -0.025 on 40 events" in v.why()
    assert tc.Verdict(0.01, {2.5: 0.001, 50.0: 0.01, 97.5: 0.02}, {}, 0.0, 40).ships
    assert not tc.Verdict(0.01, {2.5: 0.0, 50.0: 0.01, 97.5: 0.02}, {}, 0.0, 40).ships  # above 0, strictly
    assert not tc.Verdict(0.01, {2.5: 0.001, 50.0: 0.01, 97.5: 0.02}, {"2": -0.03}, 0.0, 40).ships


def test_inner_groups_take_every_kth_report():
    docs = ["e", "a", "d", "c", "b", "f"]
    assert tc.inner_groups(docs, 4) == [frozenset("ae"), frozenset("bf"), frozenset("c"), frozenset("d")]
    assert tc.inner_groups(docs, None) == [frozenset(d) for d in "abcdef"]
    assert tc.inner_groups(["a", "b"], 4) == [frozenset("a"), frozenset("b")]


def test_the_estimate_with_inner_groups_chooses_inside_each_fold(monkeypatch):
    monkeypatch.setattr(typer_nested, "CONFIGS", ((1.0, None),))
    data = _reports()
    for doc in ("fr5", "fr6"):
        data += [_event(doc, "detention_or_arrest", "other", ["w=abduct"], first="detention_or_arrest")
                 for _ in range(3)]
    h = tc.nested(data, "first_run", inner=2)
    assert set(h.chosen) == {f"fr{i}" for i in range(1, 7)} and h.final is not None
    assert sum(p == e.gold_type for p, e in zip(h.predicted, tc.held_out(data))) == len(h.predicted)


def test_train_typer_ships_a_candidate_only_under_the_rule(monkeypatch, tmp_path, capsys):
    from rightsledger.cli import training
    from rightsledger.extract.events.learned import typemodel
    monkeypatch.setattr(typer_nested, "CONFIGS", ((1.0, None), (1.0, 4.0)))  # keys with and without a vector
    out = tmp_path / "event_types.json"
    monkeypatch.setattr(typemodel, "MODEL_FILE", out)
    rows = [{"doc": d, "commit": "abc1234"} for d in ("fr1", "fr2", "fr3", "fr4")]
    training._train_typer_first_runs(_reports(), rows, [], None, force=False)
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["candidate"] == "first_run" and model["first_runs"]["fr4"] == "abc1234"
    assert model["cv_first_runs"]["first-run rules"]["all"] == 0.5
    assert "(first_run) passes: +0.500 overall" in capsys.readouterr().err
    out.unlink()
    same = [e for e in _reports() if e.gold_type == "detention_or_arrest" or e.doc.startswith("dev")]
    training._train_typer_first_runs(same, rows, [], None, force=False)  # the rules are right: nothing to gain
    assert not out.exists()


def test_first_run_folders_given_on_the_command_line_are_read_like_recorded_ones(tmp_path):
    gold_path, pred_dir = _first_run(tmp_path)
    rows = frt.rows_from_dirs([pred_dir], [gold_path])
    assert rows and {r["commit"] for r in rows} == {"dir"}
    assert frt.first_types(rows, gold_path) == frt.first_types(
        frt.rows_from_predictions(pred_dir, "abc1234", [gold_path]), gold_path)


@pytest.mark.model
def test_a_reports_typer_features_are_read_back_from_the_cache(monkeypatch, tmp_path):
    from rightsledger.analysis.training import train as tr
    from rightsledger.run import pipeline

    from .conftest import ROOT

    gold = ROOT / "examples" / "gold" / "veridia-2023.jsonl"
    first = tr.typed_events([gold], cache=tmp_path)
    assert first and all(e.gold is not None for e in first) and len(list(tmp_path.glob("*.pkl"))) == 1

    def no_pipeline(*a, **k):
        raise AssertionError("the pipeline ran again")

    monkeypatch.setattr(pipeline, "process", no_pipeline)
    again = tr.typed_events([gold], cache=tmp_path)
    assert [(e.gold, e.features, e.gold_type) for e in again] == [(e.gold, e.features, e.gold_type) for e in first]


def test_the_fresh_reports_are_the_first_runs_no_earlier_typer_held_out():
    """Rule 4: the fresh reports are every first-run report no typer estimate held out so far
    (t-typer7's 32, t-typer8's 9, t-typer10's 6); a dev report recorded later is fresh without a
    code change."""
    assert {"2019_moldova", "2019_lithuania", "2022_barbados"} <= set(tc.EARLIER_HELD_OUT)
    # t-typer10's refit (47 first-run reports) shipped: its six fresh reports are no longer fresh
    assert {"2002_eritrea", "2018_bulgaria", "2019_belize", "2021_samoa", "2022_botswana",
            "2023_slovenia"} <= set(tc.EARLIER_HELD_OUT)
    rows = [{"doc": "2019_moldova"}, {"doc": "2031_veridia"}, {"doc": "2031_veridia"}, {"doc": "2030_kestria"}]
    assert tc.fresh_reports(rows) == ("2030_kestria", "2031_veridia")
    assert not set(tc.fresh_reports()) & set(tc.EARLIER_HELD_OUT)


def test_the_guard_keeps_the_first_run_type_where_a_settled_convention_decides(monkeypatch):
    """The guard G (t-typer8) simulated on the nested estimate: on the held-out events whose
    first-run rules' type and trigger are a settled convention's, the first-run type stands."""
    monkeypatch.setattr(typer_nested, "CONFIGS", ((1.0, None),))
    data = _reports()
    h = tc.nested(data, "first_run")
    assert all(p == e.gold_type for p, e in zip(h.predicted, tc.held_out(data)))
    monkeypatch.setattr(typer_guard, "guard", lambda: frozenset({"rule_trig=detention_or_arrest:hold"}))
    g = tc.with_guard(data, h)
    assert g.candidate == "first_run+guard" and g.final == h.final
    assert g.predicted == [e.first_type for e in tc.held_out(data)]
    monkeypatch.setattr(typer_guard, "guard", lambda: frozenset({"rule_trig=other:hold"}))
    assert tc.with_guard(data, h).predicted == h.predicted  # the first-run type is not "other"


def test_condition_5_the_gain_over_todays_rules_must_be_above_0():
    """(5) of 2026-12-14 (t-typer19): a typer that beats the first-run rules but not today's does not ship."""
    first = {2.5: 0.02, 50.0: 0.03, 97.5: 0.04}
    v = tc.Verdict(0.03, first, {}, None, 0, {2.5: -0.01, 50.0: 0.002, 97.5: 0.01})
    assert not v.ships and "over today's rules +0.002 (2.5th -0.010, must be above 0)" in v.why()
    assert tc.Verdict(0.03, first, {}, None, 0, {2.5: 0.001, 50.0: 0.01, 97.5: 0.02}).ships
    assert tc.Verdict(0.03, first, {}, None, 0).ships  # not measured: (1)-(3) alone


def test_condition_6_the_threshold_shipped_is_the_folds_majority():
    """(6) of 2026-12-14 (t-typer19): the threshold most outer folds chose, not the fit over all reports'."""
    key = lambda t: ("ambiguous_confident", t, 3.0, None, "2")  # noqa: E731
    h = tc.Honest("first_run", [], {"a": key(0.6), "b": key(0.6), "c": key(0.7), "d": key(0.5)}, key(0.5))
    assert tc.folds_threshold(h, 0.5) == 0.6
    h.chosen = {"a": key(0.6), "b": key(0.7)}
    assert tc.folds_threshold(h, 0.5) == 0.7  # a tie: the higher threshold overrides the rules less
    h.chosen = {}
    assert tc.folds_threshold(h, 0.5) == 0.5
