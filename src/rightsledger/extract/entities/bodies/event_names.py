"""Events named like bodies (issue 14, organizations; round t-orgs26).

The model labels ORG the capitalised name of a festival, a fair or a summit — "visitors to the
Doha International Book Fair" (2019 Qatar), "an extraordinary meeting, the SADC Extraordinary
Summit" (2023 Eswatini), "a film scheduled for screening at the European Film Festival" (2018
Burma, unread), "the planned 10th Malatya International Film Festival" (2020 Turkey, unread) — and
the front of a day's name that a possessive cuts off: "to mark International Women’s Day" gives
"International Women" (2016 Niger; 2020 Turkey, unread). The guidelines' bodies are ministries,
courts, parties, NGOs, outlets, companies, unions …; an event is none of them, and the dev gold
makes no body of a name headed by these words (the round's record: 0 of 11 dev names).

So an organization group is no body when each of its names either
- ends in a word of ``heads`` of ``[event_names]`` (``entities.toml``) and has one word or more before
  it — English names are head-final, so the last word says what the name names, whatever stands in
  front ("International", an owner); a first word written as an acronym is the organizer and stays a
  body candidate on its own ("SADC" of "the SADC Extraordinary Summit"); or
- starts with a word of ``fronts`` (a head word that stands first: "Operation") followed by one to
  ``front_max_words`` capitalised words, none a body's head word: "under Operation Shujaa", "as part of
  Operation Gavilan" (round t-orgs39: three unread reports; the dev gold 4 : 0, "Operation Likofi"); or
- occurs in the report only right before a possessive ("’s", "'s", "’", "'") and, after one to three
  capitalised words or none, a word of ``possessed_heads``, capitalised ("International Women’s Day").

Left alone: "Forum", "Conference", "Congress", "Assembly", "Dialogue" (bodies as often as events in
the dev gold), a head word not last ("Festival Committee", "Fair Labor Association"), a one-word name.
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..common import Cand, is_acronym, is_cap, name_key, org_heads
from ..occurrences import occurrences

_E = lexicon("entities")["event_names"]
_HEADS = frozenset(_E["heads"])
_FRONTS = frozenset(_E["fronts"])
_FRONT_MAX = int(_E["front_max_words"])
_POSSESSED = re.compile(
    r"(?:’s|'s|’|')(?:\s+[A-Z][\w’'\-]*){0,3}?\s+"
    + alternation(sorted(w.capitalize() for w in _E["possessed_heads"])) + r"(?![\w\-])")
_LEAD = re.compile(r"^(?:the|The)\s+")


def event_head(name: str) -> bool:
    """Whether ``name`` (two words or more) ends in an event's head word (see the module)."""
    words = _LEAD.sub("", name.strip()).split()
    return len(words) >= 2 and words[-1].lower() in _HEADS


def event_front(name: str, fronts: frozenset[str] = _FRONTS) -> bool:
    """Whether ``name`` is a word of ``fronts`` and one to ``front_max_words`` capitalised words, none a
    body's head word ("Operation Shujaa"; not "Operation Blessing Foundation", "Operation of Prisons");
    persons/event_fronts.py passes the storms' words too ("Cyclone Idai")."""
    words = _LEAD.sub("", name.strip()).split()
    rest = words[1:]
    return (bool(words) and words[0] in {f.capitalize() for f in fronts}
            and 1 <= len(rest) <= _FRONT_MAX and all(is_cap(w) for w in rest) and not org_heads(rest))


def only_possessed(text: str, name: str) -> bool:
    """Whether ``name`` occurs in ``text`` and every occurrence runs on with a possessive and a day's or
    an event's head word ("International Women" of "International Women’s Day")."""
    spans = occurrences(text, name)
    return bool(spans) and all(_POSSESSED.match(text, e) for _, e in spans)


def _is_event(text: str, name: str) -> bool:
    name = _LEAD.sub("", name.strip())
    if not name or is_acronym(name):
        return False
    return event_head(name) or event_front(name) or only_possessed(text, name)


def bodies_not_events(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` without the organization groups named as events (see the module); a candidate whose
    first word is an acronym gives way to that acronym alone, an organization candidate."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "organization":
            groups.setdefault(name_key(c.text), []).append(c)
    drop = {id(c) for group in groups.values()
            if all(_is_event(text, c.text) for c in group) for c in group}
    if not drop:
        return cands
    out: list[Cand] = []
    for c in cands:
        if id(c) not in drop:
            out.append(c)
            continue
        m = re.match(r"(?:(?:the|The)\s+)?(\S+)\s", c.text)
        if m and is_acronym(m.group(1)) and event_head(c.text):
            s = c.start + m.start(1)
            out.append(Cand(s, s + len(m.group(1)), m.group(1), "RULE_ORG", list(c.roles), "organization"))
    return out
