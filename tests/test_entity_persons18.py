"""Issue 14, round t-ents18: a person's name the model cuts into pieces with a word between them
that it left out ("[Abbas] Hamady [Samba Niang]", dev 2024 Mauritania) comes out whole: the
first name taken back closes the gap, and the pieces one space apart are joined after the
extension as before it. Sentences written for these tests (fictional names)."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.extend import extend_persons


def _persons(text: str, spans: list[str]) -> list[str]:
    """``extend_persons`` on model persons given by their text (each found once, in order)."""
    cands, at = [], 0
    for s in spans:
        i = text.index(s, at)
        cands.append(Cand(i, i + len(s), s, "PERSON"))
        at = i + len(s)
    return [c.text for c in extend_persons(text, cands) if c.label == "PERSON"]


def test_first_name_taken_back_joins_the_piece_before():
    text = ("In Velmor, three men, Tarik Oumaru Dembo, Yassin Moktar Bello Kante, and "
            "Idrissa Falou, were arrested and taken to the gendarmerie.")
    # the model: "Yassin" PERSON, "Moktar" nothing, "Bello Kante" PERSON
    out = _persons(text, ["Tarik Oumaru Dembo", "Yassin", "Bello Kante", "Idrissa Falou"])
    assert out == ["Tarik Oumaru Dembo", "Yassin Moktar Bello Kante", "Idrissa Falou"]


def test_persons_apart_by_a_comma_or_and_stay_two():
    text = "The court sentenced Yassin, Moktar Bello Kante and Idrissa Falou to prison in June."
    out = _persons(text, ["Yassin", "Bello Kante", "Idrissa Falou"])
    assert "Yassin" in out and "Idrissa Falou" in out
    assert not any("," in p or " and " in p for p in out)
    text = "Police questioned Yassin and Moktar Bello Kante in Velmor."
    out = _persons(text, ["Yassin", "Bello Kante"])
    assert "Yassin" in out and not any(" and " in p for p in out)


def test_model_pieces_one_space_apart_still_join():
    text = "Congressman Orvel Dantes Marquin Sotelo spoke against the bill."
    assert _persons(text, ["Orvel Dantes", "Marquin Sotelo"]) == ["Orvel Dantes Marquin Sotelo"]
