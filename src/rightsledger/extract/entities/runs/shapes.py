"""Two steps of :func:`rule_candidates`'s classification of a capitalised run, moved out of it so that
it reads as a list of shapes (t-house24): a title before a person's name ("Minister of Justice Jane
Roe": the person, and the body the title names), and, when no shape answered, the places inside the
run (a country name anywhere in it, a gazetteer town where a preposition or a place word says place).
Both return the candidates they found rather than append them, so the caller decides where they go.
"""
from __future__ import annotations

from typing import Any

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, is_acronym, is_cap, is_common, org_heads
from ..lexicon import CONNECTORS, ORG_HEADS, PLACE_PREPS, PLACE_WORDS, TITLES
from .scan import Word


def titled_person(text: str, run: list[Word]) -> list[Cand]:
    """A run opening with a title and ending in two or three capitalised name words that are not
    heads, titles, connectors or acronyms: the person (the title words before it as the role), and
    the body that the words between the title and the name name, when they name one. Empty when the
    run is not of that shape (the caller then tries the next shape)."""
    out: list[Cand] = []
    cores = [w.core for w in run]
    lowers = [c.lower() for c in cores]
    s, e = run[0].s, run[-1].e
    if lowers[0] in TITLES and lowers[0] not in ORG_HEADS and len(run) >= 3:
        tail = 0
        while tail < min(3, len(run) - 1) and is_cap(cores[-1 - tail]) and \
                lowers[-1 - tail] not in ORG_HEADS and lowers[-1 - tail] not in TITLES and \
                cores[-1 - tail] not in CONNECTORS and not is_acronym(cores[-1 - tail]):
            tail += 1
        while tail > 2 and (cores[-tail - 1] in CONNECTORS or is_common(cores[-tail])):
            tail -= 1
        if tail >= 2 and not is_common(cores[-1]) and cores[-tail - 1] not in CONNECTORS and \
                not gazetteer().lookup(cores[-1]):
            ps = run[-tail].s
            out.append(Cand(ps, e, text[ps:e], "PERSON", [text[s:run[-tail - 1].e].lower()]))
            rest = [w for w in run[:-tail]]
            while rest and (rest[0].core.lower() in TITLES or rest[0].core in CONNECTORS):
                rest = rest[1:]
            if rest and org_heads([w.core for w in rest]):
                out.append(Cand(rest[0].s, rest[-1].e, text[rest[0].s:rest[-1].e], "RULE_ORG"))
    return out


def places_in_run(text: str, run: list[Word], words: list[Word], index: dict[int, int], gaz: Any,
                  home: str | None) -> list[Cand]:
    """The last resort of a run no shape classified: from each word on, the longest stretch of up to
    six words that is a country name; a single word that is a city or region of the report's country
    (``home``), or of a million people, where the word before is a place preposition or the word after
    a place word. ``index`` maps ``id(word)`` to its place in the sentence's ``words``."""
    out: list[Cand] = []
    for a in range(len(run)):
        for b in range(min(len(run), a + 6), a, -1):
            if run[b - 1].core.lower() in CONNECTORS:
                continue
            sub = text[run[a].s:run[b - 1].e]
            if gaz.countries(sub):
                out.append(Cand(run[a].s, run[b - 1].e, sub, "COUNTRY"))
                break
            if b - a == 1 and not is_acronym(sub) and not is_common(sub) and len(sub) > 2:
                i = index[id(run[a])]
                prev = words[i - 1].core.lower() if i > 0 and not words[i - 1].brk else ""
                nxt = words[i + 1].core.lower() if i + 1 < len(words) and not run[a].brk else ""
                if prev in PLACE_PREPS or nxt in PLACE_WORDS:
                    place = gaz.lookup(sub, home, alternates=False)
                    if place and place.kind in ("city", "region") and (
                            place.country_code == home or place.population >= 1_000_000):
                        out.append(Cand(run[a].s, run[a].e, sub, "TOWN"))
                        break
    return out
