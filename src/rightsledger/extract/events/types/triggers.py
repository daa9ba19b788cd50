"""Triggers: the event type a token triggers, and the triggers of a sentence (cached). This module
holds the repaired lemma, the gates every token passes and the dispatch: a verb's cases are
``verb_types.py``'s, a noun's ``noun_types.py``'s, the words of their arguments ``arguments.py``'s;
what someone calls for is ``demands.py``'s. Also an election named as a label and a noun in a
title, which ``attach.py`` asks. The trigger a date expression attaches to in the dependency parse
is ``attach.py``'s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import NO_CUE, protection_granted
from .demands import demanded
from ..lexicon import ANY_TRIGGER, LABEL_HEADS, LABEL_PREPS, LABEL_VERBS, NOUN_TYPES, TITLE_HEADS, VERB_TYPES
from .noun_types import noun_type
from .verb_types import verb_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def trigger_lemma(tok: "Token") -> str:
    """The lemma, repaired where the tagger's lemma is not a word ("fined" → "fin")."""
    lemma = tok.lemma_.lower()
    if lemma in ANY_TRIGGER or not tok.tag_.startswith("VB"):
        return lemma
    low = tok.lower_
    for cand in (low[:-1], low[:-2], low[:-3] if low.endswith("ied") else "",
                 low[:-3] + "y" if low.endswith("ied") else "",  # ("treat" is no "try")
                 low[:-3] + "e" if low.endswith("ing") else ""):  # ("raping" → "rap")
        if cand in VERB_TYPES:
            return cand
    return lemma


def trigger_type(tok: "Token") -> str | None:
    """The event type a token triggers, looking at its arguments for ambiguous lemmas; what someone calls
    for or plans is of type other ("called for an investigation", "announced plans to grant citizenship":
    ``demands.py``)."""
    type_ = _typed(tok)
    return "other" if type_ and demanded(tok) else type_


def _typed(tok: "Token") -> str | None:
    """The gates every token passes (a protection status granted, no trigger word, a word of a date),
    then the verb's cases (``verb_types.py``) or the noun's (``noun_types.py``)."""
    lemma = trigger_lemma(tok)
    if (cue := protection_granted(tok, lemma)) != NO_CUE:
        return cue  # "provided subsidiary protection to 293 persons" ("provide" is no trigger)
    if lemma not in ANY_TRIGGER or tok.ent_type_ == "DATE":
        return None  # a word of a date triggers nothing ("in March", "on May 5")
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return verb_type(tok, lemma, trigger_type)
    if tok.pos_ in ("NOUN", "PROPN"):
        return noun_type(tok, lemma)
    return None


def election_label(tok: "Token") -> bool:
    """An election named as the label of an episode, not stated as held: "killings related to the
    March election", "following the October presidential election", "from the October 18
    election through December", "abstained from observing the March elections"."""
    if tok.pos_ not in ("NOUN", "PROPN") or NOUN_TYPES.get(tok.lemma_.lower()) != "election_or_referendum":
        return False
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "the March election and the October presidential election"
    head = cur.head
    if cur.dep_ == "dobj":
        return head.lemma_.lower() in LABEL_VERBS
    return cur.dep_ == "pobj" and (head.lower_ in LABEL_PREPS or head.lower_ in ("to", "with") and (
        head.head.lower_ in LABEL_HEADS))


def labelled_occurrence(label: "Token") -> tuple["Token", str]:
    """The sentence's own occurrence that an election label dates: its nearest other trigger, else
    the label itself as an occurrence of type other."""
    best = min(((abs(t.i - label.i), t, ty) for t, ty in sentence_triggers(label.sent)
                if ty != "election_or_referendum" and t.ent_type_ != "DATE" and (is_verb(t) or not in_title(t))),
               key=lambda x: x[0], default=None)
    return (best[1], best[2]) if best else (label, "other")


_CACHE: dict[str, object] = {"key": None, "toks": [], "trigs": []}


def sentence_tokens(sent: "SpacySpan") -> list["Token"]:
    """The tokens of ``sent`` (cached for the sentence being processed: token access is not free)."""
    key = (id(sent.doc), sent.start, sent.end)
    if _CACHE["key"] != key:
        toks = list(sent)
        _CACHE.update(key=key, toks=toks, trigs=None)
    return _CACHE["toks"]  # type: ignore[return-value]


def sentence_triggers(sent: "SpacySpan") -> list[tuple["Token", str]]:
    """``(token, type)`` of every trigger of ``sent``."""
    toks = sentence_tokens(sent)
    if _CACHE["trigs"] is None:
        _CACHE["trigs"] = [(t, ty) for t in toks if (ty := trigger_type(t))]
    return _CACHE["trigs"]  # type: ignore[return-value]


def is_verb(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX")


def in_title(tok: "Token") -> bool:
    """A noun in the title of a person or body: "the special rapporteur on extrajudicial executions",
    "the assistant secretary-general for rule of law", "the Committee against Torture"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("pobj", "conj", "prep", "compound", "amod") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.head.lemma_.lower() in TITLE_HEADS:
            return True
        cur = cur.head
    return False
