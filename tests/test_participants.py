"""Participants resolved through pronouns and descriptions (extract/events/participants.py),
on sentences of our own making (a fictional country)."""
from __future__ import annotations

import re

import pytest

from rightsledger.records import Entity

pytestmark = pytest.mark.model


class _Ann:  # the participant context reads the text only
    def __init__(self, text):
        self.text = text


def _person(id_, name, text):
    return Entity(id_, "person", name, [], {}, [[m.start(), m.end()] for m in re.finditer(re.escape(name), text)])


def _roles(nlp, text, names, trigger):
    from rightsledger.extract.events.participants import _Context, _participants

    doc = nlp(text)
    ctx = _Context(_Ann(text), [_person(f"e{k}", n, text) for k, n in enumerate(names)])
    trig = next(t for t in doc if t.text == trigger)
    return {(p.name, p.role) for p in _participants(ctx, trig, 0) if p.entity}


def test_pronoun_is_the_nearest_person_before_it(nlp):
    t = "On March 3, police in Varna detained journalist Ivan Petrov. On March 5, they released him without charge."
    assert _roles(nlp, t, ["Ivan Petrov"], "released") == {("Ivan Petrov", "target")}


def test_possessive_pronoun_of_a_noun_trigger(nlp):
    t = "Lena Moss criticized the governor on July 2. Her arrest followed on July 9."
    assert _roles(nlp, t, ["Lena Moss"], "arrest") == {("Lena Moss", "target")}


def test_description_prefers_the_person_it_described(nlp):
    t = "Police detained blogger Anna Kell and activist Piet Varo on June 1. The blogger was charged with defamation."
    assert _roles(nlp, t, ["Anna Kell", "Piet Varo"], "charged") == {("Anna Kell", "target")}
    t2 = "Soldiers beat Jon Halvar, a teacher from Orlen, on May 3. Police later detained Emil Brask, and the teacher died."
    assert _roles(nlp, t2, ["Jon Halvar", "Emil Brask"], "died") == {("Jon Halvar", "target")}


def test_description_without_a_described_person_takes_the_nearest(nlp):
    t = ("Opposition leader Mara Quill criticized the governor in a speech. Two days later the journalist "
         "Tomas Reyn was beaten, and police arrested the opposition leader on May 2.")
    assert _roles(nlp, t, ["Mara Quill", "Tomas Reyn"], "arrested") == {("Mara Quill", "target")}


def test_no_person_before_the_pronoun_means_no_entity(nlp):
    t = "On April 2, police detained him at the border."
    assert _roles(nlp, t, [], "detained") == set()
