"""Round t-events35's rule for reactions to an election (events/undated/electoral_reactions.py), on sentences
of a fictional report (Lorvania, 2021) written for these tests, one paragraph each: a reaction verb of the
main clause in the simple past whose object names the vote or its conduct ("electoral", "voter", "election"),
definite or not, and "boycotted the election", are ``other`` events of the year (docs/EVALUATION.md,
"Statements, verdicts and cooperation", settled 2026-12-06). Criticism told with "without" (a freedom),
told by frequency, negated, or of a practice that names no vote stays as it was.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

CASES = [
    ("The main opposition parties boycotted the election.", [("other", "2021", "asserted")]),
    ("Two opposition parties boycotted the municipal elections in protest of the new district map.",
     [("other", "2021", "asserted")]),
    ("Opposition parties criticized many aspects of the electoral process, including the late payment of "
     "campaign funds.", [("other", "2021", "asserted")]),
    ("Civic groups in Dravik criticized voter registration efforts in the northern districts.",
     [("other", "2021", "asserted")]),
    ("Local groups criticized the low voter turnout and the absence of two candidates.",
     [("other", "2021", "asserted")]),
    # a dated object is the dated path's, as before
    ("Two opposition parties boycotted the 2019 municipal elections.", [("other", "2019", "asserted")]),
    # none, or unchanged
    ("Private media criticized the government's election preparations without restriction.", []),
    ("Independent newspapers often criticized the government.", []),
    ("Activists criticized discrimination against herders.", []),
    ("The opposition did not boycott the election.", []),
    ("Opposition parties often boycotted local elections.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_electoral_reactions(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
