"""A person's first given name that is also a frequent English word, left out in front of the name
(issue 14, round t-ents46).

Read on reports nobody annotated (judged by t-ents43, traced again on t-ents45's code): "Shortly after
news of X’s death, Lucas [Ayaba Cho], leader of the …", "the mayor of Bamenda, Paul [Tembeng
Achobong], announced" (2020 Cameroon), "Turkish authorities … kidnapped Asia [Ali Damerji] and …"
(2022 Syria). The model spans the name without its first word and ``given_fronts.py`` leaves the word
out: it is an ordinary English word by its frequency (``common_zipf``), and the person is named by the
rest, a name the report never gives.

The shape, read before a name typed person of two words or more: the word ``given_fronts.py`` reads
(one capitalised word right before the name, opening the capitalised run), ordinary by its frequency
alone — every other test of ``given_fronts.name_word`` passed: no title, sentence word, month, word
the report writes in lower case, country or town of the report's country — and no nationality or
people's word ("Syrian X Y"), standing right after a comma or after a lower-case word that is no
function word (``leading_noise``, ``given_front_joiners``): not "Deputy Speaker of the House X Y",
"Minister of Communications, Science, and Technology X Y", whose word ends a body's or a portfolio's
name. Then the person's span starts at that word, as in ``given_fronts.py``.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import zipf
from ..common import Cand, demonym, nationality_word
from ..lexicon import COMMON, GIVEN_FRONT_JOINERS, LEADING_NOISE
from .given_fronts import given_name_fronts, name_word, opens_run

#: the comma or the lower-case word right before the given name, one space between
_BEFORE = re.compile(r"(,|[a-zß-ÿ][\w’'\-]*) $")


def after_comma_or_content_word(text: str, start: int) -> bool:
    """Does the word at ``start`` stand right after a comma, or after a lower-case word that is no
    function word ("kidnapped Asia", not "of the House", "and Technology")?"""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    before = m.group(1)
    return before == "," or (before not in LEADING_NOISE and before not in GIVEN_FRONT_JOINERS)


def common_front(text: str, start: int, word: str, lower: set[str], home: str | None,
                 places: frozenset[str]) -> bool:
    """Is ``word`` at ``start``, ordinary English by its frequency alone, a given name left out in
    front of the name after it?"""
    if zipf(word) < COMMON:
        return False                      # given_fronts.py's own case
    if nationality_word(word) or demonym(word, set(), set(places)):
        return False
    return (opens_run(text, start) and after_comma_or_content_word(text, start)
            and name_word(word, lower, home, places, frequent_ok=True))


def common_given_fronts(text: str, typed: list[Cand], lower: set[str], home: str | None) -> list[Cand]:
    """``typed`` with each person's left-out first given name that is a frequent English word put
    back in front of the name (run right after ``given_fronts.given_name_fronts``)."""
    return given_name_fronts(text, typed, lower, home, word_ok=common_front)
