"""Issue 14, round t-orgs27: t-orgs26's two follow-ups.

1. A town at the front of an event's name ("Arvel" of "the Arvel International Book Fair") is no
   mention of the place: the gold marks no place inside an event's name; the town's mentions
   elsewhere stay (read on dev 2019 Qatar, 2020 Turkey unread).
2. Judaism and the Jewish holidays are no bodies ("generic" of ``entities.toml``, like "islam",
   "ramadan"); a religious body named with them stays one (read on dev 2024 Jordan, 2023 Egypt,
   2024 Hungary, 2020 Turkey unread).
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.non_mentions import (in_event_name, no_place_mention,
                                                               stands_for_no_entity)
from rightsledger.extract.entities.lexicon import GENERIC

from .entity_cands import span_at as _at
from .test_entities import entities_of


def test_a_town_in_front_of_an_event_name_is_no_place_mention():
    text = ("Publishers withdrew from the Arvel International Book Fair. Censors banned a film at the Velm "
            "Film Festival, and athletes skipped the Orvish Games.")
    for name in ("Arvel", "Velm", "Orvish"):
        s, e = _at(text, name)
        assert in_event_name(text, e), name
        assert no_place_mention(text, s, e), name
    s, e = _at(text, "Arvel")
    assert stands_for_no_entity(text, Cand(s, e, "Arvel", "GPE", type="place"))


def test_a_town_elsewhere_and_bodies_named_after_it_stay():
    # the town before a verb, before a body's head, before a head word that is not last, across a line
    text = ("Police in Arvel detained two students. The Arvel Fair Labor Association protested. The Velm "
            "Festival Committee met in Velm.\nArvel\nFair trials were denied.")
    for name, nth in (("Arvel", 0), ("Arvel", 1), ("Velm", 0), ("Velm", 1), ("Arvel", 2)):
        s, e = _at(text, name, nth)
        assert not in_event_name(text, e), (name, nth)
        assert not no_place_mention(text, s, e), (name, nth)


def test_judaism_and_jewish_holidays_are_generic_words():
    for w in ("judaism", "hanukkah", "passover", "rosh hashanah", "yom kippur"):
        assert w in GENERIC
    assert "jewish community" not in GENERIC


@pytest.mark.model
def test_the_pipeline(nlp):
    text = ("On May 3, authorities in Arvel cancelled the Arvel International Book Fair after organizers "
            "invited a jailed writer. Police in Arvel later released him.\n"
            "The law recognized Islam, Christianity, and Judaism. Some 300 residents identified their "
            "religion as Judaism. The Jewish Community of Tarsania said members celebrated Passover, Rosh "
            "Hashanah, and Hanukkah without incident.\n")
    ents = entities_of(text, nlp)
    types = {e.name: e.type for e in ents}
    assert types.get("Judaism") != "organization", types
    assert types.get("Hanukkah") != "organization", types
    fair = _at(text, "Arvel International Book Fair")
    for e in ents:
        if e.type == "place":
            assert not any(fair[0] <= s < fair[1] for s, _ in e.mentions), (e.name, e.mentions)
    arvel = [e for e in ents if e.name == "Arvel"]
    if arvel:                                           # the town's own mentions stay
        assert len(arvel[0].mentions) == 2, arvel[0].mentions
