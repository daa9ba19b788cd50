"""A lone acronym joins the one body whose name's capitals spell it (pass 3, in ``linking.link_orgs``;
issue 14, round t-orgs41, on the session-22 amendment).

``linking`` joins an acronym to a long name where the report defines it in brackets ("the Macina
Liberation Front (MLF)"). A report also writes the acronym without that definition: never defined ("…
Ansar al-Dine, MLF, al-Murabitoun…" beside "the Macina Liberation Front"), defined in a form the
definition reader does not take ("House of People's Representatives (HPR – parliament)"), or defined
before the scope. The acronym then kept a record of its own: a duplicate, read on unread 2018 Mali,
2018 Ethiopia and 2020 South Sudan, and in dev 2014 DRC and 2020 Guinea. Over the dev gold an acronym
whose letters are the capitals of one body's name is that body 175 times and another's 3 times (where
the capitals fit two bodies; round record t-orgs41).

A body group all of whose forms are acronyms of three letters or more joins the one other body group
one of whose names spells it (``common.acronym_of``) and which has no acronym of its own (a faction's
"SPLM-IO" record that also holds the movement's long name must not take "SPLM": 2020 South Sudan); two such
groups, or none, and it stays apart. International bodies (``international.body_key``) keep their own linking.
"""
from __future__ import annotations

import re
from typing import Callable

from ..common import absorb_group, acronym_of, is_acronym
from .international import body_key

#: the fewest letters an acronym has to be spelled by a name
MIN_LETTERS = 3


def lone_acronyms(forms) -> set[str]:
    """The acronyms of a group when every form is one (three letters or more), else none."""
    out = set()
    for f in forms:
        if " " in f or not is_acronym(f) or len(re.sub(r"[^A-Za-z]", "", f)) < MIN_LETTERS:
            return set()
        out.add(f)
    return out


def _spells(forms, acronyms: set[str]) -> bool:
    """A name of ``forms`` spells one of ``acronyms``, and no form is an acronym of its own (a body with
    another acronym, "… Movement-in-Opposition (SPLM-IO)", is not the one named by the shorter "SPLM")."""
    if any(" " not in f and is_acronym(f) for f in forms):
        return False
    return any(" " in f and body_key(f) is None and any(acronym_of(f, a) for a in acronyms) for f in forms)


def join_initials(groups: dict, absorb: Callable[[dict, object, object], None]) -> None:
    """Absorb each group of lone acronyms into the one other body group one of whose names spells one."""
    for key, g in list(groups.items()):
        if groups[key] is not g or g.type != "organization":
            continue
        acronyms = lone_acronyms(g.forms)
        if not acronyms or any(body_key(a) is not None for a in acronyms):
            continue
        found = {id(h): h for h in groups.values()
                 if h is not g and h.type == "organization" and _spells(h.forms, acronyms)}
        if len(found) == 1:
            absorb_group(groups, absorb, g, next(iter(found.values())))
