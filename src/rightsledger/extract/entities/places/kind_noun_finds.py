"""Names right before a lower-case place noun that no candidate holds are places (issue 14, places; t-places43, on
the session-22 amendment).

"refugees from Orvalia’s Tessin region", "who lived in Dostan's Kerep informal settlement", "returned the Amvik
strip", "in the Wollen zones of Tarsa Region": the run rule "the Mbeleko neighborhood" (``runs/rule_candidates.py``)
reads a capitalised run right before a place noun, but not when a modifier stands between ("informal") or the noun
is one it does not read ("strip", "zones"); the model finds nothing there either. Judged on four unread reports before this rule (2021 Sudan "Ethiopia’s Tigray region", 2021
Kenya "Nairobi's Marathe informal settlement", 2020 Libya "the Aouzou strip", 2023 Ethiopia "the Wollega zones"); the
rule finds the last three (Sudan's is found by the run rule and dropped by ``unplaced.py``). The dev gold records 18
of the 23 names it writes in this slot as places; where no candidate stands there it holds two nationality
adjectives ("the Angolan province"), which the rule refuses.

The slot: "the" or a possessive, then one to three capitalised words (no acronym, digit, lower-case hyphen part), then
a word of ``kind_noun_finds.modifiers`` or none, then a noun of ``place_nouns_after`` or
``kind_noun_finds.extra_nouns`` (not ``kind_noun_finds.skipped_nouns``). The name is a place candidate where no
candidate overlaps it and no mask covers it, unless it is a body's head, a connector, a facility word, a nationality
adjective or people (``adjectival``, the model's NORP names) or ordinary words only ("the Northern region").
"""
from __future__ import annotations

import re

from ...lexicons import alternation
from ...lexicons.gazetteer import fold
from ..common import Cand, adjectival, inside_any, is_common, org_heads
from ..lexicon import CONNECTORS, FACILITY_WORDS, KIND_FIND_MODIFIERS, KIND_FIND_NOUNS

_WORD = r"[A-Z][a-zà-öø-ÿ]+(?:[-’'][A-Z][a-zà-öø-ÿ]+)*"
_SLOT = re.compile(r"(?:\b[Tt]he|’s|'s)\s+(%s(?:\s+%s){0,2})\s+(?:%s\s+)?%s\b" % (
    _WORD, _WORD, alternation(sorted(KIND_FIND_MODIFIERS, key=len, reverse=True)),
    alternation(sorted(KIND_FIND_NOUNS, key=len, reverse=True))) + r"(?!-)")   # "the Velnet state-run …": no kind


def _name_ok(name: str, norp: set[str]) -> bool:
    words = name.split()
    lowers = [w.lower() for w in words]
    return not org_heads(words) and not any(w in CONNECTORS or w in FACILITY_WORDS for w in lowers) \
        and not adjectival(words) and fold(name).rstrip("s") not in norp \
        and not all(is_common(w) for w in words)


def kind_noun_finds(text: str, typed: list[Cand], norp: set[str], masks: list[tuple[int, int]]) -> list[Cand]:
    """``typed`` with a place candidate for every name in the slot before a place noun that nothing holds."""
    taken = sorted((c.start, c.end) for c in typed)
    found = []
    for m in _SLOT.finditer(text):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in taken) or inside_any(masks, s, e) or not _name_ok(m.group(1), norp):
            continue
        found.append(Cand(s, e, m.group(1), "RULE_PLACE", type="place"))
    return sorted(typed + found, key=lambda c: (c.start, c.end)) if found else typed
