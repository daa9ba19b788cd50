"""Issue 14, places (t-places8): a name the report describes as a body is no place
(``extract/entities/places/described.py``). Seen on unread reports (2018 India, 2022 Italy, 2023
Grenada, 2024 Israel, West Bank and Gaza; docs/rounds/2026-12-13-02-t-places8.md). Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.places.described import described_as_body, places_described_as_bodies


def _at(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


@pytest.mark.parametrize(("text", "name", "body"), [
    # a kind in apposition after the name, with or without an acronym in parentheses
    ("Viewers turned from Telvora, the state-owned television network, to cable.", "Telvora", True),
    ("According to the Unione Lavoratori Arvesi (ULA), a national trade union, pay fell.",
     "Unione Lavoratori Arvesi", True),
    # a kind right after the name, with one modifier
    ("According to the Morning Lantern news site, police beat two students.", "Morning Lantern", True),
    # the name's last word is a kind the descriptors lack
    ("The Arvel Conflict Portal counted 40 deaths in the north.", "Arvel Conflict Portal", True),
    # a kind before the name (t-places7's slot)
    ("The armed groups Kobra and Tessu attacked a market.", "Tessu", True),
    # no body: a place described by a noun that is no kind, by "of", or by a possessive
    ("Soldiers entered Dunmara, the capital of the province, in May.", "Dunmara", False),
    ("Rebels withdrew to Kessa, a stronghold of the group, in June.", "Kessa", False),
    ("Police raided Varno, the site of the protest, in March.", "Varno", False),
    ("The Dunmara court acquitted the two journalists.", "Dunmara", False),
])
def test_described_as_body(text, name, body):
    assert described_as_body(text, *_at(text, name)) is body


def _group(text: str, name: str, type_: str = "place") -> Group:
    g = Group(type_)
    start = 0
    while (i := text.find(name, start)) >= 0:
        g.forms[name] += 1
        g.mentions.add((i, i + len(name)))
        start = i + len(name)
    return g


TEXT = ("Viewers turned from Telvora, the state-owned television network, to cable. Telvora later "
        "lost its licence. The Morning Lantern news site was blocked. Militants held hostages in "
        "Kessa, the group's base. Kessa, a militia network, then freed them. Reporters of the "
        "Tessu daily left Geneva, a city of the Vaud canton.")


def test_a_place_described_as_a_body_becomes_a_body():
    """"Telvora" and "Morning Lantern" are bodies; "Kessa" is once after "in" (a place use: kept
    although described as a network elsewhere); "Geneva" is known to the gazetteer (kept)."""
    places = [_group(TEXT, n) for n in ("Telvora", "Morning Lantern", "Kessa", "Geneva")]
    keep, bodies = places_described_as_bodies(TEXT, places, [])
    assert sorted(g.forms.most_common(1)[0][0] for g in keep) == ["Geneva", "Kessa"]
    assert sorted(g.forms.most_common(1)[0][0] for g in bodies) == ["Morning Lantern", "Telvora"]
    assert all(g.type == "organization" and g.place is None for g in bodies)


def test_a_place_described_as_a_body_joins_the_body_of_the_same_name():
    body = _group(TEXT, "Tessu", "organization")
    body.mentions = {next(iter(body.mentions))}
    place = _group(TEXT, "Telvora")
    keep, bodies = places_described_as_bodies(TEXT, [place], [body, _group(TEXT, "Telvora", "organization")])
    assert keep == [] and len(bodies) == 2
    assert len(bodies[1].mentions) == 2
