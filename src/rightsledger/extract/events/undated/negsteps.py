"""Negated steps: a specific step the report says was not taken in the year is a negated event of the
year, typed by the step (docs/EVALUATION.md, "Negated steps", settled 2026-12-06):

- the past perfect with a time mark — "the appeals court had not ruled on her appeal by year's end",
  "As of October, the inspectorate had not opened an investigation into the incident", "By year's end
  no officials had declared their assets", "None of the bodies had been exhumed by year's end";
- "had yet to" — "The commission had yet to act on the party's registration request";
- the simple past of a step of proceedings or a response (``negated_step_verbs`` in ``events.toml``)
  on a specific object — "The gendarmerie did not investigate the shooting", "Police declined to
  prosecute the attackers";
- an act whose subject is denied, in the past (``denied_act``) — "No complaints were filed with the
  ministry", "None of the dismissed workers returned" (round t-events11).

The step's type is its trigger's (the verb, or the noun it governs: "had not issued a sentence"),
else ``negated_step_verbs``, else ``other``. Not states ("the case remained pending": ``state_verbs``),
habits ("often did not investigate"), judgements of manner ("did not sufficiently investigate":
``step_manner_adv``), modals, relative clauses (only the main clause and a clause
after a semicolon are read), nor "there were no …" (``occurrences.py``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .efforts import past_main
from ..clause.tense import habitual
from ..lexicon import (
    LAW_SUBJECTS, MODALS, NEGATED_LIGHT_STEP_NOUNS, NEGATED_LIGHT_VERBS, NEGATED_STEP_AIM_VERBS, NEGATED_STEP_VERBS,
    NOT_OCCURRENCES, REFUSED_STEP_KEPT_TYPES, REPORT_VERBS, STEP_MANNER_ADV, STEP_VERBS,
)
from ..types.triggers import trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# "by year's end", "by the end of the year", "as of October", "at year's end", "yet", "still", "Since June
# 2020 …" opening the sentence (dated by it: asof.since_frame)
TIME_MARK = re.compile(r"(?i)\b(?:by|at|as\s+of)\s+(?:the\s+)?(?:year['’]s\s+end|end\s+of\s+the\s+year|"
                       r"year[-\s]end)\b|\bas\s+of\b|\b(?:yet|still)\b|^\W*since\b")
_NEGATION = re.compile(r"(?i)\b(?:no|not|never|none|nobody|yet|declined|failed|refused)\b|n['’]t\b")
_NOBODY = frozenset({"none", "nobody", "neither"})
# determiners of a specific object ("the shooting", "any cases"; not "all births", "such cases")
_SPECIFIC_DET = frozenset({"the", "this", "that", "these", "those", "any", "its", "his", "her", "their"})


def negated_step(sent: "SpacySpan", stext: str) -> tuple["Token", str] | None:
    """``(trigger, type)`` of a step the sentence's main clause says was not taken, else None (``stext``:
    the sentence's text). The trigger carries the negation for ``polarity.py``."""
    if not _NEGATION.search(stext):
        return None
    marked = TIME_MARK.search(stext) is not None
    root = sent.root
    semi = next((t.i for t in sent if t.text == ";"), None) if ";" in stext else None
    clauses = [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis", "conj") and semi is not None
                       and c.i > semi and c.pos_ in ("VERB", "AUX"))]
    if trigger_lemma(root) == "say":  # "The ministry said no guard had been charged by year's end"
        clauses += [c for c in root.children if c.dep_ == "ccomp"]
    for verb in clauses:
        found = _step(verb, marked)
        if found is not None:
            return found
    return None


# the report year named in a clause beside an earlier date ("by year's end" and the rest of ``TIME_MARK``)
_YEAR_MARK = re.compile(r"(?i)\bduring\s+the\s+year\b|\bto\s+date\b")


