"""Pass 3, linking: persons by full name, then surname-only and misspelt forms; bodies by
their content words and acronyms; places by their gazetteer entry.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..lexicons.gazetteer import Place, fold, gazetteer, region_key
from .bodies.international import body_key
from .common import (POSS, Cand, Group, is_common, edit_distance, foreign_country_word, is_acronym, name_key,
                     nationality_word, surnames_of)
from .bodies.portfolio_parts import join_portfolio_parts
from .bodies.initials import join_initials
from .bodies.party_twins import join_party_twins
from .bodies.plural_twins import join_plural_twins
from .bodies.spelling_twins import join_spelling_twins
from .bodies.place_prefixes import join_place_prefixed
from .bodies.portfolios import join_portfolios
from .bodies.renamed import join_renamed
from .bodies.short_wordings import join_short_wordings
from .lexicon import COUNTRY_PARTS, CONNECTORS, FOREIGN_TOWN_MIN, ORG_SYNONYMS, ORG_VARIANT_FILLERS, PARTICLES
from .places.forms import bare_form, joins, singular_kind
from .persons.nicknames import nickname_after, plain_name, trailing_nickname
from .persons.paternal import paternal_short
from .persons.role_links import full_name_heads, heads_before, pick_by_role, role_refused

def _org_key(text: str) -> frozenset[str]:
    gaz = gazetteer()
    out = set()
    for w in re.split(r"[\s\-]+", name_key(text)):
        w = POSS.sub("", w)
        if not w or w in CONNECTORS:
            continue
        w = ORG_SYNONYMS.get(w, w)
        if w.endswith("n") and len(w) > 5 and gaz.countries(w[:-1]):
            w = w[:-1]                        # "Liberian National Police" = "Liberia …"
        out.add(w)
    return frozenset(out)



def _single_target(c: Cand, ids: set[int], by_inner: bool, heads: frozenset[str], held_of,
                   groups: dict[int, Group], full: dict[str, Group],
                   order: list[tuple[int, str]]) -> Group | None:
    """The person a one-word mention joins among the candidates ``ids``, or None (a person of its own).

    A role before the mention picks the one person whose full names carry it ("former president Gbagbo":
    Laurent, not Simone); otherwise the only candidate, or the nearest full name before the mention; a link
    by a middle word is refused when that person carries other roles and not this one ("Imam Reza" beside
    "journalist Mohammad Reza Fathi"; ``persons/role_links``, t-ents33)."""
    if heads and len(ids) > 1:
        pick = pick_by_role(heads, ids, {i: held_of(i) for i in ids})
        if pick is not None:
            return groups[pick]
    chosen = None
    if len(ids) == 1:
        chosen = groups[next(iter(ids))]
    else:
        before = [(off, key) for off, key in order if off < c.start and id(full[key]) in ids]
        if before:
            chosen = full[before[-1][1]]
    if chosen is not None and by_inner and role_refused(heads, held_of(id(chosen))):
        return None
    return chosen

def link_persons(cands: list[Cand], text: str | None = None) -> list[Group]:
    """Full names first; then variants and surname-only forms.

    A surname-only mention joins the full name with that surname when exactly one full name
    has it; when several do, it joins the nearest full-name mention before it (the report
    just named that person), else it stays its own entity. Spelling variants join when the
    surnames differ by at most 2 edits (length ≥ 7; 1 edit for length 5–6) and the first
    names agree (or one of them is missing). A name written family name first ("Sugita Mio",
    then "Sugita") takes the single word that stands for its first word; a first name alone
    joins the one full name that starts with it ("Armando" after "Armando Chikoca"). A name
    with a nickname ("Josaia Voreqe (Frank) Bainimarama", ``nicknames``) is linked and named
    without it; the nickname alone, and a one-word person in quotes or parentheses right after
    a name ("Adan “Gaal”"), join that person.
    """
    full: dict[str, Group] = {}
    order: list[tuple[int, str]] = []          # (offset, full key) of full-name mentions
    singles: list[Cand] = []
    nicks: dict[str, Group] = {}              # folded nickname -> its person
    of_cand: dict[int, Group] = {}            # id(full-name candidate) -> its person
    seen_after: set[int] = set()
    for c in sorted(cands, key=lambda c: c.start):
        plain, nick = plain_name(c.text)
        parts = fold(plain).split()
        if len(parts) == 1:
            singles.append(c)
            continue
        key = " ".join(parts)
        target = full.get(key) or _find_variant(full, parts)
        if target is None:
            target = full[key] = Group("person")
        else:
            full.setdefault(key, target)
        target.add(c)
        of_cand[id(c)] = target
        after = nickname_after(text, c.end) if text is not None and not nick else None
        if after is not None and after.start not in seen_after:
            seen_after.add(after.start)
            target.add(after)                 # "Adan “Gaal”": the nickname after the name
            nick = after.text
        elif nick:
            target.paren.add(c.text)          # named without the nickname
            target.forms[plain] += 0
            if not is_common(nick):
                target.forms[nick] += 0       # found again alone ("Bung") by _recover_mentions
            full.setdefault(f"{fold(nick)} {parts[-1]}", target)   # "Desi Bouterse"
        if nick:
            nicks.setdefault(fold(nick), target)
        order.append((c.start, key))
    fulls = [c for c in cands if id(c) in of_cand]
    by_surname: dict[str, set[int]] = defaultdict(set)
    by_inner: dict[str, set[int]] = defaultdict(set)     # middle names ("Idriss Deby Itno")
    groups = {id(g): g for g in full.values()}
    for key, g in full.items():
        parts = key.split()
        for form in surnames_of(key):         # "al-Zawahreh" is also written "Zawahreh"
            by_surname[form].add(id(g))
        for p in parts[1:-1]:
            if p not in PARTICLES:
                by_inner[p].add(id(g))
    # names written family name first ("Sugita Mio" … "Sugita"): the first word stands alone
    alone = {fold(c.text) for c in singles}
    by_family: dict[str, set[int]] = defaultdict(set)
    for key, g in full.items():
        parts = key.split()
        if len(parts) == 2 and parts[0] in alone and parts[1] not in alone:
            by_family[parts[0]].add(id(g))
    by_first: dict[str, set[int]] = defaultdict(set)
    for key, g in full.items():
        by_first[key.split()[0]].add(id(g))
    solo: dict[str, Group] = {}
    held: dict[int, frozenset[str]] = {}

    def held_of(i: int) -> frozenset[str]:
        """The head nouns of the roles of person ``i``'s full-name mentions (``persons/role_links``)."""
        if i not in held:
            held[i] = full_name_heads(text or "", [f for f in fulls if id(of_cand[id(f)]) == i])
        return held[i]

    for c in singles:
        k = fold(c.text)
        named = trailing_nickname(text, c, fulls) if text is not None else None
        if named is not None or k in nicks:
            g = of_cand[id(named)] if named is not None else nicks[k]
            if c.start not in seen_after:
                g.add(c)
            nicks.setdefault(k, g)
            continue
        strong = by_surname.get(k) or _fuzzy_surname(by_surname, k)
        inner = None if strong else by_inner.get(k)
        ids = strong or inner or by_family.get(k) \
            or (by_first[k] if len(by_first.get(k, ())) == 1 else None)   # "Armando" after "Armando Chikoca"
        heads = heads_before(text, c) if text is not None and ids else frozenset()
        chosen = _single_target(c, ids, bool(inner), heads, held_of, groups, full, order) if ids else None
        if chosen is not None:
            chosen.add(c)
            continue
        # a first-name-only or unknown single name
        solo.setdefault(k, Group("person")).add(c)
    return list(groups.values()) + list(solo.values())


