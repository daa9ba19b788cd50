"""A name standing right after a lower-case noun for a kind of body ("the publisher X decided", "media
publisher X lost", "ultra-Orthodox news website X issued") at every mention is no person
(persons/kind_fronts.py, round t-ents63, on the session-22 amendment: 2022 Israel, West Bank and Gaza,
2023 Colombia, 2022 Hungary unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.kind_fronts import kind_fronted, persons_not_kind_fronted

from .test_entities import _check_spans, entities_of

TEXT = ("In May the publisher Editorial Varnel withdrew a book. Government-aligned media publisher Orvikworks lost "
        "a suit. The ultra-Orthodox news website Tarno Haveli apologized. The Nasha party Jan Roe spoke. "
        "Journalist Mira Kassel wrote. The movement, Ilgar Tomsk said, grew. Spanish newspaper Diario Velde "
        "Paula Ugor reported. The now-blocked Masr al-Velmiya news site Adel Sorbi wrote. Editorial Varnel said so.")


def _fronted(name: str) -> bool:
    return kind_fronted(TEXT, TEXT.index(name))


def test_a_name_right_after_a_kind_of_body():
    assert _fronted("Editorial Varnel")       # "the publisher": a kind of ``[kind_fronts]``
    assert _fronted("Orvikworks")             # "media publisher", a lower-case word before
    assert _fronted("Tarno Haveli")           # "news website" after a hyphened lower-case word


def test_a_person_s_noun_a_comma_or_a_body_s_own_name_before_the_kind_is_no_such_site():
    assert not _fronted("Jan Roe")            # "the Nasha party": the body is named before its kind
    assert not _fronted("Mira Kassel")        # a person's noun
    assert not _fronted("Ilgar Tomsk")        # a comma after the kind
    assert not _fronted("Diario Velde")       # "Spanish newspaper": a capitalised word before the kind
    assert not _fronted("Adel Sorbi")         # "Masr al-Velmiya news site": a particle hyphened to a name


def _group(name: str, *starts: int) -> Group:
    g = Group("person")
    for s in starts or (TEXT.index(name),):
        g.mentions.add((s, s + len(name)))
    g.forms[name] += 1
    return g


def test_groups_every_mention_of_which_stands_after_a_kind_are_dropped():
    first, later = TEXT.index("Editorial Varnel"), TEXT.index("Editorial Varnel said")
    kept = persons_not_kind_fronted([_group("Orvikworks"), _group("Tarno Haveli"), _group("Mira Kassel"),
                                     _group("Editorial Varnel"), _group("Editorial Varnel", first, later)], TEXT)
    assert [sorted(g.mentions) for g in kept] == [[(TEXT.index("Mira Kassel"), TEXT.index("Mira Kassel") + 11)],
                                                  [(first, first + 16), (later, later + 16)]]


def test_a_report_makes_no_person_of_a_body_after_its_kind(nlp):
    text = ("In July, the publisher Editorial Varneta decided not to publish an investigation by journalist Laura "
            "Ardiva of a political family. Government-aligned media publisher Mediavorks lost a lawsuit by "
            "opposition candidate Petar Marko-Zan over its claim that he lied. On December 2, ultra-Orthodox news "
            "website Behadrei Tarvim issued an apology to five women leaders.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    assert not persons & {"Editorial Varneta", "Mediavorks", "Behadrei Tarvim"}
    assert {"Laura Ardiva", "Petar Marko-Zan"} <= persons
