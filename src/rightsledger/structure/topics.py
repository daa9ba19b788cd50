"""The classic seven-section outline: topic keys of headings, so that reports of different
years and layouts align. The table is data (``data/topics.toml``), loaded once.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

_DATA = tomllib.loads(resources.files(__package__).joinpath("data/topics.toml").read_text("utf-8"))

#: Topic keys of the classic outline with their heading patterns, in matching order.
TOPIC_PATTERNS: tuple[tuple[str, str], ...] = tuple((t["key"], t["pattern"]) for t in _DATA["topic"])
_TOPIC_RES = tuple((key, re.compile(pat)) for key, pat in TOPIC_PATTERNS)

#: The classic section of each lettered topic (2009+ numbering), used to number a group
#: of lettered headings that has no ``Section`` line above it.
TOPIC_SECTION: dict[str, int] = {t["key"]: t["section"] for t in _DATA["topic"] if "section" in t}

#: Broad headings of the restructured (2024) outline: the top level of an unnumbered
#: report whose headings all share one style.
BROAD_TOPICS = frozenset(_DATA["broad_topics"])

#: The topic of each classic section that holds lettered subsections.
SECTION_TOPICS: dict[int, str] = {int(k): v for k, v in _DATA["section_topics"].items()}

#: Complete titles of the classic outline, used only to decide whether a heading that
#: wraps at a content word ("…or Degrading" / "Treatment or Punishment") continues.
CLASSIC_TITLES: tuple[str, ...] = tuple(_DATA["classic_titles"])


#: Editions that restructured the outline: ``(first year, classic topics reported, topics
#: introduced)``, latest first. Reports before the first such year use the classic outline.
EDITIONS: tuple[tuple[int, frozenset[str], frozenset[str]], ...] = tuple(sorted(
    ((int(e["first_year"]), frozenset(e["reported"]), frozenset(e.get("new", ())))
     for e in _DATA.get("edition", {}).values()), reverse=True))


#: Headings that only group other topics (classic "Respect for the Integrity of the
#: Person", 2024 "Life"): unmatched across a restructure, they are "restructured".
CONTAINER_TOPICS: frozenset[str] = frozenset(
    t for e in _DATA.get("edition", {}).values() for t in e.get("containers", ()))


def edition_of(year: int | None) -> int | None:
    """The first year of the restructured edition a report of ``year`` belongs to, or
    ``None`` for the classic outline."""
    if year is None:
        return None
    return next((first for first, _, _ in EDITIONS if year >= first), None)


def reported_topics(year: int | None) -> frozenset[str] | None:
    """The topics a report of ``year`` can report, or ``None`` (the classic outline:
    every topic)."""
    if year is None:
        return None
    return next((reported for first, reported, _ in EDITIONS if year >= first), None)


def _norm(title: str) -> str:
    return " ".join(title.lower().replace("’", "'").split())


@lru_cache(maxsize=4096)
def topic_of(title: str, parent_topic: str | None = None) -> str | None:
    """The classic-outline topic key of a heading title, or ``None``.

    ``parent_topic`` disambiguates: "Discrimination" under worker rights is
    ``employment_discrimination``.
    """
    norm = _norm(title)
    for key, rx in _TOPIC_RES:
        if rx.search(norm):
            if key == "discrimination" and parent_topic == "worker_rights":
                return "employment_discrimination"
            return key
    return None


