"""Abusive treatment and excessive force reported as an act (round t-events34): "There were reports of
the use of excessive force by security forces", "There were media reports of cruel, inhuman, and
degrading treatment by rural police". The reports' frame is ``thereare.reports_trigger``'s; when what is
reported holds no trigger, no ``reported_nouns`` noun and no corruption act, a noun of treatment
(``abusive_treatment_nouns``) with an ``amod`` of ``abusive_treatment_mods`` (or a conjunct of one:
"cruel, inhuman, and degrading"), or "force" with an ``amod`` of ``abuse_force_mods`` (on "force" or on
the "use" it hangs on: "the use of excessive force", "excessive use of force") is the act: a
``torture_or_abuse`` event of the year, as "There were allegations of mistreatment" (docs/EVALUATION.md,
"There were numerous reports of <acts>", settled 2026-12-16; force used excessively is abuse, the
``abuse_force_mods`` note). A verb above the noun told by frequency makes it a practice: none.

The same noun as what persons were subjected to by an actor, the sentence's main verb in the simple past
("Guards subjected detainees to humiliating treatment", "police reportedly subjected many detainees to
harsh physical treatment"): a ``torture_or_abuse`` event of the year (``subjected_treatment``, asked by
``occurrences.undated_event``; settled 2026-12-11, a taxonomy noun as object; the noun is no trigger, so
``subjected.py``'s path through the sentence's trigger never reaches it). Without an actor ("Detainees
were subjected to degrading treatment"), told by frequency or negated: none, as ``subjected.py`` reads.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..clause.tense import habitual, past
from ..lexicon import ABUSE_FORCE_MODS, ABUSIVE_TREATMENT_MODS, ABUSIVE_TREATMENT_NOUNS
from ..types.triggers import sentence_tokens
from .corrupt_acts import by_frequency
from .subjected import subjecting_verb
from .summaries import is_actor

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _mods(tok: "Token") -> set[str]:
    """The adjectives on ``tok``, with their conjuncts ("cruel, inhuman, and degrading")."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "amod":
            out.add(c.lower_)
            out.update(x.lower_ for x in c.conjuncts)
    return out


def _excessive_force(tok: "Token") -> bool:
    """ "excessive force", "the use of excessive force", "excessive use of force"."""
    if tok.lemma_.lower() != "force":
        return False
    if _mods(tok) & set(ABUSE_FORCE_MODS):
        return True
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() == "use"
            and bool(_mods(prep.head) & set(ABUSE_FORCE_MODS)))


def abusive_treatment(tokens: Iterable["Token"]) -> tuple["Token", str] | None:
    """The first noun of ``tokens`` (what the reports are of) that tells abuse: (noun, "torture_or_abuse")."""
    for tok in tokens:
        if tok.pos_ != "NOUN":
            continue
        if _abusive(tok) and not by_frequency(tok):
            return tok, "torture_or_abuse"
    return None


def _abusive(tok: "Token") -> bool:
    """ "cruel, inhuman, and degrading treatment", "excessive force", "excessive use of force"."""
    return (tok.lemma_.lower() in ABUSIVE_TREATMENT_NOUNS and bool(_mods(tok) & set(ABUSIVE_TREATMENT_MODS))) \
        or _excessive_force(tok)


def subjected_treatment(sent: "SpacySpan") -> "Token | None":
    """The noun of "<actor> subjected <persons> to <abusive treatment>" (the main verb, simple past, not
    negated, not told by frequency), else None."""
    for tok in sentence_tokens(sent):
        if tok.pos_ != "NOUN" or not _abusive(tok):
            continue
        verb = subjecting_verb(tok)
        if verb is None or not past(verb) or habitual(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            continue
        agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
                     None)
        subj = agent if agent is not None else next(
            (c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and is_actor(subj):
            return tok
    return None
