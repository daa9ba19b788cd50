"""Where a place's name stands for no place (issue 14, places): it is no mention of the place.

- one of a list of names that ends in a plural facility noun: "the Izalco and Ciudad Barrios
  prisons", "in Diffa, Niamey, Koutakale, and Kollo prisons", "the Robertsport and Voinjama
  facilities" (each name names a facility, as "Ngozi Prison" does: EVALUATION.md, settled
  2026-12-06, "the Arvel and Dunmore prisons");
- the first part of a hyphenated adjective: "a China-backed modernization", "the Gabon-based
  Africa Number One", "Nepal-born children" (an adjective, not a place: the guidelines);
- a currency's country: "(currency is the U.S. dollar)", "500 Hong Kong dollars";
- a town at the front of an event's name: "Doha" of "the Doha International Book Fair", "Malatya"
  of "the Malatya International Film Festival" (the name, up to three capitalised words, ends in a
  capitalised head word of ``[event_names]`` of ``entities.toml``; ``bodies/event_names.py`` drops the
  event as a body and the gold marks no place inside an event's name; round t-orgs27);
- a town at the front of a facility's capitalised name when other capitalised words stand between it and
  the facility's kind: "Babrru" of "the Babrru National Reception Center for Asylum Seekers", "Harare"
  of "Harare Remand Prison" (the name, up to three capitalised words, ends in a capitalised kind of
  ``facility_endings`` of ``entities.toml``, the list ``bodies/facilities.py`` reads, perhaps followed
  by "for" and whom it holds; the town right before the kind is ``common.facility_name``'s; EVALUATION,
  settled 2026-12-06: a town inside a facility's name is no place mention; round t-orgs29, on the
  session-22 amendment).

The nouns are data: ``[facilities]`` in ``extract/data/places.toml``; the words between a name
and its facility noun ("central", "pretrial", "refugee") are ``facility_modifiers`` and the
currency nouns ``currency_nouns`` in ``entities.toml``.
"""
from __future__ import annotations

import re

from ...lexicons import alternation, lexicon
from ..common import Cand, org_heads
from .lists import WORD
from .bodies import inside_expansion

#: a name of one to three capitalised words on one line
_NAME = rf"{WORD}(?:[ \t]+{WORD}){{0,2}}"
_PLURALS = sorted(lexicon("places")["facilities"]["plural_words"], key=len, reverse=True)
_PLURAL_WORDS = frozenset(p for p in _PLURALS if " " not in p)
_MODIFIERS = sorted(lexicon("entities")["facility_modifiers"], key=len, reverse=True)
_CURRENCIES = sorted(lexicon("entities")["currency_nouns"], key=len, reverse=True)
#: the rest of a list after one of its names (capitalised), then the plural facility noun (any case)
_REST_OF_LIST = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?{_NAME}|[ \t]+(?:and|or)[ \t]+{_NAME})*"
    rf"[ \t]+(?i:(?:{alternation(_MODIFIERS)}[ \t]+){{0,2}}{alternation(_PLURALS)})\b")
#: "-backed", "-based", "-born": a hyphen and a lower-case word right after the name
_ADJECTIVE = re.compile(r"[-‐‑][a-z]")
_CURRENCY = re.compile(rf"[ \t]+{alternation(_CURRENCIES)}\b")


def _rest_of_name(heads: list[str]) -> re.Pattern:
    """The rest of a name after a town: up to three capitalised words, then a capitalised head of
    ``heads`` (regular expressions), the last capitalised word of the run ("… Book Fair", not "… Fair
    Labor Association"; "… Remand Prison", not "… Prison Service")."""
    return re.compile(rf"(?:[ \t]+{WORD}){{0,3}}?[ \t]+{alternation(heads)}(?![\w\-‐‑]|[ \t]+[A-Z])")


_EVENT_HEADS = sorted((w.capitalize() for w in lexicon("entities")["event_names"]["heads"]), key=len, reverse=True)
#: the rest of an event's name after a town ("… International Book Fair", "… Games")
_EVENT_AFTER = _rest_of_name(_EVENT_HEADS)
#: a facility's kind as its name writes it: "Reception Center", "Correctional Institution", "Prison"
_FACILITY_KINDS = sorted((r"[ \t]+".join(re.escape(w.capitalize()) for w in k.split())
                          for k in lexicon("entities")["facility_endings"]), key=len, reverse=True)
#: the rest of a facility's name after a town ("… National Reception Center", "… Remand Prison")
_FACILITY_NAME_AFTER = _rest_of_name(_FACILITY_KINDS)


def in_facility_list(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is one of a list of names that ends in a plural
    facility noun ("… Izalco and Ciudad Barrios prisons")."""
    return _REST_OF_LIST.match(text, end) is not None


def no_place_mention(text: str, start: int, end: int) -> bool:
    """Whether the place name text[start:end] stands for no place where it stands: a facility
    of a list, a hyphenated adjective ("China-backed"), a currency ("U.S. dollar"), a word of an
    acronym's expansion ("the Islamic State of Iraq and Syria (ISIS)": bodies.py), the front of an
    event's name ("the Doha International Book Fair"), the front of a facility's name ("the Babrru
    National Reception Center")."""
    return in_facility_list(text, end) or _ADJECTIVE.match(text, end) is not None \
        or _CURRENCY.match(text, end) is not None or inside_expansion(text, start, end) \
        or in_event_name(text, end) or in_facility_name(text, end)


def in_event_name(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is the front of an event's name: up to three capitalised
    words follow on the line, then a capitalised head word of ``[event_names]`` ("… International
    Book Fair", "… Film Festival", "… Games")."""
    return _EVENT_AFTER.match(text, end) is not None


def in_facility_name(text: str, end: int) -> bool:
    """Whether the name that ends at ``end`` is the front of a facility's name: up to three capitalised
    words follow on the line, then a capitalised kind of ``facility_endings`` ("… National Reception
    Center for Asylum Seekers", "… Male Correctional Center", "… Remand Prison")."""
    return _FACILITY_NAME_AFTER.match(text, end) is not None


def stands_for_no_entity(text: str, c: Cand) -> bool:
    """A typed candidate that is no mention where it stands: a place as above or one that ends in a
    plural facility noun ("the Cotonou, Parakou, and Akpro-Misserete Prisons"), or a name without
    a body's head word that the model took for a body in a list of facilities ("the Kolto and
    Izmar prisons")."""
    if c.type == "place":
        last = c.text.split()[-1].lower()
        return no_place_mention(text, c.start, c.end) or (" " in c.text.strip() and last in _PLURAL_WORDS)
    return c.type == "organization" and not org_heads(c.text.split()) and in_facility_list(text, c.end)
