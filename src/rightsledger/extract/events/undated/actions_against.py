"""Action taken against persons (round t-events57, issue 14): "The government took military action against
several armed groups", "The ministry took disciplinary measures against 295 security officers" — the light
verb "take" with a step noun (``step_nouns``: step, action, measure) as its object and "against" persons (on
the noun or the verb) — is a record of the report year: the asserted counterpart of "No action was taken
against the guards" (``efforts.py``, a negated charge, settled 2026-12-06). Typed by the noun's modifier in
``action_against_types`` ("military action" → ``attack_or_threat``), else ``other`` (the dev gold's types of
disciplinary measures).

"take" is told, not described: the simple past without a habit (``efforts.past_main``: not "seldom took action
against", "could take legal action against"), not negated (that is the efforts rule's), in the main clause, a
clause coordinated with it or the complement of a teller's verb (not "…, as civilians took vigilante action
against presumed criminals": an adverbial or relative clause describes); "against" persons
(``summaries.is_actor``, or an acronym: not "took measures against corruption"). Asked last by
``events.__init__._of_the_report_year``, when no other reading made a record of the sentence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ACTION_AGAINST_TYPES, STEP_NOUNS
from ..types.triggers import sentence_tokens, trigger_lemma
from .efforts import past_main
from .summaries import is_actor

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_TOLD = ("ROOT", "conj", "ccomp")  # where a clause states what was done (not advcl, relcl, acl)


def action_against(sent: "SpacySpan") -> tuple["Token", str] | None:
    """``(trigger, type)`` of the year's action taken against persons, or None; the trigger is "take"."""
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or trigger_lemma(verb) != "take" or verb.dep_ not in _TOLD:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or not past_main(verb):
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS), None)
        if noun is not None and not any(c.lower_ in ("no", "any") for c in noun.children) and _against_persons(
                verb, noun):
            return verb, next((ACTION_AGAINST_TYPES[c.lemma_.lower()] for c in noun.children
                               if c.dep_ == "amod" and c.lemma_.lower() in ACTION_AGAINST_TYPES), "other")
    return None


def _against_persons(verb: "Token", noun: "Token") -> bool:
    """ "against" on ``noun`` or ``verb``, its object (or a conjunct of it) persons or a body."""
    for prep in (*noun.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "against":
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
            if any(is_actor(o) or _acronym(o) for o in objs):
                return True
    return False


def _acronym(noun: "Token") -> bool:
    """An acronym names a body or group, whatever its tag ("against several major RMGs", "against the UPDF")."""
    letters = noun.text[:-1] if noun.text.endswith("s") else noun.text
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()
