"""Round t-events30's rule for corruption reported as an act (events/undated/corrupt_acts.py), on sentences
of a fictional report (Lorvania, 2021) written for these tests, one paragraph each: "There were reports
of/that …" whose reported clause has no trigger and no ``reported_nouns`` noun, but a payment ("kickbacks",
"bribes") or "corrupt" on a noun of conduct ("corrupt practices"), is an ``other`` event of the year,
alleged (docs/EVALUATION.md, "There were numerous reports of <acts>", settled 2026-12-16); so is "There
were reports, however, of <a reported noun>". A payment told by frequency, "corrupt" on a person, and a
sentence outside the reports' frame stay no event.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 4. Corruption and Lack of Transparency in Government\n\n")

CASES = [
    ("There were credible reports of senior officials receiving large kickbacks from private firms.",
     [("other", "2021", "alleged")]),
    ("There were credible reports that judges accepted bribes to speed up land cases.",
     [("other", "2021", "alleged")]),
    ("Throughout the year there were also reports of customs officers involved in corrupt practices.",
     [("other", "2021", "alleged")]),
    ("There were multiple allegations of corrupt practices by port officials that went unpunished.",
     [("other", "2021", "alleged")]),
    ("There were reports, however, of government corruption during the year.", [("other", "2021", "alleged")]),
    # none
    ("There were credible reports that judges routinely accepted bribes.", []),
    ("There were reports of corrupt officials in the port authority.", []),
    ("The law provides criminal penalties for officials who accept bribes.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_corrupt_acts(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
