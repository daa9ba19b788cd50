"""A person's name written after a body's own name and the noun of its kind (with ``descriptors.py``
and ``outlets.py``; issue 14, round t-ents49, on the session-22 amendment).

"chief editor of the now-blocked Masr al-Arabiya news site [Adel Sabri]" (2019 Egypt), "the Erfan-e
Halgheh group [Mohammad Ali Taheri]" (2019 Iran), "leader of the opposition Nasha party [Andrey
Dzmitryeu]" (2023 Belarus), unread reports judged before the rule: the body is named before its kind
noun, so the name after the noun is not the body's; the kind-noun rules took it for the body and typed
the person an organization. And "correspondent for Spanish newspaper Diario ABC [Paola Ugaz]" (2022
Peru, dev): the body's name is written first in the slot after the noun, and the holder that
``runs/served_holders.py`` cut off after it (a person carrying the post as role) is not the outlet.

The body is named before the noun when the word right before it is capitalised, not the sentence's
first, not an ordinary word ("Spanish", "Islamic", "Digital"), an acronym ("TV"), a place ("Lyon") or a
hyphened qualifier ("Australia-based"); the name after it is a person's when the model found a person
there whose two or three words have a person's shape (``common.holder_words``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import alternation
from ...lexicons.gazetteer import gazetteer
from ..common import Cand, big_place, holder_words, is_acronym, is_common
from ..lexicon import DESCRIPTOR_KINDS, MEDIA_WORDS_BEFORE

_NAME_WORD = re.compile(r"[A-Z][a-z’']+")
_SENTENCE_END = ".!?:;\"“("


@lru_cache(maxsize=1)
def _kind_before() -> re.Pattern[str]:
    """The word before a kind noun, the noun, the space before the name (at the end of a window)."""
    kinds = alternation(re.escape(k) for k in sorted(set(DESCRIPTOR_KINDS) | set(MEDIA_WORDS_BEFORE),
                                                     key=len, reverse=True))
    return re.compile(rf"(\S+)[ \t]+(?:{kinds})[ \t]+\Z")


def _body_name_word(text: str, end: int, word: str) -> bool:
    """Is ``word`` (ending at ``end``, right before the kind noun) a body's own name?"""
    last = word.split("-")[-1]                # "al-Arabiya" → "Arabiya"; "Australia-based" → "based"
    if not _NAME_WORD.fullmatch(last) or is_acronym(last) or is_common(last) or big_place(last) \
            or gazetteer().lookup(last) is not None:
        return False
    before = text[max(0, end - len(word) - 4):end - len(word)].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_END


def person_after_named_body(text: str, start: int, name: str) -> bool:
    """Is ``name`` (at ``start``) a person's name written after "<Body's name> <kind noun>"?"""
    words = name.split()
    if not 2 <= len(words) <= 3 or not holder_words(words):
        return False
    window_start = max(0, start - 80)
    m = _kind_before().search(text[window_start:start])
    return m is not None and _body_name_word(text, window_start + m.end(1), m.group(1))


def kept_persons(text: str, cands: list[Cand]) -> set[int]:
    """The starts of the model's persons that a kind noun before them must not make bodies: a person
    after a body named before its kind noun, or a holder cut off after the body's name (a role)."""
    return {c.start for c in cands if c.label == "PERSON"
            and (c.roles or person_after_named_body(text, c.start, c.text))}
