"""A share a rule fixes as a fraction, told in the present tense without a legal frame, is a provision
of unit ``share`` and no figure (issue 14, provisions round t-prov13; ``provisions.shares.present_shares``).
Seen missed, and counted as figures, in three dev reports (2016 Niger, 2019 Qatar, 2017 Tunisia).
A past tense, a date, a hypothetical modal or a clause without a noun of what is shared stays out.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_joined_ages import TEXT_HEAD, _provisions

SHARES = [
    ("In court, the testimony of a woman is worth one-half that of a man.", [0.5]),
    ("A testator may leave up to one-third of the estate to persons who are not heirs.", [0.333333]),
    ("Where there is no will, a granddaughter's share is half the size of a grandson's.", [0.5]),
]
NOT_SHARES = [
    "Women hold one-third of the seats in parliament.",
    "In 2019 a daughter received half of the estate after a court ruling.",
    "The heirs divided the estate, and each received one-quarter of it.",
    "Observers said a widow would inherit one-eighth of the estate.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", SHARES)
def test_a_share_fixed_by_a_present_rule_is_a_provision(nlp, sentence: str, values: list) -> None:
    provs = _provisions(nlp, sentence)
    assert [round(p.quantity.value, 6) for p in provs] == values
    assert {(p.norm, p.quantity.unit) for p in provs} == {("right", "share")}


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_SHARES)
def test_narrated_or_unshared_fractions_are_no_provisions(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []


@pytest.mark.model
def test_a_share_is_no_figure(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = TEXT_HEAD + "In court, the testimony of a woman is worth one-half that of a man.\n"
    doc = Document("zembla-2018", "Zembla", "Zembla", None, 2018, "", "txt", "x", len(text))
    assert [f.value for f in extract_figures(annotate(text, doc, outline(text, doc.id), nlp))] == []
