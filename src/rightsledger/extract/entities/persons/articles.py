"""Names of two words or more that the report writes after an article every time are no persons.

English puts no article right before a person's name. A name the model labelled PERSON that stands
after "the" or "an" at each of its occurrences is the name of a body, a parliament or a state in
another language or in a title-like form: "the Milli Mejlis", "An Garda Siochana (Garda)", "The
Federated States of Micronesia". Where a person's name does follow "the" it names something of
that person ("the Correa government", "the Balda kidnapping investigation", "the Rayasidamu case")
and the report writes the name bare elsewhere, so only a name with *every* occurrence after an
article is taken (t-ents14: no person of the dev gold is written that way), and an occurrence
followed by a noun a person's name modifies (``person_attributive_nouns`` and
``human_possessions``: "the Al Thani family", "the X case") does not count. A name holding a
word of a place's kind is left to ``place_words.py``.

Such a name loses its person votes: its other votes decide (a body where the model or a rule
said so), else it is no entity. A body's vote of its own was tried (t-ents14) and not kept: on
2017 Azerbaijan it split "Milli Mejlis" from the spellings and the other name the person's
linking had joined to it (two more body records). A name that runs on into a country's name
("Federated States" + "of Micronesia" is the country the gazetteer knows) is a piece of that
place's name: all its votes go, and an occurrence that runs on so counts as marked even without
its article ("two Federated States of Micronesia citizens"). A word of such a name standing
alone ("(Garda)") loses its person votes too, unless a name that stays a person holds it.
"""
from __future__ import annotations

import re
from collections import Counter

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, name_key, top_vote
from ..lexicon import PERSON_ATTRIBUTIVE_NOUNS
from .place_words import place_word

#: "the", "The", "an", "An" right before a name (the Irish "An" of "An Garda Siochana" too).
ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n)\s+$")
#: the article inside the model's span: "An Garda Siochana" labelled PERSON whole.
ARTICLE_IN = re.compile(r"(?:The|An)\s+")
#: The lower-case word right after a name.
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
#: "of" and a capitalised name right after a name: "… of Micronesia".
OF_NAME_AFTER = re.compile(r"\s+of\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})")


def _of_country(text: str, c: Cand) -> bool:
    """The name and the "of X" after it make a country's name the gazetteer knows."""
    m = OF_NAME_AFTER.match(text, c.end)
    return bool(m) and bool(gazetteer().countries(f"{c.text} of {m.group(1)}"))


def names_after_articles(text: str, cands: list[Cand], votes: dict[str, Counter]) -> None:
    """Take the person votes from the names of two words or more, winning as persons, whose every
    candidate stands right after an article or runs on into a country's name; all votes from a
    name that begins a country's name ("two Federated States of Micronesia citizens")."""
    total: Counter = Counter()
    marked: Counter = Counter()
    of_country: set[str] = set()
    for c in cands:
        k = name_key(c.text)
        if " " not in k:
            continue
        total[k] += 1
        front = _of_country(text, c)
        if front:
            of_country.add(k)
        after = WORD_AFTER.match(text, c.end)
        modifies = bool(after) and after.group(1) in PERSON_ATTRIBUTIVE_NOUNS   # "the X family"
        if front or (not modifies and (ARTICLE_IN.match(c.text)
                                       or ARTICLE_BEFORE.search(text[max(0, c.start - 5):c.start]))):
            marked[k] += 1
    dropped: set[str] = set()
    for k, n in total.items():
        v = votes.get(k)
        if not v or marked[k] != n or top_vote(v) != "person" or place_word(k):
            continue                          # ("the Nakhichevan Autonomous Republic": nonpersons.py)
        dropped.add(k)
        if k in of_country:
            v.clear()                         # "The Federated States [of Micronesia]": no entity
        else:
            del v["person"]                   # "the Milli Mejlis": other votes or no entity
    if not dropped:
        return
    # the name's own words alone ("(Garda)" of "An Garda Siochana") go with it, unless a name
    # still a person holds them
    kept = {w for k in total if k not in dropped and top_vote(votes.get(k)) == "person" for w in k.split()}
    pieces = {w for k in dropped for w in k.split()} - kept
    for w in pieces:
        v = votes.get(w)
        if v and "person" in v:
            del v["person"]
