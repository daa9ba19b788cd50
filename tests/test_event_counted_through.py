"""A count up to a month is an event of the year (issue 14, round t-events10; docs/EVALUATION.md
"One record per date; counts to a date or over a period"): "reported 21 strikes through October" is
not an occurrence of October. A period "From January through October" keeps its dates. Sentences of
a fictional report (Lorvania, 2021) written for these tests; the rule is ``asof.counted_through``.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

SENTENCES = [
    "The labor ministry reported 21 strikes through October, most of them in the mining sector.",
    "The union confederation recorded no strikes through August.",
    "From January through October police arrested 40 protesters.",
    "Police arrested the editor on March 3 and held him through May.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, SENTENCES, 2021)


def test_a_count_through_a_month_is_of_the_year(extracted):
    assert extracted[SENTENCES[0]] == [("strike", "2021", "asserted")]
    assert extracted[SENTENCES[1]] == [("strike", "2021", "negated")]


def test_a_period_and_an_occurrence_of_its_own_date_keep_their_dates(extracted):
    assert [d for _, d, _ in extracted[SENTENCES[2]]] == ["2021-01"]
    assert [d for _, d, _ in extracted[SENTENCES[3]]] == ["2021-03-03"]
