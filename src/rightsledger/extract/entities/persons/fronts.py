"""Words a person's name does not begin with, cut once types are decided (issue 14, t-ents11).

Found on reports nobody annotated (2017 Cambodia, 2018 Uganda, 2021 Zimbabwe, 2022 Georgia of
the round's twelve), so the rule is stated by classes of the lexicon, not by those sentences. A
name typed person does not begin with a word that begins sentences but never names
(``leading_noise``: "Following X Y's arrest"), a plural of a title ("MPs X and Y"), a title with
the word that qualifies it ("Village Head X Y": ``title_qualifiers``, ``title_compounds``), a
singular title, or a plural people's word ("ethnic Xians Alan Y"). The candidate passes clean
such words off the model's spans, but a span built elsewhere (a slot after a role, a list's
distribution, a merge of two spans) can keep them; the form linking sees then names the entity.
The words are cut from the front, always leaving one word; a singular title only when two words
of name remain after it ("Prince Johnson" is a name). A person's name is named by its words
without titles (docs/EVALUATION.md, Persons).
"""
from __future__ import annotations

from dataclasses import replace

from ..common import Cand, demonym, name_key
from ..lexicon import LEADING_NOISE, TITLE_COMPOUNDS, TITLE_QUALIFIERS, TITLES


def _plural_title(w: str) -> bool:
    return len(w) > 2 and w.endswith("s") and w[:-1] in TITLES


def _plural_people(word: str, norp: set[str], places: set[str]) -> bool:
    """A people's word in the plural ("Ossetians", "Tarsanians"). Only the "-ans" shape of six
    letters or more: the model gives NORP to persons' names too, and "Francis", "Hans" are names."""
    return len(word) >= 6 and word.lower().endswith("ans") and demonym(word, norp, places)


def _front_cut(words: list[str], norp: set[str], places: set[str]) -> int:
    """How many words to cut from the front of a person's name (0: none)."""
    lowers = [w.lower() for w in words]
    k = 0
    while k < len(words) - 1:
        w, left = lowers[k], len(words) - (k + 1)
        if w in LEADING_NOISE or _plural_title(w) or _plural_people(words[k], norp, places):
            k += 1                            # "Following X Y", "MPs X", "ethnic Xians Alan Y"
        elif w in TITLES and left >= 2:
            k += 1                            # a singular title: "Prince Johnson" is a name
        elif (w in TITLE_QUALIFIERS or w in TITLE_COMPOUNDS) and lowers[k + 1] in TITLES and left >= 3:
            k += 2                            # "Village Head X Y": a qualifier, then the title
        else:
            break
    return k


def person_fronts(typed: list[Cand], norp: set[str]) -> list[Cand]:
    """``typed`` with the front words cut from the names of persons (the span starts later)."""
    places = {name_key(c.text) for c in typed if c.type == "place"}
    out: list[Cand] = []
    for c in typed:
        if c.type != "person":
            out.append(c)
            continue
        words = c.text.split()
        k = _front_cut(words, norp, places)
        if k:
            rest = " ".join(words[k:])
            at = c.text.rfind(rest)
            if at < 0:
                out.append(c)
                continue
            c = replace(c, start=c.start + at, text=rest)
        out.append(c)
    return out
