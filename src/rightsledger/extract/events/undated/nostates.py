"""Negated states that are no event (settled 2026-12-13, "negated states, standing functions"; round
t-neg17). "There were no government restrictions on academic freedom or cultural events" without a frame
of the year says how things stood, like "The government respected these rights": no event, where the
old reading made it a negated ``censorship_or_blocking``. A "no (credible) reports that …" conjunct of
the same attribute keeps its own negated event ("There were no government restrictions on access to the
Internet or reports that the government monitored e-mail": a negated ``surveillance``); "during the
year" keeps the negated event (``thereare.none_in_the_year``) and "no efforts to" the efforts rule.
A negated practice on a class is no event either (the same settlement): "Authorities did not detain
suspects incommunicado", "The government did not restrict or disrupt access to the internet" say how
things were (not) done; a negated step on a particular object keeps its settlement (negsteps.py).
A standing function on a class of matters is no event (the same settlement, N3; round t-neg18): "The
ombudsman received complaints", "The office referred cases to prosecutors and filed cases with the
court" say what a body does; with a taxonomy verb ("investigated cases of abuse") the sentence stays the
summary event of the year (settled 2026-12-04), and a count ("received 31 complaints") is figures.
Word classes in ``extract/data/events.toml`` (``state_restriction_nouns``, ``practice_access_nouns``,
``standing_not_verbs``, ``standing_matter_nouns``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import effort_noun
from ..lexicon import (
    PERSON_NOUNS, PRACTICE_ACCESS_NOUNS, PRACTICE_COUNTING_WORDS, PRACTICE_QUANTIFIERS, PUBLISHING_VERBS,
    REPORT_NOUNS, REPORT_VERBS, RIGHT_NOUNS, STANDING_MATTER_NOUNS, STANDING_NOT_VERBS, STANDING_QUANTITY_WORDS,
    STATE_RESTRICTION_NOUNS,
)
from ..clause.tense import habitual, past
from ..types.arguments import is_passive
from ..types.triggers import is_verb, sentence_tokens, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: what ``restriction_state`` returns for a state: no event
STATE: tuple = ()


def _year_frame(verb: "Token") -> bool:
    """ "during/in/throughout the year" anywhere in the clause of ``verb`` (a frame of the year)."""
    return any(t.lower_ == "year" and t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "throughout")
               for t in verb.subtree)


def restriction_state(sent: "SpacySpan", at: int,
                      reports_trigger) -> "tuple[Token, str] | tuple | None":
    """For "There were no <restriction> …" (the root a past "be" with an expletive "there", its
    attribute a restriction noun determined by "no", after character ``at``): ``STATE`` (no event), or
    the (trigger, type) of a "no reports that …" conjunct of the attribute (``reports_trigger`` is
    ``thereare.reports_trigger``); None when the sentence is not of the shape (the other rules read it).
    """
    no = next((t for t in sentence_tokens(sent) if t.idx >= at and t.lower_ == "no" and t.dep_ == "det"), None)
    if no is None or effort_noun(no) is not None:
        return None
    noun = no.head
    verb = noun.head
    if noun.dep_ != "attr" or noun.lemma_.lower() not in STATE_RESTRICTION_NOUNS or noun.pos_ != "NOUN":
        return None
    if verb.i != sent.root.i or verb.lemma_ != "be" or not past(verb) \
            or not any(c.dep_ == "expl" for c in verb.children):
        return None  # (a "there were no …" clause under another main clause: that clause decides)
    if _year_frame(verb):
        return None  # "There were no restrictions … during the year": a negated event (settled)
    # "… or (credible) reports that the government monitored …": a conjunct of the attribute (the parser
    # may also hang it under the attribute's complement: "access to the Internet or credible reports")
    doc = sent.doc
    for rep in (t for t in [*noun.conjuncts, *noun.subtree] if t.i > noun.i and t.lemma_.lower() in REPORT_NOUNS
                and any(doc[k].dep_ == "cc" for k in range(noun.i + 1, t.i))):
        trig, type_ = reports_trigger(sent, rep.idx)
        if type_ is not None:
            return trig, type_
    return STATE


def _negated_verb(verb: "Token") -> bool:
    """``verb`` is negated by "not"/"never" (not "not always": alleged, settled 2026-12-08), itself or,
    for a conjunct without a subject of its own, through the verb it is coordinated with."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in cur.children):
            return not any(c.dep_ == "advmod" and c.lower_ == "always" for c in cur.children)
        if cur.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in cur.children):
            return False
        cur = cur.head
    return False


