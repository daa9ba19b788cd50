"""Issue 14, round t-orgs17, organizations annotated on six reports before the system ran (2021
Bahrain, 2019 Ghana, 2022 Estonia, 2024 Guatemala, 2021 Kyrgyzstan, 2023 Taiwan): a name the model
left out of a list whose other names are bodies is a body too ("the Social Security Institute, Tax
Superintendency, PNC, and Ministry of Economy"; "including al-Qa’ida, the Taliban, …"), unless it
is an ordinary word, a month, a nationality, a known place or a person's full name.
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.body_lists import _ordinary_name, complete_body_lists
from rightsledger.extract.entities.common import Cand

from .test_entities import typed_entities as _typed


def _cands(text: str, typed: dict[str, str]) -> list[Cand]:
    return [Cand(text.index(n), text.index(n) + len(n), n, "ORG", type=t) for n, t in typed.items()]


def test_gap_in_a_list_of_bodies():
    text = "The panel included the Pension Institute, Revenue Superintendency, TNP, and Ministry of Trade."
    cands = _cands(text, {"Pension Institute": "organization", "TNP": "organization",
                          "Ministry of Trade": "organization"})
    added = [c.text for c in complete_body_lists(text, cands) if c.label == "LIST_ORG"]
    assert added == ["Revenue Superintendency"]


def test_lead_name_after_including():
    text = "The court banned 12 groups, including al-Zarqan, the Taliban, the Velmar Islamic Movement, and ISIS."
    cands = _cands(text, {"Taliban": "organization", "Velmar Islamic Movement": "organization",
                          "ISIS": "organization"})
    added = [c.text for c in complete_body_lists(text, cands) if c.label == "LIST_ORG"]
    assert added == ["al-Zarqan"]


def test_no_gap_added():
    # an ordinary word, a person's full name, a list of mostly places, two names only
    for text, typed in [
        ("Staff of the Ministry of Justice, Interior, and the Electoral Commission met.",
         {"Ministry of Justice": "organization", "Electoral Commission": "organization"}),
        ("The Press Union, Aslan Bekovar, and the Bar Association signed the letter.",
         {"Press Union": "organization", "Bar Association": "organization"}),
        ("Floods hit Velmar, Dunmore, Kestrava, and the Red Cross office.",
         {"Velmar": "place", "Dunmore": "place", "Red Cross": "organization"}),
        ("The Bar Association and Zelkavan protested.", {"Bar Association": "organization"}),
        # the model's type alone: peoples it took for bodies (no head word, no acronym)
        ("The Nahuan, Kestras, and Cavaperan peoples asked for land titles.",
         {"Nahuan": "organization", "Cavaperan": "organization"}),
    ]:
        cands = _cands(text, typed)
        assert complete_body_lists(text, cands) == cands, text


def test_ordinary_names():
    assert _ordinary_name("Zelkavan") and _ordinary_name("al-Zarqan") and _ordinary_name("Tax Superintendency")
    for name in ("Interior", "March", "Kenyan", "Aslan Bekovar", "UNICEF", "Nairobi"):
        assert not _ordinary_name(name), name


@pytest.mark.model
def test_pipeline_body_lists(nlp):
    text = ("A working group of the Pension Institute, Revenue Superintendency, National Police, and Ministry "
            "of Trade assessed the wages owed to workers.\n\n"
            "The government banned 12 groups it considered extremist, including al-Zarqan, the Taliban, the "
            "Velmar Islamic Movement, Hizb ut-Tahrir, and ISIS.\n\n"
            "Staff of the Ministry of Justice, Interior, and the Electoral Commission met in May.\n")
    ents = _typed(text, nlp)
    assert ents.get("Revenue Superintendency") == "organization", ents
    assert ents.get("al-Zarqan") == "organization", ents
    assert "Interior" not in ents
