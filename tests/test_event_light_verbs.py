"""Summary statements told with a light verb (issue 14, round t-events6; docs/EVALUATION.md "Summary
statements of the year"): "Authorities made arbitrary arrests", "The government used arbitrary
detention to suppress reporting" state occurrences of the year like "Authorities arrested …"; habits,
the present, and things used are none. Sentences of a fictional report (Lorvania, 2021) written for
these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("Authorities, however, made arbitrary arrests based on vague sections of the penal code.",
     [("detention_or_arrest", "2021", "asserted")]),
    ("The Dornet government used arbitrary detention to suppress reporting by journalists.",
     [("detention_or_arrest", "2021", "asserted")]),
    ("Authorities used threats and lawsuits to curb critical reporting.", [("attack_or_threat", "2021", "asserted")]),
    ("Police made no arrests in connection with the attack on the Arvel market.",
     [("detention_or_arrest", "2021", "negated")]),
    ("Police often made arrests without warrants.", []),
    ("Officials make arrests without warrants.", []),
    ("Police used the old detention center to hold migrants.", []),
    ("The commission used biometric registration to detect fraud.", []),
    ("Authorities made the detentions at the request of a neighboring government.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_light_verb_summary(extracted, sentence, expected):
    assert extracted[sentence] == expected
