"""Issue 14, round 13 (t-ents5: bodies' names cut or merged, short names not linked, read on dev
reports and on 2016 Uganda, 2018 Armenia, 2019 Bolivia, 2020 Uzbekistan, 2021 Nigeria and 2024
Pakistan without gold). Sentences written for these tests (reports on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _names, entities_of

pytestmark = pytest.mark.model


def _orgs(text: str, nlp) -> set[str]:
    return set(_org_aliases(text, nlp))


def _org_aliases(text: str, nlp) -> dict[str, set[str]]:
    """The report's bodies, each with its aliases (spans checked)."""
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    return {e.name: set(e.aliases) for e in ents if e.type == "organization"}


def test_a_short_name_is_the_longer_portfolio_it_begins(nlp):
    text = ("The Ministry of Labor and Social Welfare inspected 40 factories in Port Amsel. In May the "
            "Ministry of Labor fined 12 employers for unpaid wages.\n\nThe Ministry of Women, Family, and "
            "Gender ran two shelters, and the Ministry of Women said it lacked funds for a third.\n\nThe High "
            "Authority for the Prevention of and Fight against Corruption opened 14 cases. The High "
            "Authority referred four of them to prosecutors.\n\nThe Supreme Court of Appeal heard 30 "
            "appeals. The Supreme Court also sat in Port Amsel.\n")
    orgs = _org_aliases(text, nlp)
    assert "Ministry of Labor" in orgs.get("Ministry of Labor and Social Welfare", set())
    assert "Ministry of Women" in orgs.get("Ministry of Women, Family, and Gender", set())
    assert "Ministry of Labor" not in orgs and "Ministry of Women" not in orgs
    # "for" after a short name without its own "of"/"for"; not "of" ("Supreme Court of Appeal")
    assert "High Authority" in orgs.get("High Authority for the Prevention of and Fight against Corruption", set())
    assert "Supreme Court" in orgs and "Supreme Court of Appeal" in orgs


def test_the_us_boilerplate_body_stays_apart(nlp):
    text = ("The Department of Labor and Industrial Relations inspected 40 mines in Port Amsel.\n\n"
            "Also see the Department of Labor’s Findings on the Worst Forms of Child Labor.\n")
    orgs = _orgs(text, nlp)
    assert {"Department of Labor and Industrial Relations", "Department of Labor"} <= orgs


def test_the_rest_of_a_portfolio_after_and(nlp):
    text = ("The Ministry of Labor and Civil Service inspected 40 factories in Port Amsel. The Institute "
            "for Press and Society criticized the law. The Tarsanian Regulatory Authority for "
            "Telecommunications and Post suspended a license. A report by the Tarsanian Center for "
            "Political and International Studies found bias.\n")
    orgs = _orgs(text, nlp)
    assert {"Ministry of Labor and Civil Service", "Institute for Press and Society",
            "Tarsanian Regulatory Authority for Telecommunications and Post",
            "Tarsanian Center for Political and International Studies"} <= orgs
    assert not orgs & {"Civil Service", "Institute for Press", "Ministry of Labor"}


def test_two_bodies_joined_by_and_stay_two(nlp):
    text = ("The Independent Corrupt Practices Commission and Economic and Financial Crimes Commission "
            "opened 30 cases. The Ministry of Justice and National Police signed an agreement.\n")
    orgs = _orgs(text, nlp)
    assert {"Independent Corrupt Practices Commission", "Economic and Financial Crimes Commission",
            "Ministry of Justice", "National Police"} <= orgs


def test_to_and_the_verb_of_a_mission_stay_in_the_name(nlp):
    text = ("According to the Special Force to Combat Crime (FELCC), police arrested 12 persons in "
            "Port Amsel. The Coordination Office to Combat Trafficking in Persons reported 20 cases.\n")
    orgs = _org_aliases(text, nlp)
    assert orgs.get("Special Force to Combat Crime") == {"FELCC"}
    assert "Coordination Office to Combat Trafficking in Persons" in orgs
    assert "Special Force" not in orgs and "Coordination Office" not in orgs


