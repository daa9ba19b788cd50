"""A term told of a participant's past, in a clause about that participant (round t-terms1, read on
reports nobody annotated).

- a relative clause: "journalist Arvo Kell, who received a 15-year prison sentence for his posts",
  "Tomas Ranta, who has been detained for more than four years";
- a participle set off by commas after a noun: "two boys, sentenced to two years' incarceration for
  theft, died in custody";
- a participle right after a plural noun, followed by a preposition: "ten men detained without charge
  for 16 months".

Such a term is the person's background, not a term of the occurrence the sentence tells (a call for
their release, a death in custody, a court's order): ``event_terms`` puts it only on an event of its
own kind — a penalty on a conviction, a length on a step of the custody (``CUSTODY_STEPS``: arrest,
charge, trial, acquittal, release) — and a length told in the present perfect ("has been detained
for four years": still held) on no release or acquittal; an event dated inside the clause ("who were
sentenced to five years in 2018") is the clause's own occurrence and takes it. The words are in ``data/terms.toml``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..lexicons import alternation, lexicon

_L = lexicon("terms")
CUSTODY_STEPS = tuple(_L["custody_steps"])

RELATIVE = re.compile(rf"(?i)\b(?:who|whom)\s+(?:{alternation(_L['relative_auxiliaries'])}\s+){{0,3}}"
                      rf"(?:\w+ly\s+)?{alternation(_L['relative_verbs'])}\b")
APPOSED = re.compile(rf"(?i),\s*(?:\w+ly\s+)?{alternation(_L['apposed_participles'])}\b")
# (a plural noun, not a verb or a pronoun ending in s: "was held for", "his detained")
REDUCED = re.compile(rf"(?i)\b(?!(?:was|is|has|his|its|this|thus|as|us|whereas|always|sometimes)\b)"
                     rf"(?:\w+s|men|women|children|people)\s+(?:\w+ly\s+)?"
                     rf"{alternation(_L['reduced_participles'])}\s+{alternation(_L['reduced_followers'])}\b")
# the clause ends at a semicolon, a sentence's end or a coordinated clause (", and")
CLAUSE_END = re.compile(r";|,\s+(?:and|but|or)\b|\.\s|\.$")
# an apposed participle closes with a comma before the sentence goes on ("…, died"), not with "and"
APPOSED_CLOSE = re.compile(r",\s+(?!and\b|or\b|but\b)")
PRESENT_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?been\b")
LONGEST = 160  # characters from the clause's start to the term
CLAUSE_CLOSE = re.compile(r"[,;]|\.\s|\.$")


class Background(NamedTuple):
    """The clause a participant's past term stands in: ``tense`` "ongoing" (present perfect) or
    "past", and its span in the sentence (an event dated inside it is the clause's own occurrence)."""
    tense: str
    start: int
    end: int


def background_clause(sentence: str, offset: int) -> Background | None:
    """The clause about a participant that the term at ``offset`` stands in (see the module's
    doc), else None."""
    window = sentence[max(0, offset - LONGEST):offset]
    base = offset - len(window)
    close = CLAUSE_CLOSE.search(sentence, offset)
    end = close.start() if close else len(sentence)
    for rx in (RELATIVE, REDUCED):
        for m in rx.finditer(window):
            if not CLAUSE_END.search(window, m.end()):
                tense = "ongoing" if PRESENT_PERFECT.search(m.group(0)) else "past"
                return Background(tense, base + m.start(), end)
    for m in APPOSED.finditer(window):
        between = window[m.end():]
        closing = APPOSED_CLOSE.search(sentence, offset)
        if "," not in between and ";" not in between and closing is not None \
                and ";" not in sentence[offset:closing.start()] and base + m.start() > 0:
            return Background("past", base + m.start(), closing.start())
    return None
