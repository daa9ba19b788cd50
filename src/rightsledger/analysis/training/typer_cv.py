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

from pathlib import Path
from typing import Any, Iterable

import numpy as np

from .softmax import fit_softmax
from .typer_cv_features import (CANDIDATES, RULE_PREFIXES, TABLE_PREFIXES, VERSION, attach_first_types, features,
                                retyped)
from .typer_guard import guard, guarded, with_guard
from .typer_nested import (CONFIGS, INNER_GROUPS, Honest, Key, by_group, first_run_docs, held_out, inner_groups,
                           nested, table)
from .typer_rows import TypedEvent
from .typer_ship import (BOOT_DRAWS, BOOT_LOWER, BOOT_SEED, EARLIER_HELD_OUT, MAX_LOSS, MIN_GROUP_N, Verdict,
                         bootstrap_gain, folds_threshold, fresh_reports, group_losses, pick, pooled_gain, verdict)

#: What ``train --model typer``, ``scripts/typer_*.py`` and the tests call as ``typer_cv.NAME``: the
#: pieces live in ``typer_cv_features.py``, ``typer_nested.py``, ``typer_ship.py`` and
#: ``typer_guard.py`` (t-house22); this module fits and writes the typer that ships.
__all__ = [
    "BOOT_DRAWS", "BOOT_LOWER", "BOOT_SEED", "CANDIDATES", "CONFIGS", "EARLIER_HELD_OUT", "INNER_GROUPS",
    "MAX_LOSS", "MIN_GROUP_N", "RULE_PREFIXES", "TABLE_PREFIXES", "VERSION", "Honest", "Key", "Verdict",
    "attach_first_types", "bootstrap_gain", "by_group", "commits", "features", "first_run_docs", "fit_final",
    "folds_threshold", "fresh_reports", "group_losses", "guard", "guarded", "held_out", "inner_groups", "nested",
    "pick", "pooled_gain", "retyped", "table", "verdict", "with_guard", "write"]


def fit_final(data: list[TypedEvent], h: Honest, tab: list[dict[str, Any]], docs_commits: dict[str, str]
              ) -> dict[str, Any]:
    """The typer of candidate ``h`` fitted on every dev event with its final configuration, as the
    shipped file holds it: which first runs it used and the CV table."""
    from ...extract.embeddings.sentences import MODEL_ID

    policy, thr, l2, scale, version = h.final  # type: ignore[misc]
    thr = folds_threshold(h, thr)
    feats = [features(e, h.candidate, version) for e in data]
    dense = None if scale is None else np.stack([e.vec for e in data]) * scale
    fit = fit_softmax(feats, [e.gold_type for e in data], l2=l2, dense=dense)
    model: dict[str, Any] = {
        "_comment": "fitted by `rightsledger train --model typer` on the dev gold only; the rules' type "
                    f"features from first runs ({h.candidate}); policy, l2 and vector chosen by "
                    "leave-one-first-run-report-out (analysis/training/typer_cv.py)",
        "feature_version": version, "policy": policy, "threshold": thr, "l2": l2, "n": len(data),
        "candidate": h.candidate, "first_runs": docs_commits,
        "cv_first_runs": {r["measure"]: {k: (round(v, 4) if isinstance(v, float) else v)
                                         for k, v in r.items() if k != "measure"} for r in tab},
        "cv_groups": {g: round(a, 4) for g, a in h.final_cv.items()}, "weights": fit["weights"]}
    if scale is not None:
        model.update(dense=fit["dense"], dense_scale=scale, vector_model=MODEL_ID)
    return model


def commits(rows: Iterable[dict[str, Any]], docs: Iterable[str]) -> dict[str, str]:
    """Report -> the commit of its first run, for ``docs``."""
    wanted = set(docs)
    return {r["doc"]: r["commit"] for r in rows if r["doc"] in wanted}


def write(model: dict[str, Any], out: Path) -> None:
    import json

    from ...extract.events.learned import typemodel

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    typemodel.load_model.cache_clear()
