"""Round 5 of the confidence model (t-calib4): fitted on the first runs of the newest commits only."""
from __future__ import annotations

import random

from rightsledger.analysis.training import first_run_fit as frf
from rightsledger.analysis.training import first_runs as fr
from rightsledger.extract import confidence as conf

ORDER = ("c-old", "c-mid", "c-new")


def _rows(commit: str, doc: str, rate: float, n: int = 200, seed: int = 0) -> list[dict]:
    """Fictional first-run rows of one report: events with a day-precise date, right ``rate`` of the time."""
    rnd = random.Random(f"{seed}-{doc}")
    return [{"doc": doc, "commit": commit, "kind": "event", "features": ["bias", "precision=day"],
             "right": rnd.random() < rate} for _ in range(n)]


def test_the_newest_commits_are_kept_in_the_order_given():
    rows = [r for c, d in (("c-mid", "fictional-b"), ("c-old", "fictional-a"), ("c-new", "fictional-c"))
            for r in _rows(c, d, 0.8, 3)]
    assert {r["commit"] for r in fr.newest_runs(rows, 2, ORDER)} == {"c-mid", "c-new"}
    assert {r["doc"] for r in fr.newest_runs(rows, 1, ORDER)} == {"fictional-c"}
    assert len(fr.newest_runs(rows, 5, ORDER)) == len(rows)  # more commits asked than there are: all
    assert fr.newest_runs(rows, 0, ORDER) == []


def test_a_commit_not_in_the_order_is_the_newest():
    rows = _rows("c-old", "fictional-a", 0.8, 3) + _rows("c-unlisted", "fictional-d", 0.8, 3)
    assert {r["commit"] for r in fr.newest_runs(rows, 1, ORDER)} == {"c-unlisted"}


def test_every_recorded_first_run_commit_is_in_the_order():
    commits = {r["commit"] for r in fr.load_rows()}
    assert commits <= set(fr.COMMIT_ORDER)
    assert len(set(fr.COMMIT_ORDER)) == len(fr.COMMIT_ORDER)


def test_a_fit_on_the_newest_runs_follows_the_newest_rules():
    # early rules: right 60 times in 100; the newest: 90 in 100 on the same kind of record
    rows = [r for i in range(3) for r in _rows("c-old", f"fictional-old-{i}", 0.6)]
    rows += [r for i in range(3) for r in _rows("c-new", f"fictional-new-{i}", 0.9)]
    feats = ("bias", "precision=day")
    pooled = frf.FirstRunFit(fr.labelled(rows)).model()
    newest = frf.FirstRunFit(fr.labelled(fr.newest_runs(rows, 1, ORDER))).model()
    assert newest["_reports"] == ["fictional-new-0", "fictional-new-1", "fictional-new-2"]
    assert abs(conf.calibrated(newest["event"], feats) - 0.9) < 0.03
    assert conf.calibrated(pooled["event"], feats) < 0.8
