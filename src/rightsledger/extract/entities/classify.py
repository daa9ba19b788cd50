"""Pass 2, types: one type per surface form for the whole report (person, organization,
place), by weighted votes of each candidate's local evidence (:mod:`.votes.local`), and acronyms
defined in parentheses ("Human Rights Watch (HRW)") typed like their expansion.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..lexicons.gazetteer import fold, gazetteer
from .common import (
    PAREN, Cand, acronym_of, top_vote, demonym, org_heads, is_acronym, is_cap, name_key, surnames_of,
)
from .lexicon import CONNECTORS, PARTICLES, QUOTED_BODY, SURNAME_SUFFIX, TOPONYM_SUFFIX
from .votes.groups import Groups
from .bodies.appositive_kinds import appositive_keys
from .bodies.event_names import event_front, event_head
from .bodies.kind_lists import kind_list_keys
from .bodies.lower_expansions import lower_expansions
from .bodies.outlets import outlet_keys
from .persons.articles import names_after_articles
from .persons.name_pieces import LOWER_WORD
from .linking import surname_close
from .votes.lists import bodies_by_first_word, home_places, kind_of_lists
from .titles.roles import role_after, human_cue
from .places.surnames import mostly_a_home_place, written_as_person
from .votes.local import KIND_PLACE, OUTLET, local_type


def retype_defined(cands: list[Cand], defined: list[Cand]) -> None:
    """An acronym the report defines ("Central African Republic (CAR)") has its expansion's type
    wherever it stands ("villages in CAR" is that place, whatever the model said)."""
    by_form = {fold(a.text): a for a in defined}
    for c in cands:
        a = by_form.get(fold(c.text))
        if a is not None and c.label != "ACRO" and c.type != a.type and is_acronym(c.text):
            c.type, c.label, c.roles = a.type, "ACRO", list(a.roles)   # joins its expansion


def _inner_names(name: str) -> set[str]:
    """The folded middle words of a name of three words or more, particles left out."""
    parts = fold(name).split()
    return {p for p in parts[1:-1] if p not in PARTICLES and len(p) >= 3}


def _beside(text: str, c: Cand, persons: list[Cand]) -> bool:
    """A full name coordinated with a person's full name: "detained Frederic Loua and Amadou
    Diallo", "Jane Roe, John Doe"."""
    return any(re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[a.end:b.start]) is not None
               for p in persons for a, b in ((c, p), (p, c)) if a.end <= b.start <= a.end + 8)


def _listed_with_persons(text: str, cands: list[Cand], votes: dict[str, Counter]) -> set[str]:
    """Single words in a list of persons ("Egide Habonimana, Lionel Hafashimana, and Benius
    Mbanyenimanga" where the model cut the first name off one): between two full names of
    persons, or beside one that the report shows is a person ("X and Dawit Habetemichael,
    reporters for …")."""
    ordered = sorted(cands, key=lambda c: c.start)
    near: dict[int, list[Cand]] = defaultdict(list)
    for i, (a, b) in enumerate(zip(ordered, ordered[1:])):
        if re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[a.end:b.start]):
            near[i].append(b)
            near[i + 1].append(a)
    out: set[str] = set()
    for i, one in enumerate(ordered):
        if " " in name_key(one.text):
            continue
        persons = [o for o in near[i] if " " in name_key(o.text) and top_vote(votes.get(name_key(o.text))) == "person"]
        if len(persons) >= 2 or any(o.roles or human_cue(text, o.start, o.end) for o in persons):
            out.add(name_key(one.text))
    return out


