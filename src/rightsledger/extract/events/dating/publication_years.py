"""A report, survey, study, census or index cited with its year where the other dating rules leave the
year unread (round t-events31): "the NSO 2014 Household Survey found …", "the council's 2019 Stigma Index
Report suggested …", "According to the 2020 population and housing census, …", "the most recent census
(2008)": report_published of that year (docs/EVALUATION.md, "What is reported, and surveys": a survey,
study or census cited with its year is a report_published of that year; "Settled 2026-12-17 (a report
cited with its year)": under "the", a possessive or no article).

``dated._named_or_published`` reads a year the date finder found and the parser hung on a common noun of
``dated_publications`` or a title of ``titled_publications``; it misses (the dev misses of round
t-events31, in 7 reports) a year the finder does not take (after an acronym, "the NHRC 2018 report"; in
parentheses after the noun, "the census (2008)"), a publication noun the parser tags as a proper noun
("the 2021 Report of the Committee …"), and a year on the first of two coordinated nouns ("the 2020
population and housing census"). Read here from the tokens: a year, then a run of title words (nouns,
proper nouns, adjectives, "and") ending on a singular publication noun that heads its phrase; or a year
alone in parentheses right after such a noun.

Not: a plural ("2018 media reports of a scandal": reports of an occurrence, "What is reported"), a
report "that" something happened (``cited_publications.claim``), a publication one is referred to
("see the 2009 International Religious Freedom Report": a cross-reference), a year after the report's,
a year inside a date with a month, and a year some other record of the sentence already carries.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon import DATED_PUBLICATIONS, TITLED_PUBLICATIONS
from .cited_publications import claim

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates.scan import DateMention
    from .attach import Produced

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: the publication nouns: reports, surveys, studies, assessments, censuses, indexes
_PUBLICATIONS = frozenset(DATED_PUBLICATIONS) | frozenset(TITLED_PUBLICATIONS) | {"index"}
#: verbs that refer the reader to a publication rather than cite what it found
_REFERRING = frozenset({"see", "refer", "consult"})
_RUN_LENGTH = 9  # title words between the year and the publication noun, at most


def cited_years(sent: "SpacySpan", mentions: list["DateMention"], base: int, year: int,
                produced: list["Produced"]) -> list[tuple["Token", str]]:
    """(publication noun, year) for each publication cited with a year no record of the sentence carries."""
    carried = {d[:4] for _, _, d, _, _ in produced if d}
    out: list[tuple["Token", str]] = []
    for tok in sent:
        if not (tok.like_num and _YEAR.fullmatch(tok.text)) or int(tok.text) > year or tok.text in carried:
            continue
        if _in_a_fuller_date(tok, mentions, base):
            continue
        noun = _titled_after(tok) or _parenthesized_after(tok)
        if noun is None or noun.tag_ in ("NNS", "NNPS") or claim(noun) or _referred(noun):
            continue
        out.append((noun, tok.text))
        carried.add(tok.text)
    return out


def _in_a_fuller_date(tok: "Token", mentions: list["DateMention"], base: int) -> bool:
    """``tok`` is the year of a date mention with a month or a day ("the May 2019 report": the dated rules')."""
    at = base + tok.idx
    return any(m.start <= at < m.end and (m.precision or "year") != "year" for m in mentions)


def _titled_after(year: "Token") -> "Token | None":
    """The publication noun a run of title words after ``year`` ends on: "2014 Household Survey",
    "2018 annual report", "2020 population and housing census" (the noun that heads its phrase)."""
    doc = year.doc
    for tok in doc[year.i + 1:min(len(doc), year.i + 1 + _RUN_LENGTH)]:
        if tok.lemma_.lower() in _PUBLICATIONS and tok.pos_ in ("NOUN", "PROPN"):
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "nmod"):
                continue  # "the 2019 Stigma Index Report": the run goes on to the head
            return tok
        if not (tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.lower_ in ("and", "-", "/")):
            return None
    return None


def _parenthesized_after(year: "Token") -> "Token | None":
    """ "the most recent census (2008)": the publication noun right before a year alone in parentheses."""
    doc = year.doc
    if year.i < 2 or year.i + 1 >= len(doc) or doc[year.i - 1].text != "(" or doc[year.i + 1].text != ")":
        return None
    noun = doc[year.i - 2]
    return noun if noun.lemma_.lower() in _PUBLICATIONS and noun.pos_ in ("NOUN", "PROPN") else None


def _referred(noun: "Token") -> bool:
    """The reader is referred to the publication ("For more detail, see the 2009 … Report")."""
    head = noun.head
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in _REFERRING and noun.dep_ in ("dobj", "pobj", "conj", "appos")
