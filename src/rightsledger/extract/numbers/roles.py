"""What a number token does in its parsed sentence, where the text alone cannot tell: a
label ("the 4.5 formula") or a pronoun ("have one provided") counts nothing, and a count of
kinds ("nine categories of contracts") is no rule's quantity. Shared by figures and provisions."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate import text_start
from ..lexicons import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def names_a_thing(tok: "Token") -> bool:
    """Is the number token (spaCy) part of a label rather than a count: a number other than
    one modifying a singular noun that a determiner makes definite ("the 4.5 formula", "the
    3+1 system", "this 24 agenda")? A count of things takes a plural noun ("the 12
    clinics"); sizes glued to their noun ("the 155-seat") are tokens of their own."""
    noun = tok.head
    if tok.dep_ != "nummod" or noun.tag_ != "NN" or tok.i > noun.i or not tok.like_num:
        return False
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tok.text) or float(tok.text.replace(",", "")) <= 1:
        return False  # "one method"; words are not labels, and "the remaining 0.5 share" is a share
    between = tok.doc[tok.i + 1:noun.i]
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "PUNCT") for t in between):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") and c.i < tok.i
               for c in noun.children)


KIND_NOUNS = frozenset(lexicon("provisions")["kind_nouns"])


def counts_kinds(tok: "Token") -> bool:
    """Does the number token count kinds ("sets out nine categories of contracts", "allows two
    types of union", "one of the other three categories")? A law that lists kinds states what
    exists, not a number its rule turns on (docs/EVALUATION.md: a threshold is a number a rule
    turns on): the count is a figure. Kept when the kinds are the scope of a class of persons
    or things, a noun's prepositional object ("officials in 48 categories must declare")."""
    noun = tok.head
    if tok.dep_ != "nummod" or noun.lemma_.lower() not in KIND_NOUNS or tok.i > noun.i:
        return False
    prep = noun.head
    return not (noun.dep_ == "pobj" and prep.pos_ == "ADP" and prep.head.pos_ in ("NOUN", "PROPN"))


def pronoun_one(tok: "Token") -> bool:
    """The word "one" standing for a noun ("have one provided", "appoint one", "is often the same one that
    presides") counts nothing."""
    return tok.lower_ == "one" and (tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "appos")
                                    or tok.dep_ == "attr" and any(c.dep_ == "det" for c in tok.children))


def token_at(sent: "SpacySpan | None", offset: int) -> "Token | None":
    """The token of ``sent`` at ``offset`` (relative to the sentence text), or None."""
    if sent is None:
        return None
    base = text_start(sent)
    return next((t for t in sent if t.idx - base <= offset < t.idx - base + len(t.text)), None)
