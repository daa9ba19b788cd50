"""Names of peoples and armed groups, decided once for the whole report from the nouns
around them (issue 14): "the Kunama ethnic group", "ethnic Peuhl", "Gio and Mano persons",
"the Yibir clan" make the name a people, which is never an entity, wherever else it stands
("the Kunama", "Kunama insurgents"); "Cocoye militiamen", "the former Cobra militia",
"Ninja rebels" make the name an armed group, an organisation, also where it stands alone.

The nouns are data (``group_nouns``, ``group_words_before``, ``armed_group_nouns`` in
``extract/data/entities.toml``). A list of names before the noun shares it: "the Lari, Teke,
and Vili ethnic groups" makes all three peoples; so does a list the noun introduces
("minority groups include the Bantu, the Benadiri, …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...lexicons.gazetteer import fold, gazetteer
from ..common import is_common, demonym, name_key
from ..lexicon import (
    ARMED_GROUP_NOUNS, ARMED_LIST_NOUNS, ARMED_NAME_PREFIXES, ATTRIBUTIVE, GENERIC, GROUP_LIST_NOUNS,
    GROUP_MEMBER_NOUNS, GROUP_NOUNS, GROUP_WORDS_BEFORE, LEADING_NOISE, PLACE_WORDS, TITLES,
)

_NAME = r"[A-Z][\w’'\-]*[\w]"
_ITEM = rf"[\"“]?{_NAME}(?:\s+{_NAME})?[\"”]?"
_LONG_ITEM = rf"[\"“]?{_NAME}(?:\s+{_NAME}){{0,2}}[\"”]?"     # "Mai Mai Lumumba"
#: an armed group's name may hold a number after its first word: "the Barrio 18 gang", "the Baz 5
#: Segond gang" (t-ents5; a gang is a body, as MS-13 in the 2018 El Salvador gold). Not before it:
#: "some 300 Cobra militiamen" is a count.
_ARMED_ITEM = rf"[\"“]?{_NAME}(?:\s+(?:{_NAME}|\d{{1,3}}\b)){{0,2}}[\"”]?"
_LIST = rf"{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s+(?:and|or)\s+{_ITEM})?"
#: a list of at least two names ("Gio and Mano", "Malinke, Soussou, and Forestier")
_ANY_LIST = re.compile(rf"{_ITEM}(?:(?:\s*,\s*{_ITEM})+(?:\s*,?\s+(?:and|or)\s+{_ITEM})?"
                       rf"|\s+(?:and|or)\s+{_ITEM})")
#: a singular word for an armed group after a name with a number in it ("Barrio 18 gang")
_ONE_GROUP = re.compile(r"\s+(?:gang|cartel|militia)\b")
#: a place preposition right before the list: "In Puntland clan elders …" is not a clan
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ff]rom|[Tt]o|[Aa]t|[Nn]ear)\s+$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}" for n in GROUP_NOUNS)   # "Peoples"
    armed = "|".join(re.escape(n) for n in ARMED_GROUP_NOUNS)
    before = "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" for w in sorted(GROUP_WORDS_BEFORE))
    return (re.compile(rf"({_LIST})\s+(?:{nouns})\b"),
            re.compile(rf"\b(?:{before})\s+({_NAME}(?:\s+{_NAME})?)"),
            re.compile(rf"({_ARMED_ITEM})\s+(?:{armed})\b"))


#: what joins a list to the noun that introduces it: "include(d)", "such as", a colon, a dash (a
#: comma may come first: "a few communities, including the Maasai … and Samburu")
_INTRO = r"(?:\s*\([^)]*\))?(?:,?\s+(?:include[sd]?|including|such\s+as|namely|are|were|comprised?)\s+|\s*(?::|–|—|--)\s*)"
#: the end of the list: the end of its sentence
_SENTENCE_END = re.compile(r"(?<![A-Z])\.(?=\s|$)|\n")
#: one piece of the list: a name of one to four capitalised words
_PIECE = re.compile(rf"(?:(?:and|or|the|both)\s+)*[\"“]?({_NAME}(?:\s+{_NAME}){{0,3}})[\"”]?")


def _introduced(text: str, start: int, end: int, nouns: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The names of the lists that ``nouns`` introduce in ``text[start:end]``: "Minority groups
    and low-caste clans include the Bantu (the largest minority group), the Benadiri, Rer Hamar,
    …", "These RMGs included the APCLS; …; Nyatura; Raia Mutomboki; and the following Mai-Mai
    groups: Cheka, Gedeon, …". Pieces that are not bare names ("the following Mai-Mai groups")
    are skipped; a parenthesis is no piece."""
    alternatives = "|".join(re.escape(n) for n in nouns)
    intro = re.compile(rf"\b(?i:{alternatives})\b" + _INTRO)
    out: list[tuple[int, int, str]] = []
    for m in intro.finditer(text, start, end):
        stop = _SENTENCE_END.search(text, m.end(), end)
        lo, hi = m.end(), stop.start() if stop else end
        pos = lo
        for sep in list(re.finditer(r"\([^)]*\)|[,;/:–—]|--|\s(?:and|or)\s", text[lo:hi])) + [None]:
            piece = text[pos:lo + sep.start() if sep else hi]
            s0 = pos + len(piece) - len(piece.lstrip())
            p = _PIECE.fullmatch(piece.strip())
            if p is not None:
                out.append((s0 + p.start(1), s0 + p.end(1), p.group(1)))
            if sep is not None:
                pos = lo + sep.end()
    return sorted(set(out))


