"""Acts named by their date: "The 2006 press law ended the state monopoly on television", "the
February 2008 presidential decree that revised the press law", "upheld the February 25 decision of a
lower court" (after "a", a bare year is no date yet in ``extract/dates/scan.py``: "a 2010 media law that
abolished …", "a 2023 court ruling" are still missed). A date that labels a noun is no event date (``dated.py``: "the 2019 law
requires …"), except where the noun is a legal instrument told doing what only its adoption did (a
verb of change in the past: its adoption is an event at that date, ``law_or_decree``), or a court's
ruling or decision (the ruling is an occurrence of that date, ``other``) — the 2008 Angola, 2009 and
2016 Chad, 2022 Kazakhstan and 2024 Liberia gold; so is an act "prohibited in a 2013 law" (settled
2026-12-08). "The 2006 rape law defined rape", "a 2011 law
provides", "the 2008 press law revisions include" stay labels.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import CHANGE_VERBS, NOUN_TYPES, RULING_NOUNS
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def labelled_act(anchor: "Token") -> tuple["Token", str] | None:
    """(trigger, type) of the act a dated noun names, or None for a label."""
    lemma = anchor.lemma_.lower()
    if anchor.pos_ != "NOUN":
        return None
    if lemma in RULING_NOUNS and not any(c.dep_ == "prep" and c.lower_ == "on" for c in anchor.children):
        return anchor, "other"  # (not "the 2019 ruling on land disputes": the name of a rule)
    if NOUN_TYPES.get(lemma) != "law_or_decree":
        return None
    verbs = [anchor.head] if anchor.dep_ == "nsubj" else []
    verbs += [c for c in anchor.children if c.dep_ == "relcl" and any(
        k.dep_ == "nsubj" and k.lower_ in ("that", "which") for k in c.children)]
    for verb in verbs:
        if verb.tag_ == "VBD" and trigger_lemma(verb) in CHANGE_VERBS:
            return anchor, "law_or_decree"
    if _banned_by(anchor):
        return anchor, "law_or_decree"
    return None


#: what a dated instrument did to an act in the passive ("it was prohibited in a 2013 law"): its adoption
_BANNING_VERBS = frozenset({"prohibit", "ban", "outlaw", "criminalize", "criminalise", "abolish"})


def _banned_by(anchor: "Token") -> bool:
    """ "FGM/C remained widespread, although it was prohibited in (by) a 2013 law": a past passive of a
    banning verb whose "in" or agent "by" names the dated instrument narrates the change (settled
    2026-12-08); "a 2018 law, which requires …" stays a label."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("in", "by", "under"):
        return False
    verb = prep.head
    return verb.tag_ == "VBN" and trigger_lemma(verb) in _BANNING_VERBS and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
