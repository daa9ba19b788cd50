"""Issue 14, round t-orgs53 (on the session-22 amendment): two records of one body whose names are the
same words but one, that one spelled two ways — with and without a hyphen ("the Anti-Corruption and
Civic Rights Commission" … "the Anticorruption and Civic Rights Commission"), a letter doubled
("Combating" … "Combatting"), a joined particle's vowel ("Jamaat-e-Velm" … "Jamaat-i-Velm") — are one
body. Read on unread 2019 South Korea, 2021 Tanzania and 2021 Pakistan. One-letter designators
("High-Risk Court B" … "C"), short words, a plural's "s", other words and a third group keep them apart.
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.spelling_twins import (join_spelling_twins, one_word_two_ways,
                                                                  spelled_alike, spelled_words)
from rightsledger.extract.entities.linking import _absorb

from .test_entities import entities_of
from .test_entity_party_twins import _group


def test_the_words_of_a_form():
    assert spelled_words("the Anti-Corruption and Civic Rights Commission") == (
        "anticorruption", "and", "civic", "rights", "commission")
    assert spelled_words("Jamaat-e-Velm") == ("jamaatevelm",)
    assert spelled_words("Ministry of Transport, Communications, and Roads") == (
        "ministry", "of", "transport", "communications", "and", "roads")


def test_one_word_spelled_two_ways():
    assert one_word_two_ways("combating", "combatting") and one_word_two_ways("jamaatevelm", "jamaativelm")
    assert one_word_two_ways("anticorruption", "anticorruption")
    assert not one_word_two_ways("b", "c")                     # a designator of one letter
    assert not one_word_two_ways("labor", "labour")            # a short word
    assert not one_word_two_ways("appeal", "appeals")          # a plural's "s": plural_twins.py
    assert not one_word_two_ways("election", "electoral")      # more than one edit
    assert not one_word_two_ways("gambian", "zambian")         # another first letter
    assert not one_word_two_ways("region1", "region2")         # a number


def test_two_forms_spelled_alike():
    assert spelled_alike(spelled_words("Prevention and Combating of Smuggling Bureau"),
                         spelled_words("Prevention and Combatting of Smuggling Bureau"))
    assert not spelled_alike(spelled_words("High-Risk Court B"), spelled_words("High-Risk Court C"))
    assert not spelled_alike(spelled_words("High Risk Court"), spelled_words("High-Risk Court B"))
    assert not spelled_alike(spelled_words("Velm Combating Unit"), spelled_words("Arvel Combatting Unit"))


def test_the_two_groups_are_one_body():
    one = _group("Anti-Corruption and Civic Rights Commission")
    two = _group("Anticorruption and Civic Rights Commission", start=400)
    k1 = frozenset(["anti", "corruption", "civic", "rights", "commission"])
    k2 = frozenset(["anticorruption", "civic", "rights", "commission"])
    groups = {k1: one, k2: two}
    join_spelling_twins(groups, _absorb)
    assert groups[k1] is groups[k2] and len(groups[k1].mentions) == 2


def test_three_groups_acronyms_and_international_bodies_stay_apart():
    a, b, c = (_group("Velm Combating Unit"), _group("Velm Combatting Unit", start=200),
               _group("Velm Combatinng Unit", start=400))
    groups = {frozenset(["velm", "combating", "unit"]): a, frozenset(["velm", "combatting", "unit"]): b,
              frozenset(["velm", "combatinng", "unit"]): c}      # each has two twins: no choice
    join_spelling_twins(groups, _absorb)
    assert len({id(g) for g in groups.values()}) == 3
    un, un2 = _group("UN Anti-Smuggling Office"), _group("UN Antismuggling Office", start=300)
    groups = {frozenset(["=un", "anti", "smuggling", "office"]): un, frozenset(["=un", "antismuggling", "office"]): un2}
    join_spelling_twins(groups, _absorb)
    assert len({id(g) for g in groups.values()}) == 2


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("In March the Anti-Corruption and Civic Rights Commission received 300 complaints against police "
            "officers. In June the Anticorruption and Civic Rights Commission referred 12 cases to prosecutors. "
            "The National Council for Combating Trafficking arrested three customs officers in Velm. The National "
            "Council for Combatting Trafficking charged them in July. Members of Jamaat-e-Velm attacked a church, "
            "and police arrested two leaders of Jamaat-i-Velm. The High-Risk Court B tried the journalist Milo "
            "Darren, and the High-Risk Court C tried two activists.\n")
    orgs = [e for e in entities_of(text, nlp) if e.type == "organization"]
    for a, b in (("Anti-Corruption and Civic Rights Commission", "Anticorruption and Civic Rights Commission"),
                 ("National Council for Combating Trafficking", "National Council for Combatting Trafficking"),
                 ("Jamaat-e-Velm", "Jamaat-i-Velm")):
        holders = [e for e in orgs if {a, b} & {e.name, *e.aliases}]
        assert len(holders) == 1 and {a, b} <= {holders[0].name, *holders[0].aliases}, orgs
    courts = [e for e in orgs if e.name.startswith("High-Risk Court")]
    assert len(courts) == 2, orgs