def surname_close(a: str, b: str) -> bool:
    """Whether two surnames are one written two ways: equal, or within 2 edits from 7 letters, 1 edit and
    the same first letter from 5."""
    if a == b:
        return True
    n = min(len(a), len(b))
    if n >= 7:
        return edit_distance(a, b, 2) <= 2
    if n >= 5:
        return edit_distance(a, b, 1) <= 1 and a[0] == b[0]
    return False


def _find_variant(full: dict[str, Group], parts: list[str]) -> Group | None:
    for key, g in full.items():
        other = key.split()
        if paternal_short(parts, other) or paternal_short(other, parts):
            return g                          # "Dina Boluarte" = "Dina Ercilia Boluarte Zegarra"
        if len(parts) == len(other) == 2 and _short_variant(parts, other):
            return g                          # "Muse Sudi" = "Musa Sudi" = "Muse Sude"
        if not surname_close(parts[-1], other[-1]):
            continue
        if parts[0] == other[0] or (parts[-1] == other[-1] and (
                parts[0] in other or other[0] in parts)):
            if parts[-1] != other[-1] or parts[0] == other[0] or len(parts) != len(other):
                return g
    return None


def _short_variant(a: list[str], b: list[str]) -> bool:
    """Two-word names that one letter apart spell the same person: the same surname and a first
    name of four letters or more one edit off ("Muse Sudi", "Musa Sudi"), or the same first name
    and a short surname one edit off with its first two letters kept ("Muse Sude")."""
    (f1, s1), (f2, s2) = a, b
    if s1 == s2 and f1 != f2:
        return min(len(f1), len(f2)) >= 4 and f1[:2] == f2[:2] and edit_distance(f1, f2, 1) <= 1
    if f1 == f2 and s1 != s2:
        return min(len(s1), len(s2)) >= 4 and len(f1) >= 4 and s1[:2] == s2[:2] and edit_distance(s1, s2, 1) <= 1
    return False


