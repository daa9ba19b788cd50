"""The entity lexicon (``extract/data/entities.toml``) bound to names, loaded once: head words,
titles, roles, noise words and the organisation-kind rules. Edit the TOML, not this file.
"""
from __future__ import annotations

import re

from ..lexicons import alternation, lexicon, phrase_alternation, words

_L = lexicon("entities")

#: Zipf frequency from which a word is ordinary English.
COMMON: float = _L["common_zipf"]
FOREIGN_TOWN_MIN: int = _L["foreign_town_min"]
#: Zipf frequency from which a capitalised word may be a coordinated piece of a body's name.
NAME_PART_ZIPF: float = _L["name_part_zipf"]
#: Zipf frequency from which a word in "-i" is a nationality word of a country not its stem.
DEMONYM_I_ZIPF: float = _L["demonym_i_zipf"]

#: Head word -> the organisation kind it implies (the first kind listing a word wins).
ORG_HEADS: dict[str, str] = {}
for _table in ("org_heads", "romance_heads"):
    for _kind, _heads in _L[_table].items():
        for _w in _heads:
            ORG_HEADS.setdefault(_w, _kind)
#: Organisation kind rules on the folded name, first match wins (the head word is the fallback).
KIND_RULES: list[tuple[re.Pattern[str], str]] = [(re.compile(r["pattern"]), r["kind"])
                                                 for r in _L["org_kind_rules"]]
ORG_SYNONYMS: dict[str, str] = dict(_L["org_synonyms"])
ORG_VARIANT_FILLERS = words("entities", "org_variant_fillers")
ROMANCE_LEADS = words("entities", "romance_leads")
FACILITY_ENDINGS = words("entities", "facility_endings")
FACILITY_INMATES = words("entities", "facility_inmates")
RANK_MODIFIERS = words("entities", "rank_modifiers")
ROMANCE_HUMAN_SECONDS = words("entities", "romance_human_seconds")
US_BOILERPLATE_BODIES = words("entities", "us_boilerplate_bodies")
INSTANCE_TAILS = words("entities", "instance_tails")
PORTFOLIO_BODIES = words("entities", "portfolio_bodies")
PORTFOLIO_HEADS = words("entities", "portfolio_heads")
PATRONYMIC_WORDS = words("entities", "patronymic_words")
PLURAL_LIST_HEADS = words("entities", "plural_list_heads")
MEDIA_WORDS_BEFORE = words("entities", "media_words_before")
#: Kinds of bodies before a name ("the oil entity SONANGOL") and the particles inside such a name.
DESCRIPTOR_KINDS: tuple[str, ...] = tuple(_L["descriptor_kinds"])
APPOSITIVE_KIND_STOPS: frozenset[str] = frozenset(_L["appositive_kind_stops"])
#: More kinds of bodies whose name after them is no place (places/kinds.py).
PLACE_BODY_KINDS: tuple[str, ...] = tuple(_L["place_body_kinds"])
PLACE_SLOT_PREPS: tuple[str, ...] = tuple(_L["place_slot_preps"])
#: model labels and following parts of speech that keep a name in a locative slot from being a place
PLACE_SLOT_NOT_LABELS = frozenset(_L["place_slot_not_labels"])
PLACE_SLOT_MODIFIED_POS = frozenset(_L["place_slot_modified_pos"])
#: a place's frame for a name no gazetteer knows (places/unplaced.py): words before, kind words, what follows a kind
UNPLACED_BEFORE = frozenset(_L["unplaced_before"])
UNPLACED_KINDS = frozenset(_L["unplaced_kinds"])
UNPLACED_KIND_FOLLOWERS = frozenset(_L["unplaced_kind_followers"])
UNPLACED_TOWN_NOUNS = frozenset(_L["unplaced_town_nouns"])
UNPLACED_SKIP_WORDS = frozenset(_L["unplaced_skip_words"])
#: "eastern Tarsa", "north Velm": lower-case compass adjectives before a region's name (places/compass.py).
COMPASS_WORDS = words("entities", "compass_words")
#: "the mayor of X": a noun of an office over a place, "of" (and "the") right before a name, lower case
#: (persons/office_places.py)
OFFICE_PLACE_OF = re.compile(r"\b" + alternation(_L["office_place_nouns"]) + r"\s+of\s+(?:the\s+)?$")
#: "the movie X", "the talk show X": a noun of a work, lower case, right before a name (persons/work_titles.py)
WORK_NOUN_BEFORE = re.compile(r"\b" + alternation(sorted(_L["work_nouns_before"], key=len, reverse=True)) + r"\s+$")
#: the words joining given names coordinated before one surname (persons/shared_surnames.py)
SHARED_SURNAME_CONJUNCTIONS = frozenset(_L["shared_surname_conjunctions"])
#: words that join a capitalised run before a given name (persons/given_fronts.py)
GIVEN_FRONT_JOINERS = frozenset(_L["given_front_joiners"])
#: a list of places' opener kinds and its capitalised plural closing kinds (persons/placed.py)
PERSON_PLACE_KINDS = frozenset(_L["person_place_kinds"])
PERSON_PLACE_PLURAL_ENDS = frozenset(_L["person_place_plural_ends"])
#: nouns naming a people, the qualifiers "group" needs, and those needing none (places/people_parse.py)
PEOPLE_GROUP_NOUNS = frozenset(_L["people_group_nouns"])
PEOPLE_GROUP_QUALIFIERS = frozenset(_L["people_group_qualifiers"])
#: words before a kind of body that make it a group of people (places/kinds.py)
SLOT_PEOPLE_WORDS = frozenset(_L["slot_people_words"])
PEOPLE_GROUP_NOUNS_ALONE = frozenset(_L["people_group_nouns_alone"])
DESCRIPTOR_PARTICLES = frozenset(_L["descriptor_particles"])
GROUP_MEMBER_NOUNS = words("entities", "group_member_nouns")
MISSION_VERBS = words("entities", "mission_verbs")
PERSON_OBJECT_VERBS = words("entities", "person_object_verbs")
PERSON_SUBJECT_VERBS = words("entities", "person_subject_verbs")
PERSON_OF_NOUNS = words("entities", "person_of_nouns")

