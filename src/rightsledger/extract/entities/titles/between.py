"""A title written between a body's name and a person's name (issue 14, round t-orgs18).

"the Crisis Centre Coordinator Mele Kaufana", "former National Assembly President Amara
Velokinde": the body's name, a capitalised title after its head, then the person who holds it.
The tagger reads the whole run as one body, or types the person's name alone as a body because
the body and title before it lend it their type. Seen on reports annotated before the system ran
(2024 Madagascar, 2024 Libya of round t-orgs18; 2019 Ghana of t-orgs17) and on the tuned dev
(2020 Fiji), so the rule is stated by word classes, not by those sentences:

- a candidate typed organization that holds a capitalised trailing title (``trailing_titles`` in
  ``entities.toml``) after a body's head word, followed by two to four capitalised words of a
  person's shape (no body head word, no acronym, no connector, one word at least rarer than
  ordinary words), is cut in two: the body before the title, the person after it;
- a candidate typed organization of a person's shape that stands right after a capitalised word
  and a capitalised trailing title ("… Assembly President ⟨X Y⟩") is that person.

A title alone after a body ("the Central Bank Governor resigned") is cut off by ``runs.scan.trim_run``.
A person's name is named without titles (docs/EVALUATION.md, Persons).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons.frequency import zipf
from ..common import Cand, org_heads, is_acronym, is_cap
from ..lexicon import CONNECTORS, NAME_PART_ZIPF, TRAILING_TITLES

_WORD = re.compile(r"\S+")
_BEFORE = re.compile(r"([A-Z][\w’'\-]*)\s+([A-Z][\w’'\-]*)\s+$")


def _person_shape(words: list[str]) -> bool:
    """Two to four capitalised words, none a body's head, an acronym or a connector, one at least
    no ordinary word (a person's name; "Labor Affairs" is none)."""
    return (2 <= len(words) <= 4 and all(is_cap(w) and not is_acronym(w) for w in words)
            and not org_heads(words) and not any(w.lower() in CONNECTORS for w in words)
            and any(zipf(w) < NAME_PART_ZIPF for w in words))


def _split(c: Cand) -> list[Cand] | None:
    """The body and the person of a candidate "Body Title Person Name", or None."""
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(c.text)]
    words = [w.strip(",.;:") for _, _, w in spans]
    for i in range(1, len(words) - 2):
        if not (is_cap(words[i]) and words[i].lower() in TRAILING_TITLES):
            continue
        if not org_heads(words[:i]) or not _person_shape(words[i + 1:]):
            continue
        b_end = spans[i - 1][1]
        p_start = spans[i + 1][0]
        body = replace(c, end=c.start + b_end, text=c.text[:b_end], roles=[])
        person = replace(c, start=c.start + p_start, text=c.text[p_start:], type="person",
                         label="PERSON", roles=[words[i].lower()])
        return [body, person]
    return None


def persons_after_body_titles(text: str, typed: list[Cand]) -> list[Cand]:
    """``typed`` with the persons named after a body's title taken out of the bodies."""
    out: list[Cand] = []
    for c in typed:
        if c.type != "organization":
            out.append(c)
            continue
        parts = _split(c)
        if parts is not None:
            out.extend(parts)
            continue
        m = _BEFORE.search(text, max(0, c.start - 60), c.start)
        if m and m.group(2).lower() in TRAILING_TITLES and _person_shape(c.text.split()):
            out.append(replace(c, type="person", label="PERSON", roles=[m.group(2).lower()]))
            continue
        out.append(c)
    return out
