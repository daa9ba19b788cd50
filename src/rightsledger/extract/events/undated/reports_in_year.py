"""Reports placed in the report year (issue 14, round t-events76): "There were reports that hundreds of
migrants drowned at sea during the year", "there were some reports of trafficking during the year", "During
the year there were reports that children tapped rubber on private farms".

"There were (some, numerous) reports of/that …" whose words name no taxonomy act and no actor is read as a
phenomenon (a trend: no event, EVALUATION.md "Reports of a phenomenon") by ``reports_told.py``; the dev gold
records it, an event of the report year typed ``other``, when the reports or what they report are placed
"during the year" (or "in the year") on their own clause. The year must hang on the "were" of the reports or
on a verb inside the reports' words: "There were few complaints … during the year, although there were
anecdotal reports of child labor" places the complaints, not the reports. Not: negated or counted reports
("no reports", "few reports", "12 reports": ``reports_told`` reads the negation, a count is a statistic);
the frequency and prevalence frames (``nonevents/undated_frames.framed``) are read after, on the report noun
this returns. Asked by ``occurrences.undated_event`` last, where no other reading made a record.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..nonevents.undated_frames import REPORT_NOUNS
from ..types.triggers import is_verb, sentence_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_FEW = frozenset({"no", "few", "fewer", "any"})


def reports_in_the_year(sent: "SpacySpan") -> "Token | None":
    """The report noun of "There were reports of/that … during the year" (the year on the reports' clause
    or inside their words), None otherwise."""
    for noun in sentence_tokens(sent):
        if _there_reports(noun) and _year_placed(sent, noun):
            return noun
    return None


def _there_reports(noun: "Token") -> bool:
    """``noun`` is the uncounted, unnegated report noun of "there were (some) reports"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS or noun.dep_ != "attr":
        return False
    be = noun.head
    if be.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in be.children):
        return False
    if any(c.dep_ == "neg" for c in be.children):
        return False
    return not any(c.lower_ in _FEW or c.dep_ == "nummod" or c.like_num for c in noun.children)


def _year_placed(sent: "SpacySpan", noun: "Token") -> bool:
    """ "during the year" / "in the year" hangs on the reports' "were", on the reports, or on a verb inside
    the reports' words (a clause of the reports: "reports that migrants drowned … during the year")."""
    words = {t.i for t in noun.subtree}
    for year in sentence_tokens(sent):
        if not (year.lower_ == "year" and year.dep_ == "pobj" and year.head.lower_ in ("during", "in")
                and any(k.lower_ == "the" for k in year.children)):
            continue
        owner = next((a for a in year.ancestors if is_verb(a) or a.i == noun.i), None)
        if owner is not None and (owner.i in (noun.i, noun.head.i) or owner.i in words):
            return True
    return False
