"""The settled-convention guard of ``extract/data/typer_guard.toml`` simulated on the typer's nested
estimate (:mod:`.typer_cv`; t-typer8): measured, not applied. Split from ``typer_cv.py``
(t-house22)."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ...extract.lexicons import lexicon
from .typer_cv_features import features
from .typer_nested import Honest, held_out
from .typer_rows import TypedEvent


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
