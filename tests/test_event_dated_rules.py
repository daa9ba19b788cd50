"""A rule qualified by a participle of law-making with a date of its own (issue 14, round t-types27).

"the moratorium on child adoption imposed by the government in January 2009", "pandemic restrictions imposed in
March", "Executive Decree 560 issued in November 2018": out of fold the rules and the typer typed these ``other``
in the 2010 Liberia, 2019 Ecuador and 2020 Honduras gold, which reads ``law_or_decree`` (``instruments.py``). The
parser hangs the participle on the rule's "on" complement or on its number: the rule above counts. A report
issued or a memorandum signed keeps its type.

Sentences of a fictional report (Orlavia), typed by the rules alone.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    ("The moratorium on foreign adoption imposed by the cabinet in March 2021 remained in force during the year.",
     "2021-03"),
    ("Due to flood restrictions imposed in April, the labor inspectorate visited few farms.", "2022-04"),
    ("Curfew restrictions imposed in June 2021 kept night-shift workers at home for much of the year.", "2021-06"),
]

NOT_LAW = [
    "A UN report issued in March 2021 described conditions in the mines of the north.",
    "The memorandum of understanding signed in May 2021 ended the dockworkers' dispute.",
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES] + NOT_LAW, 2022)


@pytest.mark.parametrize("sentence,date", CASES, ids=[c[0][:40] for c in CASES])
def test_dated_rule_is_a_law(typed, sentence, date):
    assert ("law_or_decree", date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence", NOT_LAW, ids=[s[:40] for s in NOT_LAW])
def test_dated_text_is_no_law(typed, sentence):
    assert "law_or_decree" not in [t for t, _, _ in typed.get(sentence, [])], typed.get(sentence)
