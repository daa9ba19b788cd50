"""Issue 14, round t-orgs35 (on the session-22 amendment): two records of one body whose names differ
only by a word's plural or possessive "s" are one body ("the Velm Court of Appeal" … "the Velm Court of
Appeals"; "the Tarsanian Movement for Human and Peoples’ Rights" … "… People’s Rights"). Read on
unread 2022 Burkina Faso, 2021 United Arab Emirates and 2018 Ethiopia. Acronyms, international bodies,
one-word names and a third group keep them apart. Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.plural_twins import folded_key, join_plural_twins, singular
from rightsledger.extract.entities.linking import _absorb

from .test_entities import entities_of
from .test_entity_party_twins import _group


def test_a_word_in_the_singular():
    assert singular("appeals") == "appeal" and singular("posts") == "post" and singular("farmers") == "farmer"
    for word in ("status", "press", "analysis", "bus", "law"):
        assert singular(word) == word
    assert folded_key(frozenset(["court", "appeals", "velm"])) == folded_key(frozenset(["court", "appeal", "velm"]))


def test_the_two_forms_are_one_body():
    one = _group("Velm Court of Appeal")
    two = _group("Velm Court of Appeals", start=400)
    groups = {frozenset(["velm", "court", "appeal"]): one, frozenset(["velm", "court", "appeals"]): two}
    join_plural_twins(groups, _absorb)
    assert groups[frozenset(["velm", "court", "appeal"])] is groups[frozenset(["velm", "court", "appeals"])]
    merged = groups[frozenset(["velm", "court", "appeal"])]
    assert {"Velm Court of Appeal", "Velm Court of Appeals"} <= set(merged.forms) and len(merged.mentions) == 2


def test_three_groups_acronyms_and_single_words_stay_apart():
    a, b, c = _group("Farmer League"), _group("Farmers League", start=200), _group("Farmer Leagues", start=400)
    groups = {frozenset(["farmer", "league"]): a, frozenset(["farmers", "league"]): b,
              frozenset(["farmer", "leagues"]): c}      # a third group of the same folded key: no choice
    join_plural_twins(groups, _absorb)
    assert len({id(g) for g in groups.values()}) == 3
    acr, acrs = _group("TNC"), _group("TNCs", start=100)
    groups = {frozenset(["tnc"]): acr, frozenset(["tncs"]): acrs}
    join_plural_twins(groups, _absorb)
    assert groups[frozenset(["tncs"])] is acrs
    un, uns = _group("United Nation Office"), _group("United Nations Office", start=300)
    groups = {frozenset(["=un", "office"]): un, frozenset(["=un", "offices"]): uns}
    join_plural_twins(groups, _absorb)
    assert groups[frozenset(["=un", "offices"])] is uns


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("In March the Velm Court of Appeal upheld the sentence of the journalist Milo Darren. In June the "
            "Velm Court of Appeals reduced the sentence of a second journalist to two years. In 2019 the Tarsanian "
            "Movement for Human and Peoples’ Rights alleged that soldiers tortured detainees. Monitors of the "
            "Tarsanian Movement for Human and People’s Rights visited the Orvel prison in June.\n")
    ents = entities_of(text, nlp)
    orgs = [e for e in ents if e.type == "organization"]
    for a, b in (("Velm Court of Appeal", "Velm Court of Appeals"),
                 ("Tarsanian Movement for Human and Peoples’ Rights", "Tarsanian Movement for Human and People’s Rights")):
        holders = [e for e in orgs if {a, b} & {e.name, *e.aliases}]
        assert len(holders) == 1 and {a, b} <= {holders[0].name, *holders[0].aliases}, holders
