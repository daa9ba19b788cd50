"""The event typer judged on first-run typings (``rightsledger train --model typer``).

On the dev reports the rules' type was written on them, so leave-one-report-out CV on today's
dev output says how a model does when the rules are as right as on text they were written on
(the last three refits gained about .01 there and lost on test). The first runs of dev reports
(:mod:`.first_run_types`) say what the rules do on unseen text. Here:

* the held-out events are the gold events of the first-run reports that both the first run and
  today's pipeline match; their rules' type is the FIRST-RUN type, in the features and in the
  policy;
* candidate ``first_run``: the features that carry the rules' type (:data:`RULE_PREFIXES`) carry
  the first-run type on the first-run reports' events, and are left out of every other dev event
  (their rules' type was written on them); candidate ``no_rules``: those features are left out
  everywhere (text, parse, headings, the sentence's vector). Both leave out the types today's
  trigger table gives the sentence's other triggers (:data:`TABLE_PREFIXES`);
* the estimate is leave-one-first-run-report-out, the model fitted on every other dev report, its
  policy, L2 and vector weight chosen inside the training fold by the same leave-one-first-run-
  report-out over the fold's first-run reports (nested), the simplest near-best by
  :data:`.train.CV_TIE`; fits are shared between folds that leave out the same reports;
* the ship rule (:func:`passes`, docs/rounds/2026-12-07-06-t-typer5.md): the estimate beats the
  first-run rules on the same events by :data:`MIN_GAIN` overall and loses more than
  :data:`MAX_LOSS` in no section group of :data:`MIN_GROUP_N` held-out events or more.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from . import first_run_types as frt
from . import train as tr

VERSION = "2"
RULE_PREFIXES = ("rule=", "rule_group=", "rule_trig=")
TABLE_PREFIXES = ("st=",)
CANDIDATES = ("first_run", "no_rules")
#: (L2, vector weight) fitted in every fold (the policies need no fit of their own): the shipped
#: typer's L2, with and without the sentence's vector (two fits per set of left-out reports; a fit
#: takes seconds, and the nested estimate needs 78 sets of left-out reports for 12 first runs).
CONFIGS: tuple[tuple[float, float | None], ...] = tuple((3.0, sc) for sc in tr.DENSE_SCALES)
MIN_GAIN, MAX_LOSS, MIN_GROUP_N = 0.02, 0.02, 100


def attach_first_types(events: list[tr.TypedEvent], rows: list[dict[str, Any]], gold_paths: Iterable[Path]
                       ) -> list[tr.TypedEvent]:
    """``events`` with ``first_type`` set where a first-run row of the report matches the same
    gold event (:func:`.first_run_types.first_types`)."""
    by_doc = {p.stem: frt.first_types(rows, p) for p in gold_paths}
    for e in events:
        e.first_type = by_doc.get(e.doc, {}).get(e.gold) if e.gold else None
    return events


def retyped(feats: list[str], rule_type: str) -> list[str]:
    """``feats`` with the rules' type in :data:`RULE_PREFIXES` features replaced by ``rule_type``."""
    out = []
    for f in feats:
        if f.startswith("rule="):
            f = f"rule={rule_type}"
        elif f.startswith(("rule_group=", "rule_trig=")):
            name, value = f.split("=", 1)
            f = f"{name}={rule_type}:{value.split(':', 1)[1]}"
        out.append(f)
    return out


def features(e: tr.TypedEvent, candidate: str) -> list[str]:
    """The features ``candidate`` gives event ``e`` (see the module's docstring)."""
    base = [f for f in e.features[VERSION] if not f.startswith(TABLE_PREFIXES)]
    if candidate == "first_run" and e.first_type is not None:
        return retyped(base, e.first_type)
    return [f for f in base if not f.startswith(RULE_PREFIXES)]


Key = tuple[str, "float | None", float, "float | None", str]


@dataclass
class Honest:
    """The nested estimate of one candidate: per held-out event (in ``events`` order) the type it
    gave, the configuration chosen in each outer fold, and the one chosen over every first-run
    report (what would ship)."""
    candidate: str
    predicted: list[str]
    chosen: dict[str, Key] = field(default_factory=dict)
    final: Key | None = None
    final_cv: dict[str, float] = field(default_factory=dict)


