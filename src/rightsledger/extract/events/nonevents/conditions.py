"""A class of occurrences told by its outcome (settled 2026-12-08): "Mob violence and vigilantism
resulted in deaths and injuries", "Interethnic violence resulted in deaths" name no actor, no instance
and no date: a condition, no event. The clashes of one episode ("The clashes resulted in deaths"),
named parties ("Conflict between herders and farmers resulted in deaths") and a count ("resulted in 12
deaths") stay occurrences.

A condition told by the deficiency that caused it (round t-events62): "Judicial inefficiency, corruption, and
insufficient resources delayed proceedings", "A shortage of judges caused trial delays", "The judiciary's budgetary
problems led to backlogs that denied expeditious trials" say how the system stood, not that something happened in
the year: no event (dev gold census 0 : 57 of the rule's own undated sentences, in the round's record). Casualties
or harm as the outcome ("Overcrowding and lack of medical care led to some prison deaths") and a coordinated clause
of an act ("…, and authorities prosecuted no cases") stay occurrences.

A prison population told as a count (issue 14, round t-events63): "NGOs estimated that 4,000 prisoners
were incarcerated in 32 facilities", "In November 66 percent of prisoners were awaiting trial", "The
central prison held 1,280 prisoners": persons already in custody, counted or a share of them, as the subject
of a verb of being held or the object of a verb of holding, tell a state of the prisons, no step taken on
anyone (docs/EVALUATION.md: "not states", "not 'as of October' states"). ``extract_events`` asks
:func:`prison_population` of each record's trigger, dated or not; a clause a dated teller reports ("In 2017
the minister reported that 36 percent of inmates awaited sentencing") is the publication's and keeps its record.

A refugee population told as a count (issue 14, round t-events65), the sibling of the prison population: "The
country hosted approximately 2,400 refugees", "An estimated 61,000 refugees remained in the country", "Most of
those refugees lived in five camps": displaced persons counted or a share of them, as the object of a verb of
hosting or the subject of a verb of staying, tell a state of the country (:func:`refugee_population`); an arrival,
a return or a deportation of a count of them is a step taken and keeps its record.

What a share of surveyed persons told (issue 14, round t-events71): "62 percent of women reported abuse during
the preceding year", "one in five women experienced sexual violence before age 18", "six in 10 boys reported
experiencing violence at home": a share of persons, the subject of a verb of telling or undergoing, gives a
survey's figure, no occurrence (:func:`surveyed_share`); ``extract_events`` asks it of every record but the
survey's own publication (``report_published``), which keeps its record.

A rate (issue 14, round t-events78): "The maternal mortality rate was 550 per 100,000 live births", "the
UN agency put the number at 72 deaths per 100,000 live births", "the gender ratio was 111 boys for 100 girls":
a count per a round base (``rate_bases`` after ``rate_prepositions``) is a statistic of the population, no
occurrence (:func:`rate_statement`); ``extract_events`` drops the sentence's records of type ``other`` (what
the rules found with no taxonomy verb), not a publication's (the survey that gave the rate) nor an act of the
taxonomy counted beside it ("574 women were killed in 2015").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    CLASS_OUTCOMES,
    DEFICIENCY_CAUSE_VERBS,
    DEFICIENCY_NOUNS,
    DEFICIENCY_OUTCOME_TYPES,
    PERSON_NOUNS,
    POPULATION_HELD_VERBS,
    POPULATION_HOLDING_VERBS,
    POPULATION_NOUNS,
    POPULATION_SHARES,
    RATE_BASES,
    RATE_PREPOSITIONS,
    REFUGEE_DISPLACED_WORDS,
    REFUGEE_HOSTING_VERBS,
    REFUGEE_PERSON_NOUNS,
    REFUGEE_POPULATION_NOUNS,
    REFUGEE_STAYING_VERBS,
    REPORT_VERBS,
    SUMMARY_ACTORS,
    SURVEY_SHARES,
    SURVEY_TELLING_VERBS,
)
from ..types.triggers import is_verb, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
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


def _cause_and_subjects(sent: "SpacySpan") -> "tuple[Token, list[Token]] | None":
    """The sentence's main verb and its subjects: the root verb and its ``nsubj`` (a run-in topic the parser
    hangs there too: "Pretrial Detention: Judicial inefficiency … delayed"), or, where the parser took the
    subject for the root and the verb for a clause on it ("The judiciary's problems/ROOT led/acl to
    backlogs"), that noun and the verb right after it."""
    root = sent.root
    if is_verb(root):
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        return (root, subjects) if subjects else None
    verb = next((c for c in root.children if c.dep_ == "acl" and c.i == root.i + 1 and c.tag_ in ("VBD", "VBN")),
                None)
    return (verb, [root]) if root.pos_ == "NOUN" and verb is not None else None


def _deficiency(subj: "Token") -> bool:
    """``subj``, a conjunct or an apposition of it is a deficiency noun ("Judicial inefficiency, corruption,
    and …", "case backlogs, lack of legal counsel, …")."""
    heads = [subj, *(c for c in subj.children if c.dep_ == "appos")]
    heads += [k for h in list(heads) for k in h.conjuncts]
    return any(h.lemma_.lower() in DEFICIENCY_NOUNS for h in heads)


def deficiency_cause(sent: "SpacySpan") -> bool:
    """The sentence tells what a deficiency of the system caused (a condition, no event): its main verb a
    causing verb (``deficiency_cause_verbs``: "delayed", "led to", "undermined") whose subject is a deficiency
    (``deficiency_nouns``); not when the outcome is casualties or harm (``class_outcomes``,
    ``deficiency_outcome_types``: "led to some prison deaths") or a coordinated clause with its own subject
    states an act ("…, and authorities prosecuted no cases"). The caller asks it of undated sentences only."""
    found = _cause_and_subjects(sent)
    if found is None:
        return False
    verb, subjects = found
    if verb.lemma_.lower() not in DEFICIENCY_CAUSE_VERBS or not any(_deficiency(s) for s in subjects):
        return False
    own = {t.i for s in subjects for t in s.subtree}
    for t in verb.subtree:
        if t.i in own:
            continue
        if t.lemma_.lower() in CLASS_OUTCOMES or trigger_type(t) in DEFICIENCY_OUTCOME_TYPES:
            return False  # "Overcrowding and lack of medical care led to some prison deaths"
    return not any(c.dep_ == "conj" and is_verb(c) and trigger_type(c) and any(
        d.dep_.startswith("nsubj") for d in c.children) for c in verb.children)


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


def refugee_population(trig: "Token | None") -> bool:
    """``trig`` is, or hangs inside the clause of, a verb that tells a refugee population: its object displaced
    persons counted or a share of them, the verb one of hosting (``refugee_hosting_verbs``: "the country hosted
    2,400 refugees"), or its subject such persons, the verb one of staying (``refugee_staying_verbs``: "61,000
    refugees remained in the country"); not a clause that a dated teller reports."""
    verb = _clause_verb(trig)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    deps = ("dobj",) if lemma in REFUGEE_HOSTING_VERBS else ("nsubj",) if lemma in REFUGEE_STAYING_VERBS else ()
    return any(c.dep_ in deps and _counted(c, _displaced) for c in verb.children) and not _dated_teller(verb)


def surveyed_share(trig: "Token | None") -> bool:
    """``trig`` is inside what a share of persons told or underwent: a verb of ``survey_telling_verbs`` above it
    (or itself) whose subject is such a share ("62 percent of women reported abuse", "one in five women
    experienced sexual violence", "40 percent of children stated they were subjected to physical abuse")."""
    return trig is not None and any(
        tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SURVEY_TELLING_VERBS
        and any(c.dep_ == "nsubj" and _share_of_persons(c) for c in tok.children)
        for tok in (trig, *trig.ancestors))


def _share_of_persons(noun: "Token") -> bool:
    """A share of persons: a share noun of ``survey_shares`` with "of" persons or a number ("62 percent of
    women", "half of the children", "40 percent"), or persons counted "N in M" ("one in five women", "six in
    10 boys")."""
    if noun.lemma_.lower() in SURVEY_SHARES:
        return any(c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children)
                   or c.dep_ in ("nummod", "quantmod") or c.like_num for c in noun.children)
    return _counted_in(noun)


