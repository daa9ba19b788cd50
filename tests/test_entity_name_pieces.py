"""A word the report writes in lower case only as a piece of names — a given name's syllable after a
hyphen ("Pak Dal-moon"), a particle before a capitalised word ("Samir el Dawi") — is no ordinary word
of the report, so a name that holds it capitalised ("President Moon", "Rim Sol Jin", "Hany El Mourad")
keeps the local vote of a person (persons/name_pieces.py, votes/local.py; round t-ents69, issue 14, on
the session-22 amendment: 2021 Egypt, 2016 North Korea, 2020 South Korea unread). A word also written
as a word of its own ("the moon"), and a particle leading a name ("La Vereda", a company), stay
ordinary. Sentences written for these tests, on Tarsania."""
from __future__ import annotations

import re

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.name_pieces import name_pieces, ordinary_at
from rightsledger.extract.entities.votes.local import local_type

from .test_entities import entities_of

KOREAN = ("The council welcomed the envoy Pak Dal-moon to Tarsania in May. Critics of President Moon were "
          "fined.\n\nOfficials detained Ho Sol-jin in March. The court executed Rim Sol Jin, a former minister.")
ARABIC = ("Police arrested journalist Samir el Dawi in June; el Dawi was released in July. Police also "
          "summoned Hany El Mourad.\n\nGuards of La Vereda shot a worker, and Rosa la Cruz filed a complaint.")
FREE = "Critics of President Moon were fined for a poster of the moon. Two-thirds of the Dal-moon fields burned."


def ordinary_vocab(text: str) -> set[str]:
    """The report's lower-case words, as classify._local_votes reads them."""
    return set(re.findall(r"(?<![\w’'])[a-z][a-z\-]+", text))


def _vote(text: str, name: str, label: str = "PERSON", roles: list[str] | None = None, nth: int = 0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    lower_vocab = ordinary_vocab(text)
    return local_type(Cand(at, at + len(name), name, label, roles or []), "TS", text, lower_vocab)


def test_name_pieces_are_syllables_and_particles_written_only_inside_names():
    assert {"moon", "jin"} <= name_pieces(KOREAN)
    assert {"el", "la"} <= name_pieces(ARABIC)
    assert "moon" not in name_pieces(FREE)          # "the moon": a word of its own too
    assert "thirds" not in name_pieces(FREE)        # "Two-thirds" opening a sentence: no family name before


def test_a_leading_particle_stays_an_ordinary_word():
    vocab = ordinary_vocab(ARABIC)
    assert not ordinary_at("el", False, vocab, ARABIC)
    assert ordinary_at("la", True, vocab, ARABIC)


def test_a_one_word_name_of_a_syllable_keeps_its_vote():
    assert _vote(KOREAN, "Moon", roles=["president"]) == ("person", 1)
    assert _vote(FREE, "Moon", roles=["president"]) == (None, 0)


def test_a_full_name_with_a_syllable_or_a_particle_keeps_its_vote():
    assert _vote(KOREAN, "Rim Sol Jin")[0] == "person"
    assert _vote(ARABIC, "Hany El Mourad")[0] == "person"


def test_a_name_a_particle_leads_is_still_ordinary_words():
    assert _vote(ARABIC, "La Vereda")[0] != "person"


def test_the_person_is_recorded(nlp):
    found = {(e.type, e.name) for e in entities_of(KOREAN, nlp)}
    assert ("person", "Rim Sol Jin") in found
