"""Pass 1, where a name ends (issue 14): candidates extended over the words that belong to
the same name.

- Bodies: the owner and the coordinated pieces an acronym in parentheses spells ("Lord’s
  Resistance Army (LRA)", "Ministry of Family and the Promotion of Women (MINFAMU)",
  "Association for Justice, Peace, and Democracy (AJPD)"); a serial list that completes a
  name after its "of"/"for" ("Bureau of Democracy, Human Rights, and Labor"); "… for X and
  the Y" ("Union for Democracy and the Republic").
- Bodies whose name opens with a list of fields ("U.N. Educational, Scientific and Cultural
  Organization"); bodies defined by the acronym their capitals spell ("Citizens for Peace in
  Eritrea (CPE)"), and names joined by "by" after "NGO" ("Action by Christians for the
  Abolition of Torture").
- Persons: a lower-case particle and the surname after it ("Jose Eduardo dos Santos"), a
  surname the model left out ("Mohamed Youssouf Bathily");
  a nickname in quotes or parentheses: ``persons/nicknames.py``.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ...lexicons import alternation
from ...lexicons.frequency import zipf
from ..common import PAREN, Cand, acronym_of, is_common, org_heads, is_acronym, spells, nationality_word
from ..persons.patronyms import with_patronymic
from ..titles.post_fronts import post_before
from ..bodies.name_tails import and_tail
from ..bodies.serial_fields import serial_fields
from ..lexicon import (
    ACTOR_VERBS, CONNECTORS, DOCUMENT_WORDS, FOREIGN_TOWN_MIN, GENERIC, LEADING_NOISE, LIST_HEAD_CONTINUES,
    LONE_BODIES, NAME_PART_ZIPF, NON_ORG_ACRONYMS, PARTICLES, TITLES,
)

_CAP = r"[A-Z][\w’'\-]*"
#: one coordinated piece of a name: "Labor", "Human Rights", "the Promotion of Women"
_ITEM = rf"{_CAP}(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?{_CAP}){{0,3}}"
_LIST_TAIL = re.compile(rf"((?:,\s+{_ITEM})*),?\s+and\s+(the\s+)?({_ITEM})")
_OF_FOR = re.compile(r"\b(of|for)\b")
_OF_FOR_ON = re.compile(r"\b(of|for|on)\b")
#: the pieces of a list before a body's head: "U.N. Educational, " + "Scientific and Cultural Organization"
_LIST_HEAD = re.compile(rf"((?:(?:UN|U\.N\.|United Nations)\s+)?{_CAP}(?:\s+{_CAP})?)"
                        rf"((?:,\s+{_CAP}(?:\s+{_CAP})?)*),\s+(?:and\s+)?$")
_ACR_PAREN = re.compile(r"\s*\(([A-Z][A-Za-z&\-]{1,11})\)")
#: what may stand between the start of a spelled-out name and a candidate inside it
_INSIDE = re.compile(r"(?:(?:[A-Z][\w’'\-]*|of|for|and|the|on|in|de|du|des|la|to|&),?\s+)+")
ACTING = alternation(sorted(ACTOR_VERBS, key=len, reverse=True))
_PARTICLES = "|".join(sorted((p for p in PARTICLES if len(p) > 1), key=len, reverse=True))
_PARTICLE_AFTER = re.compile(rf"\s+({_PARTICLES})\s+([A-Z][\w’'\-]+)")


def extend_names(text: str, cands: list[Cand], home: str | None) -> list[Cand]:
    """Rule candidates of one paragraph with bodies extended to their whole name."""
    out = [and_tail(text, _serial(text, c, home), lambda item: _name_part(item, home))
           for c in _join_with_acronym(text, cands)]
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cand] = []
    for c in out:
        if kept and c.start < kept[-1].end and kept[-1].label == "RULE_ORG":
            continue                          # a piece of a name just extended over it
        kept.append(c)
    return kept


def _serial(text: str, c: Cand, home: str | None) -> Cand:
    """``_extend_body``, then a serial list of fields it refused (``bodies/serial_fields.py``)."""
    done = _extend_body(text, c, home)
    return serial_fields(text, done, home) if done.end == c.end else done


def _name_part(item: str, home: str | None) -> bool:
    """Could ``item`` be a coordinated piece of a body's name ("Human Rights", "Customs")
    rather than a body, a place or a person of its own?"""
    words = [w for w in item.split() if w.lower() not in CONNECTORS]
    if not words or org_heads(words) or any(is_acronym(w) for w in words):
        return False
    gaz = gazetteer()
    if gaz.countries(item):
        return False
    place = gaz.lookup(item, home, alternates=False)
    if place and (place.kind != "city" or place.country_code == home or place.population >= FOREIGN_TOWN_MIN):
        return False
    return all(zipf(w) >= NAME_PART_ZIPF for w in words)


def _extend_body(text: str, c: Cand, home: str | None) -> Cand:
    if c.label != "RULE_ORG":
        return c
    c = _list_before(text, c, home)
    m = _LIST_TAIL.match(text, c.end)
    if m and not re.match(r"\s+[A-Z]|['’]s\b", text[m.end():m.end() + 3]):
        end = m.end()
        acr = _ACR_PAREN.match(text, end)
        if acr and acronym_of(text[c.start:end], acr.group(1)) and not acronym_of(c.text, acr.group(1)):
            return Cand(c.start, end, text[c.start:end], "RULE_ORG")
        items = re.findall(_ITEM, m.group(1)) + [m.group(3)]
        if m.group(1) or text[c.end] == ",":
            # "Bureau of Democracy, Human Rights, and Labor", "UN Committee on Economic, Social and
            # Cultural Rights"
            ok = bool(_OF_FOR_ON.search(c.text))
        else:
            conn = _OF_FOR.findall(c.text)
            ok = bool(m.group(2)) and bool(conn) and (conn[-1] == "for" or bool(_OF_FOR.search(m.group(3))))
        if ok and all(_name_part(i, home) for i in items):
            return Cand(c.start, end, text[c.start:end], "RULE_ORG")
    acr = _ACR_PAREN.match(text, c.end)
    if acr and not acronym_of(c.text, acr.group(1)):
        # "National Institute of Statistics, Economic, and Demographic Studies (INSEED)":
        # the acronym spells a longer stretch ending here
        lo = max(0, c.start - 160)
        starts = [x.start() for x in re.finditer(r"(?<![\w’'\-])[A-Z]", text[lo:c.start])]
        for st in reversed(starts):
            st += lo
            if not _INSIDE.fullmatch(text, st, c.start):
                break
            if acronym_of(text[st:c.end], acr.group(1)):
                return Cand(st, c.end, text[st:c.end], "RULE_ORG")
    return c


def _list_before(text: str, c: Cand, home: str | None) -> Cand:
    """"the U.N. Educational, Scientific and Cultural Organization", "the UN Educational, Social,
    and Cultural Organization": a body whose name opens with a list of its fields, cut at the
    commas, is taken whole when every piece before it is an ordinary word of a name. A body named by its one
    word ("In late December, Congress passed …", ``lone_bodies``) is a whole name: no list opens it (t-orgs61)."""
    if c.text.lower() in LONE_BODIES or not re.match(rf"(?:{_CAP}\s+and\s+)?{_CAP}(?:\s+{_CAP})*$", c.text) or not org_heads(c.text.split()[-1:]):
        return c
    m = _LIST_HEAD.search(text, max(0, c.start - 90), c.start)
    if not m or m.end() != c.start or (m.start() > 0 and text[m.start() - 1] not in " \n(") \
            or _continues_name(text, m.start()):
        return c
    start, head = m.start(), m.group(1)
    the = re.match(r"The\s+", head)
    if the:                                   # "The Truth, Justice, and Reconciliation Commission"
        start, head = start + the.end(), head[the.end():]
    first = re.sub(r"^(?:UN|U\.N\.|United Nations)\s+", "", head)
    items = [first] + [i.strip(", ") for i in re.findall(rf",\s+{_CAP}(?:\s+{_CAP})?", m.group(2))]
    opens = re.search(r"[.!?]\s+$", text[max(0, start - 3):start]) is not None
    if not all(_name_part(i, home) for i in items) or (opens and first == head):
        return c                              # a sentence opening with a list is no name
    return Cand(start, c.end, text[start:c.end], "RULE_ORG")


_PIECE_AFTER_WORD = re.compile(r"([A-Za-z][\w’'\-]*)[ \t]+$")


def _continues_name(text: str, start: int) -> bool:
    """Does the list's first piece at ``start`` go with a name written before it: a capitalised word of the
    same run right before it ("National [Insurance Scheme, and] Police Force": the piece is cut), or a
    preposition of a name (``list_head_continues``: "the Ministry of [Education, ]Geology and Mines
    Commission")? (t-orgs52; the dev gold makes the join in none of 8 such sentences, 5 reports.)"""
    w = _PIECE_AFTER_WORD.search(text, max(0, start - 40), start)
    if w is None:
        return False
    word = w.group(1)
    return word in LIST_HEAD_CONTINUES or word[:1].isupper() and word.lower() not in LEADING_NOISE


#: a name right before the acronym that spells it: "Action by Christians for the Abolition of Torture (ACAT)"
_JOIN = r"(?:of|for|by|in|on|and|the|a|without|with|against|to|de|du|des|la)"
_SPELLED = re.compile(rf"({_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP}){{1,8}})\s+\(([A-Z][A-Za-z&\-]{{1,11}})\)")
_SPELLED_BODY = re.compile(r"\b(?:organi[sz]ations?|NGOs?|groups?|associations?|part(?:y|ies)|unions?|movements?"
                           r"|coalitions?|networks?)\b[^.;()]{0,12}$")


def spelled_names(text: str, start: int, end: int, home: str | None) -> list[Cand]:
    """Bodies defined by the acronym their capitals (or syllables: "Prison Care and Counseling
    Association (PRISCCA)", ``spells``) spell, where the report shows a body: a head
    word, a body noun just before ("one domestic human rights organization, Citizens for Peace in
    Tarsania (CPT)") or the acronym acting elsewhere ("ACAT reported")."""
    out = []
    for m in _SPELLED.finditer(text, start, end):
        name, acr = m.group(1), m.group(2)
        words = name.split()
        while len(words) > 2 and (words[0].lower() in LEADING_NOISE or not words[0][:1].isupper()):
            words = words[1:]
        if not acronym_of(" ".join(words), acr):   # the longest tail whose syllables spell it
            whole = name.split()                      # ("Domestic" is a noise word elsewhere)
            words = next((whole[i:] for i in range(len(whole) - 1) if whole[i][:1].isupper()
                          and spells(" ".join(whole[i:]), acr)), [])
        name = " ".join(words)
        if acr.lower() in NON_ORG_ACRONYMS or acr[-1] == "s" or not words or words[-1].lower() in DOCUMENT_WORDS:
            continue                          # "Internally Displaced Persons (IDPs)", "… Health Survey (DHS)"
        s = m.end(1) - len(name)
        gaz = gazetteer()
        if gaz.countries(name) or gaz.lookup(name, home) or all(w.lower() in GENERIC or w.lower() in CONNECTORS
                                                                for w in words):
            continue
        if org_heads(words) or _SPELLED_BODY.search(text, max(0, s - 60), s) \
                or re.search(rf"\b{re.escape(acr)}\)?,?\s+(?:{ACTING})\b", text):
            out.append(Cand(s, m.end(1), name, "RULE_ORG"))
    return out


#: a name written right after its kind, "by" included: "the French human rights nongovernmental
#: organization (NGO) Action by Christians for the Abolition of Torture"
_AFTER_KIND = re.compile(rf"\b(?:NGO|[Oo]rgani[sz]ation(?:\s+\(NGOs?\))?)\s+({_CAP}\s+by\s+{_CAP}"
                         rf"(?:\s+(?:(?:of|for|the|and|against|in|on)\s+)*{_CAP})*)")


def named_after_kind(text: str, start: int, end: int) -> list[Cand]:
    """Bodies whose name joins its words with "by", written after "NGO"/"organization"."""
    return [Cand(m.start(1), m.end(1), m.group(1), "RULE_ORG") for m in _AFTER_KIND.finditer(text, start, end)]


def _join_with_acronym(text: str, out: list[Cand]) -> list[Cand]:
    """"United Nations Mission in Liberia (UNMIL)": join pieces the acronym spells together;
    "Lord’s Resistance Army (LRA)": take in the owner the acronym spells."""
    joined: list[Cand] = []
    for c in out:
        if c.label == "RULE_ORG":
            owner = re.search(r"\b([A-Z][\w\-]+)['’]s\s+$", text[max(0, c.start - 30):c.start])
            m = PAREN.match(text, c.end)
            if owner and m and is_acronym(m.group(1)) and not acronym_of(c.text, m.group(1)) \
                    and acronym_of(owner.group(1) + " " + c.text, m.group(1)):
                o = c.start - (len(owner.group(0)))
                c = Cand(o, c.end, text[o:c.end], "RULE_ORG")
        if joined and joined[-1].label == "RULE_ORG":
            prev = joined[-1]
            gap = text[prev.end:c.start]
            if re.fullmatch(r"\s+(?:and|in|of|for|on|with|to)(?:\s+the)?\s+", gap):
                m = PAREN.match(text, c.end)
                if m and is_acronym(m.group(1)) and acronym_of(text[prev.start:c.end], m.group(1)) \
                        and not acronym_of(c.text, m.group(1)):
                    joined[-1] = Cand(prev.start, c.end, text[prev.start:c.end], "RULE_ORG")
                    continue
            if re.fullmatch(r"\s+with\s+the\s+", gap) and re.search(r"\bfor\s+[A-Z]\w+$", prev.text) \
                    and org_heads(c.text.split()):
                # "Government Commission for Coordination with the U.N. Peacekeeping Mission"
                joined[-1] = Cand(prev.start, c.end, text[prev.start:c.end], "RULE_ORG")
                continue
        joined.append(c)
    return joined


def extend_persons(text: str, cands: list[Cand]) -> list[Cand]:
    """spaCy persons with the particle and surname after them ("Jose Eduardo" + "dos
    Santos") and the first name the model left before them ("arrested Mahamat [Nour Ahmed
    Ibedou]", "Aime [Constant Gatore]"); pieces inside an extended name go. Persons joined
    twice: before the extension (two model pieces one space apart) and after it, since a first
    name taken back may close the gap to a model person before it ("[Abbas] Hamady [Samba
    Niang]": "Hamady" is taken back, "Abbas" is another candidate's; issue 14, t-ents18)."""
    out: list[Cand] = []
    for c in _joined_persons(text, cands):
        c = with_patronymic(text, c)          # "Argen Baktybek uulu"
        m = _PARTICLE_AFTER.match(text, c.end) if c.label == "PERSON" else None
        if m and not is_common(m.group(2)) and m.group(2).lower() not in CONNECTORS:
            c = Cand(c.start, m.end(), text[c.start:m.end()], c.label, c.roles)
        if c.label == "PERSON" and " " in c.text:
            last = _surname_after(text, c)
            if last is not None:
                c = Cand(c.start, last, text[c.start:last], c.label, c.roles)
        first = _first_name_before(text, c) if c.label == "PERSON" and not c.roles else None
        if first is None and c.label in ("GPE", "LOC", "ORG") and " " not in c.text \
                and not gazetteer().lookup(c.text, alternates=False):
            first = _first_name_before(text, c, dashed=True)   # "Ca Suffit–[Celine] Narmadji"
        for _ in range(2):                    # two first names: "arrested [Mahamat Nour] Ahmed Ibedou"
            if first is None or any(o.start <= first < o.end for o in cands if o is not c):
                break
            c = Cand(first, c.end, text[first:c.end], "PERSON", c.roles)
            first = _first_name_before(text, c)
        head = _names_before(text, c, cands) if c.label == "PERSON" and not c.roles else None
        if head is not None:
            c = Cand(head.start, c.end, text[head.start:c.end], c.label, head.roles)
        out.append(c)
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cand] = []
    for c in out:
        if kept and kept[-1].start <= c.start and c.end <= kept[-1].end:
            continue
        kept.append(c)
    return _joined_persons(text, kept)


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,;(“\"–—]))([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) $")


