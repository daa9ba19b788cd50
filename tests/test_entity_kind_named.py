"""Issue 14, round t-orgs38: a name with no head word that a kind of body sets in apposition ("X, an
organization that …") or lists ("groups such as X and unions") is a body even where the model labels
nothing or a piece of it (bodies/kind_named.py). Sentences written for these tests (fictional names)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.kind_named import with_kind_named
from rightsledger.extract.entities.common import Cand

from .test_entities import entities_of

TEXT = ("Ana Velk was a member of the Velvet Moths, an organization that fought discrimination. "
        "National human rights groups such as Mothers Without Borders and unions reported abuses. "
        "Opposition groups such as the Northern Wardens, political parties, and the Tarsan Civic Forum "
        "reported harassment. In August, a local NGO, Tamsel, reported abuses. Rights groups such as "
        "Ilan Tarvo and Kell reported threats.")


def _cand(text: str, name: str, label: str) -> Cand:
    at = text.index(name)
    return Cand(at, at + len(name), name, label)


def _paragraph(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    return [(0, len(text), [])]


def test_a_name_no_candidate_holds_becomes_a_body():
    out = with_kind_named(TEXT, _paragraph(TEXT), [], set(), None)
    names = {c.text for c in out}
    assert {"Velvet Moths", "Mothers Without Borders", "Northern Wardens", "Tamsel"} <= names
    assert all(c.label == "RULE_ORG" for c in out)
    assert not {"In August", "August", "In"} & names        # a month, and no preposition before a name
    assert all(TEXT[c.start:c.end] == c.text for c in out)


def test_pieces_and_places_inside_the_name_give_way():
    pieces = [_cand(TEXT, "Borders", "ORG"), _cand(TEXT, "Northern Wardens", "RULE_PLACE")]
    out = with_kind_named(TEXT, _paragraph(TEXT), pieces, set(), None)
    names = {c.text: c.label for c in out}
    assert names["Mothers Without Borders"] == "RULE_ORG" and "Borders" not in names
    assert names["Northern Wardens"] == "RULE_ORG"


def test_persons_longer_names_bodies_and_peoples_stay():
    kept = [_cand(TEXT, "Ilan Tarvo", "PERSON"), _cand(TEXT, "the Velvet Moths", "ORG"),
            _cand(TEXT, "Mothers Without Borders", "ORG")]
    out = with_kind_named(TEXT, _paragraph(TEXT), kept, {"kell"}, None)
    for c in kept:
        assert c in out
    names = [c.text for c in out]
    assert "Velvet Moths" not in names                      # a longer candidate holds it
    assert [c.label for c in out if c.text == "Mothers Without Borders"] == ["ORG"]   # a body's already
    assert "Kell" not in names                              # a people the model names (NORP)
    assert "Ilan Tarvo" in names and all(c.label == "PERSON" for c in out if c.text == "Ilan Tarvo")


def test_masked_lines_and_text_outside_paragraphs_are_left():
    at = TEXT.index("Mothers Without Borders")
    out = with_kind_named(TEXT, [(0, len(TEXT), [(at, at + 30)])], [], set(), None)
    assert "Mothers Without Borders" not in {c.text for c in out}
    assert with_kind_named(TEXT, [(0, 10, [])], [], set(), None) == []


@pytest.mark.model
def test_listed_bodies_the_model_does_not_label(nlp):
    text = ("National human rights groups such as Mothers Without Borders and unions reported that "
            "authorities did not act. Opposition groups such as the Northern Wardens, political parties, "
            "and the Tarsan Civic Forum reported harassment. Rights groups such as Quiet Lanterns and Open "
            "Doors reported abuses in Velm.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert {"Mothers Without Borders", "Northern Wardens", "Open Doors", "Tarsan Civic Forum"} <= bodies
