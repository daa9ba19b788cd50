"""The tense and habit of a verb: whether a clause tells a past occurrence ("detained", "was detained",
"had been detained", "did not investigate") or a practice ("often beat", "continued to detain", "may be
detained", "during periodic roundups"), and a sentence that opens on a rule ("The law prohibits …").
Split from ``occurrences.py``; the word lists are ``extract/data/events.toml``'s.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import (
    HABIT_HEADS, HABITUAL_ADJ, HABITUAL_ADV, HABITUAL_PHRASES, HABITUAL_RATE_ADJ, LAW_SUBJECTS, MEDIA_THINGS, MODALS,
    RATE_UNITS,
    REPORT_VERBS, STATE_AUXILIARIES, SUMMARY_ACTORS, SUMMARY_LIGHT_TYPES,
)
from ..types.triggers import is_verb, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token


GENERIC_START = re.compile(r"(?i)^(?:the|a|an)?\s*(?:law|laws|constitution|code|criminal code|legislation|"
                           r"regulations?|decree|penal code|labor code|statute)\b|^(?:by|under) law\b|"
                           r"^(?:there (?:is|are)|it is)\b")


def past(tok: "Token", depth: int = 0) -> bool:
    """``tok`` is a verb in a past tense: "detained", "was detained", "had been detained"."""
    kids = list(tok.children)
    if any(c.dep_ == "aux" and (c.lemma_.lower() in MODALS or c.lower_ in ("has", "have", "do", "does"))
           for c in kids):
        return False
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in kids):
        return True  # "the government did not investigate"
    if tok.tag_ == "VB" and tok.dep_ == "xcomp" and instrument_use(tok.head) and depth < 3:
        return past(tok.head, depth + 1)  # "Officials used these laws to harass journalists"
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.i == tok.i - 1 \
            and tok.head.i == tok.sent.start:
        return True  # "Authorities released …" parsed as a noun phrase
    if read_as_adjective(tok):
        return True  # "Police tortured suspects": the verb parsed as an adjective of its object
    if tok.tag_ == "VBN" and _simple_past_misread(tok, kids):
        return True  # the tagger's participle for a simple past: "NGOs reported authorities arrested …"
    if tok.tag_ == "VBN":
        if any(c.dep_ in ("auxpass", "aux") and (c.tag_ == "VBD" or c.lower_ == "had") for c in kids):
            return True
        if tok.dep_ == "conj" and depth < 3 and tok.head.pos_ in ("VERB", "AUX"):
            return past(tok.head, depth + 1)
    return False


def read_as_adjective(tok: "Token") -> bool:
    """A simple past the parser read as an adjective of its object (round t-events66): the verb right after
    its actor's noun (not a preposition's object nor an adverb noun: "at times detained individuals"), before
    the object noun with only determiners, adjectives, numbers or compounds between ("Police tortured
    suspects", "Al-Shabaab detained persons"); not "illegally detained persons", "of detained persons" (no
    noun before it), a law's subject, nor a noun phrase that is the object of another verb or a preposition
    ("received a six-month suspended sentence")."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.i == tok.sent.start or tok.head.i < tok.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children) or any(
            t.dep_ not in ("det", "amod", "compound", "nummod") for t in tok.doc[tok.i + 1:tok.head.i]):
        return False
    actor = tok.nbor(-1)
    if tok.head.dep_ in ("dobj", "pobj", "dative") or any(c.dep_ == "nummod" for c in actor.children):
        return False  # "received a six-month suspended sentence": a real adjective in an object
    return actor.pos_ in ("NOUN", "PROPN") and actor.dep_ not in ("pobj", "npadvmod") \
        and actor.lemma_.lower() not in LAW_SUBJECTS