def _fuzzy_surname(by_surname: dict[str, set[int]], k: str) -> set[int]:
    hits: set[int] = set()
    for s, ids in by_surname.items():
        if s != k and len(k) >= 7 and surname_close(s, k):
            hits |= ids
    return hits


def link_orgs(cands: list[Cand], home_name: str | None = None, text: str | None = None) -> list[Group]:
    """Body candidates linked into one group per body: the same key, an acronym and what it stands for;
    with the report's ``text``, a body told as renamed ("X (formerly Y)") is one group."""
    groups: dict[frozenset[str], Group] = {}
    acr: list[Cand] = []
    defined: list[tuple[str, str]] = []
    for c in sorted(cands, key=lambda c: c.start):
        body = body_key(c.text)
        if body is not None:                  # "U.N." = "UN" = "United Nations"
            if c.label == "ACRO" and c.roles:
                defined.append((body, c.roles[0]))
            c.roles = []
            groups.setdefault(frozenset(["=" + body]), Group("organization")).add(c)
            continue
        if c.label == "ACRO" or (is_acronym(c.text) and " " not in c.text):
            acr.append(c)
            continue
        groups.setdefault(_org_key(c.text), Group("organization")).add(c)
    # the report's own expansion of a listed acronym is that body, however it is worded:
    # "the UN Office of the High Commissioner on Refugees (UNHCR)"
    for body, long in defined:
        key = _org_key(long)
        if key in groups and groups[key] is not groups[frozenset(["=" + body])]:
            _absorb(groups, key, groups[frozenset(["=" + body])])
    by_acronym: dict[str, Group] = {}
    for c in acr:
        if c.label == "ACRO" and c.roles:
            body = body_key(c.roles[0])
            g = groups.get(frozenset(["=" + body]) if body else _org_key(c.roles[0]))
            if g is not None:
                by_acronym.setdefault(c.text, g)
    for c in acr:
        g = by_acronym.get(c.text) or by_acronym.get(c.text.rstrip("s"))
        if g is None:
            g = groups.setdefault(_org_key(c.text), Group("organization"))
        c.roles = []
        g.add(c)
    # "Baitak" joins the one longer name it begins ("Baitak Bolashak")
    for key, g in list(groups.items()):
        if len(key) != 1 or any(is_acronym(f) for f in g.forms):
            continue
        word = next(iter(key))
        longer = {id(h): h for h in groups.values() if h is not g and any(
            fold(f).split()[0] == word and " " in f for f in h.forms)}
        if len(longer) == 1:
            h = next(iter(longer.values()))
            _absorb(groups, key, h)
    # "Cobras" joins "Cobra": the plural of a one-word name
    for key, g in list(groups.items()):
        word = next(iter(key)) if len(key) == 1 else ""
        h = groups.get(frozenset([word[:-1]])) if word.endswith("s") and len(word) > 3 else None
        if h is not None and h is not g and not any(is_acronym(f) for f in g.forms):
            _absorb(groups, key, h)
    # "Ombudsperson’s Office" joins the one longer name that contains all its words
    for key, g in list(groups.items()):
        if not any(re.search(r"['’]s\s", f) for f in g.forms) or len(key) < 2:
            continue
        bigger = {id(h): h for k2, h in groups.items() if k2 > key and h is not g}
        bigger = {i: h for i, h in bigger.items()         # a unit of another candidate is none
                  if not any(_unit_of(o, h) for j, o in bigger.items() if j != i)}
        if len(bigger) == 1 and _unit_of(g, next(iter(bigger.values()))):
            continue                          # "Adolescents Unit of the Attorney General’s Office"
        if len(bigger) == 1:
            h = next(iter(bigger.values()))
            _absorb(groups, key, h)
    join_portfolios(groups, _absorb)
    join_portfolio_parts(groups, _absorb)     # "Ministry of Labor" = "Ministry of Trade and Labor"
    join_place_prefixed(groups, _absorb, home_name)   # "National Police" = "Tarsania National Police"
    join_party_twins(groups, _absorb)         # "ANC Party" = "African National Congress (ANC)"
    join_plural_twins(groups, _absorb)        # "Court of Appeals" = "Court of Appeal"
    join_spelling_twins(groups, _absorb)      # "Anticorruption …" = "Anti-Corruption …"
    join_initials(groups, _absorb)            # "MLF" = "Macina Liberation Front", never defined
    _join_variants(groups, home_name)
    join_renamed(groups, _absorb, text)       # "X (previously known as the Y)"
    join_short_wordings(groups, _absorb, _org_key)   # "Foreign Ministry" after "Ministry of Foreign Affairs …"
    uniq = {id(g): g for g in groups.values()}
    return list(uniq.values())


