"""Round t-events34's rule for abuse reported by its manner (events/undated/abusive_treatment.py), on
sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each: "There were
reports of/that …" whose reported clause has no trigger, no ``reported_nouns`` noun and no corruption act,
but treatment told cruel, inhuman, degrading, humiliating or abusive, or force told excessive (on "force" or
on its "use"), is a ``torture_or_abuse`` event of the year, alleged (docs/EVALUATION.md, "There were
numerous reports of <acts>", settled 2026-12-16); so is the same noun as what persons were subjected to
by an actor, the main verb in the simple past. Force told by frequency, subjection without an actor, told by
frequency or negated, a prohibition in the law, a
negated report and reporting told as a habit stay as they were.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("There were reports of the use of excessive force by security forces.",
     [("torture_or_abuse", "2021", "alleged")]),
    ("There were media reports of cruel, inhuman, and degrading treatment by village police.",
     [("torture_or_abuse", "2021", "alleged")]),
    ("There were credible allegations of excessive use of force by gendarmes at the border.",
     [("torture_or_abuse", "2021", "alleged")]),
    ("There were reports of humiliating treatment of detainees at the Dravik jail.",
     [("torture_or_abuse", "2021", "alleged")]),
    # none, or unchanged
    ("There were reports that police routinely used excessive force.", []),
    ("The law prohibits cruel, inhuman, or degrading treatment.", []),
    ("Human rights groups continued to report degrading treatment at prison gates.", []),
    ("There were no reports of excessive force by police.", [("other", "2021", "negated")]),
    # subjected by an actor
    ("Guards subjected prisoners to humiliating treatment.", [("torture_or_abuse", "2021", "asserted")]),
    ("Police officers in Dravik subjected two protesters to degrading treatment.",
     [("torture_or_abuse", "2021", "asserted")]),
    ("Detainees were subjected to degrading treatment.", []),
    ("Guards often subjected prisoners to humiliating treatment.", []),
    ("Guards did not subject prisoners to humiliating treatment.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_abusive_treatment(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
