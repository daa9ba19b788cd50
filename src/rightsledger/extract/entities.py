"""People, organisations and places of one report, linked within the report.

``extract_entities(annotated)`` works in four passes over the parsed paragraphs:

1. **candidates**: spaCy's PERSON/ORG/GPE/LOC/FAC spans, cleaned (no leading "the", no
   possessive, no titles, no trailing punctuation, no heading lines), plus rule
   candidates: capitalised phrases with an organisation head word ("Ministry of …",
   "… Court", extended over "of/for/and/on/against" continuations), "X Region" places,
   country names, gazetteer towns after place prepositions, and acronyms defined in
   parentheses ("Human Rights Watch (HRW)").
2. **types**: one type per surface form for the whole report, by weighted votes (rules
   outweigh the model; a single word that is the surname of a full name is a person; a
   single word mostly written "the X" is a body, not a person; a two- or three-word name
   with person evidence and no organisation word is a person, whatever spaCy said).
3. **linking**: persons by full name, then surname-only and misspelt forms join the full
   name (see ``_link_persons``); organisations by their content words ("Ministry of
   Justice" = "Justice Ministry") and acronyms; places by their gazetteer entry.
4. **mentions**: every further occurrence of a name or alias in the prose is a mention.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..records import Entity
from .gazetteer import (
    DOCUMENT_WORDS,
    GENERIC,
    IN_OK,
    KIND_RULES,
    LEADING_NOISE,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    PARTICLES,
    PLACE_WORDS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SURNAME_SUFFIX,
    TITLES,
    fold,
    gazetteer,
    zipf,
)

if TYPE_CHECKING:
    from .annotate import Annotated

SPACY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
CONNECTORS = {"of", "for", "and", "on", "against", "in", "the", "de", "du", "des", "la",
              "to", "&"}
PLACE_PREPS = {"in", "from", "to", "near", "at", "outside", "across", "toward", "towards",
               "into", "through", "throughout", "between", "around", "of", "and", "visited",
               "within"}
COMMON = 4.0      # Zipf frequency from which a word is ordinary English

_WORD = re.compile(r"[^\s,;:()\[\]{}“”\"!?/]+")
_POSS = re.compile(r"(?:['’]s|(?<=s)['’])$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}s?$")
_PAREN = re.compile(r"\s*\(\s*([^()\n]{1,60}?)\s*\)")
_TERMINAL = re.compile(r"[.?!:;\"”)’']\s*$")
_RUN_IN = re.compile(r"^([^.:\n]{3,160}):\s")


@dataclass
class Cand:
    start: int
    end: int
    text: str
    label: str                  # spaCy label or RULE_ORG / RULE_PLACE / COUNTRY / TOWN / ACRO
    roles: list[str] = field(default_factory=list)
    type: str | None = None


# --------------------------------------------------------------------------- helpers

def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    k = fold(text)
    if k.startswith("the "):
        k = k[4:]
    return _POSS.sub("", k)


def _is_cap(word: str) -> bool:
    if not word:
        return False
    if word[0].isupper():
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and head.lower() in PARTICLES and rest[:1].isupper()


def _is_acronym(word: str) -> bool:
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def _common(word: str) -> bool:
    return zipf(word) >= COMMON


def _edit(a: str, b: str, limit: int = 2) -> int:
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


def _heads(words: list[str]) -> list[str]:
    return [w.lower() for w in words if w.lower() in ORG_HEADS and _is_cap(w)]


# --------------------------------------------------------------------------- masks

def _masked_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Heading lines and run-in topic labels inside a paragraph (absolute offsets)."""
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        body = line.strip()
        if not body:
            continue
        words = body.split()
        if body.startswith("#") or (len(words) <= 20 and not _TERMINAL.search(body)):
            out.append((s, e))
            continue
        m = _RUN_IN.match(body)
        if m:
            label = m.group(1).split()
            content = [w for w in label if w.lower() not in CONNECTORS]
            caps = sum(1 for w in content if w[:1].isupper())
            if len(label) <= 16 and content and caps / len(content) >= 0.6:
                lead = len(line) - len(line.lstrip())
                out.append((s + lead, s + lead + m.end(1) + 1))
    return out


def _inside(ranges: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in ranges)


# --------------------------------------------------------------------------- cleaning

