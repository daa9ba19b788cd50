"""Round t-events25's three recall rules, on sentences of a fictional report (Lorvania, 2021) written for
these tests, one paragraph each:

- occurrences under a quantifier word in the existential (events/undated/quantified_occurrences.py): "There were
  several attacks against journalists" is an event of the year; states, things and pointers to an example
  told after it are not;
- a publication cited with its year under "the", a possessive or no article (events/dating/cited_publications.py):
  report_published of that year; statistics and a report "that" something happened are not;
- a state's act told under "There also were reports …", "strong indications …", "allegations, nonetheless,
  that …" (events/undated/evidence_told.py); what others did and phenomena are not.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

CASES = [
    # quantified occurrences
    ("There were several attacks against journalists during the year.", [("attack_or_threat", "2021")]),
    ("There were a number of peaceful demonstrations in the capital during the year.", [("protest", "2021")]),
    ("There were numerous kidnappings by armed groups who demanded ransom.", [("other", "2021")]),
    ("There were some restrictions on academic freedom.", []),
    ("There were numerous abuses like the following example.", []),
    ("There were several private radio stations in the capital.", []),
    ("There were occasional clashes between herders and farmers.", []),
    ("Observers believe that many incidents of abuse in prisons were not reported.", []),
    ("In 2019 there were several attacks on the ombudsman's office.", [("attack_or_threat", "2019")]),
    # publications cited with their year
    ("In its 2019 report, the Lorvanian Human Rights League criticized prison overcrowding.",
     [("report_published", "2019")]),
    ("The League's 2019 report noted poor conditions in prisons.", [("report_published", "2019")]),
    ("According to 2018 NGO reports, more than 500 children were not registered at birth.",
     [("report_published", "2018")]),
    ("According to 2018 government statistics, 40 percent of children attended secondary school.", []),
    ("There were no developments on the 2019 report that police had beaten a detainee in Dravik.",
     [("torture_or_abuse", "2021")]),
    # a state's act told as reported
    ("There also were reports the government monitored private e-mails and chat rooms.",
     [("surveillance", "2021")]),
    ("There were strong indications the government monitored the online communications of activists.",
     [("surveillance", "2021")]),
    ("There were allegations, nonetheless, that prison officials mistreated inmates.",
     [("torture_or_abuse", "2021")]),
    ("There was evidence some detainees remained in prison for long periods.", []),
    ("There were continuing indications of forced labor in the construction sector.", []),
    ("There were reports, however, that some employers did not pay the minimum wage.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_existential_reports(extracted, sentence, expected):
    found = [(e.type, e.date) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