def _counted_in(subj: "Token") -> bool:
    """Persons counted "N in M", by either of the parser's two readings: the number the subject, "in" its
    preposition, the persons its object counted by a number ("One in five women": One -> in -> women -> five); or
    the persons the subject, their number bearing "in" ("six in 10 boys": boys -> 10 -> in)."""
    if subj.pos_ == "NUM":
        return any(c.lower_ == "in" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and any(
            n.dep_ == "nummod" for n in g.children) for g in c.children) for c in subj.children)
    return subj.pos_ == "NOUN" and any(c.dep_ == "nummod" and any(g.lower_ == "in" for g in c.children)
                                       for c in subj.children)


def _displaced(noun: "Token") -> bool:
    """Displaced persons: a refugee noun, or a person noun "displaced" qualifies ("persons displaced by …")."""
    lemma = noun.lemma_.lower()
    if lemma in REFUGEE_POPULATION_NOUNS:
        return True
    return lemma in REFUGEE_PERSON_NOUNS and any(c.lemma_.lower() in REFUGEE_DISPLACED_WORDS or
                                                 c.lower_ in REFUGEE_DISPLACED_WORDS for c in noun.children)


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
    return _counted(noun, lambda n: n.lemma_.lower() in POPULATION_NOUNS)


def _counted(noun: "Token", persons) -> bool:
    """``noun`` is persons of the kind ``persons`` accepts, counted ("4,000 prisoners") or a share of them."""
    if noun.lemma_.lower() in POPULATION_SHARES or noun.like_num:
        of = next((g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        return of is not None and persons(of)
    if not persons(noun):
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


def rate_statement(sent: "SpacySpan") -> bool:
    """``sent`` states a rate: a number, or a noun counted by one ("72 deaths", "550", "111 boys"), bears a
    preposition of ``rate_prepositions`` ("per", "for") whose object is a round base of ``rate_bases``
    ("100,000", "1,000"), or a noun counted by one ("per 100,000 live births", "for 100 girls"); also as the parse
    reads "210 per 100,000 live births" at times: the number and "per" both quantifiers of the base."""
    for prep in sent:
        if prep.lower_ not in RATE_PREPOSITIONS:
            continue
        if prep.dep_ == "quantmod" and _rate_base(prep.head) and any(
                c.dep_ == "quantmod" and c.like_num for c in prep.head.children):
            return True
        if prep.dep_ != "prep":
            continue
        head = prep.head
        if not (head.like_num or any(c.dep_ == "nummod" and c.like_num for c in head.children)):
            continue
        if any(_rate_base(o) or any(c.dep_ == "nummod" and _rate_base(c) for c in o.children)
               for o in prep.children if o.dep_ == "pobj"):
            return True
    return False


def _rate_base(tok: "Token") -> bool:
    """``tok`` is a round base of a rate ("100,000", "1,000", "thousand")."""
    return tok.like_num and tok.lower_ in RATE_BASES
