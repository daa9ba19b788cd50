"""Pass 4, mentions and records: every further occurrence of a name or alias in the prose,
and the Entity records (best name, aliases, organisation kind, place attributes, roles).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ...records import Entity
from ..lexicons.gazetteer import fold
from .common import inside_any, is_acronym, name_key, slug
from .lexicon import ADMIN_WORDS, FACILITY_AFTER, KIND_RULES, ORG_HEADS
from .common import Group
from .places.forms import singular_kind
from .places.non_mentions import no_place_mention

def org_kind(name: str) -> str:
    k = fold(name)
    for pattern, kind in KIND_RULES:
        if pattern.search(k):
            return kind
    for w in reversed(k.split()):
        if w in ORG_HEADS:
            return ORG_HEADS[w]
    return "other"


def _best_name(forms: Counter, type_: str, paren: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    names = [n for n in forms if n not in paren] or list(forms)
    full = [n for n in names if not (is_acronym(n) and " " not in n)] or names
    return max(full, key=lambda n: (len(n.split()), len(n), forms[n]))


def _singular_place(name: str, country: bool = False) -> tuple[str, list[str]]:
    """"Lomami Provinces" (the last of "Sankuru and Lomami Provinces") is the place "Lomami
    Province", also written "Lomami Provinces" and "Lomami"; "Kessin States" is "Kessin State"
    (``place_name_plurals``), but a country keeps its name ("United States")."""
    words = name.split()
    singular = name if country else singular_kind(" ".join(words), any_case=True)
    if singular == name or singular == " ".join(words):
        return name, []
    return singular, [name, " ".join(words[:-1])]


def group_entity(g: Group, home: str | None, text: str) -> Entity | None:
    """The ``Entity`` record of a linked group: its best name, its aliases and its mentions (None for a
    group without mentions). Every form a mention writes is the name or an alias (the export contract's
    "aliases: every other form the text uses"): a mention whose candidate carried a longer form ("Kalyk" of
    "Kalyk and Erik Mendygaziyev", ``persons/shared_surnames.py``) gives its written form as an alias."""
    if not g.mentions:
        return None
    name = _best_name(g.forms, g.type, g.paren)
    seen = {name_key(name)}
    aliases = []
    if g.type == "place":
        name, aliases = _singular_place(name, g.place is not None and g.place.kind == "country")
        seen |= {name_key(a) for a in aliases} | {name_key(name)}
    written = (" ".join(text[s:e].split()) for s, e in sorted(g.mentions))
    for form in [f for f, _ in g.forms.most_common()] + list(written):
        k = name_key(form)
        if k not in seen:
            seen.add(k)
            aliases.append(form)
    attrs: dict = {}
    if g.type == "organization":
        attrs["kind"] = org_kind(name)
    elif g.type == "place":
        p = g.place
        if p is not None:
            attrs.update(kind=p.kind, country_code=p.country_code or None, lat=p.lat, lon=p.lon)
        else:
            low = fold(name).split()
            admin = low[-1] in ADMIN_WORDS
            attrs.update(kind="region" if admin else "other",
                         country_code=home if admin else None, lat=None, lon=None)
    else:
        attrs["roles"] = g.roles
    return Entity(f"{g.type}:{slug(name)}", g.type, name, aliases, attrs,
                  [[s, e] for s, e in sorted(g.mentions)])


def recover_mentions(text: str, groups: list[Group], spans: list[tuple[int, int, list]],
                      taken: set[tuple[int, int]]) -> None:
    """Every further occurrence of a name or alias in the prose becomes a mention."""
    forms: dict[str, Group] = {}
    for g in groups:
        for form in g.forms:
            if len(form) < 2 or (g.type == "person" and len(form) < 3):
                continue
            if form in forms and forms[form] is not g:
                forms[form] = None  # type: ignore[assignment]  # ambiguous surface form
            else:
                forms[form] = g
    forms = {f: g for f, g in forms.items() if g is not None}
    if not forms:
        return
    pattern = re.compile(r"(?<![\w\-])(?:%s)(?![\w\-])" % "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    occupied = sorted(taken)
    starts = [s for s, _ in occupied]
    for start, end, masks in spans:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if inside_any(masks, s, e) or (forms[m.group()].type != "organization" and FACILITY_AFTER.match(text, e)) \
                    or (forms[m.group()].type == "place" and no_place_mention(text, s, e)):
                continue                      # "Ngozi Prison", "the Arvel and Dunmore prisons"
            i = bisect.bisect_right(starts, e) - 1
            clash = False
            while i >= 0 and occupied[i][1] > s - 200:
                if occupied[i][0] < e and s < occupied[i][1]:
                    clash = True
                    break
                i -= 1
            if clash:
                continue
            forms[m.group()].mentions.add((s, e))


def unique_ids(entities: list[Entity]) -> None:
    """Entity ids made unique in place, a repeated id numbered (``-2``, ``-3``)."""
    seen: Counter = Counter()
    for e in entities:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
