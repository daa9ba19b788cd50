"""People, organisations and places of one report, linked within the report.

``extract_entities(annotated)`` works in four passes over the parsed paragraphs, one
module each at the top of the package (the word lists they use are data:
``extract/data/entities.toml``, bound in ``lexicon.py``; shared helpers and the ``Cand`` and
``Group`` records in ``common.py``). The rules the passes and this function call live in
packages by the kind of name they decide about, whatever the pass: ``persons/``, ``places/``,
``bodies/``, ``titles/`` (persons' titles and roles); the passes' own machinery that is about
no one kind in ``runs/`` (pass 1: the capitalised runs of words, where a name ends) and
``votes/`` (pass 2: a mention's local vote, a list's kind, peoples and armed groups).
Between the passes, this function runs the corrections of each kind in their order.

1. **candidates** (``candidates.py``): spaCy's PERSON/ORG/GPE/LOC/FAC spans, cleaned (no
   leading "the", no possessive, no titles, no trailing punctuation, no heading lines),
   plus rule candidates: capitalised phrases with an organisation head word ("Ministry of
   …", "… Court", extended over "of/for/and/on/against" continuations), "X Region" places,
   country names, gazetteer towns after place prepositions, and acronyms defined in
   parentheses ("Human Rights Watch (HRW)").
2. **types** (``classify.py``): one type per surface form for the whole report, by weighted
   votes (rules outweigh the model; a single word that is the surname of a full name is a
   person; a single word mostly written "the X" is a body, not a person; a two- or
   three-word name with person evidence and no organisation word is a person, whatever
   spaCy said; ``votes/lists.py``: a name the system took for a person takes the kind of its
   list, a two-word town of the country is a place, "Jaysh …"/"Jund …" are bodies).
3. **linking** (``linking.py``): persons by full name, then surname-only and misspelt forms
   join the full name (see ``link_persons``); organisations by their content words
   ("Ministry of Justice" = "Justice Ministry") and acronyms; places by their gazetteer entry.
4. **mentions** (``mentions.py``): every further occurrence of a name or alias in the prose
   is a mention; then the Entity records.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ...records import Entity
from ..lexicons.gazetteer import fold, gazetteer
from .candidates import dedupe, masked_ranges, merge_candidates, spacy_candidates
from .runs.rule_candidates import rule_candidates
from .runs.scan import Word, word_tokens
from .bodies.attributive import trim_attributives
from .bodies.international import find_bodies
from .bodies.kind_named import with_kind_named
from .classify import acronym_definitions, resolve_types, retype_defined
from .common import Cand, Group, inside_any, is_acronym, name_key, facility_name, slug
from .votes.groups import find_groups
from .runs.holders import split_holders
from .runs.served_holders import split_served_holders
from .bodies.izafat import find_izafat
from .bodies.red_cross import find_red_cross
from .bodies.plurals import several_bodies
from .titles.ranks import cut_titles
from .linking import link_orgs, link_persons, link_places
from .places.non_mentions import stands_for_no_entity
from .places.list_rest import complete_place_lists
from .places.located_lists import located_list_places
from .places.list_items import places_in_lists
from .places.body_lists import places_not_in_body_lists
from .places.known_particles import extend_over_known_particles
from .places.names import extend_over_particles, split_coordinated_places
from .places.acronyms import link_place_acronyms
from .places.mixed_acronyms import link_mixed_place_acronyms
from .places.kind_acronyms import link_kind_place_acronyms
from .places.bodies import bodies_not_places
from .places.facility_heads import facilities_not_places
from .places.name_pieces import name_pieces_not_places
from .places.peoples import peoples_not_places
from .places.nationality_words import nationalities_not_places
from .places.thing_names import thing_names_not_places
from .places.kin import bodies_named_as_places, join_misspelt_places
from .bodies.not_peoples import bodies_not_peoples
from .bodies.role_titles import without_role_titles
from .bodies.post_titles import without_post_titles
from .bodies.thing_acronyms import without_thing_acronyms
from .bodies.front_acronyms import without_front_acronyms
from .bodies.adjectives import adjective_spans, bodies_not_adjectives
from .bodies.facility_names import bodies_not_facilities
from .places.sites import sites_as_places
from .places.waters import waters_as_places
from .bodies.buildings import bodies_not_buildings
from .bodies.event_names import bodies_not_events
from .places.fronts import drop_fronts_of_longer_names
from .places.kinds import drop_places_named_by_body_kinds
from .places.described import places_described_as_bodies
from .places.divisions import divisions_as_places
from .places.compass import compass_places
from .places.kind_nouns import kind_noun_places
from .places.kind_noun_finds import kind_noun_finds
from .places.coordinated import coordinated_places
from .bodies.plan_names import without_plans
from .bodies.conjunct_fronts import join_conjunct_fronts
from .bodies.slash_tails import join_slash_tails
from .bodies.of_tails import join_of_tails
from .bodies.and_pairs import join_and_pairs
from .bodies.glued_pairs import split_glued_pairs
from .bodies.law_titles import without_law_title_pieces
from .places.toponyms import places_of_toponym_shape
from .bodies.nonentity_acronyms import nonentity_acronyms
from .persons.place_words import places_not_persons
from .persons.fronts import person_fronts
from .persons.peoples import peoples_not_persons
from .persons.apposed import apposed_noun
from .persons.folk import folk_not_persons
from .persons.heads import heads_not_persons
from .persons.event_fronts import events_not_persons
from .persons.group_heads import group_heads_not_persons
from .persons.list_peoples import list_peoples_not_persons
from .persons.listed_bodies import listed_bodies_not_persons
from .persons.syllables import with_given_tails
from .titles.between import persons_after_body_titles
from .mentions import group_entity, recover_mentions, unique_ids, org_kind
from .titles.roles import role_after, role_before
from .persons.slots import lower_words, slot_persons, title_persons, without_glued
from .places.slots import slot_places
from .places.unplaced import places_with_frames
from .persons.shared_surnames import shared_surname_persons
from .persons.known_as import join_known_as
from .persons.body_fronts import persons_not_name_fronts
from .persons.office_places import persons_not_office_places
from .persons.glossed_kinds import persons_not_glossed_kinds
from .persons.paren_names import persons_not_paren_names
from .persons.kind_fronts import persons_not_kind_fronted
from .persons.kind_links import persons_not_kind_named
from .persons.body_aliases import persons_not_body_aliases
from .persons.work_titles import persons_not_work_titles
from .persons.given_fronts import given_name_fronts
from .persons.pair_partners import pair_partners
from .persons.common_fronts import common_given_fronts
from .persons.given_singles import given_name_singles
from .persons.portfolio_givens import portfolio_given_names
from .persons.role_fronts import role_fronts_not_persons
from .persons.placed import placed_persons
from .persons.plurals import plurals_not_persons
from .places.home_country import home_mentions
from .places.pairs import joined_regions
from .places.people_parse import people_spans, without_people_places

if TYPE_CHECKING:
    from ..annotate import Annotated

__all__ = ["extract_entities", "org_kind", "slug"]


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


def _with_defined_acronyms(text: str, typed: list[Cand], plan_acronyms: set[str]) -> list[Cand]:
    """The acronyms the report defines added and typed as their names; those of no entity dropped."""
    acr, banned = acronym_definitions(text, typed)
    banned |= nonentity_acronyms(text, typed) | plan_acronyms  # "Public Order Act (POA)": no entity, nor its acronym
    typed = [c for c in typed if not (is_acronym(c.text) and fold(c.text) in banned)]
    typed = dedupe([a for a in acr if fold(a.text) not in banned] + typed)
    retype_defined(typed, [a for a in acr if fold(a.text) not in banned])
    return typed


def extract_entities(annotated: "Annotated") -> list[Entity]:
    """Persons, organisations and places of the report, each with all its mentions."""
    text = annotated.text
    raw: list[tuple[object, list[tuple[int, int]], list[Cand], list[Word]]] = []
    model_all: list[Cand] = []
    norp: set[str] = set()
    norp_words: set[str] = set()  # one-word NORP spans as written ("Kurd", "Muslims")
    seen_paras: set[tuple[int, int]] = set()
    for ap in annotated.paragraphs:
        key = (ap.paragraph.start, ap.paragraph.end)
        if key in seen_paras:
            continue
        seen_paras.add(key)
        masks = masked_ranges(text, ap.paragraph.start, ap.paragraph.end)
        model = [c for c in with_given_tails(text, spacy_candidates(text, ap, masks))   # "Kwak Sang[-do]"
                 if not inside_any(masks, c.start, c.end)]
        for ent in ap.doc.ents:
            if ent.label_ == "NORP":
                norp.add(fold(ent.text).rstrip("s"))
                if len(ent) == 1:
                    norp_words.add(fold(ent.text))
        raw.append((ap, masks, model, []))
        model_all.extend(model)
    home = _home_country(annotated, model_all)
    lower = lower_words(text)
    cands: list[Cand] = []
    spans: list[tuple[int, int, list]] = []
    peoples: set[tuple[int, int]] = set()
    adjectives: set[tuple[int, int]] = set()   # one-word adjectives modifying a noun (bodies/adjectives.py)
    for ap, masks, model, _ in raw:
        p = ap.paragraph  # type: ignore[attr-defined]
        words = word_tokens(text, p.start, p.end)
        persons = [(c.start, c.end) for c in model if c.label == "PERSON"]
        rule = [c for c in rule_candidates(text, words, persons, home)
                if not inside_any(masks, c.start, c.end)]
        titled = [(c, t) for c, t in title_persons(text, ap, rule + model, lower)
                  if not inside_any(masks, c.start, c.end)]
        rule, model = without_glued(rule, titled), without_glued(model, titled)
        rule += [c for c, _ in titled] + [c for c in slot_persons(text, ap, rule + model) if not inside_any(masks, c.start, c.end)]
        rule += [c for c in slot_places(text, ap, rule + model) if not inside_any(masks, c.start, c.end)]
        country = annotated.document.country
        rule += [c for c in home_mentions(text, p.start, p.end, country, rule + model)
                 + joined_regions(text, p.start, p.end) if not inside_any(masks, c.start, c.end)]
        merged = merge_candidates(rule, model)
        for c in merged:
            if c.label in ("ORG", "PERSON", "GPE", "FAC", "LOC") and not c.roles:
                role = role_before(text, c.start, p.start) or apposed_noun(text, c.start, c.text)
                if role:
                    c.roles.append(role)
            if c.label == "PERSON":
                role = role_after(text, c.end)
                if role:
                    c.roles.append(role)
        cands.extend(merged)
        peoples.update(people_spans(ap))
        adjectives.update(adjective_spans(ap))
        spans.append((p.start, p.end, masks))
    groups_named = find_groups(text, [(s, e) for s, e, _ in spans])
    # "Cocoye militiamen": the armed group's name is a candidate where it stands
    cands = dedupe([Cand(s, e, text[s:e], "ARMED") for s, e in groups_named.armed_spans
                     if not any(inside_any(m, s, e) for *_, m in spans)] + find_bodies(text, spans)
                    + find_izafat(text, spans) + find_red_cross(text, spans)   # "the Fiji Red Cross": one name
                    + split_served_holders(text, split_holders(text, cands)))   # "head of the X-led Body Y Z"
    cands = with_kind_named(text, spans, cands, norp, home)   # "the Velm Dolls, an NGO", "groups such as X"
    home_name = name_key(annotated.document.country) if annotated.document.country else None
    typed = [c for c in resolve_types(text, cut_titles(text, trim_attributives(cands)), home, norp, home_name, groups_named)
             if not facility_name(text, c) and not stands_for_no_entity(text, c) and not several_bodies(c)]
    typed = _kind_repairs(text, typed, home, norp, norp_words, peoples, adjectives,
                          [(s, e) for s, e, _ in spans])
    typed = nationalities_not_places(text, typed, annotated.paragraphs, home)   # "Greek territory", "Saudi women"
    typed = compass_places(text, typed, norp)   # "the suburbs of eastern Tarsa", "on the north Velm coast"
    typed = kind_noun_places(text, typed, norp)   # "Velmora's Dostani Kerep informal settlement"
    typed = kind_noun_finds(text, typed, norp, [m for *_, ms in spans for m in ms])   # "Orvalia’s Tessin region"
    typed = coordinated_places(text, typed, norp)   # "the areas of Orsa, Tarn Kivu, Dostan [ORG], and Kajo"
    typed, plan_acronyms = without_plans(text, divisions_as_places(text, typed, home))
    typed = join_conjunct_fronts(text, typed, lower)   # "the Press and Publications Council"
    typed = join_of_tails(text, join_slash_tails(text, typed))   # "…/Reform party", "… Observatory of Hate Crimes"
    typed = join_and_pairs(text, typed)                # "… Directorate of the Trade" + "Industry Ministry": one name
    typed = split_glued_pairs(text, typed)             # "Kituo Cha Sheria and Legal Resources Foundation Trust": two
    typed = without_law_title_pieces(text, typed)      # "the Mental Health (Care and Treatment) Act"
    typed = _with_defined_acronyms(text, typed, plan_acronyms)
    typed = link_mixed_place_acronyms(text, link_place_acronyms(text, typed))   # "Velmora and Orvania (VaO)"
    typed = link_kind_place_acronyms(text, typed)   # "the Velmar Highlands Autonomous Region (VHAR)"
    typed = placed_persons(text, typed)   # "the settlements of A B in X and C D in Y", "in X, Y, and A States"
    typed = places_in_lists(text, typed)   # "from Darfur, Nuba Mountains, and Blue Nile" (any opener)
    typed = places_not_in_body_lists(text, typed, home)   # "the X Disarmament, Demobilization, and … Commission"
    typed = plurals_not_persons(text, typed)   # "Both the Judiciary and Prosecutorial Councils"
    typed = _person_name_repairs(text, typed, lower, home)
    groups = _linked_groups(text, typed, home, home_name)
    taken = {(c.start, c.end) for c in typed}
    # all mention spans of other entities block recovery
    recover_mentions(text, groups, spans, taken)
    entities = [e for e in (group_entity(g, home, text) for g in groups) if e is not None]
    unique_ids(entities)
    entities.sort(key=lambda e: e.mentions[0][0])
    return entities


def _person_name_repairs(text: str, typed: list[Cand], lower: set[str], home: str | None) -> list[Cand]:
    """The rules that set where a person's name starts and ends, or find the name beside it, in their order:
    a named step of `extract_entities`, the last before linking."""
    typed = shared_surname_persons(text, typed, home)   # "Rufat and Rovshan Zahidov"
    typed = given_name_fronts(text, typed, lower, home)   # "the killing of Eduardo [Antonio Gutierrez]"
    typed = common_given_fronts(text, typed, lower, home)  # "news of X’s death, Lucas [Ayaba Cho], leader"
    typed = given_name_singles(text, typed, lower, home)  # "On May 2, Marcel [Rivas], the director"
    typed = portfolio_given_names(text, typed, lower, home)   # "Minister of X [Paul] Y Z", a Paul Biya elsewhere
    typed = role_fronts_not_persons(text, typed)   # "Prothom Alo senior journalist Rozina Islam"
    return pair_partners(text, typed, lower, home)   # "activists Ashraf X and [Ashraf Ayoub]"


def _linked_groups(text: str, typed: list[Cand], home: str | None, home_name: str | None) -> list[Group]:
    """The typed candidates linked into one group per body, place and person, and the rules that read
    whole groups (a group's every form or mention) in their order: bodies, places, persons."""
    bodies = without_role_titles(link_orgs([c for c in typed if c.type == "organization"], home_name, text))
    bodies = without_post_titles(bodies, text, typed)   # "Commissioner for Values and Transparency <name>"
    bodies = without_front_acronyms(without_thing_acronyms(bodies, text), text)   # "SIM cards", "UN Special Rapporteur"
    places, bodies = places_described_as_bodies(text, drop_fronts_of_longer_names(
        text, link_places([c for c in typed if c.type == "place"], home, home_name), typed), bodies)
    places = drop_places_named_by_body_kinds(text, places)   # after: a name only a kind of body names is a body
    places = places_with_frames(text, places)   # "Le Renouveau and Ubumwe", "the Medeu district court"
    persons = join_known_as(link_persons([c for c in typed if c.type == "person"], text), text)   # "X, also known as Y"
    places = join_misspelt_places(places)
    persons = persons_not_name_fronts(persons, bodies + places)   # "Dui Hua" of "the Dui Hua Foundation"
    persons = persons_not_office_places(persons, text)   # "the mayor of Bezaha"
    persons = persons_not_work_titles(persons, text)   # "the movie Bohemian Rhapsody"
    persons = persons_not_paren_names(persons_not_glossed_kinds(persons, text), text)   # "…, an NGO,", "(called X)"
    persons = persons_not_kind_fronted(persons, text)   # "the publisher X decided", "news website X"
    persons = persons_not_kind_named(persons, text)   # "a garment factory named X"
    persons = persons_not_body_aliases(persons, bodies, text)   # "the Tarsan Security Agency (X)"
    return persons + bodies + places


def _kind_repairs(text: str, typed: list[Cand], home: str | None, norp: set[str], norp_words: set[str],
                  peoples: set[tuple[int, int]], adjectives: set[tuple[int, int]],
                  paragraphs: list[tuple[int, int]]) -> list[Cand]:
    """The rules that repair a typed candidate's kind or cut, in their order (persons, places, bodies):
    a named step of `extract_entities`, kept apart so that its order reads as one list."""
    typed = folk_not_persons(peoples_not_persons(person_fronts(places_not_persons(typed, home), norp), norp_words), norp_words)
    typed = persons_after_body_titles(text, heads_not_persons(text, typed))   # "… Coordinator X Y"
    typed = events_not_persons(typed)   # "Cyclone Idai", "Hurricane Dorian"
    typed = group_heads_not_persons(text, typed)   # "… Tamil refugees", "… Buddhist group"
    typed = list_peoples_not_persons(text, typed)   # "Yezidis, Druze, Christians, and …"
    typed = listed_bodies_not_persons(text, typed)   # "NGOs, such as X,", "programs, such as X and Y"
    typed = extend_over_particles(text, split_coordinated_places(text, typed))
    typed = located_list_places(text, complete_place_lists(text, typed, paragraphs), paragraphs)   # "…, and Z in the K Region"
    typed = peoples_not_places(text, typed, home)
    typed = extend_over_known_particles(text, typed)   # after the lists: "Dar es Salaam", "Western Bahr el Ghazal"
    typed = thing_names_not_places(text, typed, home)   # "Tarn Valley fever", "the Lindra case"
    typed = without_people_places(typed, peoples)   # "Serbs, Roma, Ashkali", "ethnic groups–Tonga"
    typed = bodies_named_as_places(places_of_toponym_shape(text, bodies_not_places(text, typed, home), home))
    typed = name_pieces_not_places(text, facilities_not_places(typed, home), home)   # "Port of X", "Josephat [X]"
    typed = bodies_not_adjectives(bodies_not_peoples(text, typed, norp), adjectives)   # "the Islamist party"
    typed = waters_as_places(text, typed)   # "east across the Tarnek river", "an attack at Lac Vorane"
    typed = bodies_not_facilities(text, sites_as_places(text, typed))   # "at the Tarsa market": a town; "The Holl-Holl camp"
    typed = bodies_not_buildings(text, typed)    # "at the Cathedral of the Holy Cross", "in front of Jubilee House"
    typed = bodies_not_events(text, typed)       # "the Doha International Book Fair", "International Women’s Day"
    return typed
