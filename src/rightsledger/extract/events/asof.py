"""Counts to an as-of date: "As of October, soldiers had killed 11 civilians", "As of September, 12
cases resulted in convictions" tell occurrences of the year up to that date — an event of the year
(docs/EVALUATION.md, "One record per date; counts to a date or over a period", settled 2026-12-06),
where "As of October, 300 persons were in pretrial detention" or "remained in detention" tells a state
at that date (no event), and a count of complaints received is figures only (no trigger).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import ASOF_CUMULATIVE_VERBS, STATE_VERBS
from .triggers import _is_verb, _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def act_to_date(tok: "Token") -> bool:
    """The trigger ``tok`` is told as acts done up to the date: the verb of its clause (``tok`` itself
    or the verb it hangs on) is an act in the simple past or the past perfect ("had killed", "had been
    detained", "resulted in convictions"), not a state verb ("were", "remained") nor a tally over the years (``asof_cumulative_verbs``)."""
    verb = tok if _is_verb(tok) else next((a for a in tok.ancestors if _is_verb(a)), None)
    if verb is None or _lemma(verb) in STATE_VERBS or _lemma(verb) in ASOF_CUMULATIVE_VERBS:
        return False  # (a state, or a tally over the years: "As of May, 20 of the 36 states had adopted the act")
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children)
