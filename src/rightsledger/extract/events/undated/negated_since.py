"""A negation running since a date, the date after the clause: "The assembly had not included
opposition members since 2010", "No new union had been established since 1976", "The council has not
renewed its agreement with the government since 2012". The settlement "An occurrence or negation running
'since' a date takes that date" (docs/EVALUATION.md, "One record per date; counts to a date or over a
period") makes it a negated event dated by the "since" date, typed by the step (``negsteps.step_type``);
``asof.since_frame`` reads only "Since <date>" opening the sentence, and ``negsteps.negated_step`` wants
a time mark the trailing "since" does not give (round t-events28: 5 dev reports, every one read so, and
one mini-gold report).

Only a "since" that hangs on the negated verb itself: "Despite the doubling of the prison population
since 2012, no new facilities had been constructed" dates the doubling, not the negation. The verb is in
the past or the present perfect ("had not", "has not", "did not"), not modal, not habitual, not in a
relative clause or a clause under a condition.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...dates import DateMention
from ..dating.asof import since_dates
from ..lexicon import MODALS
from .negsteps import negated_by_word, step_type
from ..clause.tense import habitual
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token



def negated_since(sent: "SpacySpan", mentions: list[DateMention], text: str, base: int
                  ) -> list[tuple["Token", str, DateMention]]:
    """The negated steps of ``sent`` running since one of its dates (``mentions`` in ``text``'s offsets,
    the paragraph starting at ``base``): each (the negated verb, its type, the "since" date)."""
    out = []
    for m, _root, since in since_dates(sent, mentions, text, base):
        if since is None or since.dep_ != "prep" or not negated_verb(since.head):
            continue
        out.append((since.head, step_type(since.head), m))
    return out


def negated_verb(verb: "Token") -> bool:
    """``verb`` is a negated act told in the past or the present perfect: "had not included", "has not
    renewed", "did not increase", "No new union had been established"; not modal ("could not"), not
    habitual, not in a relative clause or under "if"/"whether"."""
    if not is_verb(verb) or verb.tag_ not in ("VBD", "VBN", "VB") or habitual(verb):
        return False
    if verb.dep_ in ("relcl", "acl", "amod") or any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless")
                                                    for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in MODALS for c in auxes):
        return False
    perfect = verb.tag_ == "VBN" and any(c.lower_ in ("had", "has", "have") for c in auxes)
    simple = verb.tag_ == "VB" and any(c.lower_ == "did" for c in auxes) or verb.tag_ == "VBD"
    if not (perfect or simple):
        return False
    return negated_by_word(verb)