def _unit_of(g: Group, h: Group) -> bool:
    """Is every form of ``h`` a part of the body ``g`` names, "<unit> of (the) <g>" (t-ents6)?"""
    shorts = [fold(f) for f in g.forms]
    return all(any(re.search(r"\bof\s+(?:the\s+)?" + re.escape(s) + "$", fold(f)) for s in shorts) for f in h.forms)


def _stems(key: frozenset[str], home_name: str | None) -> frozenset[str]:
    """A body's content words as its other forms may write them: without the words it may carry
    or drop (``org_variant_fillers``, the country's name or adjective: "Chadian National
    Statistical Institute"), each cut to seven letters ("statistical" = "statistics",
    "inspector" = "inspection"). Another country's name or adjective stays: "Ukraine's Supreme Court"
    in a report on Kazakhstan is not its "Supreme Court" (0.1.35)."""
    gaz = gazetteer()
    home_code = gaz.countries(home_name) if home_name else None
    home = (home_name or "").rstrip("aeiou") or None
    # the country's name of several words, when the name carries all of them ("… of Sao Tome and
    # Principe", "… of Guinea-Bissau"; not "Democratic" alone in the Democratic Republic of the Congo)
    home_words = set(re.split(r"[\s\-]+", home_name or "")) - CONNECTORS - {""}
    named = {w for w in key if set(w.split("-")) <= home_words}
    if len(home_words) < 2 or {p for w in named for p in w.split("-")} != home_words:
        named = set()
    return frozenset(w[:7] for w in key if _foreign(w, home_code, home_words) or w not in ORG_VARIANT_FILLERS
                     and not gaz.countries(w)
                     and not (home and w.startswith(home) and len(w) <= len(home) + 4)
                     and w not in named
                     and not (len(w) > 4 and nationality_word(w)))


