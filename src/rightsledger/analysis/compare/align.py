"""Aligning the sections and subtopics of two reports: by classic-outline topic, then by title.
"""
from __future__ import annotations

from typing import Any, Callable

from ...records import Section, Subtopic
from .normalise import title_similarity
from .results import TITLE_THRESHOLD, SubtopicPair


# --------------------------------------------------------------------------- alignment
def _pair_items(a_items: list[Any], b_items: list[Any], topic: Callable[[Any], str | None],
                title: Callable[[Any], str]) -> list[tuple[Any | None, Any | None, str, float]]:
    """Align two ordered lists: same topic first (ties by title), then title similarity.

    Returns ``(a, b, match, similarity)`` in B's order, with A-only items placed after
    the pair that precedes them in A.
    """
    pairs: dict[int, tuple[int, str, float]] = {}   # b index → (a index, match, similarity)
    used_a: set[int] = set()
    # 1. same topic: greedy on title similarity among items sharing a topic
    cands = []
    for i, a in enumerate(a_items):
        ta = topic(a)
        if not ta:
            continue
        for j, b in enumerate(b_items):
            if topic(b) == ta:
                sim = title_similarity(title(a), title(b))
                cands.append((-sim, abs(i / max(len(a_items), 1) - j / max(len(b_items), 1)), i, j, sim))
    for _, _, i, j, sim in sorted(cands):
        if i not in used_a and j not in pairs:
            pairs[j] = (i, "topic", sim)
            used_a.add(i)
    # 2. title similarity among the rest (a topic, when both have one, must agree)
    cands = []
    for i, a in enumerate(a_items):
        if i in used_a:
            continue
        for j, b in enumerate(b_items):
            if j in pairs:
                continue
            ta, tb = topic(a), topic(b)
            if ta and tb and ta != tb:
                continue
            sim = title_similarity(title(a), title(b))
            if sim >= TITLE_THRESHOLD:
                cands.append((-sim, i, j, sim))
    for _, i, j, sim in sorted(cands):
        if i not in used_a and j not in pairs:
            pairs[j] = (i, "title", sim)
            used_a.add(i)
    # 3. order: B's order; A-only items after the B item paired with their A predecessor
    out: list[tuple[float, Any | None, Any | None, str, float]] = []
    for j, b in enumerate(b_items):
        if j in pairs:
            i, match, sim = pairs[j]
            out.append((j, a_items[i], b, match, sim))
        else:
            out.append((j, None, b, "only_b", 0.0))
    a_to_b = {i: j for j, (i, _, _) in pairs.items()}
    for i, a in enumerate(a_items):
        if i in used_a:
            continue
        prev = next((a_to_b[k] for k in range(i - 1, -1, -1) if k in a_to_b), -1)
        out.append((prev + 0.5 + i * 1e-6, a, None, "only_a", 0.0))
    out.sort(key=lambda t: t[0])
    return [(a, b, m, s) for _, a, b, m, s in out]


def align_sections(a: list[Section], b: list[Section]) -> list[tuple[Section | None, Section | None, str, float]]:
    """Pairs of sections of two reports (see :func:`_pair_items`)."""
    return _pair_items(a, b, lambda s: s.topic, lambda s: s.title)


def align_subtopics(a: list[Subtopic], b: list[Subtopic]) -> list[SubtopicPair]:
    out = []
    for x, y, match, sim in _pair_items(a, b, lambda s: s.topic, lambda s: s.title):
        out.append(SubtopicPair(match, x.title if x else None, y.title if y else None,
                                (x.topic if x else None) or (y.topic if y else None), round(sim, 3)))
    return out


