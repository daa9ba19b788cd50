"""What "there were (no) reports of …" states, and what did not occur "during the year": "There were
reports that police beat detainees", "There were no reports of politically motivated disappearances", "no
such punishment was imposed during the year". Split from ``occurrences.py``, which calls these for
undated sentences; word lists in ``extract/data/events.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import span_text
from ..types.cues import negated_type
from .abusive_treatment import abusive_treatment
from .corrupt_acts import corrupt_act
from .efforts import aim_type, effort_noun
from ..lexicon import (
    NEGATED_NOUNS, OCCURRENCE_NOUNS, REPORT_NOUNS, REPORTED_CASE_NOUNS, REPORTED_NOUNS, STATE_FORCES, STATE_VERBS,
)
from .nostates import negated_practice
from ..clause.tense import GENERIC_START, habitual, past
from ..types.triggers import is_verb, sentence_tokens, trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# (also "There were reports, however, of …", "reports alleging that …")
REPORTS_OF = re.compile(r"(?i)\bthere\s+(?:were|was|continued\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,3}?"
                        r"(?:reports?|allegations?|claims?|accounts?)(?:,\s*however,)?\s+(?:(?:alleging|indicating|"
                        r"suggesting)\s+)?(?:of|that)\b")
# "There were credible reports the government placed restrictions on …" (without "that": the state's
# acts only, accusations.py)
REPORTS_BARE = re.compile(r"(?i)\bthere\s+(?:were|was)\s+(?:\w+\s+){0,3}?(?:reports?|allegations?)\s+"
                          r"(?!(?:of|that|were|was|from|by|in|on|about|during|to|and|or)\b)")

# "There were reported cases of abuse", "There was one reported incident of …", "There were numerous
# reported killings" (not "There were no reported cases": a negation, polarity.py)
REPORTED_CASES = re.compile(r"(?i)\bthere\s+(?:were|was|had\s+been)\s+(?!no\b)(?:[\w-]+\s+){0,3}?reported\s+\w")
# "There were (several) incidents of violence by masked assailants", "There were cases of arbitrary arrest and
# detention of journalists during the year": the same without "reported", a case noun and its "of"
BARE_CASES = re.compile(r"(?i)\bthere\s+(?:were|was|had\s+been)\s+(?!no\b)(?:[\w-]+\s+){0,2}?"
                        r"(?:incidents?|cases?|instances?)\s+of\s")


def none_in_the_year(sent: "SpacySpan") -> tuple["Token", str] | None:
    """ "There were no such incidents during the year", "no such punishment was imposed during the
    year": a past occurrence that did not happen in the report year (a negated event; without "during
    the year" it is a state: "There were no government restrictions on access to the Internet")."""
    if not {"no", "year"} <= {t.lower_ for t in sent}:
        return None  # (it needs a subject with "no" and "during the year": the cheap test first)
    generic = GENERIC_START.search(span_text(sent))
    cut = re.search(r";|\bhowever\b|,\s+but\b", span_text(sent)) if generic else None
    if generic and cut is None:
        return None
    for verb in (t for t in sentence_tokens(sent)
                 if is_verb(t) and (cut is None or t.idx >= sent.start_char + cut.start())):
        if not past(verb) or not _during_the_year(verb):
            continue
        there = any(c.dep_ == "expl" for c in verb.children)  # "There were no X": X is the attribute
        subj = next((c for c in verb.children if c.dep_ in (("attr",) if there else ("nsubj", "nsubjpass"))), None)
        if subj is None or not any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
            continue
        if (there and not (trigger_type(subj) or subj.lemma_.lower() in OCCURRENCE_NOUNS | REPORT_NOUNS
                           or subj.lemma_.lower() in NEGATED_NOUNS)) or (
                not there and trigger_lemma(verb) in STATE_VERBS):
            continue  # "there were no additional provisions …", "no refugee possessed a card": states
        # the verb, the subject, or what the reports were of ("no reports during the year of killings")
        found = [verb, subj, *(t for t in verb.subtree if subj.lemma_.lower() in REPORT_NOUNS and t.i > subj.i)]
        for k, tok in enumerate(found):
            if (t := trigger_type(tok)) and t not in ("law_or_decree", "report_published"):
                return (tok if k < 2 else subj), t  # (the reports carry the negation)
        return (subj if there else verb), negated_type(subj)
    return None


def _during_the_year(verb: "Token") -> bool:
    """``verb`` is placed "during the year" itself ("in the previous year" is another year)."""
    return any(t.lower_ == "year" and t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "throughout")
               and [c.lower_ for c in t.children if c.dep_ in ("det", "amod", "compound", "nummod", "poss")] == ["the"]
               and next((a for a in t.ancestors if is_verb(a)), t).i == verb.i for t in verb.subtree)


