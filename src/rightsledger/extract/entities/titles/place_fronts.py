"""A place's name and a title glued before a person's name in one span of the model (issue 14,
persons; round t-ents48, on the session-22 amendment).

The model spans "statements insulting Imo Governor Hope Uzodinma" (2023 Nigeria) as one body, "the
United States extradited former Chihuahua Governor César Duarte" (2022 Mexico) as one person, "Lusaka
Roman Catholic Archbishop Alick Banda expressed concern" (2022 Zambia) as one person that is then
dropped: three unread reports judged before the rule. ``strip_titles`` strips titles that stand first
only, and ``runs.rule_candidates.title_of_place`` reads "Governor of X Name" only; here the place comes
first. The span is: a place the gazetteer knows (a country, or a ``place_kinds`` place) as its first
word; at most ``max_between`` capitalised words none a body's head word or a title ("Roman Catholic");
a capitalised title of ``TITLES``; then ``min_name_words`` to ``max_name_words`` words of a person's
name, none a body's head word or a title. The candidate then starts at the title (a person's, whatever
the model's label), and ``strip_titles`` takes the title as the person's role. The dev gold makes a
person of the name after the title in every sentence of the shape (13 : 0, seven reports).
"""
from __future__ import annotations

from ...lexicons.gazetteer import gazetteer
from ..common import is_cap, org_heads, person_shape
from ..lexicon import PLACE_TITLES, TITLES

_KINDS = frozenset(PLACE_TITLES["place_kinds"])


def _is_title(word: str) -> bool:
    return word[:1].isupper() and word.lower().rstrip(".") in TITLES


def _place(word: str) -> bool:
    """A country or a place of ``place_kinds`` the gazetteer knows ("Lusaka", "Imo", "Chihuahua")."""
    gaz = gazetteer()
    if gaz.countries(word):
        return True
    place = gaz.lookup(word, alternates=False)
    return bool(place and place.kind in _KINDS)


def _holder(words: list[str]) -> bool:
    """Words of a person's name after the title ("Hope Uzodinma", "César Duarte")."""
    return PLACE_TITLES["min_name_words"] <= len(words) <= PLACE_TITLES["max_name_words"] \
        and person_shape(" ".join(words)) and not org_heads(words) and not any(_is_title(w) for w in words)


def place_title_start(text: str, s: int, e: int) -> int | None:
    """Where the title of "<Place> [modifiers] <Title> <Name>" spanned as ``text[s:e]`` starts, or None."""
    words = text[s:e].split()
    k = next((i for i, w in enumerate(words) if _is_title(w)), 0)
    between = words[1:k]
    if k < 1 or len(between) > PLACE_TITLES["max_between"] or not _place(words[0]) \
            or not all(is_cap(w) for w in between) or org_heads(words[:k]) or not _holder(words[k + 1:]):
        return None
    return s + len(text[s:e]) - len(text[s:e].split(None, k)[k])
