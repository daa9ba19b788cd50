"""Issue 14, round t-orgs15: a body's name cut at a serial comma goes on over the list of fields
that completes it ("the Ministry of Social Action, Women's Promotion, and Elimination of
Illiteracy"; cut in the tuned dev reports 2017 Togo, 2017 Tunisia, 2019 Ecuador and the unread
2016 Georgia), and a list of bodies, places or persons stays apart. Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.extend import extend_names

from .test_entities import typed_entities as _typed


def _ext(text: str, name: str) -> str:
    s = text.index(name)
    return [c.text for c in extend_names(text, [Cand(s, s + len(name), name, "RULE_ORG")], "TS")][0]


def test_a_serial_list_of_fields_completes_the_name():
    # a rarer field ("Illiteracy", "Handicrafts") the report also writes in lower case or only in the list
    text = "The Office of Rural Action, Women’s Promotion, and Elimination of Illiteracy trained teachers. illiteracy fell."
    assert _ext(text, "Office of Rural Action") == "Office of Rural Action, Women’s Promotion, and Elimination of Illiteracy"
    text = "Workers and the Tarsan Union for Industry, Commerce, and Handicrafts (TUICH) signed a pact."
    assert _ext(text, "Tarsan Union for Industry") == "Tarsan Union for Industry, Commerce, and Handicrafts"
    # a piece with a head word the report never writes on its own
    text = "The complaint came from the Ministry of Relations with Elected Bodies, Civil Society, and Human Rights in May."
    assert _ext(text, "Ministry of Relations with Elected Bodies") == \
        "Ministry of Relations with Elected Bodies, Civil Society, and Human Rights"
    text = "The parliamentary Committee for Constitutional, Legal, and Public Administration is responsible for it."
    assert _ext(text, "Committee for Constitutional") == "Committee for Constitutional, Legal, and Public Administration"


def test_lists_of_bodies_places_and_persons_stay_apart():
    # articles: bodies of their own
    assert _ext("The Ministry of Justice, the Police, and the Army met.", "Ministry of Justice") == "Ministry of Justice"
    # a plural head names several bodies
    assert _ext("The Ministries of Health, Education, and Illiteracy met.", "Ministries of Health") == "Ministries of Health"
    # a piece with a head word the report writes on its own: a body
    text = "The Commission for Human Rights, Civil Society, and Amnesty International met. Amnesty International said so."
    assert _ext(text, "Commission for Human Rights") == "Commission for Human Rights"
    # a piece whose head word names no field: a body, even when written only in lists (2016 Rwanda, unread)
    text = ("The Institute for War and Peace Reporting, Freedom House, and Amnesty International criticized it. "
            "Officials met UNHCR and Amnesty International.")
    assert _ext(text, "Institute for War and Peace Reporting") == "Institute for War and Peace Reporting"
    # bodies named by their heads ("… Commission"), places, acronyms, digits
    text = "The Ministry of Education, Geology and Mines Commission, Forestry Commission, and Insurance Scheme met."
    assert _ext(text, "Ministry of Education") == "Ministry of Education"
    assert _ext("The Ministry of Justice, Tarsakoro, and Velmbo met.", "Ministry of Justice") == "Ministry of Justice"
    assert _ext("The Ministry of Labor, Gender Equality, and France met.", "Ministry of Labor") == "Ministry of Labor"
    assert _ext("The Ministry of Labor, UNICEF, and Social Protection met.", "Ministry of Labor") == "Ministry of Labor"
    # a body whose own name ends in a head word: the list after it is of other bodies
    assert _ext("The Office of the Ombudsman, Civil Society, and Illiteracy met.", "Office of the Ombudsman") == \
        "Office of the Ombudsman"
    # the phrase goes on after the last piece: no join
    assert _ext("The Ministry of Labor, Employment, and Social Protection Fund staff met.", "Ministry of Labor") == \
        "Ministry of Labor"


@pytest.mark.model
def test_pipeline_serial_fields(nlp):
    text = ("The Office of Rural Action, Women’s Promotion, and Elimination of Illiteracy held awareness campaigns "
            "in three provinces. Rates of illiteracy fell among women.\n\n"
            "The parliamentary Committee for Constitutional, Legal, and Public Administration is responsible "
            "for reviewing the laws.\n")
    ents = _typed(text, nlp)
    assert ents.get("Office of Rural Action, Women’s Promotion, and Elimination of Illiteracy") == "organization"
    assert ents.get("Committee for Constitutional, Legal, and Public Administration") == "organization"
    assert "Public Administration" not in ents and "Office of Rural Action" not in ents
