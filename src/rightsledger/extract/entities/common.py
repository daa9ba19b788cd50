"""Small shared pieces of entity extraction: the candidate record, the group one entity is linked
from, name keys, word shapes (capitalised, acronym, person-like, demonym) and the
English-frequency test.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from os.path import commonprefix

from ..lexicons.gazetteer import fold, gazetteer
from ..lexicons.frequency import zipf
from .lexicon import (
    COMMON, CONNECTORS, DEMONYM_AREAS, DEMONYM_I_ZIPF, FACILITY_AFTER, FOREIGN_TOWN_MIN, NAME_PART_ZIPF, ORG_HEADS,
    PARTICLES, PATRONYMIC_WORDS, TITLES,
)

#: A word: no white space or punctuation that separates words; the older reports' double
#: hyphen and the em and en dashes separate words too ("stations--Radio Congo", "coalition–Celine X").
WORD = re.compile(r"(?:(?!--)[^\s,;:()\[\]{}“”\"!?/—–])+")


POSS = re.compile(r"(?:['’]s|(?<=s)['’])$")


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}s?$")


PAREN = re.compile(r"\s*\(\s*([^()\n]{1,60}?)\s*\)")


TERMINAL = re.compile(r"[.?!:;\"”)’']\s*$")


#: a run-in label, also alone on its line ("Freedom of Movement:", then the text below it)
RUN_IN = re.compile(r"^([^.:\n]{3,160}):(?:\s|$)")


@dataclass
class Cand:
    start: int
    end: int
    text: str
    label: str                  # spaCy label or RULE_ORG / RULE_PLACE / COUNTRY / TOWN / ACRO
    roles: list[str] = field(default_factory=list)
    type: str | None = None
    pos: str = ""               # spaCy's part of speech of a one-token model span ("ADJ")


class Group:
    """The mentions one entity is linked from: its type, the forms written and how often, the spans, roles,
    gazetteer place and the forms seen only in parentheses. Pass 3 (``linking.py``) makes them; the place
    rules run after it and pass 4 (``mentions.py``) read them, so the record lives here, below them all."""
    __slots__ = ("type", "forms", "mentions", "roles", "place", "paren")

    def __init__(self, type_: str) -> None:
        self.type = type_
        self.forms: Counter = Counter()
        self.mentions: set[tuple[int, int]] = set()
        self.roles: list[str] = []
        self.place = None
        self.paren: set[str] = set()          # forms only seen in parentheses (acronyms, glosses)

    def add(self, c: Cand) -> None:
        if c.label == "ACRO" and c.text not in self.forms:
            self.paren.add(c.text)
        elif c.text in self.paren:
            self.paren.discard(c.text)
        self.forms[c.text] += 1
        self.mentions.add((c.start, c.end))
        for r in c.roles:
            if r not in self.roles and self.type == "person":
                self.roles.append(r)

    def join(self, g: "Group") -> None:
        """Group ``g``'s forms (with their counts) and mentions join this group's."""
        for f, n in g.forms.items():
            self.forms[f] += n
        self.mentions |= g.mentions


def absorb_group(groups: dict, absorb, g: "Group", h: "Group") -> None:
    """Join group ``g`` to ``h`` with ``absorb`` (``linking``'s: forms and mentions) and point every
    key of ``g`` to ``h``, so that no key keeps ``g`` apart. Callers may rely on nothing else."""
    keys = [k for k, o in groups.items() if o is g]
    if not keys or g is h:
        return
    absorb(groups, keys[0], h)
    for k in keys[1:]:
        groups[k] = h


def facility_name(text: str, c: Cand) -> bool:
    """A place or a person's name that names a facility where it stands ("Ngozi Prison", "the
    Mpimba central prison", "the Kakuma refugee camp"), also one the model took for a body
    without a body's head word ("the Wazirpur police station", "the Hogar Seguro orphanage"): no
    mention of an entity (a body's "Ministry of Justice building" stays the ministry's)."""
    return (c.type != "organization" or not org_heads(c.text.split())) and FACILITY_AFTER.match(text, c.end) is not None


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑](?=\w{3})")


def surnames_of(name: str) -> set[str]:
    """The folded forms of a full name's last word that the report may write alone: the word,
    and the word without its Arabic article ("Rani al-Zawahreh" … "Zawahreh")."""
    last = fold(name.split()[-1])
    return {last, _ARTICLE.sub("", last)}


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The key a name is grouped by: folded, without "the" in front and without a possessive."""
    k = fold(text)
    if k.startswith("the "):
        k = k[4:]
    return POSS.sub("", k)


def without_groups(cands: list[Cand], type_: str, drops: Callable[[list[Cand]], bool]) -> list[Cand]:
    """``cands`` without the candidates of ``type_`` whose group (by :func:`name_key`) ``drops`` holds for."""
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == type_:
            groups.setdefault(name_key(c.text), []).append(c)
    drop = {id(c) for group in groups.values() if drops(group) for c in group}
    return [c for c in cands if id(c) not in drop] if drop else cands


def is_cap(word: str) -> bool:
    """Whether ``word`` is capitalised as a name's word, also after an elided French article ("d’Ivoire") or
    a particle and hyphen ("al-Bashir")."""
    if not word:
        return False
    if word[0].isupper():
        return True
    if len(word) > 2 and word[0] in "dl" and word[1] in "’'" and word[2].isupper():
        return True                           # the elided French article: "Cote d’Ivoire"
    head, _, rest = word.partition("-")
    return bool(rest) and head.lower() in PARTICLES and rest[:1].isupper()


def is_acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: the acronym pattern, two capitals or more."""
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def is_common(word: str) -> bool:
    """Whether ``word`` is an ordinary English word (Zipf frequency at least ``COMMON``)."""
    return zipf(word) >= COMMON


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def org_heads(words: list[str]) -> list[str]:
    """The capitalised words of ``words`` that are head words of bodies (``ORG_HEADS``), lowercased."""
    return [w.lower() for w in words if w.lower() in ORG_HEADS and is_cap(w)]


#: a possessive right after a name ("X's", "X’")
POSSESSIVE_AFTER = re.compile(r"(?:’s|'s|’|')(?!\w)")


def after_phrase(phrase: "re.Pattern[str]", text: str, start: int, end: int, reach: int) -> bool:
    """Does ``phrase`` (a pattern anchored with ``$``) end right before the name at ``start``–``end``,
    searched in the ``reach`` characters before it, the name owning nothing ("X's")?"""
    return bool(phrase.search(text[max(0, start - reach):start])) and not POSSESSIVE_AFTER.match(text, end)


def inside_any(ranges: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether the span ``s``–``e`` overlaps any of ``ranges``."""
    return any(a < e and s < b for a, b in ranges)


def overlaps(a: Cand, b: Cand) -> bool:
    """Whether two candidates' spans overlap."""
    return a.start < b.end and b.start < a.end


def acronym_of(text: str, acr: str) -> bool:
    """Do the capitals of ``text`` spell ``acr`` ("National Television and Radio Company" → NTRC)?"""
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    target = re.sub(r"[^A-Za-z]", "", acr).upper()
    caps = "".join(w[0] for w in words if w[:1].isupper()).upper()
    every = "".join(w[0] for w in words if w.lower() != "the").upper()
    return target in (caps, every)


_INITIAL = re.compile(r"[A-Z]\.")


def person_shape(text: str, strict: bool = True) -> bool:
    """Whether ``text`` is shaped like a person's name: one to five capitalised words, particles or
    patronymic words, no digits, no acronym (a middle initial allowed)."""
    words = re.sub(r"[\"“”()]", "", text).replace("-", " ").split()   # a nickname in quotes or brackets
    if not 1 <= len(words) <= 5:
        return False
    for w in words:
        if not (is_cap(w) or w.lower() in PARTICLES or w.lower() in PATRONYMIC_WORDS):
            return False
        # all capitals is an acronym ("UN", "NGO"), but a middle initial "W." is a name's word
        if any(ch.isdigit() for ch in w) or (len(w) > 1 and w.isupper() and not _INITIAL.fullmatch(w)):
            return False
    return not strict or not all(is_common(w) for w in words if w.lower() not in PARTICLES)


_DEMONYM_END = re.compile(r"(?:ians?|ans?|eans?|ese|ish|is|i|ic)$")


def demonym(text: str, known_adjectives: set[str], places: set[str]) -> bool:
    """Nationality words taken for places or bodies: "Kazakhs", "Uzbek", "Karakalpaks"
    (a place name of the report or a country, minus "-stan"/"-istan"/"-ia"…)."""
    k = fold(text)
    stem = k[:-1] if k.endswith("s") else k
    if stem in known_adjectives or k in known_adjectives:
        return True
    gaz = gazetteer()
    if gaz.countries(text):
        return False                          # "Mali" is not an adjective of Malta
    countries = _country_prefixes(gaz, stem[:3])
    names = list(countries) + [p for p in places if p.startswith(stem[:3])]
    if any(n != stem and n.startswith(stem) and n[len(stem):] in ("stan", "istan") for n in names):
        return True                           # "Kazakh", "Uzbeks", "Karakalpak"
    m = _DEMONYM_END.search(k, 3)            # a stem of three letters at least ("Asi-an")
    if m:
        base = k[:m.start()]
        # a bare "-i" is a country's own name plus "i" ("Iraqi", "Pakistani", "Yemeni"), or an
        # English word ("Somali"), not a surname ("Sudi", "Armeni"); of the report's places the
        # looser shape stays ("Kirundi" beside "Kirundo")
        strict = m.group() == "i" and zipf(k) < DEMONYM_I_ZIPF
        if any(n.startswith(base) and len(n) - len(base) <= (0 if strict and n in countries else 3)
               and n not in (k, stem) for n in names):
            return True                       # "Ethiopian", "Nigeriens", "Liberians"
    return bool(re.search(r"(?:an|ian|ese|ish|ic|ean|ani)s$", k)) and any(
        n.startswith(stem[:-3]) for n in names)


def adjectival(words: list[str]) -> bool:
    """A name that ends in a nationality adjective ("Angolan", "West African", "Central
    Africans"): an adjective or a people, never a place."""
    return bool(words) and not is_acronym(words[-1]) and demonym(words[-1], set(), set()) \
        and not gazetteer().lookup(" ".join(words), alternates=False)


_PREFIX_CACHE: dict[str, list[str]] = {}


def foreign_country_word(word: str, home_code: str | None) -> bool:
    """``word`` (folded) names a country other than the report's (``home_code``): that country's
    name ("ukraine" in a report on Kazakhstan), or a word sharing all but its last two letters, four at
    least, with that country's name and with no name of the report's own ("ukrainian"; "kazakhstani"
    and "honduran" are the own country's; "dutch" names none)."""
    gaz = gazetteer()
    if (code := gaz.countries(word)) is not None:
        return code != home_code
    codes = {code for n in _country_prefixes(gaz, word[:3])
             if _country_stem(n, word) and (code := gaz.countries(n)) is not None}
    return bool(codes) and home_code not in codes


def _country_stem(name: str, word: str) -> bool:
    """``word`` shares all but the last two letters of the country name ``name``, four at least."""
    return len(commonprefix([name, word])) >= max(4, len(name) - 2)


def _country_prefixes(gaz, prefix: str) -> list[str]:
    if prefix not in _PREFIX_CACHE:
        _PREFIX_CACHE[prefix] = [n for n in gaz.country_names if n.startswith(prefix)] + [
            n for n in DEMONYM_AREAS if n.startswith(prefix)]
    return _PREFIX_CACHE[prefix]


def nationality_word(word: str) -> bool:
    """A nationality adjective before a person's name ("Ethiopian [Mengistu]", "Burundian",
    "Lebanese", "British"), not a first name that merely looks like one ("Liban [Abdi Warsame]",
    "Kenan"): an English word, or a country's name and the word share all but its last two
    letters, four at least."""
    if not demonym(word, set(), set()):
        return False
    if zipf(word) >= NAME_PART_ZIPF:
        return True                           # "British", "Ethiopian": an English word
    k = fold(word)
    for n in _country_prefixes(gazetteer(), k[:3]):
        if n in (k + "stan", k + "istan") or _country_stem(n, k):
            return True
    return False


def top_vote(votes: Counter | None) -> str | None:
    """The type with the most votes, or None."""
    return votes.most_common(1)[0][0] if votes else None


def spells(text: str, acr: str) -> bool:
    """Do the words of ``text`` spell ``acr`` one syllable or more each, in order ("Prison Care and
    Counseling Association" → PRISCCA, "Domestic Violence and Victim Support Unit" → DOVVSU)?
    Every capitalised word gives the acronym its first letter and maybe more of its letters; the
    connectors ("and", "of") give nothing. Stricter acronyms: ``acronym_of``."""
    words = [w for w in re.split(r"[\s\-]+", text) if w[:1].isupper()]
    target = re.sub(r"[^A-Za-z]", "", acr).upper()
    if not words or len(target) < len(words) or len(target) > 3 * len(words):
        return False

    @cache
    def fit(i: int, j: int) -> bool:        # words[i:] spell target[j:]
        if i == len(words):
            return j == len(target)
        word = words[i].upper()
        if j >= len(target) or target[j] != word[0]:
            return False
        k, pos = j + 1, 1
        while True:                          # the word's first letter, then a run of its letters in order
            if fit(i + 1, k):
                return True
            if k >= len(target):
                return False
            pos = word.find(target[k], pos)
            if pos < 0:
                return False
            k, pos = k + 1, pos + 1
    return fit(0, 0)


def big_place(word: str) -> bool:
    """A country, a region or a large town: not a small namesake of a first name ("Beatrice")."""
    place = gazetteer().lookup(word, alternates=False)
    return place is not None and (place.kind != "city" or place.population >= FOREIGN_TOWN_MIN)


def holder_words(words: list[str], last_common: bool = False) -> bool:
    """Words that may be a person's name after a body's: no head word, title, acronym, connector,
    country or large place, the last no ordinary word (unless ``last_common``: a family name that is an
    ordinary English word, "Gordon", where the caller has other evidence)."""
    gaz = gazetteer()
    return person_shape(" ".join(words)) and (last_common or not is_common(words[-1])) and not any(
        org_heads([w]) or w.lower() in TITLES or w.lower() in CONNECTORS or is_acronym(w)
        or gaz.countries(w) or big_place(w) for w in words)
