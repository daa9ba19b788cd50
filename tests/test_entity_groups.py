"""Issue 14, entity classes that did not generalize: peoples and armed groups decided from
the nouns around them, places named by the noun after them, outlets named by the words
before them, the reports' double hyphen, the elided French article. Sentences written for
these tests (a fictional country, Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.votes.groups import find_groups

from .test_entities import (
    _check_spans,
    _find,
    entities_of,
)

pytestmark = pytest.mark.model

TEXT = """\
Members of the Velki ethnic group reported discrimination in the north. The Velki were \
also excluded from the civil service, and soldiers beat several Velki in March.

Clashes between ethnic Dorani and Sapeli residents left three dead. Mostly Dorani, Sapeli, \
and Ormo families fled the fighting. Land disputes between Ormo and Sapeli persons continued.

Rebels of the Kolva militia attacked a village in July. Kolva fighters later withdrew, and the \
government said that Kolva had disarmed. Former Kolvas joined the army.

Fighting broke out in Tarsa City's Mbeleko neighborhood. Farmers in River Dane and Upper Lotta \
counties lost their harvests. Officials in Middle Sarou reported floods.

Police detained journalists of the newspaper Gazhet and the editor-in-chief of Vremya. \
Lerasi, a local NGO, documented the arrests. Authorities closed two stations--Radio Tarsania \
and Kantara FM--in June. Refugees arrived from Cote d'Ivoire.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, year=2010)


def test_peoples_are_not_entities(tarsania):
    # "the Velki ethnic group", "ethnic Dorani", a list with a people, "Ormo and Sapeli persons"
    for name in ("Velki", "Dorani", "Sapeli", "Ormo"):
        assert _find(tarsania, name) is None, name


def test_armed_group_is_an_organization_everywhere(tarsania):
    kolva = _find(tarsania, "Kolva")
    assert kolva is not None and kolva.type == "organization"
    assert "Kolvas" in [kolva.name, *kolva.aliases]            # the plural joins the name
    assert _find(tarsania, "Kolva", "person") is None


def test_places_from_the_noun_after_them(tarsania):
    assert _find(tarsania, "Mbeleko", "place") is not None
    assert _find(tarsania, "Middle Sarou", "place") is not None
    assert _find(tarsania, "Upper Lotta", "place") is not None
    assert _find(tarsania, "Cote d'Ivoire", "place") is not None


def test_outlets_from_the_words_before_them(tarsania):
    for name in ("Gazhet", "Vremya", "Lerasi", "Radio Tarsania", "Kantara FM"):
        ent = _find(tarsania, name)
        assert ent is not None and ent.type == "organization", name
    assert not any("--" in f for e in tarsania for f in [e.name, *e.aliases])   # "stations--Radio"


def test_mentions_are_exact(tarsania):
    _check_spans(TEXT, tarsania)


def test_find_groups_keeps_places_and_titled_names():
    text = ("In Tarsa clan elders met. The Bani clan lives near Kono, and Kono District is poor; "
            "the Kono ethnic group is small. Warlord Adan Wiri led Adan Wiri militiamen, and "
            "Wiri's militia looted Tarsa-based shops; Darfur-based rebels fled.")
    g = find_groups(text, [(0, len(text))])
    assert "bani" in g.peoples
    assert "tarsa" not in g.peoples            # "In Tarsa clan elders": a place
    assert "kono" not in g.peoples             # also used as a place
    assert not g.armed                          # a titled person's men, an owner, "-based"
