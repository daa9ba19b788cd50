"""The list of issues of the year (issue 14; dev-gold counts in docs/rounds/2026-12-06-05-t-events4.md):
"Significant human rights issues included credible reports of: unlawful killings …; torture …",
"Human rights abuses included: the abridgement of citizens' right to elect officials; unlawful
killings by police …", "Other abuses included abductions, torture, …" state the abuses of the report
year: one event of the year for the sentence (17 of 21 such sentences in the dev gold). Its type is
that of the first item of the list naming an occurrence, among the first two items ("the abridgement
of the right to elect officials; unlawful killings" → killing; "harsh prison conditions; lack of
judicial independence; …" → other). Not "Offices tasked with investigating abuses included …", not
"Other observed problems included a shortage of personnel", not "These violations included lack of
access to safety equipment" (no human rights abuses).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import paragraph_text, span_text
from ..lexicon import ISSUE_PHRASES
from ..types.triggers import sentence_tokens, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_LIST = re.compile(r"(?i)^\W*(?:(?:the|these|other|most|more|significant|serious|major)\s+)*(?:human\s+rights\s+"
                   r"(?:abuses|issues|problems|violations)|abuses)(?:\s+in\s+the\s+country)?\s+included\b")
_ITEMS = 2  # the type is read from the first two items only


def _modifier(tok: "Token") -> bool:
    """A word that only qualifies an item ("life-threatening prison conditions") or the right it restricts
    ("the abridgement of citizens' right to elect officials"): no occurrence of its own."""
    return tok.dep_ in ("amod", "compound") or tok.i > 0 and tok.nbor(-1).text == "-" or any(
        a.lemma_.lower() == "right" for a in tok.ancestors)


def issues_list(sent: "SpacySpan") -> tuple["Token", str] | None:
    """(token, type) of a sentence that lists the issues of the year, or None."""
    m = _LIST.match(span_text(sent))
    if m is None:
        return None
    start = sent.start_char + m.end()
    text = paragraph_text(sent.doc)
    items = 1
    for tok in sentence_tokens(sent):
        if tok.idx < start:
            continue
        if tok.text == ";":
            items += 1
            if items > _ITEMS:
                break
            continue
        for phrase, type_ in ISSUE_PHRASES.items():
            if text.startswith(phrase, tok.idx) or text.startswith(phrase.capitalize(), tok.idx):
                return tok, type_
        if tok.pos_ in ("NOUN", "VERB") and not _modifier(tok) and (type_ := trigger_type(tok)) is not None:
            return tok, type_
    verb = next((t for t in sentence_tokens(sent) if t.lower_ == "included"), sent.root)
    return verb, "other"
