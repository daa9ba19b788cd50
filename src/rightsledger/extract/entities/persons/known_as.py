"""A person's other name, given with "also known as" (issue 14, round t-ents36, on the session-22
amendment).

Reports give a second name of a person right after the first: "arrested the former head of the
prison, Hassan Ismail Ibrahim, also known as Hassan Dhere, in neighboring Somalia" (2019 Ethiopia),
"opposition leader Eliane Bezara, also known as Ninie Donia, whom they accused" (2022 Madagascar),
"Joko Widodo (popularly known as Jokowi) won a second term" (2022 Indonesia; "President Jokowi"
after). The model labels both names PERSON and linking keeps them apart, since they share no
word: one person in two records. The annotation guidelines make the other forms of one person's
name its aliases (docs/EVALUATION.md, Persons), and the dev gold does so both times the dev texts
hold the shape ("Paul Sadala (alias Morgan", "otherwise known as “Colonel 106”", 2014 DRC).

The shape: a mention of a person right after a mention of another person and the words between,
a comma or an opening parenthesis, one adverb at most and a link ("known as", "alias", "a.k.a.",
"nicknamed": ``alias_link_words`` and ``alias_link_adverbs`` in ``entities.toml``, ``ALIAS_LINK``).
The second person joins the first, with all its forms and mentions; the record is named by the
fuller form (``mentions._best_name``). Only two persons are joined: a body or a place named so stays
what it is.
"""
from __future__ import annotations

from ..common import Group
from ..lexicon import ALIAS_LINK

__all__ = ["join_known_as"]

#: how far before a mention the link and the first name's end may lie (", also known as “" is 18)
_WINDOW = 40


def _joined(g: Group, into: Group) -> None:
    """Group ``g`` joins ``into``: its forms, mentions and roles."""
    into.join(g)
    into.roles.extend(r for r in g.roles if r not in into.roles)
    into.paren |= {p for p in g.paren if p not in into.forms}


def _named_before(text: str, start: int, ends: dict[int, Group]) -> Group | None:
    """The person whose mention ends right before ``text[start:]`` and the alias link, or None."""
    m = ALIAS_LINK.search(text, max(0, start - _WINDOW), start)
    return ends.get(m.start()) if m else None


def join_known_as(groups: list[Group], text: str) -> list[Group]:
    """``groups`` (persons) with each person named "also known as" after another joined to that one."""
    ends = {e: g for g in groups for _, e in g.mentions}
    into: dict[int, Group] = {}

    def root(g: Group) -> Group:
        while id(g) in into:
            g = into[id(g)]
        return g

    for g in groups:
        for s, _ in sorted(g.mentions):
            first = _named_before(text, s, ends)
            if first is not None and root(first) is not root(g):
                into[id(root(g))] = root(first)
    for g in groups:
        if id(g) in into:
            _joined(g, root(g))
    return [g for g in groups if id(g) not in into]
