"""Issue 14, round t-orgs13: (1) a people the report shows to be one — a people noun after its
name, "indigenous"/"ethnic" before or inside it, a gloss in apposition — is no body (peoples typed
organization in six tuned dev reports: 2018 Mauritius, 2019 Qatar, 2021 Costa Rica, 2022 Panama,
2024 Mauritania, 2000 Congo); (2) a body's name whose last preposition's object is coordinated by
a bare "and" goes on over it ("… against Women and Children"; 2019 Ecuador, 2020 Guinea, 2020
Senegal). Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.not_peoples import _is_people, _may_be_people, bodies_not_peoples
from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.extend import extend_names

from .test_entities import typed_entities as _typed


def _people(text: str, name: str, norp: set[str] | None = None) -> bool:
    return _may_be_people(name) and _is_people(text, name, norp or set())


def test_peoples_shown_by_the_report():
    assert _people("Poverty was common among Tarsis (citizens of Velan descent).", "Tarsis")
    assert _people("Poverty was common among citizens of Velan descent (Tarsis).", "Tarsis")
    assert _people("There were 1,200 Omrani–stateless herders in the north.", "Omrani")
    assert _people("Clashes between Beyrani, ethnic Velans known locally as Red Omrans, and others.", "Red Omrans")
    assert _people("Officials did not register Omra-Veli children at birth.", "Omra")
    assert _people("Guards exploited Tarsis, and the majority Tarsi population ignored it.", "Tarsis")
    assert _people("Activists met a group of Indigenous Omra-Veli women.", "Indigenous Omra-Veli")
    assert _people("The Omra-Veli Indigenous comarca elected its leaders.", "Omra-Veli Indigenous")
    assert _people("Refugees met ethnic Omrani in the camp.", "Omrani")
    assert _people("The Omrani, Velans known as Tarsi, fled.", "Tarsi", {"velan"})   # a NORP gloss


def test_bodies_that_stay_bodies():
    # a translated name in parentheses is no gloss, whatever its words
    assert not _people("The parties Namra (Honest Service for the People) sought registration.", "Namra")
    # a head word, an acronym or a digit: a body whatever its members
    assert not _people("The Tarsi Women's Association helped Tarsi women.", "Tarsi Women's Association")
    assert not _people("TWU women marched.", "TWU")
    assert not _people("The Tarsa 24 community radio closed.", "Tarsa 24")
    # "society" is no people noun ("the Red Lantern society"), nor "activists" ("Veli activists")
    assert not _people("Volunteers of the Red Lantern society helped.", "Red Lantern")
    assert not _people("Police detained Veli Now activists.", "Veli Now")
    c = [Cand(0, 6, "Tarsis", "ORG", type="organization"), Cand(40, 46, "Omrani", "ORG", type="organization")]
    text = "Tarsis (citizens of Velan descent) met Omrani officials."
    assert [x.text for x in bodies_not_peoples(text, c, set())] == ["Omrani"]


def _ext(text: str, name: str) -> str:
    s = text.index(name)
    return [c.text for c in extend_names(text, [Cand(s, s + len(name), name, "RULE_ORG")], "TS")][0]


def test_a_name_goes_on_over_a_bare_and():
    assert _ext("The Committee against Violence against Women and Children (CVWC) reported 40 cases.",
                "Committee against Violence against Women") == "Committee against Violence against Women and Children"
    assert _ext("It moved prisons to the National Service to Prisoners and Juvenile Offenders in May.",
                "National Service to Prisoners") == "National Service to Prisoners and Juvenile Offenders"
    # another body, a place, an acronym, a person or a longer phrase after "and": no join
    assert _ext("Officials of the Ministry of Justice and Police reported it.", "Ministry of Justice") == "Ministry of Justice"
    assert _ext("The Ministry of Justice and UNICEF visited.", "Ministry of Justice") == "Ministry of Justice"
    assert _ext("The Office for Refugees and Geneva staff met.", "Office for Refugees") == "Office for Refugees"
    assert _ext("The Ministry of Health and Amnesty International met.", "Ministry of Health") == "Ministry of Health"
    assert _ext("The Ministry of Health and Kalyk Omrani met.", "Ministry of Health") == "Ministry of Health"
    assert _ext("The Ministry of Health and Education Ministry met.", "Ministry of Health") == "Ministry of Health"
    # a plural head names several bodies: no join ("bodies/plurals.py" drops the joined phrase)
    assert _ext("The Ministries of Justice and Labor set standards.", "Ministries of Justice") == "Ministries of Justice"
    # no preposition's object before "and": no join
    assert _ext("The Tarsa Police and Customs raided the port.", "Tarsa Police") == "Tarsa Police"


@pytest.mark.model
def test_pipeline_peoples_and_tails(nlp):
    text = ("Poverty was more common among Tarsis (citizens of Velan descent) than in any other community. "
            "The Ministry of Social Action and the Promotion of Women and Children opened two shelters.\n\n"
            "Members of the Omra-Veli indigenous group worked on farms.\n")
    ents = _typed(text, nlp)
    assert "Tarsis" not in ents and "Omra" not in ents and "Omra-Veli" not in ents
    assert ents.get("Ministry of Social Action and the Promotion of Women and Children") == "organization"
