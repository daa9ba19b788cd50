"""A court's term told with words the first rules did not read (extract/terms/wording.py, round
t-terms6): a noun of confinement after the length, the regime of the prison, a term ordered as a
court's object, a term received told only with a noun of confinement. Sentences of our own making
(a fictional country, Dravonia)."""
from __future__ import annotations

import pytest

from rightsledger.extract.terms.durations import find_durations
from rightsledger.extract.terms.penalties import find_penalties


def _p(sentence):
    return [(p.kind, p.value, p.unit) for _, p in find_penalties(sentence)]


def _d(sentence):
    return [(d.value, d.unit) for _, d, _ in find_durations(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a noun of confinement after the length, the object of the court's verb long and full of commas
    ("On May 4, the Tolven appeals court upheld the verdict and sentence of local activist, poet, and teacher "
     "Arvo Kell to eight months of incarceration for libel.", [("prison", 8, "months")]),
    ("On June 2, Mira Oss was sentenced to 18 months’ incarceration.", [("prison", 18, "months")]),
    # the regime of the prison served in
    ("On March 9, a court in Tolven sentenced Petr Vanek, the former director of the Dravonia Fair, to 12 years "
     "in high-security prison for embezzlement.", [("prison", 12, "years")]),
    ("The court sentenced the guard to six years in a maximum-security prison.", [("prison", 6, "years")]),
    # the term as the object of a court's act
    ("In late October, a court ordered a 3.5-year suspended sentence for Ivo Ranta, a programmer, on hacking charges.",
     [("prison", 3.5, "years")]),
    # a term received told only with a noun of confinement
    ("His brother, Tomas Ranta, received 2.5 years of imprisonment.", [("prison", 2.5, "years")]),
])
def test_terms_read(sentence, expected):
    assert _p(sentence)[:1] == expected


@pytest.mark.parametrize("sentence", [
    "The law provides for up to eight years of incarceration for trafficking.",  # a rule's maximum
    "The court ordered his release on bail.",  # no term
    "Prison officials ordered a review of the sentences of 40 inmates.",  # no length
    "Police held the journalist for three days in Tolven prison.",  # a prison's name: a length held
])
def test_no_term(sentence):
    assert _p(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a length released after stays a duration, not a term imposed
    ("He was released after 20 months of incarceration.", [(20, "months")]),
    ("Police held the journalist for three days in Tolven prison.", [(3, "days")]),
    ("Guards kept the activist for two weeks in a high-security prison before his trial.", [(2, "weeks")]),
])
def test_durations_untouched(sentence, expected):
    assert _d(sentence) == expected