PLACE_WORDS = words("entities", "place_words")
IN_OK = words("entities", "in_ok")
#: "Mission in Mali": bodies named after their host country.
IN_PLACE_HEADS = words("entities", "in_place_heads")
TITLES = words("entities", "titles")
ROLE_NOUNS = words("entities", "role_nouns")
#: nouns of a person besides the role nouns that a one-word name follows in apposition (persons/apposed.py, t-ents51)
APPOSITION_NOUNS = words("entities", "apposition_nouns")
#: words of a post held in a body besides titles and role nouns ("clerk of the Court of X …"), and the lower-case
#: words that end the modifiers between a post's "of" and the body's name (runs/served_holders.py, t-ents45)
HOLDER_ROLE_WORDS = words("entities", "holder_role_words")
HOLDER_MODIFIER_STOPS = words("entities", "holder_modifier_stops")
ROLE_MODIFIERS = words("entities", "role_modifiers")
LEADING_NOISE = words("entities", "leading_noise")
#: words of leading_noise that open a body's name inside a sentence ("the Domestic Workers Directorate":
#: bodies/opening_words.py, t-orgs50)
NAME_OPENING_WORDS = words("entities", "name_opening_words")
#: "The" with its capital: after a run's first word it opens a new phrase (runs.trim_run, t-orgs19).
ARTICLES_CAPITALISED = words("entities", "capitalised_articles")
MONTHS = words("entities", "months")
WEEKDAYS = words("entities", "weekdays")
GENERIC = MONTHS | WEEKDAYS | words("entities", "generic")
NON_ORG_ACRONYMS = words("entities", "non_org_acronyms")
#: Currency nouns after a capitalised word ("CFA francs"): the word names a currency, not a body.
CURRENCY_NOUNS = words("entities", "currency_nouns")
DOCUMENT_WORDS = words("entities", "document_words")
LONE_BODIES = words("entities", "lone_bodies")
#: lone-body words that are generic in lower case ("the congress"): no candidate (bodies/lone.py, t-orgs61)
GENERIC_LOWER_BODIES = words("entities", "generic_lower_bodies")
#: the parse of a one-word name read as an adjective modifying a noun (bodies/adjectives.py)
ADJECTIVE_BODY_TAGS = frozenset(_L["adjective_body_tags"])
ADJECTIVE_BODY_DEPS = frozenset(_L["adjective_body_deps"])
NONBODY_HEADS = words("entities", "nonbody_heads")
RULE_OF_PERSON = words("entities", "rule_of_person")
PARTICLES = words("entities", "particles")
SPACY_LABELS = words("entities", "spacy_labels")
CONNECTORS = words("entities", "connectors")
PLACE_PREPS = words("entities", "place_preps")
PLURAL_OWNERS = words("entities", "plural_owners")
STRONG_HEADS = words("entities", "strong_heads")
FACILITY_WORDS = words("entities", "facility_words")
SIDE_WORDS = words("entities", "side_words")
COUNTRY_PARTS = words("entities", "country_parts")
SIDE_SUFFIX = words("entities", "side_suffix")
PLACE_PREFIX = words("entities", "place_prefix")
#: "the Tarnek river", "Lac Vorane": a river's or lake's word beside its name (places/waters.py).
WATER_WORDS_AFTER = words("entities", "water_words_after")
WATER_WORDS_BEFORE = words("entities", "water_words_before")
#: "the Poto-Poto neighborhood", "Grand Kru counties": a lower-case place noun after a name.
PLACE_NOUN_AFTER = re.compile(r"\s+" + alternation(sorted(_L["place_nouns_after"], key=len, reverse=True))
                              + r"\b")
