"""Where a name stands in a report's text as a whole word (t-house29).

The entity rules that judge a name by every place the report writes it (``persons/placed.py``,
``bodies/facility_names.py``, ``bodies/not_peoples.py``, ``places/fronts.py``, ``places/unplaced.py``)
find those places here, with one boundary rule and two options for the differences that matter:

- a *word character* is a letter or digit of any script, or "_" (``str.isalnum``: what ``\\w`` matches);
  an occurrence is whole when the character before it and the one after it (where there is one: the
  start and the end of the text are boundaries) are no word characters;
- ``joiners``: characters that also join a word to the next, so that a name beside one is no whole word.
  ``HYPHEN`` keeps "Tarsi" of "Tarsi-Vel" and "Vel" of "anti-Vel" out (places: the front of a hyphenated
  name is not the place named alone); ``HYPHEN + APOSTROPHES`` also keeps out a name glued to an
  apostrophe, the possessive "Tarsi's"/"Tarsi’s" and a name inside an elided one, "d'Tarsi" (facilities:
  only a bare name stands before a facility's noun);
- ``at_end=False``: only the start is checked, the caller matching its own pattern right after the name
  (``bodies/not_peoples.py``: a people noun after a hyphenated word the name begins, "Tarsi-Vel children").

Found by ``str.find`` and checked in place (a pattern that opens on a lookbehind is tried at every
character of the report), left to right and not overlapping, as ``re.finditer`` would: an occurrence
that is kept hides one that begins inside it, one that is rejected does not. Case is kept: "tarsi" is
no occurrence of "Tarsi".
"""
from __future__ import annotations

#: the hyphen that joins the words of a compound name ("Tarsi-Vel")
HYPHEN = "-"
#: the apostrophes of a possessive or an elision ("Tarsi's", "Tarsi’s", "d’Tarsi")
APOSTROPHES = "’'"


def _joined(c: str, joiners: str) -> bool:
    return c.isalnum() or c == "_" or c in joiners


def occurrences(text: str, name: str, *, joiners: str = "", at_end: bool = True) -> list[tuple[int, int]]:
    """The spans (start, end) of ``name``'s whole-word occurrences in ``text``, in order (see the
    module). Callers may rely on: no word character (letter, digit, "_") nor one of ``joiners`` right
    before a span, nor right after it unless ``at_end`` is False; spans do not overlap; an empty name
    has none."""
    out: list[tuple[int, int]] = []
    if not name:
        return out
    n = len(name)
    i = text.find(name)
    while i >= 0:
        end = i + n
        if not (i and _joined(text[i - 1], joiners)) and not (
                at_end and end < len(text) and _joined(text[end], joiners)):
            out.append((i, end))
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return out