def _simple_past_misread(tok: "Token", kids: list["Token"]) -> bool:
    """A participle with a subject and no auxiliary is a simple past the tagger misread, when it is the
    clause of a report ("NGOs reported authorities arrested and caused the disappearance of activists")
    or an act of violence or detention by an actor ("Security forces reportedly threatened, beat, and
    forced detainees to confess", "During the year authorities arrested, harassed and intimidated
    journalists"); not any verb ("Women's groups played an important role", "media published articles":
    round t-events7 found those false on dev)."""
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORT_VERBS:
        return True
    return trigger_type(tok) in SUMMARY_LIGHT_TYPES and (
        subj.lemma_.lower() in SUMMARY_ACTORS or subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "NORP"))


def instrument_use(verb: "Token") -> bool:
    """``verb`` is "use" with an object, the means of the infinitive after it ("used these laws to
    harass …"), not the "used to" of a habit."""
    return verb.lemma_.lower() == "use" and any(c.dep_ == "dobj" for c in verb.children)


def habitual(tok: "Token") -> bool:
    """ "Police often beat detainees", "continued to detain", "may be detained"."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV:
                return True
            if c.dep_ == "prep" and " ".join(d.lower_ for d in c.subtree) in HABITUAL_PHRASES:
                return True  # "at times members of the security forces used excessive force"
            if c.dep_ == "aux" and c.lemma_.lower() in MODALS:
                return True
            if frequent(c) or c.dep_ == "conj" and is_verb(c) and any(
                    k.dep_ == "prep" and frequent(k) for k in c.children if k.i > c.i):
                return True  # ("arrested migrants and seized their papers during periodic sweeps")
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in HABIT_HEADS and not instrument_use(cur.head):
            return True  # ("used to detain" is a habit; "used the law to detain" is not)
        if cur.head.i == cur.i or not (cur.dep_ in ("conj", "xcomp") or cur.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for c in cur.children)):
            break  # (an advcl without subject or conjunction is a coordinated verb parsed as a clause:
        cur = cur.head  # "Women sometimes were killed, beaten, expelled …, or died")
    return False


def frequent(arg: "Token") -> bool:
    """An argument of the verb that makes it a practice: "conducted regular visits", "during periodic
    roundups", "broadcast 18 hours a day", "met every week"."""
    if arg.dep_ == "npadvmod" and arg.lemma_.lower() in RATE_UNITS and any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "every", "each") for d in arg.children):
        return True
    nouns = [arg] if arg.dep_ in ("dobj", "nsubjpass") else \
        [o for o in arg.children if o.dep_ == "pobj"] if arg.dep_ == "prep" else []
    if arg.dep_ == "prep" and arg.lower_ == "per" and any(o.lemma_.lower() in RATE_UNITS for o in nouns):
        return True
    return any(a.dep_ == "amod" and (a.lower_ in HABITUAL_ADJ or a.lower_ in HABITUAL_RATE_ADJ and _rated(n))
               for n in nouns for a in n.children)


def _rated(noun: "Token") -> bool:
    """A noun a rate adjective makes a practice of: plural and no medium ("monthly visits", "weekly
    meetings"; not "the weekly newspaper", "the monthly minimum wage", "two weekly newspapers")."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() not in MEDIA_THINGS and noun.lower_ not in MEDIA_THINGS


def under_habit(tok: "Token") -> bool:
    """A clause under a verb of habit or a modal: "husbands frequently abandoned wives who had been
    assaulted", "courts may sentence women found guilty of adultery"."""
    return any(is_verb(a) and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV or
                                   c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in a.children)
               for a in tok.ancestors)


def in_question(tok: "Token") -> bool:
    """A clause under "whether" or "if": "It was not known whether the government fined any
    businesses", "threatened to fire workers if they joined the strike"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for a in (tok, *tok.ancestors) for c in a.children)


def state_aux(verb: "Token") -> bool:
    """A participle after a verb of state the parser took for an auxiliary: "social media remained
    blocked", "the weekly stayed closed" (the tagger leaves that "remained" unlemmatized)."""
    return any(c.dep_ in ("aux", "auxpass") and STATE_AUXILIARIES & {c.lemma_.lower(), c.lower_[:-2]}
               for c in verb.children)
