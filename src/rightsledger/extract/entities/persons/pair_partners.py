"""The other name of a pair joined to a person's name by "and" (issue 14, persons; round t-ents61).

Read on pages judged for persons before the rule (no gold holds them): "Sinai activists Ashraf
al-Hefni and Ashraf Ayoub were released" (2021 Egypt), "former prime ministers Jean Max Bellerive
and Laurent Lamothe and several other officials" (2019 Haiti), "Bahraini citizens Jaafar Sultan and
Sadiq Thamer" (2023 Saudi Arabia), "the cases against Meas Muth and Ao An" (2019 Cambodia): the model
spans one name of the pair PERSON and the other not at all (or as a location), and the other person
has no record. In the dev gold the shape's other name is a person 46 times in 50 (the four others:
two bodies, two names after a title).

The shape: a person's name of two words or more, the joining word (``pair_partner_joiners`` of
``extract/data/entities.toml``: "and") and a whole capitalised run of two to four words (no
capitalised word right before or after it), or that run before the joining word and the name. The
run's first word can be a given name (``given_fronts.name_word``: no title, month, ordinary English
word, word the report writes in lower case, country or town of the report's country); no word of the
run is a body's head word, a month or a country; and no candidate lies on the run. Then the run is a
person candidate.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, is_cap, org_heads
from ..lexicon import MONTHS, PAIR_PARTNER_JOINERS
from .given_fronts import name_word, opens_run

_WORD = r"[A-ZÀ-Þ][\w’'\-]*|(?:al|el|ad|as|ash|an)-[A-ZÀ-Þ][\w’'\-]*"
_RUN = rf"(?:{_WORD})(?: (?:{_WORD})){{1,3}}"
_JOIN = "(?:" + "|".join(re.escape(w) for w in PAIR_PARTNER_JOINERS) + ")"
#: the run after the person's name: " and X Y", ending the capitalised run
AFTER = re.compile(rf" {_JOIN} ({_RUN})(?![\w’'\-]| (?:{_WORD}))")
#: the run before the person's name: "X Y and ", right before it
BEFORE = re.compile(rf"(?<![\w’'\-])({_RUN}) {_JOIN} $")


def _run_words_ok(words: list[str], lower: set[str], home: str | None) -> bool:
    """Can the run be a person's name: a given name first, no body head, month or country in it?"""
    if not name_word(words[0], lower, home):
        return False
    gaz = gazetteer()
    return not any(org_heads([w]) or w.lower() in MONTHS or gaz.countries(w) or not is_cap(w)
                   for w in words)


def _partner(text: str, c: Cand) -> tuple[int, int] | None:
    """The span of the run joined to the person's name ``c``, if the shape holds."""
    m = AFTER.match(text, c.end)
    if m:
        return m.start(1), m.end(1)
    m = BEFORE.search(text, max(0, c.start - 60), c.start)
    if m and opens_run(text, m.start(1)):
        return m.start(1), m.end(1)
    return None


def pair_partners(text: str, typed: list[Cand], lower: set[str], home: str | None) -> list[Cand]:
    """``typed`` with a person candidate made on each capitalised run joined by "and" to a person's
    name of two words or more, where no candidate lies on the run and its words can be a name."""
    added: list[Cand] = []
    for c in typed:
        if c.type != "person" or len(c.text.split()) < 2:
            continue
        span = _partner(text, c)
        if span is None:
            continue
        s, e = span
        if any(o.start < e and s < o.end for o in typed + added):
            continue
        if _run_words_ok(text[s:e].split(), lower, home):
            added.append(Cand(s, e, text[s:e], "PERSON", type="person"))
    return typed + added if added else typed
