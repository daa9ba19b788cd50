"""Reactions of a named actor to a specific occurrence (issue 14, round t-events5; docs/EVALUATION.md
"Statements, verdicts and cooperation", settled 2026-12-06), on sentences of a fictional report
(Lorvania, 2021) written for these tests: condemning, denouncing, criticizing or rejecting a definite
occurrence is an `other` event of the year; criticism of a practice or trend in general, habits, the
present and relative clauses are none.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "a. Freedom of Expression, Including for Members of the Press and Other Media\n\n")

CASES = [
    ("Rights groups in Dornet condemned the arrest of the editor.", [("other", "2021", "asserted")]),
    # (its type is the trained typer's: not asserted here)
    ("The journalists' union publicly denounced the attacks on its members.", [(None, "2021", "asserted")]),
    ("Several newspapers criticized the new media law.", [("other", "2021", "asserted")]),
    ("The Green Party rejected the results of the municipal vote.", [("other", "2021", "asserted")]),
    ("Two opposition deputies condemned the incident and asked for an inquiry.", [("other", "2021", "asserted")]),
    # general criticism, habits, the present, relative clauses: no reaction
    ("Activists criticized discrimination against herders.", []),
    ("Human rights groups frequently condemned such practices.", []),
    ("Teachers' unions criticize the education policy.", []),
    ("Critics who denounced the decision received anonymous letters.", []),
    ("Before his arrest, Ivo Darek had criticized the appointments of the new judges.", []),
    ("Police arrested Ivo Darek in Dornet, who had criticized the appointments of the new judges.",
     [("detention_or_arrest", "2021", "asserted")]),
    # a decision on a request is no reaction (nor an event here: a passive with its decider is, test_event_efforts)
    ("The electoral commission rejected the registrations of two parties.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reaction(extracted, sentence, expected):
    found = extracted[sentence]
    assert [(t if e[0] is not None else None, d, p) for (t, d, p), e in zip(found, expected)] == expected
    assert len(found) == len(expected)