def resolve_types(text: str, cands: list[Cand], home: str | None,
                   norp: set[str], home_name: str | None = None,
                   groups: Groups | None = None) -> list[Cand]:
    """One type per name: each mention's local vote (:mod:`.votes.local`) added up over the report with the
    report-wide evidence; the candidates with their types."""
    votes, local, first_names = _local_votes(text, cands, home, home_name)
    for key, body in _quoted_translated(text).items():
        if key in votes and "person" in votes[key]:
            del votes[key]["person"]          # “Ca Suffit” (Enough): a slogan or a body, no person
            if body:
                votes[key]["organization"] += 3
    names_after_articles(text, cands, votes)   # "the Milli Mejlis", "An Garda Siochana": no person
    surnames, ruled_places = _surnames(text, cands, votes, local, first_names, home)
    _single_word_persons(text, cands, votes, first_names, surnames)
    _the_bodies(text, cands, votes, surnames, ruled_places, home, home_name)
    _decided_bodies(text, cands, votes, local, groups, surnames)
    bodies_by_first_word(cands, votes)
    home_places(text, cands, votes, home, surnames)
    kind_of_lists(text, cands, votes, surnames)
    return _typed(text, cands, votes, local, norp, home)


def _local_votes(text: str, cands: list[Cand], home: str | None, home_name: str | None
                 ) -> tuple[dict[str, Counter], list[tuple[str | None, float]], set[str]]:
    """Each mention's local vote (``local_type``) added up per name; a "person?" (a bare full name)
    decided by what the report shows of persons (a known first name or surname, a role, a human cue, a
    person beside it), a one-word body with a role a person's. Returns the votes, the local votes in the
    candidates' order and the first names of the persons voted."""
    votes: dict[str, Counter] = defaultdict(Counter)
    local: list[tuple[str | None, float]] = []
    first_names: set[str] = set()
    person_tokens: set[str] = set()
    lower_vocab = set(LOWER_WORD.findall(text))
    for c in cands:
        t, w = local_type(c, home, text, lower_vocab, home_name)
        local.append((t, w))
        if t in ("person",) and c.label == "PERSON":
            ws = c.text.split()
            person_tokens.update(fold(x) for x in ws)
            if len(ws) >= 2:
                first_names.add(fold(ws[0]))
    model_persons = [c for c, (t, _) in zip(cands, local) if t == "person" and " " in c.text]
    for c, (t, w) in zip(cands, local):
        if t == "person?":
            ws = c.text.split()
            evidence = (fold(ws[0]) in first_names or fold(ws[-1]) in person_tokens
                        or bool(SURNAME_SUFFIX.search(fold(ws[-1]))) or bool(c.roles)
                        or role_after(text, c.end) is not None or human_cue(text, c.start, c.end)
                        or _beside(text, c, model_persons))
            t, w = ("person", 1.5) if evidence else ("organization", 0.5)
        elif c.roles and " " not in c.text and c.label in ("ORG", "GPE", "LOC") and w <= 1 \
                and not org_heads([c.text]) and not is_acronym(c.text) and not gazetteer().countries(c.text):
            votes[name_key(c.text)]["person"] += 1.5   # "the spokesman, Tessaro": a role decides
        if t:
            votes[name_key(c.text)][t] += w
    return votes, local, first_names


def _surnames(text: str, cands: list[Cand], votes: dict[str, Counter],
              local: list[tuple[str | None, float]], first_names: set[str],
              home: str | None) -> tuple[set[str], set[str]]:
    """The single words that are a person's surname (of a full name voted person, inner names, family
    names written first, person words taken for places), each voted person where it is no ruled place,
    home place, body or country; returns them with the names the rules made places."""
    # a single word that is the surname of a full name is that person (or one of its inner
    # names: "Jahan" of "Mosarat Jahan Munia")
    surnames = {f for c in cands if len(c.text.split()) >= 2 and top_vote(votes.get(name_key(c.text))) == "person"
                for f in surnames_of(c.text) | _inner_names(c.text)}
    surnames |= _family_names_first(cands, votes)
    ruled_places = {name_key(c.text) for c in cands if c.label in ("COUNTRY", "TOWN", "RULE_PLACE")}
    for key, v in votes.items():
        if " " not in key and key in surnames and ("person" in v or "place" in v or "organization" in v):
            if key in ruled_places and v["place"] > v["person"]:
                continue                      # "in Katanga and Orientale provinces": a place
            if mostly_a_home_place(key, v, home) and not written_as_person(text, cands, key):
                continue                      # "the state of Guerrero" beside "Jhosivani Guerrero"
            if not org_heads([key]) and not gazetteer().countries(key):
                v["person"] += sum(v.values()) + 1
    surnames |= _person_words_taken_for_places(cands, local, votes, first_names, surnames | ruled_places, home)
    return surnames, ruled_places


