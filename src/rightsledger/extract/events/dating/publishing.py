"""A body publishing what it found (issue 14): "Vox Veridia reported", "the Directorate revealed", "a
report stated". A date on such a verb dates a ``report_published`` when its complement names no
occurrence of its own (:func:`.attach.find_trigger`); the verbs and subjects are ``publishing_verbs``,
``report_statement_verbs``, ``publishing_subjects`` and ``reporting_bodies`` in ``extract/data/events.toml``.

Round t-types8 (statistics and findings dated by their source, §5-7 above all): a named source that reports,
estimates or concludes ("In 2010 the NGO Harvest estimated that …", ``named_publishing_verbs``) and a source
dated inside "according to" ("According to the prosecutor's office in May, six of 10 victims were
children") publish. A survey or census "conducted" is not one here: the dev gold reads it other or
investigation more often than a publication.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    ACCORDING_LABELS, COUNTED_OCCURRENCE_NOUNS, HABITUAL_ADV, LIGHT_VERBS, NAMED_PUBLISHING_VERBS, PERSON_NOUNS,
    PUBLISHING_SUBJECTS, PUBLISHING_VERBS, REPORT_STATEMENT_VERBS, REPORTED_GERUND_STATES, REPORTED_NO_WORDS,
    REPORTED_SET_WORDS, REPORTED_SHARE_NOUNS, REPORTED_STATE_VERBS, REPORTING_BODIES, STATE_FORCES, STATE_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_publishing(verb: "Token") -> bool:
    """A body reporting or publishing: "Vox Veridia reported", "The ministry reported", "UNICEF reported", "the
    Directorate revealed", "the study found" (``publishing_verbs``)."""
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (lemma in PUBLISHING_VERBS | NAMED_PUBLISHING_VERBS and any(
        c.ent_type_ == "ORG" or c.lemma_.lower() in REPORTING_BODIES | PUBLISHING_SUBJECTS
        or len(c.text) > 2 and c.text.isupper()  # ("UNICEF", "HRW")
        or lemma in NAMED_PUBLISHING_VERBS and _named_source(c) for c in subjects)
        or lemma in REPORT_STATEMENT_VERBS and any(c.lemma_.lower() in PUBLISHING_SUBJECTS for c in subjects))


def counted_occurrences(verb: "Token") -> bool:
    """A publishing verb whose direct object is a count noun of occurrences with a number: "the ministry reported nine
    allegations of antiunion discrimination from January to July", "the directorate reported 2,440 cases of
    malnutrition". What the body counted happened over the period the date gives (settled 2026-12-06: a count
    over a stated period is an event of that period); the date does not date a publication (round t-types21,
    ``counted_occurrence_nouns``). Without a number the body may be publishing ("In May Amnesty International
    reported allegations that …" is a dated report). Called once no trigger was found inside the object."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in COUNTED_OCCURRENCE_NOUNS
               and any(d.dep_ == "nummod" for d in c.children) for c in verb.children)


def reported_act(verb: "Token") -> bool:
    """A publishing verb whose clause tells one past act with no date of its own: "On September 16, a union
    reported that a judge refused to promote a clerk", "the newspaper reported several inmates were returned to
    the command". The record is the act, dated by the reporting verb (EVALUATION "Settled 2027-01-01", S6a; round
    t-types28); a state, a practice, a share or an act with a date of its own keeps the report (S6b, S6c).
    Called once no trigger was found inside the clause."""
    return any(c.dep_ == "ccomp" and _past_act(c) and _particular(c) for c in verb.children)


def _past_act(verb: "Token") -> bool:
    """``verb`` tells a past occurrence: a simple past, or a participle after "had" or a passive "was/were"
    (not a progressive, a present perfect or a modal), not negated, no adverb of habit, no date inside, not a
    verb of a state or practice (``reported_state_verbs``)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and bool(auxes) and all(
        a.tag_ in ("VBD", "VBN") and a.lower_ != "being" for a in auxes)
    return past and verb.lemma_.lower() not in STATE_VERBS | REPORTED_GERUND_STATES | REPORTED_STATE_VERBS \
        and not any(c.dep_ == "neg" or c.lemma_.lower() in HABITUAL_ADV for c in verb.children) \
        and not any(d.ent_type_ == "DATE" for d in verb.subtree)


def _particular(verb: "Token") -> bool:
    """The clause's subject names particular doers or things: not a share ("72 percent of women"), not a bare
    plural class ("medical facilities barred patients"), nothing ("no sanctions"), unless counted ("several inmates") or the state's
    forces ("police searched the house")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lemma_.lower() in REPORTED_SHARE_NOUNS:
        return False
    subj = subjects[0]
    if any(c.lower_ in REPORTED_NO_WORDS for c in subj.children):
        return False  # "no sanctions were announced"
    counted = any(c.dep_ in ("det", "nummod", "poss", "quantmod") or c.lower_ in REPORTED_SET_WORDS
                  for c in subj.children)
    return subj.tag_ != "NNS" or counted or subj.lemma_.lower() in STATE_FORCES or subj.lower_ in STATE_FORCES


def _named_source(noun: "Token") -> bool:
    """A name of several words that is no person's: "El Universo", "the NGO Pact", "Freedom House" (a person's
    account is the act it tells: "Tabib reported …", "President Moreno reported …", the 2017 Tunisia and 2019
    Ecuador gold)."""
    return noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) and not any(
        c.lemma_.lower() in PERSON_NOUNS for c in noun.children)


def according_source(noun: "Token") -> bool:
    """A dated source inside "according to": "According to the Office of the Prosecutor in May, …"."""
    cur = noun
    for _ in range(4):
        if cur.lemma_.lower() in ACCORDING_LABELS:
            return False  # ("according to UNICEF data from 2017": a label)
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lower_ == "according":
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "conj", "appos") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def stated_state(noun: "Token", clause: "Token") -> bool:
    """A noun inside a reported clause that names no occurrence of the report's date: anything but a
    direct argument of a light verb ("reported that elections were held" is an election; "reported that
    the phenomena of arbitrary arrest continued", "that three parties were seeking registration", "that
    the country failed in legislation" are statements of a state, published at the date)."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return not (head.head.i == clause.i and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
                and clause.lemma_.lower() in LIGHT_VERBS)
