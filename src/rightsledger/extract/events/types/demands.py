"""What someone calls for, urges, recommends, plans or welcomes (issue 14, round t-types4).

A trigger inside the complement of a verb or noun of demand, plan or welcome names nothing that
happened: "UN experts called on the government to end the crackdown on peaceful protests" is no
protest, "the OHCHR called for an investigation" no investigation, "made recommendations for
prosecution" no charge, "announced plans to grant citizenship" no citizenship decision, "UNHCR
welcomed the law" no law (the dev gold types "called for the removal of the 2006 rape law" and
"demanded the reinstatement of the station manager" ``other``). Such a trigger is typed ``other``
by :func:`.triggers.trigger_type`; the word lists are ``demand_verbs``, ``demand_preps`` and
``demand_nouns`` in ``extract/data/events.toml``.

The walk up from the trigger goes through objects, prepositions, complements and noun modifiers,
never through a clause of its own (a relative or adverbial clause: "called for the release of the
journalist whom police arrested in May" keeps the arrest), and a verb coordinated with the demand
is not under it ("recommended prosecution, and prosecutors charged them in May" keeps the charge).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DEMAND_NOUNS, DEMAND_PREPS, DEMAND_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_COURTS = frozenset({"judge", "court", "tribunal", "magistrate"})
_THROUGH = frozenset({"dobj", "pobj", "prep", "xcomp", "ccomp", "acl", "compound", "conj", "amod", "nmod",
                      "poss", "pcomp", "nsubjpass", "appos", "attr", "oprd"})


def demanded(tok: "Token") -> bool:
    """``tok`` lies inside what a verb or noun of demand, plan or welcome asks for, with no date of its own
    on the way ("recommended that they face charges for ordering the torture of two men in 2016" keeps the
    torture)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ not in _THROUGH or cur.head.i == cur.i or _dated(cur):
            return False
        head = cur.head
        if cur.dep_ != "conj" and _demanding(head):
            return True
        cur = head
    return False


def _dated(tok: "Token") -> bool:
    """A date of its own on the way up: "the torture of two men in 2016", "for ordering … in 2016", "the
    first round of elections held October 20"."""
    return any(d.ent_type_ == "DATE" for c in tok.children if c.dep_ in ("prep", "compound", "nmod", "npadvmod")
               for d in (c, *c.children)) or any(
        _dated(c) for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")


def _demanding(tok: "Token") -> bool:
    """A verb or noun of demand: "urged", "recommended", "welcomed", "called for", "plans", "calls"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if any(c.dep_ == "nsubj" and any(d.lemma_.lower() in _COURTS for d in c.subtree) for c in tok.children):
            return False  # "Judge Castro called for the mayor to be held in preventive detention": an order
        if lemma in DEMAND_VERBS:
            return True
        preps = DEMAND_PREPS.get(lemma)
        return bool(preps) and any(c.dep_ == "prep" and c.lower_ in preps and not any(
            d.ent_type_ == "DATE" for d in c.children) for c in tok.children)  # (not "On February 6, X called")
    return tok.pos_ == "NOUN" and lemma in DEMAND_NOUNS
