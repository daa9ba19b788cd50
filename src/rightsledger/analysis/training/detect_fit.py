"""The event detector judged on first-run reports: nested estimate, paired bootstrap, ship rule.

Rows come from :mod:`.detect_rows`. One L2-regularised logistic model per row kind
(:class:`.logistic.Design`, L2 :data:`L2`, categories seen in fewer than :data:`MIN_COUNT`
training rows dropped). A candidate (:data:`CANDIDATES`) changes a first-run export: D drops the
first-run events whose ``drop`` probability is below t_d, A adds an event on each sentence whose
``add`` probability is at or above t_a, DA both (t in :data:`THRESHOLDS`).

The estimate (the lead's rule of 2026-12-11, docs/rounds/2026-12-11-07-t-detect2.md): leave one
first-run report out; inside each outer fold the candidate and thresholds are chosen by pooled
event F1 over :data:`INNER_GROUPS` inner groups of the fold's reports (:func:`.typer_nested.inner_groups`),
then both models are fitted on the whole fold and applied to the held-out report. The verdict: a
paired bootstrap over reports of the pooled F1 gain (:func:`bootstrap_f1_gain`), no section group of
:data:`MIN_GROUP_N` gold events losing more than :data:`MAX_LOSS`, and the reports t-detect1 did not
use (:data:`DETECT1_REPORTS`) not losing.

Round t-detect3 (the amended rule, docs/EVALUATION.md "The event detector"): the reference may be
today's exports (:func:`.detect_rows.reference_rows`), the typed candidates AT and DAT add only
events whose pipeline type is not ``other`` with a typer probability of at least t_type
(:data:`TYPE_THRESHOLDS`), the choice inside the folds is made by pooled typed-event F1
(``measure="typed"``), and the verdict is read on both event F1 and typed-event F1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from .detect_rows import Report, Row, changed_export, typed_counts
from .logistic import Design, sigmoid, one_blas_thread
from .typer_nested import inner_groups

L2, MIN_COUNT = 1.0, 3
CANDIDATES = ("D", "A", "DA")
TYPED_CANDIDATES = ("AT", "DAT")
THRESHOLDS = (0.30, 0.35, 0.40, 0.45, 0.50)
TYPE_THRESHOLDS = (0.50, 0.60, 0.70)
INNER_GROUPS = 4
MAX_LOSS, MIN_GROUP_N = 0.02, 100
BOOT_DRAWS, BOOT_SEED = 10_000, 20261211
#: t-detect1's 17 first-run reports (docs/rounds/2026-12-09-16-t-detect1.md).
DETECT1_REPORTS = frozenset({
    "2001_somalia", "2014_drc", "2017_bhutan", "2017_tunisia", "2018_guyana", "2018_mauritius", "2019_ecuador",
    "2019_suriname", "2020_fiji", "2022_panama", "2023_comoros", "2024_jordan", "2024_montenegro",
    "2021_costa-rica", "2019_qatar", "2024_thailand", "2017_azerbaijan"})

Counts = tuple[int, int, int]
Choice = tuple[str, float, float, float]  # candidate, t_d, t_a, t_type (0: no type gate)


def fit(rows: list[Row], l2: float = L2) -> dict[str, float]:
    """Weights of one row kind's model fitted on ``rows`` (features of fewer than
    :data:`MIN_COUNT` rows dropped)."""
    seen: dict[str, int] = {}
    for r in rows:
        for f in set(r.feats):
            seen[f] = seen.get(f, 0) + 1
    vocab = sorted(f for f, n in seen.items() if n >= MIN_COUNT or f == "bias")
    d = Design([r.feats for r in rows], [r.label for r in rows], vocab=vocab)
    w = d.fit(l2)
    return {f: float(w[i]) for f, i in d.index.items()}


def probability(weights: dict[str, float], feats: Iterable[str]) -> float:
    return float(sigmoid(np.asarray(sum(weights.get(f, 0.0) for f in set(feats)))))


def _fast_match(pred: list[dict[str, Any]], gold: list[dict[str, Any]], typed: bool = False) -> Counts:
    """The evaluator's greedy event match (same date, overlapping evidence, first free gold in
    order), indexed by date: TP, FP, FN (``typed``: :func:`.detect_rows.typed_counts`)."""
    by_date: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_date.setdefault(g["date"], []).append(i)
    used: set[int] = set()
    tp = right = 0
    for p in pred:
        a, b = p["evidence"]["start"], p["evidence"]["end"]
        for i in by_date.get(p["date"], ()):
            ge = gold[i]["evidence"]
            if i not in used and a < ge["end"] and ge["start"] < b:
                used.add(i)
                tp += 1
                right += typed and p["type"] == gold[i].get("type")  # pickles before t-detect3: no gold type
                break
    if typed:
        return typed_counts(tp, len(pred) - tp, len(gold) - tp, right)
    return tp, len(pred) - tp, len(gold) - tp


def f1(c: Counts) -> float:
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _add(a: Counts, b: Counts) -> Counts:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def choices(typed: bool = False) -> list[Choice]:
    """Every (candidate, t_d, t_a, t_type), in tie-break order: D, A, DA, thresholds nearest .50
    first (an unused threshold is 0 for t_d, 1.01 for t_a, 0 for t_type: nothing dropped, nothing
    added, no type gate). ``typed`` (round t-detect3): A, then AT, before DA, then DAT, each typed
    one after its untyped twin's order, the highest t_type (fewest events added) first."""
    near = sorted(THRESHOLDS, key=lambda t: (abs(t - 0.5), -t))
    da = sorted((("DA", d, a, 0.0) for d in near for a in near),
                key=lambda c: (abs(c[1] - 0.5) + abs(c[2] - 0.5), near.index(c[1]), near.index(c[2])))
    out: list[Choice] = [("D", t, 1.01, 0.0) for t in near] + [("A", 0.0, t, 0.0) for t in near]
    if not typed:
        return out + da
    tts = sorted(TYPE_THRESHOLDS, reverse=True)
    out += [("AT", 0.0, t, tt) for t in near for tt in tts] + da
    return out + [("DAT", d, a, tt) for _, d, a, _ in da for tt in tts]


