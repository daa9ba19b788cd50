"""A body's name whose first conjunct was cut off before "and" (issue 14, organizations; t-orgs16).

"the ombudsman's Children and Disabilities Unit", "the government's HIV and AIDS Unit", "the
police's Victim and Witness Support Unit", "the Press and Publications Council", "the Labor and
Trade Union Action Unit": one body whose head word ends both conjuncts. The runs lose the first
conjunct in several ways — a generic word before "and" is trimmed as in "Government and ECOMOG"
(``runs.scan.trim_run``), an acronym or a head word before "and" ends the run ("HIV", "Press"), the model
takes the word for a person ("Victim") — and the body was exported as "Disabilities Unit", "AIDS
Unit" … Read on twelve reports without gold (round record t-orgs16): 2019 North Macedonia, 2021
Trinidad and Tobago (2), 2019 Saudi Arabia, 2017 Venezuela, 2016 Sudan (2), 2016 Yemen.

So an organization-typed name that ends in a body's head word (``org_heads``) takes the one or
two capitalised words before its "and" when

- those words stand in a determiner's slot: after "the", a possessive ("the ombudsman's") or a
  hyphenated attribute ("the Defense Ministry-hosted");
- each is an ordinary word — one the report also writes in lower case ("children", "labor",
  "press"), an English word as common as ``name_part_zipf`` ("Evacuation"), or a generic word
  (``generic``: "HIV") — never a word of an institution that is a body of its own before "and"
  (``conjunct_front_stops``: "the Police and Human Rights Commission" is two bodies), a generic
  head word ("the Commission and Electoral Council"), a country, a nationality or a lone body
  ("the Senate and National Assembly");
- the words name no entity of the report and no other name stands over them ("the Department of
  the Interior and Local Government" keeps "Interior" in the department's name; 2023 Philippines,
  the first run); the model's person "Victim" right there is no entity and is dropped.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons.gazetteer import gazetteer
from ...lexicons.frequency import zipf
from ..common import Cand, demonym, is_acronym, name_key
from ..lexicon import CONJUNCT_FRONT_STOPS, CONNECTORS, GENERIC, LONE_BODIES, NAME_PART_ZIPF, ORG_HEADS

_AND_BEFORE = re.compile(r"\s+and\s+$")
_TOKEN = re.compile(r"[^\s]+")
_FRONT_WORD = re.compile(r"[A-Z][A-Za-z\-]*$")


def _slot(word: str) -> bool:
    """A determiner's slot before the conjunct: "the", a possessive, a hyphenated attribute."""
    return word.lower() == "the" or word.endswith(("’s", "'s", "s’", "s'")) or bool(re.search(r"\w-[a-z]+$", word))


def _ordinary(word: str, lower_vocab: set[str]) -> bool:
    """A word of the cut conjunct (see the module's docstring)."""
    low = word.lower()
    if low in CONJUNCT_FRONT_STOPS or low in LONE_BODIES or low in CONNECTORS \
            or (low in ORG_HEADS and low in GENERIC):
        return False
    if is_acronym(word):
        return low in GENERIC
    return (low in lower_vocab or low + "s" in lower_vocab or low in GENERIC or zipf(word) >= NAME_PART_ZIPF) \
        and not demonym(word, set(), set())


def _front(text: str, c: Cand, lower_vocab: set[str]) -> int | None:
    """Where the one or two words of the conjunct cut off before ``c``'s "and" start, or None."""
    m = _AND_BEFORE.search(text, max(0, c.start - 12), c.start)
    if m is None or m.end() != c.start:
        return None
    offset = max(0, m.start() - 80)
    toks = list(_TOKEN.finditer(text, offset, m.start()))
    for k in (1, 2):
        if len(toks) < k + 1:
            return None
        conj, pre = toks[-k:], toks[-k - 1]
        if not all(_FRONT_WORD.fullmatch(t.group()) and _ordinary(t.group(), lower_vocab) for t in conj):
            return None
        if _slot(pre.group()):
            if gazetteer().countries(" ".join(t.group() for t in conj)):
                return None
            return conj[0].start()
    return None


def join_conjunct_fronts(text: str, cands: list[Cand], lower_vocab: set[str]) -> list[Cand]:
    """The candidates with each body whose first conjunct was cut off made whole (see module)."""
    out: list[Cand] = []
    drop: set[tuple[int, int]] = set()
    for c in cands:
        words = c.text.split()
        s = _front(text, c, lower_vocab) if c.type == "organization" and len(words) >= 2 \
            and words[-1].lower() in ORG_HEADS and words[0][:1].isupper() else None
        if s is None:
            out.append(c)
            continue
        front = _AND_BEFORE.sub("", text[s:c.start])
        inner = [d for d in cands if d is not c and d.start < c.start and d.end > s]
        named = {name_key(d.text) for d in cands if d.type and d not in inner}
        if any(d.type != "person" or d.start < s or d.end > c.start for d in inner) or name_key(front) in named:
            out.append(c)
            continue
        drop.update((d.start, d.end) for d in inner)
        out.append(replace(c, start=s, text=text[s:c.end], roles=list(c.roles)))
    return [c for c in out if (c.start, c.end) not in drop]
