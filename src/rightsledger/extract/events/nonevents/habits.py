"""A mark of habit elsewhere in the clause chain (issue 14, round t-evfp15): "Authorities dispersed
impromptu protests and at times arrested participants", "These cases rarely went to court, and those that
did led to few convictions", "The facility was designed for 1,000 prisoners, but it sometimes housed
several hundred more", "Nonetheless, occasional protests took place". DESIGN and docs/EVALUATION.md read a
practice told by frequency as habitual, no event; ``tense.habitual`` looks for the mark on the trigger and
on the verbs it hangs from through ``conj``/``xcomp``/``advcl`` only, so a mark on a coordinated verb, on a
verb the trigger's relative clause hangs from, or on the subject of a verb of happening was missed. On
twelve reports nobody annotated (the round's record) these made false events of the report year in six.

The words are the tables ``tense`` already reads (``habitual_adv``, ``habitual_adj``, ``habitual_phrases``
in ``extract/data/events.toml``); the rule is the reach: every verb from the trigger up to the root of its
sentence, and the verbs coordinated with each of them. A trigger whose own object is counted or named keeps
its occurrence ("Police detained 12 protesters and often beat detainees": the arrest is particular).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..lexicon import HABITUAL_ADJ, HABITUAL_ADV, HABITUAL_PHRASES, HAPPENING_VERBS, MAJORITY_FRAME_WORDS
from ..clause.tense import frequent
from ..types.triggers import is_verb, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def _own_clause(verb: "Token") -> list["Token"]:
    """The tokens of ``verb``'s own clause: its subtree without the clauses of other verbs under it."""
    out = []
    for t in verb.subtree:
        head = t.head
        while head.i != verb.i and not is_verb(head) and head.head.i != head.i:
            head = head.head
        if t.i != verb.i and head.i == verb.i:
            out.append(t)
    return out


def _phrase_at(tok: "Token") -> bool:
    """A phrase of habit begins at ``tok`` as written ("at times": the parser may hang "times" apart)."""
    doc = tok.doc
    return any(" ".join(t.lower_ for t in doc[tok.i:tok.i + len(p.split())]) == p for p in HABITUAL_PHRASES)


def _marked(verb: "Token") -> bool:
    """``verb``'s own clause carries a mark of habit: an adverb on the verb or on a preposition of it
    ("and occasionally to the press"), a phrase on the verb or its subject ("officials at times refused"),
    a frequency adjective on what it does ("issued regular reports") or on its subject ("occasional
    protests took place")."""
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for t in _own_clause(verb):
        if t.dep_ == "advmod" and t.lower_ in HABITUAL_ADV and (
                t.head.i == verb.i or t.head.pos_ == "ADP" and t.head.dep_ == "conj"):
            return True  # (not on the verb's own preposition: "kidnapped persons, often for ransom" tells why)
        if (t.dep_ == "prep" or t.dep_ == "conj" and t.pos_ == "ADP") and (
                t.head.i == verb.i or t.head.i in subjects) and _phrase_at(t):
            return True  # (the parser may coordinate the phrase: "dispersed rallies and at times detained …")
    for c in verb.children:
        if frequent(c):
            return True
        if c.dep_ == "nsubj" and trigger_lemma(verb) in HAPPENING_VERBS and any(
                a.dep_ == "amod" and a.lower_ in HABITUAL_ADJ for a in c.children):
            return True  # (not "The regular court system tried …": a kind of court)
    return False


def _particular(trig: "Token") -> bool:
    """The trigger's own object or subject is counted or names a person: a particular occurrence."""
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and (
        c.ent_type_ == "PERSON" or any(k.dep_ == "nummod" and k.like_num for k in c.children))
        for c in trig.children)


def _opening_frame(chain: list["Token"]) -> bool:
    """The sentence opens with a frame of generality on a verb of the chain: its first "in" (after a
    connective at most: "In most cases, however, …") on a plural noun under a word of
    ``MAJORITY_FRAME_WORDS`` ("In many cases police detained …", "In most districts …", round t-events83)."""
    sent = chain[0].sent
    lead = next((t for t in sent if t.dep_ not in ("cc", "advmod", "punct")), None)
    if lead is None or lead.lower_ != "in" or lead.dep_ != "prep":
        return False
    near = {v.i for v in chain} | {c.i for v in chain for c in v.children if c.dep_ == "conj"}
    return (lead.head.i in near or lead.head.i == sent.root.i) and any(
        o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") and any(
            k.dep_ in ("amod", "det") and k.lower_ in MAJORITY_FRAME_WORDS for k in o.children)
        for o in lead.children)


def habit_in_chain(trig: "Token", placed: Callable[["Token"], bool]) -> bool:
    """A mark of habit on a verb of the chain from ``trig`` to its sentence's root, or on a verb
    coordinated with one of them (see the module). ``placed`` tells a verb placed "during the year": a
    chain so placed keeps its occurrence ("Demonstrations occurred during the year; however, authorities
    sometimes dispersed them", "During the year activists were questioned, detained, and frequently
    sentenced": the dev gold's events, 2001 Somalia, 2017 Azerbaijan)."""
    chain = [t for t in (trig, *trig.ancestors) if is_verb(t)]
    if not chain or _particular(chain[0]) or any(placed(v) for v in chain):
        return False
    if _opening_frame(chain):
        return True  # "In many cases police detained vendors without a warrant": a practice
    for verb in chain:
        near = [verb, *(c for c in verb.children if c.dep_ == "conj" and is_verb(c))]
        if verb.dep_ == "conj" and is_verb(verb.head):
            near.append(verb.head)
        if any(_marked(v) for v in near):
            return True
    return False
