"""Round t-events28's two rules for negated events the system missed, on sentences of a fictional
report (Lorvania, 2021) written for these tests, one paragraph each:

- a negation running since a date after its clause (events/undated/negated_since.py): "The council had not met
  since 2015" is a negated event dated 2015 (settled: "An occurrence or negation running 'since' a date
  takes that date"); a "since" that dates a noun, not the negated verb, does not date the negation;
- an action or effort not taken in the report year beside a clause dated to an earlier year
  (events/undated/inaction_beside.py): "In 2019 …, but the ministry took no action" adds the negated event of
  the year beside the dated one; a date on the inaction's own verb leaves it to the dated rules.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

CASES = [
    # negations running since a date
    ("The electoral commission had not registered any new party since 2016.",
     [("registration_decision", "2016", "negated")]),
    ("No independent union had been founded in the mining sector since 1998.", [("other", "1998", "negated")]),
    ("The Red Crescent has not renewed its agreement with the prison service since 2014.",
     [("other", "2014", "negated")]),
    ("The ministry did not raise the budget for school meals since 2017.", [("other", "2017", "negated")]),
    ("Despite the tripling of the number of asylum seekers since 2015, no new reception centers had been opened.",
     []),
    ("The mayor had governed the city since 2012.", []),
    # inaction beside an earlier date
    ("In 2019 the ombudsman recommended closing the Dravik jail because of its conditions, but the ministry "
     "took no action.", [("other", "2019", "asserted"), ("other", "2021", "negated")]),
    ("The council took no steps to investigate the abductions despite having promised an inquiry in 2020.",
     [("other", "2020", "asserted"), ("investigation", "2021", "negated")]),
    ("In 2020 the council took no action on the petition.", [("other", "2020", "negated")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_negated_dates(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
