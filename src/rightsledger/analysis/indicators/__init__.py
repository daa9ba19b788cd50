"""Per-report indicators: CIRI physical-integrity scores and a Political Terror Scale estimate.

``indicators(ledger, doc)`` gives five :class:`Indicator` records:

* ``KILL``, ``DISAP``, ``TORT``, ``POLPRIS`` — CIRI scale, 0 = frequent (≥ 50 cases or
  "widespread"/"numerous"/"systematic" wording), 1 = occasional, 2 = none;
* ``PTS`` — Political Terror Scale, 1 (secure rule of law) to 5 (terror extends to the
  whole population), estimated from the four CIRI estimates and wording on armed
  conflict and mass violence.

Each score is made by transparent rules (docs/INDICATORS.md) from the report's wording
in the sections whose classic-outline topic belongs to the indicator (plus the
executive summary), and from the extracted events and figures in those sections. Each
comes with the sentences that justify it (offsets into the document text and a
citation), the ids of the events behind it, a confidence and a one-line rationale.
These are estimates, not CIRI or PTS codings.
"""
from __future__ import annotations

from typing import Any

from .ciri import score_ciri
from .pts import score_pts
from .report import Report
from .rules import CIRI, NAMES, RULES, Indicator, Rule  # noqa: F401 (Rule: kept importable)


def indicators(ledger: Any, doc: str) -> list[Indicator]:
    """KILL, DISAP, TORT, POLPRIS (CIRI 0–2) and PTS (1–5) for one report, with evidence."""
    rep = Report(ledger, doc)
    ciri = {name: score_ciri(rep, RULES[name]) for name in CIRI}
    return [*ciri.values(), score_pts(rep, ciri)]


__all__ = ["Indicator", "indicators", "RULES", "CIRI", "NAMES"]
