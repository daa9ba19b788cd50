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
  policy (and threshold) chosen inside the training fold over :data:`INNER_GROUPS` groups of the
  fold's first-run reports (report i of the sorted list in group i mod k; each inner model fitted
  on the fold without its group; ``inner=None``: leave-one-report-out), the simplest near-best by
  :data:`.typer_fit.CV_TIE`, among :data:`CONFIGS` (L2 3, no sentence vector: the grid fixed by the
  lead's rule of 2026-12-10); fits are shared between folds that leave out the same reports;
* the ship rule (:func:`verdict`, docs/rounds/2026-12-10-06-t-typer7.md): a fixed margin says
  nothing about how much the gain varies between reports, so the candidate ships when (1) the
  2.5th percentile of its gain over the first-run rules, in a paired bootstrap over the held-out
  reports (:func:`bootstrap_gain`: :data:`BOOT_DRAWS` draws, seed :data:`BOOT_SEED`), is above 0;
  (2) it loses more than :data:`MAX_LOSS` in no section group of :data:`MIN_GROUP_N` held-out
  events or more (:func:`group_losses`); (3) its pooled gain on :func:`fresh_reports` (first runs
  no earlier typer round held out) is not negative (:func:`pooled_gain`); (5) the 2.5th percentile
  of its gain over TODAY's rules' types on the same events is above 0 (``Verdict.today``), and (6)
  the threshold shipped is the one most outer folds chose (:func:`folds_threshold`) (2026-12-14);
* :func:`with_guard`: the estimate with the settled-convention guard of
  ``extract/data/typer_guard.toml`` simulated (measured by t-typer8, not applied).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from ..extract.lexicons import lexicon
from . import first_run_types as frt
from .softmax import fit_softmax
from .typer_fit import POLICIES, choose_candidate, typer_from_fit
from .typer_rows import TypedEvent

#: The feature version the candidates are fitted on: the newest (``typer.toml``'s
#: ``feature_version``); :func:`nested` takes another (t-typer9's trial versions).
VERSION: str = lexicon("typer")["feature_version"]
RULE_PREFIXES = ("rule=", "rule_group=", "rule_trig=")
TABLE_PREFIXES = ("st=",)
#: The candidates ``train --model typer`` judges: ``first_run`` alone (the rule of 2026-12-10;
#: ``no_rules`` lost to it in all three measurements that ran both, and :func:`features` still
#: gives it).
CANDIDATES = ("first_run",)
#: (L2, vector weight) fitted in every fold (the policies need no fit of their own): the shipped
#: typer's L2, no sentence vector (t-typer6's grid, fixed by the rule before any score: the full
#: grid over 32 first-run reports needs 528 sets of left-out reports per configuration).
CONFIGS: tuple[tuple[float, float | None], ...] = ((3.0, None),)
#: Inner groups the policy is chosen over inside each outer fold (None: leave-one-report-out).
INNER_GROUPS: int | None = 4
MAX_LOSS, MIN_GROUP_N = 0.02, 100
#: The paired bootstrap over held-out reports (the rule of 2026-12-10).
BOOT_DRAWS, BOOT_SEED, BOOT_LOWER = 10_000, 20261210, 2.5
#: The first-run reports the shipped typer's nested estimate held out (t-typer7, 2026-12-10: the
#: ``first_runs`` of event_types.json at f966d8c), so no longer fresh.
EARLIER_HELD_OUT = (
    "2001_somalia", "2014_drc", "2016_malawi", "2016_niger", "2017_azerbaijan", "2017_bhutan",
    "2017_togo", "2017_tunisia", "2018_el-salvador", "2018_guyana", "2018_lesotho", "2018_mauritius",
    "2019_ecuador", "2019_guinea-bissau", "2019_moldova", "2019_qatar", "2019_suriname", "2020_fiji",
    "2020_senegal", "2021_costa-rica", "2021_laos", "2022_morocco", "2022_panama", "2022_peru",
    "2023_comoros", "2023_lebanon", "2023_papua-new-guinea", "2023_timor-leste", "2024_jordan",
    "2024_mauritania", "2024_montenegro", "2024_thailand")
#: The reports t-typer8 added to the estimate (the shipped typer's nested estimate held out all 41).
EARLIER_HELD_OUT += ("2016_kuwait", "2017_vanuatu", "2018_uruguay", "2019_lithuania", "2020_jamaica",
                     "2021_malaysia", "2022_barbados", "2023_gabon", "2024_romania")
#: The reports t-typer10 added (2026-12-14: the refit of version 2 over 47 first-run reports shipped;
#: t-typer9b's 3.3 had held them out too, but was withdrawn).
EARLIER_HELD_OUT += ("2002_eritrea", "2018_bulgaria", "2019_belize", "2021_samoa", "2022_botswana",
                     "2023_slovenia")


def fresh_reports(rows: Iterable[dict[str, Any]] | None = None) -> tuple[str, ...]:
    """First-run reports no earlier typer round held out: every report of ``rows`` (default:
    first_run_types.jsonl) not in :data:`EARLIER_HELD_OUT`. The candidate's pooled gain on them may
    not be negative. Derived, so a new dev report's first run is fresh until a round holds it out
    (add it to :data:`EARLIER_HELD_OUT` when a typer estimated on it ships)."""
    docs = {r["doc"] for r in (frt.load_rows() if rows is None else rows)}
    return tuple(sorted(docs - set(EARLIER_HELD_OUT)))


def attach_first_types(events: list[TypedEvent], rows: list[dict[str, Any]], gold_paths: Iterable[Path]
                       ) -> list[TypedEvent]:
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


def features(e: TypedEvent, candidate: str, version: str = VERSION) -> list[str]:
    """The features ``candidate`` gives event ``e`` in feature ``version`` (see the module's docstring)."""
    base = [f for f in e.features[version] if not f.startswith(TABLE_PREFIXES)]
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
        from ..extract.events.typemodel import combine, probabilities

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


def group_losses(tab: list[dict[str, Any]], measure: str) -> dict[str, float]:
    """The section groups of :data:`MIN_GROUP_N` held-out events or more where the row ``measure``
    of :func:`table` loses more than :data:`MAX_LOSS` against "first-run rules" (group: loss)."""
    n = tab[0]
    base = next(r for r in tab if r["measure"] == "first-run rules")
    row = next(r for r in tab if r["measure"] == measure)
    return {g: row[g] - base[g] for g in n if g not in ("measure", "all")
            if n[g] >= MIN_GROUP_N and row[g] - base[g] < -MAX_LOSS}


def bootstrap_gain(right: list[bool], base: list[bool], reports: list[str], draws: int = BOOT_DRAWS,
                   seed: int = BOOT_SEED) -> np.ndarray:
    """The paired bootstrap over reports: ``draws`` times, the reports drawn with replacement
    (``numpy.random.default_rng(seed)``), the drawn reports' events pooled (a report drawn twice
    counts twice), the candidate's accuracy (``right``, per event) minus the base's (``base``, on
    the same events). Reports, not events, are drawn: the events of one report share its wording
    and its annotator, so they are not independent. Deterministic for a seed; sorted gains."""
    docs = sorted(set(reports))
    pos = {d: i for i, d in enumerate(docs)}
    n, c, b = np.zeros(len(docs)), np.zeros(len(docs)), np.zeros(len(docs))
    for r, ok, ok0 in zip(reports, right, base, strict=True):
        n[pos[r]] += 1
        c[pos[r]] += ok
        b[pos[r]] += ok0
    idx = np.random.default_rng(seed).integers(0, len(docs), size=(draws, len(docs)))
    return np.sort((c[idx].sum(axis=1) - b[idx].sum(axis=1)) / n[idx].sum(axis=1))


def pooled_gain(right: list[bool], base: list[bool], reports: list[str], only: Iterable[str]
                ) -> tuple[float | None, int]:
    """Accuracy of ``right`` minus ``base`` over the events of the reports ``only`` (None when none
    of them is held out) and how many events that is."""
    wanted = set(only)
    sel = [(ok, ok0) for ok, ok0, r in zip(right, base, reports, strict=True) if r in wanted]
    if not sel:
        return None, 0
    return (sum(ok for ok, _ in sel) - sum(ok0 for _, ok0 in sel)) / len(sel), len(sel)


@dataclass
class Verdict:
    """The ship rule of 2026-12-10 read on one candidate's nested estimate."""
    gain: float
    percentiles: dict[float, float]
    losses: dict[str, float]
    fresh: float | None
    fresh_n: int
    #: (5) of 2026-12-14: the bootstrap percentiles of the gain over TODAY's rules' types on the same
    #: events (None: not measured), because the typer re-types today's rules, not the first run's.
    today: dict[float, float] | None = None

    @property
    def ships(self) -> bool:
        return (self.percentiles[BOOT_LOWER] > 0 and not self.losses
                and (self.fresh is None or self.fresh >= 0)
                and (self.today is None or self.today[BOOT_LOWER] > 0))

    def why(self) -> str:
        p = self.percentiles
        out = (f"{self.gain:+.3f} overall; bootstrap over reports {p[BOOT_LOWER]:+.3f} / {p[50.0]:+.3f} / "
               f"{p[97.5]:+.3f} (2.5/50/97.5; the 2.5th must be above 0)")
        out += "; fresh reports " + ("none held out" if self.fresh is None
                                     else f"{self.fresh:+.3f} on {self.fresh_n} events (must be >= 0)")
        if self.today is not None:
            out += (f"; over today's rules {self.today[50.0]:+.3f} (2.5th {self.today[BOOT_LOWER]:+.3f}, "
                    "must be above 0)")
        if self.losses:
            out += "; loses " + ", ".join(f"{g} {d:+.3f}" for g, d in self.losses.items())
        return out


def verdict(data: list[TypedEvent], h: Honest, tab: list[dict[str, Any]]) -> Verdict:
    """The ship rule on candidate ``h`` (see the module's docstring), against the first-run rules on
    the same held-out events."""
    held = held_out(data)
    right = [p == e.gold_type for p, e in zip(h.predicted, held, strict=True)]
    base = [e.first_type == e.gold_type for e in held]
    reports = [e.doc for e in held]
    gains = bootstrap_gain(right, base, reports)
    pct = {q: float(np.percentile(gains, q)) for q in (BOOT_LOWER, 50.0, 97.5)}
    fresh, fresh_n = pooled_gain(right, base, reports, fresh_reports())
    gain = (sum(right) - sum(base)) / len(held)
    today = bootstrap_gain(right, [e.rule_type == e.gold_type for e in held], reports)
    return Verdict(gain, pct, group_losses(tab, f"({h.candidate}) nested"), fresh, fresh_n,
                   {q: float(np.percentile(today, q)) for q in (BOOT_LOWER, 50.0, 97.5)})


@lru_cache(maxsize=1)
def guard() -> frozenset[str]:
    """The ``rule_trig=TYPE:LEMMA`` features of the settled conventions of
    ``extract/data/typer_guard.toml``. Measured, not applied: keeping the rules' type on them cost
    .003-.004 of the typer's nested accuracy on first runs (t-typer8), so :func:`.typemodel.decide`
    does not use it and it lives here, with the estimate; ``train --model typer`` prints its
    simulated effect (:func:`with_guard`)."""
    return frozenset(f"rule_trig={c['type']}:{t}" for c in lexicon("typer_guard")["convention"]
                     for t in c["triggers"])


def guarded(feats: Iterable[str]) -> bool:
    """Whether the rules' type of an event with ``feats`` is decided by a settled convention."""
    g = guard()
    return any(f in g for f in feats if f.startswith("rule_trig="))


def with_guard(data: list[TypedEvent], h: Honest) -> Honest:
    """``h`` with the settled-convention guard applied to its held-out predictions (t-typer8): the
    first-run type kept where :func:`guarded` holds on the event's features (their
    ``rule_trig`` carries the first-run type). The guard needs no fit, so this is the nested
    estimate of the typer with the guard, the policy of each fold chosen without it."""
    held = held_out(data)
    pred = [e.first_type if guarded(features(e, h.candidate)) else p
            for p, e in zip(h.predicted, held, strict=True)]
    return Honest(f"{h.candidate}+guard", pred, dict(h.chosen), h.final, dict(h.final_cv))


def fit_final(data: list[TypedEvent], h: Honest, tab: list[dict[str, Any]], docs_commits: dict[str, str]
              ) -> dict[str, Any]:
    """The typer of candidate ``h`` fitted on every dev event with its final configuration, as the
    shipped file holds it: which first runs it used and the CV table."""
    from ..extract.embed import MODEL_ID

    policy, thr, l2, scale, version = h.final  # type: ignore[misc]
    thr = folds_threshold(h, thr)
    feats = [features(e, h.candidate, version) for e in data]
    dense = None if scale is None else np.stack([e.vec for e in data]) * scale
    fit = fit_softmax(feats, [e.gold_type for e in data], l2=l2, dense=dense)
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


def folds_threshold(h: Honest, default: float | None) -> float | None:
    """(6) of 2026-12-14: the threshold most outer folds chose (ties: the higher, which overrides the
    rules less), not the one chosen over all reports, which the nested estimate never measured."""
    counts: dict[float | None, int] = {}
    for key in h.chosen.values():
        counts[key[1]] = counts.get(key[1], 0) + 1
    if not counts:
        return default
    return max(counts, key=lambda t: (counts[t], -1.0 if t is None else t))


def pick(honest: list[Honest], verdicts: list[Verdict]) -> Honest | None:
    """The candidate the ship rule ships (None: none passes); with several passing, the first listed
    in :data:`CANDIDATES`."""
    return next((h for h, v in zip(honest, verdicts) if v.ships), None)


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
