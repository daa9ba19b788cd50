"""Issue 14, round 9 (entities read on reports without gold, 2001-2024 layouts): places named
in a list with their kind ("A, B, and C territories", "the towns of A and B"), a place named
with a plural kind ("Lomami Provinces" is the province "Lomami Province"), facilities named after
a place ("Ngozi Prison" is no mention of Ngozi), outlets after "worked for" and "Voice of …",
an ordinary word before a title ("as Transitional President") and a footnote's number glued
to a name. Sentences written for these tests (a report on a fictional Tarsania)."""
from __future__ import annotations

from .test_entities import _check_spans, _find, _names, entities_of

LISTS = """\
Fighting continued in the Ostrel, Varunga, Kelomi, and Drapa territories of the north. Militias \
attacked villages in Ostrel and Brisko territories in March.

In the regions of Mandova, Ouarzi, and Telkoro, most girls were excised. Suicide attacks in the \
towns of Guisso and Mitreni killed three persons.

The commission visited prisons in Sankora, Lomara, and Haut Vesta Provinces. By-elections in \
Kelora and Dimba Districts were peaceful.
"""


def test_places_named_in_a_list_with_their_kind(nlp):
    ents = entities_of(LISTS, nlp)
    _check_spans(LISTS, ents)
    places = _names(ents, "place")
    assert {"Ostrel", "Varunga", "Kelomi", "Drapa", "Brisko", "Mandova", "Ouarzi", "Telkoro",
            "Guisso", "Mitreni", "Sankora", "Lomara"} <= places
    assert not {"Ostrel", "Drapa"} & _names(ents, "organization")


def test_a_place_named_with_a_plural_kind_is_named_in_the_singular(nlp):
    ents = entities_of(LISTS, nlp)
    vesta = _find(ents, "Haut Vesta Province", "place")
    assert {"Haut Vesta Provinces", "Haut Vesta"} <= set(vesta.aliases)
    dimba = _find(ents, "Dimba District", "place")
    assert "Dimba" in dimba.aliases
    assert not any(e.name.endswith(("Provinces", "Districts")) for e in ents)


FACILITIES = """\
Police held detainees at the Bremka central prison in Tarsa City and at Ostava Prison. Ostava \
Central Prison held 900 inmates. Separately, in Ostava, protesters marched on the governor's office.
"""


def test_a_facility_named_after_a_place_is_no_mention_of_it(nlp):
    ents = entities_of(FACILITIES, nlp)
    _check_spans(FACILITIES, ents)
    assert "Bremka" not in {e.name for e in ents}
    ostava = [e for e in ents if e.name == "Ostava"]
    for e in ostava:                           # only "in Ostava" is the town
        assert all(FACILITIES[s:e_].startswith("Ostava") and FACILITIES[e_:e_ + 7] != " Prison"
                   and FACILITIES[e_:e_ + 8] != " Central" for s, e_ in e.mentions)


OUTLETS = """\
Local journalists who worked for Deutsche Welle and Voice of America were harassed. The \
conference adopted a charter for a Transitional National Government (TNG). In August the \
assembly elected Omar Dalil as Transitional President.

Tarsania1 has been without a central government since 1991. Tarsania held no elections.
"""


def test_outlets_after_worked_for_and_a_word_before_a_title(nlp):
    ents = entities_of(OUTLETS, nlp)
    _check_spans(OUTLETS, ents)
    orgs = _names(ents, "organization")
    assert {"Deutsche Welle", "Voice of America"} <= orgs
    assert "America" not in _names(ents, "place")
    assert "Deutsche Welle" not in _names(ents, "person")
    tng = _find(ents, "Transitional National Government", "organization")
    assert "Transitional" not in tng.aliases and "Transitional" not in orgs
    assert "Tarsania1" not in {e.name for e in ents}


QUOTED = """\
Security forces arrested Mahamat Nour Abakar, spokesperson for the coalition “Ca Suffit” \
(Enough), for attempting to disturb public order. The singer Baro Tassi started a campaign called \
“Silencio Mata” (Silence Kills), which aimed to raise awareness of violence. Authorities detained \
Suleiman Adan Warsame "Gaal" for holding meetings; Gaal was released in June.

On August 8, parliament passed the Customary Land Rights Act 2022. Fighting was reminiscent of the \
2001-03 Ituri War.
"""


