"""Issue 14, round t-orgs29 (t-orgs28's follow-up, on the session-22 amendment): a town at the front of
a facility's capitalised name, with other capitalised words between it and the facility's kind ("Velm"
of "the Velm National Reception Center for Asylum Seekers", "Arvel" of "Arvel Remand Prison"), is no
mention of the place where it stands (EVALUATION, settled 2026-12-06: a town inside a facility's name is
no place mention). The kinds are ``facility_endings`` of ``entities.toml``, the list
``bodies/facilities.py`` reads. The town named elsewhere stays a place mention; so does a town before a
kind that is not the name's last capitalised word ("the Arvel Prison Service"). Read on unread 2022
Albania, 2022 Sierra Leone and 2019 Zimbabwe.
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.non_mentions import (in_facility_name, no_place_mention,
                                                               stands_for_no_entity)

from .entity_cands import span_at as _at
from .test_entities import entities_of


def test_a_town_in_front_of_a_facility_name_is_no_place_mention():
    text = ("Migrants were housed at the Velm National Reception Center for Asylum Seekers. Two guards at "
            "Arvel Remand Prison were suspended, and inmates of the Orvish Male Correctional Center went on "
            "strike. Police held 12 foreigners at the Dunmore Transit Center.")
    for name in ("Velm", "Arvel", "Orvish", "Dunmore"):
        s, e = _at(text, name)
        assert in_facility_name(text, e), name
        assert no_place_mention(text, s, e), name
    s, e = _at(text, "Velm")
    assert stands_for_no_entity(text, Cand(s, e, "Velm", "GPE", type="place"))


def test_a_town_elsewhere_and_bodies_named_after_it_stay():
    # the town before a verb, before a body whose name goes on after the kind, before a lower-case
    # word, across a line
    text = ("Police in Velm detained two students. The Arvel Prison Service reported overcrowding. The Velm "
            "Reception Center Committee met in Arvel. Arvel officials visited the prison.\nVelm\nPrison "
            "guards were paid late.")
    for name, nth in (("Velm", 0), ("Arvel", 0), ("Velm", 1), ("Arvel", 1), ("Arvel", 2), ("Velm", 2)):
        s, e = _at(text, name, nth)
        assert not in_facility_name(text, e), (name, nth)
        assert not no_place_mention(text, s, e), (name, nth)


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("Asylum seekers were housed at the Velm National Reception Center for Asylum Seekers, where "
            "conditions improved. Authorities in Velm said the center was full. Migrants placed in Velm "
            "complained about food.\n")
    ents = entities_of(text, nlp)
    center = _at(text, "Velm National Reception Center for Asylum Seekers")
    for e in ents:
        if e.type == "place":
            assert not any(center[0] <= s < center[1] for s, _ in e.mentions), (e.name, e.mentions)
    orgs = {e.name for e in ents if e.type == "organization"}
    assert "Velm National Reception Center for Asylum Seekers" not in orgs, orgs
