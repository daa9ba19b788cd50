"""Adjectives taken for bodies (issue 14, organizations; round t-orgs20).

Three reports had an English adjective typed organization where it modifies a noun of a body's kind:
"the largest Islamist political party" (2023 Bangladesh) and "Nomadic militias also attacked" (2021
Sudan), two reports annotated before any run, and "the Islamist party Hizb …" (2017 Tunisia dev). The
model labels such a word ORG, or the armed groups' rule reads "X militias" as a group's name
(``votes/groups.py``); the parse of the sentence tags it an adjective modifying the noun after it.

A name of one word is no body when every mention of it is a token the parse reads so (a tag of
``adjective_body_tags`` with a relation of ``adjective_body_deps`` in ``entities.toml``) and its lower-case
form is an English word (Zipf frequency ``name_part_zipf`` or more: not "L’Alternative", a newspaper's name
the tagger once reads as an adjective). A name the report also writes as a noun keeps its type: "the
Platform" beside "Platform forces" is the coalition wherever it stands.
"""
from __future__ import annotations

from ...lexicons.frequency import zipf
from ..common import Cand, name_key
from ..lexicon import ADJECTIVE_BODY_DEPS, ADJECTIVE_BODY_TAGS, NAME_PART_ZIPF


def adjective_spans(ap) -> list[tuple[int, int]]:
    """Character spans (text offsets) of the paragraph's capitalised one-token words that its parse
    reads as adjectives modifying a noun."""
    base = ap.start
    return [(base + t.idx, base + t.idx + len(t.text)) for t in ap.doc
            if t.tag_ in ADJECTIVE_BODY_TAGS and t.dep_ in ADJECTIVE_BODY_DEPS and t.text[:1].isupper()]


def bodies_not_adjectives(cands: list[Cand], spans: set[tuple[int, int]]) -> list[Cand]:
    """``cands`` without the one-word organizations every mention of which is an adjective (``spans``,
    from :func:`adjective_spans`) and whose word is an English one."""
    if not spans:
        return cands
    by_name: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "organization" and " " not in c.text.strip():
            by_name.setdefault(name_key(c.text), []).append(c)
    drop: set[int] = set()
    for group in by_name.values():
        word = group[0].text.strip()
        if zipf(word.lower()) >= NAME_PART_ZIPF and all((c.start, c.end) in spans for c in group):
            drop.update(id(c) for c in group)
    return [c for c in cands if id(c) not in drop] if drop else cands
