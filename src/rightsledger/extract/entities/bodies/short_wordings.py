"""A body named in full and later by a shorter wording of that name is one body (pass 3, last of the joins
of ``linking.link_orgs``; issue 14, round t-orgs59).

A report names a body once in full and afterwards by some of its words, in another order or without a word
in the middle: "the Ministry of Foreign Affairs and Human Mobility" then "the Foreign Ministry", "the Ministry
of Public Works and Transportation" then "the Ministry of Public Transportation", "the UN Working Group on
Arbitrary Detention" then "the Working Group". The gold writes one record with the short wording as an alias
(dev: 2019 Ecuador, 2021 Costa Rica, 2019 Qatar, …); the system kept a record of its own for it.

Read by structure: a body group whose every form (acronyms aside) has two content words or more (``linking``'s
key) that are all words of a form of exactly one other group, written after that group's first mention, and
headed by the same head word — the last body head word (``ORG_HEADS``) before the first of
``head_phrase_ends`` ("Foreign Ministry" and "Ministry of Foreign Affairs …": "ministry"; not "Supreme
Court" and "Supreme Court Bar Association"). A short wording that begins the long name is left to
``portfolios.py`` (its prefix rules keep "Supreme Court" and "Supreme Court of Appeal" apart), one that ends it
to ``place_prefixes.py`` (a place in front; "North Velmar Court" and "Velmar Court" are two courts); the U.S.
bodies of the boilerplate join nothing. Census (dev gold, not held out): such pairs are one record 13 times in
10 reports, two records 3 times; written before the long name, one record 3 times, two records 8 times (round
record t-orgs59).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ...lexicons.gazetteer import fold
from ..common import absorb_group, is_acronym, name_key
from ..lexicon import HEAD_PHRASE_ENDS, ORG_HEADS, US_BOILERPLATE_BODIES

_PHRASE_END = re.compile(r"\s+(?:" + "|".join(sorted(HEAD_PHRASE_ENDS)) + r")\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def head_word(form: str) -> str | None:
    """The last body head word of the phrase a folded name begins with, or None:
    "ministry of public health" → "ministry", "ombudsman's office" → "office"."""
    phrase = _PHRASE_END.split(name_key(form), maxsplit=1)[0]
    heads = [w for w in (_POSSESSIVE.sub("", w) for w in phrase.split()) if w in ORG_HEADS]
    return heads[-1] if heads else None


@lru_cache(maxsize=4096)
def _spelled_out(form: str) -> bool:
    return not is_acronym(form) and not is_acronym(form.replace(" ", ""))


def _forms(g) -> list[str]:
    return [f for f in g.forms if _spelled_out(f)]


def _joins(form: str, long: str) -> bool:
    """Does the short wording ``form`` take the same head as ``long``, neither beginning nor ending it?"""
    head, lo, short = head_word(form), fold(long), name_key(form)
    return head is not None and head == head_word(long) and not lo.startswith(short) and not lo.endswith(short)


def _target(g, others: list, key_of: Callable[[str], frozenset[str]]):
    """The one group of ``others`` that ``g``'s forms are shorter wordings of, or None."""
    forms = _forms(g)
    keys = [key_of(f) for f in forms]
    if not forms or any(len(k) < 2 for k in keys) or any(fold(f) in US_BOILERPLATE_BODIES for f in forms):
        return None
    found = {id(h): h for h in others if h is not g
             and any(k < key_of(lo) for k in keys for lo in _forms(h))}
    if len(found) != 1:
        return None
    h = next(iter(found.values()))
    if not all(any(k < key_of(lo) and _joins(f, lo) for lo in _forms(h)) for f, k in zip(forms, keys)):
        return None
    return h if min(g.mentions) > min(h.mentions) else None


def join_short_wordings(groups: dict, absorb: Callable[[dict, object, object], None],
                        key_of: Callable[[str], frozenset[str]]) -> None:
    """Absorb each body group whose names are all shorter wordings, written after it, of exactly one other
    group's name (see the module's docstring); ``key_of`` is ``linking``'s key of a name (read once per name)."""
    key_of = lru_cache(maxsize=None)(key_of)
    for g in list({id(g): g for g in groups.values()}.values()):
        if g.type != "organization" or not g.mentions or any(any(k.startswith("=") for k in key)
                                                               for key, o in groups.items() if o is g):
            continue
        others = [h for h in {id(h): h for h in groups.values()}.values()
                  if h.type == "organization" and h.mentions]
        h = _target(g, others, key_of)
        if h is not None:
            absorb_group(groups, absorb, g, h)
