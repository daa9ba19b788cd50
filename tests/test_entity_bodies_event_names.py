"""Issue 14, round t-orgs26: an event named like a body — a name ending in "Festival", "Fair",
"Summit" … ("the Arvel International Book Fair", "the Velm Film Festival"), or the front of a day's
name cut off at a possessive ("International Women" of "International Women’s Day") — is no body; an
acronym in front of a summit is its organizer and stays a body; forums, conferences, a head word
that is not the last word stay bodies (read on dev 2016 Niger, 2019 Qatar, 2023 Eswatini and on
2018 Burma, 2020 Turkey, unread). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.event_names import bodies_not_events, event_head, only_possessed
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed


def _org(text: str, name: str, nth: int = 0) -> Cand:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Cand(start, start + len(name), name, "ORG", type="organization")


def test_a_festival_a_fair_and_games_are_no_bodies():
    text = ("Censors banned a film scheduled for the Velm Film Festival in May. Publishers withdrew from "
            "the Arvel International Book Fair. Athletes from Tarsania boycotted the Orvish Games.")
    cands = [_org(text, "Velm Film Festival"), _org(text, "Arvel International Book Fair"),
             _org(text, "Orvish Games")]
    assert bodies_not_events(text, cands) == []


def test_a_summit_gives_way_to_its_organizer_acronym():
    text = "Leaders met at the TDC Extraordinary Summit in Arvel in June."
    summit = _org(text, "TDC Extraordinary Summit")
    out = bodies_not_events(text, [summit])
    assert [(c.text, c.type, text[c.start:c.end]) for c in out] == [("TDC", "organization", "TDC")]


def test_the_front_of_a_days_name_cut_at_a_possessive_is_no_body():
    text = ("Police dispersed women marching to mark International Women’s Day. On National Workers' Day, "
            "unions rallied in Arvel.")
    cands = [_org(text, "International Women"), _org(text, "National Workers")]
    assert only_possessed(text, "International Women")
    assert bodies_not_events(text, cands) == []


def test_bodies_with_these_words_elsewhere_stay():
    # a head word that is not the last word, forums and conferences, a body named once before a
    # possessive day but also acting, a possessive before a month or a report
    text = ("The Fair Labor Association audited factories. The Velm Festival Committee cancelled the event. "
            "The Tarsan Civic Forum and the Arvel Conference of Bishops protested. The Orvish Women’s Union "
            "marked the Tarsan Teachers’ Day; the Tarsan Teachers said pay was late. The Brask Human Rights "
            "Commission’s March report and the Brask Human Rights Commission’s annual report were published.")
    cands = [_org(text, "Fair Labor Association"), _org(text, "Velm Festival Committee"),
             _org(text, "Tarsan Civic Forum"), _org(text, "Arvel Conference of Bishops"),
             _org(text, "Orvish Women’s Union"), _org(text, "Tarsan Teachers"),
             _org(text, "Brask Human Rights Commission")]
    assert bodies_not_events(text, cands) is cands


def test_heads_persons_and_places_untouched():
    assert event_head("Arvel Book Fair")
    assert not event_head("Fair")                       # one word: no name before the head
    assert not event_head("Festival Committee")
    text = "Judge Orlan opened the Velm Film Festival in Arvel."
    person = Cand(text.index("Orlan"), text.index("Orlan") + 5, "Orlan", "PERSON", type="person")
    place = Cand(text.index("Arvel"), text.index("Arvel") + 5, "Arvel", "GPE", type="place")
    assert bodies_not_events(text, [person, place]) == [person, place]


@pytest.mark.model
def test_events_are_no_bodies_in_the_pipeline(nlp):
    text = ("On May 3, authorities cancelled the Velm International Film Festival after organizers planned "
            "to honor a jailed director. The Tarsanian Journalists Union condemned the decision.\n")
    types = _typed(text, nlp)
    assert types.get("Velm International Film Festival") != "organization", types