@dataclass
class Decided:
    """One report's rows with their held-out probabilities."""
    rep: Report
    drop: list[tuple[int, float]]  # (first-run index, p)
    add: list[tuple[int, float]]  # (sentence index, p)

    def export(self, c: Choice) -> list[dict[str, Any]]:
        cand, td, ta, tt = c
        drop = [i for i, p in self.drop if p < td] if "D" in cand else []
        add = [j for j, p in self.add if p >= ta] if "A" in cand else []
        if cand.endswith("T"):  # the typed gate (extract/events/learned/detector.py, typed_ok)
            add = [j for j in add if self.rep.sents[j].atype != "other" and self.rep.sents[j].aprob >= tt]
        return changed_export(self.rep, drop, add)


def decide(rep: Report, rows: list[Row], wd: dict[str, float], wa: dict[str, float]) -> Decided:
    return Decided(rep, [(r.index, probability(wd, r.feats)) for r in rows if r.kind == "drop"],
                   [(r.index, probability(wa, r.feats)) for r in rows if r.kind == "add"])


class Folds:
    """Fits and held-out decisions over the first-run reports; fits memoised by the reports used."""

    def __init__(self, reports: dict[str, Report], rows: dict[str, list[Row]], l2: float = L2,
                 measure: str = "event", typed_candidates: bool = False):
        self.reports, self.rows, self.l2 = reports, rows, l2
        self.measure, self.typed_candidates = measure, typed_candidates
        self.memo: dict[frozenset[str], tuple[dict[str, float], dict[str, float]]] = {}

    def models(self, train: frozenset[str]) -> tuple[dict[str, float], dict[str, float]]:
        if train not in self.memo:
            rs = [r for d in sorted(train) for r in self.rows[d]]
            self.memo[train] = (fit([r for r in rs if r.kind == "drop"], self.l2),
                                fit([r for r in rs if r.kind == "add"], self.l2))
        return self.memo[train]

    def decided(self, train: frozenset[str], doc: str) -> Decided:
        wd, wa = self.models(train)
        return decide(self.reports[doc], self.rows[doc], wd, wa)

    def choose(self, docs: list[str]) -> tuple[Choice, dict[Choice, float]]:
        """The (candidate, thresholds) of the best pooled inner F1 (``measure``: event, or typed
        event) over :data:`INNER_GROUPS` groups of ``docs`` (each group's reports decided by
        models fitted on the rest)."""
        cs = choices(self.typed_candidates)
        pooled = {c: (0, 0, 0) for c in cs}
        for group in inner_groups(docs, INNER_GROUPS):
            train = frozenset(docs) - group
            for d in sorted(group):
                dec = self.decided(train, d)
                for c in pooled:
                    pooled[c] = _add(pooled[c], _fast_match(dec.export(c), dec.rep.gold, self.measure == "typed"))
        scores = {c: f1(v) for c, v in pooled.items()}
        best = max(scores.values())
        return next(c for c in cs if scores[c] >= best - 1e-12), scores


