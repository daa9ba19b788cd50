"""A post's place or body, one word, glued before its holder's two-word name in one span of the model
(titles/post_fronts.py, round t-ents71, on the session-22 amendment: 2017 Mexico judged here, 2020 South
Korea judged by t-ents69, 2018 Venezuela judged by t-ents44). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.titles.post_fronts import post_front_holder

from .test_entities import entities_of
from .test_entity_office_places import _at


def _holder(text: str, span: str) -> str | None:
    s, e = _at(text, span)
    cut = post_front_holder(text, s, e)
    return None if cut is None else text[cut[0]:e]


@pytest.mark.parametrize(("text", "span", "holder"), [
    # a town, a town and a comma, a body's one-word name before the holder, after "<post> of"
    ("A judge issued a warrant for former governor of Velmora Dario Kestrel in May.", "Velmora Dario Kestrel",
     "Dario Kestrel"),
    ("The mayor of Orvasa, Im Ha-sol, resigned in April.", "Orvasa, Im Ha-sol", "Im Ha-sol"),
    ("Those held included former president of Fetravelm Ilario Brandt and two others.", "Fetravelm Ilario Brandt",
     "Ilario Brandt"),
    ("The Minister of Health Julia Parnok spoke.", "Health Julia Parnok", "Julia Parnok"),
])
def test_the_holder_after_a_glued_front(text, span, holder):
    assert _holder(text, span) == holder


def test_the_post_and_front_are_the_holders_role():
    text = "The mayor of Orvasa, Im Ha-sol, resigned in April."
    s, e = _at(text, "Orvasa, Im Ha-sol")
    assert post_front_holder(text, s, e) == (s + len("Orvasa, "), "mayor of Orvasa")


@pytest.mark.parametrize(("text", "span"), [
    ("She met officers of the Velm Support Unit on Monday.", "Velm Support Unit"),      # a body's head word
    ("He was director of the Nida Velm Party until 2019.", "Nida Velm Party"),           # a body's head word
    ("The killing of Dario Ilario Kestrel shocked the town.", "Dario Ilario Kestrel"),   # no post before "of"
    ("The governor of Velmora Dario Kestrel Brandt spoke.", "Velmora Dario Kestrel"),    # the name runs on
    ("The governor of Velmora Dario Kestrel spoke.", "Dario Kestrel"),                   # no front
    ("The head of the Velm Refugee Repatriation and Resettlement Office spoke.", "Velm Refugee Repatriation"),
    ("A member of the Velmora Human Rights spoke.", "Velmora Human Rights"),             # a common last word
    ("They held Member of Parliament Ilse Parno for a week.", "Parliament Ilse Parno"),  # a house's one word
    ("The brother of Velmo Dario Kestrel spoke.", "Velmo Dario Kestrel"),                # "of" names a person
])
def test_no_holder(text, span):
    assert _holder(text, span) is None


def test_the_holders_are_persons_through_the_model(nlp):
    text = ("The government also sought the extradition of former governor of Quintara Roberto Velasko and issued "
            "an arrest warrant for former governor of Chihuahua Cesar Dorantes. The audit office filed criminal "
            "charges against 14 state governments. Those arrested included former president of Fetravelm Omar "
            "Quintaval, and former secretary general of the union Ilse Parno.")
    persons = {e.name for e in entities_of(text, nlp) if e.type == "person"}
    assert {"Cesar Dorantes", "Omar Quintaval"} <= persons
    assert not any(n.startswith(("Chihuahua", "Fetravelm")) for n in persons)
