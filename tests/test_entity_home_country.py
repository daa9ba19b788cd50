"""Issue 14, round t-places10: the report's own country comes from the metadata, also when the
model reads its name as a person ("Saint Lucia": PERSON, title "Saint" cut, "Lucia" a person, the
report's own country without a record; 2020 Saint Lucia unread, t-places9), and a region named
"X and Y" is one place ("Newfoundland and Labrador" cut into two places, 2016 Canada unread,
t-places10; "Jammu and Kashmir", "Sistan and Baluchestan", t-places8). Sentences written for these
tests; the countries are fictional."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.home_country import home_mentions, home_name
from rightsledger.extract.entities.places.pairs import joined_regions, known_pair

from .test_entities import _check_spans, entities_of


def test_the_metadata_name_as_the_prose_writes_it():
    assert home_name("The Gambia") == "Gambia"
    assert home_name("Saint Teresa") == "Saint Teresa"
    assert home_name("China (includes Tibet, Hong Kong, and Macau)") is None
    assert home_name("Israel, West Bank and Gaza") is None
    assert home_name(None) is None


def test_the_own_country_alone_not_inside_a_longer_name():
    text = ("In Saint Teresa, the Royal Saint Teresa Police Force and the Saint Teresa Labour Party met "
            "the press. Saint Teresa’s courts and Saint Teresan citizens were named.\n")
    found = [(c.text, c.start) for c in home_mentions(text, 0, len(text), "Saint Teresa")]
    assert found == [("Saint Teresa", 3), ("Saint Teresa", text.index("Saint Teresa’s"))], found


def test_pairs_the_gazetteer_knows_are_one_place():
    assert known_pair("Newfoundland and Labrador")
    assert known_pair("Sistan and Baluchestan Province")     # the gazetteer writes "va"
    assert known_pair("Jammu and Kashmir")
    assert known_pair("Sistan va Baluchestan Province")       # as the report writes it
    assert not known_pair("Zambia and Malawi")
    assert not known_pair("Castile and Leon")                 # the gazetteer writes "Castilla y León"


def test_joined_regions_in_prose():
    text = ("Children were sent to schools in Newfoundland and Labrador and in Zambia and Malawi. The "
            "Jammu and Kashmir Police arrested two men in Sistan and Baluchestan Province and four in Sistan va "
            "Baluchestan.\n")
    assert [c.text for c in joined_regions(text, 0, len(text))] == [
        "Newfoundland and Labrador", "Sistan and Baluchestan Province", "Sistan va Baluchestan"]


@pytest.mark.model
@pytest.mark.parametrize("country", ["Saint Teresa", "Saint Julian", "Saint Vincent Ferrer"])
def test_the_own_country_read_as_a_person_is_a_place(nlp, country):
    text = (f"{country} is a multiparty parliamentary democracy. In the 2021 elections the Workers Party "
            "won 11 of the 17 seats in the House of Assembly.\n")
    ents = entities_of(text, nlp, country=country, code=None, year=2021, doc_id="home")
    _check_spans(text, ents)
    assert any(e.type == "place" and e.name == country for e in ents), [(e.name, e.type) for e in ents]
    assert not any(e.type == "person" for e in ents), [(e.name, e.type) for e in ents]


@pytest.mark.model
def test_a_region_named_x_and_y_is_one_place(nlp):
    text = ("Former students placed at residential schools in Newfoundland and Labrador filed a class "
            "action in May. Police detained two smugglers in Sistan and Baluchestan Province.\n")
    ents = entities_of(text, nlp, country="Tarsania", code=None, year=2021, doc_id="pairs")
    _check_spans(text, ents)
    places = {e.name for e in ents if e.type == "place"}
    assert {"Newfoundland and Labrador", "Sistan and Baluchestan Province"} <= places, places
    assert not places & {"Newfoundland", "Labrador", "Sistan", "Baluchestan Province"}, places
