"""Statements issued: a reaction, not a publication (issue 14, round t-types6).

"The medical council issued a statement calling on doctors to stop the examinations", "Police also
issued a statement pledging to cooperate with LGBTI groups", "the guild issued a statement calling the
letter a threat to press freedom" are reactions of a named actor (docs/EVALUATION.md, "Statements,
verdicts and cooperation"): ``other``, not ``report_published`` (the 2001 Somalia, 2017 Tunisia, 2018 El
Salvador, 2018 Lesotho and 2019 Ecuador gold). A statement that accuses or alleges a taxonomy act ("issued
a statement that accused militia members of raping women", "a statement alleging security forces killed
115 persons") is that act, alleged (the 2001 Somalia gold): :func:`claimed_acts` gives the verbs, and the
caller types them. Reports, studies and surveys issued stay publications; the word lists are
``[statements]`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_S = lexicon("events")["statements"]
_ISSUE_VERBS = frozenset(_S["issue_verbs"])
_STATEMENT_NOUNS = frozenset(_S["statement_nouns"])
_CLAIM_VERBS = frozenset(_S["claim_verbs"])


def _statements(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in _STATEMENT_NOUNS and not any(
                d.dep_ in ("compound", "amod") and d.lemma_.lower() in ("financial", "bank", "account", "asset")
                for d in c.children)]  # ("published financial statements": accounts)


def issued_statement(verb: "Token", lemma: str) -> bool:
    """``verb`` issues, releases or makes a statement ("issued a statement", "a statement was released")."""
    return lemma in _ISSUE_VERBS and bool(_statements(verb))


def claimed_acts(verb: "Token") -> list["Token"]:
    """The verbs of what a statement issued by ``verb`` accuses or alleges, in text order: "a statement that
    accused soldiers of raping women" → raping; "a statement alleging security forces killed 115 persons"
    → killed."""
    out: list["Token"] = []
    for noun in _statements(verb):
        for claim in (t for t in noun.subtree if t.dep_ in ("relcl", "acl") and t.lemma_.lower() in _CLAIM_VERBS):
            # "accused X of raping" (the parser hangs "of" on the verb, the accused or a word of the accused:
            # "accused militia members loyal to the warlord of raping")
            out += [d for d in claim.subtree if d.dep_ in ("pcomp", "pobj") and d.tag_ == "VBG"
                    and d.head.lower_ == "of" and (d.head.head.i == claim.i or d.head.head.pos_ != "VERB")]
            out += [c for c in claim.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]  # "alleging forces killed"
    return sorted(out, key=lambda t: t.i)
