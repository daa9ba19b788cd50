"""A practice told as continued (issue 14, round t-events52): "Residents continued to report that security
forces detained persons suspected of collaboration", "The government continued to facilitate the local
integration of 1,500 refugees whose refugee status had been revoked by a panel".

docs/EVALUATION.md ("Summary statements of the year") reads "continued to" as no occurrence, and
``tense.habitual`` already drops a trigger that is itself the infinitive under "continued" ("continued to
detain", ``habit_heads``). It does not reach a trigger further down: in the clause a teller "continued to"
tell, or in a clause on what the continued practice is done to. ``continued_clause`` reaches it, for the
undated records of ``occurrences._main_event``. Census of the dev gold (the round's record): sentences whose
root is a past "continue" with an infinitive, the expletive "there continued to be" left out and no date of
their own, hold a record of the report year in 4 of 187 (in 4 reports; none in 35 reports); the gold's
records of the dated ones are their own dated clauses, which this leaves alone.

Not: "There continued to be reports of …" (the reports' frame, settled 2026-12-17: ``undated_frames.py``);
a clause coordinated with its own subject, an adverbial or parenthetical clause ("…; however, officials
continued to target journalists" leaves the first clause its record); a dated sentence. Word list
``continued_heads`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import CONTINUED_HEADS
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Token


def _infinitive(verb: "Token") -> "Token | None":
    """The infinitive ``verb`` (a continuing head: "continued") governs ("continued to record"), unless
    its subject is an expletive "there" ("There continued to be reports …")."""
    if verb.lemma_.lower() not in CONTINUED_HEADS or not is_verb(verb):
        return None
    if any(c.dep_ == "expl" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and is_verb(c)
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def continued_clause(trig: "Token") -> bool:
    """``trig`` lies in the clause of a practice told as continued, below the continuing head's infinitive:
    in what a teller "continued to" tell ("Residents continued to report that security forces detained
    persons") or in a clause on what the practice is done to ("the government continued to facilitate the
    integration of refugees whose status had been revoked"). Up from the trigger through its heads; a
    coordinated clause with a subject of its own, an adverbial clause or a parenthetical one stops the way
    (its own occurrence: "…; however, officials continued to target journalists" leaves the first clause)."""
    cur = trig
    for _ in range(12):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ in ("advcl", "parataxis") or cur.dep_ == "conj" and is_verb(cur) and any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cur.children):
            return False
        if cur.dep_ == "xcomp" and _infinitive(head) is not None and _infinitive(head).i == cur.i:
            return True
        cur = head
    return False
