"""A beating outside custody: an attack, not abuse (settled 2026-12-08, docs/EVALUATION.md).

"A member of parliament beat a police officer who stopped his car", "the mayor assaulted a
journalist" are ``attack_or_threat``: ``torture_or_abuse`` is for what custodians do to detainees,
prisoners and persons stopped or held ("police beat a detainee", "guards assaulted inmates"). A
beating whose doer is named and is not a force of the state, and whose victim is not in custody,
is an attack; one told without its doer ("he was beaten") keeps the abuse reading, as before. The
doers that hold people are ``custodial_actors`` in ``extract/data/events.toml`` (with
``state_forces``); the victims in custody are ``custodians``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import CUSTODIAL_ACTORS, CUSTODIANS, CUSTODY_ADVERBS, CUSTODY_PLACES, CUSTODY_WITHOUT, STATE_FORCES

if TYPE_CHECKING:
    from spacy.tokens import Token

BEATING_VERBS = frozenset({"beat", "assault"})
_HOLDERS = STATE_FORCES | CUSTODIAL_ACTORS


def _doer(verb: "Token") -> "Token | None":
    """The subject of an active verb, or the agent of a passive one ("was beaten by a deputy")."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((d for d in c.children if d.dep_ == "pobj"), None)
    return None


def _victims(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def outside_custody(verb: "Token") -> bool:
    """``verb`` (beat, assault) is done by a named doer who holds no one, to a victim not in custody."""
    doer = _doer(verb)
    if doer is None or doer.pos_ == "PRON":
        return False
    if doer.lemma_.lower() in _HOLDERS or any(d.lemma_.lower() in _HOLDERS for d in doer.children
                                               if d.dep_ in ("compound", "amod")):
        return False  # "police beat", "security officers assaulted", "prison guards beat"
    return not any(v.lemma_.lower() in CUSTODIANS for v in _victims(verb))


def held_in_custody(verb: "Token") -> bool:
    """``verb`` ("hold") keeps persons in custody (round t-events9): "Security forces held suspects
    incommunicado", "authorities held arrestees without charge", "held the editor in pretrial detention":
    a detention. "incommunicado" anywhere in the verb's phrase says so (the parser hangs it on the verb,
    the object or a conjunct: "held the journalist incommunicado" is parsed as a noun compound; "No
    detainees were held incommunicado"); otherwise the verb is active, its object persons (not "held
    talks", "held a rally": the light verb's; not "most detainees": a practice; not prisoners or detainees,
    who are held already: "held prisoners in dilapidated prisons" tells conditions) and a complement says
    custody: "without charge/trial/warrant", "in/under" one of ``custody_places``. Not where persons
    "were held in separate cells" (conditions), nor the holding told before a release ("held them for 47
    days … before releasing them on May 16": the release is the occurrence, as settled)."""
    if any(t.lemma_.lower() == "release" for t in verb.subtree):
        return False
    if any(t.lower_ in CUSTODY_ADVERBS for t in verb.subtree):
        return True
    if not any(c.dep_ == "dobj" and (c.pos_ in ("PRON", "PROPN") or c.tag_ == "NNS" or c.ent_type_ == "PERSON")
               and not any(d.lower_ == "most" for d in c.children) and c.lemma_.lower() not in CUSTODIANS
               for c in verb.children):
        return False  # ("held a referendum", "held the position", "were held in separate cells")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "under", "without"):
            objs = [o.lemma_.lower() for o in c.children if o.dep_ == "pobj"]
            if objs and (c.lower_ == "without" and objs[0] in CUSTODY_WITHOUT or objs[0] in CUSTODY_PLACES):
                return True
    return False
