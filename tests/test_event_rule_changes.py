"""A verb typed by the class of what it acts on (issue 14, round t-types24).

* A rule rescinded, suspended, lifted or extended is a ``law_or_decree`` (settled 2026-12-16: a general order
  issued, lifted or rescinded; out of fold the rules typed ``other`` in the 2011 Guinea, 2019 Qatar, 2024
  Jordan and 2024 Montenegro gold): ``instruments.py``. An order on particular persons, or one a court
  suspends, is not a rule; a person or a newspaper suspended keeps its type.
* A gathering permitted or facilitated is the gathering, a ``protest`` (the 2018 Guyana, 2018 Lesotho and
  2019 Ecuador gold): ``permissions.py``; a permission told of a class is not.

Sentences of a fictional report (Orlavia), typed by the rules alone.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

CASES = [
    ("In April the interior ministry rescinded the order that had closed the northern border crossings.",
     "law_or_decree", "2022-04"),
    ("In 2021 the exit permit requirement for domestic workers was rescinded.", "law_or_decree", "2021"),
    ("In September the cabinet suspended a March decision requiring charities to report foreign donations monthly.",
     "law_or_decree", "2022-09"),
    ("In February the government extended the temporary shelter regime for displaced families until December.",
     "law_or_decree", "2022-02"),
    ("On May 19, police allowed LGBTI activists to hold a march through the old town.", "protest", "2022-05-19"),
    ("In June the municipality permitted the first pride parade in the capital.", "protest", "2022-06"),
    ("Several rallies took place, including a rally by 3,000 teachers that police facilitated in Tarvel on "
     "October 9.", "protest", "2022-10-09"),
    # what the verb acts on keeps deciding: a person suspended, a newspaper suspended
    ("In June the president suspended the deputy director of the prison service.", "dismissal", "2022-06"),
    ("In May the regulator suspended the newspaper Orlavia Today for a month.", "censorship_or_blocking", "2022-05"),
]

NOT_LAW = [
    "On July 2, the appeals court suspended the order closing the border.",  # a court's ruling
    "In March the ministry suspended the decision to deport the two activists.",  # an order on persons
    "On July 2, the appeals court revoked the acquittal order.",
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES] + NOT_LAW, 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_typed_by_what_is_acted_on(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence", NOT_LAW, ids=[s[:40] for s in NOT_LAW])
def test_not_a_rule(typed, sentence):
    assert "law_or_decree" not in [t for t, _, _ in typed.get(sentence, [])], typed.get(sentence)


def test_permission_of_a_class_is_no_protest(paragraph_events):
    """A permission told of a class of acts, beside a ban, is not one gathering (the 2016 Chad gold)."""
    s = ("During the April campaign, the government allowed ruling party supporters to gather and rally but "
         "banned such activities for opposition groups.")
    got = paragraph_events(HEADER, [s], 2022)
    assert "protest" not in [t for t, _, _ in got.get(s, [])], got
