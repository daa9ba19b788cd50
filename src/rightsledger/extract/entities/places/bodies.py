"""Names taken for places that name a body or a facility (issue 14, places; round t-places3).

- **A body's name or its tail.** A name no gazetteer knows (no country, no town or region,
  alternate spellings aside) and no place rule found, that the report uses only as a body — after
  a body's kind ("the nonprofit Equidad", "the NGO X", "an article in El Telegrafo"), as the
  subject of a reporting verb ("Oxfam reported", "El Telegrafo also reported"), after "according
  to" — and never as a place (no place preposition, no place noun after it), is a body: an
  organization where it stands alone, no entity where it ends a body's longer name ("According to
  Journalists in Danger", "the NGO Women and Law in Southern Africa", "Lutte contre le Sida").
- **A place inside an acronym's expansion.** "the Islamic State of Iraq and Syria (ISIS)": the
  words whose initials the acronym spells name a body, and a place inside them is no mention of
  the place ("in <place>" is part of a body's name when the name carries it: EVALUATION.md). Not
  when the whole is a place ("Gorno-Badakhsan Autonomous Oblast (GBAO)").
  ``expansions.py`` (t-places13) adds the names the report defines anywhere, written anywhere:
  "… Syria-West Africa (ISIS-WA)", "(IDAHOBIT)", a place heading the name; ``day_titles.py``
  (t-places16) the list of a day's title, with or without an acronym ("International Day against
  Homophobia, Transphobia, and Biphobia").
- **A facility's name.** A name no gazetteer knows that the report writes once as a facility's —
  before a facility noun ("King Abdullah Park refugee camp"), in apposition to one ("Cyber City, a
  refugee camp"), or ending in one ("Kouankan Camp") — names the facility everywhere, no place (a
  town inside a facility's name is no place mention: EVALUATION.md, settled 2026-12-06). Towns the
  gazetteer knows keep their other mentions ("Azraq camp", "in Azraq"). A name written before a
  facility noun in half its occurrences or more, twice or more, is the facility's even after a place
  preposition ("prisoners in Gabode" beside "Gabode Central Prison", "Gabode Prison":
  ``facility_uses.py``, t-places24).

Word lists are data: ``[bodies]`` and ``[facilities] named_words`` in ``extract/data/places.toml``.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ...lexicons import alternation, lexicon
from ..common import Cand, name_key
from .day_titles import inside_day_title
from .expansions import inside_defined_name
from .facility_uses import mostly_facility
from ..lexicon import BODY_AFTER, BODY_APPOSITION, BODY_BEFORE, FACILITY_WORDS, PLACE_NOUN_AFTER, PLACE_WORDS

_DATA = lexicon("places")
_BODIES = _DATA["bodies"]
_GAZETTEER = ("COUNTRY", "TOWN")
_RULED = ("COUNTRY", "TOWN", "RULE_PLACE", "LIST_PLACE")
#: "the nonprofit X", "an article in X", "according to X": a body's kind or a source before the name
_BODY_BEFORE = re.compile(r"\b" + alternation(sorted(_BODIES["before"], key=len, reverse=True)) + r"\s+$", re.I)
#: a body's kind or "according to" anywhere before a name that ends a body's name ("According to
#: the NGO Women and Law in |")
_BODY_WORD = re.compile(r"\b" + alternation(sorted(_BODIES["before"] + lexicon("entities")["body_words_before"],
                                                   key=len, reverse=True)) + r"\b", re.I)
#: "X reported", "X also stated": a reporting verb after the name
_REPORTS = re.compile(r"\s+(?:(?:also|further|later|again|separately)\s+)?"
                      + alternation(sorted(_BODIES["reporting_verbs"], key=len, reverse=True)) + r"\b")
#: "in X", "near X": a place preposition before the name
_PLACE_PREP = re.compile(r"\b(?:[Ii]n|[Nn]ear|at|from|to|[Aa]cross|[Tt]hroughout|[Oo]utside|[Ii]nside|between|"
                         r"[Ww]ithin|around|into|toward|towards)\s+(?:the\s+)?$")
#: "… Journalists in |", "… Women and Law in |", "… Lutte contre le |": capitalised words of a name
#: (not the sentence's first word) and a connector before the place: the place ends a body's name
_NAME_BEFORE = re.compile(
    r"(?<=[\w,;’'] )(?:[A-Z][\w’'\-]*\s+(?:(?:and|&|de|du|des|la|le|et)\s+)?){1,5}"
    r"(?:in|for|of|against|contre\s+l[ea]|pour\s+l[ea]|de\s+l[ea]|de|du|des)\s+$")
_FACILITIES = alternation(sorted(_DATA["facilities"]["named_words"], key=len, reverse=True))
_MODIFIERS = alternation(sorted(lexicon("entities")["facility_modifiers"], key=len, reverse=True))
#: " refugee camp", ", a refugee camp": a facility noun after the name or in apposition to it
_FACILITY_AFTER = re.compile(rf"(?:,\s+(?:a|an|the)\s+)?\s*(?:(?:{_MODIFIERS})\s+){{0,2}}(?i:{_FACILITIES})\b")
_FACILITY_END = re.compile(rf"\s(?i:{_FACILITIES})$")
#: an acronym in parentheses and the words before it
_ACRONYM_PAREN = re.compile(r"\(([A-Z]{3,8})\)")
_LINKING = frozenset(("of", "and", "the", "in", "for", "on", "de", "du", "des", "la", "le", "et", "&", "al"))


def _known(name: str, home: str | None) -> bool:
    """A country or a place the gazetteer knows by its main name (not an alternate spelling)."""
    gaz = gazetteer()
    return bool(gaz.countries(name)) or gaz.lookup(name, home, alternates=False) is not None


def mention_evidence(text: str, c: Cand, tails: set[str]) -> str:
    """What one mention says of its name: "tail" (ends a body's name, also where the body's name
    begins its sentence: ``tails`` are the name's beginnings seen elsewhere), "body" (a body's kind
    around it), "reports" (a reporting verb after it), "place" or ""."""
    before = text[max(0, c.start - 80):c.start]
    if any(before.endswith(t) for t in tails):
        return "tail"
    if _BODY_BEFORE.search(before) or BODY_BEFORE.search(before) or BODY_APPOSITION.match(text, c.end) \
            or BODY_AFTER.match(text, c.end):
        return "body"
    if _PLACE_PREP.search(before[-18:]) or PLACE_NOUN_AFTER.match(text, c.end):
        return "place"
    if _REPORTS.match(text, c.end):
        return "reports"
    return ""


def _names_a_facility(text: str, name: str, shown_as_place: bool) -> bool:
    """Whether the report writes ``name`` as a facility's somewhere: in apposition to a facility
    noun ("Sefra City, a refugee camp"), or ending in a facility's word ("Kouankan Camp", "Orlan Park
    refugee camp"); a bare name before a facility noun only where nothing shows it as a place ("died
    in the Tarvena detention center" … "a teacher in Tarvena" is a town)."""
    if _FACILITY_END.search(name):
        return True
    last = name.split()[-1].lower()
    for m in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text):
        after = _FACILITY_AFTER.match(text, m.end())
        if after and (after.group().startswith(",") or last in FACILITY_WORDS or not shown_as_place):
            return True
    return False


