"""Issue 14, round t-orgs39: "Operation <Name>" names a military or police operation, a campaign — an
event, no body ("under Operation Shujaa", "as part of Operation Gavilan"; three unread reports, 2018 Mali,
2022 DRC, 2023 Dominican Republic, and dev 2014 DRC's "Operation Likofi", which the dev gold records as no
entity). A name with a body's head word after "Operation", a lower-case word in it, the plural
"Operations" or "Operation" not first stay bodies. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.event_names import bodies_not_events, event_front
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed


def _org(text: str, name: str) -> Cand:
    start = text.index(name)
    return Cand(start, start + len(name), name, "ORG", type="organization")


def test_an_operation_named_is_no_body():
    text = ("The army continued joint patrols with Orvish forces under Operation Velkar. Police arrested "
            "nine officials as part of Operation Brask Falcon. Rights groups documented killings during "
            "the Operation Tarn.")
    cands = [_org(text, "Operation Velkar"), _org(text, "Operation Brask Falcon"), _org(text, "the Operation Tarn")]
    assert bodies_not_events(text, cands) == []


def test_the_shape_of_an_operations_name():
    assert event_front("Operation Velkar")
    assert event_front("the Operation Brask Falcon")
    assert not event_front("Operation")                          # no name after the word
    assert not event_front("Operation Brask Relief Foundation")  # a body's head word
    assert not event_front("Operation of Prisons Directorate")   # a lower-case word
    assert not event_front("Operations Velkar")                  # the plural
    assert not event_front("Special Operation Group")            # the word not first
    assert not event_front("Operation Velkar Brask Tarn Orvel")  # more than three words after it


def test_bodies_with_the_word_elsewhere_stay():
    text = ("The Special Operation Group and the Internal Security Operations Command deployed in Arvel. "
            "Operation Brask Relief Foundation, a charity, fed 300 families.")
    cands = [_org(text, "Special Operation Group"), _org(text, "Internal Security Operations Command"),
             _org(text, "Operation Brask Relief Foundation")]
    assert bodies_not_events(text, cands) is cands


@pytest.mark.model
def test_an_operation_is_no_body_in_the_pipeline(nlp):
    text = ("On May 3, soldiers detained 40 villagers in Arvel under Operation Velkar, a campaign against armed "
            "groups. The Tarsanian Human Rights Commission condemned the arrests.\n")
    types = _typed(text, nlp)
    assert types.get("Operation Velkar") != "organization", types
