"""Round t-events27's rules, on sentences of a fictional report (Lorvania, 2021) written for these tests,
one paragraph each:

- steps taken in a clause beside the state of impunity (events/undated/steps_beside_state.py): "…took steps to
  investigate officials …; however, impunity remained widespread" and a concessive "While …" clause are the
  steps' event, as "took steps to …, but …" is; a habit is not;
- occurrences recorded by a past passive without a count (events/undated/recorded_occurrences.py): "Violence
  against journalists was reported in the north"; a state, a negation, a clause of a practice are not;
- a trigger inside the complement of a source's reporting verb stays the event ("Local NGOs reported that
  police arrested …"); a reported act outside the taxonomy stays none (round t-events27's `told_acts.py`
  was measured and not kept: see its record).
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    # steps beside a state
    ("The government took some steps to investigate and punish officials who committed abuses; however, "
     "impunity for such abuses remained widespread.", [("investigation", "2021")]),
    ("While the government took steps to prosecute officials who committed abuses, impunity remained a "
     "serious problem.", [("charge", "2021")]),
    ("The government seldom took steps to prosecute officials who committed abuses; however, impunity "
     "remained widespread.", []),
    # occurrences recorded without a count
    ("Violence against journalists was reported in the north of the country.", [("attack_or_threat", "2021")]),
    ("Allegations of torture in the Dravik police station were reported.", [("torture_or_abuse", "2021")]),
    ("Sexual harassment was reported to be common in the garment sector.", []),
    ("Impunity for senior officials was widely reported.", []),
    ("Inspectors visited the factories when violations were reported.", []),
    # a state's act told by a source: the written readings, unchanged (told_acts.py was measured and not kept)
    ("Local NGOs reported that police arrested 14 protesters in Dravik.", [("detention_or_arrest", "2021")]),
    ("Local NGOs reported that some employers withheld the wages of migrant workers.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_told_sources(extracted, sentence, expected):
    found = [(e.type, e.date) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
