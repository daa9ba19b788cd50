"""The typer's ship rule (:mod:`.typer_cv`, docs/rounds/2026-12-10-06-t-typer7.md and 2026-12-14):
the paired bootstrap of the gain over the first-run rules across held-out reports
(:func:`bootstrap_gain`), no section group losing more than :data:`MAX_LOSS`
(:func:`group_losses`), the pooled gain on :func:`fresh_reports` not negative (:func:`pooled_gain`),
the gain over today's rules above 0, and the threshold most outer folds chose
(:func:`folds_threshold`): :func:`verdict` reads them on one candidate, :func:`pick` ships.
Split from ``typer_cv.py`` (t-house22)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np

from . import first_run_types as frt
from .typer_nested import Honest, held_out
from .typer_rows import TypedEvent

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
