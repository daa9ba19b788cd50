"""A title written before a person's name, taken for a body (issue 14, t-ents6): "Regional Police
Commander Gideon Msuya", "Assistant Superintendent of Police Charles Onyango", "former Special
Prosecutor Milivoje Katnic", "LCS Commissioner Thabang Mothepu", "Army Chief General Bipin Rawat"
name a person's rank, not a body (2018 Lesotho and 2024 Montenegro dev; 2022 Tanzania, 2019
Bolivia, 2017 India without gold). A title after a body's own head ("Supreme Court President X",
"Ministry of Justice Director General X") is left to ``runs/holders.py``."""
from __future__ import annotations

import re
from dataclasses import replace

from ..common import Cand
from ..lexicon import CONNECTORS, ORG_HEADS, RANK_MODIFIERS, ROLE_MODIFIERS, TITLES

#: a person's name right after the candidate: two capitalised words or more
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z’'\-]+(?:\s+[A-Z][\w’'\-]+)+")


def _title_start(lowers: list[str]) -> int:
    """Where the trailing words of a title begin in a name ("Regional Police [Commander]")."""
    k = len(lowers)
    while k > 0 and lowers[k - 1] in TITLES and ORG_HEADS.get(lowers[k - 1]) != "security" \
            and not (k >= 2 and lowers[k - 2] in CONNECTORS):
        k -= 1                                # (not "Justice" of "Ministry of Justice", not "Police")
    return k


def cut_titles(text: str, cands: list[Cand]) -> list[Cand]:
    """A body's name with a holder's title glued to it before the holder's name, "the Ministry of
    Justice Director General Jane Roe", "National Police Commissioner X": the body's name ends
    before the title (a rank qualified only by modifiers is no body at all: ``title_before_name``)."""
    out: list[Cand] = []
    for c in cands:
        words = c.text.split()
        lowers = [w.lower() for w in words]
        k = _title_start(lowers)
        if 2 <= k < len(words) and _NAME_AFTER.match(text, c.end) and lowers[k - 1] not in CONNECTORS \
                and any(w in ORG_HEADS for w in lowers[:k]) and not title_before_name(text, c.end, words):
            name = " ".join(words[:k])
            if c.text.startswith(name):
                c = replace(c, end=c.start + len(name), text=name)
        out.append(c)
    return out


def title_before_name(text: str, end: int, words: list[str]) -> bool:
    """Is a name (its words, ending at ``end``) a title whose last word is a rank, written right
    before a person's name, and qualified only by modifiers of a rank, a force's acronym or other
    titles ("Regional Police Commander", not "National Police Commissioner")?"""
    lowers = [w.lower() for w in words]
    upper = [len(w) >= 2 and w.isupper() for w in words]   # an acronym of the force: "LCS Commissioner"
    if len(lowers) < 2 or lowers[-1] not in TITLES:
        return False
    m = _NAME_AFTER.match(text, end)
    if m is None or m.group().split()[0].lower() in ORG_HEADS:
        return False
    # the words before the rank qualify it: "Regional Police", "Assistant", "former Special", "LCS"
    return all(w in TITLES or w in ROLE_MODIFIERS or w in RANK_MODIFIERS or w in CONNECTORS or words_upper
               for w, words_upper in zip(lowers[:-1], upper[:-1]))
