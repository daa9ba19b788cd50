"""A court dismissing the charges or the case (docs/EVALUATION.md, "Types of recurring occurrences",
settled 2026-12-06): "The court dismissed the charges against the editor", "The case was dismissed for
lack of evidence" are an ``acquittal``; charges dismissed by prosecutors, the police or the government
end the proceedings (``other``, as "prosecutors dropped the charges"). Complaints, appeals, petitions and
lawsuits dismissed are no occurrence here (``dismissed_things``). A release told in the same clause
("dismissed the charges and released him") makes the one record a release. Word lists:
``acquitting_things``, ``non_judges`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ACQUITTING_THINGS, NON_JUDGES

if TYPE_CHECKING:
    from spacy.tokens import Token


def dismissed_type(verb: "Token", objs: set[str]) -> str | None:
    """The type of "dismiss" whose object (or passive subject) is one of ``dismissed_things``:
    ``acquittal`` for charges or a case dismissed by a court (or by nobody named), ``other`` when
    prosecutors or the government dismissed them, None for complaints, appeals and the like."""
    if not objs & ACQUITTING_THINGS:
        return None  # "complaints were dismissed", "the appeal was dismissed"
    if any(c.dep_ == "conj" and c.lemma_.lower() in ("release", "free") for c in verb.children):
        return "release"  # "dismissed the charges and released the students": one record, the release
    who = [c for c in verb.children if c.dep_ == "nsubj"] + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if any(w.lemma_.lower() in NON_JUDGES or w.lower_ in NON_JUDGES for w in who):
        return "other"  # "prosecutors dismissed the charges": the proceedings end without a judgment
    return "acquittal"
