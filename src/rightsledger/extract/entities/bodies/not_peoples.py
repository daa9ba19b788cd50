"""Peoples the model or the rules took for bodies (issue 14, organizations; t-orgs13).

A people is never an entity (docs/EVALUATION.md), yet a people's name that the report does not
write before a group noun ("the Kunama ethnic group": ``votes/groups.py``) is often typed a body: the
model reads a capitalised plural or a hyphenated name as an ORG. The report shows it to be a
people in one of four ways, counted on the tuned dev reports (round record t-orgs13):

- a people noun right after the name, after its singular or after the hyphenated word the name
  begins ("the majority Tarsi population" makes "Tarsis" a people; "Tarsi-Vel children" makes
  "Tarsi" one) — ``people_nouns_after``;
- "indigenous"/"ethnic" right before the name, or first or last in it ("Indigenous Tarsi-Vel
  women", "the Tarsi-Vel Indigenous comarca") —
  ``people_words_before``;
- a gloss in apposition whose words say descent, origin, ethnicity or statelessness, or name a
  nationality the model tagged NORP: "Tarsis (citizens of Velan descent)", "of Velan descent
  (Tarsis)", "Tarsi–stateless Velans", "ethnic Velans known locally as Tarsi" —
  ``people_gloss_words``.

A name with a body's head word ("… Association", "… Party"), an acronym or a digit keeps its type:
"the Tarsi Women's Association" is a body whatever its members are.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold
from ..common import Cand, is_acronym, name_key
from ..lexicon import ORG_HEADS, PEOPLE_GLOSS_WORDS, PEOPLE_NOUNS_AFTER, PEOPLE_WORDS_BEFORE
from ..occurrences import APOSTROPHES, HYPHEN, occurrences

_E = r"(?![\w’'])"                          # a word's end (a hyphen may follow)


def _ci(word: str) -> str:
    """``word`` with its first letter in either case."""
    return f"[{word[0]}{word[0].upper()}]{re.escape(word[1:])}"


_CASELESS = {w for w in PEOPLE_NOUNS_AFTER if w in PEOPLE_WORDS_BEFORE}
_AFTER = r"(?:[\-‐][\w’'\-]+)?\s+(?:%s)\b" % "|".join(
    _ci(w) if w in _CASELESS else re.escape(w) for w in sorted(PEOPLE_NOUNS_AFTER, key=len, reverse=True))
_BEFORE = r"\b(?:%s)\s+" % "|".join(_ci(w) for w in sorted(PEOPLE_WORDS_BEFORE))
_WORD = re.compile(r"[\w’'\-]+")


def _gloss(words: str, norp: set[str]) -> bool:
    """Whether a gloss says a people: a gloss word in lower case (not a translated name, "(Honest
    Service for the People)") or a capitalised nationality the model tagged NORP."""
    for w in _WORD.findall(words):
        f = fold(w)
        if (w[0].islower() and f in PEOPLE_GLOSS_WORDS) or (w[0].isupper() and len(f) > 3 and f.rstrip("s") in norp):
            return True
    return False


def _forms(name: str) -> list[str]:
    """The name and, for a plural, its singular ("Tarsis" → "Tarsi")."""
    forms = [name]
    if name.endswith("s") and len(name) > 4 and " " not in name:
        forms.append(name[:-1])
    return forms


_AFTER_AT = re.compile(_AFTER)
_BEFORE_AT_END = re.compile(_BEFORE + r"\Z")
_END = re.compile(_E)
_GLOSS_AT = re.compile(r"\s*\(([^()]{1,80})\)")
_DASH_AT = re.compile(r"\s*[–—]\s*((?:[\w’'\-]+\s+){0,2}[\w’'\-]+)")


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where ``form`` stands at a word's start, no letter, digit, hyphen or apostrophe before it (the
    patterns matched right after it check its end: a hyphen may follow, "Tarsi-Vel children")."""
    return occurrences(text, form, joiners=HYPHEN + APOSTROPHES, at_end=False)


def _is_people(text: str, name: str, norp: set[str]) -> bool:
    words = name.split()
    if len(words) > 1 and (fold(words[0]) in PEOPLE_WORDS_BEFORE or fold(words[-1]) in PEOPLE_WORDS_BEFORE):
        return True                                       # "Indigenous Tarsi-Vel", "Tarsi-Vel Indigenous"
    for f in _forms(name):
        for s, e in _occurrences(text, f):
            if _AFTER_AT.match(text, e) or (_END.match(text, e) and _BEFORE_AT_END.search(text, max(0, s - 200), s)):
                return True                               # "the Tarsi population", "ethnic Tarsis"
    for s, e in _occurrences(text, name):
        m = _GLOSS_AT.match(text, e)
        if m and _gloss(m.group(1), norp):
            return True                                   # "Tarsis (citizens of Velan descent)"
        m = _DASH_AT.match(text, e)
        if m and _gloss(m.group(1), norp):
            return True                                   # "Tarsi–stateless Velans"
    n = re.escape(name)
    # the two patterns that open on a run of word characters are costly over a whole report: each
    # runs only where its literal core stands ("(NAME)", "known … as NAME"), with the same result
    paren = f"({name})" in text
    for m in re.finditer(r"([\w’'\-]+)\)?\s*\(" + n + r"\)", text) if paren else ():
        if m.group(1)[0].islower() and fold(m.group(1)) in PEOPLE_GLOSS_WORDS:
            return True                                   # "of Velan descent (Tarsis)"
    known = re.search(r"known\s+(?:locally\s+)?as\s+" + n + _E, text)
    for m in re.finditer(r"((?:[\w’'\-]+\s+){1,2})known\s+(?:locally\s+)?as\s+" + n + _E, text) if known else ():
        if _gloss(m.group(1), norp):
            return True                                   # "ethnic Velans known locally as Tarsi"
    return False


def _may_be_people(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 3 and not any(
        fold(w) in ORG_HEADS or is_acronym(w) or any(ch.isdigit() for ch in w) for w in words)


def bodies_not_peoples(text: str, cands: list[Cand], norp: set[str]) -> list[Cand]:
    """``cands`` without the organizations whose name the report shows to be a people's."""
    verdict: dict[str, bool] = {}
    drop: set[int] = set()
    for c in cands:
        if c.type != "organization" or c.label == "ARMED":
            continue
        k = name_key(c.text)
        if k not in verdict:
            name = c.text.strip()
            verdict[k] = _may_be_people(name) and _is_people(text, name, norp)
        if verdict[k]:
            drop.add(id(c))
    return [c for c in cands if id(c) not in drop] if drop else cands
