"""The subject of a provision: what the rule is about, a short noun phrase read from the
parse around the quantity (the object of a rule verb, else the subject of the quantity's verb)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LAW_WORDS = {"law", "laws", "constitution", "code", "decree", "regulation", "regulations",
             "legislation", "statute", "act", "ordinance", "it", "they", "this", "which"}
RULE_LEMMAS = {"provide", "prohibit", "forbid", "ban", "require", "allow", "permit", "stipulate",
               "mandate", "set", "establish", "limit", "restrict", "entitle", "specify", "impose",
               "penalize", "criminalize", "punish", "oblige", "obligate", "grant", "guarantee",
               "cap", "prescribe", "fix", "define", "make", "preclude", "proscribe", "call", "institute",
               "give", "dictate", "reserve"}


def subject_at(doc: "Doc", offset: int) -> str | None:
    """What the rule is about: a short noun phrase from the parse."""
    span = doc.char_span(offset, min(offset + 1, len(doc.text)), alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    verb = tok
    for _ in range(3):  # the verb of the quantity's clause, then the verbs above it
        verb = _verb_above(verb)
        if verb is None:
            return None
        phrase = _subject_of(verb, tok)
        if phrase:
            return phrase
        if verb.head is verb:
            return None
        verb = verb.head
    return None


def _verb_above(tok: "Token") -> "Token | None":
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl"):
            return tok
        if tok.head is tok:
            return tok
        tok = tok.head
    return None


def _subject_of(verb: "Token", tok: "Token") -> str | None:
    candidates: list["Token"] = []
    if verb.lemma_.lower() in RULE_LEMMAS:
        for child in verb.children:
            if child.dep_ in ("dobj", "xcomp"):
                candidates.append(child)
            elif child.dep_ == "prep" and child.lower_ == "for":
                candidates.extend(o for o in child.children if o.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in LAW_WORDS:
            candidates.append(child)
    if not candidates:
        for child in verb.children:
            if child.dep_ in ("dobj",):
                candidates.append(child)
    for c in candidates:
        if any(t.i == tok.i for t in c.subtree):
            continue
        phrase = _short_phrase(c)
        if phrase:
            return phrase
    return None


def _short_phrase(tok: "Token") -> str | None:
    toks = list(tok.subtree)
    keep = []
    for t in toks:
        if t.i > tok.i and (t.text in (",", ";", "(", "–", "—") or t.dep_ in ("relcl", "advcl")
                            or t.lower_ in ("who", "which", "that", "if", "but")):
            break
        keep.append(t)
    words = [t.text for t in keep]
    while words and words[0].lower() in ("the", "a", "an", "any", "all", "its", "their", "law"):
        words.pop(0)
    if not words or (len(words) == 1 and (words[0].lower() in LAW_WORDS or keep[-1].pos_ == "PRON"
                                          or keep[-1].tag_ in ("WDT", "WP"))):
        return None
    phrase = " ".join(words[:8])
    phrase = re.sub(r"\s+([’'],?s?)\b", r"\1", phrase).replace(" ’s", "’s").replace(" 's", "'s")
    return phrase
