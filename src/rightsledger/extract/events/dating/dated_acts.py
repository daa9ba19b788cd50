"""An act named by its date with what it acted on, whose noun is no trigger and no occurrence noun (so
``dated._labelled`` dropped its date as a label): the act itself, dated by that date (round t-events50,
docs/rounds/2026-12-24-09-t-events50.md; dev census 9 sentences with a record of the date : 1 without, 7 reports).

* "the 2000 suppression of a mutiny", "the 2009 abrogation of the constitution", "the 2018 collapse of a dam",
  "the 2012 disappearance of an advocate", "the 2010 opening of the rights office" → ``other`` of the date;
* "the 2011 reform of military courts" → ``law_or_decree`` of the date.

Not: the noun without an "of" complement ("the 2016 halt", "a 2016 reform"), or with a quantity for one ("a 2009
minimum wage of 1,680 francs" is no act); a date after the noun or not modifying it. The nouns are
``dated_act_nouns`` and ``dated_act_law_nouns`` of ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DATED_ACT_LAW_NOUNS, DATED_ACT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATE_DEPS = ("compound", "nmod", "amod", "nummod", "npadvmod")


def dated_act(anchor: "Token", root: "Token") -> tuple["Token", str] | None:
    """The act ``anchor`` names and its type, when the date whose root is ``root`` modifies it and it has an
    "of" complement that is no quantity; else None."""
    lemma = anchor.lemma_.lower()
    if anchor.pos_ != "NOUN" or lemma not in DATED_ACT_NOUNS | DATED_ACT_LAW_NOUNS:
        return None
    if root.head.i != anchor.i or root.i > anchor.i or root.dep_ not in _DATE_DEPS:
        return None
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.like_num or any(d.dep_ == "nummod" and d.ent_type_ != "DATE" for d in obj.children):
                continue  # "a minimum wage of 1,680 francs": a quantity (not "of the 1997 constitution")
            return anchor, "law_or_decree" if lemma in DATED_ACT_LAW_NOUNS else "other"
    return None