def _single_word_persons(text: str, cands: list[Cand], votes: dict[str, Counter], first_names: set[str],
                         surnames: set[str]) -> None:
    """A single word keeps its person vote only where the report shows a person: a surname, a title or
    role, a first name, a surname ending, a human cue, a list of persons."""
    # a single word is a person only where the report shows one: a title, a role, a first
    # name, a surname ending or a human cue ("at Sawa", "Birlik", "Appendix C" are not)
    shown = {name_key(c.text) for c in cands if " " not in name_key(c.text) and (
        c.roles or SURNAME_SUFFIX.search(fold(c.text)) or fold(c.text) in first_names
        or human_cue(text, c.start, c.end))} | _listed_with_persons(text, cands, votes)
    for key, v in votes.items():
        if " " not in key and key not in surnames and key not in shown and top_vote(v) == "person":
            del v["person"]


def _the_bodies(text: str, cands: list[Cand], votes: dict[str, Counter], surnames: set[str],
                ruled_places: set[str], home: str | None, home_name: str | None) -> None:
    """A single capitalised word mostly written "the X" is a body, not a person (nor an unknown place)."""
    the_count: Counter = Counter()
    total: Counter = Counter()
    for c in cands:
        k = name_key(c.text)
        if " " in k:
            continue
        total[k] += 1
        if re.search(r"\b[Tt]he\s+$", text[max(0, c.start - 5):c.start]):
            the_count[k] += 1
    gaz = gazetteer()
    for k, v in votes.items():
        if not (v and total[k] and the_count[k] * 2 >= total[k]) or k in surnames or k in ruled_places:
            continue
        top = v.most_common(1)[0][0]
        if top == "person" or (top == "place" and k != home_name and not gaz.lookup(k, home)
                               and not TOPONYM_SUFFIX.search(k)):
            v["organization"] += v[top] + 1


def _decided_bodies(text: str, cands: list[Cand], votes: dict[str, Counter], local: list[tuple[str | None, float]],
                    groups: Groups | None, surnames: set[str]) -> None:
    """The report-wide evidence that decides a name's kind whatever its votes: a people (no entity), an
    armed group, an outlet named by its kind, an apposition or a list of bodies, a place named by its kind."""
    if groups is not None:
        for k in list(votes):
            if groups.is_people(k):
                del votes[k]                  # "the Kunama ethnic group": never an entity
            elif groups.is_armed(k) and k not in surnames:
                votes[k]["organization"] += sum(votes[k].values()) + 1   # "Cocoye militiamen"
    outlet_names = {name_key(c.text) for c, (t, w) in zip(cands, local) if w == OUTLET} | outlet_keys(text, cands)
    for k in outlet_names & set(votes):
        votes[k]["organization"] += sum(votes[k].values()) + 1
    for k in (appositive_keys(text, cands) | kind_list_keys(text, cands)) & set(votes):
        if top_vote(votes[k]) == "person":     # "X (gloss), a local NGO,", "groups such as X": a body
            votes[k]["organization"] += sum(votes[k].values()) + 1
    for k in {name_key(c.text) for c, (t, w) in zip(cands, local) if w == KIND_PLACE} & set(votes):
        votes[k]["place"] += sum(votes[k].values()) + 1


