"""A class of occurrences told by its outcome (settled 2026-12-08): "Mob violence and vigilantism
resulted in deaths and injuries", "Interethnic violence resulted in deaths" name no actor, no instance
and no date: a condition, no event. The clashes of one episode ("The clashes resulted in deaths"),
named parties ("Conflict between herders and farmers resulted in deaths") and a count ("resulted in 12
deaths") stay occurrences.

A prison population told as a count (issue 14, round t-events63): "NGOs estimated that 4,000 prisoners
were incarcerated in 32 facilities", "In November 66 percent of prisoners were awaiting trial", "The
central prison held 1,280 prisoners": persons already in custody, counted or a share of them, as the subject
of a verb of being held or the object of a verb of holding, tell a state of the prisons, no step taken on
anyone (docs/EVALUATION.md: "not states", "not 'as of October' states"). ``extract_events`` asks
:func:`prison_population` of each record's trigger, dated or not; a clause a dated teller reports ("In 2017
the minister reported that 36 percent of inmates awaited sentencing") is the publication's and keeps its record.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    CLASS_OUTCOMES,
    PERSON_NOUNS,
    POPULATION_HELD_VERBS,
    POPULATION_HOLDING_VERBS,
    POPULATION_NOUNS,
    POPULATION_SHARES,
    REPORT_VERBS,
    SUMMARY_ACTORS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAMED = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})


def class_outcome(verb: "Token", noun: "Token") -> bool:
    """``verb`` ("resulted", "led") tells the casualties ``noun`` (``class_outcomes``: "deaths") of a class
    of occurrences: its subject a bare noun (no determiner, possessive or number), with no party or actor
    in it, the outcome not counted nor placed in the year."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or noun.lemma_.lower() not in CLASS_OUTCOMES:
        return False  # (casualties only: "appeals resulted in reduced sentences" is not this settlement's)
    for t in (subj, *(c for c in subj.children if c.dep_ == "conj")):
        if any(c.dep_ in ("det", "poss", "nummod", "prep") for c in t.children):
            return False  # "the clashes", "their attacks", "conflict between herders and farmers"
    clauses = {t.i for c in subj.subtree if c.dep_ == "relcl" for t in c.subtree}
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" or t.lemma_.lower() in SUMMARY_ACTORS | PERSON_NOUNS
           for t in subj.subtree if t.i not in clauses):  # (not in a clause about it: "--which resulted
        # in part from the lack of confidence in the police--"; but "Conflict involving the government
        # and militias resulted in deaths" names its parties)
        return False  # ("Security forces were responsible for killings", "Militia attacks resulted in deaths",
        # "teachers went on strike")
    if any(t.lower_ == "year" for t in verb.subtree):
        return False  # placed in time: "resulted in numerous deaths during the year"
    outcomes = (noun, *(c for c in noun.children if c.dep_ == "conj"))
    return not any(c.dep_ in ("nummod", "quantmod") or c.like_num for o in outcomes for c in o.children)


# what a trigger noun hangs from inside the clause of its verb ("awaiting <trial>", "held in <detention>")
_IN_CLAUSE = frozenset({"dobj", "pobj", "prep", "compound", "amod", "advcl", "xcomp"})


def prison_population(trig: "Token | None") -> bool:
    """``trig`` is, or hangs inside the clause of, a verb that tells a prison population: its subject persons
    in custody (``population_nouns``) counted or a share of them, the verb one of being held
    (``population_held_verbs``: "4,000 prisoners were incarcerated", "66 percent of prisoners were awaiting
    trial"), or its object such persons, counted, the verb one of holding (``population_holding_verbs``: "the
    prison held 1,280 prisoners"); not a clause that a dated teller reports."""
    verb = _clause_verb(trig)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    held = lemma in POPULATION_HELD_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and _custody_count(c) for c in verb.children)
    holding = lemma in POPULATION_HOLDING_VERBS and any(
        c.dep_ == "dobj" and _custody_count(c) for c in verb.children)
    return (held or holding) and not _dated_teller(verb)


def _clause_verb(trig: "Token | None") -> "Token | None":
    """The verb whose clause ``trig`` is in: itself, or the verb a noun hangs from within a few steps."""
    tok = trig
    for _ in range(4):
        if tok is None or tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in _IN_CLAUSE or tok.head is tok:
            return None
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _custody_count(noun: "Token") -> bool:
    """Persons in custody, counted ("4,000 prisoners") or a share ("66 percent of prisoners", "half the
    country's 1,524 prisoners", "the majority of inmates")."""
    if noun.lemma_.lower() in POPULATION_SHARES or noun.like_num:
        of = next((g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        return of is not None and of.lemma_.lower() in POPULATION_NOUNS
    if noun.lemma_.lower() not in POPULATION_NOUNS:
        return False
    return any(c.dep_ in ("nummod", "quantmod") or c.like_num or c.lemma_.lower() in POPULATION_SHARES
               for c in noun.children)


def _dated_teller(verb: "Token") -> bool:
    """``verb``'s clause is what a reporting verb tells, and that verb has a date of its own outside the clause
    ("In 2017 the minister reported that …"): the record is the publication's."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj") and tok.head is not tok:
        tok = tok.head
        if tok.lemma_.lower() in REPORT_VERBS:
            inside = {t.i for t in verb.subtree}
            return any(t.ent_type_ == "DATE" for t in tok.subtree if t.i not in inside)
    return False