def _first_name_before(text: str, c: Cand, dashed: bool = False) -> int | None:
    """Where a person's name starts when the model left its first word out: a capitalised
    word right before it, after a lower-case word or a comma, that is no ordinary word,
    acronym, title, body word, place, country or nationality and that the report never writes
    apart from this name ("Liban [Abdi Warsame]"; not "Radio [Publique Africaine]", "Freetown
    [Yvonne Aki-Sawyerr]", "the RUF [Sam Bockarie]"). ``dashed``: only a word glued to a dash
    before it, which makes a surname the model took for a place a person's ("Ca Suffit–[Celine]
    Narmadji")."""
    m = _WORD_BEFORE.search(text, max(0, c.start - 30), c.start)
    if m is None or c.start - m.start(1) < 3:
        return None
    word = m.group(1)
    prev = text[max(0, m.start(1) - 3):m.start(1)]
    if not re.search(r"[–—]$" if dashed else r"(?:[a-z,;]\s|[(“\"–—])$", prev):
        return None                           # a sentence start, or a name of its own before it
    gaz = gazetteer()
    if sum(ch.isupper() for ch in word) >= 2 or is_common(word) or (zipf(word) >= NAME_PART_ZIPF and not dashed) \
            or word.lower() in TITLES or org_heads([word]) \
            or word.lower() in CONNECTORS or gaz.countries(word) or gaz.lookup(word, alternates=False) \
            or nationality_word(word) or post_before(text, m.start(1)):
        return None                           # … or a post's body: "president of [Fetracarabobo] X Y" (t-ents71)
    first = c.text.split()[0]
    alone = len(re.findall(rf"\b{re.escape(word)}\b", text))
    if alone > len(re.findall(rf"\b{re.escape(word)}\s+{re.escape(first)}\b", text)):
        return None                           # the report also writes it apart: a place, a body, a people
    return m.start(1)


