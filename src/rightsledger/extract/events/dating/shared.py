"""Clauses that share one date expression (docs/EVALUATION.md, "One record per date"): several
occurrences told in coordinated clauses of one sentence with one date are one record, typed by the first.

"Rabhi appealed and was released from prison on October 22", "He was charged with insulting the
president, sentenced on August 5 to six months, and fined", "On February 26, a teacher was arrested; he
was released after paying a fine": the undated verb is coordinated with the dated one (a conjunct, a verb
parsed as a clause without a subject or conjunction of its own, or a clause joined by a semicolon), so
it takes no record of the report year beside the dated one. A clause under another (a relative, "following
allegations they had assaulted residents in July") keeps its own reading, and so does a date that labels a
noun ("in advance of the president's September 14 visit"), and the date of a report ("In March a committee
reported 40 persons were held; four were sentenced to eight years") is not its content's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...annotate import span_text
from ..lexicon import REPORT_VERBS
from ..types.triggers import is_verb

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

_OWN_CLAUSE = ("nsubj", "nsubjpass", "mark")


def _coordinated_up(verb: "Token") -> bool:
    """``verb`` hangs on its head as a coordinate clause, not a subordinate one."""
    if verb.dep_ in ("conj", "parataxis", "xcomp"):  # ("attacked and attempted to burn … on October 12")
        return True
    if verb.dep_ == "advcl":  # "charged …, sentenced on August 5": a conjunct parsed as a clause
        return not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
    if verb.dep_ == "ccomp":  # "X was arrested; he was released": the clause before the semicolon
        lo, hi = sorted((verb.i, verb.head.i))
        return any(t.text == ";" and t.head.i == verb.head.i for t in verb.doc[lo:hi])
    return False


def _chain_head(verb: "Token") -> "Token":
    cur = verb
    for _ in range(6):
        if cur.head.i == cur.i or not _coordinated_up(cur) or not is_verb(cur.head):
            break
        cur = cur.head
    return cur


def _labels_noun(sent: "SpacySpan", mention: "DateMention") -> bool:
    """The date expression modifies a noun ("the president's September 14 visit", "his May 3 report")."""
    at = span_text(sent).find(mention.text)
    if at < 0:
        return False
    lo, hi = sent.start_char + at, sent.start_char + at + len(mention.text)
    toks = [t for t in sent if lo <= t.idx < hi]
    tops = [t for t in toks if not lo <= t.head.idx < hi]
    return bool(tops) and all(t.head.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("pobj", "npadvmod")
                              for t in tops)


def shares_date(verb: "Token", dated: "Token | None", date: str, sent: "SpacySpan",
                mentions: "list[DateMention]") -> bool:
    """``verb`` (undated) is coordinated with the verb ``dated`` that carries the date ``date`` of its own
    (not a date that labels a noun)."""
    if dated is None or not is_verb(dated) or not is_verb(verb) or dated.i == verb.i:
        return False
    if dated.lemma_.lower() in REPORT_VERBS:
        return False  # "In March a committee reported 40 persons were held; four were sentenced": the report's date
    if any(m.date == date and _labels_noun(sent, m) for m in mentions):
        return False
    return _chain_head(verb).i == _chain_head(dated).i
