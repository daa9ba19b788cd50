"""Issue 14, round t-orgs31 (on the session-22 amendment): a party named with and without the word
"Party" is one body. A record "<front> Party" joins the one other record one of whose names is the front
("the Arvel National Union (ANU)" … "the governing ANU Party"; "the Velm Popular Front" … "the Velm
Popular Front Party"). Read on unread 2021 South Africa, 2020 Bolivia and 2020 North Macedonia; the
dev gold writes one record of both forms (2017 Azerbaijan, 2017 Tunisia) and two records nowhere.
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.party_twins import join_party_twins, twin_fronts
from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.linking import _absorb

from .test_entities import entities_of


def _group(*forms: str, start: int = 0) -> Group:
    g = Group("organization")
    for k, f in enumerate(forms):
        g.forms[f] += 1
        g.mentions.add((start + 10 * k, start + 10 * k + len(f)))
    return g


def test_the_fronts_of_a_party_twin():
    assert twin_fronts(["ANU Party"]) == {"anu"}
    assert twin_fronts(["the Velm Popular Front Party", "Velm Popular Front Party"]) == {"velm popular front"}
    assert twin_fronts(["Velm Popular Front Party", "VPF"]) == set()     # a form without "Party": no twin
    assert twin_fronts(["Party"]) == set()
    assert twin_fronts(["Arvel National Union"]) == set()


def test_the_twin_joins_the_body_it_names():
    anu, twin = _group("Arvel National Union", "ANU", "ANU"), _group("ANU Party", start=500)
    groups = {frozenset(["arvel", "national", "union"]): anu, frozenset(["anu", "party"]): twin}
    join_party_twins(groups, _absorb)
    assert groups[frozenset(["anu", "party"])] is anu
    assert anu.forms["ANU Party"] == 1 and len(anu.mentions) == 4


def test_two_bodies_or_none_and_the_twin_stays():
    front = _group("Velm Popular Front")
    other = _group("Velm Popular Front", start=300)     # two groups carry the front: no choice
    twin = _group("Velm Popular Front Party", start=600)
    groups = {frozenset(["a"]): front, frozenset(["b"]): other, frozenset(["c"]): twin}
    join_party_twins(groups, _absorb)
    assert groups[frozenset(["c"])] is twin
    lone = _group("Tarsania First Party")                # no record of "Tarsania First"
    groups = {frozenset(["d"]): lone, frozenset(["e"]): _group("Tarsania Labor Union")}
    join_party_twins(groups, _absorb)
    assert groups[frozenset(["d"])] is lone


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("In 2019 the ruling Arvel National Union (ANU) won 58 percent of the vote. The Congress of Tarsanian "
            "Trade Unions (COTTU) is a member of an alliance with the governing ANU Party. The police arrested "
            "Milo Darren, a leader of the Velm Popular Front, in March. In May the Velm Popular Front Party "
            "reported that police had detained five of its members.\n")
    ents = entities_of(text, nlp)
    orgs = {e.name: e for e in ents if e.type == "organization"}
    for a, b in (("Arvel National Union", "ANU Party"), ("Velm Popular Front", "Velm Popular Front Party")):
        holders = [e for e in orgs.values() if {a, b} & {e.name, *e.aliases}]
        assert len(holders) == 1 and {a, b} <= {holders[0].name, *holders[0].aliases}, holders
    assert "Congress of Tarsanian Trade Unions" in orgs, orgs
