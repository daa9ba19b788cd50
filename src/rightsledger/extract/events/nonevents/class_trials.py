"""Trials of a class of persons told as which court tries whom (issue 14, round t-events41): "Military
courts tried some civilians, primarily those accused of terrorism offenses", "The regular court system
tried most defendants, although …", "the criminal court of justice tried military offenders". The
summary-statement rule (``undated/summaries.py``) would read each as a trial of the year; the dev gold
does not: a court, active, trying a class of persons, undated, is none in 4 dev reports and an event in
0 (round t-events41's census; the one event of a trial of a class, "members of the military were tried
in civilian courts", 2016 Chad, is a passive and is not touched). It tells the jurisdiction, a procedure,
like the arrest procedures of ``procedures.py``. The shape: the trial verb (``class_trial_verbs``),
active, past, with a court as its subject (``trying_court_nouns``, or "system" with such a noun or
"judicial" before it: "the court system"), and as its direct object a plural common noun that is a
class — bare, with an adjective ("military offenders") or a share word (``procedure_share_words``:
"some", "most"), or "those" with a modifier after it ("those minors without papers") — with no number,
name, possessive or other determiner, and no date in the clause. Convictions, sentences and acquittals
of a class stay events (the dev gold reads them so, 3 : 1), and so do counted or named persons.
Tables in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.arguments import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

TRIAL_VERBS = words("events", "class_trial_verbs")
COURT_NOUNS = words("events", "trying_court_nouns")
SYSTEM_NOUNS = words("events", "trying_system_nouns")
SHARE_WORDS = words("events", "procedure_share_words")
CLASS_DEMONSTRATIVES = words("events", "class_trial_demonstratives")


def class_trial(verb: "Token") -> bool:
    """True when ``verb`` tells that a court tried a class of persons, undated (see the module)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in TRIAL_VERBS or verb.tag_ != "VBD":
        return False
    if is_passive(verb):
        return False  # "members of the military were tried in civilian courts": not this shape
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.i > verb.sent.start:
        prev = verb.doc[verb.i - 1]  # "in many provinces courts tried …": the parser hangs "courts" on "in"
        subj = prev if prev.tag_ == "NNS" and prev.dep_ == "pobj" else None
    if subj is None or not _court(subj):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1 or not _class_of_persons(objs[0]):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "year" for t in verb.subtree)


def _court(noun: "Token") -> bool:
    lemma = noun.lemma_.lower()
    if lemma in COURT_NOUNS:
        return True
    return lemma in SYSTEM_NOUNS and any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in COURT_NOUNS or c.lower_ == "judicial")
        for c in noun.children)


def _class_of_persons(noun: "Token") -> bool:
    """"some civilians", "most defendants", "military offenders", "those minors without papers"."""
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    after = any(c.dep_ in ("prep", "acl", "relcl") and c.i > noun.i for c in noun.children)
    for c in noun.children:
        if c.dep_ in ("det", "amod", "predet", "quantmod") and c.lower_ in SHARE_WORDS:
            continue
        if c.dep_ == "det" and c.lower_ in CLASS_DEMONSTRATIVES and after:
            continue
        if c.dep_ in ("det", "nummod", "poss", "predet", "quantmod") or c.like_num or c.ent_type_:
            return False  # "the two journalists", "14 soldiers", "its members": particular persons
    return True
