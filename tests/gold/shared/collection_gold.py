"""The gold documents of pages of the public state.gov collection (``"file":
"html/YEAR/NAME.html"``), read from ``../collection`` beside the repository, as ../shared is
(``scripts/collection.sh`` checks them out; they are never committed).

:class:`CollectionTestDoc` (split ``test``) and :class:`CollectionDevDoc` (split ``dev``): an
entity is declared by every part that names it and the first declaration counts (the 2024
Liberia builder's ``LiberiaDoc``), a sentence does not end at a person's initials ("G.P.
Smith"), and a provision's quantity may be a range ("between 10 and 30 years": ``value_end``).
:func:`assemble` builds one from the section groups annotated whole, in annotation order.
(``build_whole_gold_dev.CollectionDoc``, used by the 2019 Guinea-Bissau and 2017 Togo builders,
declares each entity once, as the older whole-report builders do.)
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, TypeVar

from build_whole_gold_liberia2024 import LiberiaDoc

#: pages of the public state.gov collection sit beside the repository, as ../shared does
COLLECTION = Path(__file__).resolve().parents[3].parent / "collection"
#: a person's initials at the end of a sentence candidate ("G.P.")
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
D = TypeVar("D")


class CollectionTestDoc(LiberiaDoc):
    """A TEST gold document on a page of the public collection."""

    split = "test"
    reports_dir = COLLECTION

    def __init__(self, stem: str, file: str, year: int, parts: dict[str, tuple]):
        super().__init__(stem, file, year, parts)
        merged: list[tuple[int, int]] = []
        for s, e in self.sentences:
            if merged and INITIALS.search(self.text, *merged[-1]):
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        self.sentences = merged

    def prov(self, anchor: str, norm: str, value: float | None, unit: str | None, qtext: str,
             subject: str | None = None, *, value_end: float | None = None) -> None:
        super().prov(anchor, norm, value, unit, qtext, subject)
        if value_end is not None:
            self.records[-1]["quantity"]["value_end"] = value_end


class CollectionDevDoc(CollectionTestDoc):
    """A DEV gold document on a page of the public collection."""

    split = "dev"


def assemble(cls: type[D], stem: str, file: str, year: int, all_parts: dict, done: list[str],
             builders: dict[str, Callable[[D], None]]) -> D:
    """The gold document (of class ``cls``) of the groups annotated whole (``done``, in annotation
    order, each built by ``builders[group]``)."""
    d = cls(stem, file, year, {g: all_parts[g] for g in done})
    for group in done:
        builders[group](d)
    return d
