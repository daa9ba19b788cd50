"""Pass 2, types: one type per surface form for the whole report (person, organization,
place), by weighted votes of each candidate's local evidence, and acronyms defined in
parentheses ("Human Rights Watch (HRW)") typed like their expansion.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..gazetteer import fold, gazetteer
from ..lexicons import alternation
from ..words import zipf
from .common import (
    _PAREN, Cand, _acronym_of, _winner, _adjectival, _common, _demonym, _heads, _is_acronym, _is_cap, _key,
    _person_shape, nationality_word, surnames_of,
)
from .lexicon import (
    ADJECTIVE_USE, BODY_AFTER, BODY_APPOSITION, BODY_BEFORE, CONNECTORS, CURRENCY_NOUNS, DOCUMENT_WORDS,
    FACILITY_WORDS, GENERIC, KIND_ACRONYMS, LONE_BODIES, LEGAL_INSTRUMENTS, MONTHS_SET, NAME_PART_ZIPF,
    NON_ORG_ACRONYMS, PARTICLES, PATRONYMIC_WORDS, PLACE_NOUN_AFTER, PLACE_PLURALS,
    PLACE_WORDS, QUOTED_BODY, REFERENCE_WORDS, RELIGIOUS_WORDS, SIDE_SUFFIX, SIDE_WORDS, SURNAME_SUFFIX, TITLES,
    TOPONYM_SUFFIX,
)
from .groups import Groups
from .outlets import outlet_keys
from .linking import _surname_close
from .listkind import bodies_by_first_word, home_places, kind_of_lists
from .roles import _role_after, human_cue
from .place_names import body_of_place
from .facility_names import detention_facility
from .programs import program_without_acts
from .ranks import title_before_name
from .romance import led_by_function_word
from .surname_places import mostly_a_home_place
from .titles import in_title

#: The weight of a body named by its kind ("the newspaper X", "X newspaper"): such a name is
#: an organisation wherever else the report writes it ("the New Broom was ordered …").
OUTLET = 4.0
#: the weight of a place named after its kind ("the island of X"), which decides for the report
KIND_PLACE = 4.5
_KIND_OF = re.compile(r"\b(?:island|village|town|city|commune|locality|municipality)\s+of\s+$")


def _local_type(c: Cand, home: str | None, doc_text: str, lower_vocab: set[str],
                home_name: str | None = None) -> tuple[str | None, float]:
    gaz = gazetteer()
    text = c.text
    key = _key(text)
    words = text.split()
    lowers = [w.lower() for w in words]
    if not text[:1].isupper() and not _is_cap(words[0]) and c.label != "RULE_ORG":
        return None, 0
    if (key in GENERIC or key.rstrip("s") in GENERIC) and not (c.label == "RULE_ORG" and key in LONE_BODIES):
        return None, 0                       # (not "Parliament" alone: lone_bodies.py)
    if len(words) >= 2 and lowers[-1].endswith("s") and lowers[-1] not in PLACE_PLURALS \
            and all(w in GENERIC or w[:-1] in GENERIC for w in lowers):
        return None, 0                       # "International NGOs" (not "Northern Provinces")
    if re.search(r"\w-[a-z]+$", text) and c.label not in ("RULE_ORG", "ARMED"):
        return None, 0                       # "Kazakh-language schools", "al-Shabaab-controlled"
    if re.search(r"\(see\s+$", doc_text[max(0, c.start - 6):c.start]):
        return None, 0                       # a cross-reference to a heading
    if in_title(doc_text, c.start, c.end) or program_without_acts(doc_text, text) or detention_facility(lowers) \
            or title_before_name(doc_text, c.end, words):
        return None, 0                       # "the Convention on … Child Abduction", "through the X Fund",
                                             # "Armavir Penitentiary", "Regional Police Commander [X]"
    if (len(words) == 2 and lowers[0] in REFERENCE_WORDS
            and re.fullmatch(r"[A-Z]|[IVX]+|\d+(?:\.[a-z0-9]+)+", words[1])) \
            or any(_key(w) in RELIGIOUS_WORDS for w in words):
        return None, 0                       # "see Appendix C", "the Evangelical Lutheran"
    if len(words) == 1 and not _is_acronym(text) and c.label not in ("COUNTRY", "RULE_ORG") \
            and (key in lower_vocab or (key.endswith("s") and key[:-1] in lower_vocab)):
        return None, 0                       # "Media", "Transgender": ordinary words here
    if re.match(r"(?:Non|Pro|Anti)-", text) and not _heads(words):
        return None, 0                       # "Non-Sunni Muslims", "Pro-Tarsa militants"
    if len(words) == 1 and c.pos == "ADJ" and not _is_acronym(text):
        return None, 0                       # "Spousal rape", "a Koranic teacher": an adjective
    if c.label == "PERSON" and not c.roles and (
            (QUOTED.match(doc_text[max(0, c.start - 1):c.end + 1])
             and not re.search(r"[A-Z][\w’'\-]+(?<!['’]s)\s+$", doc_text[max(0, c.start - 30):c.start - 1]))
            or QUOTE_TRANSLATED.search(doc_text, max(0, c.start - 4), c.start)):
        return None, 0                       # “Silencio Mata” (Silence Kills): a slogan or a title,
                                             # not a nickname after a name (Adan “Gaal”)
    if len(words) == 1 and not _is_acronym(text) and zipf(text) >= NAME_PART_ZIPF \
            and TITLE_AFTER.match(doc_text, c.end):
        return None, 0                       # "as Transitional President": part of a title
    if len(words) == 1 and re.match(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$", text):
        return "organization", 1.5           # CamelCase brand names
    paren = _PAREN.match(doc_text, c.end)
    if paren and c.label in ("PERSON", "ORG", "GPE", "FAC", "LOC") and not _is_acronym(paren.group(1)) \
            and paren.group(1)[:1].isupper() and not any(ch.isdigit() for ch in paren.group(1)) \
            and len(paren.group(1).split()) <= 5 and not gaz.lookup(text, home) \
            and not SURNAME_SUFFIX.search(paren.group(1).lower()) \
            and not _person_paren(doc_text, c, paren.group(1)):    # "Akylbek Muratbay (Muratov)"
        return "organization", 1.5           # "Namys (Dignity)": translated names are bodies
    if len(words) == 1 and (key in MONTHS_SET or key in TITLES):
        return None, 0
    if c.label in ("COUNTRY",):
        return "place", 3
    if c.label == "TOWN":
        return "place", 2
    if c.label == "RULE_PLACE":
        # "the island of Varsan Char", "the village of Lany": the kind decides for the report
        return "place", KIND_PLACE if _KIND_OF.search(doc_text, max(0, c.start - 24), c.start) else 3
    if c.label in ("RULE_ORG", "ARMED"):
        if BODY_AFTER.match(doc_text, c.end) or BODY_BEFORE.search(doc_text, max(0, c.start - 40), c.start):
            return "organization", OUTLET     # "the New Broom newspaper": decides for the report
        return "organization", 3
    if len(words) == 1 and _is_acronym(text):
        if key in NON_ORG_ACRONYMS or key.rstrip("s") in NON_ORG_ACRONYMS or AMOUNT_BEFORE.search(
                doc_text, max(0, c.start - 24), c.start) or CURRENCY_AFTER.match(doc_text, c.end):
            return None, 0                   # "157 million CFA", "CFA francs": a currency
        if gaz.countries(text):
            return "place", 2
        return ("organization", 1) if c.label in ("ORG", "PERSON", "FAC") else (None, 0)
    if len(words) > 1 and lowers[-1] in KIND_ACRONYMS:
        return None, 0                       # "Catholic NGO": a kind, the name follows it
    if len(words) >= 3 and re.fullmatch(r"(?:19|20)\d\d", words[-1]) and lowers[-2] in DOCUMENT_WORDS:
        return None, 0                       # "the Customary Land Rights Act 2022"
    portfolio = len(words) >= 4 and lowers[1] in ("of", "for") and bool(_heads(words[:1])) and (
        lowers[-2] == "and" or len(words) >= 5 or lowers[-1] == "law")   # "Center for Public Interest Law"
    if (lowers[-1] in DOCUMENT_WORDS and not portfolio) or (lowers[-1] in FACILITY_WORDS and len(words) > 1) \
            or any(w in LEGAL_INSTRUMENTS for w in lowers):
        return None, 0                       # (a portfolio: "the Ministry of Finance and Budget")
    if key in gaz.currencies or key in CURRENCY_NOUNS:
        return None, 0
    heads = _heads(words)
    if heads and (lowers[-1] not in PLACE_WORDS or (len(words) >= 3 and lowers[-2] in ("of", "for"))
                  or body_of_place(words)):
        return "organization", 2
    before = doc_text[max(0, c.start - 12):c.start]
    after = doc_text[c.end:c.end + 14]
    if len(words) == 1 and (re.search(r"\bethnic\s+$", before) or re.match(ADJECTIVE_USE, after)
                            or re.match(r"-(?:speaking|speakers?|language)\b", after)):
        return None, 0                        # "ethnic Soran families", "the Soran minority", "Urdu-speaking"
    if len(words) <= 2 and not heads and not _is_acronym(text) and c.label in ("ORG", "GPE", "LOC", "FAC", "PERSON") \
            and re.search(r"\b(?:in|near|outside|across|throughout|around)\s+$", before):
        return "place", 1.2                   # "in Brenmoor"
    if len(words) >= 2 and lowers[-1] in PLACE_WORDS:
        return "place", 2
    if len(words) <= 5 and not heads and c.label in ("PERSON", "GPE", "LOC", "ORG") \
            and not gaz.lookup(text, home) and (BODY_BEFORE.search(doc_text, max(0, c.start - 40), c.start)
                 or BODY_APPOSITION.match(doc_text, c.end) or BODY_AFTER.match(doc_text, c.end)):
        # "the newspaper Sahan", "Ocadec, a local NGO,"; an apposition or the kind after the name
        # decides for the report ("Boko Haram, the Nigerian militant terrorist group", "the Dainik
        # Morova newspapers")
        decided = BODY_APPOSITION.match(doc_text, c.end) or BODY_AFTER.match(doc_text, c.end)
        return "organization", OUTLET if decided else 3
    if (c.label in ("PERSON", "GPE", "LOC", "ORG", "FAC", "NORP") or " " in text) and _adjectival(words):
        return None, 0                        # "Angolan troops", "West African states"
    if PLACE_NOUN_AFTER.match(doc_text, c.end) and not heads and not _is_acronym(text) \
            and lowers[-1] not in FACILITY_WORDS:
        return "place", 2                     # "Orientale province", "the Poto-Poto neighborhood"
    if len(words) == 1 and lowers[0] in SIDE_SUFFIX:
        return None, 0
    if len(words) >= 2 and not heads and (lowers[0] in SIDE_WORDS or lowers[-1] in SIDE_SUFFIX) \
            and c.label in ("PERSON", "GPE", "LOC", "ORG") and not _is_acronym(words[-1]):
        return "place", 1.5                   # "South Kivu", "Kasai Oriental"
    if c.label in ("PERSON", "GPE", "LOC") and any(
            w[:1].islower() and w.lower() not in PARTICLES and w.lower() not in CONNECTORS
            and w.lower() not in PATRONYMIC_WORDS and not _is_cap(w) for w in words[1:]):
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
            nationality_word(words[0]) and not gaz.countries(words[0]):
        return ("organization", 0.8) if c.label == "ORG" else (None, 0)   # "Kazakh Telecom"
    if c.label == "PERSON" and len(words) >= 2:
        if ((lowers[0] in ("la", "le", "les", "el", "al", "l'", "the") and len(words) >= 3)
                or led_by_function_word(words)) and not (c.roles or human_cue(doc_text, c.start, c.end)):
            # "La Voix du Tchad", "La Posta", "Entre Amigos" (not "prison guard Le Chi Thanh");
            # a town of the report's country in the gazetteer is a place ("La Chorrera"); one of
            # another country is left to the other votes
            if not place:
                return "organization", 1
            return ("place", 1) if place.country_code == home else (None, 0)
        if any(w.lower() in lower_vocab and zipf(w) >= 3.0 and not (w.islower() and w in PARTICLES)
               for w in words) and not (_role_after(doc_text, c.end) and not _common(words[-1])
                                        and lowers[-1] not in lower_vocab):
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
        if len(words) == 1 and c.roles and _person_shape(text, strict=False) and not place \
                and not gaz.countries(text):
            return "person", 1                # "President Putin", "General Morgan": a title decides
        return None, 0
    if c.label in ("GPE", "LOC"):
        if place:
            return "place", 2
        if len(words) >= 2 and _person_shape(text):
            return "person", 0.6          # "Zhanbolat Mamay" tagged GPE
        if len(words) == 1 and _person_shape(text) and human_cue(doc_text, c.start, c.end):
            return "person", 1            # "Baydalinova was sentenced", tagged LOC
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


#: A name in quotes ("a campaign called “Silencio Mata”", "Merca's "Shura""): no person's,
#: and so is its translation in parentheses after the closing quote.
QUOTED = re.compile(r"^[\"“][^\"“”]+[\"”]$")
QUOTE_TRANSLATED = re.compile(r"[\"”]\s*\($")
#: A capitalised title right after a word ("Transitional President", "Interim Prime Minister").
TITLE_AFTER = re.compile(r"\s+" + alternation(sorted((t.capitalize() for t in TITLES if t.isalpha()),
                                                       key=len, reverse=True)) + r"\b")
#: An amount right before a word ("157 million CFA") or a currency noun right after it.
#: A bare year is no amount ("in 2009 UNHCR reported").
AMOUNT_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?|\b[a-z]+)\s+(?:thousand|million|billion|trillion)\s+$"
                           r"|(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s+$")
CURRENCY_AFTER = re.compile(r"\s+" + alternation(sorted(CURRENCY_NOUNS, key=len, reverse=True)) + r"\b")


def retype_defined(cands: list[Cand], defined: list[Cand]) -> None:
    """An acronym the report defines ("Central African Republic (CAR)") has its expansion's type
    wherever it stands ("villages in CAR" is that place, whatever the model said)."""
    by_form = {fold(a.text): a for a in defined}
    for c in cands:
        a = by_form.get(fold(c.text))
        if a is not None and c.label != "ACRO" and c.type != a.type and _is_acronym(c.text):
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
        if " " in _key(one.text):
            continue
        persons = [o for o in near[i] if " " in _key(o.text) and _winner(votes.get(_key(o.text))) == "person"]
        if len(persons) >= 2 or any(o.roles or human_cue(text, o.start, o.end) for o in persons):
            out.add(_key(one.text))
    return out


def _resolve_types(text: str, cands: list[Cand], home: str | None,
                   norp: set[str], home_name: str | None = None,
                   groups: Groups | None = None) -> list[Cand]:
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
    model_persons = [c for c, (t, _) in zip(cands, local) if t == "person" and " " in c.text]
    for c, (t, w) in zip(cands, local):
        if t == "person?":
            ws = c.text.split()
            evidence = (fold(ws[0]) in first_names or fold(ws[-1]) in person_tokens
                        or bool(SURNAME_SUFFIX.search(fold(ws[-1]))) or bool(c.roles)
                        or _role_after(text, c.end) is not None or human_cue(text, c.start, c.end)
                        or _beside(text, c, model_persons))
            t, w = ("person", 1.5) if evidence else ("organization", 0.5)
        elif c.roles and " " not in c.text and c.label in ("ORG", "GPE", "LOC") and w <= 1 \
                and not _heads([c.text]) and not _is_acronym(c.text) and not gazetteer().countries(c.text):
            votes[_key(c.text)]["person"] += 1.5   # "the spokesman, Tessaro": a role decides
        if t:
            votes[_key(c.text)][t] += w
    for key, body in _quoted_translated(text).items():
        if key in votes and "person" in votes[key]:
            del votes[key]["person"]          # “Ca Suffit” (Enough): a slogan or a body, no person
            if body:
                votes[key]["organization"] += 3
    # a single word that is the surname of a full name is that person (or one of its inner
    # names: "Jahan" of "Mosarat Jahan Munia")
    surnames = {f for c in cands if len(c.text.split()) >= 2 and _winner(votes.get(_key(c.text))) == "person"
                for f in surnames_of(c.text) | _inner_names(c.text)}
    surnames |= _family_names_first(cands, votes)
    ruled_places = {_key(c.text) for c in cands if c.label in ("COUNTRY", "TOWN", "RULE_PLACE")}
    for key, v in votes.items():
        if " " not in key and key in surnames and ("person" in v or "place" in v or "organization" in v):
            if key in ruled_places and v["place"] > v["person"]:
                continue                      # "in Katanga and Orientale provinces": a place
            if mostly_a_home_place(key, v, home):
                continue                      # "the state of Guerrero" beside "Jhosivani Guerrero"
            if not _heads([key]) and not gazetteer().countries(key):
                v["person"] += sum(v.values()) + 1
    surnames |= _person_words_taken_for_places(cands, local, votes, first_names, surnames | ruled_places, home)
    # a single word is a person only where the report shows one: a title, a role, a first
    # name, a surname ending or a human cue ("at Sawa", "Birlik", "Appendix C" are not)
    shown = {_key(c.text) for c in cands if " " not in _key(c.text) and (
        c.roles or SURNAME_SUFFIX.search(fold(c.text)) or fold(c.text) in first_names
        or human_cue(text, c.start, c.end))} | _listed_with_persons(text, cands, votes)
    for key, v in votes.items():
        if " " not in key and key not in surnames and key not in shown and _winner(v) == "person":
            del v["person"]
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
        if not (v and total[k] and the_count[k] * 2 >= total[k]) or k in surnames or k in ruled_places:
            continue
        top = v.most_common(1)[0][0]
        if top == "person" or (top == "place" and k != home_name and not gaz.lookup(k, home)
                               and not TOPONYM_SUFFIX.search(k)):
            v["organization"] += v[top] + 1
    if groups is not None:
        for k in list(votes):
            if groups.is_people(k):
                del votes[k]                  # "the Kunama ethnic group": never an entity
            elif groups.is_armed(k) and k not in surnames:
                votes[k]["organization"] += sum(votes[k].values()) + 1   # "Cocoye militiamen"
    for k in ({_key(c.text) for c, (t, w) in zip(cands, local) if w == OUTLET} | outlet_keys(text, cands)) & set(votes):
        votes[k]["organization"] += sum(votes[k].values()) + 1
    for k in {_key(c.text) for c, (t, w) in zip(cands, local) if w == KIND_PLACE} & set(votes):
        votes[k]["place"] += sum(votes[k].values()) + 1
    bodies_by_first_word(cands, votes)
    home_places(text, cands, votes, home, surnames)
    kind_of_lists(text, cands, votes, surnames)
    places = {_key(c.text) for c in cands if _winner(votes.get(_key(c.text))) == "place"}
    out = []
    for c, (t, _) in zip(cands, local):
        v = votes.get(_key(c.text))
        if not v:
            continue
        typ = v.most_common(1)[0][0]
        if typ in ("person", "place") and _piece_of_body(text, c, votes):
            continue
        if typ in ("place", "organization") and c.label not in ("COUNTRY", "RULE_PLACE", "TOWN", "RULE_ORG", "ARMED") \
                and " " not in c.text and _demonym(c.text, norp, places) \
                and not (typ == "place" and _named_place(text, c.text, home)):
            continue
        c.type = typ
        out.append(c)
    return out


#: A name in quotes with its translation in parentheses: “Ca Suffit” (Enough).
_QUOTED_TRANSLATED = re.compile(r"[\"“]([A-Z][^\"“”\n]{1,40}?)[\"”]\s*\([A-Z][^()\n]{0,40}\)")


def _quoted_translated(text: str) -> dict[str, bool]:
    """Names the report writes in quotes and translates in parentheses ("the coalition “Ca
    Suffit” (Enough)", "a campaign called “Silencio Mata” (Silence Kills)"), each with whether a
    body's kind stands before it."""
    out: dict[str, bool] = {}
    for m in _QUOTED_TRANSLATED.finditer(text):
        key = _key(m.group(1))
        out[key] = out.get(key, False) or bool(QUOTED_BODY.search(text, max(0, m.start() - 30), m.start() + 1))
    return out


def _person_paren(text: str, c: Cand, inner: str) -> bool:
    """A person's full name before a parenthesis that holds another form of it or the party named
    after the person: "detained Jon Veldar (Veldarov)", "led by Jon Veldar (FNL-Veldar)"."""
    if c.label not in ("PERSON", "ORG") or len(c.text.split()) < 2 or _heads(c.text.split()) \
            or not _person_shape(c.text):
        return False
    names = [fold(w) for w in c.text.split() if len(w) >= 4]
    pieces = [fold(w) for w in re.split(r"[\s\-]+", inner) if len(w) >= 4]
    return any(p == n or (len(inner.split()) == 1 and p[:5] == n[:5]) for p in pieces for n in names) \
        or human_cue(text, c.start, c.end)


def _named_place(text: str, name: str, home: str | None = None) -> bool:
    """A place although the model also tagged it as a nationality: no nationality word by its
    shape, and with a place-name ending ("Somaliland") or a town of the report's own country in
    the gazetteer ("in front of the Dakar administrator's office" in a report on Senegal). A place
    preposition is not enough: "in Kazakh", "in Kirundi" are languages."""
    if _demonym(name, set(), set()):
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
    strong = {_key(c.text) for c, (t, w) in zip(cands, local) if t == "place" and w > 1}
    surnames = {f for c in cands if len(c.text.split()) >= 2 and _winner(votes.get(_key(c.text))) == "person"
                for f in surnames_of(c.text)}
    out: set[str] = set()
    for key, v in votes.items():
        if " " in key or key in skip or key in strong or _winner(v) != "place" or gaz.lookup(key, home) \
                or gaz.countries(key):
            continue
        if key in first_names or (len(key) >= 7 and any(_surname_close(key, s) for s in surnames)):
            v["person"] += v["place"] + 1
            out.add(key)
    return out


def _family_names_first(cands: list[Cand], votes: dict[str, Counter]) -> set[str]:
    """Surnames of names written family name first ("Sugita Mio" … "Sugita posted"): the first
    word of a person's two-word name is written alone in the report, the last word never."""
    alone = {_key(c.text) for c in cands if " " not in c.text.strip()}
    out: set[str] = set()
    for c in cands:
        ws = c.text.split()
        if len(ws) == 2 and _winner(votes.get(_key(c.text))) == "person" and _key(ws[0]) in alone \
                and _key(ws[1]) not in alone and not gazetteer().countries(ws[0]):
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
    return any(_winner(votes.get(_key(w))) == "organization" for w in whole)


def _acronym_definitions(text: str, cands: list[Cand]) -> tuple[list[Cand], set[str]]:
    """``Name (ACR)``: new mentions for ACR typed like Name; lower-case expansions ban ACR."""
    new: list[Cand] = []
    banned: set[str] = set()
    for c in cands:
        if c.type not in ("organization", "place"):
            continue
        m = _PAREN.match(text, c.end)
        poss = m is None and text[c.end:c.end + 2] in ("'s", "’s")
        if poss:                              # "the National Electoral Commission's (CNE) failure"
            m = _PAREN.match(text, c.end + 2)
        if not m or poss and not _is_acronym(m.group(1)):
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
