"""A name typed person that stands right after a noun of a work ("the movie X", "the talk show X",
"the 2018 HRW report X") is the work's title, no person (persons/work_titles.py, round t-ents43, on
the session-22 amendment: 2020 North Korea, 2019 China, 2018 Dominican Republic, unread). Sentences
written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.persons.work_titles import after_work_noun, persons_not_work_titles

from .test_entities import _check_spans, entities_of
from .test_entity_office_places import _at, _group


def test_after_work_noun_reads_the_lower_case_noun_of_a_work():
    text = ("the movie Dorian Velasko; the daily talk show Mira Velm; the 2019 Tarsan Watch report Nights Without "
            "Sleep; the novel Ostrel Darrow; videos show Selim Varga; The Movie Kasimir Lend; the report Omar "
            "Tessel’s office filed")
    assert after_work_noun(text, *_at(text, "Dorian Velasko"))
    assert after_work_noun(text, *_at(text, "Mira Velm"))
    assert after_work_noun(text, *_at(text, "Nights Without"))
    assert after_work_noun(text, *_at(text, "Ostrel Darrow"))
    assert not after_work_noun(text, *_at(text, "Selim Varga"))      # "show" alone: a verb as often
    assert not after_work_noun(text, *_at(text, "Kasimir Lend"))     # a capitalised "Movie": a title's word
    assert not after_work_noun(text, *_at(text, "Omar Tessel"))      # owns something: the author


def test_a_name_after_a_work_noun_is_no_person_unless_it_has_a_role():
    text = ("Censors cut the movie Dorian Velasko. Cinemas showed Dorian Velasko. The talk show host "
            "Mira Velm, a journalist, resigned; the talk show Mira Velm. Selim Varga said so.")
    film = _group(text, _at(text, "Dorian Velasko"), _at(text, "Dorian Velasko", 1))
    with_role = _group(text, _at(text, "Mira Velm"), _at(text, "Mira Velm", 1), roles=("journalist",))
    other = _group(text, _at(text, "Selim Varga"))
    assert persons_not_work_titles([film, with_role, other], text) == [with_role, other]


def test_a_name_written_after_a_work_noun_where_the_model_saw_no_name_is_no_person():
    text = ("Censors banned films, including Dorian Velasko and others. Scenes in the movie Dorian Velasko were cut. "
            "Varga met Selim Varga; the report Varga filed.")
    film = _group(text, _at(text, "Dorian Velasko"))              # the model's one mention: after "including"
    person = _group(text, _at(text, "Selim Varga"), _at(text, "Varga"))   # a one-word form after "report": kept
    assert persons_not_work_titles([film, person], text) == [person]


def test_a_report_drops_the_film_and_the_show_keeps_the_person(nlp):
    text = ("The government banned films, including Dorian Velasko. "
            "Several scenes in the movie Dorian Velasko were cut before its release. In August the three hosts "
            "of the daily talk show Mira Castellan announced they were resigning. Police arrested Selim Varga, "
            "a journalist, in Lisk.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    assert sorted(e.name for e in entities if e.type == "person") == ["Selim Varga"]
