"""Issue 14, round 8: organisation names, where they end and what is no body. A name stops
before a date ("the Supreme Court on March 3") and before a second body joined by "against"
or "to the"; "to" goes on after "Right"/"Access"; a list of fields inside a name is taken
whole ("Educational, Scientific and Cultural Organization", "Committee on Economic, Social and
Cultural Rights"); a title after a body's head is no part of it ("Party Deputy Chairman").
Sentences written for these tests (a report on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _names, entities_of

TEXT = """\
The election result was confirmed by the Supreme Court on March 3, and the president took office \
the next week. In May the Ministry of Justice filed a suit against the Free Teachers Union to close \
it. The Ministry of Information transferred the monitoring center to the National Security Service \
in June. A local NGO, the Tarsanian Association for Access to Justice, said pretrial detention \
lasted years. The Committee for the Recognition of the Right to Asylum did not meet.

The UN Committee on Economic, Social and Cultural Rights raised concerns about wages. According to \
the UN Educational, Social, and Cultural Organization, enrollment favored boys. The Unity Party \
Deputy Chairman resigned in April.
"""


@pytest.fixture(scope="module")
def tarsania(nlp):
    return entities_of(TEXT, nlp, code="TD", year=2021, doc_id="tarsania8")


def test_a_name_stops_before_a_date_and_a_second_body(tarsania):
    orgs = _names(tarsania, "organization")
    assert {"Supreme Court", "Ministry of Justice", "Free Teachers Union", "Ministry of Information",
            "National Security Service"} <= orgs, orgs
    assert not any(" on March" in o or " against " in o or " to the " in o for o in orgs), orgs


def test_to_goes_on_after_right_and_access(tarsania):
    orgs = _names(tarsania, "organization")
    assert {"Tarsanian Association for Access to Justice",
            "Committee for the Recognition of the Right to Asylum"} <= orgs, orgs


def test_a_list_of_fields_inside_a_name(tarsania):
    orgs = _names(tarsania, "organization")
    assert {"UN Committee on Economic, Social and Cultural Rights",
            "UN Educational, Social, and Cultural Organization"} <= orgs, orgs


def test_a_title_after_the_head_is_no_part_of_the_body(tarsania):
    orgs = _names(tarsania, "organization")
    assert "Unity Party" in orgs and not any("Chairman" in o for o in orgs), orgs


def test_spans(tarsania):
    _check_spans(TEXT, tarsania)


TITLES = """\
Tarsania is not a party to the 1980 Hague Convention on the Civil Aspects of International Child \
Abduction. See the Department of State's Annual Report on International Parental Child Abduction. \
Tarsania ratified the Rome Statute of the International Criminal Court in 2002. Reports of the \
Ministry of Interior said 40 persons were detained. On the International Day of Zero Tolerance, \
activists marched in Vell.
"""


@pytest.fixture(scope="module")
def titles(nlp):
    return entities_of(TITLES, nlp, code="TD", year=2021, doc_id="tarsania8t")


def test_pieces_of_document_titles_are_no_bodies(titles):
    orgs = _names(titles, "organization")
    assert not any("Abduction" in o or "Tolerance" in o for o in orgs), orgs
    assert {"International Criminal Court", "Ministry of Interior", "Department of State"} <= orgs, orgs
    _check_spans(TITLES, titles)


PARTS = """\
According to the National Commission for Demining and Humanitarian Assistance, landmines killed \
20 persons. Groups included the Vell-based Horn of Tarsania Human Rights Watch Committee and the \
Council-supported Coastal Alliance.
"""


def test_ordinary_words_and_attributives_inside_names(nlp):
    ents = entities_of(PARTS, nlp, code="TD", year=2021, doc_id="tarsania8p")
    orgs = _names(ents, "organization")
    assert {"National Commission for Demining and Humanitarian Assistance",
            "Horn of Tarsania Human Rights Watch Committee", "Coastal Alliance"} <= orgs, orgs
    assert "Humanitarian Assistance" not in {e.name for e in ents}
    _check_spans(PARTS, ents)


PEOPLES = """\
Minority groups and low-caste clans include the Vanu (the largest minority group), the Teradi, Rer \
Kamar, Swahili, Tumol, Yibor, and Faqayaqob. The country has three dominant ethno-linguistic groups: \
the Ovindu, the Mbendu, and the Bakango, which together comprised 77 percent. Ethnic Twe persons \
faced discrimination. Clashes between members of the Bafulero and Banyamulenga communities killed 34 \
persons. The Mbororo Association said herders fled. According to the 2014 Demographic and Health \
Survey, half of the women were married before age 18.
"""


def test_peoples_a_group_noun_introduces_are_no_entities(nlp):
    ents = entities_of(PEOPLES, nlp, code="TD", year=2021, doc_id="tarsania8g")
    names = {e.name for e in ents}
    assert not names & {"Vanu", "Teradi", "Rer Kamar", "Swahili", "Tumol", "Yibor", "Faqayaqob", "Ovindu",
                        "Mbendu", "Bakango", "Twe", "Bafulero", "Banyamulenga", "Demographic"}, names
    assert "Mbororo Association" in _names(ents, "organization")
    _check_spans(PEOPLES, ents)


PROGRAMS = """\
The Professional Magistrates Training Program began in March to train graduates. Officials were \
provided funds through the County Development Fund. The council was elected at the National \
Reconciliation Forum convoked by the government. A court convicted five members of the Vell Youth \
Forum. The Coastal Civic Forum, an unregistered youth group, protested. The Tarsania Human Rights Fund, which provided grants to 20 NGOs, \
closed in May. According to the State Pension Fund, 40 persons lost savings. Members of the League \
of Women of Creative Initiative protested. The UN Population Fund sponsored clinics.
"""


def test_programs_funds_and_forums_are_bodies_only_where_they_act(nlp):
    ents = entities_of(PROGRAMS, nlp, code="TD", year=2021, doc_id="tarsania8f")
    names = {e.name for e in ents}
    assert not names & {"Professional Magistrates Training Program", "County Development Fund",
                        "National Reconciliation Forum"}, names
    assert {"Tarsania Human Rights Fund", "State Pension Fund", "League of Women of Creative Initiative",
            "UN Population Fund", "Vell Youth Forum"} <= _names(ents, "organization"), names
    _check_spans(PROGRAMS, ents)


def test_an_apposition_makes_a_forum_a_body():
    from rightsledger.extract.entities.bodies.programs import program_without_acts
    text = "The Coastal Civic Forum, an unregistered youth group, met. The Coastal Peace Forum met."
    assert not program_without_acts(text, "Coastal Civic Forum")
    assert program_without_acts(text, "Coastal Peace Forum")


SPELLED = """\
Only one domestic human rights organization, Citizens for Peace in Tarsania (CPT), was allowed to \
operate. Action by Christians for the Abolition of Torture (ACAT) visited prisons. According to the \
2019 Demographic and Health Survey (DHS), half of the women were married before age 18. Internally \
Displaced Persons (IDPs) lived in camps. Police arrested members of Free Choice of Tarsania (FCT), a \
banned movement. The youths were beaten, according to the French human rights nongovernmental \
organization (NGO) Help by Lawyers for the Defense of Detainees.
"""


def test_bodies_the_acronym_spells(nlp):
    ents = entities_of(SPELLED, nlp, code="TD", year=2021, doc_id="tarsania8s")
    orgs = {e.name: e.aliases for e in ents if e.type == "organization"}
    assert orgs.get("Citizens for Peace in Tarsania") == ["CPT"], orgs
    assert orgs.get("Action by Christians for the Abolition of Torture") == ["ACAT"], orgs
    assert orgs.get("Free Choice of Tarsania") == ["FCT"], orgs
    assert "Help by Lawyers for the Defense of Detainees" in orgs, orgs
    assert not any("Survey" in o or "Displaced" in o or o in ("DHS", "IDPs") for o in orgs), orgs
    _check_spans(SPELLED, ents)


PERSONS = """\
Jean Mirimana, a journalist for independent newspaper Vell Courier, was abducted in July. The \
government detained Akylbek Muratbay (Muratov), Rasul Zhumaniyazov, and Rinat Utambekov. The Coast \
Herald, an independent weekly newspaper, closed.
"""


def test_persons_with_a_role_apposition_or_a_surname_in_parentheses(nlp):
    ents = entities_of(PERSONS, nlp, code="TD", year=2021, doc_id="tarsania8r")
    persons, orgs = _names(ents, "person"), _names(ents, "organization")
    assert {"Jean Mirimana", "Akylbek Muratbay"} <= persons, (persons, orgs)
    assert "Coast Herald" in orgs and not orgs & {"Jean Mirimana", "Akylbek Muratbay"}, orgs
    _check_spans(PERSONS, ents)
