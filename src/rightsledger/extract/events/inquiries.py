"""Investigative acts the rules typed ``other`` (issue 14, round t-types10).

Across seven dev reports the gold types an inquiry the state carried out ``investigation`` where the rules
gave ``other``, because the act is told by a verb no trigger table holds or by a light verb and its object:

* a verb of inquiry with an object: "the department inspected construction sites", "police interrogated
  family members of an exiled blogger";
* a light verb whose object is an inquiry noun: "the ministry carried out inspections", "officials
  conducted 1,440 child labor inspections", "human rights offices conducted investigations";
* a verb of sending or appointing, in the active voice with an object, whose purpose is a verb of
  inquiry: "the ministry sent officials to investigate reported cases", "the assembly appointed an ad hoc
  committee to investigate the case".

Only the type changes (the record was already there); what was typed something else keeps its type.
Not: an inspection of a place of custody (a monitor's visit, ``other`` by the settled convention), a body's
mandate told in the passive ("a commission established in 2014 to investigate"), what someone calls for or
plans (``demands.py`` already made those ``other``; a modal purpose is no act either). The word lists are
``[inquiries]`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicons import lexicon
from .demands import demanded

if TYPE_CHECKING:
    from spacy.tokens import Token

_Q = lexicon("events")["inquiries"]
_VERBS = frozenset(_Q["inquiry_verbs"])
_LIGHT = frozenset(_Q["inquiry_light_verbs"])
_NOUNS = frozenset(_Q["inquiry_nouns"])
_PURPOSES = frozenset(_Q["inquiry_purposes"])
_DISPATCH = frozenset(_Q["dispatch_verbs"])
_CUSTODY = frozenset(_Q["inquiry_custody_places"])


def inquiry_type(trig: "Token | None", type_: str) -> str:
    """``investigation`` for a record typed ``other`` whose trigger is an investigative act, else ``type_``."""
    if type_ != "other" or trig is None or trig.pos_ not in ("VERB", "AUX") or demanded(trig):
        return type_
    return "investigation" if _inquiry(trig) else type_


def _inquiry(verb: "Token") -> bool:
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in _VERBS:
        return bool(objs) and not any(_custody(o) for o in objs)
    if lemma in _LIGHT:
        return any(o.lemma_.lower() in _NOUNS and not _custody(o) for o in objs)
    if lemma in _DISPATCH and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and any(
            c.dep_ == "dobj" for c in verb.children):
        return any(_purpose(c) for c in verb.children) or any(
            _purpose(c) for o in objs for c in o.children if c.dep_ in ("acl", "relcl"))
    return False


def _purpose(clause: "Token") -> bool:
    """A purpose infinitive of inquiry: "to investigate the case" (an xcomp, an advcl or the object's acl)."""
    return clause.dep_ in ("xcomp", "advcl", "acl", "relcl") and clause.lemma_.lower() in _PURPOSES and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
        c.dep_ == "aux" and c.lower_ != "to" for c in clause.children)


def _custody(noun: "Token") -> bool:
    """An inspection or inspected place of custody: "prison inspections", "inspected detention centers"."""
    own = [noun, *(d for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for d in c.subtree)]
    own += [d for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "at")
            for d in c.subtree]
    return any(d.lemma_.lower() in _CUSTODY for d in own)