def negated_beside_dated(sent: "SpacySpan", stext: str, dated: set[int]) -> tuple["Token", str] | None:
    """A step not taken in the report year, told in a clause of its own beside a clause dated to an
    earlier year: "In 2013 the president promulgated a law …, but by year's end the government had not
    approved its members", "Although the act took effect in 2013, the ministry had yet to adopt …". The
    earlier date is the other clause's; the negated step, marked by a time of the report year, is an
    event of the year (round t-events10: seven dev reports). ``dated``: the indices of the dated
    triggers and their verbs, whose clauses are skipped."""
    if not _NEGATION.search(stext) or not (TIME_MARK.search(stext) or _YEAR_MARK.search(stext)):
        return None
    root = sent.root
    clauses = [root, *(c for c in root.children if c.dep_ in ("conj", "ccomp", "parataxis", "advcl")
                       and c.pos_ in ("VERB", "AUX"))]
    for verb in clauses:
        if verb.i in dated:
            continue
        found = _step(verb, True)
        if found is not None:
            return found
    return None


def _step(verb: "Token", marked: bool) -> tuple["Token", str] | None:
    """The negated step of the clause of ``verb``."""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
        return None  # ("could not investigate")
    yet = _yet_to(verb)
    if yet is not None:  # (a passive only of a step: "had yet to be charged", not "had yet to be tested")
        passive = any(c.dep_ == "auxpass" for c in yet.children)
        return (yet, step_type(yet)) if not passive or trigger_lemma(yet) in NEGATED_STEP_VERBS or trigger_type(
            yet) else None
    if any(c.dep_ == "advmod" and c.lower_ in STEP_MANNER_ADV for c in kids):
        return None  # "did not sufficiently investigate assault cases": how a practice was carried out
    lemma = trigger_lemma(verb)
    if lemma in NEGATED_STEP_AIM_VERBS and not any(c.dep_ == "neg" for c in kids):
        return _aimed_step(verb, kids)  # "Police declined to prosecute the attackers", "failed to investigate …"
    if lemma in NEGATED_LIGHT_VERBS and negated_by_word(verb) and (light := _light_step(verb, kids)) is not None:
        return light  # "The court did not issue a ruling on her appeal" (settlement 2026-12-21 S3)
    if lemma in NOT_OCCURRENCES and lemma not in NEGATED_STEP_VERBS:
        return None  # a state ("remained pending", "was not available"), a report or a count
    if not negated_by_word(verb):
        return None
    if _perfect(verb):
        return (verb, step_type(verb)) if marked else None  # ("had not adopted regulations": no time mark)
    if lemma in NEGATED_STEP_VERBS and past_main(verb) and _specific(verb):
        return verb, step_type(verb)
    return None


def _aimed_step(verb: "Token", kids: list["Token"]) -> tuple["Token", str] | None:
    """ "declined/failed/refused to <step> <a specific object>" in the simple past, no habit: the step, negated
    (``negated_step_aim_verbs``; settlement 2026-12-21 S3). "refused to register the party" stays the decision
    (``refused_step_kept_types``); "often failed to investigate complaints" is a habit."""
    aim = next((c for c in kids if c.dep_ == "xcomp" and trigger_lemma(c) in NEGATED_STEP_VERBS), None)
    if aim is None or not past_main(verb) or verb.tag_ != "VBD" or habitual(verb) or not _specific(aim):
        return None
    kind = step_type(aim)
    if trigger_lemma(verb) == "refuse" and kind in REFUSED_STEP_KEPT_TYPES:
        return None
    return verb, kind


def _light_step(verb: "Token", kids: list["Token"]) -> tuple["Token", str] | None:
    """ "did not issue a ruling on her appeal", "did not make a decision on the party's registration", "had not
    announced any conclusion to their investigation": a light verb, negated, with a step noun on a specific
    object (settlement 2026-12-21 S3). The type: the noun's trigger type, else that of the noun it is on, else
    ``negated_light_step_nouns``."""
    noun = next((c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in NEGATED_LIGHT_STEP_NOUNS), None)
    if noun is None or habitual(verb) or not (past_main(verb) or _perfect(verb)):
        return None
    on = [d for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "into", "to", "against", "of")
          for d in c.children if d.dep_ == "pobj"]
    specific = [o for o in on if any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in _SPECIFIC_DET
                                     for d in o.children) or o.ent_type_ in ("PERSON", "ORG")]
    if not specific:
        return None  # ("did not make a decision": on what?)
    kind = trigger_type(noun) or next((t for o in specific if (t := trigger_type(o)) is not None), None)
    return verb, kind or NEGATED_LIGHT_STEP_NOUNS[noun.lemma_.lower()]


