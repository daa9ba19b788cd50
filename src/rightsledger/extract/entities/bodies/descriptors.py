"""A body's name written right after a common noun that says what kind of body it is (pass 1,
with ``candidates.py``; the vote in ``classify.py``; issue 14, t-orgs11): "the ruling party
Amanat", "the oil entity SONANGOL", "the NGO Kestrel Watch", "the internet service provider
Netlink", "the digital outlet La Voz Libre", "the nongovernmental organization (NGO) Collective
of …".

Why: the capitalised runs of ``runs/scan.py`` trim what looks like an ordinary word at a name's start
("Many Coloured Sky", "No Pintcha", "Women and Law"), leave out names that do not start with a
capital ("iLaw", "1xBet"), and the model labels a lone acronym or a lone ordinary word nothing. The
kind noun before the name decides for the whole report, as a kind of outlet does (``outlets.py``).
The kinds are data (``descriptor_kinds``): kinds of bodies only, never of persons ("the journalist
X") or of places ("the town of X"). The name is read by its shape: capitalised words (or an
acronym, or a brand with a capital or a digit inside), joined by lower-case particles only when a
capitalised word follows; it stops at a title, at a person the model found, at punctuation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons.gazetteer import gazetteer
from ...lexicons import alternation
from ..common import Cand, demonym, is_acronym, name_key
from .named_bodies import kept_persons, person_after_named_body
from ..lexicon import (
    DESCRIPTOR_KINDS, DESCRIPTOR_PARTICLES, DOCUMENT_WORDS, GENERIC, MONTHS, ORG_HEADS, TITLES, WEEKDAYS,
)

#: One word of a name: a capital first ("Kestrel", "SONANGOL", "L’Express", "N!DA", "AJ+"), a
#: brand with a capital or a letter after a digit inside ("iLaw", "1xBet"), an article glued to a
#: capital ("ut-Tahrir").
_TOKEN = r"(?:[A-Z][\w’'\-!&+.]*|[a-z]{1,4}-?[A-Z][\w’'\-]*|\d+[A-Za-z][\w’'\-]*)"
#: Head words of the state's bodies, courts, forces and facilities: a name ending in one after "NGO"
#: or "union" is that body's own name ("the NGO Coordination Board", "the union Court of Appeal"),
#: left to the head-word rules.
_STATE_HEADS = {w: k for w, k in ORG_HEADS.items() if k in ("government", "court", "security", "other")}
#: At most this many words in a name (particles included).
_MAX_WORDS = 12


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The kind, an optional acronym of the kind ("(NGO)"), then the name. Not after a comma: "the
    director of the agency, Mehman Aliyev," "the movement, Ilgar Mammadov" are persons."""
    kinds = alternation(re.escape(k) for k in sorted(DESCRIPTOR_KINDS, key=len, reverse=True))
    particles = alternation(re.escape(p) for p in sorted(DESCRIPTOR_PARTICLES, key=len, reverse=True))
    name = rf"{_TOKEN}(?:[ \t]+(?:{particles}[ \t]+)*{_TOKEN})*"
    return re.compile(rf"(?<![\w\-])(?:{kinds})(?:[ \t]+\([A-Z]{{2,6}}s?\))?[ \t]+(?!(?:{kinds})\b)({name})")


def _name_words(text: str, m: re.Match[str], persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the name's words: cut before a title word with a name after it ("the daily
    Voice Director Ana Teller"), before a person's full name the model found inside ("Spanish
    newspaper Diario Norte Jane Roe"; one word the model took for a person is part of the name:
    "No Pintcha"), after a possessive, without trailing particles or a sentence's period."""
    out: list[tuple[int, int]] = []
    spans = [(m.start(1) + w.start(), m.start(1) + w.end()) for w in re.finditer(r"\S+", m.group(1))]
    for i, (a, b) in enumerate(spans):
        word = text[a:b]
        titled = word.lower().rstrip(".") in TITLES and i + 1 < len(spans)   # not "Women and Justice"
        person = any(p == a and " " in text[p:q] for p, q in persons)
        if len(out) >= _MAX_WORDS or (out and (titled or person)):
            break
        if word in DESCRIPTOR_PARTICLES and i + 1 < len(spans) \
                and text[slice(*spans[i + 1])].lower().rstrip(".,") in MONTHS:
            break                             # "the website Nawaat on May 3": a date follows
        if word == "and" and (len(out) != 1 or i + 1 == len(spans)
                              or is_acronym(text[slice(*spans[i + 1])])
                              or text[slice(*spans[i + 1])] in DESCRIPTOR_PARTICLES):
            break                             # "Women and Law", not "Kestrel Watch and Amnesty …"
        out.append((a, b))
        if re.search(r"(?:['’]s|\.)$", word):
            break                             # a possessive or a period ends the name
    while out and text[out[-1][0]:out[-1][1]] in DESCRIPTOR_PARTICLES:
        out.pop()
    if out:
        a, b = out[-1]
        b -= len(re.search(r"(?:['’]s|\.)?$", text[a:b]).group(0))
        out[-1] = (a, b)
    return [(a, b) for a, b in out if b > a]


def descriptor_names(text: str, start: int, end: int, persons: list[tuple[int, int]],
                     home: str | None = None) -> list[Cand]:
    """Rule candidates for the names written right after a kind of body inside ``[start, end)``."""
    gaz = gazetteer()
    out: list[Cand] = []
    for m in _pattern().finditer(text, start, end):
        words = _name_words(text, m, persons)
        if not words:
            continue
        s, e = words[0][0], words[-1][1]
        if any(p == s and person_after_named_body(text, p, text[p:q]) for p, q in persons):
            continue                          # "the Nasha party Jan Roe": the body is named before
        if re.match(r"[ \t]+\d", text[e:e + 3]):
            continue                          # "Channel 24", "Diario 1": numbered.py's names
        after = re.match(r"[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z]\w*)", text[e:e + 40])
        if after and after.group(1).lower() not in MONTHS:
            continue                          # "Women and Law in Southern Africa" or "X in Dakar": unsure
        name = text[s:e]
        rest = re.findall(r"\S+", m.group(1))[len(words):]
        if _STATE_HEADS.get(name.split()[-1].lower()) or name.split()[-1].lower() in DOCUMENT_WORDS \
                or (rest[:1] == ["and"] and any(w.lower() in ORG_HEADS for w in rest)):
            continue                          # "the NGO Coordination Board", "NGO Prisons Care and
                                              # Counseling Association": the head-word names' (runs)
        first = name.split()[0].lower()
        if first.rstrip(".") in TITLES or name_key(name) in GENERIC or first in MONTHS or first in WEEKDAYS \
                or gaz.countries(name) or gaz.lookup(name, home) \
                or (len(words) == 1 and demonym(name, set(), set()) and not name.isupper()):
            continue                          # "the party President", "the group Tuesday", a place
        out.append(Cand(s, e, name, "RULE_ORG"))
    return out


def descriptor_keys(text: str, cands: list[Cand]) -> set[str]:
    """Keys of the candidates that start where a name after a kind of body starts: the kind
    decides their type for the whole report."""
    starts = {c.start for c in descriptor_names(text, 0, len(text), [])} - kept_persons(text, cands)
    return {name_key(c.text) for c in cands if c.start in starts} if starts else set()
