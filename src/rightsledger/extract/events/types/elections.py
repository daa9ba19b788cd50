"""Results of elections: "the ruling party won 62 of 91 seats", "won a plurality with 47 members of
parliament", "won a two-thirds majority", "won all local government by-elections", "won with 59
percent of the vote" state an election (``election_or_referendum``, as the Togo 2017, Guinea-Bissau
2019, Chad 2016 and example gold), while "the government won two convictions" or "rebels won control
of the town" do not. What counts as won is data: ``won_things`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import WON_THINGS

if TYPE_CHECKING:
    from spacy.tokens import Token


def won_election(verb: "Token") -> bool:
    """``verb`` ("win") has for object a seat, a majority, a term or an election ("62 of 91 seats"
    counted), or wins "with" a share of the vote."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in WON_THINGS or any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in WON_THINGS for o in p.children)
                for p in c.children)):
            return True  # ("won a plurality", "won 62 of 91 seats"; not "an award for election monitoring")
        if c.dep_ == "prep" and c.lower_ == "with" and any(d.lemma_.lower() in ("vote", "ballot") for d in c.subtree):
            return True
        if c.dep_ == "prep" and c.lower_ == "by" and c.i + 2 < len(doc) and doc[c.i + 1].text == "-" and \
                doc[c.i + 2].lemma_.lower() == "election":
            return True  # "won all local government by-elections" (split by the tokenizer)
    return False
