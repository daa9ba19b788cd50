"""A name written in front of a role noun and a person's name modifies the role: no person (issue 14,
round t-ents37, on the session-22 amendment).

"found no evidence against Prothom Alo senior journalist Rozina Islam" (2022 Bangladesh: a
newspaper), "police shot and killed Osun State Polytechnic student Afolabi Abiola" (2022 Nigeria: a
school), "a follower of Sri Lankan radical preacher Zahran Hashim" (2019 Singapore: a nationality).
The name before the role says whose journalist, which school's student: a body, a place or a people,
and the person is the name after the role. The model lends the first name the person's type, and
it became a person record of its own (once with a second mention of the body elsewhere: "Prothom
Alo reported"). The dev gold never makes a person of the name in that slot (51 times in the dev
texts; a possessive, "Nazarbayev’s nephew X", is the one person there and is not read here).

The shape: a candidate typed person, one space, lower-case words that are role modifiers or
epithets (``role_modifiers``, ``role_front_epithets`` in ``entities.toml``; "the" is none), a role
noun (``role_nouns``, or its plural), one space, then a candidate typed person. The first is no
person; nor is any other candidate typed person written with the same words, unless they are a
part of another person's longer name ("Nnamdi Kanu" keeps "Kanu").
"""
from __future__ import annotations

import re

from ..common import Cand, fold
from ..lexicon import ROLE_FRONT_EPITHETS, ROLE_MODIFIERS, ROLE_NOUNS

__all__ = ["role_fronts_not_persons"]

#: the lower-case words after a name, up to the next capitalised word: up to three words and a role noun
_ROLE_AFTER = re.compile(r" ((?:[a-z][\w\-]* ){0,3}[a-z][\w\-]*) (?=[A-ZÀ-Þ])")


def _role_phrase(phrase: str) -> bool:
    """Modifiers or epithets, then a role noun ("senior journalist", "radical preacher", "student")."""
    *front, noun = phrase.split()
    if noun not in ROLE_NOUNS and not (noun.endswith("s") and noun[:-1] in ROLE_NOUNS):
        return False
    return all(w != "the" and (w in ROLE_MODIFIERS or w in ROLE_NOUNS or w in ROLE_FRONT_EPITHETS)
               for w in front)


def modifies_role(text: str, c: Cand, person_starts: set[int]) -> bool:
    """Is the person candidate ``c`` written before a role phrase and a person's name?"""
    if c.text.endswith(("’s", "'s", "s’", "s'")):
        return False                          # "Nazarbayev’s nephew X": a person's kin
    m = _ROLE_AFTER.match(text, c.end)
    return m is not None and m.end() in person_starts and _role_phrase(m.group(1))


def role_fronts_not_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` without the person candidates that modify a role before a person's name, and
    without the other person candidates of their words."""
    persons = [c for c in typed if c.type == "person"]
    starts = {c.start for c in persons}
    fronts = {fold(c.text) for c in persons if modifies_role(text, c, starts)}
    longer = {fold(w) for c in persons if fold(c.text) not in fronts for w in c.text.split()}
    dropped = {k for k in fronts if not set(k.split()) <= longer}
    return [c for c in typed if not (c.type == "person" and fold(c.text) in dropped)]