TRAILING_TITLES = words("entities", "trailing_titles")
#: "Station" of "Station Manager": a word of a compound title after a body.
TITLE_COMPOUNDS = words("entities", "title_compounds")
TITLE_QUALIFIERS = words("entities", "title_qualifiers")
#: Nouns a name continues after with "to" ("Right to Asylum", "Access to Justice").
TO_NOUNS = words("entities", "to_nouns")
#: Nouns a name continues after with "with" ("Persons with Disabilities") and with "in"
#: ("Trafficking in Persons").
WITH_NOUNS = words("entities", "with_nouns")
IN_NOUNS = words("entities", "in_nouns")
FIELD_PREPS = words("entities", "field_preps")
IN_COUNTRY_STOPS = words("entities", "in_country_stops")
#: Last words of a program, fund or forum: a body only where the report writes it acting.
PROGRAM_WORDS = words("entities", "program_words")
#: Verbs right after a name that make it an actor ("the X reported", "the X, which provided").
ACTOR_VERBS = words("entities", "actor_verbs")
#: People of a body before "of the X" ("members of the X", "the director general of the X").
BODY_PEOPLE = words("entities", "body_people")
#: "Mogadishu-based", "TNG-supported": a word that describes the name after it, no part of it.
ATTRIBUTIVE = re.compile(r"-(?:" + "|".join(sorted(_L["attributive_suffixes"])) + r")$")
ATTRIBUTIVE_SUFFIXES = words("entities", "attributive_suffixes")
#: "Kim-era", "Soviet-style": compound adjectives, no romanised given name ("Ki-moon"; persons/syllables.py).
HYPHEN_TAILS_NOT_GIVEN = words("entities", "hyphen_tails_not_given")
OWNER_TITLES = words("entities", "owner_titles")
MONTHS_SET = words("entities", "full_months")
LEGAL_INSTRUMENTS = words("entities", "legal_instruments")
ADMIN_WORDS = words("entities", "admin_words")
NONPERSON_PLACE_WORDS = words("entities", "nonperson_place_words")
UNIT_PLACE_ENDS = words("entities", "unit_place_ends")
FACILITY_HEADS_AFTER = words("entities", "facility_heads_after")
#: Lower-case nouns of an event ("… collapse", "… massacre") no person's name stands before (persons/heads.py).
EVENT_HEADS_AFTER = words("entities", "event_heads_after")
#: First words of an event's name typed person: an operation's, a storm's ("Cyclone Idai"; persons/event_fronts.py).
PERSON_EVENT_FRONTS = frozenset(_L["event_names"]["fronts"]) | frozenset(_L["event_names"]["storm_fronts"])
GROUP_HEADS_AFTER = words("entities", "group_heads_after")
LIST_PEOPLE_WORDS = words("entities", "list_people_words")
#: Nouns a person's name modifies after "the" ("the X case", "the X family"), with a person's possessions.
PERSON_ATTRIBUTIVE_NOUNS = words("entities", "person_attributive_nouns") | words("entities", "human_possessions")
#: Large areas whose inhabitants' names are demonyms too, in the order they are tried.
DEMONYM_AREAS: tuple[str, ...] = tuple(_L["demonym_areas"])

