"""Round t-events39's rules, on sentences of a fictional report (Lorvania, 2021) written for these tests,
one paragraph each. A state body "charged with" a duty (``events/types/duties.py``, ``duty_bodies`` and
``duty_charge_nouns`` in ``events.toml``) is a standing function, no `charge`; a person charged with an
offence stays a charge. Charges a class of persons is informed of (``events/types/informed.py``,
``informed_of_words``) are a right kept, no charge. A body's negated reporting on a class without
"during the year" (``events/nonevents/negated_reporting.py``, ``negated_reporting_verbs``) is no event
(docs/EVALUATION.md, Settled 2026-12-16, "Negated reporting"); with "during the year" the negated event
stays. A right restricted in the passive is no event, as in the active (t-events40's
``events/nonevents/restricted_rights.py``, which the merge kept in place of this round's equal rule).
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    # a body charged with a duty: no event
    ("The Dravik Ministry of Fisheries was charged with assisting stranded sailors but lacked boats.", []),
    ("The river commission was charged with leading regional flood relief activities.", []),
    ("The Ministry of Harbors is charged with enforcement of the port code.", []),
    # a person charged with an offence: a charge, unchanged
    ("In June a harbor guard was charged with smuggling tobacco.", [("charge", "2021-06", "asserted")]),
    # a body's negated reporting on a class: no event
    ("The Ministry of Harbors did not report any deaths from dock accidents.", []),
    ("The government did not report any official forced labor investigations.", []),
    # charges a class of persons is informed of: no event
    ("Authorities informed detainees of the charges against them.", []),
    ("Police did not promptly inform many suspects of the charges against them.", []),
    # a person charged: the charge stays
    ("In March police charged two journalists with defamation.", [("charge", "2021-03", "asserted")]),
    # a right restricted in general, in the passive: no event
    ("Freedom of movement, however, was restricted in some districts of Dravik.", []),
    ("Political rights were restricted, although citizens could elect their mayors.", []),
    # access restricted by an actor: the summary statement stays
    ("The Ministry of Harbors restricted access to the internet.", [("censorship_or_blocking", "2021", "asserted")]),
    # with "during the year": the negated event stays
    ("The Ministry of Harbors did not report any killings of dockworkers during the year.",
     [("killing", "2021", "negated")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_duties_charges_informed_and_negated_reporting(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
