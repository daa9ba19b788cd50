"""Issue 14, round 12 (t-ents4: the kinds of names the model took for persons, read on 2016–2023
collection pages without gold): a name takes the kind of its list, a two-word town of the report's
country is a place, Arabic body words and gangs make bodies, outlets named after "news site",
"Cox’s Bazar" keeps its possessive, peoples listed after "language groups". Sentences written for
these tests (reports on a fictional Tarsania, and on real countries for the gazetteer's towns)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _names, entities_of

pytestmark = pytest.mark.model


LISTS = """\
Fires broke out in the prisons of Valdor, Kessin, Mirabel Tosk, and Ardo Venn in March. Gangs \
held the neighborhoods of Pelo Graz (2018), Ondra District (2019), and Karsk Province (2020). The government \
kept its ban on 12 groups it considered extremist, including al-Qa'ida, the Taliban, the Islamic \
Movement of Tarsania, Velran Hostok, and ISIS.

Police arrested Mirabel Tosk, Ardo Venn, and Pelo Graz in April; all three were released.
"""


def test_a_name_takes_the_kind_of_its_list(nlp):
    text = LISTS.split("\n\nPolice")[0] + "\n"
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = _names(ents, "person")
    assert not persons & {"Mirabel Tosk", "Ardo Venn", "Pelo Graz", "Velran Hostok"}
    assert {"Mirabel Tosk", "Ardo Venn", "Pelo Graz"} <= _names(ents, "place")
    assert "Velran Hostok" in _names(ents, "organization")


def test_a_list_of_persons_stays_persons(nlp):
    """The same names arrested: a list of persons (the rule needs other names of the kind)."""
    text = "Police arrested Mirabel Tosk, Ardo Venn, and Pelo Graz in April; " \
           "all three were released. Judge Ondra Vell, Karel Dusan, and Tomas Brenk heard the case.\n"
    ents = entities_of(text, nlp)
    assert {"Mirabel Tosk", "Ardo Venn", "Pelo Graz", "Karel Dusan", "Tomas Brenk"} <= _names(ents, "person")


ARABIC = """\
Militants of Jaysh al-Tarsani attacked a checkpoint in May. Authorities said Jund al-Qamar and \
Katibat al-Nur recruited children. Harakat Shabab Tarsan claimed the bombing.
"""


def test_a_name_starting_with_an_arabic_body_word_is_a_body(nlp):
    ents = entities_of(ARABIC, nlp)
    _check_spans(ARABIC, ents)
    persons = _names(ents, "person")
    assert not any(n.split()[0] in ("Jaysh", "Jund", "Katibat", "Harakat") for n in persons)


GANGS = """\
In June the G-9-allied Varo Deck gang and the rival Kossi Brand gang fought for control of the \
port. Violence between the 18th Street gang and another gang, Los Pericos, killed two minors. The \
online news site Tin Moi was fined for its reporting.
"""


def test_gangs_and_outlets_are_bodies(nlp):
    ents = entities_of(GANGS, nlp)
    _check_spans(GANGS, ents)
    orgs = _names(ents, "organization")
    persons = _names(ents, "person")
    assert {"Varo Deck", "Kossi Brand", "Los Pericos"} <= orgs
    assert not any("allied" in n for n in orgs)          # the alliance is no part of the name
    assert not persons & {"Varo Deck", "Kossi Brand", "Los Pericos", "Tin Moi"}


VIETNAM = """\
Hau Giang provincial authorities paid couples to have daughters. Ninh Binh authorities did not \
allow the blogger to meet his lawyer.
"""


def test_a_two_word_town_of_the_country_is_a_place(nlp):
    ents = entities_of(VIETNAM, nlp, country="Vietnam", code="VN", year=2021, doc_id="vietnam")
    places = _names(ents, "place")
    assert not _names(ents, "person") & {"Ninh Binh", "Hau Giang"}
    assert {"Ninh Binh", "Hau Giang"} <= places


COX = """\
In Cox’s Bazar, police detained 30 refugees. Aid groups in Cox’s Bazar reported shortages.
"""


def test_a_town_with_a_possessive_keeps_it(nlp):
    ents = entities_of(COX, nlp, country="Bangladesh", code="BD", year=2021, doc_id="bangladesh")
    _check_spans(COX, ents)
    places = _names(ents, "place")
    assert "Cox’s Bazar" in places
    assert "Cox" not in places


PEOPLES = """\
There are five major ethnic and language groups–Varesh, Kolmi, Tazen, Orvu, and Bessa–and 40 \
smaller ethnic groups.
"""


def test_peoples_listed_after_language_groups(nlp):
    ents = entities_of(PEOPLES, nlp)
    assert not {e.name for e in ents} & {"Varesh", "Kolmi", "Tazen", "Orvu", "Bessa"}


SURNAMES = """\
On April 13, union leader Rodrigo Baltasar Ortega Nunez reported an attack. His brother Anselmo \
Ruperto Ortega Nunez was injured by a machete. The court convicted two men of the killings of \
siblings Ramon Eulalio Diaz Rodriguez and Zoila Marisol Diaz Rodriguez.

