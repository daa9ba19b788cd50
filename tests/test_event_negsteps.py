"""Negated steps (issue 14, round t-events5; docs/EVALUATION.md "Negated steps", settled 2026-12-06),
on sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each: a
specific step the report says was not taken in the year is a negated event of the year typed by the
step — the past perfect with a time mark ("by year's end", "as of October"), "had yet to", the simple
past of a step of proceedings on a specific object, "declined to prosecute", and "no action against"
persons (a charge); not states, habits, modals, relative clauses, nor the perfect without a time mark.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "e. Denial of Fair Public Trial\n\n")

CASES = [
    ("The Dornet appeals court had not ruled on her appeal by year's end.", [("trial", "2021", "negated")]),
    ("As of December no guard had been charged in the death of the herder.", [("charge", "2021", "negated")]),
    ("The electoral commission had yet to act on the Green Party's registration request.",
     [("other", "2021", "negated")]),
    ("The gendarmerie did not investigate the shooting of the two miners.", [("investigation", "2021", "negated")]),
    ("As of October the inspectorate had not opened an investigation into the incident at Lisk prison.",
     [("investigation", "2021", "negated")]),
    ("By year's end no officials had disclosed their assets to the commission.", [("other", "2021", "negated")]),
    ("None of the bodies found near Arvel had been exhumed by year's end.", [("other", "2021", "negated")]),
    ("The army had not commented publicly on the findings of its inquiry by year's end.",
     [("other", "2021", "negated")]),
    ("Police declined to prosecute the attackers of the Dornet teachers.", [("charge", "2021", "negated")]),
    ("The ministry took no action against the two wardens.", [("charge", "2021", "negated")]),
    ("The Dornet council had taken no further action on the miners' complaint as of October.",
     [("other", "2021", "negated")]),
    # "since" a date opening the sentence: that date (asof.since_frame)
    ("Since June 2019 the prison service had not answered the ombudsman's requests to visit Lisk prison.",
     [("other", "2019-06", "negated")]),
    ("Since late 2020, police had closed seven newspapers in Dornet.", [(None, "2020", "asserted")]),
    # a detention running since that date (asof.detained_since; settled 2026-12-08); without the date a state
    ("Since July 2020, the Dornet editor remained in pretrial detention.",
     [("detention_or_arrest", "2020-07", "asserted")]),
    ("The Dornet editor remained in pretrial detention at year's end.", []),
    ("Since March 2019, the union leader remained in hiding.", []),
    # states, habits, modals, the perfect without a time mark, relative clauses: no step
    ("The case of the Arvel teachers remained pending at year's end.", []),
    ("Prosecutors often did not investigate complaints against police officers.", []),
    ("The court could not rule on the appeal because the judge was absent.", []),
    ("The ministry had not answered the union's letters.", []),
    ("The civil registry did not register all births in Dornet.", []),
    ("The ministry had not declined to prosecute any case referred by the commission.", []),
    ("Police did not adequately respond to the complaints of the Dornet reporters.", []),
    ("The 2019 law on cybercrime had yet to be tested in the courts.", []),
    ("The three soldiers had yet to be charged in the killing of the herder.", [("charge", "2021", "negated")]),
    ("Herders filed complaints that the ombudsman had not answered by year's end.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_negated_step(extracted, sentence, expected):
    found = extracted[sentence]  # (a None type is the trained typer's: not asserted here)
    assert [(t if e[0] is not None else None, d, p) for (t, d, p), e in zip(found, expected)] == expected
    assert len(found) == len(expected)
