"""The subject of a provision: what the rule is about, a short noun phrase read from the
parse around the quantity (the object of a rule verb, else the subject of the quantity's verb); whether the
subject of a duty is a class of persons (``generic_subject``) and of a past rule verb the instrument
(``law_is_subject``)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate import paragraph_text, text_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

LAW_WORDS = {"law", "laws", "constitution", "code", "decree", "regulation", "regulations",
             "legislation", "statute", "act", "ordinance", "it", "they", "this", "which"}
RULE_LEMMAS = {"provide", "prohibit", "forbid", "ban", "require", "allow", "permit", "stipulate",
               "mandate", "set", "establish", "limit", "restrict", "entitle", "specify", "impose",
               "penalize", "criminalize", "punish", "oblige", "obligate", "grant", "guarantee",
               "cap", "prescribe", "fix", "define", "make", "preclude", "proscribe", "call", "institute",
               "give", "dictate", "reserve"}


def subject_at(doc: "Doc", offset: int) -> str | None:
    """What the rule is about: a short noun phrase from the parse."""
    span = doc.char_span(offset, min(offset + 1, len(paragraph_text(doc))), alignment_mode="expand")
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


def generic_subject(duty: re.Match[str], sent: "SpacySpan") -> bool:
    """Is the subject of "was to be …"/"were supposed to …" a class of persons or things
    ("Detainees were to be charged within 48 hours"), not one person ("He was supposed to
    be released within two weeks", "Mamadou was to appear …")?"""
    base = text_start(sent)
    aux = next((t for t in sent if t.idx - base == duty.start()), None)
    if aux is None:
        return True
    verb = aux if aux.dep_ == "ROOT" or aux.head is aux else aux.head
    subjects = [c for c in (*verb.children, *aux.children) if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.pos_ == "PRON" or c.ent_type_ == "PERSON" for c in subjects)


def law_is_subject(frame: re.Match[str], sent: "SpacySpan") -> bool:
    """A law frame whose verb is in the past tense counts only when the instrument is the
    verb's subject ("A 1997 law set the minimum wage at …", not "the Cabinet considered
    the draft constitution … and established a committee")."""
    base = text_start(sent)
    last = frame.end() - 1  # the rule verb ends the match
    verb = next((t for t in sent if t.idx - base <= last < t.idx - base + len(t.text)), None)
    if verb is None or verb.tag_ != "VBD":
        return True
    law_at = frame.start()
    if len(frame.group(0).split()) <= 2 and verb.dep_ != "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True  # "The labor code limited working hours to …" parsed as a noun phrase
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            sub = list(child.subtree)
            if sub[0].idx - base <= law_at < sub[-1].idx - base + len(sub[-1].text):
                return True
    # "regulations that allowed for detention … up to 23 days": the instrument the clause hangs on
    return verb.dep_ == "relcl" and verb.head.idx - base <= last and law_at <= verb.head.idx - base \
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
