"""The shape of place names (issue 14, places).

- A name that ends in a place word but names a body: a body's head word followed by "of" or
  "for" before the place ("the Revenues Bureau of Oromia Region", "the Department of Education
  of Saryagash District"). A head word that is also a place word ("Municipality of Tirana")
  decides nothing.
- A place name goes on over a lower-case particle ("San Miguel del Ene", "Birni n’Konni",
  "Santa Cruz de la Sierra"), where the model and the runs of capitalised words cut it.
"""
from __future__ import annotations

import re

from .common import Cand, _is_cap
from .lexicon import ORG_HEADS, PLACE_WORDS


def body_of_place(words: list[str]) -> bool:
    """Whether a body's head word comes before "of"/"for" in the name ``words``."""
    low = [w.lower() for w in words]
    return any(low[i] in ORG_HEADS and low[i] not in PLACE_WORDS and _is_cap(words[i])
               and low[i + 1] in ("of", "for") for i in range(len(words) - 1))


#: a place name's lower-case particle and the capitalised rest: "San Miguel| del Ene", "Birni|
#: n’Konni", "Santa Cruz| de la Sierra" (the model and the runs of capitalised words stop at it)
_PARTICLE_TAIL = re.compile(
    r"(?:[ \t]+(?:de|del|de[ \t]+la|de[ \t]+las|de[ \t]+los|do|da|dos|das|du|des)[ \t]+|[ \t]+n[’'])"
    r"[A-Z][\w’'\-]*[a-z](?:[ \t]+[A-Z][\w’'\-]*[a-z])?")
_CAPITALISED = re.compile(r"[A-Z][\w’'\-]*[a-z]")


def extend_over_particles(text: str, cands: list[Cand]) -> list[Cand]:
    """Places that go on over a lower-case particle take it and the rest of the name; the
    candidates inside the rest ("Ene", "Konni") go."""
    grown: list[tuple[int, int]] = []
    for c in cands:
        if c.type != "place":
            continue
        m = _PARTICLE_TAIL.match(text, c.end)
        if m is None:
            continue
        end = m.end()
        last = text[c.end:end].split()[-1]
        if last.lower() in PLACE_WORDS or not _CAPITALISED.fullmatch(last.split("’")[-1].split("'")[-1]):
            end = c.end + text[c.end:end].rstrip().rfind(" ")      # "… del Ene Region": not the kind
            if end <= c.end or not _PARTICLE_TAIL.fullmatch(text, c.end, end):
                continue
        grown.append((c.end, end))
        c.end = end
        c.text = text[c.start:end]
    if not grown:
        return cands
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in grown)]