def _yet_to(verb: "Token") -> "Token | None":
    """The step of "had yet to act on …", "was yet to rule" (past), else None."""
    if verb.lemma_.lower() not in ("have", "be") or verb.tag_ != "VBD":
        return None
    if not any(c.lower_ == "yet" and c.dep_ in ("advmod", "neg", "cc") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
        d.dep_ == "aux" and d.lower_ == "to" for d in c.children)), None)


def negated_by_word(verb: "Token") -> bool:
    """ "had not ruled", "never charged", "no guard had been charged", "none of the bodies had been"."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NOBODY or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


def _perfect(verb: "Token") -> bool:
    """The past perfect: "had not ruled", "had not been charged"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _specific(verb: "Token") -> bool:
    """The step is on a specific object: "the shooting", "any cases", "his complaint", "the attackers"
    (not "such cases", "all births")."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("on", "into", "against"):
            obj = c if c.dep_ != "prep" else next((d for d in c.children if d.dep_ == "pobj"), None)
            if obj is None:
                continue
            if any(d.dep_ == "poss" or d.dep_ == "det" and d.lower_ in _SPECIFIC_DET for d in obj.children) \
                    or obj.ent_type_ in ("PERSON", "ORG") or obj.lower_ in ("him", "her", "them", "it"):
                return True
    return False


def step_type(verb: "Token") -> str:
    """The step's type: its trigger's, the trigger noun it governs, ``negated_step_verbs``, else ``other``."""
    found = trigger_type(verb)
    if found is not None:
        return found
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and (found := trigger_type(c)) is not None:
            return found
    lemma = trigger_lemma(verb)
    return NEGATED_STEP_VERBS.get(lemma) or STEP_VERBS.get(lemma) or "other"


def denied_act(sent: "SpacySpan") -> tuple["Token", str] | None:
    """``(trigger, type)`` of an act the main clause says was done by no one or to nothing: "No complaints
    were filed with the ministry", "None of the dismissed workers returned", "no one had been stripped of
    nationality", "No new cooperatives formed during the year" (parsed as a noun phrase), "No guards were
    reported to have been prosecuted". A negated event of the year typed by the step (round t-events11:
    the pattern in seven dev reports; the verbs were outside the trigger tables). Only the root or a
    clause conjoined to it, in the simple past or past perfect, active or passive, whose subject is
    denied ("no", "none", "nobody"); not states and statistics (``not_occurrences``: "No such permit was
    needed", "No programs provided protection"), what a law did ("No law affected access to …"), modals,
    habits or conditions. The trigger carries the negation for ``polarity.py``."""
    root = sent.root
    if root.pos_ in ("NOUN", "PROPN") and _denied(root):  # "No new cooperatives formed during the year"
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i == root.i + 1
                     and not any(d.dep_ in ("aux", "auxpass") for d in c.children)), None)
        if verb is not None and trigger_lemma(verb) not in NOT_OCCURRENCES and _during_year(verb):
            return root, step_type(verb)  # (only with the year named: "No units attached to …" is a description)
        return None
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if verb.pos_ != "VERB" or not past_main(verb) or any(
                c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "mark" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not _denied(subj) or subj.dep_ == "nsubj" and subj.lemma_.lower() in LAW_SUBJECTS:
            continue  # ("No law adversely affected access to …": what a law did is a rule)
        step = verb
        if trigger_lemma(verb) in REPORT_VERBS:  # "No guards were reported to have been prosecuted": the charge
            step = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if step is None:
                continue
        if trigger_lemma(step) in NOT_OCCURRENCES and trigger_lemma(step) not in NEGATED_STEP_VERBS:
            continue
        return verb, step_type(step)
    return None


def _denied(noun: "Token") -> bool:
    """ "no complaints", "no one", "none (of the defendants)", "nobody"."""
    return noun.lower_ in _NOBODY or any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


def _during_year(verb: "Token") -> bool:
    """``verb`` carries "during the year" ("in the year")."""
    return any(t.lower_ == "year" and t.head.lower_ in ("during", "in", "throughout") and any(
        k.lower_ == "the" for k in t.children) for t in verb.subtree)
