"""Issue 14, places (t-places2): the forms of one place and names that stand for no place.

- "X Region", "X Province", "X District", "X city" are the report's bare "X", also where a
  gazetteer knows X as a town (8 of 9 dev golds: "Luanda" and "Luanda Province", "Diffa" and
  "Diffa Region", "Zinder" and "Zinder city"); not a country's city ("Guatemala City") and not
  a natural feature's region ("Lake Chad" and "the Lake Chad Region");
- the names of a list that ends in a plural facility noun ("the Izalco and Ciudad Barrios
  prisons") name facilities, no places (EVALUATION.md, settled 2026-12-06);
- a hyphenated adjective ("China-backed") and a currency ("the U.S. dollar") are no places;
- a place name goes on over a lower-case particle ("San Miguel del Ene", "Birni n’Konni"); a
  body's head word before "of" makes a body of a name that ends in a place word ("the Revenues
  Bureau of Oromia Region").

Sentences written for these tests (a fictional country, Tarsania, with real towns of Niger and
El Salvador where the gazetteer matters).
"""
from __future__ import annotations

import re

import pytest

from rightsledger.extract.entities.places.non_mentions import in_facility_list, no_place_mention
from rightsledger.extract.entities.places.names import body_of_place
from rightsledger.extract.entities.places.forms import bare_form, joins

from .test_entities import _check_spans, _find, _types, entities_of

