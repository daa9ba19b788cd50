"""Issue 14, round t-orgs57: a body's name cut at "and" after a head word that names a field of work. "the
National Broadcasting and Telecommunications Commission" came out as two bodies, "National Broadcasting" and
"Telecommunications Commission": bodies/and_pairs.py took "Broadcasting" for the head of a body of its own. A
field word (``and_pair_field_heads``) that ends the front "<A>" is no head there; the dev gold makes one body of
6 sentences of that shape and two of none. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.and_pairs import join_and_pairs, one_body
from rightsledger.extract.entities.common import Cand

from .test_entities import entities_of
from .test_entity_and_pairs import _org as and_pairs_org

TEXT = ("The Tarsanian Broadcasting and Cable Commission fined two stations. The Northern Press and Print "
        "Foundation objected. The Coast Radio and Harbor Pilots Association met. The Lantern International and "
        "Open Courts Watch wrote. The Press Council and Media Ethics Board met.")


def _org(form: str) -> Cand:
    return and_pairs_org(form, TEXT)


def test_a_front_ending_in_a_field_word_and_a_headed_back_are_one_body():
    assert one_body(TEXT, _org("Tarsanian Broadcasting"), _org("Cable Commission"))
    assert one_body(TEXT, _org("Northern Press"), _org("Print Foundation"))
    a, b = _org("Coast Radio"), _org("Harbor Pilots Association")
    [joined] = join_and_pairs(TEXT, [a, b])
    assert joined.text == "Coast Radio and Harbor Pilots Association"


def test_a_head_word_that_names_no_field_or_does_not_end_the_front_keeps_two_bodies():
    assert not one_body(TEXT, _org("Lantern International"), _org("Open Courts Watch"))        # not a field word
    assert not one_body(TEXT, _org("Press Council"), _org("Media Ethics Board"))    # a head ends it


def test_a_broadcasting_commission_cut_at_and_makes_one_body(nlp):
    text = ("The law allowed the National Broadcasting and Cable Licensing Commission to suspend the licenses of "
            "radio operators in Tarsania. Editors said the Northern Press and Print Foundation held most outlets.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "National Broadcasting and Cable Licensing Commission" in bodies
    assert "National Broadcasting" not in bodies and "Cable Licensing Commission" not in bodies
