"""Issue 14, round t-orgs11: a body's name written right after the noun of its kind ("the NGO X",
"the oil entity X", "the ruling party X", "the internet service provider X") is a body for the
whole report — missed in nine tuned dev reports (2001 Somalia, 2008 Angola, 2017 Tunisia, 2018
Lesotho, 2019 Guinea-Bissau, 2019 Qatar, 2023 Papua New Guinea, 2023 Somalia, 2024 Thailand). A
capitalised "Parliament" alone is the body (settled 2026-12-11); "Cabinet" and "Presidency" alone
stay generic. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.descriptors import descriptor_names
from rightsledger.extract.entities.bodies.lone import lone_body

from .test_entities import typed_entities as _typed


def _names(text: str, persons: list[tuple[int, int]] | None = None) -> list[str]:
    return [c.text for c in descriptor_names(text, 0, len(text), persons or [])]


def test_names_after_a_kind_of_body():
    assert _names("Funds went to the mining entity TARSACOR, which reported to no one.") == ["TARSACOR"]
    assert _names("The refugee NGO Many Bright Lanterns reported abuses.") == ["Many Bright Lanterns"]
    assert _names("The rights organization Compass reported that clinics refused care.") == ["Compass"]
    assert _names("Police raided the state-owned newspaper No Silence, but it reopened.") == ["No Silence"]
    assert _names("The court suspended the Islamist party Hizb al-Nur’s activities.") == ["Hizb al-Nur"]
    assert _names("The internet service provider Tarsanet blocked the site.") == ["Tarsanet"]
    assert _names("A post by the NGO eRights. The suit followed.") == ["eRights"]
    assert _names("The ministry banned the betting site 2xWin in May.") == ["2xWin"]
    # particles join capitalised words; "and" joins two words only
    assert _names("According to the NGO Mothers Are the Voice of Tradition, 30 girls left.") \
        == ["Mothers Are the Voice of Tradition"]
    assert _names("Supporters of the political party Movement for a Free Tarsania protested.") \
        == ["Movement for a Free Tarsania"]
    assert _names("the NGO Women and Justice reported") == ["Women and Justice"]
    assert _names("the NGO Kestrel Watch and UNICEF reported") == ["Kestrel Watch"]
    assert _names("the news website Tarsa Today on May 3 reported") == ["Tarsa Today"]
    # a head word ends the name or the words after "and": the head-word rules' name, not this rule's
    assert _names("the NGO Coordination Board said") == []
    assert _names("the NGO Prisons Care and Counseling Association said") == []
    assert _names("under the NGO Act of 1990") == []
    # the kind's own acronym in parentheses
    assert _names("the nongovernmental organization (NGO) Collective for Rights said") == ["Collective for Rights"]


def test_no_name_after_the_kind():
    # a title, a person's full name, a month, a place, a period that ends the sentence
    assert _names("The party President Jane Roe resigned.") == []
    text = "The daily newspaper Voice Ana Teller and other journalists were threatened."
    persons = [(text.index("Ana"), text.index("Ana") + len("Ana Teller"))]
    assert _names(text, persons) == ["Voice"]
    assert _names("The group Tuesday announced a march.") == []
    assert _names("The company Kenya paid no tax.") == []          # a country
    assert _names("He joined the party. The court later acquitted him.") == []
    # kinds of persons and places are no kinds of bodies; "in" leaves the name undecided
    assert _names("the journalist Ana Teller and the town Belport") == []
    assert _names("the NGO Kestrel Watch in Belport said") == []
    assert _names("The television station Channel 24 was closed.") == []   # bodies/numbered.py's
    assert _names("freedom of association\nSection 7") == []
    # after a comma the apposition is often the body's head; a person's role is no kind of body
    assert _names("police detained the director of the agency, Jon Veldar, in May") == []
    assert _names("reporter Ana Teller and camera operator Jon Veldar were beaten") == []


def test_a_parliament_alone():
    text = "The president asked and Parliament granted an extension. Parliament met in May."
    assert lone_body(text, text.index("Parliament"), text.index("Parliament") + 10)
    second = text.rindex("Parliament")
    assert lone_body(text, second, second + 10)          # the report writes it so inside a sentence
    text = "The parliament met twice. Parliament passed the law."
    s = text.index("Parliament")
    assert not lone_body(text, s, s + 10)                # only at a sentence's start: no sign
    assert not lone_body("the Cabinet met", 4, 11)


@pytest.mark.model
def test_bodies_after_their_kind_and_parliament(nlp):
    text = ("Funds from the mining entity TARSACOR went to the Ministry of Finance. The refugee NGO Many "
            "Bright Lanterns reported that police beat two asylum seekers. TARSACOR denied it.\n\n"
            "In March the president asked and Parliament granted a one-year extension of the mandate. "
            "The Cabinet approved the budget.\n")
    ents = _typed(text, nlp)
    assert ents.get("TARSACOR") == "organization"
    assert ents.get("Many Bright Lanterns") == "organization"
    assert ents.get("Parliament") == "organization"
    assert "Cabinet" not in ents
