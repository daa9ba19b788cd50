"""Round t-speed1 (issue 14's speed target): what the rule stages read once and reuse, and the proof
that reusing it changes nothing. A paragraph's text is joined once per spaCy doc (``paragraph_text``)
and a sentence's text sliced from it (``span_text``, ``text_start``); the numbers of a text and a
rule's reading of them are scanned once per text, each caller getting mentions of its own; a report's
parenthesised facility lists are found once for all names. Sentences written for these tests (a
fictional Norvania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.annotate import paragraph_text, span_text, text_start
from rightsledger.extract.entities.bodies.facility_names import facility_lists, names_a_facility
from rightsledger.extract.numbers import find_numbers
from rightsledger.extract.provisions.quantities import rule_numbers

PARAGRAPH = ("  The Norvanian police detained 45 protesters in Velmoor on March 3.  The court sentenced "
             "two journalists to six months in prison, and the law requires a fine of 500 lorins.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(PARAGRAPH)


def test_paragraph_text_is_the_docs_text_joined_once(doc):
    first = paragraph_text(doc)
    assert first == doc.text == PARAGRAPH
    assert paragraph_text(doc) is first  # kept in the doc: not joined again


def test_span_text_is_spacys_for_every_sentence_and_span(doc):
    for sent in doc.sents:
        assert span_text(sent) == sent.text
    for start, end in ((0, 1), (0, 3), (2, 9), (5, 5), (len(doc) - 4, len(doc))):
        assert span_text(doc[start:end]) == doc[start:end].text


def test_text_start_skips_the_whitespace_a_sentence_opens_with(doc):
    for sent in doc.sents:
        text = sent.text
        assert text_start(sent) == sent.start_char + len(text) - len(text.lstrip())
    assert PARAGRAPH[text_start(next(iter(doc.sents))):].startswith("The Norvanian police")


def test_find_numbers_gives_each_caller_mentions_of_its_own():
    text = "The court sentenced 12 persons to between six and eight years and fined them 500 lorins each."
    first, second = find_numbers(text), find_numbers(text)
    assert first == second and len(first) >= 3
    assert all(a is not b for a, b in zip(first, second))  # callers tell mentions apart by identity
    first[0].value = -1  # a caller's change stays its own
    assert find_numbers(text)[0] == second[0] != first[0]


def test_rule_numbers_gives_each_caller_mentions_of_its_own():
    sentence = "The law requires employers to pay overtime at time and a half for work beyond 48 hours a week."
    first, second = rule_numbers(sentence), rule_numbers(sentence)
    assert first == second and first
    assert all(a is not b for a, b in zip(first, second))
    first.append(first[0])
    assert len(rule_numbers(sentence)) == len(second)


def test_facility_lists_are_what_the_brackets_after_a_plural_facility_noun_hold():
    text = ("Refugees lived in three camps (Velmoor, Orlan, and Tessa Hill). Two prisons (North Gate and "
            "Karst) were overcrowded. The ministry (Justice) said nothing.")
    assert facility_lists(text) == ["Velmoor, Orlan, and Tessa Hill", "North Gate and Karst"]


def test_names_a_facility_reads_the_lists_it_is_given_as_it_reads_its_own():
    text = "Refugees lived in three camps (Velmoor, Orlan, and Tessa Hill). The Karst Council met in May."
    lists = facility_lists(text)
    for name in ("Velmoor", "Tessa Hill", "Karst Council", "Karst"):
        assert names_a_facility(text, name, lists) == names_a_facility(text, name)
    assert names_a_facility(text, "Orlan", lists) and not names_a_facility(text, "Karst Council", lists)