def _body_tail(text: str, c: Cand) -> str | None:
    """The beginning of a body's name that ``c`` ends ("Journalists in " of "According to
    Journalists in Danger,"), when the whole is told as a body: a body's kind or "according to"
    before it, or a reporting verb after it (not "the Soussou in Lower Guinea")."""
    m = _NAME_BEFORE.search(text, max(0, c.start - 80), c.start)
    if m is None:
        return None
    if _BODY_WORD.search(text, max(0, m.start() - 30), c.start) or _REPORTS.match(text, c.end):
        return m.group()
    return None


def bodies_not_places(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """``cands`` with the places the report uses only as bodies retyped (organization) or dropped
    (the tail of a body's name), and the places that name facilities dropped."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "place":
            groups.setdefault(name_key(c.text), []).append(c)
    drop: set[int] = set()
    for key, group in groups.items():
        name = group[0].text
        if any(c.label in _GAZETTEER for c in group) or _known(name, home):
            continue
        tails = {t for c in group for t in [_body_tail(text, c)] if t}
        seen = {mention_evidence(text, c, tails) for c in group}
        if _names_a_facility(text, name, "place" in seen and not mostly_facility(text, name)):
            drop.update(id(c) for c in group)        # "King Abdullah Park refugee camp", "Kouankan Camp"
            continue
        if name.split()[-1].lower() in PLACE_WORDS:
            continue                                 # "… Region"
        if "place" in seen or not seen & {"body", "tail", "reports"} or (
                any(c.label in _RULED for c in group) and seen != {"tail"}):
            continue                                 # a place rule found it ("the town of X")
        if "tail" in seen or ("body" not in seen and re.search(r"[^s]s$", name)):
            drop.update(id(c) for c in group)        # "Journalists in Danger"; "Biharis reported": a people
        else:
            for c in group:
                c.type = "organization"              # "the nonprofit Equidad", "Oxfam reported"
    drop.update(id(c) for c in cands if c.type == "place" and inside_expansion(text, c.start, c.end))
    return [c for c in cands if id(c) not in drop] if drop else cands


def inside_expansion(text: str, start: int, end: int) -> bool:
    """Whether the place text[start:end] stands inside the expansion of an acronym defined right after it
    ("the Islamic State of Iraq and Syria (ISIS)"), and the expansion is no place itself, or inside the list
    of a day's title."""
    if inside_defined_name(text, start, end):   # the name written anywhere, "(ISIS-WA)", "(IDAHOBIT)"
        return True
    if inside_day_title(text, start, end):      # "International Day against Homophobia, Transphobia, and Biphobia"
        return True
    m = _ACRONYM_PAREN.match(text, _skip_name(text, end))
    if m is None:
        return False
    begin = _expansion_start(text, m.start(), m.group(1))
    if begin is None or begin >= start:
        return False
    expansion = text[begin:m.start()].strip()
    words = expansion.split()
    return not (gazetteer().countries(expansion) or words[-1].lower() in PLACE_WORDS
                or words[0].lower() in lexicon("entities")["side_words"])


def _skip_name(text: str, at: int) -> int:
    """The position after the rest of a name that goes on after ``at`` ("… and Syria| (ISIS)")."""
    m = re.compile(r"(?:\s+(?:and|of|the|&)\s+(?:the\s+)?[A-Z][\w’'\-]*|\s+[A-Z][\w’'\-]*)*\s*").match(text, at)
    return m.end() if m else at


def _expansion_start(text: str, end: int, acronym: str) -> int | None:
    """Where the words before ``end`` whose capitals spell ``acronym`` begin, or None."""
    words = list(re.finditer(r"[\w’'\-&]+", text[max(0, end - 160):end]))
    letters = acronym
    for w in reversed(words):
        word = w.group()
        if word.lower() in _LINKING:
            continue
        if not word[:1].isupper() or not letters or word[0] != letters[-1]:
            return None
        letters = letters[:-1]
        if not letters:
            return max(0, end - 160) + w.start()
    return None
