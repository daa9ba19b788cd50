"""A death or life sentence told as a noun, the object of a court's act with no "sentenced ... to"
(extract/terms/wording.py ``NOUN_TERM``, round t-pen5, read on reports nobody annotated), and a life
sentence with "prison" before its noun. Sentences of our own making (a fictional country, Dravonia)."""
from __future__ import annotations

import pytest

from rightsledger.extract.terms.penalties import find_penalties


def _p(sentence):
    return [(p.kind, p.value, p.unit) for _, p in find_penalties(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # the court's act before a death sentence told as a noun
    ("On May 3, the Tolven regional court delivered suspended death sentences for treason to Arvo Kell and Mira Oss.",
     [("death", None, None)]),
    ("On June 9, prison authorities in Vessa carried out a death sentence against Petr Vanek, who had been "
     "convicted of murder.", [("death", None, None)]),
    ("In March the Supreme Court of Dravonia upheld Ivo Ranta’s death penalty.", [("death", None, None)]),
    ("The appeals court confirmed the death sentences of the three guards.", [("death", None, None)]),
    # a life sentence with "prison" before its noun
    ("In October a Tolven court sentenced four officers to aggravated life prison sentences.", [("life", None, None)]),
    ("The court delivered life jail sentences to the two commanders.", [("life", None, None)]),
])
def test_noun_terms_read(sentence, expected):
    assert _p(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Prosecutors sought the death penalty for the two men.",  # a term sought
    "The law provides for the death penalty for treason.",  # a rule
    "The minister delivered a speech on the death penalty.",  # no court's act on the term: more than four words
    "Observers delivered their report to the court on Tuesday.",  # no term at all
])
def test_no_noun_term(sentence):
    assert _p(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # what was read before stays as it was
    ("A Vessa court sentenced Arvo Kell to death in May.", [("death", None, None)]),
    ("The court gave Mira Oss a life sentence.", [("life", None, None)]),
    ("The court sentenced Petr Vanek to five years in prison.", [("prison", 5, "years")]),
])
def test_terms_untouched(sentence, expected):
    assert _p(sentence) == expected
