"""A body named with a country's name and no head word is a body, not the country (issue 14, t-orgs37).

The model reads "Azerbaijan Airlines", "the Eswatini Observer", "AES Panama", "the Associations of Farmers of
Kazakhstan" as one organisation; the rule runs find the country's name inside and, where the model's span holds no
head word of a body (``org_heads``), the country won (``candidates.merge_candidates``): the body was recorded as the
country, a place. Where the country is the only rule candidate the model's organisation span overlaps and the span's
other words are words of the language (an English word, ``name_part_zipf``; a connector; an acronym: not a person's
name the model glued to the country, "Ambassador to China Ermias Debessai") that name no thing (no word of
``document_words`` or ``program_words``: "the Azerbaijan National Strategic Plan", "the Better Work Jordan Program";
no acronym of ``non_org_acronyms``) nor a place (no word of ``admin_words`` or ``nonperson_place_words``, no month or
weekday: "the Azerbaijan Republic", "the State of Palestine"), the model's span is the body's name. Dev census: 14 : 1 (round record t-orgs37).
"""
from __future__ import annotations

from ...lexicons.frequency import zipf
from ..common import Cand, is_acronym, org_heads
from ..lexicon import (ADMIN_WORDS, CONNECTORS, DOCUMENT_WORDS, MONTHS, NAME_PART_ZIPF, NON_ORG_ACRONYMS,
                       NONPERSON_PLACE_WORDS, PROGRAM_WORDS, WEEKDAYS)

#: words that make a name with a country's a thing's or a place's, not a body's
_NOT_A_BODY = DOCUMENT_WORDS | PROGRAM_WORDS | ADMIN_WORDS | NONPERSON_PLACE_WORDS | MONTHS | WEEKDAYS


def _names_thing(words: list[str]) -> bool:
    """Does one of ``words`` make the name a thing's (a plan, a program), a place's (a republic, a province) or
    an acronym of no body?"""
    return any(w.lower() in _NOT_A_BODY or (is_acronym(w) and w.lower() in NON_ORG_ACRONYMS) for w in words)


def _words_of_the_language(words: list[str]) -> bool:
    """Are ``words`` English words, connectors or acronyms (no person's or place's name)?"""
    return all(is_acronym(w) or w.lower() in CONNECTORS or zipf(w) >= NAME_PART_ZIPF for w in words)


def model_country_name_wins(clash: list[Cand], model: Cand) -> bool:
    """Is the model's organisation span a body's name that holds the one country candidate it overlaps, and
    words of no thing besides it ("Azerbaijan Airlines", "AES Panama")?"""
    if len(clash) != 1 or model.label != "ORG" or clash[0].label != "COUNTRY":
        return False
    country = clash[0]
    if not (model.start <= country.start and country.end <= model.end) or model.end - model.start <= country.end - country.start:
        return False
    rest = (model.text[:country.start - model.start] + " " + model.text[country.end - model.start:]).split()
    return bool(rest) and not org_heads(model.text.split()) and _words_of_the_language(rest) and not _names_thing(rest)
