"""Two ages of one class of persons joined by "and"/"or" are one range, one provision valued at the
first age (issue 14, provisions round t-prov13; ``provisions.rule_ages.joined_ages``). Seen as a second, false
provision in four dev reports (2016 Niger, 2017 Azerbaijan, 2017 Togo, 2018 Guyana), whose gold records
one range (value, value_end). Ages that name no class, or pair values "respectively", stay two rules.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

TEXT_HEAD = "ZEMBLA 2018 HUMAN RIGHTS REPORT\n\n"

JOINED = [
    ("Pupils who are 14 or 15 may work on family farms during school holidays.", [("threshold", 14, "14 or 15")]),
    ("The labor code bans night work, with exceptions for children ages 16 and 17 in bakeries.",
     [("threshold", 16, "16 and 17")]),
    ("Minors under the age of 15 may not work more than 20 hours per week; minors who are 15 or 16 may not "
     "work more than 30 hours per week.",
     [("threshold", 15, "15"), ("prohibition", 20, "more than 20 hours"), ("threshold", 15, "15 or 16"),
      ("prohibition", 30, "more than 30 hours")]),
]
APART = [
    ("The minimum ages for light work and for hazardous work are 14 and 18, respectively.", []),
    ("The minimum age for light work is 13 and 15 for other work.", [13, 15]),
]


def _provisions(nlp, body: str) -> list:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = TEXT_HEAD + body + "\n"
    doc = Document("zembla-2018", "Zembla", "Zembla", None, 2018, "", "txt", "x", len(text))
    return extract_provisions(annotate(text, doc, outline(text, doc.id), nlp))


def assert_thresholds(provs: list, values: list) -> None:
    """The provisions' quantities are ``values``, in order, each a ``threshold``."""
    assert [p.quantity.value for p in provs] == values
    assert {p.norm for p in provs} == {"threshold"}


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", JOINED)
def test_two_joined_ages_of_a_class_are_one_range(nlp, sentence: str, expected: list) -> None:
    got = [(p.norm, p.quantity.value, p.quantity.text) for p in _provisions(nlp, sentence)]
    assert got == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", APART)
def test_ages_of_no_class_stay_apart(nlp, sentence: str, values: list) -> None:
    assert [p.quantity.value for p in _provisions(nlp, sentence)] == values
