"""Round t-events45's rule, on sentences of a fictional report (Lorvania, 2022) written for these tests, one
paragraph each. A call of the main clause told without a date ("called for", "called on", "urged";
``events/undated/particular_calls.py``, the ``particular_call_*`` lists in ``events.toml``) about one person —
whom it is addressed to, or what it calls for — is an ``other`` event of the report year. A call for the reform
of a law or a practice, a call in the present, a negated call, "its" and a sentence that has a record of its
own are left as they were.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

OTHER = [("other", "2022", "asserted")]

CASES = [
    # a call about one person: an event of the year
    ("The Velm Monitor called for Jon Arvo's release.", OTHER),
    ("Rights groups called for the release of Mara Teslin.", OTHER),
    ("Torvan Delk conceded defeat and called on his supporters to stay calm.", OTHER),
    ("Activists urged police to release Jon Arvo.", OTHER),
    ("Opposition parties called for an investigation into his death.", OTHER),
    # a call for the reform of a law or a practice: none
    ("The Lorvanian Bar Association called for reforms to the penal code.", []),
    ("Church leaders called for an end to these practices.", []),
    ("The commission urged authorities to ban the use of forced labor in mines.", []),
    ("The ombudsman called on the government to amend the Criminal Code.", []),
    ("Opposition parties called on the government to respect its obligations.", []),
    # the present, a negation: none
    ("The union calls for the release of Mara Teslin every year.", []),
    ("The Velm Monitor did not call for Jon Arvo's release.", []),
    # a sentence with a record of its own keeps it
    ("Police arrested Jon Arvo, and his family called for his release.",
     [("detention_or_arrest", "2022", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2022")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_particular_call(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