def _object(verb: "Token") -> "Token | None":
    """The direct object of ``verb``, or of the verb it shares its object with ("did not restrict or
    disrupt access": the parser hangs "access" on "disrupt"; "did not attack IDPs or forcibly return
    them": the pronoun takes up the first verb's object)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ != "PRON":
        return obj
    for other in (*verb.conjuncts,):
        if not any(c.dep_.startswith("nsubj") for c in other.children):
            found = next((c for c in other.children if c.dep_ == "dobj" and c.pos_ != "PRON"), None)
            if found is not None:
                return found
    return None


def _class_object(obj: "Token") -> bool:
    """``obj`` names a class, a right or access, not a particular thing: a bare plural or mass noun
    (no determiner, number, possessive, name or quantifier), or a right or access."""
    lemma = obj.lemma_.lower()
    if lemma in RIGHT_NOUNS or lemma in PRACTICE_ACCESS_NOUNS:
        return True
    if obj.pos_ != "NOUN" or obj.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "CARDINAL"):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "predet") or c.lower_ in PRACTICE_QUANTIFIERS
                   or c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)


def _one_person(verb: "Token") -> bool:
    """The subject of ``verb`` (or of the verb it is coordinated with) is one person ("The judge did
    not censor outlets for publishing …": a step of the paragraph's episode, not a practice)."""
    cur = verb
    while cur.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in cur.children):
        cur = cur.head
    subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.ent_type_ == "PERSON" or subj.tag_ == "NN" and subj.lemma_.lower() in PERSON_NOUNS)


def negated_practice(verb: "Token") -> bool:
    """``verb`` states a negated practice on a class (settled 2026-12-13: no event): a past act of the
    trigger tables negated, active, not habitual, with no frame of the year, its object a class, a right
    or access ("Authorities did not detain suspects incommunicado", "did not restrict access to the
    internet"). A negated step on a particular object ("did not investigate the shooting") is not one."""
    if not is_verb(verb) or not past(verb) or habitual(verb) or not _negated_verb(verb):
        return False
    if is_passive(verb) or _year_frame(verb) or _one_person(verb):
        return False
    if not trigger_type(verb):
        return False
    obj = _object(verb)
    return obj is not None and _class_object(obj)


def practice_sentence(sent: "SpacySpan") -> bool:
    """The sentence's main clause is a negated practice on a class, and so is every coordinated clause
    with a subject of its own that has a trigger (""…, and the government did not investigate or monitor
    prison conditions"): the sentence states no event."""
    root = sent.root
    if not negated_practice(root):
        return False
    clauses = [c for c in root.children if c.dep_ in ("conj", "ccomp", "parataxis") and is_verb(c)
               and any(d.dep_.startswith("nsubj") for d in c.children)]
    return all(negated_practice(c) or not trigger_type(c) for c in clauses)


def _matters(obj: "Token") -> bool:
    """``obj`` is a bare plural of the matters a body handles ("complaints", "local cases", "land
    disputes"): no determiner, number, possessive, quantifier ("multiple appeals") or name; adjectives and common-noun
    compounds are allowed ("civil cases")."""
    if obj.lemma_.lower() not in STANDING_MATTER_NOUNS or obj.tag_ != "NNS":
        return False
    if any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
           for c in obj.children):
        return False  # "rejected allegations that forces had committed abuses": what is alleged (settled)
    return not any(c.dep_ in ("det", "nummod", "poss", "predet", "quantmod") or c.like_num or c.pos_ == "PROPN"
                   or c.lower_ in PRACTICE_QUANTIFIERS | PRACTICE_COUNTING_WORDS | STANDING_QUANTITY_WORDS
                   for c in obj.children)


def standing_function(sent: "SpacySpan") -> bool:
    """The sentence's main clause states a standing function on a class of matters (settled 2026-12-13,
    N3: no event): the root and every verb coordinated with it that shares its subject are past, active,
    not negated or habitual, outside the trigger tables and not verbs of what is reported or held
    (``report_verbs``, ``publishing_verbs``, ``standing_not_verbs``), without a frame of the year, and each has (or shares) a direct object that is a bare plural of
    ``standing_matter_nouns`` ("received complaints", "referred cases to prosecutors and filed cases
    with the court", "heard and decided local cases"). Any taxonomy verb among them ("investigated
    cases of abuse", "heard complaints and conducted investigations") or a counted object ("received 31
    complaints") keeps the other readings, as does a coordinated clause with its own subject and a trigger
    ("…, and police arrested three landlords")."""
    root = sent.root
    verbs = [root, *(v for v in root.conjuncts if v.i > root.i and is_verb(v)
                     and not any(c.dep_.startswith("nsubj") for c in v.children))]
    if not any(c.dep_ == "nsubj" for c in root.children):
        return False
    clauses = [c for c in root.children if c.dep_ in ("conj", "parataxis") and is_verb(c)
               and any(d.dep_.startswith("nsubj") for d in c.children)]
    if any(trigger_type(c) for c in clauses):  # (not "ccomp": the parser's reading of "cases in which …")
        return False  # "…, and police arrested three landlords": the clause's own event stands
    shared = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    for v in verbs:
        if not is_verb(v) or not past(v) or habitual(v) or _year_frame(v) or trigger_type(v):
            return False
        if v.lemma_.lower() in REPORT_VERBS | PUBLISHING_VERBS | STANDING_NOT_VERBS:
            return False  # what is reported ("NGOs documented cases of torture") keeps its settlement
        if is_passive(v) or any(c.dep_ == "neg" or c.tag_ == "MD" for c in v.children):
            return False
        own = [o for o in v.children if o.dep_ == "dobj"]
        if not all(_matters(o) for o in own or shared) or not (own or shared):
            return False
    return True
