"""Issue 14, round t-ents42 (persons the system missed, judged on unread reports before the rule,
session-22 amendment): a person named right after an office's title and its portfolio was lost
where the portfolio opens with "on" ("Special Rapporteur on … Defenders X Y"), where the holder is
named by the surname alone ("Minister of Migration and Asylum X"), where the portfolio's last word
is rare ("Minister of Agriculture and Fishery X dos Y") or an ordinary word the report writes only
capitalised ("… Investment Affairs X Y"). ``titles/glue.py`` and ``persons/portfolio_ends.py``.
Sentences written for these tests (a fictional Velmora)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.slots import lower_words, title_persons
from rightsledger.extract.entities.titles.glue import portfolio_before_name

from .test_entities import typed_entities as _typed

DEFENDERS = ("Human rights defenders reported harassment throughout the year, and several defenders "
             "were detained.\n\n")
ASYLUM = "Requests for asylum rose; the asylum service was overwhelmed.\n\n"

TEXT = (DEFENDERS + ASYLUM
        + "On March 3, UN Special Rapporteur on the Situation of Human Rights Defenders Mary Kestwood "
          "called the charges against the defenders arbitrary.\n\n"
        + "On June 2, UN Special Rapporteur on Human Rights Defenders Mary Lindqvorn publicly called the "
          "charges arbitrary.\n\n"
        + "On May 9, Minister of Migration and Asylum Dravinopoulos announced new reception centers.\n\n"
        + "In January the commission notified former Minister of Agriculture and Fishery Tomasio dos "
          "Valdeiro of an investigation into his ministry.\n\n"
        + "On April 4, Minister of Justice Maria Elena Castrovel opened the new court.\n")


def _at(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


def test_a_portfolio_opened_by_on_ends_before_the_name():
    text = DEFENDERS + "UN Special Rapporteur on Human Rights Defenders Mary Lindqvorn spoke."
    assert portfolio_before_name(text, *_at(text, "Defenders Mary Lindqvorn"))
    text = DEFENDERS + "UN Special Rapporteur on the Situation of Human Rights Defenders Mary Kestwood spoke."
    assert portfolio_before_name(text, *_at(text, "Defenders Mary Kestwood"))


def test_a_surname_alone_after_a_portfolio_word_written_in_lower_case():
    text = ASYLUM + "Minister of Migration and Asylum Dravinopoulos spoke."
    assert portfolio_before_name(text, *_at(text, "Asylum Dravinopoulos"))
    # two words and no evidence that the first is the portfolio's: the name is left whole
    text = "Minister of Justice Odile Brastmann spoke."
    assert not portfolio_before_name(text, *_at(text, "Odile Brastmann"))


def _title_persons(nlp, text: str, taken: list[Cand]) -> list[str]:
    ap = SimpleNamespace(start=0, doc=nlp(text))
    return [c.text for c, _ in title_persons(text, ap, taken, lower_words(text))]


@pytest.mark.model
def test_an_ordinary_word_ends_the_portfolio(nlp):
    text = ("Complaints were filed by Coordinating Minister of Maritime and Investment Affairs "
            "Barunto Tarigalo against two activists.")
    s, e = _at(text, "Investment Affairs")
    assert _title_persons(nlp, text, [Cand(s, e, text[s:e], "ORG")]) == ["Barunto Tarigalo"]
    # an ordinary word is no evidence alone: many given names are ordinary words by frequency
    text = "On May 2, Minister of Health Grace Akinyi Wambeko opened a clinic."
    assert "Akinyi Wambeko" not in _title_persons(nlp, text, [])
    s, e = _at(text, "Grace Akinyi Wambeko")
    assert "Akinyi Wambeko" not in _title_persons(nlp, text, [Cand(s, e, text[s:e], "PERSON")])


@pytest.mark.model
def test_a_rare_last_word_of_the_portfolio_is_no_given_name(nlp):
    text = ("In January the commission notified former Minister of Agriculture and Fishery Tomasio "
            "dos Valdeiro of an investigation.")
    assert _title_persons(nlp, text, []) == ["Tomasio dos Valdeiro"]


@pytest.mark.model
def test_pipeline_portfolio_holders(nlp):
    ents = _typed(TEXT, nlp)
    for name in ("Mary Kestwood", "Mary Lindqvorn", "Dravinopoulos", "Tomasio dos Valdeiro",
                 "Maria Elena Castrovel"):
        assert ents.get(name) == "person", name
    assert not any(n.startswith(("Defenders ", "Asylum ", "Fishery ", "Elena ")) for n in ents)