def _foreign(word: str, home_code: str | None, home_words: set[str]) -> bool:
    """``word`` names another country than the report's and shares no stem (four letters) with a word of
    the report's country's name ("guinea" in a report on Guinea-Bissau, "congolese" in one on the
    Democratic Republic of the Congo are the report's own)."""
    return foreign_country_word(word, home_code) and not any(
        fold(h)[:4] == word[:4] for h in home_words if len(h) >= 4)


def _join_variants(groups: dict, home_name: str | None) -> None:
    """Two forms of one name: "Office of the Labor Inspector" and "Office of Labor Inspection",
    "Department of Criminal Investigation" and "National Criminal Investigation Department".
    Groups whose names have the same stems (two at least) are one body when no third group has
    them too; international bodies and acronyms keep their own linking."""
    by_stems: dict[frozenset[str], dict[int, frozenset]] = defaultdict(dict)
    for key, g in groups.items():
        if any(k.startswith("=") for k in key) or not any(" " in f for f in g.forms):
            continue
        stems = _stems(key, home_name)
        if len(stems) >= 2:
            by_stems[stems].setdefault(id(g), key)
    for keys in by_stems.values():
        if len(keys) != 2:
            continue
        a, b = keys.values()
        if groups[a] is not groups[b]:
            _absorb(groups, a, groups[b])


def _absorb(groups: dict, key, h: Group) -> None:
    """The group under ``key`` joins ``h``: its forms and mentions, and the key points to ``h``."""
    h.join(groups[key])
    groups[key] = h


def link_places(cands: list[Cand], home: str | None, home_name: str | None = None) -> list[Group]:
    """Place candidates linked into one group per place: the gazetteer's place, else the same key."""
    gaz = gazetteer()
    groups: dict[tuple, Group] = {}
    acr: list[Cand] = []
    keyed: list[tuple[Cand, str, tuple, Place | None]] = []
    for c in cands:
        if c.label == "ACRO" and c.roles:
            acr.append(c)
            continue
        place = gaz.lookup(c.text, home)
        if place is None and home_name and name_key(c.text) == home_name:
            place = Place(c.text, "country", home or "", None, None, 0)
        plural = singular_kind(re.sub(r"(?i)\b(region|province|district|river|lake)s$", r"\1", c.text))
        if place is None and plural != c.text:
            place = gaz.lookup(plural, home)
        if place is not None and place.kind == "city" and home and place.country_code != home \
                and place.population < FOREIGN_TOWN_MIN and c.label != "TOWN":
            place = None                     # a small foreign namesake: we do not know
        # a place no gazetteer knows is one place however the report writes it: "the Ubangui
        # Rivers" = "the Ubangui River", "Bouenza Region" = "Bouenza"
        base = region_key(name_key(plural))
        if not joins(c.text, base, "other"):
            base = name_key(plural)              # "Lake Chad" and "the Lake Chad Region" are two places
        if place is not None and name_key(c.text) in COUNTRY_PARTS:
            place = None                     # "the West Bank" and "Gaza" are not one place
        own = (place.kind, place.country_code, fold(place.name)) if place else ("other", base)
        keyed.append((c, bare_form(c.text), own, place))
    bare: dict[str, tuple] = {}
    for c, base, own, _ in keyed:
        if name_key(c.text) == base:
            bare.setdefault(base, own)        # "Luanda" takes "Luanda Province" (places/forms.py)
    filed: dict[str, tuple] = {}
    for c, base, own, place in keyed:
        key = bare[base] if base in bare and joins(c.text, base, bare[base][0]) else own
        g = groups.setdefault(key, Group("place"))
        g.place = g.place or (place if key == own else None)
        g.add(c)
        filed.setdefault(name_key(c.text), key)
    for c in acr:
        place = gaz.lookup(c.roles[0], home)
        key = filed.get(name_key(c.roles[0])) or (      # the group of its expansion ("… Oblast (GBAO)")
            (place.kind, place.country_code, fold(place.name)) if place else ("other", name_key(c.roles[0])))
        c.roles = []
        groups.setdefault(key, Group("place")).add(c)
    return list(groups.values())