def _joined_persons(text: str, cands: list[Cand]) -> list[Cand]:
    """Two persons of the model one space apart are one name cut in two ("Congressman [Julio
    Antonio] [Juarez Ramirez]"), five words at most."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        p = out[-1] if out else None
        if p is not None and p.label == c.label == "PERSON" and text[p.end:c.start] == " " \
                and len(p.text.split()) + len(c.text.split()) <= 5:
            out[-1] = Cand(p.start, c.end, text[p.start:c.end], "PERSON", p.roles or c.roles)
            continue
        out.append(c)
    return out


_WORD_AFTER = re.compile(r" ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?=(?:[’']s)?(?:[\s,;:.)”\"]|$))")


def _surname_after(text: str, c: Cand) -> int | None:
    """Where a person's name of two words or more ends when the model left its last word out:
    a capitalised word right after it, no ordinary word, acronym, title, body word, country,
    large place or nationality, and no first word of another name ("journalist Mohamed Youssouf
    [Bathily] and", "student Mosarat Jahan [Munia] was found"; issue 14, read on reports without
    gold); or two such words where a third does not follow, the two surnames of a Spanish name
    ("his brother Hermes Misael [Sanchez Gomez] was injured", 2017 Honduras; t-ents4)."""
    m = _WORD_AFTER.match(text, c.end)
    if m is None:
        return None
    if re.match(r"(?:[’']s)?\s+[A-Z]", text[m.end(1):m.end(1) + 4]):
        two = _WORD_AFTER.match(text, m.end(1))
        if two is not None and _surname_like(m.group(1), rare=False) and _surname_like(two.group(1), rare=False) \
                and not re.match(r"(?:[’']s)?\s+[A-Z]", text[two.end(1):two.end(1) + 4]):
            return two.end(1)                 # common surnames too ("Sanchez", "Gomez")
        return None                           # "Jahan Munia Sheikh …": a name of its own may start
    return m.end(1) if _surname_like(m.group(1)) else None


def _surname_like(word: str, rare: bool = True) -> bool:
    """A capitalised word that may end a person's name (see ``_surname_after``); ``rare``: also
    not a word as frequent as a common surname (a single word after a name may be the next
    sentence's subject, two such words are a Spanish name's surnames)."""
    low = word.lower()
    place = gazetteer().lookup(word, alternates=False)
    return not (is_acronym(word) or is_common(word) or rare and zipf(word) >= NAME_PART_ZIPF or low in TITLES
                or low in GENERIC or org_heads([word]) or low in CONNECTORS or nationality_word(word)
                or gazetteer().countries(word)
                or place is not None and (place.kind != "city" or place.population >= FOREIGN_TOWN_MIN))


def _names_before(text: str, c: Cand, cands: list[Cand]) -> Cand | None:
    """The first names the model typed apart, right before the rest of a person's name
    ("arrested [Mahamat Nour]ORG [Ahmed Ibedou]PERSON"): a span of the model joined to the person
    by one space, whose words are all name-like (no ordinary word, title, body word, acronym,
    place, country or nationality)."""
    gaz = gazetteer()
    for o in cands:
        if o is c or o.label not in ("ORG", "GPE", "LOC", "NORP", "FAC") or text[o.end:c.start] != " ":
            continue
        words = o.text.split()
        if len(words) <= 2 and not org_heads(words) and all(
                re.fullmatch(r"[A-Z][a-z’'\-]+", w) and not is_common(w) and zipf(w) < NAME_PART_ZIPF
                and w.lower() not in TITLES and w.lower() not in CONNECTORS and not gaz.countries(w)
                and not gaz.lookup(w, alternates=False) and not nationality_word(w) for w in words):
            return o
    return None
