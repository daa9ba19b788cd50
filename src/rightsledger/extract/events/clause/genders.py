"""The gender the report gives a person, so that a pronoun points back to the nearest
*compatible* person ("Police detained Anna Kell and Piet Varo. She was released" → Anna
Kell): read from the report itself, never guessed from the name.

- a title or gendered noun before a mention: "Ms. Anna Kell", "businesswoman Anna Kell";
- an apposition: "Anna Kell, a 30-year-old woman from Orlen";
- the first personal pronoun after a mention in its clause, when no other person is
  mentioned in between: "Piet Varo said police had beaten him".

Titles and nouns weigh more than pronouns; a person with no evidence, or with as much for
both, has no gender and stays compatible with every pronoun.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ....records import Entity
from ...lexicons import alternation, words

MALE_PRONOUNS = words("participants", "male_pronouns")
FEMALE_PRONOUNS = words("participants", "female_pronouns")
MALE_WORDS = words("participants", "male_words")
FEMALE_WORDS = words("participants", "female_words")

_NOUNS = alternation(sorted((re.escape(w.rstrip(".")) for w in MALE_WORDS | FEMALE_WORDS),
                            key=len, reverse=True))
_TITLE_BEFORE = re.compile(rf"(?i)\b({_NOUNS})\.?\s+$")
_APPOS_AFTER = re.compile(rf"(?i)^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?({_NOUNS})\b")
_PRONOUN = re.compile(r"(?i)\b(he|him|his|himself|she|her|hers|herself)\b")
_CLAUSE_END = re.compile(r"[.;]\s")


def gender_of_word(word: str) -> str | None:
    """"m", "f" or None for a pronoun or a gendered noun."""
    w = word.lower().rstrip(".")
    if w in MALE_PRONOUNS or w in MALE_WORDS:
        return "m"
    if w in FEMALE_PRONOUNS or w in FEMALE_WORDS:
        return "f"
    return None


def person_genders(text: str, entities: Iterable[Entity]) -> dict[str, str]:
    """``{entity id: "m" | "f"}`` for the persons whose gender the report states."""
    persons = [e for e in entities if e.type == "person"]
    starts = sorted(m[0] for e in persons for m in e.mentions if len(m) >= 2)
    out: dict[str, str] = {}
    for ent in persons:
        votes = {"m": 0, "f": 0}
        for m in ent.mentions:
            if len(m) < 2:
                continue
            s, e = m[0], m[1]
            for rx, chunk in ((_TITLE_BEFORE, text[max(0, s - 20):s]), (_APPOS_AFTER, text[e:e + 60])):
                hit = rx.search(chunk) if rx is _TITLE_BEFORE else rx.match(chunk)
                if hit and (g := gender_of_word(hit.group(1))):
                    votes[g] += 3
            rest = text[e:e + 200]
            end = _CLAUSE_END.search(rest)
            rest = rest[:end.start()] if end else rest
            p = _PRONOUN.search(rest)
            if p and not any(e < x < e + p.start() for x in starts):
                votes[gender_of_word(p.group(1)) or "m"] += 1
        if votes["m"] != votes["f"]:
            out[ent.id] = "m" if votes["m"] > votes["f"] else "f"
    return out
