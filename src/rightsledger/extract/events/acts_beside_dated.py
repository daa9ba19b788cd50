"""A negated act of the report year told beside a clause dated to an earlier year, whatever its verb: "In
2009 the union's leader was suspended after a strike; he was not reinstated by year's end", "In August
2017 the parties agreed to hold elections in 2019; however, the elections did not take place during the
year", "During the year authorities did not return the books confiscated in June 2016", "In 2018 the
assembly passed an asylum law, although to date no one has received asylum under it". The settlement of
negated steps (docs/EVALUATION.md, "Negated steps") types such a step by its verb, ``other`` when no type
fits; ``negsteps.negated_beside_dated`` reads beside the dated clause only the past perfect and the
simple past of ``negated_step_verbs`` (round t-events28: 4 dev reports read as a negated event, 1 against,
2001 Somalia's charter "not implemented by year's end", a law not applied: the general negated duty
"The law was not enforced" is no event, settled 2026-12-08, and is left out here).

The clause must carry a mark of the report year ("by year's end", "during the year", "to date", "as of"),
be negated by "not"/"never" or a denied subject ("no one", "none"), in the simple past (active or
passive) or the present perfect, not modal, habitual or told with a manner adverb ("did not fully
implement"), not a state or a report (``not_occurrences``, ``state_verbs``), and not a law's act or a law
acted on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import past_main
from .lexicon import LAW_SUBJECTS, LAW_THINGS, MODALS, NOT_OCCURRENCES, STATE_VERBS, STEP_MANNER_ADV
from .negated_since import DENYING
from .negsteps import TIME_MARK, step_type
from .polarity import happened_verb
from .tense import habitual
from .triggers import trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# the clauses read: the main one and those coordinated with it or set beside or under it
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis", "advcl"})
# marks of the report year besides ``negsteps.TIME_MARK`` ("by year's end", "as of", "yet", "still")
YEAR_WORDS = ("during the year", "to date", "in the year")


def negated_act_beside_dated(sent: "SpacySpan", stext: str, dated: set[int]) -> tuple["Token", str] | None:
    """``(trigger, type)`` of the negated act of the year in a clause of its own beside the dated ones
    (``dated``: the indices of the dated triggers and their verbs, whose clauses are skipped), else None.
    The trigger carries the negation for ``polarity.py``."""
    low = stext.lower()
    if not (TIME_MARK.search(stext) or any(w in low for w in YEAR_WORDS)):
        return None
    for verb in (t for t in sent if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and t.i not in dated):
        if _act(verb):
            return verb, _type(verb)
    return None


def _act(verb: "Token") -> bool:
    """``verb`` is a negated act, not a state, a report, a law's act or a practice."""
    lemma = trigger_lemma(verb)
    if lemma in STATE_VERBS or verb.lemma_.lower() in ("be", "have"):
        return False
    if lemma in NOT_OCCURRENCES and not happened_verb(verb) and not any(
            c.dep_ == "dobj" and trigger_type(c) for c in verb.children):
        return False  # (but "did not take place", "no one has received asylum": the occurrence named)
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "advmod" and c.lower_ in STEP_MANNER_ADV
           for c in kids) or habitual(verb):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in LAW_SUBJECTS | LAW_THINGS for c in kids):
        return False  # ("the charter was not implemented by year's end": a law not applied, no event)
    return _negated(verb) and (past_main(verb) or _present_perfect(verb))


def _negated(verb: "Token") -> bool:
    """ "did not return", "was not reinstated", "never", "no one has received", "none was"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or c.dep_ in ("nsubj", "nsubjpass") and (
        c.lower_ in DENYING or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


def _present_perfect(verb: "Token") -> bool:
    """ "has received", "have been charged"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _type(verb: "Token") -> str:
    """The step's type; for "did not take place" the type of what did not take place."""
    if happened_verb(verb):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and (found := trigger_type(subj)) is not None:
            return found
    return step_type(verb)
