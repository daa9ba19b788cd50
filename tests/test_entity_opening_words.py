"""A word of ``leading_noise`` that opens a body's name inside a sentence stays in the name (issue 14,
organizations; round t-orgs50): "the Ministry of Labor’s Domestic Workers Directorate", "the Early
Intervention Center", "the All Progressives Congress" (dev 2024 Jordan, 2020 Fiji, 2018 Lesotho;
unread 2018 Nigeria, 2021 United Kingdom). At a sentence's start, or before a run with no body's head
word, the word is still dropped.

Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.opening_words import inside_sentence, opens_name

from .test_entities import entities_of


def _at(text: str, word: str) -> int:
    return text.index(word)


def test_inside_a_sentence_after_a_lower_case_word_a_comma_or_a_possessive():
    for text in ("complaints went to the Domestic Workers Directorate", "the Velm Council, Early Action Forum",
                 "the Ministry of Labor’s Domestic Workers Directorate"):
        word = "Domestic" if "Domestic" in text else "Early"
        assert inside_sentence(text, _at(text, word)), text
        assert opens_name(text, _at(text, word), word), text


def test_not_a_sentences_or_a_headings_first_word():
    for text in ("Domestic Workers Directorate staff met.", "Rape. Domestic Violence: the law",
                 "Women: All Tarsan Party members", "The Early Intervention Center"):
        word = next(w for w in ("Domestic", "All", "Early") if w in text)
        assert not opens_name(text, _at(text, word), word), text


def test_only_the_listed_words():
    text = "officials of the Other Velm Forum"
    assert not opens_name(text, _at(text, "Other"), "Other")


def _orgs(nlp, text: str) -> list[str]:
    return [e.name for e in entities_of(text, nlp) if e.type == "organization"]


@pytest.mark.model
def test_the_word_opens_the_bodys_name(nlp):
    assert "Domestic Workers Directorate" in _orgs(
        nlp, "Workers could file complaints with the Ministry of Labor’s Domestic Workers Directorate in Velm.")
    assert "Early Intervention Center" in _orgs(
        nlp, "Some pupils attended village schools, and the nongovernmental Early Intervention Center monitored them.")
    assert "All Tarsan Progressives Congress" in _orgs(
        nlp, "Marek Velsa of the All Tarsan Progressives Congress party won the vote.")


@pytest.mark.model
def test_noise_at_a_sentences_start_or_without_a_head_stays_out(nlp):
    orgs = _orgs(nlp, "Early Intervention Center staff visited the Velm clinics.")
    assert "Early Intervention Center" not in orgs
    assert _orgs(nlp, "Rape and Domestic Violence: The law of Tarsania criminalizes rape.") == []
