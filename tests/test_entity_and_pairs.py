"""Issue 14, round t-orgs34: a body's name cut in two at "and". "the Labor Protection Directorate of the Trade
and Industry Ministry" came out as two bodies, "… of the Trade" and "Industry Ministry"; two organization names
written "<A> and <B>", B ending in a head word and A holding none, B written nowhere else alone, are one name.
The dev gold makes one body of 27 sentences of that shape and two of none. Sentences written for these tests (a
fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.and_pairs import join_and_pairs, one_body
from rightsledger.extract.entities.common import Cand

from .test_entities import entities_of

TEXT = ("Inspectors of the Labor Protection Directorate of the Trade and Industry Ministry visited mills. "
        "The Judicial Council and Constitutional Court met. The Senate and National Assembly voted. "
        "The TLF and Harbor Workers Union marched. The Fishing and Marine Ministry of Tarsania spoke.")


def _org(form: str, text: str = TEXT) -> Cand:
    at = text.index(form)
    return Cand(at, at + len(form), form, "ORG", type="organization")


def test_a_front_without_a_head_word_and_a_headed_back_are_one_body():
    a, b = _org("Labor Protection Directorate of the Trade"), _org("Industry Ministry")
    assert one_body(TEXT, a, b)
    [joined] = join_and_pairs(TEXT, [a, b])
    assert joined.text == "Labor Protection Directorate of the Trade and Industry Ministry"
    assert (joined.start, joined.end) == (a.start, b.end)


def test_two_bodies_joined_by_and_keep_their_names():
    assert not one_body(TEXT, _org("Judicial Council"), _org("Constitutional Court"))   # a head word in front
    assert not one_body(TEXT, _org("Senate"), _org("National Assembly"))                # a lone body in front
    assert not one_body(TEXT, _org("TLF"), _org("Harbor Workers Union"))                # an acronym in front
    fishing, marine = _org("Fishing"), _org("Marine Ministry of Tarsania")
    assert not one_body(TEXT, fishing, marine)                                          # a connector in the back
    assert join_and_pairs(TEXT, [fishing, marine]) == [fishing, marine]


def test_only_organization_names_next_to_and_are_joined():
    a, b = _org("Labor Protection Directorate of the Trade"), _org("Industry Ministry")
    place = Cand(a.start, a.end, a.text, "GPE", type="place")
    assert not one_body(TEXT, place, b)
    assert not one_body(TEXT, b, a)   # "B … A": not written "<A> and <B>"
    assert join_and_pairs(TEXT, [place, b]) == [place, b]


def test_a_ministrys_directorate_cut_at_and_makes_one_body(nlp):
    text = ("Inspectors of the Labor Protection Directorate of the Trade and Industry Ministry visited 40 textile "
            "mills in May. The Tarsanian Workers Union said the Senate and National Assembly ignored its letters.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "Labor Protection Directorate of the Trade and Industry Ministry" in bodies
    assert "Labor Protection Directorate of the Trade" not in bodies and "Industry Ministry" not in bodies
    assert {"Tarsanian Workers Union", "Senate", "National Assembly"} <= bodies


def test_a_back_with_a_bodys_own_front_stays_apart():
    text = "The Ministry of Justice and National Police met. The Ministry of Defense and Malian Armed Forces met."
    assert not one_body(text, _org("Ministry of Justice", text), _org("National Police", text))
    assert not one_body(text, _org("Ministry of Defense", text), _org("Malian Armed Forces", text))


def test_a_back_the_report_writes_alone_is_a_body_of_its_own():
    text = ("The Supreme Court of Appeal and High Court judges met. The High Court ruled. "
            "The Fisheries Directorate of the Coast and Harbor Ministry met.")
    a, b = _org("Supreme Court of Appeal", text), _org("High Court", text)
    assert not one_body(text, a, b)
    assert one_body(text, _org("Fisheries Directorate of the Coast", text), _org("Harbor Ministry", text))
