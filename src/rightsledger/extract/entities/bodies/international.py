"""International bodies named in passing ("the U.N.", "an ILO study", "UNICEF reported"):
every form the list in ``extract/data/entities.toml`` ([international_bodies]) gives, found in
the prose, is a candidate; linking puts all the forms of one body together under its usual
name (``body_key``)."""
from __future__ import annotations

from ..common import Cand
from ..lexicon import INTERNATIONAL, INTERNATIONAL_FORMS


def find_bodies(text: str, paragraphs: list[tuple[int, int, list[tuple[int, int]]]]) -> list[Cand]:
    """Every listed form of an international body in the prose paragraphs, outside their
    masked heading lines."""
    out: list[Cand] = []
    for start, end, masks in paragraphs:
        for m in INTERNATIONAL_FORMS.finditer(text, start, end):
            if not any(s <= m.start() < e for s, e in masks):
                out.append(Cand(m.start(), m.end(), m.group(), "RULE_ORG"))
    return out


def body_key(text: str) -> str | None:
    """The usual name of the international body ``text`` names, if it is one."""
    return INTERNATIONAL.get(text.lower().replace("’", "'"))
