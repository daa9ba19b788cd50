"""Round t-events41's rules, on sentences of a fictional report (Lorvania, 2022) written for these tests,
one paragraph each. A court, active, trying a class of persons, undated (``events/nonevents/class_trials.py``,
``class_trial_verbs``, ``trying_court_nouns`` in ``events.toml``) tells which court tries whom: no event;
counted, determined or dated trials stay, and so do convictions of a class. A body that "monitored" a place
or a matter (``events/nonevents/oversight.py``, ``oversight_verbs``, ``oversight_objects``) does its standing
function: no event; surveillance of persons and their communications stays.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    # a court trying a class of persons, undated: no event
    ("Military tribunals tried some journalists, mostly those accused of sedition.", []),
    ("The ordinary court system tried most defendants, although village elders settled disputes among herders.", []),
    ("No military court existed, and the high criminal court tried soldiers accused of crimes.", []),
    # counted or determined persons, a date, "during the year": a trial, unchanged
    ("Courts tried 14 soldiers for the killings.", [("trial", "2022", "asserted")]),
    ("The district court tried the two journalists.", [("trial", "2022", "asserted")]),
    ("In March military tribunals tried some journalists.", [("trial", "2022-03", "asserted")]),
    ("Courts tried some journalists during the year.", [("trial", "2022", "asserted")]),
    # convictions of a class: an event, unchanged
    ("Courts convicted police officers for abuses against detainees.",
     [("conviction_or_sentence", "2022", "asserted")]),
    # a body monitoring a place or a matter: no event
    ("The Ministry of Family Affairs and UNICEF monitored juvenile detention centers.", []),
    ("Labor inspectors from the Ministry of Labor monitored compliance with the minimum wage law by examining "
     "the records of employers.", []),
    ("The Red Cross monitored the central prison, and the ombudsman monitored all other prisons, with the Red "
     "Cross visiting monthly.", []),
    ("The Lorvanian Bar Association and other groups monitored trials and published reports.", []),
    # surveillance of persons and their communications: an event, unchanged
    ("The State Security Bureau monitored the telephone calls of opposition leaders.",
     [("surveillance", "2022", "asserted")]),
    ("The Ministry of Public Order monitored citizens through a network of informants.",
     [("surveillance", "2022", "asserted")]),
    ("There were no credible reports that the government monitored private online communications without "
     "appropriate legal authority.", [("surveillance", "2022", "negated")]),
    # a coordinated verb of the taxonomy stays
    ("Judicial authorities and the rights commission investigated and monitored prison conditions.",
     [("investigation", "2022", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2022")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_class_trials_and_oversight(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
