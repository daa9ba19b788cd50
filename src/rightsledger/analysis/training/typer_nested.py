"""The typer's nested estimate on first-run typings (:mod:`.typer_cv`): leave-one-first-run-report-out,
the model fitted on every other dev report, its policy and threshold chosen inside the training fold
over :data:`INNER_GROUPS` groups of the fold's first-run reports among :data:`CONFIGS`; fits shared
between folds that leave out the same reports (``_Fits``); :func:`table`, the accuracy over the
held-out events by section group. Split from ``typer_cv.py`` (t-house22)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .softmax import fit_softmax
from .typer_cv_features import VERSION, features, retyped
from .typer_fit import POLICIES, choose_candidate, typer_from_fit
from .typer_rows import TypedEvent

#: (L2, vector weight) fitted in every fold (the policies need no fit of their own): the shipped
#: typer's L2, no sentence vector (t-typer6's grid, fixed by the rule before any score: the full
#: grid over 32 first-run reports needs 528 sets of left-out reports per configuration).
CONFIGS: tuple[tuple[float, float | None], ...] = ((3.0, None),)
#: Inner groups the policy is chosen over inside each outer fold (None: leave-one-report-out).
INNER_GROUPS: int | None = 4

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

    def __init__(self, data: list[TypedEvent], candidate: str, version: str = VERSION):
        self.data, self.candidate, self.version, self.memo = data, candidate, version, {}
        self.feats = [features(e, candidate, version) for e in data]

    def model(self, left_out: frozenset[str], l2: float, scale: float | None) -> dict[str, Any]:
        key = (left_out, l2, scale)
        if key not in self.memo:
            idx = [i for i, e in enumerate(self.data) if e.doc not in left_out]
            dense = None if scale is None else np.stack([self.data[i].vec for i in idx]) * scale
            fit = fit_softmax([self.feats[i] for i in idx], [self.data[i].gold_type for i in idx],
                              l2=l2, dense=dense)
            self.memo[key] = typer_from_fit(fit, "model", None, scale, self.version)
        return self.memo[key]

    def held(self, doc: str) -> list[int]:
        return [i for i, e in enumerate(self.data) if e.doc == doc and e.first_type is not None]

    def scores(self, left_out: frozenset[str], doc: str) -> dict[Key, list[bool]]:
        """For the first-run report ``doc`` (in ``left_out``), right or wrong per held-out event of
        every (policy, threshold, l2, scale) fitted without ``left_out``."""
        from ...extract.events.learned.typemodel import combine, probabilities

        out: dict[Key, list[bool]] = {}
        held = self.held(doc)
        for l2, scale in CONFIGS:
            m = self.model(left_out, l2, scale)
            for i in held:
                e, p = self.data[i], probabilities(m, self.feats[i], self.data[i].vec)
                for policy, thr in POLICIES:
                    out.setdefault((policy, thr, l2, scale, self.version), []).append(
                        combine(policy, thr, e.first_type, self.feats[i], p) == e.gold_type)
        return out

    def choose(self, docs: list[str], outer: frozenset[str] = frozenset(), inner: int | None = None
               ) -> tuple[Key, dict[str, float]]:
        """Leave-one-group-of-``docs``-out (each fit also without ``outer``): the simplest near-best
        key and its accuracy, all and per section group. ``inner``: that many groups (report i of
        the sorted ``docs`` in group i mod ``inner``); None: one group per report."""
        pooled: dict[Key, list[bool]] = {}
        groups: list[str] = []
        for left in inner_groups(docs, inner):
            for d in left:
                for k, ok in self.scores(outer | left, d).items():
                    pooled.setdefault(k, []).extend(ok)
                groups += [self.data[i].group for i in self.held(d)]
        key, _ = choose_candidate({k: sum(v) / len(v) for k, v in pooled.items()})
        return key, by_group(pooled[key], groups)

    def predict(self, key: Key, left_out: frozenset[str], doc: str) -> list[str]:
        from ...extract.events.learned.typemodel import combine, probabilities

        policy, thr, l2, scale, _ = key
        m = self.model(left_out, l2, scale)
        return [combine(policy, thr, self.data[i].first_type, self.feats[i],
                        probabilities(m, self.feats[i], self.data[i].vec)) for i in self.held(doc)]


def by_group(right: list[bool], groups: list[str]) -> dict[str, float]:
    out = {"all": sum(right) / len(right) if right else 0.0}
    for g in sorted(set(groups)):
        sel = [r for r, x in zip(right, groups) if x == g]
        out[g] = sum(sel) / len(sel)
    return out


def inner_groups(docs: list[str], k: int | None) -> list[frozenset[str]]:
    """``docs`` in ``k`` groups, report i of the sorted list in group i mod ``k`` (None: one each)."""
    ordered = sorted(docs)
    if k is None or k >= len(ordered):
        return [frozenset({d}) for d in ordered]
    return [frozenset(ordered[i::k]) for i in range(k)]


def first_run_docs(data: list[TypedEvent]) -> list[str]:
    return sorted({e.doc for e in data if e.first_type is not None})


def held_out(data: list[TypedEvent]) -> list[TypedEvent]:
    """The held-out events, in the order :func:`nested` reports them (by report)."""
    return [e for d in first_run_docs(data) for e in data if e.doc == d and e.first_type is not None]


def nested(data: list[TypedEvent], candidate: str, inner: int | None = None, version: str = VERSION
           ) -> Honest:
    """Leave-one-first-run-report-out estimate of ``candidate`` with its configuration chosen inside
    each training fold (over ``inner`` groups of the fold's first-run reports, None: leave-one-
    report-out; ``train`` passes :data:`INNER_GROUPS`); ``final``: the configuration the same
    procedure chooses over all the first-run reports; ``version``: the feature version fitted."""
    fits = _Fits(data, candidate, version)
    docs = first_run_docs(data)
    out = Honest(candidate, [])
    for r in docs:
        key, _ = fits.choose([d for d in docs if d != r], frozenset({r}), inner)
        out.chosen[r] = key
        out.predicted += fits.predict(key, frozenset({r}), r)
    out.final, out.final_cv = fits.choose(docs, inner=inner)
    return out


def table(data: list[TypedEvent], honest: list[Honest], shipped: dict[str, Any] | None = None
          ) -> list[dict[str, Any]]:
    """Accuracy over the held-out events, all and per section group, with n: first-run rules, today's
    rules (for reference: written on these reports), the shipped typer given the first-run type,
    and each candidate's nested estimate."""
    from ...extract.events.learned.typemodel import decide

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
        out.append({"measure": name, **by_group([p == g for p, g in zip(pred, gold)], groups)})
    return out
