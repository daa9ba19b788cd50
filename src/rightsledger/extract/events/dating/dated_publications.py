"""Publications named by their date (split from ``dated.py``, t-house21): "a 2005 survey", "A May report
by X", "the 2018 Demographic and Health Survey", "In its Annual Report 2013, …": report_published of that
date; the report is the source, its content still an occurrence of the year (``publication``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import paragraph_text, span_text
from ...dates import DateMention, find_dates
from ..types.arguments import tree_path
from .attach import Produced
from ..lexicon import DATED_PUBLICATIONS, TITLED_PUBLICATIONS, TITLED_REPORT_FRAMES
from ..types.triggers import is_verb, sentence_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# "In its Annual Report 2013, …", "According to Freedom in the World 2016, …": a titled edition's year
_TITLED_EDITION = re.compile(r"^(?:%s)\s+(?:[A-Z][\w’'-]*\s+(?:(?:in|on|of|the|and|for)\s+)*)+((?:19|20)\d\d)"
                             r"(?:\s+[Rr]eport)?\s*[,:]" % "|".join(TITLED_REPORT_FRAMES))


def indefinite(noun: "Token") -> bool:
    """``noun`` has "a"/"an": "a 2005 survey" names its publication date, "the 2021 report" its period."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def titled(noun: "Token") -> bool:
    """``noun`` is a survey or census ("the 2018 Demographic and Health Survey", "the 2007 census", "the
    2012 DHS"), or a title that ends with one ("The 2014 Violence Against Children Survey", parsed with
    "Violence" for its head): its year is its own."""
    if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in TITLED_PUBLICATIONS:
        return True
    for tok in noun.doc[noun.i + 1:noun.i + 8]:  # the rest of the title: capitalised words and "of", "and" …
        if tok.lemma_.lower() in TITLED_PUBLICATIONS and tok.text[:1].isupper():
            return noun.text[:1].isupper()
        if not (tok.text[:1].isupper() or tok.lower_ in _TITLE_LINKS):
            return False
    return False


_TITLE_LINKS = frozenset({"and", "of", "on", "for", "against", "the", "&", "-"})


def publication(produced: "Produced") -> bool:
    """A publication named by its date ("A May report by X documented cases of rape"): its source, not
    its content; the content is still an occurrence of the year."""
    tok = produced[0]
    return produced[1] == "report_published" and tok is not None and tok.lemma_.lower() in DATED_PUBLICATIONS \
        and not is_verb(tok) and any(t.i < tok.i and t.ent_type_ == "DATE" for t in tok.subtree)


def publications(sent: "SpacySpan", mentions: list[DateMention], base: int, year: int | None) -> list[Produced]:
    """Publications named by a date the date finder leaves alone ("According to a 2005 survey", "A 2008
    ITUC report stated …", "A May report by the NGO X documented …"): report_published of that date."""
    out: list[Produced] = []
    for tok in sentence_tokens(sent):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in DATED_PUBLICATIONS:
            continue
        words = [t for t in tok.subtree if t.i < tok.i and t.ent_type_ == "DATE" and not any(
            a.pos_ == "ADP" or a.i > tok.i for a in tree_path(t, tok))]
        if not words:
            continue
        start, end = base + words[0].idx, base + words[-1].idx + len(words[-1])
        if any(m.start < end and start < m.end for m in mentions):
            continue  # dated by the date finder ("the July 2008 report"): see dated_events
        found = find_dates("in " + paragraph_text(sent.doc)[words[0].idx:words[-1].idx + len(words[-1])], year)
        if len(found) == 1 and found[0].date and found[0].kind == "event" and (
                indefinite(tok) or found[0].precision in ("month", "day")):  # not "the 2021 report" (covered)
            out.append((tok, "report_published", found[0].date, None, found[0].precision or "year"))
    return out


def titled_edition(sent: "SpacySpan", mentions: list[DateMention], base: int) -> list[Produced]:
    """A report cited by a title ending with its edition's year ("In its Annual Report 2013, Amnesty
    International noted …", "In its Nations in Transit 2016 report, …"): report_published of that year
    (the date finder leaves a year glued to a title alone)."""
    m = _TITLED_EDITION.match(span_text(sent))
    if m is None or any(d.start < base + sent.start_char + m.end(1) and base + sent.start_char + m.start(1) < d.end
                        for d in mentions):
        return []
    tok = sent.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
    return [(tok.root if tok is not None else None, "report_published", m.group(1), None, "year")]
