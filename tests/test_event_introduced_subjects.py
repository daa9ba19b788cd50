"""A trigger noun brought in by an indefinite determiner as the subject of the main clause's simple past
("An investigation was completed …", "Another protest broke out …") tells a new, specific occurrence of
the report year (issue 14, round t-events72): ``undated/introduced.introduced_subject``, read by
``occurrences._reported_noun``, which turned down every trigger noun as a subject but a happening's
("Assaults occurred"). Not a bare or definite noun (a class, or an occurrence named again), not a copula,
a state, a negation or a habit. Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

ADDED = {
    "An investigation was completed and forwarded to the Office of the Prosecutor, and the two wardens "
    "remained suspended.": [("investigation", "2021", "asserted")],
    "Another protest broke out in front of the governor's residence in Port Ellin.":
        [("protest", "2021", "asserted")],
    "An investigation uncovered a fraudulent recruitment scheme at the Ministry of Fisheries.":
        [("investigation", "2021", "asserted")],
}

NONE = [
    # a bare noun: a class, not an occurrence
    "Lengthy pretrial detention resulted from a shortage of magistrates.",
    # a definite noun: an occurrence named again
    "The killings resulted from a dispute over grazing land.",
    # a copula and a negation
    "An investigation was pending at year's end.",
    "An investigation did not begin.",
    # a habit
    "A protest usually followed each eviction.",
]

# A verb whose outcome is the occurrence: typed from the outcome, not from the introduced subject (the
# read-through of the merge, 0.1.45: "A … trial … resulted in acquittal" had become a trial).
OUTCOMES = {
    "A retrial of the three officers resulted in an acquittal.": [("acquittal", "2021", "asserted")],
    "A raid on the opposition's offices led to the arrest of 12 activists.":
        [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE, *OUTCOMES], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_an_introduced_subject_is_an_occurrence(extracted, sentence):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_record_for_a_class_a_state_or_a_habit(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(OUTCOMES))
def test_an_outcome_types_the_record(extracted, sentence):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == OUTCOMES[sentence]
