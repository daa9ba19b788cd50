"""Pass 2, the local vote: what one mention's own context says its name is (person,
organization, place, or nothing) and how strongly. :mod:`.classify` adds up the votes of every
mention of a name into one type per name for the whole report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ...lexicons.gazetteer import Gazetteer, Place, fold, gazetteer
from ...lexicons import alternation
from ...lexicons.frequency import zipf
from ..common import (
    PAREN, Cand, adjectival, is_common, demonym, org_heads, is_acronym, is_cap, name_key, person_shape,
    nationality_word,
)
from ..lexicon import (
    ADJECTIVE_USE, BODY_AFTER, BODY_APPOSITION, BODY_BEFORE, CONNECTORS, CURRENCY_NOUNS, DOCUMENT_WORDS,
    FACILITY_WORDS, GENERIC, KIND_ACRONYMS, LONE_BODIES, LEGAL_INSTRUMENTS, MONTHS_SET, NAME_PART_ZIPF,
    NON_ORG_ACRONYMS, PARTICLES, PATRONYMIC_WORDS, PLACE_NOUN_AFTER, PLACE_PLURALS, PLACE_WORDS,
    REFERENCE_WORDS, RELIGIOUS_WORDS, SIDE_SUFFIX, SIDE_WORDS, SURNAME_SUFFIX, TITLES,
)
from ..titles.roles import role_after, human_cue
from ..places.names import body_of_place
from ..bodies.facilities import detention_facility
from ..bodies.programs import program_without_acts
from ..titles.ranks import title_before_name
from ..persons.romance import led_by_function_word
from ..persons.syllables import syllable_given_name
from ..bodies.document_titles import in_title
from ..bodies.named_bodies import person_after_named_body
from ..persons.apposed import apposed_noun
from ..persons.given_demonyms import given_demonym
from ..persons.name_pieces import ordinary_at

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


#: What follows a currency's code in an amount: a number, or the number's words ("TZS 235 million").
_AMOUNT_AFTER = re.compile(r"\s+\d")
_AMOUNT_WORD = re.compile(r"[\d][\d,.]*|thousand|million|billion|trillion")


def _currency_amount(words: list[str], doc_text: str, end: int, codes: frozenset[str]) -> bool:
    """An ISO 4217 code (pycountry's currencies, in the gazetteer) written before an amount, alone
    before its number or with the number inside the name ("TZS 100", "HTG 5,000", "DZD 50,000"):
    a currency, no body ("SOS Children's Villages", "the CDF" keep their votes). t-orgs16, read on
    2018 Tanzania and 2016 Haiti without gold (rounds t-orgs14, t-orgs15)."""
    code = words[0]
    if len(code) != 3 or not code.isupper() or code.lower() not in codes:
        return False
    if len(words) == 1:
        return _AMOUNT_AFTER.match(doc_text, end) is not None
    return all(_AMOUNT_WORD.fullmatch(w) for w in words[1:])


#: The weight of a body named by its kind ("the newspaper X", "X newspaper"): such a name is
#: an organisation wherever else the report writes it ("the New Broom was ordered …").
OUTLET = 4.0
#: the weight of a place named after its kind ("the island of X"), which decides for the report
KIND_PLACE = 4.5
_KIND_OF = re.compile(r"\b(?:island|village|town|city|commune|locality|municipality)\s+of\s+$")


#: One mention's vote: a type (or None: no name of its own) and its weight.
Vote = tuple[str | None, float]


@dataclass
class _Mention:
    """One mention as the local vote reads it: its words, the text around it and the report's home.
    The words and places the later checks need are read once, when first asked for."""
    c: Cand
    home: str | None
    doc_text: str
    lower_vocab: set[str]
    home_name: str | None
    gaz: Gazetteer
    text: str
    key: str
    words: list[str]
    lowers: list[str]

    @cached_property
    def heads(self) -> list[str]:
        """The organisation head words of the name ("Ministry", "Commission")."""
        return org_heads(self.words)

    @cached_property
    def before(self) -> str:
        """The dozen characters before the mention ("ethnic ", "in ")."""
        return self.doc_text[max(0, self.c.start - 12):self.c.start]

    @cached_property
    def after(self) -> str:
        """The characters after the mention ("-speaking", " minority", " Airport")."""
        return self.doc_text[self.c.end:self.c.end + 14]

    @cached_property
    def place(self) -> Place | None:
        """The gazetteer's place of the name, the report's country first."""
        return self.gaz.lookup(self.text, self.home)

    def ordinary(self, word: str, first: bool = True) -> bool:
        """``word`` (in lower case), the name's first word or not, is an ordinary word of this report
        ("moon" of "Ban Ki-moon" is none: persons/name_pieces.py, t-ents69)."""
        return ordinary_at(word, first, self.lower_vocab, self.doc_text)


def local_type(c: Cand, home: str | None, doc_text: str, lower_vocab: set[str],
               home_name: str | None = None) -> Vote:
    """The type one mention's own context votes for, and how strongly: the checks run in order and the
    first that answers wins (``_no_name``: a word, a kind, a title, a slogan; ``_by_kind``: the rules'
    labels, a translated name, an acronym; ``_by_words``: the name's words and the words around it;
    ``_by_shape``: the gazetteer and the shape of a two-word name; ``_by_label``: spaCy's label last).
    Split from one 186-line function in t-house23, the order unchanged."""
    gaz = gazetteer()
    text = c.text
    key = name_key(text)
    words = text.split()
    lowers = [w.lower() for w in words]
    if not text[:1].isupper() and not is_cap(words[0]) and c.label != "RULE_ORG":
        return None, 0
    m = _Mention(c, home, doc_text, lower_vocab, home_name, gaz, text, key, words, lowers)
    for check in (_no_name, _by_kind, _apposed, _by_words, _by_shape):
        if (vote := check(m)) is not None:
            return vote
    return _by_label(m)


def _no_name(m: _Mention) -> Vote | None:
    """A mention that is no name of its own: a generic word, a kind, a compound adjective, a
    cross-reference, a title's or a programme's words, a religion, an ordinary word of this report,
    an adjective, a slogan in quotes, part of a title."""
    c, text, key, words, lowers, doc_text = m.c, m.text, m.key, m.words, m.lowers, m.doc_text
    if (key in GENERIC or key.rstrip("s") in GENERIC) and not (c.label == "RULE_ORG" and key in LONE_BODIES):
        return None, 0                       # (not "Parliament" alone: lone_bodies.py)
    if len(words) >= 2 and lowers[-1].endswith("s") and lowers[-1] not in PLACE_PLURALS \
            and all(w in GENERIC or w[:-1] in GENERIC for w in lowers):
        return None, 0                       # "International NGOs" (not "Northern Provinces")
    if re.search(r"\w-[a-z]+$", text) and c.label not in ("RULE_ORG", "ARMED") and not syllable_given_name(c):
        return None, 0                       # "Kazakh-language schools", "al-Shabaab-controlled" (not "Kim Jeong-sik")
    if re.search(r"\(see\s+$", doc_text[max(0, c.start - 6):c.start]):
        return None, 0                       # a cross-reference to a heading
    if in_title(doc_text, c.start, c.end) or program_without_acts(doc_text, text) or detention_facility(lowers) \
            or title_before_name(doc_text, c.end, words):
        return None, 0                       # "the Convention on … Child Abduction", "through the X Fund",
                                             # "Armavir Penitentiary", "Regional Police Commander [X]"
    if (len(words) == 2 and lowers[0] in REFERENCE_WORDS
            and re.fullmatch(r"[A-Z]|[IVX]+|\d+(?:\.[a-z0-9]+)+", words[1])) \
            or any(name_key(w) in RELIGIOUS_WORDS for w in words):
        return None, 0                       # "see Appendix C", "the Evangelical Lutheran"
    if len(words) == 1 and not is_acronym(text) and c.label not in ("COUNTRY", "RULE_ORG") \
            and (m.ordinary(key) or (key.endswith("s") and m.ordinary(key[:-1]))):
        return None, 0                       # "Media", "Transgender": ordinary words here
    if re.match(r"(?:Non|Pro|Anti)-", text) and not org_heads(words):
        return None, 0                       # "Non-Sunni Muslims", "Pro-Tarsa militants"
    if len(words) == 1 and c.pos == "ADJ" and not is_acronym(text):
        return None, 0                       # "Spousal rape", "a Koranic teacher": an adjective
    if c.label == "PERSON" and not c.roles and (
            (QUOTED.match(doc_text[max(0, c.start - 1):c.end + 1])
             and not re.search(r"[A-Z][\w’'\-]+(?<!['’]s)\s+$", doc_text[max(0, c.start - 30):c.start - 1]))
            or QUOTE_TRANSLATED.search(doc_text, max(0, c.start - 4), c.start)):
        return None, 0                       # “Silencio Mata” (Silence Kills): a slogan or a title,
                                             # not a nickname after a name (Adan “Gaal”)
    if len(words) == 1 and not is_acronym(text) and zipf(text) >= NAME_PART_ZIPF \
            and TITLE_AFTER.match(doc_text, c.end):
        return None, 0                       # "as Transitional President": part of a title
    return None


def _by_kind(m: _Mention) -> Vote | None:
    """A name whose kind its form or the rules decided: a brand in CamelCase, a translated name in
    parentheses, a country, a town, the rules' places and bodies, a currency, an acronym."""
    c, text, key, words, doc_text, gaz, home = m.c, m.text, m.key, m.words, m.doc_text, m.gaz, m.home
    if len(words) == 1 and re.match(r"^[A-Z][a-z]+(?:[A-Z][a-z]+){2,}$", text):
        return "organization", 1.5           # CamelCase brand names
    paren = PAREN.match(doc_text, c.end)
    if paren and c.label in ("PERSON", "ORG", "GPE", "FAC", "LOC") and not is_acronym(paren.group(1)) \
            and paren.group(1)[:1].isupper() and not any(ch.isdigit() for ch in paren.group(1)) \
            and len(paren.group(1).split()) <= 5 and not gaz.lookup(text, home) \
            and not SURNAME_SUFFIX.search(paren.group(1).lower()) \
            and not person_paren(doc_text, c, paren.group(1)):    # "Akylbek Muratbay (Muratov)"
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
    if _currency_amount(words, doc_text, c.end, gaz.currencies):
        return None, 0                       # "TZS 100", "HTG 5,000": an amount in a currency's code
    if len(words) == 1 and is_acronym(text):
        if key in NON_ORG_ACRONYMS or key.rstrip("s") in NON_ORG_ACRONYMS or AMOUNT_BEFORE.search(
                doc_text, max(0, c.start - 24), c.start) or CURRENCY_AFTER.match(doc_text, c.end):
            return None, 0                   # "157 million CFA", "CFA francs": a currency
        if gaz.countries(text):
            return "place", 2
        return ("organization", 1) if c.label in ("ORG", "PERSON", "FAC") else (None, 0)
    return None


def _apposed(m: _Mention) -> Vote | None:
    """A one-word name in apposition to a noun of a person ("the plaintiff, Tarvo,", "Velen's sister,
    Marit,"): a person, whatever the model's label (persons/apposed.py, t-ents51)."""
    if m.c.label in ("PERSON", "ORG", "GPE", "LOC") and not m.gaz.countries(m.text) \
            and apposed_noun(m.doc_text, m.c.start, m.text):
        return "person", 2
    return None


def _by_words(m: _Mention) -> Vote | None:
    """A name told by its own words or the words around it: a document or facility, a body's head word,
    a place word, "in X", a body named by its kind, an adjective of a people, a province or a side
    ("South Kivu"), lower-case words, the report's own country, a country, a facility after it."""
    c, text, key, words, lowers, doc_text, gaz, home = \
        m.c, m.text, m.key, m.words, m.lowers, m.doc_text, m.gaz, m.home
    heads, before, after, home_name = m.heads, m.before, m.after, m.home_name
    if len(words) > 1 and lowers[-1] in KIND_ACRONYMS:
        return None, 0                       # "Catholic NGO": a kind, the name follows it
    if len(words) >= 3 and re.fullmatch(r"(?:19|20)\d\d", words[-1]) and lowers[-2] in DOCUMENT_WORDS:
        return None, 0                       # "the Customary Land Rights Act 2022"
    portfolio = len(words) >= 4 and lowers[1] in ("of", "for") and bool(org_heads(words[:1])) and (
        lowers[-2] == "and" or len(words) >= 5 or lowers[-1] == "law")   # "Center for Public Interest Law"
    if (lowers[-1] in DOCUMENT_WORDS and not portfolio) or (lowers[-1] in FACILITY_WORDS and len(words) > 1) \
            or any(w in LEGAL_INSTRUMENTS for w in lowers):
        return None, 0                       # (a portfolio: "the Ministry of Finance and Budget")
    if key in gaz.currencies or key in CURRENCY_NOUNS:
        return None, 0
    if heads and (lowers[-1] not in PLACE_WORDS or (len(words) >= 3 and lowers[-2] in ("of", "for"))
                  or body_of_place(words)):
        return "organization", 2
    if len(words) == 1 and (re.search(r"\bethnic\s+$", before) or re.match(ADJECTIVE_USE, after)
                            or re.match(r"-(?:speaking|speakers?|language)\b", after)):
        return None, 0                        # "ethnic Soran families", "the Soran minority", "Urdu-speaking"
    if len(words) <= 2 and not heads and not is_acronym(text) and c.label in ("ORG", "GPE", "LOC", "FAC", "PERSON") \
            and re.search(r"\b(?:in|near|outside|across|throughout|around)\s+$", before):
        return "place", 1.2                   # "in Brenmoor"
    if len(words) >= 2 and lowers[-1] in PLACE_WORDS:
        return "place", 2
    if len(words) <= 5 and not heads and c.label in ("PERSON", "GPE", "LOC", "ORG") \
            and not gaz.lookup(text, home) and (BODY_BEFORE.search(doc_text, max(0, c.start - 40), c.start)
                 and not (c.label == "PERSON" and person_after_named_body(doc_text, c.start, text))
                 or BODY_APPOSITION.match(doc_text, c.end) or BODY_AFTER.match(doc_text, c.end)):
        # "the newspaper Sahan", "Ocadec, a local NGO,"; an apposition or the kind after the name
        # decides for the report ("Boko Haram, the Nigerian militant terrorist group", "the Dainik
        # Morova newspapers")
        decided = BODY_APPOSITION.match(doc_text, c.end) or BODY_AFTER.match(doc_text, c.end)
        return "organization", OUTLET if decided else 3
    if (c.label in ("PERSON", "GPE", "LOC", "ORG", "FAC", "NORP") or " " in text) and adjectival(words):
        return None, 0                        # "Angolan troops", "West African states"
    if PLACE_NOUN_AFTER.match(doc_text, c.end) and not heads and not is_acronym(text) \
            and lowers[-1] not in FACILITY_WORDS:
        return "place", 2                     # "Orientale province", "the Poto-Poto neighborhood"
    if len(words) == 1 and lowers[0] in SIDE_SUFFIX:
        return None, 0
    if len(words) >= 2 and not heads and (lowers[0] in SIDE_WORDS or lowers[-1] in SIDE_SUFFIX) \
            and c.label in ("PERSON", "GPE", "LOC", "ORG") and not is_acronym(words[-1]):
        return "place", 1.5                   # "South Kivu", "Kasai Oriental"
    if c.label in ("PERSON", "GPE", "LOC") and any(
            w[:1].islower() and w.lower() not in PARTICLES and w.lower() not in CONNECTORS
            and w.lower() not in PATRONYMIC_WORDS and not is_cap(w) for w in words[1:]):
        return None, 0                        # "Kazakh diaspora"
    if home_name and key == home_name:
        return "place", 3                     # the report's own country
    if gaz.countries(text) and not is_acronym(text):
        return "place", 2
    if re.match(r"\s+(?:%s)\b" % "|".join(FACILITY_WORDS), after, re.I):
        return None, 0                        # "Roberts International [Airport]"
    return None


def _by_shape(m: _Mention) -> Vote | None:
    """A sentence's first word that is a common word, a nationality before a name ("Kazakh Telecom"),
    a two-word name spaCy called a person that a function word leads ("La Voix du Tchad") or that is
    ordinary words of this report."""
    c, text, words, lowers, doc_text, gaz, home = m.c, m.text, m.words, m.lowers, m.doc_text, m.gaz, m.home
    heads, place = m.heads, m.place
    if len(words) == 1 and c.label in ("PERSON", "ORG") and zipf(text) >= 3.0 and \
            re.search(r"(?:^|[.!?:]\s+)$", doc_text[max(0, c.start - 3):c.start]):
        return None, 0                        # "Turnout was 34 percent"
    if len(words) >= 2 and c.label in ("PERSON", "ORG", "GPE") and not heads and \
            nationality_word(words[0]) and not gaz.countries(words[0]) \
            and not (c.label == "PERSON" and given_demonym(doc_text, c.start, c.end)):   # "Sami Anan" (t-ents67)
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
        ordinary = any(m.ordinary(w.lower(), i == 0) and zipf(w) >= 3.0 and not (w.islower() and w in PARTICLES)
                       for i, w in enumerate(words))
        if ordinary and not ((c.roles or role_after(doc_text, c.end)) and not is_common(words[-1])
                             and not m.ordinary(lowers[-1], False)) and not syllable_given_name(c):
            return None, 0                    # "Demographic Studies": ordinary words here (not "Ban Ki-moon",
            # nor "theologian Said Varni", "station manager Petty Orel": a role names a person, t-ents66)
    return None


def _by_label(m: _Mention) -> Vote:
    """Last, spaCy's label, checked against the gazetteer and the shape of a person's name."""
    c, text, words, lowers, doc_text, gaz, home, home_name = \
        m.c, m.text, m.words, m.lowers, m.doc_text, m.gaz, m.home, m.home_name
    before, place = m.before, m.place
    if c.label == "PERSON":
        if lowers[-1] in TITLES and len(words) > 1:
            return None, 0                    # "Makeni Bishop"
        if len(words) == 1 and demonym(text, set(), set()):
            return None, 0                    # "Africans", "Nigeriens"
        if len(words) == 1 and place and place.country_code == home and not c.roles:
            return "place", 1.2               # a home-country town taken for a surname
        if person_shape(text, strict=len(words) == 1) or syllable_given_name(c):
            return "person", 1                # (or "Kim Jeong-sik": persons/syllables.py)
        if len(words) == 1 and c.roles and person_shape(text, strict=False) and not place \
                and not gaz.countries(text):
            return "person", 1                # "President Putin", "General Morgan": a title decides
        return None, 0
    if c.label in ("GPE", "LOC"):
        if place:
            return "place", 2
        if len(words) >= 2 and person_shape(text):
            return "person", 0.6          # "Zhanbolat Mamay" tagged GPE
        if len(words) == 1 and person_shape(text) and human_cue(doc_text, c.start, c.end):
            return "person", 1            # "Baydalinova was sentenced", tagged LOC
        if all(is_common(w) for w in words):
            return None, 0
        return "place", 1
    if c.label in ("ORG", "FAC"):
        if place and c.label == "FAC":
            return "place", 1
        if place and len(words) == 1:
            return "place", 0.8
        if len(words) == 1 and is_common(text):
            return None, 0
        if all(is_common(w) for w in words if w.lower() not in CONNECTORS):
            return None, 0
        if len(words) >= 2 and person_shape(text):
            if not re.search(r"\b[Tt]he\s+$", before) and not any(
                    is_common(w) or gaz.lookup(w, home, alternates=False)
                    or (home_name and fold(w) == home_name) for w in words):
                return "person", 0.8       # a bare full name without "the" is a person
            return "person?", 0.6          # decided with evidence from the whole report
        return ("organization", 1) if c.label == "ORG" else (None, 0)
    return None, 0


#: A name in quotes ("a campaign called “Silencio Mata”", "Merca's "Shura""): no person's,
#: and so is its translation in parentheses after the closing quote.

def person_paren(text: str, c: Cand, inner: str) -> bool:
    """A person's full name before a parenthesis that holds another form of it or the party named
    after the person: "detained Jon Veldar (Veldarov)", "led by Jon Veldar (FNL-Veldar)"."""
    if c.label not in ("PERSON", "ORG") or len(c.text.split()) < 2 or org_heads(c.text.split()) \
            or not person_shape(c.text):
        return False
    names = [fold(w) for w in c.text.split() if len(w) >= 4]
    pieces = [fold(w) for w in re.split(r"[\s\-]+", inner) if len(w) >= 4]
    return any(p == n or (len(inner.split()) == 1 and p[:5] == n[:5]) for p in pieces for n in names) \
        or human_cue(text, c.start, c.end)
