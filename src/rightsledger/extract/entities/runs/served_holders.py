"""A person named right after the body his or her post serves, with words between the post's "of" and
the body's name (pass 1, after ``holders.py``; issue 14, persons; round t-ents45, on the session-22
amendment).

"deputy head of the Tsikhanouskaya-led [United Transitional Cabinet] [Pavel Latushka] told …", "member
of democratic leader Tsikhanouskaya’s [United Transition Cabinet] [Anatoly Lyabedzka]" (2023 Belarus),
"chairperson of the opposition political party [BNP] [Khaleda Zia] received …" (2022 Bangladesh),
"former chief clerk of the [Court of Cotonou] [Abou Seidou]" (2019 Benin), all unread reports judged
before the rule, and "correspondent for Spanish newspaper [Diario ABC] [Paola Ugaz]" (2022 Peru, dev):
the model reads the body's name and the holder's as one organization, and the person is lost.
``holders.py`` cuts the holder off when the body's name follows "<title> of the" right away; here the
post's "of" or "for" is followed by words that qualify the body first — lower-case words ("the
opposition political party"), a name's possessive ("Tsikhanouskaya’s"), a hyphened qualifier
("Tsikhanouskaya-led"), a capitalised adjective before one of them ("Spanish newspaper") — or the post
is a role noun (``role_nouns``) or a word of ``holder_role_words`` ("clerk") rather than a title.

The cut: the body's words keep a head word or an acronym, the holder is the last two or three words of a
person's shape (``common.holder_words``), and the post becomes the person's role.
"""
from __future__ import annotations

import re

from ..common import Cand, holder_words, is_acronym, is_common, org_heads
from ..lexicon import CONNECTORS, HOLDER_MODIFIER_STOPS, HOLDER_ROLE_WORDS, ROLE_NOUNS, TITLES

_LOWER = re.compile(r"[a-z][a-z\-]*")
_POSSESSIVE = re.compile(r"[A-Z][\w\-]*(?:’s|'s)")
_HYPHENED = re.compile(r"[A-Z][\w]*-[a-z][a-z\-]*")
_ADJECTIVE = re.compile(r"[A-Z][a-z]+")
_ARTICLES = ("the", "a", "an")
#: at most this many words qualify the body between the post's "of" and its name
_MAX_MODIFIERS = 5


def _modifier(toks: list[str], i: int) -> bool:
    """Is ``toks[i]`` a word that qualifies the body named after it (``toks[i + 1]`` its next word)?"""
    t = toks[i]
    if _LOWER.fullmatch(t):
        return t not in HOLDER_MODIFIER_STOPS and t not in _ARTICLES and t not in ("of", "for")
    if _POSSESSIVE.fullmatch(t) or _HYPHENED.fullmatch(t):
        return True
    # "Spanish newspaper": a capitalised word right before a lower-case qualifier
    return bool(_ADJECTIVE.fullmatch(t)) and i + 1 < len(toks) and _LOWER.fullmatch(toks[i + 1]) is not None


def post_before(text: str, start: int) -> str | None:
    """The post's word when the words right before ``start`` are "<post> of|for [the] <qualifiers>", the post
    a title, a role noun or a holder's word; else None."""
    window = text[max(0, start - 160):start]
    if not window.endswith(" "):
        return None
    toks = window.split()
    i = len(toks)
    while i > 0 and len(toks) - i < _MAX_MODIFIERS and _modifier(toks, i - 1):
        i -= 1
    if i > 0 and toks[i - 1].lower() in _ARTICLES:
        i -= 1
    if i < 2 or toks[i - 1] not in ("of", "for"):
        return None
    post = toks[i - 2].lower()
    return post if post in TITLES or post in ROLE_NOUNS or post in HOLDER_ROLE_WORDS else None


def _cut(text: str, c: Cand, post: str) -> list[Cand] | None:
    """The body and the holder of a candidate "<Body's name> <Holder's name>", or None."""
    words = c.text.split()
    if " ".join(words) != c.text or text[c.start:c.end] != c.text:
        return None                           # irregular spacing: leave it
    for tail in (3, 2):
        if len(words) <= tail:
            continue
        front, name = words[:-tail], words[-tail:]
        if front[-1].lower() in CONNECTORS or not (org_heads(front) or any(is_acronym(w) for w in front)):
            continue
        if not holder_words(name) or (tail == 3 and is_common(name[0])):
            continue
        body_end = c.start + len(" ".join(front))
        return [Cand(c.start, body_end, text[c.start:body_end], c.label),
                Cand(body_end + 1, c.end, text[body_end + 1:c.end], "PERSON", [post])]
    return None


def split_served_holders(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates with each "<Body> <Holder>" name after a post's qualified "of"/"for" cut in two."""
    out: list[Cand] = []
    for c in cands:
        post = post_before(text, c.start) if c.label in ("ORG", "RULE_ORG") and " " in c.text else None
        parts = _cut(text, c, post) if post is not None else None
        out.extend(parts or [c])
    return out