class _Fits:
    """Fits of one candidate, shared by every fold that leaves out the same reports."""

    def __init__(self, data: list[tr.TypedEvent], candidate: str):
        self.data, self.candidate, self.memo = data, candidate, {}
        self.feats = [features(e, candidate) for e in data]

    def model(self, left_out: frozenset[str], l2: float, scale: float | None) -> dict[str, Any]:
        key = (left_out, l2, scale)
        if key not in self.memo:
            idx = [i for i, e in enumerate(self.data) if e.doc not in left_out]
            dense = None if scale is None else np.stack([self.data[i].vec for i in idx]) * scale
            fit = tr.fit_softmax([self.feats[i] for i in idx], [self.data[i].gold_type for i in idx],
                                 l2=l2, dense=dense)
            self.memo[key] = tr._model(fit, "model", None, scale, VERSION)
        return self.memo[key]

    def held(self, doc: str) -> list[int]:
        return [i for i, e in enumerate(self.data) if e.doc == doc and e.first_type is not None]

    def scores(self, left_out: frozenset[str], doc: str) -> dict[Key, list[bool]]:
        """For the first-run report ``doc`` (in ``left_out``), right or wrong per held-out event of
        every (policy, threshold, l2, scale) fitted without ``left_out``."""
        from ..extract.events.typemodel import combine, probabilities

        out: dict[Key, list[bool]] = {}
        held = self.held(doc)
        for l2, scale in CONFIGS:
            m = self.model(left_out, l2, scale)
            for i in held:
                e, p = self.data[i], probabilities(m, self.feats[i], self.data[i].vec)
                for policy, thr in tr.POLICIES:
                    out.setdefault((policy, thr, l2, scale, VERSION), []).append(
                        combine(policy, thr, e.first_type, self.feats[i], p) == e.gold_type)
        return out

    def choose(self, docs: list[str], outer: frozenset[str] = frozenset()) -> tuple[Key, dict[str, float]]:
        """Leave-one-of-``docs``-out (each fit also without ``outer``): the simplest near-best key
        and its accuracy, all and per section group."""
        pooled: dict[Key, list[bool]] = {}
        groups: list[str] = []
        for d in docs:
            for k, ok in self.scores(outer | {d}, d).items():
                pooled.setdefault(k, []).extend(ok)
            groups += [self.data[i].group for i in self.held(d)]
        key, _ = tr._choose({k: sum(v) / len(v) for k, v in pooled.items()})
        return key, _by_group(pooled[key], groups)

    def predict(self, key: Key, left_out: frozenset[str], doc: str) -> list[str]:
        from ..extract.events.typemodel import combine, probabilities

        policy, thr, l2, scale, _ = key
        m = self.model(left_out, l2, scale)
        return [combine(policy, thr, self.data[i].first_type, self.feats[i],
                        probabilities(m, self.feats[i], self.data[i].vec)) for i in self.held(doc)]


def _by_group(right: list[bool], groups: list[str]) -> dict[str, float]:
    out = {"all": sum(right) / len(right) if right else 0.0}
    for g in sorted(set(groups)):
        sel = [r for r, x in zip(right, groups) if x == g]
        out[g] = sum(sel) / len(sel)
    return out


def first_run_docs(data: list[tr.TypedEvent]) -> list[str]:
    return sorted({e.doc for e in data if e.first_type is not None})


def held_out(data: list[tr.TypedEvent]) -> list[tr.TypedEvent]:
    """The held-out events, in the order :func:`nested` reports them (by report)."""
    return [e for d in first_run_docs(data) for e in data if e.doc == d and e.first_type is not None]


def nested(data: list[tr.TypedEvent], candidate: str) -> Honest:
    """Leave-one-first-run-report-out estimate of ``candidate`` with its configuration chosen inside
    each training fold; ``final``: the configuration chosen over all the first-run reports."""
    fits = _Fits(data, candidate)
    docs = first_run_docs(data)
    out = Honest(candidate, [])
    for r in docs:
        key, _ = fits.choose([d for d in docs if d != r], frozenset({r}))
        out.chosen[r] = key
        out.predicted += fits.predict(key, frozenset({r}), r)
    out.final, out.final_cv = fits.choose(docs)
    return out