SURNAME_SUFFIX = re.compile(alternation(_L["surname_suffixes"]) + "$")
TOPONYM_SUFFIX = re.compile(alternation(_L["toponym_suffixes"]) + "$")
ADJECTIVE_USE = re.compile(r"\s+" + alternation(_L["adjective_use"]) + r"\b")
#: "the mayor of Lisk, X": a role phrase right before a name.
ROLE_OF = re.compile(r"\b((?:" + alternation(_L["role_of_modifiers"]) + r"\s+)?"
                     + alternation(_L["role_of_heads"]) + r"\s+of\s+[^,;.()]{1,60}),\s*$")
#: Case-sensitive: the word before a facility's number ("Penal Colony No. 4").
FACILITY_NUMBER_WORDS = words("entities", "facility_number_words")
#: "… Prison", "… central prison", "… refugee camp", "… juvenile detention facility" right after a
#: name: the name is a facility's.
FACILITY_AFTER = re.compile(r"\s+(?:" + alternation(sorted(_L["facility_modifiers"], key=len, reverse=True))
                            + r"\s+){0,2}" + alternation(sorted(_L["facility_words"] + _L["facility_words_after"]
                                                              + _L["facility_endings"], key=len, reverse=True))
                            + r"\b", re.I)
#: "the X ethnic group", "ethnic X": X is a people, not an entity; "X militiamen": X is a body.
GROUP_NOUNS: tuple[str, ...] = tuple(sorted(_L["group_nouns"], key=len, reverse=True))
GROUP_WORDS_BEFORE = words("entities", "group_words_before")
ARMED_GROUP_NOUNS: tuple[str, ...] = tuple(sorted(_L["armed_group_nouns"], key=len, reverse=True))
GROUP_LIST_NOUNS: tuple[str, ...] = tuple(sorted(_L["group_list_nouns"], key=len, reverse=True))
ARMED_LIST_NOUNS: tuple[str, ...] = tuple(sorted(_L["armed_list_nouns"], key=len, reverse=True))
ARMED_NAME_PREFIXES: tuple[str, ...] = tuple(_L["armed_name_prefixes"])
#: plural kinds after a list of places ("Djugu and Mahagi territories") and before one ("the towns of …")
PLACE_LIST_NOUNS = words("entities", "place_list_nouns")
#: t-places47: plural kinds read after a list of two names or more, capitalised only ("Kassala and Gedaref States")
PLACE_LIST_CAPITAL_NOUNS = words("entities", "place_list_capital_nouns")
PLACE_LIST_OF_NOUNS = words("entities", "place_list_of_nouns")
PLACE_LIST_INTRO_NOUNS = words("entities", "place_list_intro_nouns")
#: plural kinds at the end of a place's name and their singular ("Lomami Provinces" → "Lomami Province")
PLACE_PLURALS: dict[str, str] = dict(_L["place_plurals"])
#: t-places44 (places/forms.py): those and the plural kinds reduced only in a place record's name and linking ("States")
PLACE_NAME_PLURALS: dict[str, str] = {**PLACE_PLURALS, **dict(_L["place_name_plurals"])}
#: "the newspaper X", "editor-in-chief of X" (before) and "X, a local NGO," (after): X is a body.
BODY_BEFORE = re.compile(r"\b" + alternation(sorted(_L["body_words_before"], key=len, reverse=True))
                         + r"\s+$")
#: "the coalition “Ca Suffit” (Enough)": a body's kind before a quoted, translated name.
QUOTED_BODY = re.compile(r"\b" + alternation(sorted(_L["quoted_body_words"], key=len, reverse=True))
                         + r"\s+[\"“]$", re.I)
