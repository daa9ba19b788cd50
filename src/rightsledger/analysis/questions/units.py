"""Outline units in ``ask``'s second stage: how well a sentence's whole subsection covers the
question's words.

A unit is the sentences of one report that stand under one heading path (``sentences.heading``:
the section and sub-heading titles above them), i.e. one subsection. Asked across a corpus, a
specific question ("how many inmates died from lack of air in a packed police lockup in the
port city") matches single sentences of many reports by a word or two each; in the report it
is about, the subsection around the answer holds all of its words: the lockup, the port city,
suffocation, inmates. :func:`coverage` is the max-sim of
:func:`~rightsledger.analysis.questions.rescore.word_match` over every word of the unit (its sentences
and its heading path): for each content word of the question, its best cosine with a word of
the unit, averaged. ``ask`` adds :data:`~rightsledger.analysis.questions.ask.UNIT_COVER` × it to each
pooled sentence (round t-ask7: the one outline signal of several tried that gained across the
corpus without losing within a report; a prior on the unit's BM25 or centroid did not).

The words of a unit are read once (one statement for the units of a question not yet read)
and kept until the database changes, at most :data:`MAX_UNITS` units (then forgotten at once).
"""
from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from sqlalchemy import text as sql

from .rescore import WORD_RE, word_match

if TYPE_CHECKING:
    from ...store import Store

Unit = tuple[str, str]   # (report id, heading path; "" for a sentence under no heading)
MAX_UNITS = 20_000       # units whose words are remembered (per store and process)
BATCH = 100              # units read per statement
_LOCK = threading.Lock()


def _read(store: "Store", todo: list[Unit], stop: frozenset[str]) -> dict[Unit, tuple[str, ...]]:
    """The distinct lower-case words (stop words out) of each unit's heading path and sentences."""
    texts: dict[Unit, list[str]] = {u: [u[1]] for u in todo}
    with store.reading() as conn:
        for k in range(0, len(todo), BATCH):
            chunk = todo[k:k + BATCH]
            p: dict[str, str] = {}
            where = []
            for i, (doc, heading) in enumerate(chunk):
                p[f"d{i}"], p[f"h{i}"] = doc, heading
                where.append(f"(doc = :d{i} AND COALESCE(heading, '') = :h{i})")
            rows = conn.execute(sql(f"SELECT doc, COALESCE(heading, ''), text FROM sentences "
                                    f"WHERE {' OR '.join(where)} ORDER BY doc, start"), p).all()
            for doc, heading, text in rows:
                got = texts.get((doc, heading))
                if got is not None:
                    got.append(text)
    # one pass of the word pattern over each unit's text, lower-cased at once (the words are
    # those of rescore.words_of, without its cap on a sentence's words); interned, so that the
    # units kept share one copy of each word (861 units: 2.0 MB instead of 5.4; 20,000: about
    # 20 MB instead of 125)
    return {u: tuple(sys.intern(w) for w in dict.fromkeys(WORD_RE.findall("\n".join(t).lower().replace("’", "'")))
                     if w not in stop)
            for u, t in texts.items()}


def unit_words(store: "Store", units: list[Unit], stop: frozenset[str]) -> dict[Unit, tuple[str, ...]]:
    """Unit → its distinct words (heading path and sentences, lower case, stop words out)."""
    cache: dict[Unit, tuple[str, ...]] = store.until_change("ask_unit_words", dict)
    # each entry taken once (dict.get is atomic): another thread may empty the cache meanwhile
    got = {u: cache.get(u) for u in dict.fromkeys(units)}
    todo = [u for u, w in got.items() if w is None]
    if todo:
        fresh = _read(store, todo, stop)
        with _LOCK:
            if len(cache) + len(fresh) > MAX_UNITS:
                cache.clear()
            cache.update(fresh)
        got.update(fresh)
    return {u: got[u] or () for u in units}


def coverage(store: "Store", question_words: list[str], units: list[Unit],
             stop: frozenset[str]) -> list[float]:
    """For each unit (in order), the mean over ``question_words`` of each word's best cosine with
    a word of the unit (:func:`~rightsledger.analysis.questions.rescore.word_match`); 0 without words."""
    known = list(dict.fromkeys(units))
    words = unit_words(store, known, stop)
    by_unit = dict(zip(known, word_match(question_words, [(words[u], ()) for u in known])))
    return [by_unit[u] for u in units]


__all__ = ["MAX_UNITS", "Unit", "coverage", "unit_words"]