@dataclass
class Estimate:
    """The nested estimate: per held-out report its decisions and the choice made without it."""
    decided: dict[str, Decided] = field(default_factory=dict)
    chosen: dict[str, Choice] = field(default_factory=dict)
    final: Choice | None = None

    def counts(self, doc: str, system: str, typed: bool = False) -> dict[str, Counts]:
        """Per group (and ``all``) TP/FP/FN of the report under ``system``: "base" (the first run
        unchanged) or "nested" (the choice made without the report); ``typed``: the counts of
        typed-event F1."""
        from .detect_rows import counts

        dec = self.decided[doc]
        if system == "base":
            return counts(dec.rep, dec.rep.first, typed)
        return counts(dec.rep, dec.export(self.chosen[doc]), typed)


def nested(reports: dict[str, Report], rows: dict[str, list[Row]], final: bool = True, l2: float = L2,
           progress: Any = None, measure: str = "event", typed_candidates: bool = False) -> Estimate:
    """Leave-one-report-out with the choice made inside each fold (see the module's docstring)."""
    folds = Folds(reports, rows, l2, measure, typed_candidates)
    docs = sorted(reports)
    est = Estimate()
    for r in docs:
        train = [d for d in docs if d != r]
        c, _ = folds.choose(train)
        est.chosen[r] = c
        est.decided[r] = folds.decided(frozenset(train), r)
        if progress:
            progress(r, c)
    if final:
        est.final, _ = folds.choose(docs)
    return est


def pooled(est: Estimate, system: str, docs: Iterable[str] | None = None, typed: bool = False
           ) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for d in sorted(docs if docs is not None else est.decided):
        for g, c in est.counts(d, system, typed).items():
            out[g] = _add(out.get(g, (0, 0, 0)), c)
    return out


def pooled_counts(decided: dict[str, Decided], choice: Choice | None, typed: bool = False) -> Counts:
    """TP/FP/FN pooled over ``decided`` reports under ``choice`` (None: the reference unchanged)."""
    out: Counts = (0, 0, 0)
    for dec in decided.values():
        out = _add(out, _fast_match(dec.rep.first if choice is None else dec.export(choice), dec.rep.gold, typed))
    return out


def bootstrap_f1_gain(new: dict[str, Counts], base: dict[str, Counts], draws: int = BOOT_DRAWS,
                      seed: int = BOOT_SEED) -> np.ndarray:
    """The paired bootstrap over reports: reports drawn with replacement
    (``numpy.random.default_rng(seed)``), the drawn reports' TP/FP/FN pooled for both systems, the
    F1 gain; sorted gains. Reports, not events, are drawn (:func:`.typer_ship.bootstrap_gain`'s
    reason: events of one report share its wording and annotator)."""
    docs = sorted(new)
    n = np.array([new[d] for d in docs], dtype=float)
    b = np.array([base[d] for d in docs], dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(docs), size=(draws, len(docs)))
    sn, sb = n[idx].sum(axis=1), b[idx].sum(axis=1)

    def f(s: np.ndarray) -> np.ndarray:
        den = 2 * s[:, 0] + s[:, 1] + s[:, 2]
        return np.where(den > 0, 2 * s[:, 0] / np.maximum(den, 1), 0.0)

    return np.sort(f(sn) - f(sb))


@dataclass
class Verdict:
    gain: float
    percentiles: dict[float, float]
    losses: dict[str, float]
    fresh: float
    fresh_n: int

    @property
    def ships(self) -> bool:
        return self.percentiles[2.5] > 0 and not self.losses and self.fresh >= 0

    def why(self) -> str:
        p = self.percentiles
        out = (f"{self.gain:+.4f} overall; bootstrap {p[2.5]:+.4f} / {p[50.0]:+.4f} / {p[97.5]:+.4f} "
               f"(2.5/50/97.5; the 2.5th must be > 0); fresh {self.fresh_n} reports {self.fresh:+.4f} (>= 0)")
        if self.losses:
            out += "; loses " + ", ".join(f"{g} {d:+.4f}" for g, d in self.losses.items())
        return out


