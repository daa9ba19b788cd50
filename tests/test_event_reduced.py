"""A reduced relative clause read as the main verb (issue 14, round t-events6): "Workers dismissed for
union activity can seek reinstatement" states a rule, no dismissal; statements with a past main verb
still count. Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    ("Workers dismissed for engaging in union activities can seek reinstatement in the labor court.", []),
    ("Workers dismissed for filing complaints have the right to appeal to the labor office.", []),
    ("Persons arrested without a warrant must be brought before a judge within 48 hours.", []),
    ("Police arrested dozens of miners in Arvel.", [("detention_or_arrest", "2021", "asserted")]),
    ("Miners arrested during the strike were released after two days.", [("release", "2021", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reduced_relative(extracted, sentence, expected):
    assert extracted[sentence] == expected
