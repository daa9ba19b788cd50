"""Cross-document keys: persons by full name within a country, bodies by name, places by gazetteer."""
from __future__ import annotations

from rightsledger.extract.link import entity_keys, normalise_name
from rightsledger.records import Entity


def test_normalise_name():
    assert normalise_name("the Prosecutor General’s Office") == "prosecutor general office"
    assert normalise_name("Batyrbekov’s") == "batyrbekov"
    assert normalise_name("Batyrbekov's") == "batyrbekov"
    assert normalise_name("  Zhanbolat   Mamay ") == "zhanbolat mamay"
    assert normalise_name("Ust-Kamenogorsk") == "ust kamenogorsk"
    assert normalise_name("Zoë Ağa") == "zoe aga"


def test_person_keys_are_full_names_in_one_country():
    e = Entity("person:zhanbolat-mamay", "person", "Zhanbolat Mamay", ["Mamay"])
    assert entity_keys(e, "KZ") == ["person|KZ|zhanbolat mamay"]
    assert entity_keys(e, "KG") == ["person|KG|zhanbolat mamay"]       # never across countries
    assert entity_keys(Entity("person:mamay", "person", "Mamay"), "KZ") == []  # never a surname
    assert entity_keys(e, None) == ["person|-|zhanbolat mamay"]


def test_org_keys_scoped_unless_international():
    hrw = Entity("organization:hrw", "organization", "Human Rights Watch", ["HRW"], {"kind": "ngo"})
    keys = entity_keys(hrw, "KZ")
    assert "organization|*|human rights watch" in keys and "organization|*|hrw" in keys
    court = Entity("organization:supreme-court", "organization", "Supreme Court", [],
                   {"kind": "court"})
    assert entity_keys(court, "KZ") == ["organization|KZ|supreme court"]
    knb = Entity("organization:x", "organization", "National Security Committee", ["KNB"],
                 {"kind": "security"})
    assert entity_keys(knb, "KZ") == ["organization|KZ|national security committee",
                                      "organization|KZ|knb"]


def test_place_keys_use_the_places_own_country():
    astana = Entity("place:nur-sultan", "place", "Nur-Sultan", ["Astana"],
                    {"kind": "city", "country_code": "KZ", "lat": 51.2, "lon": 71.4})
    assert entity_keys(astana, "RU") == ["place|KZ|city|nur sultan", "place|KZ|city|astana"]
    unknown = Entity("place:veloria", "place", "Veloria", [], {"kind": "other"})
    assert entity_keys(unknown, None) == ["place|-|other|veloria"]


def test_last_component_is_the_normalised_name():
    e = Entity("organization:x", "organization", "the Ministry of Justice’s", ["MoJ"],
               {"kind": "government"})
    for key in entity_keys(e, "KZ"):
        assert key.rsplit("|", 1)[1] in {normalise_name("Ministry of Justice"), "moj"}


def test_an_alias_of_a_global_body_stays_in_its_country():
    """A national chapter that one report joined to its parent ("Transparency International
    Tarsania", alias "Transparency International") must not be what another country's report
    links "Transparency International" to: the alias is keyed in its country only."""
    chapter = Entity("organization:ti-tarsania", "organization", "Transparency International Tarsania",
                     ["Transparency International", "TI"], {"kind": "ngo"})
    keys = entity_keys(chapter, "TS")
    assert "organization|*|transparency international tarsania" in keys
    assert "organization|*|transparency international" not in keys
    assert "organization|TS|transparency international" in keys and "organization|*|ti" in keys
    parent = Entity("organization:ti", "organization", "Transparency International", [], {"kind": "ngo"})
    assert "organization|*|transparency international" in entity_keys(parent, "VD")