def reports_trigger(sent: "SpacySpan", after: int) -> tuple["Token | None", str | None]:
    """The trigger of "There were (numerous) reports that/of X"."""
    noun = next((t for t in sentence_tokens(sent) if t.idx >= after and t.lemma_.lower() in
                 ("report", "allegation", "claim", "account")), None)
    if noun is None:
        return None, None
    best: tuple[int, "Token", str] | None = None
    # "There were reports, however, of X": the parser hangs "of X" on the verb
    after_however = [t for p in noun.head.children if p.i > noun.i and p.dep_ == "prep" and p.lower_ == "of"
                     for t in p.subtree]
    for tok in [*noun.subtree, *after_however]:
        if tok.i == noun.i:
            continue
        t = trigger_type(tok)
        if t and is_verb(tok) and (tok.dep_ == "amod" or habitual(tok) or (
                tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in tok.children))):
            continue  # "reports that the number of persons detained may be several hundred"
        if t:
            depth = sum(1 for _ in tok.ancestors)
            if best is None or depth < best[0]:
                best = (depth, tok, t)
    if best is None and not any(c.dep_ == "nummod" for c in noun.children):  # (counted reports: a statistic)
        # "There were reports of vigilante violence", "… of violence by security forces"
        # round t-events30: also "reports, however, of government corruption", and a corruption act
        # ("reports of officials receiving kickbacks", "allegations of corrupt practices": corrupt_acts.py)
        # round t-events34: then abuse told by its manner ("reports of cruel, inhuman, and degrading treatment",
        # "of the use of excessive force": abusive_treatment.py)
        reported = [*noun.subtree, *after_however]
        return next(((tok, "torture_or_abuse" if REPORTED_NOUNS[tok.lemma_.lower()] == "attack_or_threat"
                      and _by_state(tok) else REPORTED_NOUNS[tok.lemma_.lower()])
                     for tok in reported if tok.lemma_.lower() in REPORTED_NOUNS and tok.pos_ == "NOUN"),
                    None) or corrupt_act(reported) or abusive_treatment(reported) or (None, None)
    return (best[1], best[2]) if best else (None, None)


def _by_state(noun: "Token") -> bool:
    """ "violence by security forces": the agent after "by" is a force of the state."""
    return any(c.lower_ == "by" and any(o.lemma_.lower() in STATE_FORCES for o in c.children if o.dep_ == "pobj")
               for c in noun.children)


def main_clause_first(sent: "SpacySpan", at: int) -> tuple["Token", str] | None:
    """The main clause's own trigger when a "there were no reports …" clause only follows it ("The
    government did not restrict or disrupt access to the internet or censor online content, and there
    were no credible reports that the government monitored …": the censorship the sentence states
    first, not the surveillance of the clause after it)."""
    root = sent.root  # (a clause before a semicolon may be parsed as the complement of "were")
    for verb in (root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))):
        if verb.idx < at and is_verb(verb) and past(verb) and (type_ := trigger_type(verb)) \
                and not negated_practice(verb):  # ("did not restrict access …": no event, nostates.py)
            return verb, type_
    return None


def negated_trigger(sent: "SpacySpan", after: int) -> tuple["Token | None", str | None]:
    """The trigger of "There were no reports of X" / "no X were reported": X or its complement."""
    no = next((t for t in sentence_tokens(sent) if t.idx >= after and t.lower_ == "no"), None)
    if no is None:
        return None, None
    noun = no.head
    effort = effort_noun(no)
    if effort is not None:  # "There were no known actions to investigate …" (efforts.py)
        return noun, aim_type(effort)  # (the noun "no" determines carries the negation)
    for tok in [noun, *noun.subtree] if noun.lemma_.lower() in REPORT_NOUNS else [noun]:
        t = trigger_type(tok)
        if t and t not in ("law_or_decree", "report_published") and tok.i != no.i:
            return tok, t
    if noun.lemma_.lower() in REPORT_NOUNS or noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None:
            t = trigger_type(verb)
            if t:
                return verb, t
    for tok in [noun, *noun.subtree] if noun.lemma_.lower() in REPORT_NOUNS else [noun]:
        if tok.lemma_.lower() in NEGATED_NOUNS:  # "There were no known restrictions on academic freedom"
            return tok, negated_type(tok)
    return None, None


def reported_cases(sent: "SpacySpan") -> tuple["Token", str] | None:
    """ "There were reported cases of physical abuse in some shelters" (a case noun, its "of" the
    occurrence), "There were numerous reported killings" (the occurrence noun itself), "There were
    incidents of violence by masked assailants" (``BARE_CASES``): (trigger, type)."""
    m = REPORTED_CASES.search(span_text(sent))
    if m is not None:
        at = sent.start_char + m.end() - 1  # the first letter after "reported"
        reported = next((t for t in sent if t.idx + len(t) == at - 1 and t.lower_ == "reported"), None)
        noun = reported.head if reported is not None and reported.dep_ in ("amod", "acl") else None
    elif (m := BARE_CASES.search(span_text(sent))) is not None:
        at = sent.start_char + m.end()  # after "of": the case noun is the word before it
        noun = next((t for t in sent if t.idx < at and t.lemma_.lower() in REPORTED_CASE_NOUNS
                     and t.idx >= sent.start_char + m.start()), None)
    else:
        return None
    if noun is None or noun.pos_ != "NOUN" or not (noun.head.lemma_ == "be" or noun.dep_ == "ROOT"):
        return None  # (the noun is what "there were"; the parser may make it the root)
    nouns = [noun]
    if noun.lemma_.lower() in REPORTED_CASE_NOUNS:
        nouns = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"]
        nouns += [c for o in nouns for c in o.children if c.dep_ == "conj"]
    for tok in nouns:
        type_ = trigger_type(tok) or REPORTED_NOUNS.get(tok.lemma_.lower())
        if type_ is not None and type_ not in ("law_or_decree", "report_published"):
            return tok, type_
    return None
