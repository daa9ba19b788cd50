"""Names typed person made only of words for peoples and faiths (issue 14, t-ents13).

Found on reports nobody annotated (2017 Afghanistan "Shia Hazaras", 2019 Bosnia and Herzegovina
"Bosniak Muslim", 2021 Cyprus "Cypriot Roma"; earlier rounds' "Christian Montagnards" and
"Indigenous Papuan" are of the same shape), so the rule is stated by word classes, not by those
sentences: a name of two words or more every word of which names a people or a faith is a
people (a group), never a person, and peoples are no entity (docs/EVALUATION.md: "not groups";
Places: "Not nationalities"). A word names a people or a faith when

- the report's model tags it NORP as a span of its own ("Muslim", "Cypriot"), in the singular or
  the plural ("Hazaras" beside "Hazara"); not a word of a longer NORP span, which the model also
  puts on persons' full names (the fictional "Arman Telis" of examples/reports/veridia-2023.txt);
- it is a word of ``generic`` (months and weekdays aside: "roma", "shia", "christian", "muslim"),
  of ``religious_words`` ("orthodox", "evangelical") or ``people_words_before`` ("indigenous");
- or, for one word only of the name, it has a nationality ending of ``places.toml`` (``[peoples]``:
  "Bosniak", "Bosnian") and no gazetteer knows it.

The model tags persons' names NORP too (t-ents11: Armenian names in "-yan"; here "Ghani",
"Yiolitis"), which is why every word must pass, a one-word name is never touched, and the
nationality shape counts for one word at most (not "Adrian Sarkissian").
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold, gazetteer
from ...lexicons import lexicon, words
from ..common import Cand
from ..lexicon import PEOPLE_WORDS_BEFORE, RELIGIOUS_WORDS

#: words for peoples and faiths the lexicon holds (``generic`` less months and weekdays)
_FOLK_WORDS = words("entities", "generic") | RELIGIOUS_WORDS | PEOPLE_WORDS_BEFORE
#: one word with a nationality ending ("Bosniak", "Bosnian"): ``[peoples]`` in places.toml
_NATIONALITY = re.compile(r"[a-z]{3,}(?:%s)$" % "|".join(
    lexicon("places")["peoples"]["nationality_endings"]))


def _singulars(k: str) -> tuple[str, ...]:
    """The word and its possible singulars ("hazaras" → "hazara"; "muslims" → "muslim")."""
    if k.endswith("es"):
        return (k, k[:-1], k[:-2])
    return (k, k[:-1]) if k.endswith("s") else (k,)


def _folk(word: str, norp_words: set[str]) -> bool:
    return any(k in norp_words or k in _FOLK_WORDS for k in _singulars(fold(word)))


def _all_folk(name: str, norp_words: set[str]) -> bool:
    """Every word of a name of two words or more names a people or a faith."""
    parts = name.replace("-", " ").split()
    if len(parts) < 2:
        return False
    shaped = 0
    for w in parts:
        if _folk(w, norp_words):
            continue
        k = fold(w)
        if shaped or not _NATIONALITY.search(k) or gazetteer().lookup(w, None) is not None:
            return False
        shaped += 1
    return shaped < len(parts)


def folk_not_persons(typed: list[Cand], norp_words: set[str]) -> list[Cand]:
    """``typed`` without the persons named only by words for peoples and faiths
    (``norp_words``: the report's one-word NORP spans, folded, as ``extract_entities`` keeps them)."""
    verdict: dict[str, bool] = {}
    out: list[Cand] = []
    for c in typed:
        if c.type == "person":
            if c.text not in verdict:
                verdict[c.text] = _all_folk(c.text, norp_words)
            if verdict[c.text]:
                continue
        out.append(c)
    return out
