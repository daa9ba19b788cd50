"""Frames that make an undated sentence a condition, not an occurrence (issue 14, round t-events29).

The settlements of 2026-12-17 (docs/EVALUATION.md, "Settled 2026-12-17 (reports of practices by frame;
efforts qualified; aims; standing functions; prison inspections)") read three frames as no event when the
sentence has no date of its own; the rules before them made an event of the report year of each:

- **an aim**: an actor that "sought to", "aimed to", "attempted to", "worked to" <better or change a
  condition> ("The ministry sought to improve inspection capabilities at mines") states what it aimed at
  (dev gold none in 16 reports); the trigger is the aim verb or lies inside its infinitive;
- **a frequency word on the reports** ("There were continued reports of corruption by officials") tells a
  practice by frequency; words that count the reports ("isolated", "some", "credible") are not in the table;
- **prevalence inside what is reported** ("reports that trafficking was a serious problem", "reports of
  forced marriage, a customary practice"): a condition; a coordinated clause of its own ("…, and corruption
  was a problem") is outside the reports' words and changes nothing;
- **an increase reported without a date** ("Civil society groups reported increased incidence of rape",
  "reported an increase in trafficking"): a trend.

Only the words inside the reports (the report noun's subtree) or the aim's infinitive are read, so a
trigger elsewhere in the sentence keeps its event. The words are ``[undated_frames]`` in
``extract/data/events.toml``; ``__init__._of_the_report_year`` asks :func:`framed` of each undated record.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_F = lexicon("events")["undated_frames"]
AIM_VERBS = frozenset(_F["aim_verbs"])
AIM_COMPLEMENTS = frozenset(_F["aim_complements"])
REPORT_NOUNS = frozenset(_F["report_nouns"])
REPORT_FREQUENCY = frozenset(_F["report_frequency"])
PREVALENCE_WORDS = frozenset(_F["prevalence_words"])
PREVALENCE_VERBS = frozenset(_F["prevalence_verbs"])
INCREASE_NOUNS = frozenset(_F["increase_nouns"])
INCREASE_MODIFIERS = frozenset(_F["increase_modifiers"])
INCREASE_HEADS = frozenset(_F["increase_heads"])

# what an aim's object or a reported noun passes through on the way up to it
_THROUGH = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nmod", "conj", "acl", "pcomp", "appos"})


def framed(trig: "Token | None") -> bool:
    """The undated record on ``trig`` is told under an aim, a frequency word on the reports, prevalence
    inside what is reported or an undated increase: no event."""
    if trig is None:
        return False
    return aim_told(trig) or reports_framed(trig) or increase_told(trig)


def aim_told(trig: "Token") -> bool:
    """``trig`` is an aim verb with an infinitive of bettering or changing ("sought to improve"), or lies
    inside that infinitive ("worked to end abuses")."""
    cur = trig
    for _ in range(6):
        if _aim(cur):
            return True
        if cur.dep_ == "xcomp" and _aim(cur.head):
            return True
        if cur.dep_ not in _THROUGH and cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _aim(verb: "Token") -> bool:
    """``verb`` is "sought/aimed/attempted/worked to <improve, change, address …>"."""
    return verb.lemma_.lower() in AIM_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in AIM_COMPLEMENTS and any(k.dep_ == "aux" and k.lower_ == "to"
                                                                           for k in c.children)
        for c in verb.children)


def _report_noun(trig: "Token") -> "Token | None":
    """The outermost report noun whose words hold ``trig`` ("reports of corruption", "reports that police beat
    …"), or ``trig`` itself when it is one: the frame of the sentence ("reports of prisoners, including periodic
    reports of activists detained" is read by its first, unframed, reports)."""
    found = None
    for tok in (trig, *trig.ancestors):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS:
            found = tok
        if tok.dep_ in ("ROOT", "conj") and tok.pos_ in ("VERB", "AUX") and tok.i != trig.i:
            break  # a clause of its own: "…, and corruption was a problem"
    return found


def reports_framed(trig: "Token") -> bool:
    """``trig`` is inside reports with a frequency word ("continued reports of …") or reports of a practice
    said to be prevalent ("reports that trafficking was a serious problem"). Not the list of the year's
    issues ("Significant human rights issues included credible reports of: …", issues.py)."""
    noun = _report_noun(trig)
    if noun is None or noun.head.lemma_.lower() == "include" or any(
            a.lemma_.lower() == "include" for a in noun.ancestors):
        return False
    if any(c.dep_ == "amod" and (c.lemma_.lower() in REPORT_FREQUENCY or c.lower_ in REPORT_FREQUENCY)
           for c in noun.children):
        return True
    near = {noun.i} | {g.i for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"}
    return any(_prevalent(t, near) for t in noun.subtree if t.i != noun.i)


def _prevalent(tok: "Token", near: set[int]) -> bool:
    """``tok`` says the reported practice is a problem, common, customary or occurs: a predicate of a clause
    inside the reports ("which was a widespread and serious problem"), an apposition to the reports or to
    what they are of (``near``: "reports of forced marriage, a customary practice"), or "such practices
    occurred" with no count."""
    word = tok.lemma_.lower()
    if tok.dep_ in ("attr", "acomp") and (word in PREVALENCE_WORDS or tok.lower_ in PREVALENCE_WORDS) \
            and tok.head.lemma_.lower() == "be" and tok.head.dep_ in ("acl", "relcl", "ccomp"):
        return True
    if tok.dep_ == "conj" and tok.head.dep_ in ("attr", "acomp") and _prevalent(tok.head, near):
        return True
    if tok.dep_ == "appos" and tok.head.i in near and word in PREVALENCE_WORDS and any(
            c.dep_ == "amod" for c in tok.children):
        return True
    return word in PREVALENCE_VERBS and tok.dep_ in ("acl", "relcl", "ccomp") and not any(
        c.dep_.startswith("nsubj") and any(k.dep_ == "nummod" or k.like_num for k in c.subtree)
        for c in tok.children)


def increase_told(trig: "Token") -> bool:
    """``trig`` is what an undated report says increased: "reported increased incidence of rape", "reported
    an increase in trafficking", "there was a rise in attacks"."""
    cur = trig
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
        word = cur.lemma_.lower()
        if cur.pos_ == "NOUN" and (word in INCREASE_NOUNS or word in INCREASE_HEADS and any(
                c.dep_ == "amod" and c.lower_ in INCREASE_MODIFIERS for c in cur.children)):
            return cur.dep_ in ("dobj", "attr", "nsubj", "pobj")
    return False
