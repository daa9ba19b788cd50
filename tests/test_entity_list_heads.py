"""Issue 14, round t-orgs52: a list of fields taken into a body's name from a piece that goes with a name
written before it. ``runs.extend._list_before`` joins "the UN Educational, Social, and Cultural Organization";
it also joined "National [Insurance Scheme, and] Police Force" (the list's first piece cut out of the name
before it: a false body and a lost one) and "the Ministry of [Education, ]Geology and Mines Commission" (the
piece is the ministry's). A piece right after a capitalised word (not leading noise) or after "of"/"with"
(``list_head_continues``) starts no list; the dev gold makes the join in none of 8 such sentences (5
reports) and in 4 of 4 of the others. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.extend import extend_names

from .test_entities import entities_of


def _extended(text: str, body: str) -> str:
    at = text.index(body)
    [c] = extend_names(text, [Cand(at, at + len(body), body, "RULE_ORG")], None)
    return c.text


def test_a_piece_after_a_capitalised_word_starts_no_list():
    text = "Inspectors of the Labor Office, National Pension Scheme, and Tarsania Police Force met."
    assert _extended(text, "Tarsania Police Force") == "Tarsania Police Force"
    text = "Civic Rights Action, Civic Alliance, and other groups criticized the law."
    assert _extended(text, "Civic Alliance") == "Civic Alliance"


def test_a_piece_after_of_or_with_is_the_name_before_it():
    text = "The board worked with the Ministry of Education, Fishery and Ports Commission to inspect mills."
    assert _extended(text, "Fishery and Ports Commission") == "Fishery and Ports Commission"
    text = "The Ministry of Relations with Constitutional Bodies, Civil Society Council met."
    assert _extended(text, "Civil Society Council") == "Civil Society Council"


def test_a_list_of_fields_after_an_article_or_a_possessive_still_joins():
    text = "According to the UN Educational, Social, and Cultural Organization, schools closed."
    assert _extended(text, "Cultural Organization") == "UN Educational, Social, and Cultural Organization"
    text = "He testified before parliament’s Finance, Planning and Development Committee in May."
    assert _extended(text, "Planning and Development Committee") == "Finance, Planning and Development Committee"
    text = "The Truth, Justice, and Reconciliation Commission reported in June."
    assert _extended(text, "Reconciliation Commission") == "Truth, Justice, and Reconciliation Commission"


def test_no_false_body_glued_from_a_cut_piece(nlp):
    text = ("The Ministry of Social Protection worked with the Tarsania Forestry Commission, National Pension "
            "Scheme, and Tarsania Police Force to enforce the laws. Civic Rights Action, Civic Alliance, and "
            "other human rights nongovernmental organizations criticized the law.")
    names = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "Pension Scheme, and Tarsania Police Force" not in names
    assert "Rights Action, Civic Alliance" not in names
    assert {"Tarsania Police Force", "Civic Alliance"} <= names
