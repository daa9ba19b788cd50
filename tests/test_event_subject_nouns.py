"""Round t-events59's rule for an occurrence told by a noun as the subject (events/undated/happened.py, subject_noun),
on sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each: a trigger
noun with "a"/"an" that is the subject of the main verb in the simple past, with no date of its own, states
an occurrence of the year when no other trigger of the sentence states one. A verb of state, the present, a
habit, a definite noun, a noun with its own date, and an outcome the sentence names stay as they were.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("An inquiry uncovered a bribery scheme at the Ministry of Roads.", [("investigation", "2021", "asserted")]),
    ("An investigation was completed and sent to the prosecutor, and Varn Lisko was awaiting trial at year's end.",
     [("investigation", "2021", "asserted")]),
    ("A parliamentary inquiry cleared the border guards of wrongdoing.", [("investigation", "2021", "asserted")]),
    ("A new decree created two additional provinces.", [("law_or_decree", "2021", "asserted")]),
    # none, or unchanged
    ("An investigation was pending at year's end.", []),
    ("A 2019 amendment to the penal code established penalties for online harassment.", []),
    ("A 2015 amendment to the labor code established fines for child labor, setting a maximum fine of 500 dollars.",
     []),
    ("An arrest requires a warrant issued by a judge.", []),
    ("A separate trial resulted in the acquittal of two guards.", [("acquittal", "2021", "asserted")]),
    ("Investigations often uncovered bribery at the customs service.", []),
    ("An inquiry usually reviews such complaints within a month.", []),
    ("The inquiry uncovered a bribery scheme at the Ministry of Ports.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_subject_nouns(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