#: "the New Broom newspaper": the outlet's kind right after its name.
BODY_AFTER = re.compile(r"\s+" + alternation(sorted(_L["body_words_after"], key=len, reverse=True)) + r"\b")
#: Kinds of body written in capitals before a name ("Catholic NGO BELACD"): the name follows.
KIND_ACRONYMS = words("entities", "kind_acronyms")
#: A role noun that ends an apposition: punctuation, a relative word or a participle after it
#: (", a newspaper correspondent who reported", ", a party leader,"; not "an NGO advocate for X").
_ROLE_HEAD = (r"s?\s+" + alternation(sorted(ROLE_NOUNS, key=len, reverse=True))
              + r"s?(?:\s*[,.;:)]|\s+(?:who|whose|that|which|[a-z]+ed|[a-z]+ing)\b)")
#: ", an independent weekly newspaper": a body's apposition (not ", a journalist for newspaper X",
#: whose noun is a person's role, nor ", a prominent newspaper correspondent who", ", a political
#: party leader,", where the kind only modifies the role noun that heads the phrase: t-ents52).
BODY_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:for|of|with|at|from)\s)[\w\-]+\s+){0,3}?"
                             + alternation(sorted(_L["body_appositions"], key=len, reverse=True))
                             + r"\b(?![’']s)(?!" + _ROLE_HEAD + ")")
#: Human cues around a single-word name (see ``human_after`` in the TOML).
HUMAN_AFTER = re.compile(r"(?:\s+" + alternation(sorted(_L["human_after"], key=len, reverse=True))
                         + r"\b|['’]s\s+" + alternation(_L["human_possessions"]) + r"\b|,\s+(?:who|whose)\b)")
HUMAN_BEFORE = re.compile(r"\b" + alternation(sorted(_L["human_before"], key=len, reverse=True))
                          + r"\.?\s+$", re.I)
REFERENCE_WORDS = words("entities", "reference_words")
RELIGIOUS_WORDS = words("entities", "religious_words")
#: International bodies and online platforms: every folded form (name, other names, acronyms) -> the usual name.
_BODIES: dict[str, list[str]] = {**_L["international_bodies"], **_L["international_ngos"], **_L["online_platforms"]}
INTERNATIONAL: dict[str, str] = {}
for _name, _forms in _BODIES.items():
    for _f in [_name, *_forms]:
        INTERNATIONAL.setdefault(_f.lower().replace("’", "'"), _name)
#: Any form of an international body, case-sensitive, as a whole word.
INTERNATIONAL_FORMS = re.compile(r"(?<![\w.\-])" + alternation(re.escape(f) for f in sorted(
    {f for n, fs in _BODIES.items() for f in [n, *fs]}, key=len, reverse=True))
    + r"(?![\w\-]|\.\w)")