TEXT = """\
Security forces detained 14 herders in Velmora Province in March. Relatives in Velmora \
said the herders had crossed the border. Police in Zinder city dispersed students, and a court \
in Zinder later fined two of them. Armed groups in northern Tillabery Region abducted villagers; \
relatives in Tillabery reported the abductions to the gendarmerie.

Floods hit the Dosso and Maradi Regions; aid reached Maradi in May and Salah al-Din \
Governorate in June.

Boko Haram attacked fishermen on Lake Chad. Displaced families from the Lake Chad Region \
arrived in Dresk.

Overcrowding worsened in the Kolto and Izmar prisons and in Dresk, Harven, and Ostrel \
detention centers. The ombudsman found malnutrition in Harven.

Soldiers killed five farmers in the town of San Velo del Mar, near Dresk, and trafficking \
was common between the cities of Birni n’Konni and Zinder. The former head of the Revenues \
Bureau of Velmora Region was arrested.

A China-backed company built the road. Fines reached 500 (currency is the U.S. dollar). \
Migrants left for Guatemala City and later for Guatemala.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, country="Niger", code="NE", year=2016)


def test_bare_forms():
    assert bare_form("Diffa Region") == "diffa"
    assert bare_form("the Tahoua Regions") == "tahoua"
    assert bare_form("Zinder city") == "zinder"
    assert bare_form("Awash Town") == "awash"
    assert joins("Luanda Province", "luanda", "city")
    assert joins("Zaire Province", "zaire", "country")       # the report's province, not a country
    assert not joins("Guatemala City", "guatemala", "country")
    assert not joins("Lake Chad Region", "lake chad", "other")


def test_names_that_stand_for_no_place():
    text = ("malnutrition in Izalco and Ciudad Barrios prisons. Overcrowding in Diffa, Niamey, and "
            "Kollo prisons. the Robertsport and Voinjama facilities. visited prisons in Lomara and "
            "Kessin. in Lomara and other prisons. a China-backed plan. the U.S. dollar.")

    def end(word: str, nth: int = 0) -> int:
        i = -1
        for _ in range(nth + 1):
            i = text.index(word, i + 1)
        return i + len(word)

    for word in ("Izalco", "Ciudad Barrios", "Diffa", "Niamey", "Kollo", "Robertsport", "Voinjama"):
        assert in_facility_list(text, end(word)), word
    assert not in_facility_list(text, end("Lomara"))           # "visited prisons in Lomara and Kessin"
    assert not in_facility_list(text, end("Lomara", 1))        # "Lomara and other prisons"
    assert no_place_mention(text, text.index("China"), end("China"))
    assert no_place_mention(text, text.index("U.S."), end("U.S."))
    assert not no_place_mention(text, text.index("Kessin"), end("Kessin"))
    from rightsledger.extract.entities.common import Cand
    from rightsledger.extract.entities.places.non_mentions import stands_for_no_entity
    listed = "held at the Dresk, Harven, and Akpro-Lome Prisons"
    start = listed.index("Akpro")
    assert stands_for_no_entity(listed, Cand(start, len(listed), listed[start:], "GPE", type="place"))


@pytest.mark.model
def test_a_region_word_joins_the_bare_name(tarsania):
    velmora = _find(tarsania, "Velmora", "place")
    assert velmora is not None and "Velmora Province" in {velmora.name, *velmora.aliases}, _types(tarsania)
    zinder = _find(tarsania, "Zinder", "place")
    assert zinder is not None and "Zinder city" in {zinder.name, *zinder.aliases}, _types(tarsania)
    maradi = [e for e in tarsania if e.type == "place" and "Maradi" in {e.name, *e.aliases}]
    assert len(maradi) == 1 and {"Maradi Region", "Maradi Regions"} & set(maradi[0].aliases + [maradi[0].name]), \
        _types(tarsania)
    tillabery = _find(tarsania, "Tillabery", "place")
    assert tillabery is not None and "Tillabery Region" in {tillabery.name, *tillabery.aliases}, _types(tarsania)


@pytest.mark.model
def test_a_feature_and_a_country_keep_their_own_places(tarsania):
    lake = _find(tarsania, "Lake Chad", "place")
    region = _find(tarsania, "Lake Chad Region", "place")
    assert lake is not None and region is not None and lake is not region, _types(tarsania)
    city = _find(tarsania, "Guatemala City", "place")
    assert city is not None and city is not _find(tarsania, "Guatemala", "place"), _types(tarsania)


@pytest.mark.model
def test_facility_lists_hyphenated_adjectives_and_currencies(tarsania):
    for name in ("Kolto", "Izmar", "Ostrel", "China", "U.S."):
        assert _find(tarsania, name) is None, _types(tarsania)
    harven = _find(tarsania, "Harven", "place")    # also named as a place: "in Harven"
    assert harven is not None, _types(tarsania)
    listed = TEXT.index("Harven")                  # "in Dresk, Harven, and Ostrel detention centers"
    assert listed not in {s for s, _ in harven.mentions}, harven.mentions
    _check_spans(TEXT, tarsania)


def test_a_body_of_a_place():
    assert body_of_place("Revenues Bureau of Oromia Region".split())
    assert body_of_place("Department of Education of Saryagash District".split())
    assert not body_of_place("Municipality of Tirana".split())
    assert not body_of_place("Southern Highlands Province".split())


@pytest.mark.model
def test_particles_and_bodies_of_places(tarsania):
    for name in ("San Velo del Mar", "Birni n’Konni"):
        assert _find(tarsania, name, "place") is not None, _types(tarsania)
    for name in ("San Velo", "Birni", "Konni", "Mar"):
        assert _find(tarsania, name, "place") is None, _types(tarsania)
    assert _find(tarsania, "Revenues Bureau of Velmora Region", "place") is None, _types(tarsania)


def test_peoples_are_no_places():
    from rightsledger.extract.entities.common import Cand
    from rightsledger.extract.entities.places.peoples import peoples_not_places

    text = ("The largest ethnic group is the Varu, who live in the south. An estimated 2,000 Temba "
            "people lived near Dresk. Temba herders moved to Dresk. Relief reached Dresk and the "
            "Orvel Region. Orvel women marched. Reporters in Geneva, who asked not to be named, "
            "wrote about San people in Mali.")

    def cands(name: str, label: str = "GPE") -> list[Cand]:
        out, i = [], text.find(name)
        while i >= 0:
            out.append(Cand(i, i + len(name), name, label, type="place"))
            i = text.find(name, i + 1)
        return out

    everything = cands("Varu") + cands("Temba") + cands("Dresk") + cands("Orvel") + cands("Geneva") \
        + cands("San") + cands("Mali")
    kept = {c.text for c in peoples_not_places(text, everything, "TS")}
    assert "Varu" not in kept and "Temba" not in kept        # "the Varu, who", "Temba people"
    assert "San" not in kept                                 # a small town abroad: no evidence
    assert {"Dresk", "Orvel", "Geneva", "Mali"} <= kept      # a kind word, a city, a country


def test_adjectives_in_ish_are_no_places():
    from rightsledger.extract.entities.common import Cand
    from rightsledger.extract.entities.places.peoples import peoples_not_places

    text = "The two main Kurdish parties met. Classes in Badini Kurdish opened in Dresk. Al-Arish is a town."
    cands = [Cand(text.index(w), text.index(w) + len(w), w, "GPE", type="place")
             for w in ("Kurdish", "Badini Kurdish", "Dresk", "Al-Arish")]
    assert [c.text for c in peoples_not_places(text, cands, "TS")] == ["Dresk", "Al-Arish"]


def test_the_rest_of_a_list_of_places():
    from rightsledger.extract.entities.common import Cand
    from rightsledger.extract.entities.places.list_rest import complete_place_lists

    text = ("Unofficial detention centers operated in Dresk, Bir Lomo, Tavet, Harven, and Olt. Inspectors "
            "visited Kessin and Varo. Relief arrived in Kessin and Marta. Police, Gendarmes, and the Army "
            "patrolled Dresk, Kessin, Ulm, and Tarn.")
    cands = [Cand(m.start(), m.end(), m.group(), "GPE", type="place")
             for m in re.finditer(r"Dresk|Harven|Olt|Kessin", text)]
    added = [c.text for c in complete_place_lists(text, cands, [(0, len(text))])[len(cands):]]
    # not "Varo" ("visited Kessin and Varo": two names without a place preposition), nor "Police"
    assert added == ["Bir Lomo", "Tavet", "Marta", "Ulm", "Tarn"]


def test_a_candidate_that_is_a_list_of_places():
    from rightsledger.extract.entities.common import Cand
    from rightsledger.extract.entities.places.names import split_coordinated_places

    text = ("Cutting persisted in the Far North, East, and Southwest Regions and in Tarsania’s Northwest "
            "and Southwest Regions. Refugees came from the Great Lakes region of Africa and Mozambique. "
            "Programs ran in the Southern Nations, Nationalities, and Peoples’ Region and in Trinidad "
            "and Tobago.")
    whole = ("Far North, East, and Southwest Regions", "Tarsania’s Northwest and Southwest Regions",
             "Africa and Mozambique", "Southern Nations, Nationalities, and Peoples’ Region",
             "Trinidad and Tobago")
    cands = [Cand(text.index(w), text.index(w) + len(w), w, "GPE", type="place") for w in whole]
    assert [c.text for c in split_coordinated_places(text, cands)] == [
        "Far North", "East", "Southwest Regions", "Northwest", "Southwest Regions", "Africa", "Mozambique",
        "Southern Nations, Nationalities, and Peoples’ Region", "Trinidad and Tobago"]
