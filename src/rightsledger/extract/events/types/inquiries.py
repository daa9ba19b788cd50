"""Investigative acts the rules typed ``other`` (issue 14, round t-types10).

In the dev gold an inquiry the state set going is an ``investigation`` where the rules gave ``other``,
because the act is told by a verb that no trigger table holds (seen in 2017 Azerbaijan, 2017 Tunisia,
2018 Mauritius, 2019 Ecuador, 2020 Senegal and 2021 Costa Rica):

* a verb of sending or appointing, in the active voice with an object, whose purpose is a verb of
  inquiry: "the ministry sent officials to investigate reported cases", "sent investigators to
  investigate formal workplaces", "the assembly appointed an ad hoc committee to investigate the case"
  (an investigation opened, by those it sent or appointed);
* a verb of questioning with an object: "police interrogated family members of an exiled blogger".

Only the type changes (the record was already there, typed ``other``); a record typed something else
keeps its type. Not: a body's mandate told in the passive ("a commission established in 2014 to
investigate"), what someone calls for or plans (``demands.py``), a purpose with a modal. Inspections
are left out on purpose: the dev gold reads "conducted inspections" both ways (the round's record,
"Open conventions"). The word lists are ``[inquiries]`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon
from .arguments import is_passive
from .demands import demanded

if TYPE_CHECKING:
    from spacy.tokens import Token

_Q = lexicon("events")["inquiries"]
_VERBS = frozenset(_Q["inquiry_verbs"])
_PURPOSES = frozenset(_Q["inquiry_purposes"])
_DISPATCH = frozenset(_Q["dispatch_verbs"])


def inquiry_type(trig: "Token | None", type_: str) -> str:
    """``investigation`` for a record typed ``other`` whose trigger is an investigative act, else ``type_``."""
    if type_ != "other" or trig is None or trig.pos_ not in ("VERB", "AUX") or demanded(trig):
        return type_
    return "investigation" if _inquiry(trig) else type_


def _inquiry(verb: "Token") -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _VERBS:
        return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    if lemma in _DISPATCH and not is_passive(verb):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objs) and (any(_purpose(c) for c in verb.children) or any(
            _purpose(c) for o in objs for c in o.children))
    return False


def _purpose(clause: "Token") -> bool:
    """A purpose infinitive of inquiry, "to investigate the case" (an xcomp, an advcl or the object's acl),
    with no modal."""
    return clause.dep_ in ("xcomp", "advcl", "acl", "relcl") and clause.lemma_.lower() in _PURPOSES and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
        c.dep_ == "aux" and c.lower_ != "to" for c in clause.children)
