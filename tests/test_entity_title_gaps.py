"""Issue 14, round t-ents38 (persons judged on unread reports before the rule, session-22
amendment): title words the title lists lacked, written capitalised right before a person's name,
alone ("Ombudswoman X Y", "Regent X Y") or after a body's name ("the … Association Chairperson
X Y", "then National Security Adviser X Y"). The person is named without the title, the body
without it (``titles`` and ``trailing_titles`` in ``entities.toml``). Sentences written for these
tests (a fictional Velmora)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.lexicon import TITLES, TRAILING_TITLES
from rightsledger.extract.entities.titles.between import persons_after_body_titles

from .test_entities import typed_entities as _typed

TEXT = ("The Velmoran Farmers Association Chairperson Kalani Osterbrook said the land had been seized.\n\n"
        "In March then National Security Adviser Teodoro Malvasquez denied the reports.\n\n"
        "According to Ombudswoman Rosalind Quenta, police used torture frequently.\n\n"
        "The Ombudswoman’s Office received 300 complaints.\n")


def test_words_in_lists():
    for w in ("ombudswoman", "regent", "chairperson", "adviser", "advisor"):
        assert w in TITLES
    for w in ("chairperson", "adviser", "advisor"):
        assert w in TRAILING_TITLES


def test_split_body_chairperson_person():
    text = "The Velmoran Farmers Association Chairperson Kalani Osterbrook said so."
    s = text.index("Velmoran")
    e = text.index(" said")
    c = Cand(s, e, text[s:e], "ORG", type="organization")
    out = persons_after_body_titles(text, [c])
    assert [(x.text, x.type) for x in out] == [("Velmoran Farmers Association", "organization"),
                                               ("Kalani Osterbrook", "person")]


@pytest.mark.model
def test_pipeline_title_gaps(nlp):
    ents = _typed(TEXT, nlp)
    assert ents.get("Kalani Osterbrook") == "person"
    assert ents.get("Teodoro Malvasquez") == "person"
    assert ents.get("Rosalind Quenta") == "person"
    assert ents.get("Velmoran Farmers Association") == "organization"
    assert not any(n.split()[0] in ("Chairperson", "Adviser", "Ombudswoman") for n in ents)
