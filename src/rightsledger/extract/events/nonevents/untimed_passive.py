"""A step told as not done, in the passive, with no time in the sentence (issue 14, round t-events54).

"The inspectors involved were not disciplined", "Such postings were not removed", "The fund had never been
audited": the sentence's main verb, passive and negated ("not", "never"), with no date or time of any kind in
the sentence ("by year's end", "during the year", "as of October" are dates here). It says how a matter stands,
not that a step was not taken in the report year: the dev gold makes a record of 2 of 132 such sentences (41
reports), of none of the 6 where the rules made one. With a time ("No guard had been charged as of December",
"had not been reinstated by year's end") the negated step keeps its record ("Negated steps", 2026-12-06); an
act whose subject is denied ("No complaints were filed", ``negsteps.denied_act``) has no "not" and is not read
here; an active clause ("Police did not investigate the shooting") is not read here.
``__init__._of_the_report_year`` asks :func:`untimed_negated_passive` of each undated record of the year.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...dates import DateMention


def untimed_negated_passive(trig: "Token | None", mentions: list["DateMention"]) -> bool:
    """``trig`` is its sentence's main verb, passive and negated, and the sentence names no date or time."""
    if trig is None or trig.dep_ != "ROOT" or trig.pos_ not in ("VERB", "AUX"):
        return False
    if any(m.date for m in mentions):
        return False
    kids = list(trig.children)
    return any(c.dep_ == "nsubjpass" for c in kids) and any(c.dep_ == "auxpass" for c in kids) \
        and any(c.dep_ == "neg" for c in kids)
