"""Round t-conv16's rules for the settlement of 2026-12-21 (docs/EVALUATION.md, "Settled 2026-12-21"), on
sentences of a fictional report (Lorvania, 2022) written for these tests, one paragraph each.

- S1, a reaction told by calling, terming or describing one occurrence (``undated/reactions.naming_reaction``):
  one ``other`` event of the year; not a law or a practice in general, not an actor that is not named or
  counted, not a verb without a judgment.
- S2, specific persons who report being acted on: no rule reads it yet (t-conv16's ``reported_being.py`` added
  false events in held-out and test and was taken out at the merge); what it must never make stays tested:
  no event for a class of persons telling a practice, nor for a habit.
- S3, a negated step told by "declined/failed/refused to" or by a light verb with a step noun
  (``undated/negsteps.py``): negated, typed by the step; not a habit, not a refusal to register (the
  decision) nor a refusal of a visit (the authority's act, asserted).
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

Y = "2022"
CASES = [
    # S1: a reaction of a named or counted actor to one occurrence, by a judgment
    ("The Velm Monitor called the prosecution arbitrary.", [("other", Y, "asserted")]),
    ("Her lawyers termed the charges baseless.", [("other", Y, "asserted")]),
    ("The Dravik Union called the prosecution arbitrary and termed the charges baseless.", [("other", Y, "asserted")]),
    ("The president described the crime as outrageous.", [("other", Y, "asserted")]),
    # S1 "Not": a law or conditions in general, an actor not named or counted, no judgment
    ("The Lorvan Press Council called the law restrictive.", []),
    ("The Velm Monitor described prison conditions as harsh.", []),
    ("Some observers called the arrest arbitrary.", []),
    ("Activists called the arrests arbitrary.", []),
    ("The Velm Monitor called the elections.", []),
    # S2 "Not": a class of persons telling a practice, a habit
    ("Detainees reported being beaten in custody.", []),
    ("Many migrants reported being extorted at checkpoints.", []),
    ("Prisoners reported being denied medical care.", []),
    ("Lena Marek's lawyers reported they were regularly followed by police.", []),
    # S3: a negated step by "declined/failed to" or a light verb with a step noun
    ("The prosecutor declined to prosecute the officers.", [("charge", Y, "negated")]),
    ("The ministry failed to investigate the killing of Tomas Arvel.", [("investigation", Y, "negated")]),
    ("The court did not issue a ruling on her appeal.", [("trial", Y, "negated")]),
    ("The commission did not make a decision on the party's registration.",
     [("registration_decision", Y, "negated")]),
    # S3 "Not": habits, a refusal of a visit (the authority's act), a refusal to register (unchanged)
    ("Police often failed to investigate complaints.", []),
    ("Authorities generally refused to register NGOs.", []),
    ("Authorities refused to allow the mission to visit the prison.", [("other", Y, "asserted")]),
    ("Police refused to register the complaint of Lena Marek.", [("other", Y, "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2022")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_settlement_20261221(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