def _typed(text: str, cands: list[Cand], votes: dict[str, Counter], local: list[tuple[str | None, float]],
           norp: set[str], home: str | None) -> list[Cand]:
    """The candidates with the type their name's votes give, without pieces of a body's name and
    demonyms taken for places or bodies (an acronym that a typed name of the report defines is none)."""
    places = {name_key(c.text) for c in cands if top_vote(votes.get(name_key(c.text))) == "place"}
    defined = _defined_acronyms(text, cands, votes)
    out = []
    for c, (t, _) in zip(cands, local):
        v = votes.get(name_key(c.text))
        if not v:
            continue
        typ = v.most_common(1)[0][0]
        if typ in ("person", "place") and _piece_of_body(text, c, votes):
            continue
        if typ in ("place", "organization") and c.label not in ("COUNTRY", "RULE_PLACE", "TOWN", "RULE_ORG", "ARMED") \
                and " " not in c.text and fold(c.text) not in defined and demonym(c.text, norp, places) \
                and not (typ == "place" and _named_place(text, c.text, home)):
            continue
        c.type = typ
        out.append(c)
    return out


def _defined_acronyms(text: str, cands: list[Cand], votes: dict[str, Counter]) -> set[str]:
    """The acronyms in capitals (folded) that a name typed a body or a place defines, "Name (ACR)" (a
    place's capitals spelling ACR, as ``acronym_definitions`` asks): no demonym, though the model labels
    one of them NORP and puts its own stem into ``norp`` ("the Tarsanian Revolutionary Guard (TRG)",
    later "TRG-affiliated contractors")."""
    out: set[str] = set()
    for c in cands:
        m = PAREN.match(text, c.end)
        typ = top_vote(votes.get(name_key(c.text)))
        if m and is_acronym(m.group(1)) and not (event_front(c.text) or event_head(c.text)) \
                and (typ == "organization" or typ == "place" and acronym_of(c.text, m.group(1))):
            out.add(fold(m.group(1)))   # an operation's, a summit's acronym defines no body
    return out


#: A name in quotes with its translation in parentheses: “Ca Suffit” (Enough).
_QUOTED_TRANSLATED = re.compile(r"[\"“]([A-Z][^\"“”\n]{1,40}?)[\"”]\s*\([A-Z][^()\n]{0,40}\)")


def _quoted_translated(text: str) -> dict[str, bool]:
    """Names the report writes in quotes and translates in parentheses ("the coalition “Ca
    Suffit” (Enough)", "a campaign called “Silencio Mata” (Silence Kills)"), each with whether a
    body's kind stands before it."""
    out: dict[str, bool] = {}
    for m in _QUOTED_TRANSLATED.finditer(text):
        key = name_key(m.group(1))
        out[key] = out.get(key, False) or bool(QUOTED_BODY.search(text, max(0, m.start() - 30), m.start() + 1))
    return out


def _named_place(text: str, name: str, home: str | None = None) -> bool:
    """A place although the model also tagged it as a nationality: no nationality word by its
    shape, and with a place-name ending ("Somaliland") or a town of the report's own country in
    the gazetteer ("in front of the Dakar administrator's office" in a report on Senegal). A place
    preposition is not enough: "in Kazakh", "in Kirundi" are languages."""
    if demonym(name, set(), set()):
        return False
    if TOPONYM_SUFFIX.search(fold(name)):
        return True
    place = gazetteer().lookup(name, home) if home else None
    return place is not None and place.kind == "city" and place.country_code == home


