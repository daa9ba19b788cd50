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
    ACCORDING_LABELS, COUNTED_OCCURRENCE_NOUNS, LIGHT_VERBS, NAMED_PUBLISHING_VERBS, PERSON_NOUNS, PUBLISHING_SUBJECTS, PUBLISHING_VERBS,
    REPORT_STATEMENT_VERBS, REPORTING_BODIES,
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
