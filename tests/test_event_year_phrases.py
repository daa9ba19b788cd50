"""Round t-events36's rule (events/dating/year_phrases.py), on sentences of a fictional report (Lorvania,
2021) written for these tests, one paragraph each: "during the year", "by year's end" are date expressions
of the report year ("One record per (sentence, date expression)", docs/EVALUATION.md), so in a sentence
whose other clause has a date and a record of its own, the clause the year's phrase hangs on is a second
record, of the report year, typed by its own trigger (else ``other``). A state ("remained unknown at year's
end", "continued during the year"), a negated clause, a participle describing a noun, a question, a count
of the year and a phrase on the dated clause itself add nothing.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    # a second record, of the report year
    ("In March 2019 the Dravik mining company dismissed the union leader, but he was reinstated during the year.",
     {("dismissal", "2019-03"), ("other", "2021")}),
    ("Village councils, which took over the markets of the valley in 1998, ceased to function during the year.",
     {("other", "1998"), ("other", "2021")}),
    ("Most of the 900 families displaced in 2019 had returned to their villages by year's end.",
     {("other", "2019"), ("other", "2021")}),
    ("In June the Lorvanian Labor Office announced that it organized training for 40 inspectors during the year.",
     {("other", "2021-06"), ("other", "2021")}),
    # nothing beside the dated record
    ("On May 4, gunmen shot at a minibus near Dravik, killing three persons; the motive remained unknown at "
     "year's end.", {("killing", "2021-05-04")}),
    ("The mining code, adopted in 2015 but not implemented by year's end, sets out the rights of miners.",
     {("law_or_decree", "2015")}),
    ("In April 2020 the Dravik council dismissed its treasurer, and he was not reinstated by year's end.",
     {("dismissal", "2020-04")}),
    ("Throughout 2020 and during the year, herders fled raids near the border.",
     {("attack_or_threat", "2020")}),
    # a rule imposed with its own date is a law_or_decree (round t-types27, docs/rounds/2027-01-01-12-t-types27.md);
    # what this case tests is its date, the imposition's, not the year's
    ("The moratorium on evictions imposed by the council in January 2020 continued during the year.",
     {("law_or_decree", "2020-01")}),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_year_phrases(extracted, sentence, expected):
    found = {(e.type, e.date) for e in extracted if e.evidence.text.strip() == sentence}
    assert found == expected