def _person_words_taken_for_places(cands: list[Cand], local: list[tuple[str | None, float]],
                                   votes: dict[str, Counter], first_names: set[str], skip: set[str],
                                   home: str | None) -> set[str]:
    """Single words the model took for places that are a person's first name or a misspelt
    surname in this report and no place anyone knows ("… disassociated the Church from Chicoka.
    Armando served the sentence" after "reporter Armando Chikoca"): persons, and exempt from the
    single-word evidence test like surnames. A place preposition or kind word keeps the place."""
    gaz = gazetteer()
    strong = {name_key(c.text) for c, (t, w) in zip(cands, local) if t == "place" and w > 1}
    surnames = {f for c in cands if len(c.text.split()) >= 2 and top_vote(votes.get(name_key(c.text))) == "person"
                for f in surnames_of(c.text)}
    out: set[str] = set()
    for key, v in votes.items():
        if " " in key or key in skip or key in strong or top_vote(v) != "place" or gaz.lookup(key, home) \
                or gaz.countries(key):
            continue
        if key in first_names or (len(key) >= 7 and any(surname_close(key, s) for s in surnames)):
            v["person"] += v["place"] + 1
            out.add(key)
    return out


def _family_names_first(cands: list[Cand], votes: dict[str, Counter]) -> set[str]:
    """Surnames of names written family name first ("Sugita Mio" … "Sugita posted"): the first
    word of a person's two-word name is written alone in the report, the last word never."""
    alone = {name_key(c.text) for c in cands if " " not in c.text.strip()}
    out: set[str] = set()
    for c in cands:
        ws = c.text.split()
        if len(ws) == 2 and top_vote(votes.get(name_key(c.text))) == "person" and name_key(ws[0]) in alone \
                and name_key(ws[1]) not in alone and not gazetteer().countries(ws[0]):
            out.add(fold(ws[0]))
    return out


def _piece_of_body(text: str, c: Cand, votes: dict[str, Counter]) -> bool:
    """A word the model cut out of a body's name that the report writes whole elsewhere:
    "Kamwina [Nsapu] insurgency" (the Kamwina Nsapu militia), "Boko [Haram] attacks"."""
    if " " in c.text:
        return False
    before = re.search(r"(?<![\w’'\-])([A-Z][\w’'\-]+)\s$", text[max(0, c.start - 30):c.start])
    after = re.match(r"\s([A-Z][\w’'\-]+)\b", text[c.end:c.end + 30])
    whole = ([before.group(1) + " " + c.text] if before else []) + ([c.text + " " + after.group(1)] if after else [])
    return any(top_vote(votes.get(name_key(w))) == "organization" for w in whole)


def acronym_definitions(text: str, cands: list[Cand]) -> tuple[list[Cand], set[str]]:
    """``Name (ACR)``: new mentions for ACR typed like Name; lower-case expansions ban ACR, but for a body's
    (``bodies/lower_expansions.py``)."""
    new: list[Cand] = []
    for c in cands:
        if c.type not in ("organization", "place"):
            continue
        m = PAREN.match(text, c.end)
        poss = m is None and text[c.end:c.end + 2] in ("'s", "’s")
        if poss:                              # "the National Electoral Commission's (CNE) failure"
            m = PAREN.match(text, c.end + 2)
        if not m or poss and not is_acronym(m.group(1)):
            continue
        inner = m.group(1)
        s = m.start(1)
        if is_acronym(inner) or (inner.isupper() and 2 <= len(inner) <= 10):
            if c.type == "place" and not acronym_of(c.text, inner):
                continue                     # "… Mission in Sierra Leone (UNAMSIL)"
            new.append(Cand(s, s + len(inner), inner, "ACRO", type=c.type))
            new[-1].roles = [c.text]          # remember the expansion
        elif c.type == "organization" and 1 <= len(inner.split()) <= 6 and all(
                is_cap(w) or w.lower() in CONNECTORS for w in inner.split()) \
                and not any(ch.isdigit() for ch in inner) and inner.split()[0][0].isupper():
            new.append(Cand(s, s + len(inner), inner, "ACRO", type=c.type))
            new[-1].roles = [c.text]
    bodies, lower = lower_expansions(text, cands)   # "the anti-corruption commission (CAC)": a body; "… mutilation (FGM)": none
    return new + bodies, lower
