"""analysis/questions/acronyms.py: what a report's acronyms stand for, so that ask matches a sentence
that uses only the short form to a question in words."""
from __future__ import annotations

try:
    from tests.test_scope import _bundle
except ImportError:  # tests/ is not a package
    from test_scope import _bundle  # type: ignore[no-redef]
from rightsledger.analysis.questions.acronyms import definitions, doc_acronyms, expand
from rightsledger.analysis.questions.ask import ask
from rightsledger.store import Store


def test_definitions_take_the_shortest_run_of_words_that_spells_the_acronym():
    text = ("Members of the Rapid Intervention Brigade (RIB) were armed. Female genital mutilation (FGM) "
            "was illegal. Officials of the Ministry of the Interior (MOI) and of the Anti-Corruption "
            "Office (ACO) met the Veridian Bar Association (VBA) twice (2021).")
    assert definitions(text) == {"RIB": "Rapid Intervention Brigade", "FGM": "Female genital mutilation",
                                 "MOI": "Ministry of the Interior", "ACO": "Anti-Corruption Office",
                                 "VBA": "Veridian Bar Association"}


def test_a_parenthesis_that_spells_nothing_is_no_definition():
    assert definitions("The court in Lisk (ECHR) ruled on the case (AB).") == {}


def test_expand_adds_each_long_form_once():
    known = {"RIB": "Rapid Intervention Brigade"}
    assert expand("The RIB's commander said the RIB grew.", known) == \
        "The RIB's commander said the RIB grew. Rapid Intervention Brigade"
    assert expand("The Rapid Intervention Brigade (RIB) grew.", known) == "The Rapid Intervention Brigade (RIB) grew."
    assert expand("No acronym here.", known) == "No acronym here."


LINES = [
    "Members of the Rapid Intervention Brigade (RIB) received special training and carried rifles.",
    "The regular police recruited 300 new patrol officers during the year.",
    "The RIB grew from 120 officers in January to 175 by December.",
    "Prison conditions remained harsh, and the prison in Lisk held 900 inmates.",
]


def test_ask_finds_the_sentence_that_names_the_unit_only_by_its_acronym(tmp_path):
    unit_named_by_its_acronym(Store(tmp_path / "a.db"))


def unit_named_by_its_acronym(store: Store) -> None:
    """(a scenario: SQLite here, PostgreSQL in test_postgres.py)"""
    store.save(_bundle("veridia-2022", "Veridia", LINES), "test")
    assert doc_acronyms(store, "veridia-2022") == {"RIB": "Rapid Intervention Brigade"}
    hits = ask(store, "How big had the rapid intervention brigade grown by December?", rerank=False,
               doc="veridia-2022")
    assert hits[0].text == LINES[2]