def test_a_title_of_a_body_then_the_holder(nlp):
    text = ("The second vice president of the Senate Jeanine Ardek took office after the president of the "
            "Chamber of Deputies Victor Borsak resigned. On August 31, Minister of Social Development "
            "Matebo Dorsik denounced the killing. The case against former Minister of Parliamentary "
            "Affairs and Social Communications Francisco Jeromel remained open.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons, orgs = _names(ents, "person"), _names(ents, "organization")
    assert {"Jeanine Ardek", "Victor Borsak", "Matebo Dorsik", "Francisco Jeromel"} <= persons
    assert {"Senate", "Chamber of Deputies"} <= orgs
    assert not any("Borsak" in o or "Ardek" in o or "Dorsik" in o or "Jeromel" in o for o in orgs)


def test_a_person_of_a_body():
    from rightsledger.extract.entities.common import Cand
    from rightsledger.extract.entities.runs.holders import split_holders
    text = "Police assaulted Patience Ihejika of Leadership Newspapers in Port Amsel on May 2."
    s = text.index("Patience")
    e = text.index(" in Port")
    parts = split_holders(text, [Cand(s, e, text[s:e], "ORG")])
    assert [(c.text, c.label) for c in parts] == [("Patience Ihejika", "PERSON"),
                                                  ("Leadership Newspapers", "ORG")]


def test_an_armed_group_named_in_attacks_and_fled_from_is_a_body(nlp):
    text = ("Abductions by Boko Haram continued in the North East. Three soldiers were killed in Boko "
            "Haram and ISIS-WA attacks in Port Amsel. The military released 1,009 former Boko Haram "
            "fighters. Many villagers fled from Boko Haram. Police detained suspected Boko Haram members.\n")
    ents = entities_of(text, nlp)
    assert "Boko Haram" in _names(ents, "organization")
    assert "Boko Haram" not in _names(ents, "person") | _names(ents, "place")


def test_a_title_before_a_persons_supporters_still_makes_a_person(nlp):
    text = "Police arrested former Amadou Kessel supporters in Port Amsel. Amadou Kessel denied it.\n"
    assert "Amadou Kessel" in _names(entities_of(text, nlp), "person")


def test_izafat_names_are_bodies(nlp):
    text = ("During a rally in Port Amsel, Jamiat Ulema-e-Islam Chief Moulana Fazal ur Rehman called the "
            "opposition leader a traitor. Authorities banned coverage of the Tarsania Tehreek-e-Insaf "
            "(TTI) ahead of the elections. Police arrested members of Lashkar-e-Taiba in May.\n")
    orgs = _org_aliases(text, nlp)
    assert "Jamiat Ulema-e-Islam" in orgs and "Lashkar-e-Taiba" in orgs
    assert orgs.get("Tarsania Tehreek-e-Insaf") == {"TTI"}
    persons = _names(entities_of(text, nlp), "person")
    assert "Moulana Fazal ur Rehman" in persons or "Fazal ur Rehman" in persons
    assert not any("Jamiat" in p for p in persons)


def test_a_patronymic_word_ends_a_persons_name(nlp):
    text = "Police detained activist Argen Baktybek uulu and Aizada Toktogul kyzy in Port Amsel.\n"
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    assert {"Argen Baktybek uulu", "Aizada Toktogul kyzy"} <= _names(ents, "person")
    assert "Aizada" not in _names(ents, "organization")


def test_names_before_a_partys_word_are_bodies(nlp):
    text = ("The ruling coalition won 70 percent of the vote; the Prosperous Tarsania and Bright Tarsania "
            "parties also won seats. Aggrieved parties may appeal to the courts.\n\nPolice detained 13 "
            "members of the opposition Moden-Ka Lumara Party in Port Amsel. In May the opposition Moden-Ka "
            "Lumara won 25 seats.\n")
    orgs = _org_aliases(text, nlp)
    assert {"Prosperous Tarsania", "Bright Tarsania"} <= set(orgs)
    assert "Aggrieved" not in orgs
    assert "Moden-Ka Lumara" not in orgs and "Moden-Ka Lumara Party" in orgs


def test_a_registrar_is_a_body_and_a_list_of_ministries_none(nlp):
    text = ("The Registrar of Trade Unions refused to register the teachers’ union in Port Amsel. The "
            "Ministries of Education, Gender, and Health ran a campaign against early marriage.\n")
    orgs = _orgs(text, nlp)
    assert "Registrar of Trade Unions" in orgs and "Trade Unions" not in orgs
    assert not any(o.startswith("Ministries") for o in orgs)


def test_outlets_after_their_kind_are_bodies_wherever_they_stand(nlp):
    text = ("In November cartoonist Al Azar resigned from the local daily newspaper La Verdad. La Verdad "
            "announced the cartoonist had left. Officials criticized the newspapers Sol de Pando, La "
            "Verdad, and Pagina Siete.\n\nThe newspaper editor Jane Roe was detained in Port Amsel. The "
            "owner of the newspaper Amsel Focus, Shyaka Kanimo, was charged. In May Kanimo was released.\n")
    ents = entities_of(text, nlp)
    orgs, persons = _names(ents, "organization"), _names(ents, "person")
    assert {"La Verdad", "Pagina Siete"} <= orgs
    assert not persons & {"La Verdad", "Pagina Siete"}
    assert {"Jane Roe", "Shyaka Kanimo"} <= persons


def test_a_centre_for_a_field_of_law_and_a_body_are_bodies(nlp):
    text = ("The Center for Public Interest Law (CEPIL) reported in August that judicial corruption was "
            "common. In April the Health Inspection Body (HIB) of the Ministry of Health was established. "
            "The Public Order Management Act (POMA) restricts gatherings in Port Amsel.\n")
    orgs = _org_aliases(text, nlp)
    assert orgs.get("Center for Public Interest Law") == {"CEPIL"}
    assert orgs.get("Health Inspection Body") == {"HIB"}
    assert not any("Act" in o for o in orgs)


def test_numbers_in_the_names_of_gangs_and_outlets(nlp):
    text = ("Gangs such as MS-13 and Barrio 18 extorted bus drivers in Port Amsel. The Barrio 18 gang "
            "killed a driver in May. Some 300 Cobra militiamen looted the town.\n\nThe newspaper Diario 1 "
            "reported threats. The television station Channel 24 was closed. The Supreme Court 10 days "
            "later ordered it reopened.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    orgs = _names(ents, "organization")
    assert {"Barrio 18", "Diario 1", "Channel 24", "Cobra", "Supreme Court"} <= orgs
    assert not orgs & {"Barrio", "Diario", "300 Cobra", "Supreme Court 10"}


def test_titles_of_sections_referred_to_name_nothing(nlp):
    text = ("Organizations of LGBTQI+ persons had difficulty registering (see section 6, Acts of Violence, "
            "Criminalization, and Other Abuses Based on Sexual Orientation, Gender Identity or Expression, "
            "or Sex Characteristics). The law restricts NGOs (see section 3, Political Parties and Political "
            "Participation, and section 5, Governmental Posture Towards International and Nongovernmental "
            "Investigation of Alleged Abuses of Human Rights). Critics were detained (see also section 1.e., "
            "Trial Procedures, trial of Jon Verrik). The Legal Aid Centre of Tarsania objected.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    assert _names(ents, "organization") == {"Legal Aid Centre of Tarsania"}
    assert "Jon Verrik" in _names(ents, "person")
