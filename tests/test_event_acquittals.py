"""A court dismissing the charges or the case is an acquittal (issue 14, round t-events6;
docs/EVALUATION.md "Types of recurring occurrences", settled 2026-12-06), on sentences of a fictional
report (Lorvania, 2021) written for these tests: prosecutors or the government dismissing charges end
the proceedings (`other`); a release in the same clause makes the record a release; complaints and
appeals dismissed, and officials dismissed from their posts, are not acquittals.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("On March 4, the Arvel District Court dismissed the charges against the editor Ana Holm.",
     [("acquittal", "2021-03-04", "asserted")]),
    ("The case against the two farmers was dismissed for lack of evidence.", [("acquittal", "2021", "asserted")]),
    ("On May 3, prosecutors dismissed the charges against the two activists.", [("other", "2021-05-03", "asserted")]),
    ("On July 8, the judge dismissed the charges and released the three students.",
     [("release", "2021-07-08", "asserted")]),
    ("On June 2, the Supreme Court dismissed the appeal of the opposition leader.",
     [("trial", "2021-06-02", "asserted")]),
    ("In August the minister dismissed the police chief of Dornet.", [("dismissal", "2021-08", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_court_dismissal(extracted, sentence, expected):
    assert extracted[sentence] == expected
