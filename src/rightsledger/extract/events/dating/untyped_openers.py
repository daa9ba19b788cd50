"""A violent act right after a dated occurrence of no violent type (issue 14, round t-dates1).

"Dating by episode" (docs/EVALUATION.md) dates a violent act or casualty told in the very next sentence
after a dated violent episode, without a source of its own. ``episodes._continues`` reads "violent
episode" by the opener's type (``episode_openers``: killing, abuse, attack, protest, strike, arrest); a
dated occurrence the taxonomy leaves untyped (``other``: an abduction, an escape that overpowered the
guards, a refusal of a petition march, a landmine hit) or a death in custody opens the episode too
(``episode_untyped_openers``): "In January a military officer abducted two farmers. They were tortured
and injured before being released." → January. Not when a teller tells the act (a speech or hearsay
word above the trigger: "She said that she was raped", "There were reports police used excessive
force"): a source of its own that the source reader (``cited_source``) does not name.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..clause.participants import according_to
from ..lexicon import EPISODE_UNTYPED_OPENERS, REPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def untyped_opener(sent: "SpacySpan", trig: "Token", episode_type: str) -> bool:
    """The episode of type ``episode_type`` opens a violent one for the act ``trig`` of the next sentence."""
    return episode_type in EPISODE_UNTYPED_OPENERS and not told(sent, trig)


def told(sent: "SpacySpan", trig: "Token") -> bool:
    """A teller tells ``trig``: a word of reporting above it ("She said that …", "There were reports
    police …") or "according to" in the sentence."""
    return according_to(sent) is not None or any(a.lemma_.lower() in REPORT_VERBS for a in trig.ancestors)
