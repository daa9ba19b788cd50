"""Issue 14, round t-orgs55 (three dev reports, census 3 : 0): an acronym cut off the front of a longer name.
"UN Special Rapporteur <name> noted", "violated the UN Convention on the Rights of the Child": an acronym-only
body group every mention of which stands right before a capitalised word is no record. Sentences written for
these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.front_acronyms import is_front_acronym, without_front_acronyms
from rightsledger.extract.entities.common import Group

from .test_entities import entities_of

TEXT = ("UN Special Rapporteur Osti spoke. It broke the UN Convention on Torture. The TBA Board met; the TBA said "
        "so, and the TBA’s Chair and the TBA (Bar) agreed.")


def _group(*picks: tuple[str, int], type_: str = "organization") -> Group:
    """A group of the ``nth`` occurrence in TEXT of each (form, nth) picked."""
    g = Group(type_)
    for form, nth in picks:
        at = -1
        for _ in range(nth + 1):
            at = TEXT.index(form, at + 1)
        g.forms[form] += 1
        g.mentions.add((at, at + len(form)))
    return g


def test_an_acronym_before_a_capitalised_word_is_cut_off_a_name():
    assert is_front_acronym(_group(("UN", 0), ("UN", 1)), TEXT)
    assert is_front_acronym(_group(("TBA", 0)), TEXT)   # "TBA Board" alone


def test_a_body_written_so_once_and_alone_elsewhere_stays():
    assert not is_front_acronym(_group(("TBA", 0), ("TBA", 1)), TEXT)   # "the TBA said"
    assert not is_front_acronym(_group(("TBA", 2)), TEXT)   # a possessive after it
    assert not is_front_acronym(_group(("TBA", 3)), TEXT)   # a bracket after it


def test_only_acronym_body_groups_go():
    un, place = _group(("UN", 0)), _group(("UN", 0), type_="place")
    named = _group(("UN", 0), ("Special Rapporteur", 0))   # a form that is no acronym keeps the group
    assert without_front_acronyms([un, place, named], TEXT) == [place, named]


def test_un_special_rapporteur_and_convention_make_no_un_body(nlp):
    text = ("In May UN Special Rapporteur on the Independence of Judges Mara Velkin Osti visited Tarsania and met the "
            "Ministry of Justice. UN Special Rapporteur Osti noted concerns about pretrial detention. Lawyers claimed "
            "the expulsions violated the UN Convention on the Rights of the Child. The Tarsanian Bar Association "
            "welcomed the visit.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "UN" not in bodies, bodies
    assert {"Ministry of Justice", "Tarsanian Bar Association"} <= bodies, bodies


def test_an_acronym_also_written_alone_keeps_its_body(nlp):
    text = ("UN Special Rapporteur Mara Velkin Osti visited Tarsania in May. The UN later said the Ministry of "
            "Justice had not answered its letters.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert any(b in ("UN", "United Nations") for b in bodies), bodies
