"""The features of the typer's held-out events on first-run typings (:mod:`.typer_cv`): the
first-run type attached to each event where a first-run row matches its gold event; candidate
``first_run`` carries that type in the rules' type features (:data:`RULE_PREFIXES`), candidate
``no_rules`` leaves those features out; both leave out the types the trigger table gives the
sentence's other triggers (:data:`TABLE_PREFIXES`). Split from ``typer_cv.py`` (t-house22)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from ...extract.lexicons import lexicon
from . import first_run_types as frt
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
