"""A one-word mention that a role before it gives to another person (issue 14, round t-ents33).

Read on reports nobody annotated (t-ents31's judgments): "members of former president [Gbagbo]’s
opposition party" was linked into "former first lady Simone Gbagbo" (the nearest full name before it
with that surname) while "former president Laurent Gbagbo" has a record of his own (2017 Côte d'Ivoire);
"the birth of Imam [Reza]" into "journalist Mohammad Reza Fathi" by his middle name (2016 Iran); "his
wife [Yuliya]" into "municipal council members Ilya Yashin and Yuliya Galyamina" by her given name
(2021 Russia). A timeline of the person then shows another person's acts.

The shape: a role, title or kin word right before a one-word mention (``titles.roles.role_before``:
"former president X", "Imam X", "his wife X"), whose head nouns (words of ``role_nouns`` or ``titles``
that are no ``role_modifiers``: "president", "imam", "wife"; not "former") are compared with the head
nouns of the roles the report gives the full-name mentions of each person the mention could join
(the role before each full name, the apposition after it, and the titles cut off its span):

- a surname shared by several full names ("Gbagbo"): the mention joins the one person whose roles hold
  one of its head nouns, when exactly one does; otherwise linking goes on as before (the nearest full
  name before it);
- a middle name ("Reza" of "Mohammad Reza Fathi"): when the person linking gives the mention to (the
  one full name with that piece, or the nearest before it) has roles in the report and none of them holds
  one of its head nouns, the mention is a person of its own; a person with no role keeps it, since a
  middle name may be a paternal surname ("President Cortizo" of "Laurentino Cortizo Cohen").

A given name alone ("his wife [Yuliya]") is left as it was: in many naming customs a person is named by the
given name after a title ("Prime Minister X" of "X Y"); refusing those links cost a held-out person record
in the first draft. A surname one full name alone has is left as it was: a different role is mostly the same person in
another office ("President X" of "candidate A X"), the dev census says.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..common import Cand
from ..lexicon import ROLE_MODIFIERS, ROLE_NOUNS, TITLES
from ..titles.roles import role_after, role_before


def role_heads(roles: Iterable[str | None]) -> frozenset[str]:
    """The head nouns of role phrases: words that are a role noun or title and no modifier."""
    out: set[str] = set()
    for r in roles:
        for w in (r or "").lower().replace(".", "").split():
            w = w.strip(",;:’'")
            if w in ROLE_MODIFIERS:
                continue
            if w in ROLE_NOUNS or w in TITLES:
                out.add(w)
            elif w.endswith("s") and (w[:-1] in ROLE_NOUNS or w[:-1] in TITLES):
                out.add(w[:-1])            # "council members Ilya Yashin and Yuliya Galyamina"
    return frozenset(out)


def _floor(text: str, s: int) -> int:
    return text.rfind("\n", 0, s) + 1


def heads_before(text: str, c: Cand) -> frozenset[str]:
    """The head nouns of the role right before a one-word mention ("former president X" → president)."""
    return role_heads([role_before(text, c.start, _floor(text, c.start))])


def full_name_heads(text: str, fulls: Iterable[Cand]) -> frozenset[str]:
    """The head nouns of every role the report gives these full-name mentions of one person."""
    roles: list[str | None] = []
    for c in fulls:
        roles.extend(c.roles)
        roles.append(role_before(text, c.start, _floor(text, c.start)))
        roles.append(role_after(text, c.end))
    return role_heads(roles)


def pick_by_role(heads: frozenset[str], ids: Iterable[int], held: dict[int, frozenset[str]]) -> int | None:
    """Of the persons ``ids`` sharing a surname, the one whose roles hold one of ``heads``, if exactly one."""
    if not heads:
        return None
    hits = [i for i in ids if held.get(i, frozenset()) & heads]
    return hits[0] if len(hits) == 1 else None


def role_refused(heads: frozenset[str], held: frozenset[str]) -> bool:
    """Whether a link by a middle name is refused: a role before the mention, and the person linking would
    give it to has roles in the report, none of which it names ("Imam Reza" and "journalist Mohammad Reza
    Fathi"). A person with no role keeps it: a middle name may be a paternal surname ("President Cortizo"
    of "Laurentino Cortizo Cohen", "President Deby" of "Idriss Deby Itno")."""
    return bool(heads) and bool(held) and not (heads & held)
