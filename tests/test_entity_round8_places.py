"""Issue 14, round 8 (persons and places read on reports without gold): peoples and armed groups
named in a list that a noun introduces ("Minority clans include …", "These armed groups included
…"), militias named "Mai Mai X", a word the model cut out of a body's name, the first name the
model left before a person's name, ranks as titles, names written family name first. Sentences
written for these tests (a report on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.extend import _first_name_before, extend_persons
from rightsledger.extract.entities.votes.groups import find_groups
from rightsledger.extract.entities.linking import link_persons

from .test_entities import _check_spans, _find, _names, entities_of

LISTS = """\
Minority groups and low-caste clans include the Varomi (the largest minority group), the \
Keldari, Rer Osso, Pantuli, and Hawrenga. Intermarriage between these groups was rare.

Despite progress, the army and the armed groups committed abuses. These armed groups included \
the TLF; Vakoma Sela; Nyorani; and the following Mai-Mai groups: Brenzo, Qadiru, and Lopenga. \
In May the government granted amnesty to members of Vakoma Sela, and Mai Mai Ostrel \
fighters disarmed.

Fighting between Nyorani and the army displaced 4,000 persons from Upper Lotta. Elders of the \
Hawrenga met the governor in Tarsa City in June.

Four indigenous groups – the Velasi, Moro/Tanka, Ostra, and Kelim – alleged discrimination. Some \
non-Dabra populations complained that the ruling party was predominantly Dabra.
"""


def test_introduced_lists_name_peoples_and_armed_groups():
    groups = find_groups(LISTS, [(0, len(LISTS))])
    assert {"varomi", "keldari", "rer osso", "pantuli", "hawrenga"} <= groups.peoples
    assert {"velasi", "moro", "tanka", "ostra", "kelim", "dabra"} <= groups.peoples
    assert {"vakoma sela", "nyorani", "brenzo", "qadiru", "lopenga", "mai mai ostrel"} <= groups.armed
    # the words that introduce or continue the list are no names
    assert not {"the following mai-mai groups", "intermarriage", "despite progress"} & groups.armed
    assert "upper lotta" not in groups.peoples | groups.armed


@pytest.mark.model
def test_listed_groups_are_no_persons_or_places(nlp):
    ents = entities_of(LISTS, nlp, year=2011, doc_id="tarsania8")
    for name in ("Hawrenga", "Pantuli", "Rer Osso", "Nyorani", "Vakoma Sela", "Lopenga"):
        assert _find(ents, name, "person") is None and _find(ents, name, "place") is None, name
    assert "Upper Lotta" in _names(ents, "place")
    _check_spans(LISTS, ents)


def test_first_name_left_before_a_person():
    text = "Police arrested Oruno Telvek Maradi, a reporter, and the RUF Sam Dolo in May."
    s = text.index("Telvek")
    assert _first_name_before(text, Cand(s, s + len("Telvek Maradi"), "Telvek Maradi", "PERSON")) == \
        text.index("Oruno")
    s = text.index("Sam Dolo")
    assert _first_name_before(text, Cand(s, s + 8, "Sam Dolo", "PERSON")) is None      # an acronym
    text = "The station Radio Vokal Benaru was closed; officials of Tarsa City Benaru Vokal said so."
    s = text.index("Vokal Benaru")
    assert _first_name_before(text, Cand(s, s + 12, "Vokal Benaru", "PERSON")) is None  # a body word
    text = "He met Orlin Vasko Tenay."
    s = text.index("Vasko")
    out = extend_persons(text, [Cand(s, s + 11, "Vasko Tenay", "PERSON")])
    assert [c.text for c in out] == ["Orlin Vasko Tenay"]


def test_family_name_first_links_the_single_word():
    text = "Lawmaker Hoshiba Rentaro made remarks. Hoshiba later apologized, and Hoshiba resigned."
    starts = [i for i in range(len(text)) if text.startswith("Hoshiba", i)]
    cands = [Cand(starts[0], starts[0] + 15, "Hoshiba Rentaro", "PERSON")] + [
        Cand(s, s + 7, "Hoshiba", "PERSON") for s in starts[1:]]
    groups = link_persons(cands)
    assert len(groups) == 1


def _persons_of(nlp, text: str, doc_id: str) -> set[str]:
    """The names of the persons of a test text (its spans checked)."""
    ents = entities_of(text, nlp, year=2016, doc_id=doc_id)
    _check_spans(text, ents)
    return _names(ents, "person")


@pytest.mark.model
def test_rank_before_a_name_is_a_title(nlp):
    text = ("In May the police dismissed Patrolman Kerold Vantu for brutality. Kerold Vantu "
            "appealed. Superintendent Malia Dorsen of Lotta County suspended the station manager.")
    persons = _persons_of(nlp, text, "tarsania8b")
    assert "Kerold Vantu" in persons and not any(p.startswith(("Patrolman", "Superintendent")) for p in persons)


def test_nationality_tag_does_not_hide_a_named_place():
    from rightsledger.extract.entities.classify import _named_place
    text = "Militias clashed in Norlandia in May. Radio programs were broadcast in Kazakh and in Tarsi."
    assert _named_place(text, "Norlandia")           # a place-name ending
    assert _named_place("Elders of Velmoland met.", "Velmoland")
    assert not _named_place(text, "Kazakh")           # a language after "in", a nationality word
    assert not _named_place(text, "Tarsi")            # a language after "in"


def test_nationality_words_are_not_places():
    from rightsledger.extract.entities.common import adjectival, demonym
    assert demonym("Asian", set(), set()) and adjectival(["Central", "Asian"])
    assert not demonym("Sudi", set(), set())


def test_person_before_a_parenthesis_with_another_form_of_the_name():
    from rightsledger.extract.entities.votes.local import person_paren as _person_paren
    text = "The party led by Dorin Keluva (FNL-Keluva) and the bureau of Malik Sarovay (Sarovayev) met."
    s = text.index("Dorin")
    assert _person_paren(text, Cand(s, s + 12, "Dorin Keluva", "PERSON"), "FNL-Keluva")
    s = text.index("Malik")
    assert _person_paren(text, Cand(s, s + 13, "Malik Sarovay", "ORG"), "Sarovayev")
    assert not _person_paren("The NGO Namys (Dignity) met.", Cand(8, 13, "Namys", "ORG"), "Dignity")


@pytest.mark.model
def test_title_makes_a_frequent_single_name_a_person(nlp):
    text = ("In June militiamen loyal to General Morgan attacked a convoy near Tarsa City. "
            "Journalists who criticized President Putin were fined.")
    persons = _persons_of(nlp, text, "tarsania8c")
    assert {"Morgan", "Putin"} <= persons, persons


@pytest.mark.model
def test_ordinary_first_name_with_a_role_after_it(nlp):
    text = ("The detained journalists included Dawit Keranu, editor-in-chief of Vremya; Said "
            "Abdelrahim, editor-in-chief of Gazhet; and Ruth Melaku, a reporter. Police said the "
            "arrests were lawful.")
    persons = _persons_of(nlp, text, "tarsania8d")
    assert "Said Abdelrahim" in persons, persons