#: first words of a body's name in Arabic ("Jaysh al-Mahdi", "Jund al-Khilafah"): never a person.
BODY_FIRST_WORDS = words("entities", "body_first_words")
#: t-orgs13 (bodies/not_peoples.py): the nouns, glosses and words before that make a name a people
PEOPLE_NOUNS_AFTER = words("entities", "people_nouns_after")
PEOPLE_GLOSS_WORDS = words("entities", "people_gloss_words")
PEOPLE_WORDS_BEFORE = words("entities", "people_words_before")
#: t-orgs13 (bodies/name_tails.py): prepositions whose object a name may coordinate with a bare "and"
NAME_TAIL_PREPS = words("entities", "name_tail_preps")
#: t-orgs59 (bodies/short_wordings.py): words that end the phrase a body's name is headed by
HEAD_PHRASE_ENDS = words("entities", "head_phrase_ends")
#: t-orgs52 (runs/extend.py): words before a list of fields that tie its first piece to a name before it
LIST_HEAD_CONTINUES = words("entities", "list_head_continues")
#: t-orgs14 (places/divisions.py): body head words that also end a subdivision's name
DIVISION_WORDS = words("entities", "division_words")
DIVISION_COMMON_ZIPF: float = _L["division_common_zipf"]
#: t-orgs14 (bodies/plan_names.py): last words of a plan's, a policy's or a rule's name
PLAN_WORDS = words("entities", "plan_words")
#: t-orgs15 (bodies/serial_fields.py): how common a field in a serial list is, and the words before it
SERIAL_PIECE_ZIPF: float = _L["serial_piece_zipf"]
SERIAL_PIECE_BEFORE = words("entities", "serial_piece_before")
SERIAL_FIELD_HEADS = words("entities", "serial_field_heads")
#: t-orgs16 (bodies/conjunct_fronts.py): institutions that are bodies of their own before "and"
CONJUNCT_FRONT_STOPS = words("entities", "conjunct_front_stops")
AND_PAIR_FIELD_HEADS = words("entities", "and_pair_field_heads")
#: t-orgs16 (bodies/law_titles.py): a legal instrument's title words and the links between them
LAW_TITLE_WORDS = words("entities", "law_title_words")
LAW_TITLE_LINKS = words("entities", "law_title_links")
#: t-orgs30 (bodies/slash_tails.py): how many capitalised words after a slash a body's name goes on over
SLASH_TAIL_MAX_WORDS: int = _L["slash_tails"]["max_words"]
#: t-orgs40 (bodies/of_tails.py): how many capitalised words after "of" a cut body's name goes on over
OF_TAIL_MAX_WORDS: int = _L["of_tails"]["max_words"]
#: t-orgs31 (bodies/party_twins.py): words that, after a body's name, name the same body ("X Party")
PARTY_TWIN_WORDS = words("entities", "party_twin_words")
#: t-orgs44 (bodies/glued_pairs.py): words that join two bodies' names glued into one record ("A and B")
GLUED_PAIR_WORDS = words("entities", "glued_pair_words")
#: t-orgs35 (bodies/plural_twins.py): word endings whose final "s" is no plural ("status", "press", "analysis")
PLURAL_S_KEPT_ENDINGS = tuple(words("entities", "plural_s_kept_endings"))
#: t-orgs53 (bodies/spelling_twins.py): one word of a body's name spelled two ways ("Anti-Corruption" / "Anticorruption")
SPELLING_TWIN_JOINERS: tuple[str, ...] = tuple(_L["spelling_twins"]["joiners"])
SPELLING_TWIN_MIN_LETTERS: int = _L["spelling_twins"]["min_letters"]
SPELLING_TWIN_MAX_EDITS: int = _L["spelling_twins"]["max_edits"]
#: t-orgs32 (bodies/role_titles.py): a person's title read as a body's name: "Member of Parliament",
#: "the former Minister of Interior and Administration" (a role noun, then "of"/"for" and more)
ROLE_TITLE = re.compile(r"(?:the\s+)?(?:" + alternation(_L["role_of_modifiers"]) + r"\s+)*"
                        + alternation(_L["role_title_words"]) + r"\s+(?:of|for)\s+\S", re.IGNORECASE)
#: t-orgs56 (bodies/post_titles.py): a post's title, one capitalised front word at most (not a stop word), a post noun,
#: "for" and more: "Commissioner for Values and Transparency", "EU Commissioner for Home Affairs"
POST_TITLE = re.compile(r"(?:the\s+)?(?:(?!(?i:" + alternation(_L["post_title_front_stops"]) + r")\b)[A-Z][\w’'.-]*\s+)?"
                        + r"(?i:" + alternation(_L["post_title_words"]) + r")\s+for\s+(?:the\s+)?[A-Z]")
#: t-orgs56: the words between a post's title and its holder's name: capitalised words and ``post_title_gap_words``
POST_TITLE_GAP = re.compile(r"(?:[ \t]+(?:[A-Z][\w’'.-]*|" + alternation(_L["post_title_gap_words"]) + r"))*,?[ \t]+")
#: t-orgs33 (bodies/thing_acronyms.py): a lower-case noun of a thing right after an acronym ("SIM cards")
ACRONYM_THING_NOUN = re.compile(r"\s+(?:" + alternation(_L["acronym_thing_nouns"]) + r")\b")
#: t-orgs36 (bodies/lower_expansions.py): the kinds of ORG_HEADS whose head word, last of a lower-case expansion,
#: makes its acronym a body's ("the anti-corruption commission (CAC)")
LOWER_EXPANSION_KINDS = words("entities", "lower_expansion_kinds")
LOWER_EXPANSION_STOPS = words("entities", "lower_expansion_stops")
#: t-ents36 (persons/known_as.py): the words from a person's name to another name of the same person,
#: to the end of a window: ", also known as ", " (popularly known as ", " (alias “"
ALIAS_LINK = re.compile(r"\s*[,(]\s*(?:" + alternation(_L["alias_link_adverbs"]) + r"\s+)?"
                        + phrase_alternation(_L["alias_link_words"])
                        + r"\s+[“\"]?$")