def _clean(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim a span: newlines, quotes, leading "the", possessive, trailing punctuation."""
    seg = text[s:e]
    cut = re.search(r"\s*[(,;/]", seg)
    if cut and cut.start() > 0:
        e = s + cut.start()
        seg = text[s:e]
    m = re.search(r"['’]s\s+", seg)
    if m and m.start() > 0 and not _heads(seg[m.end():].split()):
        e = s + m.start()
        seg = text[s:e]
    if "\n" in seg:
        parts = seg.split("\n")
        best = max(range(len(parts)), key=lambda i: len(parts[i].strip()))
        s += sum(len(p) + 1 for p in parts[:best])
        e = s + len(parts[best])
    changed = True
    while changed and e > s:
        changed = False
        seg = text[s:e]
        m = re.match(r"^(?:[\s“”\"'‘’(\[-]+|(?:the|The|THE|NGOs?)\s+)", seg)
        if m and m.end() < len(seg):
            s += m.end()
            changed = True
            continue
        m = _POSS.search(seg)
        if m and m.start() > 0:
            e = s + m.start()
            changed = True
            continue
        m = re.search(r"[\s“”\"'‘’()\[\],.;:!?-]+$", seg)
        if m and m.start() > 0:
            cut = m.start()
            # keep the full stop of an abbreviation ("U.S.", "Jr.", "St.")
            if seg[m.start():].startswith(".") and re.search(r"(?:\b[A-Z]\.[A-Z]|\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp))$", seg[:cut]):
                cut += 1
            if cut < len(seg):
                e = s + cut
                changed = True
                continue
        m = re.search(r"\s+(?:and|of|for|the|in|on|to|&)$", seg)
        if m:
            e = s + m.start()
            changed = True
    return (s, e) if e > s else None


def _strip_titles(text: str, s: int, e: int) -> tuple[int, int, list[str]]:
    """Remove leading titles and role words ("Judge", "President", "activist")."""
    roles: list[str] = []
    taken: list[str] = []
    while True:
        m = re.match(r"([A-Za-z][\w.\-]*)\s+", text[s:e])
        if not m:
            break
        word = m.group(1)
        rest = text[s + m.end():e]
        if word.lower().rstrip(".") in TITLES or word.lower() in TITLES:
            if not rest[:1].isupper():
                break
            taken.append(word)
            s += m.end()
            continue
        break
    if taken:
        roles.append(" ".join(taken).lower().replace(".", ""))
    return s, e, roles


_ROLE_OF = re.compile(r"\b((?:(?:former|deputy|vice|acting)\s+)?(?:mayor|governor|head|chairman|chairwoman|chair|director|leader|"
                      r"president|minister|editor|founder|member|spokesperson|spokesman|commander|"
                      r"chief|secretary|speaker|akim|prosecutor|judge|ombudsman|coordinator|owner|"
                      r"deputy|representative|rector|dean)\s+of\s+[^,;.()]{1,60}),\s*$")


def _role_before(text: str, s: int, floor: int) -> str | None:
    """A role phrase right before a name: "journalist X", "opposition leader X",
    "the mayor of Lisk, X"."""
    m = _ROLE_OF.search(text, max(floor, s - 90), s)
    if m:
        return m.group(1)
    window = text[max(floor, s - 60):s]
    words = window.split()
    if not words or window[-1:] not in (" ", "\u00a0"):
        return None
    taken: list[str] = []
    for w in reversed(words):
        lw = w.lower().rstrip(",")
        if w.endswith(",") or w.endswith("."):
            break
        if not taken:
            if lw in ROLE_NOUNS or (lw.endswith("s") and lw[:-1] in ROLE_NOUNS):
                taken.append(lw)
                continue
            break
        if lw in ROLE_MODIFIERS or lw in ROLE_NOUNS:
            if lw == "the":
                break
            taken.append(lw)
            continue
        break
    return " ".join(reversed(taken)) if taken else None


_APPOS = re.compile(r",\s+(?:(?:a|an|the)\s+)?((?:[\w’'\-]+\s+){0,6}?[\w’'\-]+)\s*(?=[,.;)])")


def _role_after(text: str, e: int) -> str | None:
    """An apposition after a name: "X, a journalist," / "X, head of the Y party,"."""
    m = _APPOS.match(text, e, min(len(text), e + 90))
    if not m:
        return None
    phrase = m.group(1)
    words = phrase.lower().split()
    article = re.match(r",\s+(?:a|an|the)\s", m.group(0)) is not None
    if not article and words[0] not in ROLE_NOUNS and words[0] not in ROLE_MODIFIERS:
        return None
    if any(w[:1].isupper() for w in phrase.split()[:1]) and not article:
        return None
    if words[0] in ("who", "which", "whose", "where", "when", "and", "but", "while", "was",
                    "is", "had", "has", "said", "stated", "according", "reportedly"):
        return None
    if words[0] in ROLE_NOUNS and (len(words) == 1 or words[1] in ("of", "at", "for", "in")):
        return phrase
    if any(w in ROLE_NOUNS for w in words[:4]) and len(words) <= 5 and not any(
            c.isdigit() for c in phrase):
        return phrase
    return None


# --------------------------------------------------------------------------- candidates

@dataclass
class _Word:
    s: int
    e: int
    core: str
    poss: bool
    brk: bool      # punctuation or a line break follows


_ABBREV_END = re.compile(r"(?:\b[A-Z]\.[A-Z]\.?|\b(?:St|Jr|Sr|Mr|Ms|Mrs|Dr|Inc|Ltd|Co)\.)$")


def _words(text: str, start: int, end: int) -> list[_Word]:
    """Word tokens of a paragraph with their possessive stripped and a flag for a break
    (punctuation or a line break) after them."""
    out: list[_Word] = []
    matches = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    for i, (s, e, raw) in enumerate(matches):
        m_end = e
        brk = False
        while raw and raw[-1] in ".’'‘-":
            if raw.endswith(("’s", "'s")) or (raw[-1] in "’'" and raw[-2:-1] == "s"):
                break
            if raw[-1] == "." and _ABBREV_END.search(raw):
                break
            raw = raw[:-1]
            e -= 1
            brk = True
        while raw and raw[0] in "‘'’-":
            raw = raw[1:]
            s += 1
        if not raw:
            continue
        poss = len(raw) > 2 and raw[-1] in "s’'" and bool(_POSS.search(raw))
        core = _POSS.sub("", raw) if poss else raw
        if not brk:
            nxt = matches[i + 1][0] if i + 1 < len(matches) else end
            gap = text[m_end:nxt]
            brk = not gap or "\n" in gap or not gap.isspace()
        if poss:
            e = s + len(core)
        out.append(_Word(s, e, core, poss, brk))
    return out


def _phrases(words: list[_Word], text: str) -> Iterable[list[_Word]]:
    """Maximal runs of capitalised words joined by connectors, broken at punctuation."""
    i, n = 0, len(words)
    while i < n:
        if not _is_cap(words[i].core):
            i += 1
            continue
        run = [words[i]]
        j = i
        while not run[-1].brk and (not run[-1].poss or all(
                w.core.lower() in OWNER_TITLES for w in run) or _plural_possessive(run[-1])):
            k = j + 1
            conn: list[_Word] = []
            while k < n and words[k].core.lower() in CONNECTORS and not words[k].core[:1].isupper() \
                    and not words[k].brk and len(conn) < 2:
                conn.append(words[k])
                k += 1
            if k >= n or not _is_cap(words[k].core):
                break
            if conn:
                cw = [c.core.lower() for c in conn]
                if cw[0] == "the" or (cw[0] == "and" and "the" in cw) or cw == ["to"]:
                    break
                if cw[0] == "in" and words[k].core.lower() not in IN_OK:
                    break
                if cw[0] == "and" and (_heads([w.core for w in run]) or _is_acronym(run[-1].core)) \
                        and (_has_head_ahead(words, k) or _is_acronym(words[k].core)):
                    break
            run.extend(conn)
            run.append(words[k])
            j = k
        yield run
        i = j + 1


PLURAL_OWNERS = {"women", "children", "people", "peoples", "men", "youth", "workers",
                 "journalists", "veterans", "mothers", "farmers", "lawyers", "citizens",
                 "students", "nations", "soldiers", "victims", "writers", "teachers",
                 "miners", "employers", "entrepreneurs", "parents", "prisoners"}


def _plural_possessive(w: _Word) -> bool:
    """"Women’s", "People's", "Journalists’": possessives that belong inside a name."""
    return w.core.lower() in PLURAL_OWNERS or w.core.lower().endswith("s") and w.core[:1].isupper() \
        and w.core.lower().rstrip("s") in PLURAL_OWNERS


def _has_head_ahead(words: list[_Word], k: int) -> bool:
    """Does the capitalised run starting at ``k`` contain an organisation head word?"""
    while k < len(words):
        w = words[k]
        if w.core.lower() in ORG_HEADS and _is_cap(w.core):
            return True
        if w.brk or w.poss or w.core == "and" or not (
                _is_cap(w.core) or w.core.lower() in CONNECTORS):
            return False
        k += 1
    return False


def _trim(run: list[_Word]) -> list[_Word]:
    """Drop sentence-initial noise, titles, document words and dangling connectors."""
    while run and (run[0].core.lower() in LEADING_NOISE or run[0].core.lower() in CONNECTORS
                   or run[0].core.lower() in MONTHS_SET):
        run = run[1:]
    while run and run[-1].core.lower() in CONNECTORS:
        run = run[:-1]
    # "Report of the Committee …" → "Committee …"
    while len(run) > 2 and run[0].core.lower() in DOCUMENT_WORDS and \
            run[1].core.lower() in ("of", "by", "on"):
        run = run[2:]
        while run and run[0].core.lower() in CONNECTORS:
            run = run[1:]
    # "Government and ECOMOG" → "ECOMOG"; "Ministry of Labor and NGOs" → "Ministry of Labor"
    while len(run) > 2 and run[0].core.lower() in GENERIC and run[1].core in ("and", "or"):
        run = run[2:]
    while len(run) > 2 and run[-2].core in ("and", "or") and (
            run[-1].core.lower() in GENERIC or run[-1].core.lower() in NON_ORG_ACRONYMS):
        run = run[:-2]
    # "British Broadcasting Corporation Freetown" → without the town
    if len(run) > 2 and run[-2].core.lower() in ORG_HEADS and gazetteer().lookup(run[-1].core) \
            and not run[-1].core.lower() in ORG_HEADS:
        run = run[:-1]
    # "Supreme Court Judge" → "Supreme Court"
    while len(run) > 1 and run[-1].core.lower() in TRAILING_TITLES and \
            run[-2].core.lower() in ORG_HEADS:
        run = run[:-1]
    return run


def _split_run(run: list[_Word], persons: list[tuple[int, int]]) -> list[list[_Word]]:
    """Cut a capitalised run where it holds a person or several bodies:
    "Judge Jane Roe of the City Court" → [Judge Jane Roe] [City Court];
    "Human Rights Division of the Ministry of Justice" → two bodies."""
    if not run:
        return []
    for ps, pe in persons:
        if run[0].s <= ps < run[-1].e or run[0].s < pe <= run[-1].e:
            before = [w for w in run if w.e <= ps]
            after = [w for w in run if w.s >= pe]
            if (after and after[0].core in CONNECTORS) or (not after and before):
                return [r for r in (before, after) if r]
    # "Deputy Speaker of the House Jane Roe", "Department of Education Jane Roe"
    tail = 0
    while tail < min(3, len(run) - 1) and _is_cap(run[-1 - tail].core) and \
            run[-1 - tail].core.lower() not in ORG_HEADS and run[-1 - tail].core not in CONNECTORS \
            and not _is_acronym(run[-1 - tail].core):
        tail += 1
    while tail > 2 and (run[-tail - 1].core in CONNECTORS or _common(run[-tail].core)):
        tail -= 1
    if tail >= 2 and run[-tail - 1].core not in CONNECTORS and _heads([w.core for w in run[:-tail]]) \
            and _person_shape(" ".join(w.core for w in run[-tail:])) and not _common(run[-1].core) \
            and (run[0].core.lower() in TITLES or SURNAME_SUFFIX.search(run[-1].core.lower())):
        return _split_run(run[:-tail], persons) + [("PERSON", run[-tail:])]  # type: ignore[list-item]
    # "Deputy Speaker of the House", "President of the Supreme Court": only the body
    if run[0].core.lower() in TITLES and run[0].core.lower() not in ORG_HEADS:
        for i, w in enumerate(run):
            if w.core == "of":
                j = i + 1 + (i + 1 < len(run) and run[i + 1].core == "the")
                if all(x.core.lower() in TITLES or x.core in CONNECTORS for x in run[:i]):
                    return [run[j:]] if j < len(run) else []
                break
    cores = [w.core for w in run]
    for i, w in enumerate(run):
        if w.core != "of" or i == 0:
            continue
        j = i + 1 + (i + 1 < len(run) and run[i + 1].core == "the")
        left, right = cores[:i], cores[j:]
        if not right:
            continue
        if not _heads(left) and _heads(right) and not _is_acronym(left[-1]):
            return [run[:i], run[j:]]      # "Marta Kovel of the Confederation …"
        if len(left) >= 2 and _heads(left) and _heads(right) and right[0].lower() in STRONG_HEADS \
                and not all(x.lower() in OWNER_TITLES for x in right):
            return [run[:i], run[j:]]      # "… Division of the Ministry of Justice"
    return [run]


STRONG_HEADS = {"ministry", "ministries", "department", "agency", "committee", "commission",
                "council", "office", "parliament", "senate", "court", "tribunal", "party",
                "police", "army", "union", "federation", "organization", "organisation"}
FACILITY_WORDS = {"airport", "stadium", "prison", "jail", "hospital", "camp", "camps",
                  "market", "bridge", "road", "street", "avenue", "square", "building",
                  "hotel", "station", "palace", "compound", "barracks", "cemetery", "port",
                  "highway", "mall", "cathedral", "facility", "colony", "center's", "park"}
SIDE_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "central", "upper", "lower", "haut", "bas", "high", "greater", "little", "new",
              "old", "nord", "sud", "northeast", "northwest", "southeast", "southwest"}
SIDE_SUFFIX = {"oriental", "occidental", "orientale", "occidentale", "nord", "sud", "north",
               "south", "east", "west", "central", "centre", "centrale"}
PLACE_PREFIX = {"port", "fort", "mount", "lake", "cape", "san", "santa", "sao", "saint",
                "st.", "bay", "gulf", "lower", "upper", "greater"}


def _acronym_of(text: str, acr: str) -> bool:
    """Do the capitals of ``text`` spell ``acr`` ("National Television and Radio Company" → NTRC)?"""
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    target = re.sub(r"[^A-Za-z]", "", acr).upper()
    caps = "".join(w[0] for w in words if w[:1].isupper()).upper()
    every = "".join(w[0] for w in words if w.lower() != "the").upper()
    return target in (caps, every)


def _join_with_acronym(text: str, out: list[Cand]) -> list[Cand]:
    """"United Nations Mission in Liberia (UNMIL)": join pieces the acronym spells together;
    "Lord’s Resistance Army (LRA)": take in the owner the acronym spells."""
    joined: list[Cand] = []
    for c in out:
        if c.label == "RULE_ORG":
            owner = re.search(r"\b([A-Z][\w\-]+)['’]s\s+$", text[max(0, c.start - 30):c.start])
            m = _PAREN.match(text, c.end)
            if owner and m and _is_acronym(m.group(1)) and not _acronym_of(c.text, m.group(1)) \
                    and _acronym_of(owner.group(1) + " " + c.text, m.group(1)):
                o = c.start - (len(owner.group(0)))
                c = Cand(o, c.end, text[o:c.end], "RULE_ORG")
        if joined and joined[-1].label == "RULE_ORG":
            prev = joined[-1]
            gap = text[prev.end:c.start]
            if re.fullmatch(r"\s+(?:and|in|of|for|on|with|to)(?:\s+the)?\s+", gap):
                m = _PAREN.match(text, c.end)
                if m and _is_acronym(m.group(1)) and _acronym_of(text[prev.start:c.end], m.group(1)) \
                        and not _acronym_of(c.text, m.group(1)):
                    joined[-1] = Cand(prev.start, c.end, text[prev.start:c.end], "RULE_ORG")
                    continue
        joined.append(c)
    return joined


def _rule_candidates(text: str, words: list[_Word], persons: list[tuple[int, int]],
                     home: str | None) -> list[Cand]:
    gaz = gazetteer()
    out: list[Cand] = []
    index = {id(w): i for i, w in enumerate(words)}
    for whole in _phrases(words, text):
        for run in _split_run(_trim(whole), persons) if _trim(whole) else []:
            if isinstance(run, tuple):            # a name split off an organisation
                ps, pe = run[1][0].s, run[1][-1].e
                out.append(Cand(ps, pe, text[ps:pe], "PERSON"))
                continue
            run = _trim(run)
            if run:
                _classify_run(text, run, words, index, gaz, home, out)
    return _join_with_acronym(text, out)


def _classify_run(text, run, words, index, gaz, home, out) -> None:
    cores = [w.core for w in run]
    lowers = [c.lower() for c in cores]
    s, e = run[0].s, run[-1].e
    titles_only = all(x in TITLES or x in OWNER_TITLES or x in CONNECTORS for x in lowers)
    if lowers[0] in TITLES and lowers[0] not in ORG_HEADS and len(run) >= 3:
        tail = 0
        while tail < min(3, len(run) - 1) and _is_cap(cores[-1 - tail]) and \
                lowers[-1 - tail] not in ORG_HEADS and lowers[-1 - tail] not in TITLES and \
                cores[-1 - tail] not in CONNECTORS and not _is_acronym(cores[-1 - tail]):
            tail += 1
        while tail > 2 and (cores[-tail - 1] in CONNECTORS or _common(cores[-tail])):
            tail -= 1
        if tail >= 2 and not _common(cores[-1]) and cores[-tail - 1] not in CONNECTORS and \
                not gazetteer().lookup(cores[-1]):
            ps = run[-tail].s
            out.append(Cand(ps, e, text[ps:e], "PERSON", [text[s:run[-tail - 1].e].lower()]))
            rest = [w for w in run[:-tail]]
            while rest and (rest[0].core.lower() in TITLES or rest[0].core in CONNECTORS):
                rest = rest[1:]
            if rest and _heads([w.core for w in rest]):
                out.append(Cand(rest[0].s, rest[-1].e, text[rest[0].s:rest[-1].e], "RULE_ORG"))
            return
    if not _heads(cores) and re.search(r"\b(?:village|town|city|district|region|province|"
                                       r"municipality|county|commune|settlement|suburb)\s+of\s+$",
                                       text[max(0, s - 16):s]):
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))     # "the village of Orlan"
        return
    if len(cores) >= 2 and not _heads(cores) and _person_shape(text[s:e]) and \
            SURNAME_SUFFIX.search(lowers[-1]) and not _common(cores[-1]):
        out.append(Cand(s, e, text[s:e], "PERSON"))          # split off a name
        return
    if 2 <= len(cores) <= 3 and not _heads(cores) and _person_shape(text[s:e]) and \
            not any(_common(c) or gaz.lookup(c, home, alternates=False) for c in cores) and \
            _role_after(text, e):
        out.append(Cand(s, e, text[s:e], "PERSON"))          # "Jane Roe, a member of …"
        return
    if titles_only and re.search(r"\b[Oo]ffice of the\s+$", text[max(0, s - 14):s]):
        o = s - len(re.search(r"[Oo]ffice of the\s+$", text[max(0, s - 14):s]).group())
        out.append(Cand(o, e, text[o:e], "RULE_ORG"))        # "office of the Attorney General"
        return
    if (lowers[0] in PLACE_PREFIX or lowers[0] in SIDE_WORDS or lowers[-1] in SIDE_SUFFIX) \
            and len(cores) >= 2 and not _heads(cores) and \
            all(_is_cap(c) for c in cores):
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))    # "Port Amsel", "Lake Sora Province"
        return
    of_place = len(lowers) >= 3 and lowers[-2] in ("of", "for")   # "Department of State"
    if _heads(cores) and lowers[-1] not in DOCUMENT_WORDS and (of_place or lowers[-1] not in PLACE_WORDS) \
            and lowers[-1] not in FACILITY_WORDS and not titles_only:
        if not (len(cores) == 1 and (lowers[0] in GENERIC or lowers[0] in ORG_HEADS)):
            out.append(Cand(s, e, text[s:e], "RULE_ORG"))
            return
    if len(cores) >= 2 and lowers[-1] in PLACE_WORDS and lowers[-1] not in ("state",) and \
            not _heads(cores[:-1]) and all(_is_cap(c) for c in cores):
        # "Almaty Region", "Bo District": the base name, capitalised, before the word
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))
        return
    # country names anywhere, gazetteer towns in place context
    for a in range(len(run)):
        for b in range(min(len(run), a + 6), a, -1):
            if run[b - 1].core.lower() in CONNECTORS:
                continue
            sub = text[run[a].s:run[b - 1].e]
            if gaz.countries(sub):
                out.append(Cand(run[a].s, run[b - 1].e, sub, "COUNTRY"))
                break
            if b - a == 1 and not _is_acronym(sub) and not _common(sub) and len(sub) > 2:
                i = index[id(run[a])]
                prev = words[i - 1].core.lower() if i > 0 and not words[i - 1].brk else ""
                nxt = words[i + 1].core.lower() if i + 1 < len(words) and not run[a].brk else ""
                if prev in PLACE_PREPS or nxt in PLACE_WORDS:
                    place = gaz.lookup(sub, home, alternates=False)
                    if place and place.kind in ("city", "region") and (
                            place.country_code == home or place.population >= 1_000_000):
                        out.append(Cand(run[a].s, run[a].e, sub, "TOWN"))
                        break


TRAILING_TITLES = {"judge", "judges", "chairman", "chairwoman", "chair", "head", "director",
                   "spokesperson", "spokesman", "official", "officials", "officer", "officers",
                   "member", "members", "deputy", "deputies", "chief", "president"}
OWNER_TITLES = {"prosecutor", "general", "ombudsman", "ombudsperson", "commissioner",
                "president", "attorney", "auditor", "mayor", "governor", "akim", "prime",
                "minister", "procurator", "inspector", "chief", "registrar", "speaker"}
MONTHS_SET = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"}


def _spacy_candidates(text: str, ap, masks: list[tuple[int, int]]) -> list[Cand]:
    out = []
    base = ap.start
    pieces: list[tuple[int, int, str]] = []
    for ent in ap.doc.ents:
        if ent.label_ not in SPACY_LABELS:
            continue
        s0, e0 = base + ent.start_char, base + ent.end_char
        raw = text[s0:e0]
        if re.search(r",|/| and ", raw) and not _heads(raw.split()):
            # "Lisk, Georg Valt", "AFRC/RUF", "Leigh and Independent Observer": each part
            for m in re.finditer(r"(?:(?!,|/| and ).)+", raw):
                pieces.append((s0 + m.start(), s0 + m.end(), ent.label_))
        else:
            pieces.append((s0, e0, ent.label_))
    for s0, e0, label in pieces:
        span = _clean(text, s0, e0)
        if not span:
            continue
        s, e = span
        roles: list[str] = []
        if label == "PERSON" and " " in text[s:e]:
            first = text[s:e].split()[0]
            if _demonym(first, set(), set()) and not gazetteer().countries(first):
                s += len(first) + 1           # "Ethiopian Mengistu" → "Mengistu"
        if not _heads(text[s:e].split()):
            s, e, roles = _strip_titles(text, s, e)
            span = _clean(text, s, e)
            if not span:
                continue
            s, e = span
        out.append(Cand(s, e, text[s:e], label, roles))
    return out


def _overlaps(a: Cand, b: Cand) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(rule: list[Cand], model: list[Cand]) -> list[Cand]:
    """Rule candidates win over the model spans they overlap, except model persons outside them."""
    rule.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cand] = []
    for c in rule:
        if kept and _overlaps(kept[-1], c):
            if c.end - c.start > kept[-1].end - kept[-1].start:
                kept[-1] = c
            continue
        kept.append(c)
    out = list(kept)
    for m in model:
        clash = [r for r in kept if _overlaps(r, m)]
        if not clash:
            out.append(m)
            continue
        r = clash[0]
        if r.label == "TOWN" or (r.label == "COUNTRY" and m.start <= r.start and m.end >= r.end
                                 and m.label in ("ORG", "FAC") and _heads(m.text.split())):
            out.remove(r) if r in out else None
            out.append(m)
    out.sort(key=lambda c: (c.start, c.end))
    return out


# --------------------------------------------------------------------------- typing

def _person_shape(text: str, strict: bool = True) -> bool:
    words = text.replace("-", " ").split()
    if not 1 <= len(words) <= 5:
        return False
    for w in words:
        if not (_is_cap(w) or w.lower() in PARTICLES):
            return False
        if any(ch.isdigit() for ch in w) or (len(w) > 1 and w.isupper()):
            return False
    return not strict or not all(_common(w) for w in words if w.lower() not in PARTICLES)


def _local_type(c: Cand, home: str | None, doc_text: str, lower_vocab: set[str],
                home_name: str | None = None) -> tuple[str | None, float]:
    gaz = gazetteer()
    text = c.text
    key = _key(text)
    words = text.split()
    lowers = [w.lower() for w in words]
    if not text[:1].isupper() and not _is_cap(words[0]) and c.label != "RULE_ORG":
        return None, 0
    if key in GENERIC or key.rstrip("s") in GENERIC:
        return None, 0
    if re.search(r"\(see\s+$", doc_text[max(0, c.start - 6):c.start]):
        return None, 0                       # a cross-reference to a heading
    if len(words) == 1 and not _is_acronym(text) and c.label not in ("COUNTRY", "RULE_ORG") \
            and (key in lower_vocab or (key.endswith("s") and key[:-1] in lower_vocab)):
        return None, 0                       # "Media", "Transgender": ordinary words here
    if len(words) == 1 and re.match(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$", text):
        return "organization", 1.5           # CamelCase brand names
    paren = _PAREN.match(doc_text, c.end)
    if paren and c.label in ("PERSON", "ORG", "GPE", "FAC", "LOC") and not _is_acronym(paren.group(1)) \
            and paren.group(1)[:1].isupper() and not any(ch.isdigit() for ch in paren.group(1)) \
            and len(paren.group(1).split()) <= 5 and not gaz.lookup(text, home):
        return "organization", 1.5           # "Namys (Dignity)": translated names are bodies
    if len(words) == 1 and (key in MONTHS_SET or key in TITLES):
        return None, 0
    if c.label in ("COUNTRY",):
        return "place", 3
    if c.label == "TOWN":
        return "place", 2
    if c.label == "RULE_PLACE":
        return "place", 3
    if c.label == "RULE_ORG":
        return "organization", 3
    if len(words) == 1 and _is_acronym(text):
        if key in NON_ORG_ACRONYMS or key.rstrip("s") in NON_ORG_ACRONYMS:
            return None, 0
        if gaz.countries(text):
            return "place", 2
        return ("organization", 1) if c.label in ("ORG", "PERSON", "FAC") else (None, 0)
    if lowers[-1] in DOCUMENT_WORDS or (lowers[-1] in FACILITY_WORDS and len(words) > 1) \
            or any(w in LEGAL_INSTRUMENTS for w in lowers):
        return None, 0
    if key in gaz.currencies:
        return None, 0
    heads = _heads(words)
    if heads and (lowers[-1] not in PLACE_WORDS or (len(words) >= 3 and lowers[-2] in ("of", "for"))):
        return "organization", 2
    before = doc_text[max(0, c.start - 12):c.start]
    after = doc_text[c.end:c.end + 14]
    if len(words) == 1 and (re.search(r"\bethnic\s+$", before) or re.match(ADJECTIVE_USE, after)):
        return None, 0                        # "ethnic Soran families", "the Soran minority"
    if len(words) <= 2 and not heads and not _is_acronym(text) and c.label in ("ORG", "GPE", "LOC", "FAC", "PERSON") \
            and re.search(r"\b(?:in|near|outside|across|throughout|around)\s+$", before):
        return "place", 1.2                   # "in Brenmoor"
    if len(words) >= 2 and lowers[-1] in PLACE_WORDS:
        return "place", 2
    if re.match(r"\s+(?:province|region|district|prefecture|governorate|county|oblast)\b", after) \
            and not heads and not _is_acronym(text):
        return "place", 2                     # "Orientale province"
    if len(words) == 1 and lowers[0] in SIDE_SUFFIX:
        return None, 0
    if len(words) >= 2 and not heads and (lowers[0] in SIDE_WORDS or lowers[-1] in SIDE_SUFFIX) \
            and c.label in ("PERSON", "GPE", "LOC", "ORG") and not _is_acronym(words[-1]):
        return "place", 1.5                   # "South Kivu", "Kasai Oriental"
    if c.label in ("PERSON", "GPE", "LOC") and any(
            w[:1].islower() and w.lower() not in PARTICLES and w.lower() not in CONNECTORS
            and not _is_cap(w) for w in words[1:]):
        return None, 0                        # "Kazakh diaspora"
    if home_name and key == home_name:
        return "place", 3                     # the report's own country
    if gaz.countries(text) and not _is_acronym(text):
        return "place", 2
    if re.match(r"\s+(?:%s)\b" % "|".join(FACILITY_WORDS), after, re.I):
        return None, 0                        # "Roberts International [Airport]"
    place = gaz.lookup(text, home)
    if len(words) == 1 and c.label in ("PERSON", "ORG") and zipf(text) >= 3.0 and \
            re.search(r"(?:^|[.!?:]\s+)$", doc_text[max(0, c.start - 3):c.start]):
        return None, 0                        # "Turnout was 34 percent"
    if len(words) >= 2 and c.label in ("PERSON", "ORG", "GPE") and not heads and \
            _demonym(words[0], set(), set()) and not gaz.countries(words[0]):
        return ("organization", 0.8) if c.label == "ORG" else (None, 0)   # "Kazakh Telecom"
    if c.label == "PERSON" and len(words) >= 2:
        if lowers[0] in ("la", "le", "les", "el", "al", "l'", "the") and len(words) >= 3:
            return "organization", 1          # "La Voix du Tchad"
        if any(w in lower_vocab and zipf(w) >= 3.0 for w in lowers):
            return None, 0                    # "Demographic Studies": ordinary words here
    if c.label == "PERSON":
        if lowers[-1] in TITLES and len(words) > 1:
            return None, 0                    # "Makeni Bishop"
        if len(words) == 1 and _demonym(text, set(), set()):
            return None, 0                    # "Africans", "Nigeriens"
        if len(words) == 1 and place and place.country_code == home and not c.roles:
            return "place", 1.2               # a home-country town taken for a surname
        if _person_shape(text, strict=len(words) == 1):
            return "person", 1
        return None, 0
    if c.label in ("GPE", "LOC"):
        if place:
            return "place", 2
        if len(words) >= 2 and _person_shape(text):
            return "person", 0.6          # "Zhanbolat Mamay" tagged GPE
        if all(_common(w) for w in words):
            return None, 0
        return "place", 1
    if c.label in ("ORG", "FAC"):
        if place and c.label == "FAC":
            return "place", 1
        if place and len(words) == 1:
            return "place", 0.8
        if len(words) == 1 and _common(text):
            return None, 0
        if all(_common(w) for w in words if w.lower() not in CONNECTORS):
            return None, 0
        if len(words) >= 2 and _person_shape(text):
            if not re.search(r"\b[Tt]he\s+$", before) and not any(
                    _common(w) or gaz.lookup(w, home, alternates=False)
                    or (home_name and fold(w) == home_name) for w in words):
                return "person", 0.8       # a bare full name without "the" is a person
            return "person?", 0.6          # decided with evidence from the whole report
        return ("organization", 1) if c.label == "ORG" else (None, 0)
    return None, 0


TOPONYM_SUFFIX = re.compile(r"(?:stan|land|ia|burg|grad|abad|pur|ville|town)$")
LEGAL_INSTRUMENTS = {"covenant", "convention", "accord", "accords", "protocol", "charter",
                     "declaration", "statute", "constitution", "agreement"}
ADJECTIVE_USE = re.compile(r"\s+(?:minority|minorities|families|family|community|communities|"
                           r"language|population|refugees|citizens|nationals|origin|descent|"
                           r"speakers|ethnic|ethnicity|group|groups|women|men|children|people|"
                           r"villagers|activists|majority|diaspora|tribe|tribes|clan|clans)\b")


def _demonym(text: str, known_adjectives: set[str], places: set[str]) -> bool:
    """Nationality words taken for places or bodies: "Kazakhs", "Uzbek", "Karakalpaks"
    (a place name of the report or a country, minus "-stan"/"-istan"/"-ia"…)."""
    k = fold(text)
    stem = k[:-1] if k.endswith("s") else k
    if stem in known_adjectives or k in known_adjectives:
        return True
    gaz = gazetteer()
    names = list(_country_prefixes(gaz, stem[:3])) + [p for p in places if p.startswith(stem[:3])]
    if any(n != stem and n.startswith(stem) and n[len(stem):] in ("stan", "istan") for n in names):
        return True                           # "Kazakh", "Uzbeks", "Karakalpak"
    m = re.search(r"(?:ians?|ans?|eans?|ese|ish|is|i|ic)$", k)
    if m and m.start() >= 3:
        base = k[:m.start()]
        if any(n.startswith(base) and len(n) - len(base) <= 3 and n not in (k, stem) for n in names):
            return True                       # "Ethiopian", "Nigeriens", "Liberians"
    return bool(re.search(r"(?:an|ian|ese|ish|ic|ean|ani)s$", k)) and any(
        n.startswith(stem[:-3]) for n in names)


_PREFIX_CACHE: dict[str, list[str]] = {}


def _country_prefixes(gaz, prefix: str) -> list[str]:
    if prefix not in _PREFIX_CACHE:
        _PREFIX_CACHE[prefix] = [n for n in gaz.country_names if n.startswith(prefix)] + [
            n for n in ("africa", "europe", "asia", "america", "arabia") if n.startswith(prefix)]
    return _PREFIX_CACHE[prefix]


def _winner(v: Counter | None) -> str | None:
    return v.most_common(1)[0][0] if v else None


def _resolve_types(text: str, cands: list[Cand], home: str | None,
                   norp: set[str], home_name: str | None = None) -> list[Cand]:
    votes: dict[str, Counter] = defaultdict(Counter)
    local: list[tuple[str | None, float]] = []
    first_names: set[str] = set()
    person_tokens: set[str] = set()
    lower_vocab = set(re.findall(r"(?<![\w’'])[a-z][a-z\-]+", text))
    for c in cands:
        t, w = _local_type(c, home, text, lower_vocab, home_name)
        local.append((t, w))
        if t in ("person",) and c.label == "PERSON":
            ws = c.text.split()
            person_tokens.update(fold(x) for x in ws)
            if len(ws) >= 2:
                first_names.add(fold(ws[0]))
    for c, (t, w) in zip(cands, local):
        if t == "person?":
            ws = c.text.split()
            evidence = (fold(ws[0]) in first_names or fold(ws[-1]) in person_tokens
                        or bool(SURNAME_SUFFIX.search(fold(ws[-1]))) or bool(c.roles)
                        or _role_after(text, c.end) is not None)
            t, w = ("person", 1.5) if evidence else ("organization", 0.5)
        if t:
            votes[_key(c.text)][t] += w
    # a single word that is the surname of a full name is that person
    surnames = {fold(c.text.split()[-1]) for c in cands
                if len(c.text.split()) >= 2 and _winner(votes.get(_key(c.text))) == "person"}
    for key, v in votes.items():
        if " " not in key and key in surnames and ("person" in v or "place" in v or "organization" in v):
            if not _heads([key]) and not gazetteer().countries(key):
                v["person"] += sum(v.values()) + 1
    # a single capitalised word mostly written "the X" is a body, not a person
    the_count: Counter = Counter()
    total: Counter = Counter()
    for c in cands:
        k = _key(c.text)
        if " " in k:
            continue
        total[k] += 1
        if re.search(r"\b[Tt]he\s+$", text[max(0, c.start - 5):c.start]):
            the_count[k] += 1
    gaz = gazetteer()
    for k, v in votes.items():
        if not (v and total[k] and the_count[k] * 2 >= total[k]) or k in surnames:
            continue
        top = v.most_common(1)[0][0]
        if top == "person" or (top == "place" and k != home_name and not gaz.lookup(k, home)
                               and not TOPONYM_SUFFIX.search(k)):
            v["organization"] += v[top] + 1
    places = {_key(c.text) for c in cands if _winner(votes.get(_key(c.text))) == "place"}
    out = []
    for c, (t, _) in zip(cands, local):
        v = votes.get(_key(c.text))
        if not v:
            continue
        typ = v.most_common(1)[0][0]
        if typ in ("place", "organization") and c.label not in ("COUNTRY", "RULE_PLACE", "TOWN", "RULE_ORG") \
                and " " not in c.text and _demonym(c.text, norp, places):
            continue
        c.type = typ
        out.append(c)
    return out


# --------------------------------------------------------------------------- acronyms

def _acronym_definitions(text: str, cands: list[Cand]) -> tuple[list[Cand], set[str]]:
    """``Name (ACR)``: new mentions for ACR typed like Name; lower-case expansions ban ACR."""
    new: list[Cand] = []
    banned: set[str] = set()
    for c in cands:
        if c.type not in ("organization", "place"):
            continue
        m = _PAREN.match(text, c.end)
        if not m:
            continue
        inner = m.group(1)
        s = m.start(1)
        if _is_acronym(inner) or (inner.isupper() and 2 <= len(inner) <= 10):
            if c.type == "place" and not _acronym_of(c.text, inner):
                continue                     # "… Mission in Sierra Leone (UNAMSIL)"
            new.append(Cand(s, s + len(inner), inner, "ACRO", type=c.type))
            new[-1].roles = [c.text]          # remember the expansion
        elif c.type == "organization" and 1 <= len(inner.split()) <= 6 and all(
                _is_cap(w) or w.lower() in CONNECTORS for w in inner.split()) \
                and not any(ch.isdigit() for ch in inner) and inner.split()[0][0].isupper():
            new.append(Cand(s, s + len(inner), inner, "ACRO", type=c.type))
            new[-1].roles = [c.text]
    for m in re.finditer(r"\b([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,5})\s+\(([A-Z][A-Za-z]{1,8})\)", text):
        banned.add(fold(m.group(2)))
        banned.add(fold(m.group(2)).rstrip("s"))
    return new, banned


# --------------------------------------------------------------------------- linking

ORG_SYNONYMS = {"ombudsperson": "ombudsman", "organisation": "organization", "centre": "center",
                "labour": "labor", "defence": "defense", "programme": "program"}


def _org_key(text: str) -> frozenset[str]:
    gaz = gazetteer()
    out = set()
    for w in re.split(r"[\s\-]+", _key(text)):
        w = _POSS.sub("", w)
        if not w or w in CONNECTORS:
            continue
        w = ORG_SYNONYMS.get(w, w)
        if w.endswith("n") and len(w) > 5 and gaz.countries(w[:-1]):
            w = w[:-1]                        # "Liberian National Police" = "Liberia …"
        out.add(w)
    return frozenset(out)


class _Group:
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


def _link_persons(cands: list[Cand]) -> list[_Group]:
    """Full names first; then variants and surname-only forms.

    A surname-only mention joins the full name with that surname when exactly one full name
    has it; when several do, it joins the nearest full-name mention before it (the report
    just named that person), else it stays its own entity. Spelling variants join when the
    surnames differ by at most 2 edits (length ≥ 7; 1 edit for length 5–6) and the first
    names agree (or one of them is missing).
    """
    full: dict[str, _Group] = {}
    order: list[tuple[int, str]] = []          # (offset, full key) of full-name mentions
    singles: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        parts = fold(c.text).split()
        if len(parts) == 1:
            singles.append(c)
            continue
        key = " ".join(parts)
        target = full.get(key) or _find_variant(full, parts)
        if target is None:
            target = full[key] = _Group("person")
        else:
            full.setdefault(key, target)
        target.add(c)
        order.append((c.start, key))
    by_surname: dict[str, set[int]] = defaultdict(set)
    by_inner: dict[str, set[int]] = defaultdict(set)     # middle names ("Idriss Deby Itno")
    groups = {id(g): g for g in full.values()}
    for key, g in full.items():
        parts = key.split()
        by_surname[parts[-1]].add(id(g))
        for p in parts[1:-1]:
            if p not in PARTICLES:
                by_inner[p].add(id(g))
    solo: dict[str, _Group] = {}
    for c in singles:
        k = fold(c.text)
        ids = by_surname.get(k) or _fuzzy_surname(by_surname, k) or by_inner.get(k)
        if ids and len(ids) == 1:
            groups[next(iter(ids))].add(c)
            continue
        if ids:
            before = [(off, key) for off, key in order if off < c.start and id(full[key]) in ids]
            if before:
                full[before[-1][1]].add(c)
                continue
        # a first-name-only or unknown single name
        solo.setdefault(k, _Group("person")).add(c)
    return list(groups.values()) + list(solo.values())


def _surname_close(a: str, b: str) -> bool:
    if a == b:
        return True
    n = min(len(a), len(b))
    if n >= 7:
        return _edit(a, b, 2) <= 2
    if n >= 5:
        return _edit(a, b, 1) <= 1 and a[0] == b[0]
    return False


def _find_variant(full: dict[str, _Group], parts: list[str]) -> _Group | None:
    for key, g in full.items():
        other = key.split()
        if not _surname_close(parts[-1], other[-1]):
            continue
        if parts[0] == other[0] or (parts[-1] == other[-1] and (
                parts[0] in other or other[0] in parts)):
            if parts[-1] != other[-1] or parts[0] == other[0] or len(parts) != len(other):
                return g
    return None


def _fuzzy_surname(by_surname: dict[str, set[int]], k: str) -> set[int]:
    hits: set[int] = set()
    for s, ids in by_surname.items():
        if s != k and len(k) >= 7 and _surname_close(s, k):
            hits |= ids
    return hits


def _link_orgs(cands: list[Cand]) -> list[_Group]:
    groups: dict[frozenset[str], _Group] = {}
    acr: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        if c.label == "ACRO" or (_is_acronym(c.text) and " " not in c.text):
            acr.append(c)
            continue
        groups.setdefault(_org_key(c.text), _Group("organization")).add(c)
    by_acronym: dict[str, _Group] = {}
    for c in acr:
        if c.label == "ACRO" and c.roles:
            g = groups.get(_org_key(c.roles[0]))
            if g is not None:
                by_acronym.setdefault(c.text, g)
    for c in acr:
        g = by_acronym.get(c.text) or by_acronym.get(c.text.rstrip("s"))
        if g is None:
            g = groups.setdefault(_org_key(c.text), _Group("organization"))
        c.roles = []
        g.add(c)
    # "Baitak" joins the one longer name it begins ("Baitak Bolashak")
    for key, g in list(groups.items()):
        if len(key) != 1 or any(_is_acronym(f) for f in g.forms):
            continue
        word = next(iter(key))
        longer = {id(h): h for h in groups.values() if h is not g and any(
            fold(f).split()[0] == word and " " in f for f in h.forms)}
        if len(longer) == 1:
            h = next(iter(longer.values()))
            for f, n in g.forms.items():
                h.forms[f] += n
            h.mentions |= g.mentions
            groups[key] = h
    # "Ombudsperson’s Office" joins the one longer name that contains all its words
    for key, g in list(groups.items()):
        if not any(re.search(r"['’]s\s", f) for f in g.forms) or len(key) < 2:
            continue
        bigger = {id(h): h for k2, h in groups.items() if k2 > key and h is not g}
        if len(bigger) == 1:
            h = next(iter(bigger.values()))
            for f, n in g.forms.items():
                h.forms[f] += n
            h.mentions |= g.mentions
            groups[key] = h
    uniq = {id(g): g for g in groups.values()}
    return list(uniq.values())


FOREIGN_TOWN_MIN = 300_000
ADMIN_WORDS = {"region", "regions", "province", "provinces", "oblast", "governorate",
               "prefecture", "district", "districts", "county", "wilaya", "municipality",
               "territory", "raion", "rayon", "canton", "state", "department"}


def _link_places(cands: list[Cand], home: str | None, home_name: str | None = None) -> list[_Group]:
    from .gazetteer import Place

    gaz = gazetteer()
    groups: dict[tuple, _Group] = {}
    acr: list[Cand] = []
    for c in cands:
        if c.label == "ACRO" and c.roles:
            acr.append(c)
            continue
        place = gaz.lookup(c.text, home)
        if place is None and home_name and _key(c.text) == home_name:
            place = Place(c.text, "country", home or "", None, None, 0)
        plural = re.sub(r"(?i)\b(region|province|district)s$", r"\1", c.text)
        if place is None and plural != c.text:
            place = gaz.lookup(plural, home)
        if place is not None and place.kind == "city" and home and place.country_code != home \
                and place.population < FOREIGN_TOWN_MIN and c.label != "TOWN":
            place = None                     # a small foreign namesake: we do not know
        key = (place.kind, place.country_code, fold(place.name)) if place else ("other", _key(c.text))
        g = groups.setdefault(key, _Group("place"))
        g.place = g.place or place
        g.add(c)
    for c in acr:
        place = gaz.lookup(c.roles[0], home)
        key = (place.kind, place.country_code, fold(place.name)) if place else ("other", _key(c.roles[0]))
        c.roles = []
        groups.setdefault(key, _Group("place")).add(c)
    return list(groups.values())


# --------------------------------------------------------------------------- attributes

def org_kind(name: str) -> str:
    k = fold(name)
    for pattern, kind in KIND_RULES:
        if pattern.search(k):
            return kind
    for w in reversed(k.split()):
        if w in ORG_HEADS:
            return ORG_HEADS[w]
    return "other"


def _best_name(forms: Counter, type_: str, paren: set[str] = frozenset()) -> str:  # type: ignore[assignment]
    names = [n for n in forms if n not in paren] or list(forms)
    full = [n for n in names if not (_is_acronym(n) and " " not in n)] or names
    return max(full, key=lambda n: (len(n.split()), len(n), forms[n]))


def _entity(g: _Group, home: str | None) -> Entity | None:
    if not g.mentions:
        return None
    name = _best_name(g.forms, g.type, g.paren)
    seen = {_key(name)}
    aliases = []
    for form, _ in g.forms.most_common():
        k = _key(form)
        if k not in seen:
            seen.add(k)
            aliases.append(form)
    attrs: dict = {}
    if g.type == "organization":
        attrs["kind"] = org_kind(name)
    elif g.type == "place":
        p = g.place
        if p is not None:
            attrs.update(kind=p.kind, country_code=p.country_code or None, lat=p.lat, lon=p.lon)
        else:
            low = fold(name).split()
            admin = low[-1] in ADMIN_WORDS
            attrs.update(kind="region" if admin else "other",
                         country_code=home if admin else None, lat=None, lon=None)
    else:
        attrs["roles"] = g.roles
    return Entity(f"{g.type}:{slug(name)}", g.type, name, aliases, attrs,
                  [[s, e] for s, e in sorted(g.mentions)])


# --------------------------------------------------------------------------- mentions

def _recover_mentions(text: str, groups: list[_Group], spans: list[tuple[int, int, list]],
                      taken: set[tuple[int, int]]) -> None:
    """Every further occurrence of a name or alias in the prose becomes a mention."""
    forms: dict[str, _Group] = {}
    for g in groups:
        for form in g.forms:
            if len(form) < 2 or (g.type == "person" and len(form) < 3):
                continue
            if form in forms and forms[form] is not g:
                forms[form] = None  # type: ignore[assignment]  # ambiguous surface form
            else:
                forms[form] = g
    forms = {f: g for f, g in forms.items() if g is not None}
    if not forms:
        return
    pattern = re.compile(r"(?<![\w\-])(?:%s)(?![\w\-])" % "|".join(
        re.escape(f) for f in sorted(forms, key=len, reverse=True)))
    occupied = sorted(taken)
    starts = [s for s, _ in occupied]
    import bisect
    for start, end, masks in spans:
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if _inside(masks, s, e):
                continue
            i = bisect.bisect_right(starts, e) - 1
            clash = False
            while i >= 0 and occupied[i][1] > s - 200:
                if occupied[i][0] < e and s < occupied[i][1]:
                    clash = True
                    break
                i -= 1
            if clash:
                continue
            forms[m.group()].mentions.add((s, e))


# --------------------------------------------------------------------------- main

def _home_country(annotated: "Annotated", cands: list[Cand]) -> str | None:
    doc = annotated.document
    if doc.country_code:
        return doc.country_code.upper()
    gaz = gazetteer()
    if doc.country:
        cc = gaz.countries(doc.country)
        if cc:
            return cc
    counts = Counter(gaz.countries(c.text) for c in cands if c.label in ("GPE", "COUNTRY"))
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None


def extract_entities(annotated: "Annotated") -> list[Entity]:
    """Persons, organisations and places of the report, each with all its mentions."""
    text = annotated.text
    raw: list[tuple[object, list[tuple[int, int]], list[Cand], list[_Word]]] = []
    model_all: list[Cand] = []
    norp: set[str] = set()
    seen_paras: set[tuple[int, int]] = set()
    for ap in annotated.paragraphs:
        key = (ap.paragraph.start, ap.paragraph.end)
        if key in seen_paras:
            continue
        seen_paras.add(key)
        masks = _masked_ranges(text, ap.paragraph.start, ap.paragraph.end)
        model = [c for c in _spacy_candidates(text, ap, masks) if not _inside(masks, c.start, c.end)]
        for ent in ap.doc.ents:
            if ent.label_ == "NORP":
                norp.add(fold(ent.text).rstrip("s"))
        raw.append((ap, masks, model, []))
        model_all.extend(model)
    home = _home_country(annotated, model_all)
    cands: list[Cand] = []
    spans: list[tuple[int, int, list]] = []
    for ap, masks, model, _ in raw:
        p = ap.paragraph  # type: ignore[attr-defined]
        words = _words(text, p.start, p.end)
        persons = [(c.start, c.end) for c in model if c.label == "PERSON"]
        rule = [c for c in _rule_candidates(text, words, persons, home)
                if not _inside(masks, c.start, c.end)]
        merged = _merge(rule, model)
        for c in merged:
            if c.label in ("ORG", "PERSON", "GPE", "FAC", "LOC") and not c.roles:
                role = _role_before(text, c.start, p.start)
                if role:
                    c.roles.append(role)
            if c.label == "PERSON":
                role = _role_after(text, c.end)
                if role:
                    c.roles.append(role)
        cands.extend(merged)
        spans.append((p.start, p.end, masks))
    cands = _dedupe(cands)
    home_name = _key(annotated.document.country) if annotated.document.country else None
    typed = _resolve_types(text, cands, home, norp, home_name)
    acr, banned = _acronym_definitions(text, typed)
    typed = [c for c in typed if not (_is_acronym(c.text) and fold(c.text) in banned)]
    typed = _dedupe([a for a in acr if fold(a.text) not in banned] + typed)
    groups = (_link_persons([c for c in typed if c.type == "person"])
              + _link_orgs([c for c in typed if c.type == "organization"])
              + _link_places([c for c in typed if c.type == "place"], home, home_name))
    taken = {(c.start, c.end) for c in typed}
    # all mention spans of other entities block recovery
    _recover_mentions(text, groups, spans, taken)
    entities = [e for e in (_entity(g, home) for g in groups) if e is not None]
    _unique_ids(entities)
    entities.sort(key=lambda e: e.mentions[0][0])
    return entities


def _dedupe(cands: list[Cand]) -> list[Cand]:
    """One candidate per span; overlapping candidates keep the longest."""
    cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cand] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out


def _unique_ids(entities: list[Entity]) -> None:
    seen: Counter = Counter()
    for e in entities:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e.id = f"{e.id}-{seen[e.id]}"
