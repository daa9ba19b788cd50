"""Capitalised runs of words (pass 1, with candidates.py): a paragraph cut into words, possessives
stripped and breaks marked, and the phrases of capitalised words that may name an entity,
trimmed of titles and connectors."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ...lexicons.gazetteer import gazetteer
from ...lexicons.frequency import zipf
from ..common import POSS, WORD, big_place, org_heads, is_acronym, is_cap
from .coordination import mission_goes_on, portfolio_goes_on, second_body
from ..bodies.fields import field_after
from ..bodies.opening_words import opens_name
from ..lexicon import (
    ARTICLES_CAPITALISED, ATTRIBUTIVE, CONNECTORS, DOCUMENT_WORDS, FACILITY_NUMBER_WORDS, FACILITY_WORDS, GENERIC,
    IN_OK, IN_PLACE_HEADS, KIND_ACRONYMS, LEADING_NOISE, MONTHS_SET, NAME_PART_ZIPF, NON_ORG_ACRONYMS, ORG_HEADS,
    OWNER_TITLES, PLURAL_OWNERS, TITLE_COMPOUNDS, TITLES, TO_NOUNS, TRAILING_TITLES, IN_COUNTRY_STOPS, IN_NOUNS,
    WITH_NOUNS,
)


@dataclass
class Word:
    """One word of a paragraph: its span, its text without a possessive, whether it had one, and whether a
    break follows it."""
    s: int
    e: int
    core: str
    poss: bool
    brk: bool      # punctuation or a line break follows


_NUMBER_WORD = re.compile(r"^\d{1,4}[.]?$")
_ABBREV_END = re.compile(r"(?:\b[A-Z]\.[A-Z]\.?|\b(?:St|Jr|Sr|Mr|Ms|Mrs|Dr|Inc|Ltd|Co)\.)$")


def word_tokens(text: str, start: int, end: int) -> list[Word]:
    """Word tokens of a paragraph with their possessive stripped and a flag for a break
    (punctuation or a line break) after them."""
    out: list[Word] = []
    matches = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]
    # a facility's number is part of its name: "Penal Colony No. 4", "Pretrial Detention Center No. 1"
    k = 0
    while k + 1 < len(matches):
        if matches[k][2] in FACILITY_NUMBER_WORDS and _NUMBER_WORD.match(matches[k + 1][2]) \
                and text[matches[k][1]:matches[k + 1][0]] in (" ", "\u00a0") or \
                matches[k][2].isupper() and matches[k + 1][2].isupper() and len(matches[k][2]) > 1 \
                and text[matches[k][1]:matches[k + 1][0]] == "/":  # "National Institute for HIV/AIDS"
            s0, e1 = matches[k][0], matches[k + 1][1]
            matches[k:k + 2] = [(s0, e1, text[s0:e1])]
        k += 1
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
        poss = len(raw) > 2 and raw[-1] in "s’'" and bool(POSS.search(raw))
        core = POSS.sub("", raw) if poss else raw
        if not brk:
            nxt = matches[i + 1][0] if i + 1 < len(matches) else end
            gap = text[m_end:nxt]
            brk = not gap or "\n" in gap or not gap.isspace()
        if poss:
            e = s + len(core)
        out.append(Word(s, e, core, poss, brk))
    return out


def phrases(words: list[Word], text: str) -> Iterable[list[Word]]:
    """Maximal runs of capitalised words joined by connectors, broken at punctuation."""
    i, n = 0, len(words)
    while i < n:
        if not is_cap(words[i].core):
            i += 1
            continue
        run = [words[i]]
        j = i
        while not run[-1].brk and (not run[-1].poss or all(   # "The Attorney General’s Office"
                w.core.lower() in OWNER_TITLES for w in run[run[0].core == "The":]) or _plural_possessive(run[-1])
                or _title_office(run[-1], words, j + 1)):
            k = j + 1
            more = _goes_on(run, words, k)
            if more:
                run.extend(more)
                j = k + len(more) - 1
                continue
            conn: list[Word] = []
            while k < n and words[k].core.lower() in CONNECTORS and not words[k].core[:1].isupper() \
                    and not words[k].brk and len(conn) < 2:
                conn.append(words[k])
                k += 1
            if k >= n or not is_cap(words[k].core):
                break
            if conn:
                cw = [c.core.lower() for c in conn]
                if cw[0] == "the" or (cw[0] == "and" and "the" in cw) or words[k].core.lower() in MONTHS_SET:
                    break                     # "the Constitutional Court on January 20"
                if cw == ["to"] and run[-1].core.lower() not in TO_NOUNS and not mission_goes_on(run, words, k):
                    break                     # "the Right to Asylum", "Office to Combat …" go on
                if cw[0] in ("against", "to") and ("the" in cw or is_acronym(words[k].core)):
                    break                     # "a case by the Ministry of Justice against CITUK"
                if cw[0] == "in" and words[k].core.lower() not in IN_OK and not _in_part(run, words, k) \
                        and not _hosted(run, words, k):
                    break
                if cw[0] == "in" and words[k].core == "The" and k + 1 < n and not words[k].brk \
                        and big_place(words[k].core + " " + words[k + 1].core):
                    break                     # "Special Court for Sierra Leone in The Hague"
                if cw[0] == "and" and (org_heads([w.core for w in run]) or is_acronym(run[-1].core)) \
                        and (_has_head_ahead(words, k) or is_acronym(words[k].core)) \
                        and not portfolio_goes_on(run, words, k):
                    break
                if cw == ["and"] and second_body(run, words, k):
                    break                     # "… Practices Commission and Economic and Financial …"
            run.extend(conn)
            run.append(words[k])
            j = k
        yield run
        i = j + 1


def _goes_on(run: list[Word], words: list[Word], k: int) -> list[Word]:
    """The words after ``run`` that are still its name although a connector that ends names stands
    first (issue 14, names read on reports without gold): "in" and a country after a body's head
    ("Federation of Women Lawyers in Kenya", "Stabilization Mission in the Democratic Republic of
    the Congo"), "with" after a people ("Council for Persons with Disabilities"), "in" after
    "Trafficking" ("Commission on Trafficking in Persons"), "or" between the words of a body's
    field ("Working Group on Enforced or Involuntary Disappearances")."""
    if k + 1 >= len(words) or words[k].brk or words[k].core[:1].isupper():
        return []
    conn, last = words[k].core.lower(), run[-1].core.lower()
    heads = org_heads([w.core for w in run])
    if conn == "in" and heads and not IN_COUNTRY_STOPS.intersection(heads):
        n = _country_after(words, k + 1)
        if n:
            return words[k:k + 1 + n]
    nxt = words[k + 1]
    if not is_cap(nxt.core) or is_acronym(nxt.core):
        return []
    if conn == "with" and last in WITH_NOUNS or conn == "in" and last in IN_NOUNS:
        return [words[k], nxt]
    n = field_after(run, words, k)
    if n:
        return words[k:k + n]
    if conn == "or" and heads and any(w.core in ("of", "for", "on") for w in run) \
            and last not in ORG_HEADS and not _has_head_ahead(words, k + 1) and nxt.core.lower() not in GENERIC:
        return [words[k], nxt]
    return []


def _country_after(words: list[Word], k: int) -> int:
    """How many words from ``k`` name a country ("Kenya", "the Democratic Republic of the Congo"),
    ending at a break or before a word that is not capitalised; 0 when none does."""
    gaz = gazetteer()
    for n in range(min(7, len(words) - k), 0, -1):
        ws = words[k:k + n]
        if not is_cap(ws[-1].core) or any(w.brk for w in ws[:-1]) or ws[-1].poss:
            continue
        if not ws[-1].brk and k + n < len(words) and is_cap(words[k + n].core):
            continue
        if gaz.countries(" ".join(w.core for w in ws)):
            return n
    return 0


def _hosted(run: list[Word], words: list[Word], k: int) -> bool:
    """"UN Multidimensional Integrated Stabilization Mission in Mali": a mission's name goes on with
    its host country (one word or two, a country the gazetteer knows)."""
    if run[-1].core.lower() not in IN_PLACE_HEADS or len(run) < 2:
        return False
    two = words[k].core + " " + words[k + 1].core if k + 1 < len(words) and not words[k].brk else ""
    return big_place(words[k].core) or bool(two) and big_place(two)


def _in_part(run: list[Word], words: list[Word], k: int) -> bool:
    """"Association for the Support of Refugees and Displaced Persons in Detention": an
    ordinary word after "in" ends a name that has its "of"/"for" (not a place, month or body)."""
    w = words[k]
    last = w.brk or k + 1 >= len(words) or not is_cap(words[k + 1].core)
    return last and len(run) >= 3 and of_name(run) and zipf(w.core) >= NAME_PART_ZIPF and not org_heads([w.core]) \
        and w.core.lower() not in GENERIC and not big_place(w.core) and not is_acronym(w.core)


def _plural_possessive(w: Word) -> bool:
    """"Women’s", "People's", "Journalists’": possessives that belong inside a name."""
    return w.core.lower() in PLURAL_OWNERS or w.core.lower().endswith("s") and w.core[:1].isupper() \
        and w.core.lower().rstrip("s") in PLURAL_OWNERS


def _title_office(w: Word, words: list[Word], k: int) -> bool:
    """"the Mexico City Prosecutor General’s Office", "the Special State Prosecutor’s Office": a
    title's possessive before "Office" belongs inside the name, whatever comes before the title
    (t-ents6; 2024 Montenegro dev, 2021 Mexico)."""
    return w.poss and w.core.lower() in OWNER_TITLES and k < len(words) and words[k].core in ("Office", "Offices")


def _has_head_ahead(words: list[Word], k: int) -> bool:
    """Does the capitalised run starting at ``k`` contain an organisation head word?"""
    while k < len(words):
        w = words[k]
        if w.core.lower() in ORG_HEADS and is_cap(w.core):
            return True
        if w.brk or w.poss or w.core == "and" or not (
                is_cap(w.core) or w.core.lower() in CONNECTORS):
            return False
        k += 1
    return False


def _opening(run: list[Word], text: str | None) -> bool:
    """"the Ministry of Labor’s Domestic Workers Directorate": a noise word that opens a body's name
    inside a sentence stays (bodies/opening_words.py, t-orgs50)."""
    return text is not None and len(run) > 1 and opens_name(text, run[0].s, run[0].core) \
        and not run[0].brk and not run[0].poss and _has_head_ahead(run, 1)


def trim_run(run: list[Word], text: str | None = None) -> list[Word]:
    """Drop sentence-initial noise, titles, document words and dangling connectors (with ``text``, a
    noise word that opens a body's name inside a sentence stays)."""
    while run and (run[0].core.lower() in LEADING_NOISE and not _opening(run, text)
                   or run[0].core.lower() in CONNECTORS
                   or run[0].core.lower() in MONTHS_SET or ATTRIBUTIVE.search(run[0].core)
                   or len(run) > 2 and run[1].core in ARTICLES_CAPITALISED):
        run = run[1:]                         # "the Mogadishu-based Jumale Center", "TNG-supported"
        # (an article written with a capital right after the first word opens a new phrase: the
        # word before it, a sentence's verb, is no part of the name: "See The Department of State")
    while run and run[-1].core.lower() in CONNECTORS:
        run = run[:-1]
    if len(run) >= 2 and run[-1].core.isupper() and run[-1].core.lower() in NON_ORG_ACRONYMS \
            and run[-1].core.lower() not in ORG_HEADS \
            and run[-2].core.lower() not in CONNECTORS:
        run = run[:-1]                        # "In Somaliland FGM remains illegal"
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
            run[-1].core.lower() in GENERIC or run[-1].core.lower() in NON_ORG_ACRONYMS) \
            and not (run[-1].core.lower() in PLURAL_OWNERS and of_name(run[:-2])):
        run = run[:-2]
    # "British Broadcasting Corporation Freetown" → without the town
    # ("Human Rights Watch Africa" keeps its continent: a division, not a bureau's town; a facility's
    # word is no town although the gazetteer holds places named "Airport": "Velmar International
    # Airport" stays whole and is a facility, t-orgs16)
    town = gazetteer().lookup(run[-1].core) if len(run) > 2 and run[-2].core.lower() in ORG_HEADS \
        and run[-1].core.lower() not in FACILITY_WORDS else None
    if town is not None and town.kind == "city" and not run[-1].core.lower() in ORG_HEADS:
        run = run[:-1]
    # "Catholic NGO BELACD" → "BELACD": a kind written in capitals inside the run; not where only
    # head words follow it ("Velmoran Human Rights NGO Forum", 2018 Zimbabwe without gold)
    kinds = [i for i, w in enumerate(run[:-1]) if w.core.isupper() and w.core.lower() in KIND_ACRONYMS]
    if kinds and not all(org_heads([w.core]) for w in run[kinds[-1] + 1:]):
        run = run[kinds[-1] + 1:]
    # "Supreme Court Judge", "Nur Otan Party Deputy Chairman", "National Assembly First Vice
    # President" → the body without the title after its head
    j = len(run)
    while j > 1 and (run[j - 1].core.lower() in TITLES or run[j - 1].core.lower() in TRAILING_TITLES
                     or run[j - 1].core.lower() in ("first", "second")):
        j -= 1
    if j < len(run) and run[-1].core.lower() in TRAILING_TITLES:
        return _strip_title(run, j)
    return run


def body_before_title(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A tagger's body ``text[s:e]`` read on with the capitalised title words right after it
    ("Presidential Press" + " Secretary"): its span without the title, None when no body is
    left; the span unchanged when it is no body glued to a title."""
    run: list[Word] = []
    for w in word_tokens(text, s, min(len(text), e + 60)):
        low = w.core.lower()
        if w.s >= e and not (is_cap(w.core) and (low in TRAILING_TITLES or low in TITLE_COMPOUNDS)):
            break
        run.append(w)
        if w.brk and w.e >= e:
            break
    j = len(run)
    while j > 1 and (run[j - 1].core.lower() in TITLES or run[j - 1].core.lower() in TRAILING_TITLES):
        j -= 1
    if not run or j == len(run) or run[-1].core.lower() not in TRAILING_TITLES:
        return s, e
    body = _strip_title(run, j)
    if body is run:
        return s, e
    return (s, min(e, body[-1].e)) if body else None


def _strip_title(run: list[Word], j: int) -> list[Word]:
    """``run[j:]`` is a title after a body ("Supreme Court Judge"): the body without it. Words of a
    compound title go with it ("Radio Kakata Station Manager" → "Radio Kakata"); a lone ordinary
    word left in front is an adjective of the title ("Presidential Press Secretary": no body)."""
    k = j
    while k > 1 and run[k - 1].core.lower() in TITLE_COMPOUNDS and run[k - 2].core.lower() not in CONNECTORS:
        k -= 1
    rest = run[:k]
    if k < j and org_heads([w.core for w in rest]):
        return rest
    if k < j and len(rest) == 1 and not is_acronym(rest[0].core) and zipf(rest[0].core) >= NAME_PART_ZIPF:
        return []
    return run[:j] if run[j - 1].core.lower() in ORG_HEADS else run


def of_name(run: list[Word]) -> bool:
    """"Ministry of Social Action": a head word, then "of"/"for" (its portfolio may end
    "and Women")."""
    return any(w.core.lower() in ORG_HEADS and is_cap(w.core) and run[i + 1].core in ("of", "for")
               for i, w in enumerate(run[:-1]))