def _prefixed_armed(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Militias named by a militia word and a name: "Mai Mai Morgan", "Mai-Mai Yakutumba"."""
    return [(m.start(), m.end(), m.group()) for m in _prefix_pattern().finditer(text, start, end)]


@lru_cache(maxsize=1)
def _prefix_pattern() -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in ARMED_NAME_PREFIXES)
    return re.compile(rf"\b(?:{prefixes})(?:\s+(?!(?i:groups?\b|militias?\b)){_NAME})?\b")


@dataclass
class Groups:
    """Keys (``name_key``) of the report's peoples and armed groups; spans of the armed groups."""
    peoples: set[str] = field(default_factory=set)
    armed: set[str] = field(default_factory=set)
    armed_spans: list[tuple[int, int]] = field(default_factory=list)

    def is_people(self, key: str) -> bool:
        return key in self.peoples or (key.endswith("s") and key[:-1] in self.peoples)

    def is_armed(self, key: str) -> bool:
        return key in self.armed or (key.endswith("s") and key[:-1] in self.armed)


def _items(chunk: str, start: int, item: str = _ITEM) -> list[tuple[int, int, str]]:
    """The names of a list ("Malinke, Soussou, and Forestier"), each without leading noise
    words, an owner, a religion, a nationality or an alliance ("the President’s Mbochi", "Muslim
    Mandingo", "Rwandan Hutu", "the G-9-allied Belekou gang" → "Mbochi", "Mandingo", "Hutu",
    "Belekou"), with absolute offsets."""
    out = []
    for m in re.finditer(item, chunk):
        s, e = m.span()
        while chunk[s] in "\"“":
            s += 1
        while chunk[e - 1] in "\"”":
            e -= 1
        words = chunk[s:e].split()
        while len(words) >= 2 and (words[0].lower() in LEADING_NOISE or words[0].lower() in TITLES
                                   or name_key(words[0]) in GENERIC or name_key(words[0]) != fold(words[0])
                                   or demonym(words[0], set(), set()) or ATTRIBUTIVE.search(words[0])
                                   or words[0].isdigit()):       # "some 300 Cobra militiamen"
            s += len(words[0]) + 1
            words = words[1:]
        name = chunk[s:e]
        if name_key(name) != fold(name):
            continue                          # "Yusuf’s militia": an owner, not the group
        if name.lower() in ("and", "or") or name_key(name) in GENERIC or re.search(r"-[a-z]+$", name):
            continue                          # "Darfur-based": not a name on its own
        out.append((start + s, start + e, name))
    return out


def _placed(text: str, name: str, armed: bool = False) -> bool:
    """Does the report also use ``name`` as a place ("in Kono", "Kono District")? For an armed
    group's name (``armed``) "from"/"to" prove nothing ("fled from Boko Haram", "loyal to …") and
    neither does "in" before a noun the name qualifies ("killed in Boko Haram attacks")."""
    preps = "in|near|at" if armed else "in|from|to|near|at"
    after = r"(?![’'\-])(?!\s+(?:and\s+[\w\-]+\s+)?[a-z])" if armed else r"(?![’'\-])"
    pattern = r"\b(?:%s)\s+%s\b%s|\b%s\s+(?i:%s)\b" % (
        preps, re.escape(name), after, re.escape(name), "|".join(PLACE_WORDS))
    return re.search(pattern, text) is not None


def _titled(text: str, name: str) -> bool:
    """Is the full name ``name`` somewhere written after a title ("warlord Muse Sudi")?"""
    if " " not in name:
        return False
    members = "|".join(GROUP_MEMBER_NOUNS)
    for m in re.finditer(r"([\w.]+)\s+" + re.escape(name) + rf"\b(?!\s+(?:{members})\b)", text):
        if m.group(1).lower() in TITLES:
            return True                       # not "former Boko Haram fighters": the fighters are
    return False


def _usable(name: str) -> bool:
    """Not a country, not a title or ordinary capitalised English word."""
    words = name.split()
    if gazetteer().countries(name) or words[0].lower() in LEADING_NOISE:
        return False
    return not all(is_common(w) or w.lower() in TITLES for w in words)


def find_groups(text: str, ranges: list[tuple[int, int]]) -> Groups:
    """Peoples and armed groups named in the prose ``ranges`` of ``text``."""
    listed, before, armed = _patterns()
    out = Groups()
    for start, end in ranges:
        chunk = text[start:end]
        for m in listed.finditer(chunk):
            for s, _, name in _items(m.group(1), start + m.start(1)):
                if _usable(name) and not _PLACE_BEFORE.search(text, max(0, s - 6), s) \
                        and not _placed(text, name):
                    out.peoples.add(name_key(name))
        for m in before.finditer(chunk):
            name = m.group(1)
            if _usable(name) and not _placed(text, name):
                out.peoples.add(name_key(name))
                out.peoples.add(name_key(name.split()[0]))
    # a list that names a people names peoples: "mostly Malinke, Soussou, and Forestier residents"
    if out.peoples:
        gaz = gazetteer()
        for start, end in ranges:
            for m in _ANY_LIST.finditer(text, start, end):
                items = _items(m.group(0), m.start())
                if not any(name_key(n) in out.peoples for _, _, n in items):
                    continue
                for s, _, name in items:
                    if _usable(name) and not _placed(text, name) and not gaz.lookup(name) \
                            and not _PLACE_BEFORE.search(text, max(0, s - 6), s):
                        out.peoples.add(name_key(name))
    for start, end in ranges:
        for _, _, name in _introduced(text, start, end, GROUP_LIST_NOUNS):
            if _usable(name) and not _placed(text, name) and not demonym(name, set(), set()):
                out.peoples.add(name_key(name))
    lower = set(re.findall(r"(?<![\w’'])[a-z][a-z\-]+", text))
    for start, end in ranges:
        for s, e, name in _introduced(text, start, end, ARMED_LIST_NOUNS) + _prefixed_armed(text, start, end):
            key = name_key(name)
            if _usable(name) and not out.is_people(key) and not demonym(name, set(), set()) \
                    and not _titled(text, name) and not _placed(text, name):
                out.armed.add(key)
                out.armed_spans.append((s, e))
    for start, end in ranges:
        chunk = text[start:end]
        for m in armed.finditer(chunk):
            for s, e, name in _items(m.group(1), start + m.start(1), _ARMED_ITEM):
                key = name_key(name)
                if not _usable(name) or out.is_people(key) or demonym(name, set(), set()) \
                        or (" " not in key and fold(name) in lower) or _titled(text, name) \
                        or _placed(text, name, armed=" " in name) \
                        or re.search(r"\d", name) and not _ONE_GROUP.match(text, e):
                    continue                  # "Cobra 12 militiamen": a count, not "Barrio 18 gang"
                out.armed.add(key)
                out.armed_spans.append((s, e))
    return out
