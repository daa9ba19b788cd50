"""A post's place or body, one word, read into its holder's two-word name (issue 14, persons; round
t-ents71, on the session-22 amendment).

"issued an arrest warrant for former governor of Chihuahua Cesar Duarte" (2017 Mexico: one ORG span of the
model), "The mayor of Busan, Oh Geo-don, resigned" (2020 South Korea: one ORG span, a comma inside) and
"former president of Fetracarabobo Omar Escalante" (2018 Venezuela: the model spans "Omar Escalante", and
``runs/extend.py`` takes "Fetracarabobo" back as a first name): three unread reports judged before the rule,
the holder missed in each. ``runs.rule_candidates.title_of_place`` cuts such a front only from a PERSON span,
only when the front is a town or region of the gazetteer and no word of the name is one ("Duarte",
"Escalante" are towns), and never past a comma.

The shape: right after "<post> of [the] " (a title of ``TITLES`` or a holder's word of ``holder_role_words``, not
one whose "of" names a person: ``[post_fronts] person_facing``, ``person_of_nouns``), one capitalised word, no
body's head word nor a house's one-word name ("Parliament") (a comma after it allowed), then exactly two words of
a person's name — capitalised, a hyphened syllable allowed ("Geo-don"), no title, no body's head word, the last
no common English word — and no capitalised word right after, nor one after "and", "of", "for". A model span of
the three words then starts at the name, a person's, with the post as its role ("governor of Chihuahua"); one the
model gave with the comma is cut at the comma first and the piece after it is a person's (``candidates.py``); and
no rule takes the word after "<post> of [the]" back as a holder's first name (``runs/extend.py``,
``persons/given_fronts.py``).
The dev gold makes a person of the holder at every site of the shape (10 : 0, seven reports).
"""
from __future__ import annotations

import re

from ..common import is_common, org_heads
from ..lexicon import HOLDER_ROLE_WORDS, LONE_BODIES, PERSON_OF_NOUNS, POST_PERSON_FACING, TITLES

_POST_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ’']+(?:-[A-Za-zà-ÿ]+)?")
_FRONT = re.compile(r"[A-ZÀ-Þ][\w’'\-]*,?")
#: the capitalised run goes on after the span ("… Repatriation and Resettlement Commission")
_RUNS_ON = re.compile(r"\s+(?:(?:and|of|for|&)\s+)?[A-ZÀ-Þ]")


def post_before(text: str, s: int) -> str | None:
    """The post of "<post> of [the] " right before ``s`` ("former governor of "), in lower case, or None (a
    title whose "of" names a person, "the brother of ", is none)."""
    m = _POST_OF.search(text[max(0, s - 40):s])
    post = m.group(1).lower() if m else None
    if post is None or post in POST_PERSON_FACING or post in PERSON_OF_NOUNS:
        return None
    return post if post in TITLES or post in HOLDER_ROLE_WORDS else None


def _body_word(front: str) -> bool:
    """A body's head word or a house named by its one word ("Member of Parliament X Y"): the report's own rules
    read that front and its holder already."""
    return bool(org_heads([front])) or front.lower() in LONE_BODIES


def _holder(words: list[str]) -> bool:
    """Two words of a person's name ("Cesar Duarte", "Oh Geo-don"), no title or body's head word among them."""
    return len(words) == 2 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and not any(w.lower() in TITLES for w in words) and not org_heads(words) and not is_common(words[-1])


def post_front_holder(text: str, s: int, e: int) -> tuple[int, str] | None:
    """Where the holder's name of "<post> of [the] <Front>[,] <Given> <Surname>", spanned as ``text[s:e]``
    from the front, starts, and the holder's role ("governor of Chihuahua"); None when the span is not of
    that shape."""
    words = text[s:e].split()
    post = post_before(text, s)
    front = words[0].rstrip(",") if words else ""
    if post is None or len(words) != 3 or not _FRONT.fullmatch(words[0]) or front.lower() in TITLES \
            or _body_word(front) or not _holder(words[1:]) or _RUNS_ON.match(text, e):
        return None
    return s + text[s:e].index(words[1], len(words[0])), f"{post} of {front}"
