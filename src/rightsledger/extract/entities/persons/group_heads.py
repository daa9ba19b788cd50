"""Names typed person that only ever stand before the noun of a group of persons (issue 14, t-ents32).

Found on reports nobody annotated (2020 Iraq "(predominantly Christian) Chaldo-Assyrian candidates",
2022 Vietnam "the state-sponsored Hoa Hao Buddhist group", 2022 India "Sri Lankan Tamil refugees"), so the
rule is stated by a word class (``group_heads_after`` in ``entities.toml``), not by those sentences, and
rests on the session-22 amendment (a class the dev texts hardly hold): a name that the report writes,
every time, right before a lower-case noun of a group of persons ("refugees", "candidates", "group",
"community", "adherents") names a people, a faith or a movement, not a person; a person's name does not
modify such nouns (the nouns it does modify, "supporters", "followers", "family", are not in the list).
Peoples are no entity (docs/EVALUATION.md: "not groups"), so the candidate is dropped.

The nationality a dropped name opens with ("Sri Lankan" of "Sri Lankan Tamil refugees"), typed person
where the report writes it alone ("Sri Lankan refugees"), goes too: with the longer name gone it would
make a person record of its own (``common.nationality_word``: an English word or a country's stem).

The sibling of ``heads.py`` (a facility's or a body's noun): the same "every time", but the noun must
follow the name right away (no word between), and an occurrence glued to a hyphen or an apostrophe
("X-associated", "X’s") is an occurrence not before such a noun, so it keeps the person.
"""
from __future__ import annotations

import re

from ..common import Cand, nationality_word
from ..lexicon import GROUP_HEADS_AFTER
from ..occurrences import occurrences

_GROUP_HEAD = re.compile(r"[ \u00a0]+(?:%s)(?![\w\-’'])" % "|".join(
    sorted(GROUP_HEADS_AFTER, key=len, reverse=True)))


def always_before_group(text: str, name: str) -> bool:
    """Every whole-word occurrence of ``name`` in ``text`` stands right before a lower-case noun of a
    group of persons (``group_heads_after``), and there is one at least. Callers may rely on: False
    for a name the text never writes."""
    spans = occurrences(text, name)
    return bool(spans) and all(_GROUP_HEAD.match(text, end) for _, end in spans)


def group_heads_not_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` without the persons whose every occurrence modifies a noun of a group of persons."""
    verdict: dict[str, bool] = {}
    for c in typed:
        if c.type == "person" and c.text not in verdict:
            verdict[c.text] = always_before_group(text, c.text)
    dropped = [n for n, v in verdict.items() if v]
    fronts = {n for n in verdict if not verdict[n] and nationality_front(n, dropped)}
    return [c for c in typed if not (c.type == "person" and (verdict[c.text] or c.text in fronts))]


def nationality_front(name: str, dropped: list[str]) -> bool:
    """``name`` is the leading words of one of the ``dropped`` names, shorter than it, and a
    nationality ("Sri Lankan" of "Sri Lankan Tamil")."""
    return any(d.startswith(name + " ") for d in dropped) and nationality_word(name)