Members of independent Cao Dai groups and Pure Hoa Hao followers were harassed. Farmers blamed the \
El Nino weather phenomenon for the drought.
"""


def test_two_surnames_the_model_left_out_and_words_that_are_no_names(nlp):
    ents = entities_of(SURNAMES, nlp)
    _check_spans(SURNAMES, ents)
    persons = _names(ents, "person")
    assert {"Anselmo Ruperto Ortega Nunez", "Ramon Eulalio Diaz Rodriguez"} <= persons
    assert not {"Anselmo Ruperto", "Ramon Eulalio"} & persons
    # the brother's surnames are no mention of the union leader
    leader = next(e for e in ents if e.name == "Rodrigo Baltasar Ortega Nunez")
    assert len(leader.mentions) == 1
    assert not {e.name for e in ents} & {"Cao Dai", "Pure Hoa Hao", "El Nino"}


SYLLABLES = """\
According to the nongovernmental organization (NGO) Prison Aid and Rehabilitation Society \
(PRISARS), cells were overcrowded. Although the Domestic Abuse and Victim Relief Unit (DOAVRU) of \
the police received 900 complaints, few cases reached court. PRISARS visited 12 prisons.

The Computer Crime Proclamation and the Charities Proclamation restricted online speech.
"""


def test_a_body_whose_syllables_spell_its_acronym_and_laws_named_proclamations(nlp):
    ents = entities_of(SYLLABLES, nlp)
    _check_spans(SYLLABLES, ents)
    orgs = _names(ents, "organization")
    assert {"Prison Aid and Rehabilitation Society", "Domestic Abuse and Victim Relief Unit"} <= orgs
    prisars = next(e for e in ents if e.name == "Prison Aid and Rehabilitation Society")
    assert "PRISARS" in prisars.aliases and len(prisars.mentions) == 3
    assert not any(n.endswith("Proclamation") for n in orgs)
    assert not orgs & {"Rehabilitation Society", "Victim Relief Unit", "Abuse and Victim Relief Unit"}


def test_syllables_spell_an_acronym():
    from rightsledger.extract.entities.common import spells
    assert spells("Prison Care and Counseling Association", "PRISCCA")
    assert spells("Human Rights Watch", "HRW")
    assert not spells("Counseling Association", "PRISCCA")
    assert not spells("National Police", "PNC")


LE_NAMES = """\
On May 2, police detained independent candidate Le Trong Tien and charged him. Police in the \
province detained bloggers Dao Minh Khoa, Tran Thanh Lam, and Le Quoc Binh for their posts. The \
newspaper La Voz del Pueblo reported the arrests.
"""


def test_a_vietnamese_name_in_le_with_a_role_or_listed_with_persons_is_a_person(nlp):
    """"Le" is a Vietnamese family name, not the article of "La Voix du Tchad" (main: a body)."""
    ents = entities_of(LE_NAMES, nlp, country="Vietnam", code="VN", year=2021, doc_id="vietnam")
    _check_spans(LE_NAMES, ents)
    assert {"Le Trong Tien", "Dao Minh Khoa", "Tran Thanh Lam", "Le Quoc Binh"} <= _names(ents, "person")
    assert "La Voz del Pueblo" in _names(ents, "organization")
