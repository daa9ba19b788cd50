"""A place inside a name the report defines with an acronym, wherever the report writes the name (issue 14,
places; round t-places13).

``bodies.inside_expansion`` drops a place that stands inside the words right before an acronym they spell
("the Islamic State of Iraq and Syria (ISIS)"). Three shapes escaped it, in unread reports: an acronym with
a hyphen, whose name runs over a hyphenated word ("the Islamic State of Iraq and Syria-West Africa
(ISIS-WA)"); a name's acronym that takes more than the initials ("the International Day Against
Homophobia, Biphobia, and Transphobia (IDAHOBIT)"); a place that begins the name ("the Nigeria
Demographic and Health Survey (NDHS)"); and the same name written elsewhere in the report without its
acronym. Here the report's defined names are found once — the words before "(ACR)" whose capitals
spell the acronym, hyphenated words split, or (failing that) whose capitals run through the
acronym's letters in order from its first to its last — and every place that stands strictly inside
one of their occurrences is no mention of the place ("in <place>" is part of a body's name when the
name carries it: EVALUATION.md). Not when the name is itself a place: a country or a place the gazetteer
knows, a name that ends in a place word ("Gorno-Badakhsan Autonomous Oblast (GBAO)") or begins with a
side word. The place's own mentions elsewhere ("in Iraq") stay.

Words the acronym skips are data: ``[expansions] linking`` in ``extract/data/places.toml``.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...lexicons import lexicon
from ...lexicons.gazetteer import gazetteer
from ..lexicon import PLACE_WORDS

_LINKING = frozenset(lexicon("places")["expansions"]["linking"])
#: an acronym in parentheses, a hyphenated tail allowed ("(ISIS-WA)", "(SPLM-N)")
_PAREN = re.compile(r"\(([A-Z]{2,8}(?:-[A-Z]{1,4})?)\)")
#: a word of a name, a hyphen splitting it ("Syria-West" is two), or a comma
_WORD = re.compile(r"[A-Za-z][\w’']*|&|,")
_GAP = re.compile(r"[ \t\-]*")
_MAX_WORDS = 16


def _run(text: str, end: int) -> list[re.Match]:
    """The words (and commas) right before ``end`` that may belong to a name, nearest first: capitalised
    words, linking words, commas, only blanks or hyphens between them."""
    words = list(_WORD.finditer(text, max(0, end - 240), end))
    run: list[re.Match] = []
    at = end
    for w in reversed(words):
        gap = text[w.end():at]
        if _GAP.fullmatch(gap) is None:
            break
        word = w.group()
        if not (word == "," or word[0].isupper() or word.lower() in _LINKING):
            break
        run.append(w)
        at = w.start()
        if len(run) >= _MAX_WORDS:
            break
    return run


def _initials(run: list[re.Match]) -> list[tuple[str, int]]:
    """Each capitalised word's initial and start, nearest first."""
    return [(w.group()[0], w.start()) for w in run if w.group()[0].isupper()]


def _strict(run: list[re.Match], letters: str) -> int | None:
    """Where the capitalised words whose initials spell ``letters`` begin (linking words and commas
    skipped, no other word), or None."""
    rest = letters
    for w in run:
        word = w.group()
        if word == "," or word.lower() in _LINKING and not word[0].isupper():
            continue
        if not rest or word[0] != rest[-1]:
            return None
        rest = rest[:-1]
        if not rest:
            return w.start()
    return None


def _loose(run: list[re.Match], letters: str) -> int | None:
    """The farthest start whose capitalised words' initials (three or more) run through ``letters`` in
    order, the first and the last letter their own, or None."""
    caps = _initials(run)
    if not caps or caps[0][0] != letters[-1]:
        return None
    best = None
    for i in range(2, len(caps)):
        initials = "".join(c for c, _ in reversed(caps[:i + 1]))
        if initials[0] != letters[0]:
            continue
        it = iter(letters)
        if all(ch in it for ch in initials):
            best = caps[i][1]
    return best


def _is_place(name: str) -> bool:
    gaz = gazetteer()
    words = name.split()
    return bool(gaz.countries(name)) or gaz.lookup(name, alternates=False) is not None \
        or words[-1].lower() in PLACE_WORDS or words[0].lower() in lexicon("entities")["side_words"]


@lru_cache(maxsize=8)
def defined_names(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    """Every occurrence of a name the report defines with an acronym and that is no place, as sorted
    spans, and their starts."""
    names: set[str] = set()
    for m in _PAREN.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        run = _run(text, end)
        letters = m.group(1).replace("-", "")
        begin = _strict(run, letters)
        if begin is None:
            begin = _loose(run, letters)
        if begin is None:
            continue
        name = text[begin:end].rstrip(", ")
        if " " in name and not _is_place(name):
            names.add(name)
    spans: list[tuple[int, int]] = []
    for name in names:
        for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text):
            spans.append(m.span())
    spans.sort()
    return tuple(spans), tuple(s for s, _ in spans)


def inside_defined_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands strictly inside an occurrence of a name the report defines with an
    acronym (and that is no place)."""
    spans, starts = defined_names(text)
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0 and start - starts[i] < 400:
        b, e = spans[i]
        if b <= start and end <= e and (b, e) != (start, end):
            return True
        i -= 1
    return False
