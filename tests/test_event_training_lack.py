"""Round t-events38's kept rule (``events/undated/campaigns.py``, ``training_lacking_mods`` in ``events.toml``),
on sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each: training
received told by its lack ("inspectors received inadequate training", "insufficient training", "no training")
describes a condition, no event; training received otherwise stays the settled ``other`` event of the year
(docs/EVALUATION.md, 2026-12-08: "Training received, told in the simple past without frequency, is an
``other`` event of the year").
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    # training told by its lack: no event
    ("According to the labor federation, inspectors received inadequate training.", []),
    ("Labor inspectors received insufficient training and had few vehicles.", []),
    ("Border guards in Dravik received limited training on identifying victims.", []),
    # training received: the settled event of the year, unchanged
    ("Labor inspectors received training on detecting forced labor.", [("other", "2021", "asserted")]),
    ("Border guards received specialized training in crowd control.", [("other", "2021", "asserted")]),
    ("Police officers received antitrafficking training during the year.", [("other", "2021", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_training_lack(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
