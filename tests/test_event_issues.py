"""The list of issues of the year (issue 14, events/undated/issues.py; dev-gold counts in
docs/rounds/2026-12-06-05-t-events4.md): one event of the report year per sentence listing the abuses,
typed by the first of its first two items that names an occurrence. Sentences of a fictional report
(Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = "2021 Country Reports on Human Rights Practices: Lorvania\n\nExecutive Summary\n\n"

CASES = [
    ("Significant human rights issues included credible reports of: unlawful killings by the gendarmerie; "
     "torture by prison guards; and arbitrary arrests of journalists.", ["killing"]),
    ("Human rights abuses included: the curtailment of citizens' right to elect their mayors; killings by "
     "militias; and harsh prison conditions.", ["killing"]),
    ("Other human rights problems included arbitrary arrest and detention; lengthy pretrial detention; and "
     "child labor.", ["detention_or_arrest"]),
    ("Significant human rights issues included: harsh and life-threatening prison conditions; lack of "
     "judicial independence; and official corruption.", ["other"]),
    ("The most significant human rights issues included arbitrary deprivation of life by the police; "
     "restrictions on assembly; and forced labor.", ["killing"]),
    # not a list of the year's abuses
    ("Offices tasked with investigating abuses included the police inspectorate and the ombudsman.", []),
    ("Other observed problems included a shortage of staff and poor food supply.", []),
    ("These violations included lack of access to safety equipment in the mines.", []),
]


@pytest.fixture(scope="module")
def found(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,types", CASES, ids=[c[0][:40] for c in CASES])
def test_list_of_issues(found, sentence, types):
    events = found[sentence]
    assert [t for t, _, _ in events] == types
    assert all(date == "2021" for _, date, _ in events)
