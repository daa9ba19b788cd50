"""A body's name cut at a serial comma (issue 14, organizations; t-orgs15).

"The Ministry of Social Action, Women's Promotion, and Elimination of Illiteracy", "the Union
for Industry, Commerce, and Handicrafts (UTICA)", "the Committee for Constitutional, Legal, and
Public Administration": a body whose last preposition's object is a field goes on over a serial
list of further fields, ", A, B, and C". ``runs.extend._extend_body`` joins such a list only when every
piece is an ordinary word with no head word; the names above were cut at the first comma in the
tuned dev reports 2017 Togo, 2017 Tunisia (two names) and, before t-orgs13's "and" tail, 2019
Ecuador, and in the unread 2016 Georgia (round records t-orgs13, t-orgs14), because a piece was a
rarer word ("Illiteracy", "Handicrafts") or held a head word ("Civil Society", "Public
Administration").

The list joins when it cannot be a list of bodies, places or persons:
- the body has a head word and no plural head ("the Ministries of A, B, and C" is no body), and
  the last word of its last preposition's object is no head word and no acronym: a field;
- the pieces carry no article ("the Police, and the Army" are bodies), no acronym, no digit, and
  are no country and no place the gazetteer knows;
- every piece is a word of the dictionary (``serial_piece_zipf``: rarer words are names);
- a piece with a head word has two words at most and its head is one that also names a field of
  government (``serial_field_heads``: "Civil Society", "Public Administration", "Civil Service";
  "Social Protection Fund", "Freedom House", "Amnesty International" are bodies of their own —
  the last two glued on the unread 2016 Rwanda by a first draft);
- a piece with a head word, or a word the report never writes in lower case, is never written
  on its own: each of its occurrences stands in a list or after a preposition
  (``serial_piece_before``), never as a subject or after "the" ("Human Rights Watch said …"
  refuses the join); an occurrence followed by another capitalised word is another name;
- the phrase plainly ends after the last piece (punctuation, a parenthesis, a lower-case word).
"""
from __future__ import annotations

import re

from ...lexicons.frequency import zipf
from ...lexicons.gazetteer import gazetteer
from ..common import Cand, org_heads, is_acronym
from ..occurrences import APOSTROPHES, HYPHEN, occurrences
from ..lexicon import (
    FOREIGN_TOWN_MIN, NAME_TAIL_PREPS, SERIAL_FIELD_HEADS, SERIAL_PIECE_BEFORE, SERIAL_PIECE_ZIPF,
)
from .name_tails import after_last_object

_CAP = r"[A-Z][\w’'\-]*"
_PIECE = rf"{_CAP}(?:\s+(?:of\s+)?{_CAP}){{0,2}}"
_SERIAL = re.compile(rf"((?:,\s+{_PIECE})+),\s+and\s+({_PIECE})(?=\s*[,.;:()]|\s+[a-z]|\s*$)")
_BEFORE = re.compile(rf"(?:,|\b(?:{'|'.join(SERIAL_PIECE_BEFORE)}))\s+$")
#: another capitalised word right after an occurrence: the piece is the front of another name
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def serial_fields(text: str, c: Cand, home: str | None) -> Cand:
    """``c`` extended over a serial list of fields that completes its name (see the module)."""
    found = after_last_object(text, c, _SERIAL)
    if found is None or not org_heads(c.text.split()):
        return c
    m, after = found
    obj = [w for w in after if w not in NAME_TAIL_PREPS and w not in ("the", "and", "with")]
    if not obj or org_heads(obj[-1:]) or any(is_acronym(w) for w in obj):
        return c
    pieces = [p.strip() for p in re.findall(_PIECE, m.group(1))] + [m.group(2)]
    if not all(_field(text, p, home) for p in pieces):
        return c
    return Cand(c.start, m.end(), text[c.start:m.end()], "RULE_ORG", list(c.roles))


def _field(text: str, piece: str, home: str | None) -> bool:
    """Could ``piece`` be a field in a body's name and nothing of its own?"""
    words = [w for w in piece.split() if w != "of"]
    if any(is_acronym(w) or any(ch.isdigit() for ch in w) for w in words):
        return False
    heads = org_heads(words)
    if heads and (len(words) > 2 or any(h not in SERIAL_FIELD_HEADS for h in heads)):
        return False                          # "Social Protection Fund", "Amnesty International": bodies
    bare = [re.sub(r"[’']s$", "", w) for w in words]
    if min(zipf(w) for w in bare) < SERIAL_PIECE_ZIPF:
        return False
    gaz = gazetteer()
    place = gaz.lookup(piece, home, alternates=False)
    if gaz.countries(piece) or place is not None and (
            place.kind != "city" or place.country_code == home or place.population >= FOREIGN_TOWN_MIN):
        return False                          # a country or a place (not a small town abroad: "Commerce")
    if not org_heads(words) and all(re.search(rf"\b{re.escape(w.lower())}\b", text) for w in bare):
        return True                           # common nouns the report also writes in lower case
    for s, e in occurrences(text, piece, joiners=HYPHEN + APOSTROPHES):
        if not _NAME_AFTER.match(text, e) and not _BEFORE.search(text, max(0, s - 12), s):
            return False                      # written on its own somewhere: a name of its own
    return True
