"""Names typed person that stand, every time, as an item of a list of places (issue 14, t-ents28).

Read on reports nobody annotated (t-ents26's four, t-ents27's ten; rests on the session-22
amendment, the dev gold holding the shape hardly at all): a place the model labels PERSON —
"the informal settlements of A B in X and C D in Y", "in the community of A B", "in X, Y, and A
States", "in X and A B", "Unions in General A, X, and Y". The frame is the list's opener and its
shape, never a name:

- the opener is "[the] <kind> of" with a kind noun of ``person_place_kinds`` ("the district of",
  "settlements of"): every item of the list after it is a place;
- or the opener is a locative preposition (``place_slot_preps``, "in", "at", "near", …) and
  another item of the list is a place candidate: the name is one of a list of places.

A list is items joined by commas and closed by "and"/"or", with a comma before it when there are
three items or more (the reports' serial comma); items after a comma that no "and"/"or" closes are
an apposition, not a list ("the gendarmerie in X, A B": a person after a place), so the name must
then be the first item, and so are two items joined by "and" alone after a comma ("two activists
in X, A B and C D"). An item is a capitalised run, and
may carry "in <capitalised run>" ("A B in X"). A name found so at every one of its occurrences in
the report is a place: its span is its item's capitalised run (a rank word the title rules cut off
comes back, "General A"), without a capitalised plural kind word that closes the list
(``person_place_plural_ends``: "A States" is "A"); a one-word person of the same name is that place
too. The pass runs once the types are decided, before the linking.
"""
from __future__ import annotations

import re

from ..common import Cand
from ..lexicon import PERSON_PLACE_KINDS, PERSON_PLACE_PLURAL_ENDS, PLACE_SLOT_PREPS
from ..occurrences import occurrences

_TOKEN = re.compile(r"[^\W_][\w’'\-]*|[^\w\s]")
_CONJ = frozenset({"and", "or"})
_PREPS = frozenset(PLACE_SLOT_PREPS)
#: capitalised words a run is not extended back over (a sentence's first word of these kinds)
_STOPS = _PREPS | {"the", "and", "or", "of", "a", "an"}
_WINDOW = 400


def _cap(tok: str) -> bool:
    return tok[:1].isupper()


