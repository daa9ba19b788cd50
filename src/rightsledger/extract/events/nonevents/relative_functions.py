"""What a thing or body does, told in a relative clause (issue 14, round t-events40): "The government
maintained emergency zones that restricted movement in the valley", "Refugees were subject to an
encampment policy that restricted them to the camps", "The ministries have human rights offices that
investigated alleged abuses", "… the Royal Audit Authority, which monitored the use of government funds".

A weak trigger (``weak``: a verb that also describes a practice) whose clause is a relative clause with
the relative pronoun as its subject (``relative_subject_pronouns``), and no time in the clause, describes
the noun before it, not an occurrence of the year: docs/EVALUATION.md, "Standing functions with a
taxonomy verb" (settled 2026-12-17: "the same verb in a relative clause describing a body", no event).
Census of the non-held-out dev gold (docs/rounds/2026-12-19-07-t-events40.md): no event on such a clause
in 23 sentences of 19 reports, an event in 1 (Kazakhstan 2022, candidates "that successfully registered",
which the pipeline does not make). A time in the clause keeps it ("authorities, which investigated
several complaints during the year"). Tables in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

WEAK = words("events", "weak")
PRONOUNS = words("events", "relative_subject_pronouns")


def relative_function(verb: "Token") -> bool:
    """True when ``verb`` is a weak trigger describing the noun of its relative clause (see the module)."""
    if verb.dep_ != "relcl" or trigger_lemma(verb) not in WEAK:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PRONOUNS for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "year" for t in verb.subtree)
