"""A negated act placed "during the year" by the clause itself (round t-events31): "These rules were not
enforced during the year", "The ministry did not compile any reports on workplace accidents during the
year", "No collective titles were granted during the year", "the council held no such sessions during the
year". The written conventions keep the negated event with "during the year" (the annotation guidelines:
"no such punishment was imposed during the year" is a negated event; 2026-12-13: "'during the year' keeps
the negated event"; 2026-12-16, negated reporting: "With 'during the year' the negated event stays"). The
rules before this one read a negated verb only through the step tables (``negsteps.py``), a denied
subject of the simple past active (``negsteps.denied_act``) or "There were no X during the year"
(``thereare.none_in_the_year``); a passive ("were not enforced"), a verb outside the tables ("did not
compile", "did not lead to") and a denied object ("held no sessions") made no record, and a general
negated practice is no event (``nostates.py``) unless "during the year" frames it.

Census (non-held-out dev, every scope sentence with "during/throughout the year" on a negated verb other
than "be" and "have"): the gold has an event on it in about 40 sentences of 25 reports, none in 1 (2021
Laos, "did not prioritize enforcement …"); 9 of the event sentences had no record of the report year.

A negated event of the report year, typed by the step (``negsteps.step_type``), on the verb "during the
year" hangs on (``thereare.during_the_year``): negated by "not"/"never", a denied subject ("no", "none",
"nobody") or a denied object ("held no sessions"); in the simple past, active or passive; not modal,
habitual, a state verb in the active ("did not exist", "did not permit"; its passive is the act not done:
"No permits were granted during the year"), in a relative clause or under "if"/"whether". Only where the sentence has no record
of the report year already (a dated clause of another year beside it is kept: "hosted seminars in 2020 …
but held no such sessions during the year").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..clause.tense import habitual, past
from ..lexicon import MODALS, STATE_VERBS
from ..types.triggers import is_verb, sentence_tokens, trigger_lemma
from .negsteps import negated_by_word, step_type
from .thereare import during_the_year

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..dating.attach import Produced

_NOT_ACTS = frozenset({"be", "have"})


def negated_in_the_year(sent: "SpacySpan", produced: list["Produced"], year: int) -> tuple["Token", str] | None:
    """(the negated verb, its type) of the first act ``sent`` says did not happen during the year, when no
    record of the sentence is of the report year."""
    if any(d and d[:4] == str(year) for _, _, d, _, _ in produced):
        return None
    for verb in sentence_tokens(sent):
        if _negated_act(verb) and during_the_year(verb):
            return verb, step_type(verb)
    return None


def _negated_act(verb: "Token") -> bool:
    """``verb`` is an act in the simple past (active or passive), negated by a word, its subject or its
    object; not modal, habitual, a state, relative or conditional."""
    if not is_verb(verb) or verb.lemma_.lower() in _NOT_ACTS:
        return False
    if trigger_lemma(verb) in STATE_VERBS and not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False  # ("did not exist", "did not permit parties"; but "No permits were granted during the year")
    if verb.dep_ in ("relcl", "acl", "amod") or habitual(verb) or not past(verb):
        return False
    kids = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in kids) or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in kids):
        return False
    return negated_by_word(verb) or any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                        for c in kids)