def verdict(est: Estimate, system: str = "nested", typed: bool = False) -> Verdict:
    """Conditions (1)-(3) of the rule on event F1, or (``typed``) on typed-event F1."""
    docs = sorted(est.decided)
    new = {d: est.counts(d, system, typed)["all"] for d in docs}
    base = {d: est.counts(d, "base", typed)["all"] for d in docs}
    gains = bootstrap_f1_gain(new, base)
    pct = {q: float(np.percentile(gains, q)) for q in (2.5, 50.0, 97.5)}
    pn, pb = pooled(est, system, typed=typed), pooled(est, "base", typed=typed)
    losses = {g: f1(pn[g]) - f1(pb[g]) for g in pb if g != "all" and pb[g][0] + pb[g][2] >= MIN_GROUP_N
              and f1(pn[g]) - f1(pb[g]) < -MAX_LOSS}
    fresh = [d for d in docs if d not in DETECT1_REPORTS]
    fn, fb = pooled(est, system, fresh, typed)["all"], pooled(est, "base", fresh, typed)["all"]
    return Verdict(f1(pn["all"]) - f1(pb["all"]), pct, losses, f1(fn) - f1(fb), len(fresh))


def fit_final(reports: dict[str, Report], rows: dict[str, list[Row]], commits: dict[str, str],
              measure: str = "event", typed_candidates: bool = False) -> dict[str, Any]:
    """The detector as ``extract/data/event_detector.json`` holds it: the candidate and thresholds
    the inner procedure chooses over every first-run report, both models fitted on all their rows."""
    folds = Folds(reports, rows, L2, measure, typed_candidates)
    choice, scores = folds.choose(sorted(reports))
    cand, td, ta, tt = choice
    wd, wa = folds.models(frozenset(reports))
    rnd = lambda w: {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) > 1e-4}  # noqa: E731
    return {"_comment": "fitted by `rightsledger train --model detector` on the first runs of dev reports "
                        "(analysis/training/detect_rows.py, analysis/training/detect_fit.py; docs/rounds/2026-12-11-07-t-detect2.md, "
                        "docs/rounds/2026-12-13-04-t-detect3.md)",
            "candidate": cand, "t_drop": td, "t_add": ta, "t_type": tt, "l2": L2, "min_count": MIN_COUNT,
            "measure": measure, "inner_f1": round(scores[choice], 4), "first_runs": dict(sorted(commits.items())),
            "drop": rnd(wd), "add": rnd(wa)}


def write(model: dict[str, Any], out: Path | None = None) -> Path:
    import json

    from ...extract.events.learned import detector

    out = out or detector.MODEL_FILE
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, indent=0, separators=(",", ":")) + "\n", encoding="utf-8")
    detector.load_detector.cache_clear()
    return out


def load(cache: Path, gold_dir: Path, reference: Path | None = None
         ) -> tuple[dict[str, Report], dict[str, list[Row]], dict[str, str]]:
    """The first-run reports, their rows and each one's reference. Without ``reference``: the
    reports with first-run typings (``first_run_types.jsonl``, t-detect2). With it (an exports
    folder, today's rules' output; round t-detect3): every report with a recorded first run, its
    events read from the folder, parsed with the added events' types (``cache``/typed)."""
    from .detect_rows import cached_report, dev_gold, first_run_docs, load_first_rows, reference_rows
    from .detect_rows import rows as make_rows

    if reference is None:
        first = load_first_rows()
        reports = {p.stem: cached_report(p, first, cache) for p in dev_gold({r["doc"] for r in first}, gold_dir)}
        commits = {r["doc"]: r["commit"] for r in first if r["doc"] in reports}
    else:
        gold = dev_gold(first_run_docs(), gold_dir)
        first = reference_rows(reference, gold)
        reports = {p.stem: cached_report(p, first, cache / "typed", typed=True) for p in gold}
        commits = {d: f"reference:{reference.name}" for d in reports}
    return reports, {d: make_rows(rep) for d, rep in reports.items()}, commits


def train_detector(cache: Path, gold_dir: Path | None = None, out: Path | None = None,
                   reference: Path | None = None) -> tuple[dict[str, Any], Path]:
    """``rightsledger train --model detector``: the first-run reports' rows (each report parsed once
    into ``cache``, outside the repository), :func:`fit_final`, written to ``out``. Dev gold only.
    With ``reference`` (today's exports), the amended rule's procedure: typed candidates, chosen by
    typed-event F1. Whether it ships is the nested estimate's verdict (``scripts/detect_cv.py``),
    not this fit's."""
    from ..evaluation import evaluate as ev

    gold_dir = gold_dir or next(d for d in ev.GOLD_DIRS if d.name == "shared")
    reports, rows, commits = load(cache, gold_dir, reference)
    typed = reference is not None
    with one_blas_thread():
        model = fit_final(reports, rows, commits, "typed" if typed else "event", typed)
    return model, write(model, out)
