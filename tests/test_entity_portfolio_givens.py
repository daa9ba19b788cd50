"""A given name the portfolio rule cut off is put back where it opens another person's name of the
report (persons/portfolio_givens.py, round t-ents40, on the session-22 amendment: "Minister of …
[Paul] X Y" beside "President Paul Z" in 2020 Cameroon, likewise 2019 Cuba and 2022 Egypt, unread).
Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.portfolio_givens import portfolio_given_names
from rightsledger.extract.entities.persons.slots import lower_words
from rightsledger.extract.entities.titles.glue import portfolio_before_name, title_of_before

from .entity_cands import cand_at as _cand
from .entity_cands import span_at
from .test_entities import entities_of

CUT = ("Police searched the home of Orvelio Tarsko Brenin, an opposition leader. "
       "Minister of Coastal Harbours Orvelio Maren Daskovic denied it.")


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    return [(c.text, c.type) for c in portfolio_given_names(text, cands, lower_words(text), None)]


def test_the_base_rule_cuts_the_given_name_as_the_portfolio_end():
    s, _ = span_at(CUT, "Orvelio", 1)
    assert portfolio_before_name(CUT, s, CUT.index(" denied"))      # "of Orvelio Tarsko" elsewhere
    assert title_of_before(CUT, s) and not title_of_before(CUT, CUT.index("Orvelio"))


def test_a_given_name_that_opens_another_person_is_put_back():
    cands = [_cand(CUT, "Orvelio Tarsko Brenin", "person"), _cand(CUT, "Maren Daskovic", "person"),
             _cand(CUT, "Harbours Orvelio", "person")]
    assert _run(CUT, cands) == [("Orvelio Tarsko Brenin", "person"), ("Orvelio Maren Daskovic", "person")]


def test_not_a_portfolio_word_that_opens_no_person():
    text = ("Two harbours were closed and the harbours stayed shut. Minister of Harbours Velmo Asterin "
            "resigned. The Harbours Authority objected.")
    cands = [_cand(text, "Velmo Asterin", "person"), _cand(text, "Harbours Authority", "organization", "ORG")]
    assert portfolio_before_name(text, text.index("Harbours Velmo"), text.index(" resigned"))
    assert _run(text, cands) == [("Velmo Asterin", "person"), ("Harbours Authority", "organization")]


def test_not_when_the_other_name_stands_after_a_title_of_frame_too():
    text = ("The home of Dunvik Sorel was searched. Minister of Ports Dunvik Maren Asko resigned. "
            "Later the Minister of Roads Dunvik Pell Orsan resigned.")
    cands = [_cand(text, "Maren Asko", "person"), _cand(text, "Dunvik Pell Orsan", "person")]
    assert _run(text, cands) == [("Maren Asko", "person"), ("Dunvik Pell Orsan", "person")]


def test_end_to_end_the_person_is_named_with_the_given_name(nlp):
    text = ("Police searched the home of Orvelio Tarsko Brenin, an opposition leader, in March.\n\n"
            "On May 4, Minister of Coastal Harbours Orvelio Maren Daskovic denied that the port workers "
            "had been beaten.\n\nLater Maren Daskovic said the harbours were safe.\n")
    persons = {e.name: [text[s:t] for s, t in e.mentions] for e in entities_of(text, nlp) if e.type == "person"}
    assert persons == {"Orvelio Tarsko Brenin": ["Orvelio Tarsko Brenin"],
                       "Orvelio Maren Daskovic": ["Orvelio Maren Daskovic", "Maren Daskovic"]}
