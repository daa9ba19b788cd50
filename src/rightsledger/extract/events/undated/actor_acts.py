"""Acts of the year told by their shape, not their verb (issue 14, round t-events12): an actor — a named
body or person, or an actor noun ("authorities", "the tribunal", "officials") — that did something to
particular persons, in the simple past, in the main clause of an undated sentence ("Officials moved
opposition deputy Marek Olsen to a hotel pending trial", "The tribunal sanctioned 14 officials", "The
president nominated four judges"). The verbs are outside the trigger tables; the commonest miss of the
dev reports since round t-events10 is such an act (80 fn of the year in 31 of the 44 dev files read
have an actor subject and a past root outside ``not_occurrences``).

``_other_occurrence`` (occurrences.py) admits an actor's act only when the subject is named, or when
the verb is placed "during the year". ``actor_act`` admits it by the parse: the root verb is a finite
simple past (or past perfect), active, not negated, modal, habitual or a state (``not_occurrences``,
which holds verbs of saying, statistics and standing functions), its subject is an actor by
``summaries.is_actor``, not a law and not quantified as part of a class ("some employers", "many
officials": ``practice_quantifiers``) or counted; and an object (direct, indirect or of a preposition)
names a person or counts persons (``names_persons``). Acts on things, standards, rights in general or
bodies stay out: on dev they were mostly practice told in the past (see ``names_persons``). Type ``other``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ...annotate import span_text
from ..lexicon import (
    ANY_TRIGGER, CAMPAIGN_NOUNS, LAW_SUBJECTS, NOT_OCCURRENCES, PERSON_NOUNS, PHENOMENON_VERBS,
    PRACTICE_COUNTING_WORDS, PRACTICE_EXEMPT_VERBS, PRACTICE_QUANTIFIERS, RIGHT_NOUNS,
    STANCE_OBJECTS,
)
from ..clause.tense import GENERIC_START, habitual, past, state_aux, under_habit
from ..types.arguments import is_passive
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def actor_act(sent: "SpacySpan", actor: Callable[["Token"], bool]) -> "Token | None":
    """The root verb when the sentence states an actor's act in the simple past (see the module), else
    None. ``actor`` tells whether a noun names who acts (``summaries.is_actor``)."""
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or not past(root):
        return None
    if habitual(root) or under_habit(root) or state_aux(root) or GENERIC_START.search(span_text(sent)):
        return None
    if trigger_lemma(root) in NOT_OCCURRENCES | PHENOMENON_VERBS:
        return None
    kids = list(root.children)
    if is_passive(root) or any(c.dep_ in ("neg", "mark") for c in kids):
        return None  # (negations are negsteps.py's; a passive's doer is rarely told)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "punct" and c.text == ":" for c in subj.children):
        return None  # (a run-in topic parsed as the subject)
    if subj.lemma_.lower() in LAW_SUBJECTS or not actor(subj):
        return None
    if any(c.dep_ in ("nummod", "det", "amod") and c.lower_ in PRACTICE_QUANTIFIERS or c.dep_ == "nummod"
           for c in subj.children) or subj.lower_ in PRACTICE_QUANTIFIERS:
        return None  # "Some employers confiscated passports", "86 workers died": a practice or a count
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    objs += [o for c in kids if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if not objs:
        return None
    if any(o.dep_ == "dobj" and o.lemma_.lower() in RIGHT_NOUNS | STANCE_OBJECTS for o in objs):
        return None  # "The government restricted these rights", "Activists raised concerns"
    return root if any(names_persons(o) for o in objs) else None


def names_persons(noun: "Token") -> bool:
    """The act's object is one or more particular persons: a person's name, or a noun of persons that is
    counted ("moved deputy Marek Olsen", "sanctioned 14 officials", "nominated four judges"). Round
    t-events12 tried wider objects on dev: any name or count (a body, a place, a number of things) gave
    16 matched of 46 records added, a named body 6 of 15 — the objects of rules and standing practice ("set
    safety standards", "invited NGOs to sessions", "recognized many denominations") — below what an added
    record must reach to raise F1."""
    if noun.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in noun.children if t.dep_ in (
            "compound", "appos")):
        return True
    if noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in PERSON_NOUNS for c in noun.children):
        return True  # a title before a name the tagger did not take for a person's ("deputy Marek Olsen")
    return noun.lemma_.lower() in PERSON_NOUNS and any(
        c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "ORDINAL", "PERCENT", "MONEY")
        for c in noun.children)


def practice_object(root: "Token") -> bool:
    """The act is told of a class of things, not of one occurrence: the direct object (or, without one,
    every object of a preposition) is a bare plural or mass noun — no determiner, number, possessive,
    name or pronoun ("The ministry deployed inspectors throughout the country", "Officials inspected
    working conditions", "The agency aided in protection of camps"). Settled 2026-12-11 (docs/
    EVALUATION.md, round t-conv13): an actor's act in the simple past whose verb is outside the taxonomy
    and whose object is general describes how things were done, no event (dev gold before the
    settlement: 58 sentences without an event, 35 with one, most of them shapes settled before). Visits,
    campaigns, an object counted or named and a taxonomy word anywhere in the act keep it an event."""
    if trigger_lemma(root) in PRACTICE_EXEMPT_VERBS:
        return False  # visits keep their settlement (2026-12-06)
    subj = {t.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if any(t.i not in subj and t.lemma_.lower() in ANY_TRIGGER | CAMPAIGN_NOUNS
           for t in root.subtree):
        return False  # a taxonomy act or a campaign told inside ("conducted investigations", "ordered
        # preventive detention", "issued directives resulting in the blocking of sites")
    dobj = [c for c in root.children if c.dep_ == "dobj"]
    pobj = [o for c in root.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if any(o.pos_ in ("PROPN", "PRON") or o.ent_type_ or o.lemma_.lower() in PRACTICE_EXEMPT_VERBS or any(
            k.dep_ == "nummod" or k.like_num or k.lower_ in PRACTICE_COUNTING_WORDS for k in o.children)
           for o in dobj + pobj):
        return False  # an object counted or named: "instituted disciplinary action in 22 cases"
    objs = dobj or pobj
    return bool(objs) and all(_general(o) for o in objs)


def _general(noun: "Token") -> bool:
    """A bare plural or mass noun: no determiner, number, possessive, name, pronoun or entity."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in RIGHT_NOUNS:
        return False  # (rights are their own question: right_nouns)
    return not any(c.dep_ in ("det", "nummod", "poss", "predet", "quantmod") or c.like_num or c.pos_ == "PROPN"
                   or c.ent_type_ for c in noun.children)
