"""Durations and amounts a present-tense rule of standing fixes after a bare comparator, "for" or
"another" are provisions, and their amounts no figures (issue 14, provisions round t-prov14;
``provisions.standing.standing_limits``). Seen missed on four unread reports (2016 Djibouti, 2018 Oman,
2019 Eswatini, 2021 Trinidad and Tobago). Narration, "could", custom and dated sentences stay out.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_joined_ages import TEXT_HEAD, _provisions

STANDING = [
    ("Migrants who have resided in the country more than seven years are eligible for permanent residence.",
     [7]),
    ("Defendants charged with arson are ordinarily ineligible for release for 90 days.", [90]),
    ("Those convicted by a village court have one opportunity to appeal sentences longer than six months "
     "and fines of more than 300 florins ($40) to the district court.", [6, 300, 40]),
    ("The police may hold a suspect another 72 hours with the written consent of a judge.", [72]),
]
NOT_STANDING = [
    "Tradition dictates that a bride must remain in her parents' home for three months.",
    "Suspects often waited for more than two years before a hearing.",
    "The court held the journalist for 30 days before releasing him.",
    "In March the minister was eligible for a pension after more than 20 years of service.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", STANDING)
def test_quantity_of_a_present_rule_of_standing_is_a_provision(nlp, sentence: str, values: list) -> None:
    assert [p.quantity.value for p in _provisions(nlp, sentence)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_STANDING)
def test_narrated_or_customary_quantities_are_no_provisions(nlp, sentence: str) -> None:
    assert _provisions(nlp, sentence) == []


@pytest.mark.model
def test_amounts_of_a_rule_of_standing_are_no_figures(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = TEXT_HEAD + STANDING[2][0] + "\n"
    doc = Document("zembla-2018", "Zembla", "Zembla", None, 2018, "", "txt", "x", len(text))
    values = {f.value for f in extract_figures(annotate(text, doc, outline(text, doc.id), nlp))}
    assert not values & {300, 40}


@pytest.mark.model
def test_a_glued_period_is_no_limit_of_standing(nlp) -> None:
    from rightsledger.extract.provisions.standing import standing_limits

    sentence = "A judge may extend custody for two weeks, renewable for two-week periods."
    assert [m.text for m in standing_limits(sentence, next(iter(nlp(sentence).sents)))] == ["two weeks"]
