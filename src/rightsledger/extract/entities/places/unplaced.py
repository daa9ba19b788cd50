"""A place no gazetteer knows that the report never writes as a place (issue 14, round t-ents24, read
on twelve reports without gold: 2016–2024 Kazakhstan, 2018 Burundi, 2019 DRC, 2021 Angola, 2022 Sierra
Leone, 2024 Algeria, Japan and Nicaragua, 2023 Nicaragua).

The model labels unfamiliar one- and two-word names GPE wherever they stand: a newspaper in a list of
newspapers ("Le Renouveau and Ubumwe"), a court's district ("the Medeu district court"), a nationality
in a list of nationalities ("Kazakh, Kyrgyz, and Emirati authorities"), a desk's region ("the Eastern
Europe and Central Asia desk"). A town or district the report means as a place is written, somewhere
in the report, in a place's frame: after a locative or directional word ("in X", "from the X", "the
mayor of X", "fled X"), with a word of a place's kind in its name, right before it or heading the
phrase after it or in an apposition ("X villages in …", "the X district,", "the Luanda suburb X", "X,
a town in …"), before a town's site (``site_words``: "the X IDP site", "the X border crossing"; round
t-places28), before a noun of a town's people or officers ("X police", "X residents"), or beside another place
in a list or apposition ("A, X, and B", "Wilu, X"), also where the items of the list carry a parenthesised
aside ("A (2017), X (2018), Y (2019)", "A (645 percent), X (611 percent), and B (507 percent)": a list is read
through up to four such items to the nearest place; round t-places46). A place group none of whose names the gazetteer
knows, and none of whose names' occurrences in the report (its mentions and every other place its
forms are written) stands in such a frame, is no place. The words are data: ``unplaced_before``, ``unplaced_kinds``, ``unplaced_kind_followers`` and
``unplaced_town_nouns`` in ``extract/data/entities.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..bodies.facility_names import site_after
from ..lexicon import (UNPLACED_BEFORE, UNPLACED_KIND_FOLLOWERS, UNPLACED_KINDS, UNPLACED_SKIP_WORDS,
                       UNPLACED_TOWN_NOUNS)
from ..occurrences import HYPHEN, occurrences

if TYPE_CHECKING:
    from ..common import Group

_WORD = re.compile(r"[A-Za-z]+")
_LAST = re.compile(r"([A-Za-z’'-]+)\W*$")
_ARTICLE = re.compile(r"\b(?:the|a|an|former)\s*$", re.I)
#: the kind word after the name, alone or after one lower-case word, and what follows it
_KIND_AFTER = (re.compile(r"(?:’s|'s)?\s+([a-z]+)(\W*)(\w*)"),
               re.compile(r"(?:’s|'s)?\s+[a-z-]+\s+([a-z]+)(\W*)(\w*)"))
#: an apposition with a kind after the name ("X, a town in …", "X, the provincial capital")
_KIND_APPOSED = (re.compile(r"\s*,\s+(?:a|an|the)\s+([a-z]+)"),
                 re.compile(r"\s*,\s+(?:a|an|the)\s+[a-z-]+\s+([a-z]+)"))
#: a lower-case noun of a town's people or officers right after the name ("X police", "X residents")
_NOUN_AFTER = re.compile(r"(?:’s|'s)?\s+([a-z]+)")
#: what stands between two places of a list or an apposition
_BESIDE = re.compile(r"\s*(?:,|and|or|,\s*and|,\s*or|/|–|-)?\s*(?:the\s+)?")
_NEAR = 12
#: a lower-case word inside a place's name ("San Juan de la Maguana", "Isle of Man")
_LINK = r"(?:de|da|del|la|of)"
#: the end of a list item's parenthesised aside and the separator to the next item ("A (2017), X", "A (645
#: percent), and X"); the capitalised name of an item of such a list (t-places46)
_ASIDE_GAP = re.compile(r"\s*\([^()\n]{1,60}\)\s*(?:,\s*and|,\s*or|,|and|or)\s+(?:the\s+)?")
_ITEM = re.compile(r"[A-Z][\w’'.-]*(?:\s+" + _LINK + r"?\s*[A-Z][\w’'.-]*){0,3}")
_ASIDE_ITEMS = 4
_ASIDE_REACH = 320
#: the capitalised words of a name at the end of a stretch of text ("the VRAEM", "La Florida")
_CONJUNCT = re.compile(r"(?:\b[A-Z][\w’'-]*(?:\s+" + _LINK + r")?\s*){1,4}$")


def _kind_after(text: str, end: int) -> bool:
    """Does a word of a place's kind head the phrase right after the name ("X villages in", "the X
    district.") or stand in an apposition after it ("X, a town in …"), or a noun of a town's people or
    officers follow it ("X police", "X residents")? Not when a lower-case noun follows the kind word
    ("the X district court")."""
    after = text[end:end + 60]
    if site_after(text, end):   # "the X IDP site", "the X border crossing": a town's site (t-places28)
        return True
    if any((m := pat.match(after)) and m.group(1) in UNPLACED_KINDS for pat in _KIND_APPOSED):
        return True
    m = _NOUN_AFTER.match(after)
    if m and m.group(1) in UNPLACED_TOWN_NOUNS:
        return True
    for pat in _KIND_AFTER:
        m = pat.match(after)
        if m and m.group(1) in UNPLACED_KINDS and (
                m.group(2).strip() or not m.group(3) or m.group(3) in UNPLACED_KIND_FOLLOWERS):
            return True
    return False


def _word_before(text: str, start: int) -> bool:
    """Is the name after a locative or directional word ("in X", "from the X", "of former X", "fled
    X") or a word of a place's kind ("the Luanda suburb X")? Read back over a modifier between them
    ("to then X", "to the Tarsan-controlled X": a hyphenated word or one of ``unplaced_skip_words``) and
    over the first conjunct of a coordination the word governs ("in the VRAEM and X"; not "of": "the head
    of the Eastern Europe and X desk")."""
    before = text[max(0, start - 80):start].rstrip()
    conjoined = False
    for _ in range(3):
        for _ in range(2):
            before = _ARTICLE.sub("", before).rstrip()
        m = _LAST.search(before)
        if not m:
            return False
        word = m.group(1)
        if word.lower() in UNPLACED_BEFORE or word.lower() in UNPLACED_KINDS:
            return not (conjoined and word.lower() == "of")  # "the head of the A and X desk": a modifier
        conjoined = conjoined or word.lower() in ("and", "or") or before.endswith(",")
        if word.lower() in ("and", "or") or before.endswith(","):
            rest = before[:m.start()].rstrip() if word.lower() in ("and", "or") else before[:-1].rstrip()
            conjunct = _CONJUNCT.search(rest)     # the name of the conjunct before: capitalised words
            if not conjunct:
                return False
            before = rest[:conjunct.start()].rstrip()
        elif "-" in word or word.lower() in UNPLACED_SKIP_WORDS:
            before = before[:m.start()].rstrip()
        else:
            return False
    return False


def _through_asides(text: str, pos: int, target: int) -> bool:
    """From the end of a list item at ``pos``, read on through items that each carry a parenthesised aside
    ("(2017), Bel Air (2018), and …"): is ``target`` the start of one of the next four items?"""
    for _ in range(_ASIDE_ITEMS):
        gap = _ASIDE_GAP.match(text, pos)
        if not gap or gap.end() > target:
            return False
        if gap.end() == target:
            return True
        item = _ITEM.match(text, gap.end())
        if not item:
            return False
        pos = item.end()
    return False


def _next_to(text: str, a: int, b: int) -> bool:
    """Does the stretch ``a``–``b`` between two names part two items of a list or an apposition, or the
    items of a list whose items carry a parenthesised aside?"""
    if 0 <= b - a <= _NEAR and _BESIDE.fullmatch(text, a, b):
        return True
    return 0 < b - a <= _ASIDE_REACH and text[a:b].lstrip().startswith("(") and _through_asides(text, a, b)


def _beside(text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Is another place's mention next to the name in a list or an apposition ("A, X, and B"), or in a
    list whose items carry a parenthesised aside ("A (2017), X (2018)"; t-places46)?"""
    for s, e in places:
        if (s, e) == (start, end):
            continue
        if _next_to(text, e, start) or _next_to(text, end, s):
            return True
    return False


def in_place_frame(text: str, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Does the name written at ``start``–``end`` stand in a place's frame? ``places``: the spans of
    the report's place mentions. Callers may rely on the four frames of the module's docstring."""
    if any(w.lower() in UNPLACED_KINDS for w in _WORD.findall(text[start:end])):
        return True
    return _kind_after(text, end) or _word_before(text, start) or _beside(text, start, end, places)


def _occurrences(text: str, g: "Group") -> set[tuple[int, int]]:
    """The group's mentions and every other place one of its forms is written (word-bounded)."""
    spans = set(g.mentions)
    for form in g.forms:
        if len(form) < 3:
            continue
        spans.update(occurrences(text, form, joiners=HYPHEN))
    return spans


def places_with_frames(text: str, groups: list["Group"]) -> list["Group"]:
    """``groups`` (places) without those no gazetteer knows that the report never writes in a place's
    frame."""
    places = sorted({m for g in groups for m in g.mentions})
    return [g for g in groups if g.place is not None or not g.mentions
            or any(in_place_frame(text, s, e, places) for s, e in _occurrences(text, g))]
