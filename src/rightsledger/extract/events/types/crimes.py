"""Violence named as the matter of a legal step, and wounds without a death (issue 14, round t-types9).

* The crime a legal step is about is no occurrence at the step's date: "filed suit against officials accused
  of murder", "handed down its decision for crimes of rape and murder", "resolved the cases against officers
  charged with crimes related to torture", "held police officers accountable for physical assaults", "filed a
  complaint against a boy for rape" are typed by the step (the suit, the verdict, the charge, the complaint),
  not by the crime. A violent noun that reaches a ``legal_steps`` word through prepositions, conjunctions and
  ``crime_links`` ("crimes related to", "that resulted in") takes the step's type (``step_types``, else
  ``other``). A crime with a date of its own in its phrase ("suspected of the 2018 shooting") stays its own
  record; the act after "complaints of" is the act reported.
* A shooting, a stabbing or a bombing named by a noun ("a bombing and shooting attack"), or a shot that wounded
  ("shot and wounded a man"), with no death in the sentence, is an ``attack_or_threat``; with one, or bare
  ("shot a man in the head"), it stays a killing.

The word lists are ``[crimes]`` in ``extract/data/events.toml``; used by ``cues.py``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon
from ..lexicon import NOUN_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

_C = lexicon("events")["crimes"]
_STEPS = frozenset(_C["legal_steps"])
_STEP_TYPES: dict[str, str] = dict(_C["step_types"])
_REPORTED = frozenset(_C["lists"]["reported_steps"])
_LINKS = frozenset(_C["lists"]["crime_links"])
_WOUNDS = frozenset(_C["lists"]["wounding_words"])
_DEATHS = frozenset(_C["lists"]["death_words"])
_INJURIES = frozenset(_C["lists"]["injury_words"])
_VIOLENT = frozenset({"killing", "attack_or_threat", "torture_or_abuse", "death_in_custody"})
_THROUGH = frozenset({"pobj", "prep", "conj", "appos", "compound", "amod", "nmod", "pcomp", "dobj", "relcl", "acl",
                      "acomp", "cc", "npadvmod"})


def crime_of_step(noun: "Token", type_: str | None) -> str | None:
    """The type of the legal step whose matter ``noun``, a violent noun without a date of its own, names
    (``step_types``, else ``other``); None when it names none."""
    if type_ not in _VIOLENT or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(d.ent_type_ == "DATE" for d in noun.subtree):
        return None  # "suspected of the 2018 shooting": the shooting's own record
    cur = noun
    for _ in range(8):
        if cur.dep_ not in _THROUGH or cur.head.i == cur.i:
            return None
        prev, cur = cur, cur.head
        step = _step(cur)
        if step in _REPORTED and prev.lower_ == "of":
            return None  # "no complaints of sexual harassment", "a complaint of torture": the act reported
        if step is not None:
            return _STEP_TYPES.get(step, "other")
        lemma = cur.lemma_.lower()
        if not (lemma in _LINKS or cur.pos_ in ("ADP", "CCONJ", "PUNCT", "DET")
                or cur.pos_ == "NOUN" and NOUN_TYPES.get(lemma) in _VIOLENT or _accused(cur)):
            return None  # ("victims of torture", "reports of killings": no step)
    return None


def _accused(tok: "Token") -> bool:
    """The one a step is against, where the parser hung the crime on it ("a complaint against a neighbor for
    rape")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "against"


def _step(tok: "Token") -> str | None:
    """The legal step ``tok`` is, or (a verb) takes as its object: "filed a complaint … for rape", "held
    officers accountable for assaults"."""
    for word in (tok.lemma_.lower(), tok.lower_):
        if word in _STEPS:
            return word
    if tok.pos_ in ("VERB", "AUX"):
        for c in tok.children:
            if c.dep_ in ("dobj", "oprd", "acomp", "ccomp") and c.lemma_.lower() in _STEPS:
                return c.lemma_.lower()
    return None


def wound_type(tok: "Token", lemma: str) -> str | None:
    """``attack_or_threat`` for a shooting, a stabbing or a bombing named by a noun ("the 2018 shooting of a
    reporter", "a combined bombing and shooting attack"), or a shot, a stab or a bomb that wounded ("shot and
    wounded a man"), when the sentence names no death; else None (a bare "shot a man in the head" stays a
    killing, as the dev gold reads it)."""
    if lemma not in _WOUNDS:
        return None
    words = {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}
    if words & _DEATHS:
        return None
    attack = tok.pos_ == "NOUN"  # "the 2018 shooting of a reporter", "a bombing and shooting attack"
    return "attack_or_threat" if attack or words & _INJURIES else None
