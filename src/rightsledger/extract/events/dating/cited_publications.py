"""A publication cited with its year under "the", a possessive or no article: "In its 2016 report, the
League criticized …", "The commission's 2018 annual report noted …", "According to 2014 NGO reports, …":
report_published of that year.

``dated._named_or_published`` read the year before a report, study, survey or assessment as the
publication's date only after "a"/"an" ("a 2005 survey") or in a title ("the 2018 Demographic and Health
Survey"); under "the" or a possessive it was left as the period the report covers, and the sentence made
no record. The settled rule (docs/EVALUATION.md, "What is reported, and surveys": a survey, study or
census cited with its year is a report_published of that year) does not make the article the line, and
the non-held-out dev gold reads this shape as the publication in 5 reports (2014 DRC, 2017 Tunisia ×3,
2017 Bhutan, 2019 Qatar ×2, Kazakhstan 2022) against none in 1 (Kazakhstan 2022, twice) (round t-events25).

Not a report "that" something happened (a claim: "no updates on the 2006 report that the government had
investigated …", the complement clause is what the gold records), and only a year (a month or a day was
read before, after any article).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DATED_PUBLICATIONS

if TYPE_CHECKING:
    from spacy.tokens import Token


def claim(noun: "Token") -> bool:
    """``noun`` takes a clause opened by "that" as its complement ("the report that police had …"), not a
    relative clause ("the report that found …", where "that" is the subject; the parser may label the
    complement a relative clause, but "that" is then its mark)."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children) for c in noun.children)


def cited_edition(anchor: "Token", precision: str | None) -> bool:
    """``anchor``, a publication noun a year before it modifies, is cited by that year under "the", a
    possessive or no article (the indefinite article is ``dated_publications.indefinite``'s)."""
    if anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in DATED_PUBLICATIONS or (precision or "year") != "year":
        return False
    return not claim(anchor)