#: t-ents37 (persons/role_fronts.py): adjectives before a role noun besides ``ROLE_MODIFIERS``
ROLE_FRONT_EPITHETS = words("entities", "role_front_epithets")
#: t-places27 (places/kind_acronyms.py): a place's kind words heading a name defined by its acronym ("… Region (XR)")
ACRONYM_PLACE_HEADS = words("entities", "acronym_place_heads")
#: t-ents48 (titles/place_fronts.py): a place and a title glued before a person's name ("Imo Governor Hope Uzodinma")
PLACE_TITLES: dict = dict(_L["place_titles"])
#: titles whose "of" names a person, not a post's place or body (titles/post_fronts.py, t-ents71)
POST_PERSON_FACING = words("entities", "post_fronts.person_facing")
#: t-ents50 (persons/glossed_kinds.py): the head nouns of a gloss that make the name beside it no person
PERSON_GLOSS_KINDS: frozenset[str] = frozenset(
    w for key in ("places", "programmes", "bodies") for w in _L["person_gloss_kinds"][key]
) | PERSON_PLACE_KINDS | PROGRAM_WORDS | frozenset(DESCRIPTOR_KINDS)
#: t-places31 (places/kind_nouns.py): lower-case place nouns after a name typed person or body ("X informal settlement")
KIND_NOUNS_AFTER = frozenset(_L["kind_nouns"]["nouns"])
#: t-ents62 (persons/paren_names.py): the words that open a parenthesis naming the thing before it ("(called X)")
PAREN_NAME_OPENERS: tuple[str, ...] = tuple(_L["paren_names"]["openers"])
#: t-ents63 (persons/kind_fronts.py): kinds of body before a name, beside the lower-case `descriptor_kinds`
KIND_FRONT_NOUNS: tuple[str, ...] = tuple(_L["kind_fronts"]["nouns"])
#: t-ents72 (persons/kind_named.py): the kinds beside the lower-case descriptor, facility and programme nouns, the
#: naming links after them ("a garment factory named X") and the words of a place between ("a center in Y known as X")
KIND_NAMED_NOUNS: tuple[str, ...] = tuple(_L["kind_named"]["nouns"])
KIND_NAMED_LINKS: tuple[str, ...] = tuple(_L["kind_named"]["links"])
KIND_NAMED_PLACES: tuple[str, ...] = tuple(_L["kind_named"]["places"])
KIND_NOUN_MODIFIERS = frozenset(_L["kind_nouns"]["modifiers"])
#: t-places40 (places/located_lists.py): a list of places closed by "in" and their place, its fewest names and particles
LOCATED_LIST_MIN = int(_L["located_lists"]["min_names"])
LOCATED_LIST_PARTICLES = tuple(_L["located_lists"]["particles"])
#: t-places41 (places/coordinated.py): the words that join a serial list's last name, and the fewest names of one
COORDINATED_CONJUNCTIONS = frozenset(_L["coordinated_places"]["conjunctions"])
COORDINATED_MIN_NAMES: int = _L["coordinated_places"]["min_names"]
#: t-ents61 (persons/pair_partners.py): the words joining a person's name to another name of a pair
PAIR_PARTNER_JOINERS = words("entities", "pair_partner_joiners")
#: t-places42 (places/body_lists.py): the lower-case words inside one body's name that holds a serial list, and
#: the fewest comma items of that list ("the X Disarmament, Demobilization, and Reintegration Commission")
BODY_LIST_LINKS: tuple[str, ...] = tuple(_L["body_lists"]["links"])
BODY_LIST_MIN_ITEMS: int = _L["body_lists"]["min_items"]
#: t-places43 (places/kind_noun_finds.py): the lower-case place nouns after a name no candidate holds ("Orvalia’s
#: Tessin region", "the Amvik strip") and the words read over before them ("informal")
KIND_FIND_NOUNS: tuple[str, ...] = tuple(sorted(
    (set(_L["place_nouns_after"]) | set(_L["kind_noun_finds"]["extra_nouns"])) - set(_L["kind_noun_finds"]["skipped_nouns"])))
KIND_FIND_MODIFIERS: tuple[str, ...] = tuple(_L["kind_noun_finds"]["modifiers"])