def table(data: list[tr.TypedEvent], honest: list[Honest], shipped: dict[str, Any] | None = None
          ) -> list[dict[str, Any]]:
    """Accuracy over the held-out events, all and per section group, with n: first-run rules, today's
    rules (for reference: written on these reports), the shipped typer given the first-run type,
    and each candidate's nested estimate."""
    from ..extract.events.typemodel import decide

    held = held_out(data)
    gold = [e.gold_type for e in held]
    rows = {"first-run rules": [e.first_type for e in held],
            "today's rules (written on these reports)": [e.rule_type for e in held]}
    if shipped:
        v = str(shipped.get("feature_version", "1"))
        rows["shipped typer, first-run type"] = [
            decide(shipped, e.first_type, retyped(e.features[v], e.first_type), e.vec) for e in held]
    rows.update({f"({h.candidate}) nested": h.predicted for h in honest})
    groups = [e.group for e in held]
    out = [{"measure": "n", "all": len(held), **{g: groups.count(g) for g in sorted(set(groups))}}]
    for name, pred in rows.items():
        out.append({"measure": name, **_by_group([p == g for p, g in zip(pred, gold)], groups)})
    return out


def passes(tab: list[dict[str, Any]], measure: str) -> tuple[bool, str]:
    """The ship rule for the row ``measure`` of :func:`table` against "first-run rules"."""
    n = tab[0]
    base = next(r for r in tab if r["measure"] == "first-run rules")
    row = next(r for r in tab if r["measure"] == measure)
    gain = row["all"] - base["all"]
    losses = {g: row[g] - base[g] for g in n if g not in ("measure", "all")
              if n[g] >= MIN_GROUP_N and row[g] - base[g] < -MAX_LOSS}
    ok = gain >= MIN_GAIN - 1e-9 and not losses
    why = f"{gain:+.3f} overall (needs {MIN_GAIN:+.3f})" + (
        "; loses " + ", ".join(f"{g} {d:+.3f}" for g, d in losses.items()) if losses else "")
    return ok, why


def fit_final(data: list[tr.TypedEvent], h: Honest, tab: list[dict[str, Any]], docs_commits: dict[str, str]
              ) -> dict[str, Any]:
    """The typer of candidate ``h`` fitted on every dev event with its final configuration, as the
    shipped file holds it: which first runs it used and the CV table."""
    from ..extract.embed import MODEL_ID

    policy, thr, l2, scale, version = h.final  # type: ignore[misc]
    feats = [features(e, h.candidate) for e in data]
    dense = None if scale is None else np.stack([e.vec for e in data]) * scale
    fit = tr.fit_softmax(feats, [e.gold_type for e in data], l2=l2, dense=dense)
    model: dict[str, Any] = {
        "_comment": "fitted by `rightsledger train --model typer` on the dev gold only; the rules' type "
                    f"features from first runs ({h.candidate}); policy, l2 and vector chosen by "
                    "leave-one-first-run-report-out (analysis/typer_cv.py)",
        "feature_version": version, "policy": policy, "threshold": thr, "l2": l2, "n": len(data),
        "candidate": h.candidate, "first_runs": docs_commits,
        "cv_first_runs": {r["measure"]: {k: (round(v, 4) if isinstance(v, float) else v)
                                         for k, v in r.items() if k != "measure"} for r in tab},
        "cv_groups": {g: round(a, 4) for g, a in h.final_cv.items()}, "weights": fit["weights"]}
    if scale is not None:
        model.update(dense=fit["dense"], dense_scale=scale, vector_model=MODEL_ID)
    return model


#: Candidates whose estimates are closer than this are ties, won by the one listed first in
#: :data:`CANDIDATES` (``first_run``, which keeps the rules' type as a feature).
PICK_TIE = 0.005


def pick(honest: list[Honest], tab: list[dict[str, Any]]) -> tuple[Honest | None, Honest]:
    """The candidate the ship rule ships (None: none passes) and the closest one (the highest
    estimate; ties by :data:`PICK_TIE` to the earlier candidate)."""
    acc = {h.candidate: next(r for r in tab if r["measure"] == f"({h.candidate}) nested")["all"]
           for h in honest}
    top = max(acc.values())
    closest = next(h for h in honest if acc[h.candidate] >= top - PICK_TIE)
    passing = [h for h in honest if passes(tab, f"({h.candidate}) nested")[0]]
    if not passing:
        return None, closest
    top = max(acc[h.candidate] for h in passing)
    return next(h for h in passing if acc[h.candidate] >= top - PICK_TIE), closest


def commits(rows: Iterable[dict[str, Any]], docs: Iterable[str]) -> dict[str, str]:
    """Report -> the commit of its first run, for ``docs``."""
    wanted = set(docs)
    return {r["doc"]: r["commit"] for r in rows if r["doc"] in wanted}


def write(model: dict[str, Any], out: Path) -> None:
    import json

    from ..extract.events import typemodel

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    typemodel.load_model.cache_clear()
