"""A body's acronym defined after a lower-case description of the body (issue 14, organizations; t-orgs36).

An acronym in parentheses after lower-case words names no entity, as a rule: "female genital mutilation (FGM)",
"nongovernmental organizations (NGOs)", "occupational safety and health (OSH)"; ``classify.acronym_definitions``
bans it everywhere in the report. When the last of those words is the head word, in the singular, of a state's
body, a court, a security force or a party (``ORG_HEADS`` of the kinds in ``lower_expansion_kinds``), the acronym
is that body's name: "the anti-corruption commission (CAC)", "a member of the national army (FARDC)", "the UN
international police (UNPOL)". It is then defined as an organization (an ``ACRO`` candidate) instead of banned;
its expansion is the body's name written right before the lower-case words, if any ("the Union for the Republic
party (UNIR)"). Not so:

- a plural head ("child protection units (CPUs)", "antiterrorism courts (ATCs)": a kind of body), nor a head of
  ``lower_expansion_stops`` ("state security force (SSF)": every security force together);
- an acronym that spells a person's title, a title or role noun and the words after it ("member of parliament
  (MP)", "the inspector general of police (IGP)"): banned as before.

Dev census 6 : 1 in six reports (round record t-orgs36).
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold
from ..common import Cand, is_acronym
from ..lexicon import LOWER_EXPANSION_KINDS, LOWER_EXPANSION_STOPS, ORG_HEADS, ROLE_NOUNS, TITLES

#: lower-case words, then an acronym (or a capitalised word) in parentheses: "the national army (FARDC)"
LOWER_EXPANSION = re.compile(r"\b([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,5})\s+\(([A-Z][A-Za-z]{1,8})\)")
_LINKS = frozenset({"of", "the", "and", "for"})


def _plural_head(word: str) -> bool:
    """"units", "courts", "authorities": a head word's plural."""
    return word.endswith("s") and (word[:-1] in ORG_HEADS or word.endswith("ies") and word[:-3] + "y" in ORG_HEADS)


def names_body(words: str) -> bool:
    """Do lower-case ``words`` end in a body's head word of the kinds ``lower_expansion_kinds`` names, in the
    singular and not of ``lower_expansion_stops``?"""
    last = words.split()[-1]
    return (ORG_HEADS.get(last) in LOWER_EXPANSION_KINDS and not _plural_head(last)
            and last not in LOWER_EXPANSION_STOPS)


def spells_title(words: str, acronym: str) -> bool:
    """Does ``acronym`` spell a person's title among ``words``: a title or role noun and the words after it, "of",
    "the", "and", "for" left out ("member of parliament" MP, "inspector general of police" IGP)?"""
    ws = words.split()
    target = acronym.upper().removesuffix("S") if acronym.endswith("s") else acronym.upper()
    for i, w in enumerate(ws):
        if {w, w.removesuffix("s")} & (TITLES | ROLE_NOUNS) \
                and "".join(x[0] for x in ws[i:] if x not in _LINKS).upper() == target:
            return True
    return False


def _name_before(cands: list[Cand], start: int, text: str) -> list[str]:
    """The body's name written right before the lower-case words, as the acronym's expansion ("the Union for the
    Republic party (UNIR)"); none when it is an acronym itself ("the UN international police (UNPOL)")."""
    return [c.text for c in cands if c.type == "organization" and c.end <= start
            and not text[c.end:start].strip() and not is_acronym(c.text)][:1]


def lower_expansions(text: str, cands: list[Cand]) -> tuple[list[Cand], set[str]]:
    """(the acronyms defined after a body's lower-case description, as organizations; the folded acronyms
    defined after any other lower-case words, banned: no entity)."""
    bodies: list[Cand] = []
    banned: set[str] = set()
    for m in LOWER_EXPANSION.finditer(text):
        words, acronym = m.group(1), m.group(2)
        if names_body(words) and not spells_title(words, acronym):
            bodies.append(Cand(m.start(2), m.end(2), acronym, "ACRO", _name_before(cands, m.start(1), text),
                               type="organization"))
        else:
            banned |= {fold(acronym), fold(acronym).rstrip("s")}
    return bodies, banned
