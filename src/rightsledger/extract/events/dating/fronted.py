"""A date that opens the sentence dates its main clause (issue 14, round t-events44): "On March 29, during a
protest in Dravik, a woman was stopped by police and beaten", "Starting November 9, the government suspended
the curfew", "On March 4, after NGOs criticized the arrests, the spokesperson dismissed the criticism". The
trigger a date attaches to (``attach.py``) can be a noun or a clause near the date ("protest", "criticized",
"start"); the main verb, higher in the parse, was then told a second time as a record of the report year
(``undated/occurrences._main_event``: a main clause above the dated ones). A date phrase in front of the
subject is the main clause's own adverbial: the main verb and the conjuncts that share its subject are dated
by it, one record (one record per sentence and date expression).

Judged on six state.gov reports nobody had annotated (round t-events44: the class in four of them); counted on
the non-held-out dev gold: of 992 sentences that open with a date phrase and hold a dated gold event, 21 also
hold a record of the report year, and none of the 21 is on the main verb or a conjunct sharing its subject
("as of" counts, a clause after ";" or "but" with its own subject, a reported clause, a year phrase, a
subordinate clause with a time of its own). Not this shape: "As of October, …" (a count to a date,
``asof.py``), "Since June, …" (``since_frame``), "By year's end …"; a conjunct with its own subject
("In March 2013 the president promulgated a law, but by year's end the government had not …"); a clause under
the main verb (what is reported: "In May media reported that five soldiers died in custody"); a negated main
verb; a sentence with a phrase of the report year ("during the year"). Word lists ``fronted_date_openers``,
``fronted_date_prepositions`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import span_text
from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

OPENERS = words("events", "fronted_date_openers")
PREPOSITIONS = words("events", "fronted_date_prepositions")
_OPENER = "|".join(re.escape(w) for w in sorted(OPENERS, key=len, reverse=True))
_PREP = "|".join(re.escape(w) for w in sorted(PREPOSITIONS, key=len, reverse=True))
_HEAD = re.compile(rf"(?i)^(?:(?:{_OPENER}),\s+)?(?:(?:{_PREP})\s+)?")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")


def fronted_date(sent: "SpacySpan", mentions: list["DateMention"]) -> "DateMention | None":
    """The date mention that opens ``sent`` (after an opener such as "For example," and a preposition such as
    "On", "In", "Starting"), when it is followed by a comma or the clause: the main clause's date."""
    text = span_text(sent)
    head = _HEAD.match(text)
    rest = text[head.end():] if head else text
    for m in mentions:
        if m.date and m.kind != "state" and rest.startswith(m.text):
            return m
    return None


def main_clause_verb(tok: "Token") -> bool:
    """True when ``tok`` is the sentence's root or a conjunct of it that shares its subject (no subject of
    its own), before any ";", not negated: the clause a fronted date modifies."""
    root = tok.sent.root
    if any(t.text == ";" for t in tok.doc[tok.sent.start:tok.i]):
        return False  # "On September 16, the court ruled …; X appealed": a clause of its own
    if tok.i != root.i:
        if tok.dep_ != "conj" or tok.head.i != root.i or any(c.dep_ in _SUBJECTS for c in tok.children):
            return False
    return not any(c.dep_ == "neg" for c in tok.children) and not any(c.dep_ == "neg" for c in root.children)


def dated_by_front(sent: "SpacySpan", mentions: list["DateMention"], tok: "Token", dated_dates: list[str],
                   year_date: str) -> bool:
    """True when the report-year record of ``tok`` is the main clause of a sentence whose opening date already
    dates a record (``dated_dates``): that date is the clause's; no second record. A phrase of the report
    year in the sentence ("during the year", ``year_date``) leaves it alone."""
    front = fronted_date(sent, mentions)
    if front is None or front.date not in dated_dates or (
            front.date == year_date and (front.precision or "year") == "year"):
        return False  # ("During the year, …" is the year's own phrase)
    if any(m is not front and m.date == year_date and (m.precision or "year") == "year" for m in mentions):
        return False  # "In September the ministry announced that it organized training during the year"
    return main_clause_verb(tok)