class _Toks:
    """The tokens of a window of the text, with their offsets in the text."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text = text
        self.toks = [(m.start() + lo, m.end() + lo, m.group()) for m in _TOKEN.finditer(text[lo:hi])]

    def __len__(self) -> int:
        return len(self.toks)

    def word(self, i: int) -> str:
        return self.toks[i][2] if 0 <= i < len(self.toks) else ""

    def spaced(self, i: int, j: int) -> bool:
        """Tokens ``i`` and ``j`` (= i + 1) are one space apart."""
        return self.text[self.toks[i][1]:self.toks[j][0]] == " "

    def cap_word(self, i: int) -> bool:
        w = self.word(i)
        return bool(w) and w[0].isalpha() and _cap(w)


def _run_back(t: _Toks, i: int) -> int:
    """The first token of the capitalised run that token ``i`` ends or stands in."""
    while t.cap_word(i - 1) and t.spaced(i - 1, i) and t.word(i - 1).lower() not in _STOPS:
        i -= 1
    return i


def _run_fwd(t: _Toks, i: int) -> int:
    """The last token of the capitalised run from token ``i`` on."""
    while t.cap_word(i + 1) and t.spaced(i, i + 1) and t.word(i + 1).lower() not in _STOPS:
        i += 1
    return i


def _item_before(t: _Toks, end: int) -> tuple[int, int, int] | None:
    """The item that ends at token ``end``: (first token of its run, last token of its run, last
    token of the item), its run possibly followed by "in <run>"."""
    if not t.cap_word(end):
        return None
    a = _run_back(t, end)
    if t.word(a - 1) == "in" and t.cap_word(a - 2):
        a2 = _run_back(t, a - 2)
        return a2, a - 2, end
    return a, end, end


def _item_after(t: _Toks, start: int) -> tuple[int, int, int] | None:
    if not t.cap_word(start) or t.word(start).lower() in _STOPS:
        return None
    b = _run_fwd(t, start)
    if t.word(b + 1) == "in" and t.cap_word(b + 2):
        return start, b, _run_fwd(t, b + 2)
    return start, b, b


def _sep_before(t: _Toks, a: int) -> tuple[int, bool] | None:
    """The separator right before token ``a``: (its first token, whether it holds "and"/"or")."""
    w = t.word(a - 1)
    if w in _CONJ:
        return (a - 2, True) if t.word(a - 2) == "," else (a - 1, True)
    if w == ",":
        return a - 1, False
    return None


def _sep_after(t: _Toks, b: int) -> tuple[int, bool] | None:
    """The separator right after token ``b``: (the first token after it, whether it holds
    "and"/"or")."""
    w = t.word(b + 1)
    if w in _CONJ:
        return b + 2, True
    if w == ",":
        return (b + 3, True) if t.word(b + 2) in _CONJ else (b + 2, False)
    return None


def _opener(t: _Toks, a: int) -> str | None:
    """"kind" or "loc" when the tokens before token ``a`` open a list of places."""
    i = a - 1
    if t.word(i).lower() == "the":
        i -= 1
    w = t.word(i)
    if w in _PREPS:
        return "loc"
    if w == "of" and t.word(i - 1) in PERSON_PLACE_KINDS:
        return "kind"
    return None


def _list_item(t: _Toks, i0: int, i1: int):
    """The list of places that tokens ``i0``..``i1`` stand in as an item's run: (opener, the
    items' runs, the index of this one), or None."""
    first = _item_after(t, _run_back(t, i0))
    if first is None or first[1] < i1:
        return None
    items = [first]
    # backwards: the separator right before may hold "and"/"or", any earlier one only a comma
    closed = False
    a = first[0]
    while True:
        sep = _sep_before(t, a)
        if sep is None:
            break
        k, conj = sep
        if conj and (closed or len(items) > 1):
            return None                       # another list's "and" before ours
        prev = _item_before(t, k - 1)
        if prev is None:
            return None
        closed = closed or conj
        items.insert(0, prev)
        a = prev[0]
    opener = _opener(t, a)
    if opener is None:
        return None
    # forwards, up to the item after the first "and"/"or"
    while not closed:
        sep = _sep_after(t, items[-1][2])
        if sep is None:
            break
        k, conj = sep
        nxt = _item_after(t, k)
        if nxt is None:
            break
        items.append(nxt)
        closed = conj
    if len(items) > 1 and not closed:
        # commas only: an apposition; the name must be the first item, alone
        if items.index(first) != 0:
            return None
        items = items[:1]
    if len(items) >= 3 and t.word(items[-1][0] - 2) != ",":
        # three items or more closed by "and" with no comma before it: the last two are a pair in
        # apposition to the first ("in Atyrau, A B and C D"), not the end of a list of places
        return None
    return opener, [(x[0], x[1]) for x in items], items.index(first)


def _placed_span(text: str, start: int, end: int, places: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the place the occurrence at ``start``..``end`` names in a list of places, or
    None when it stands in no such list."""
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    t = _Toks(text, lo, hi)
    idx = {s: k for k, (s, _, _) in enumerate(t.toks)}
    ends = {e: k for k, (_, e, _) in enumerate(t.toks)}
    if start not in idx or end not in ends:
        return None
    found = _list_item(t, idx[start], ends[end])
    if found is None:
        return None
    opener, runs, me = found
    if opener == "loc":
        others = [r for k, r in enumerate(runs) if k != me]
        if not any(t.toks[a][0] <= ps < t.toks[b][1] for a, b in others for ps, _ in places):
            return None
    a, b = runs[me]
    if b > a and t.word(b) in PERSON_PLACE_PLURAL_ENDS:
        b -= 1
    s, e = t.toks[a][0], t.toks[b][1]
    if e < end and not (s <= start and e > start):
        return None
    return s, e


def placed_persons(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` with the persons whose every occurrence is an item of a list of places made
    places (their span the item's run)."""
    places = [(c.start, c.end) for c in typed if c.type == "place"]
    verdict: dict[str, bool] = {}
    names: set[str] = set()
    for c in typed:
        if c.type != "person" or c.text in verdict:
            continue
        occ = occurrences(text, c.text)
        verdict[c.text] = bool(occ) and all(_placed_span(text, s, e, places) is not None for s, e in occ)
    out: list[Cand] = []
    seen = {(c.start, c.end) for c in typed if not (c.type == "person" and verdict.get(c.text))}
    for c in typed:
        if c.type == "person" and verdict.get(c.text):
            span = _placed_span(text, c.start, c.end, places)
            if span is None:
                out.append(c)
                continue
            c.start, c.end = span
            c.text = text[c.start:c.end]
            c.type = "place"
            names.add(c.text)
            if (c.start, c.end) in seen:
                continue
            seen.add((c.start, c.end))
        out.append(c)
    for c in out:
        if c.type == "person" and c.text in names:
            c.type = "place"                  # "Ondo" beside "Ondo States"
    return out
