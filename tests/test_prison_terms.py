"""A prison term bound to the noun of imprisonment is a provision (a penalty) in a sentence that tells no
case, whatever verb or frame the sentence has, and its quantity no figure (issue 14, round t-prov13 of
session 29; ``provisions.rule_penalties.bound_terms``). Seen missed on six dev reports. Dated sentences,
narrated sentences and what one person faced stay out. Sentences of our own making, about a fictional
country."""
from __future__ import annotations

import pytest

from .test_provisions_joined_ages import TEXT_HEAD, _provisions

BOUND = [
    ("Prison sentences for convicted smugglers stipulate imprisonment from four to nine years.", [4]),
    ("Failure to register a newspaper can lead to a warning, fines, and imprisonment for three to eight months.",
     [3]),
    ("The code has several chapters on cruelty to animals and its penalties, which depend on the harm done "
     "and range from two months’ to six years’ imprisonment.", [2]),
    ("In cases of theft, the penal code distinguishes petty from grand theft and poses varying penalties "
     "between two and 15 years’ imprisonment depending on the value of the stolen goods.", [2]),
    ("Sanctions included up to seven years of rigorous imprisonment and were rarely applied.", [7]),
]
NOT_BOUND = [
    "On June 4, the district court gave the mayor two years’ imprisonment for fraud.",
    "He faced imprisonment for 12 years before he accepted a plea agreement.",
    "The editor was sentenced to imprisonment for six months.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", BOUND)
def test_a_term_bound_to_imprisonment_is_a_penalty(nlp, sentence: str, values: list) -> None:
    provisions = _provisions(nlp, sentence)
    assert [p.quantity.value for p in provisions] == values
    assert {p.norm for p in provisions} == {"penalty"}


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_BOUND)
def test_a_term_told_of_a_case_is_no_provision(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []


@pytest.mark.model
def test_a_bound_term_is_no_figure(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    sentence = ("Anyone found guilty of selling forged permits was subject to a fine or imprisonment of up to "
                "one year.")
    text = TEXT_HEAD + sentence + "\n"
    doc = Document("zembla-2018", "Zembla", "Zembla", None, 2018, "", "txt", "x", len(text))
    assert 1 not in {f.value for f in extract_figures(annotate(text, doc, outline(text, doc.id), nlp))}
    assert [p.quantity.value for p in _provisions(nlp, sentence)] == [1]