def test_quoted_slogans_laws_with_their_year_and_wars_are_no_entities(nlp):
    ents = entities_of(QUOTED, nlp)
    _check_spans(QUOTED, ents)
    persons = _names(ents, "person")
    assert {"Mahamat Nour Abakar", "Baro Tassi"} <= persons
    assert not {"Silencio Mata", "Silence Kills", "Ca Suffit"} & persons
    assert "Gaal" in persons | {a for e in ents if e.type == "person" for a in e.aliases}
    names = {e.name for e in ents}
    assert not {"Customary Land Rights Act 2022", "Ituri War"} & names


def test_acronyms_and_prefixes_that_are_no_names(nlp):
    text = ("In Tarsania FGM remains illegal under the Penal Code. Non-Sunni Muslims often are viewed "
            "with suspicion. The Anti-Corruption Commission charged two officials in Tarsa City.")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    names = {e.name for e in ents}
    assert "Anti-Corruption Commission" in _names(ents, "organization")
    assert not {"Tarsania FGM", "Non-Sunni"} & names


def test_a_list_does_not_take_side_words_or_sentence_words():
    from rightsledger.extract.entities.places.lists import listed_places
    text = ("Clashes continued in the Middle and Lower Jubo regions. In North Kivo and South Kivo "
            "Provinces, children worked in mines.")
    found = {c.text for c in listed_places(text, 0, len(text))}
    assert {"Lower Jubo", "North Kivo", "South Kivo Provinces"} <= found
    assert not {"Middle", "In North Kivo", "Kivo Provinces"} & found
    text = "Settlers seized land from autonomous Indigenous territories and the Brava and Lenko districts."
    assert {c.text for c in listed_places(text, 0, len(text))} == {"Brava", "Lenko"}


def test_a_channel_keeps_its_tv(nlp):
    text = "Police raided the offices of Kestel TV in Tarsa City. Kestel TV stopped broadcasting in May."
    ents = entities_of(text, nlp)
    assert "Kestel TV" in _names(ents, "organization")


def test_currencies_and_prisoners_of_war_are_no_bodies(nlp):
    text = ("In May the ICRC repatriated 122 Tarsan POWs and visited Ostrian POW camps. The fine was "
            "5,000 Nakfa ($370). Prices rose because the Nakfa lost value.")
    ents = entities_of(text, nlp)
    names = {e.name for e in ents}
    assert "ICRC" in _names(ents, "organization")
    assert not {"Nakfa", "Ostrian POW", "Tarsan POWs"} & names


def test_a_titles_place_before_the_holders_name(nlp):
    text = ("The court fined the Mayor of Tarsa City officials in June. The Mayor of Freetown Yvonne "
            "Aki-Sawyerr was questioned. The Governor of Kinshasa Gentiny Ngobila banned a march. The "
            "commission recovered funds in a case against Mayor of Bo Sahr Kallonfeh, for misuse of funds.")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    assert {"Yvonne Aki-Sawyerr", "Gentiny Ngobila", "Sahr Kallonfeh"} <= _names(ents, "person")
    assert {"Freetown", "Kinshasa"} <= _names(ents, "place")
    assert not any(e.name.startswith(("Kinshasa Gentiny", "Freetown Yvonne", "Bo Sahr")) for e in ents)


def test_an_acronym_before_its_kind_is_the_name(nlp):
    text = ("Activists were en route to UDPT party headquarters when police stopped them. A CNDT-FDT party "
            "official threatened them. The UDPT (Union for Tarsan Progress) denied it.")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    orgs = _names(ents, "organization") | {a for e in ents if e.type == "organization" for a in e.aliases}
    assert {"UDPT", "CNDT-FDT"} <= orgs
    assert not {"UDPT party", "CNDT-FDT party"} & orgs


MISSIONS = """\
The allegation involved soldiers deployed to the UN Multidimensional Integrated Stabilization \
Mission in Mali (MINUSMA). In May the African Union Transition Mission in Somalia (ATMIS) \
trained police officers in Tarsania, and the United Nations Operation in Liberia closed.
"""


def test_a_mission_is_named_with_its_host_country(nlp):
    """A peacekeeping or observer mission's name goes on with its host country ("… Mission in
    Mali"), which is then no place mention of its own; its acronym joins the whole name."""
    ents = entities_of(MISSIONS, nlp)
    _check_spans(MISSIONS, ents)
    orgs = _names(ents, "organization")
    assert {"UN Multidimensional Integrated Stabilization Mission in Mali",
            "African Union Transition Mission in Somalia", "United Nations Operation in Liberia"} <= orgs
    assert "MINUSMA" in _find(ents, "UN Multidimensional Integrated Stabilization Mission in Mali",
                              "organization").aliases
    assert not {"Mali", "Somalia", "Liberia"} & _names(ents, "place")
