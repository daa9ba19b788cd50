"""Summary statements of the year and the practices a sentence takes up: "Authorities restricted
access to the internet" (the main verb in the simple past with an actor as subject), "Former
leaders reported harassment" (hearsay), "there were reports officials employed them" (the
practices named before), "The government took steps to punish officials" (the steps' aim). Apart
from ``occurrences.py``, which decides whether an undated sentence is an occurrence of the report
year and asks these; ``is_actor`` and ``run_in_topic`` also serve the modules it hands an actor test
to (refusals, actor acts, conjuncts).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import first_aim
from .hearsay import reporting_verb
from ..lexicon import (
    CUSTODIANS, HABITUAL_PHRASES, PERSON_NOUNS, PRACTICE_NOUNS, PRACTICE_VERBS, REPORT_NOUNS, REPORT_VERBS,
    RIGHT_NOUNS, STEP_NOUNS, SUMMARY_ACTORS, SUMMARY_DOING_VERBS,
)
from .subjected import subjecting_verb
from ..clause.tense import habitual, instrument_use, past
from ..types.triggers import is_verb, sentence_tokens, trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def summary_statement(tok: "Token") -> bool:
    """A summary statement of the year (docs/gold/2023_somalia.md): the sentence's main verb,
    in the simple past, with an actor as its subject, states what happened during the year
    ("Authorities restricted access to the internet", "Members of the security forces committed
    numerous abuses", "Journalists were intimidated and imprisoned", "Observers reported the
    government blocked access to opposition websites"). A practice told in the past (a frequency
    word, a modal, "continued to", "in practice") never gets here; a noun is one only as what an
    actor committed ("reported widespread self-censorship" is no statement of an occurrence)."""
    light = None if is_verb(tok) else subjecting_verb(tok)  # "were subjected to harassment by police"
    if is_verb(tok):
        verb = tok
    elif tok.dep_ == "dobj" and is_verb(tok.head) and lemma_in(tok.head, SUMMARY_DOING_VERBS):
        verb = tok.head
    elif light is not None:
        verb = light
    else:
        return False
    if not past(verb) or verb.dep_ in ("amod", "acl", "relcl") or any(
            p.dep_ == "prep" and " ".join([p.lower_, *(d.lower_ for o in p.children if o.dep_ == "pobj"
                                                  for d in o.subtree)]) in HABITUAL_PHRASES for p in verb.subtree):
        return False  # ("restricted these rights in practice", the phrase parsed on the object)
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and is_verb(cur.head):
        cur = cur.head  # "The government restricted and disrupted access to the internet"
    if cur.dep_ == "xcomp" and instrument_use(cur.head):
        cur = cur.head  # "Officials used these laws to harass opposition leaders"
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RIGHT_NOUNS for c in verb.children):
        return False  # a right restricted in general ("restricted these rights", "… to restrict media freedom")
    if not (cur.dep_ == "ROOT" or cur.dep_ == "ccomp" and cur.head.dep_ == "ROOT"
            and lemma_in(cur.head, REPORT_VERBS) and past(cur.head)):
        return False
    subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and not run_in_topic(c)), None)
    if subj is None:
        return False
    if subj.dep_ == "nsubjpass":  # what was done to persons, or by an actor
        agent = next((o for c in cur.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        if agent is None:  # (not "Some reporters were subjected to harassment": no actor, subjected.py)
            return light is None and subj.lemma_.lower() in PERSON_NOUNS | CUSTODIANS
        return is_actor(agent)
    return is_actor(subj)


def reported_hearsay(noun: "Token") -> bool:
    """ "Former leaders reported harassment", "reported receiving death threats" (hearsay.py), not a habit."""
    verb = reporting_verb(noun) if not is_verb(noun) else None
    return verb is not None and not habitual(verb)


def practices_employed(sent: "SpacySpan") -> "Token | None":
    """ "The law prohibited such practices, but there were (credible) reports (that) officials employed
    them" (or "no credible reports"): the verb whose pronoun object takes up the practices named before
    it, in a clause of reports (its polarity is the reports'). Its type is the section topic's."""
    practices = [t for t in sentence_tokens(sent) if t.lemma_.lower() in PRACTICE_NOUNS and t.tag_ == "NNS" and any(
        c.dep_ in ("det", "amod") and c.lower_ in ("such", "these", "those") for c in t.children)]
    reports = [t for t in sentence_tokens(sent) if t.lemma_.lower() in REPORT_NOUNS and t.pos_ == "NOUN"]
    for verb in sentence_tokens(sent):
        if trigger_lemma(verb) in PRACTICE_VERBS and is_verb(verb) and any(p.i < verb.i for p in practices) and any(
                r.i < verb.i for r in reports) and any(c.dep_ == "dobj" and c.lower_ == "them" for c in verb.children):
            return verb
    return None


def steps_taken(sent: "SpacySpan", root: "Token | None" = None) -> tuple["Token", str] | None:
    """ "The government took steps to identify and punish officials who committed abuses", "did not
    take steps to investigate": the occurrence is what the steps were taken to do, typed by its first
    verb in ``step_verbs``, with "take" as the trigger (its negation is the event's). The main verb
    "take" in the past, its object a step noun, no habit or modal. ``root`` is the verb read in place of
    the sentence's root (``steps_beside_state.py``: a clause beside the state of impunity)."""
    root = sent.root if root is None else root
    if trigger_lemma(root) != "take" or not past(root) or habitual(root):
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS), None)
    if obj is None:
        return None
    # the infinitive hangs off the noun or, as the parser often has it, off "take"
    aims = [*obj.subtree, *(t for c in root.children if c.dep_ in ("xcomp", "advcl") for t in c.subtree)]
    aim = first_aim(aims, obj.i)
    return (root, aim) if aim else None  # "take" carries "did not"


def is_actor(noun: "Token") -> bool:
    """``noun`` names who acts: a named body, group or person, or an actor noun ("authorities",
    "members of the security forces", "armed groups"); not a thing ("roadblocks", "lawsuits")."""
    for t in (noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj")):
        if t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or t.pos_ == "PROPN" or \
                t.lemma_.lower() in SUMMARY_ACTORS | PERSON_NOUNS:
            return True
    return False


def run_in_topic(noun: "Token") -> bool:
    """``noun`` is a run-in topic parsed as a subject ("Violence and Harassment: Authorities harassed
    …"): the heading before the colon, not who acted."""
    return any(c.dep_ == "punct" and c.text == ":" for c in noun.children)


def lemma_in(verb: "Token", words: frozenset[str]) -> bool:
    """``verb``'s lemma is one of ``words``, repaired where the tagger's is no word ("staged" → "stag")."""
    low = verb.lower_
    return verb.lemma_.lower() in words or verb.tag_ in ("VBD", "VBN") and (low[:-1] in words or low[:-2] in words)
