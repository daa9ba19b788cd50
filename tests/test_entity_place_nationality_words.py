"""Issue 14, places (t-places15): a one-word place name that no gazetteer knows and that the model
labels a nationality or people (NORP) at two occurrences or more where no lower-case place noun
follows it is no place ("Vorsk territory" beside "Vorsk women" and "the Vorsk prime minister").

- every place candidate of such a name goes, the one before a place noun too;
- untouched: a name labelled so once (the model takes a town for a people now and then), a name
  labelled so only right before a place noun ("the Vorsk town of Belmar"), a country, a name of
  two words, a person or body of that name; a paragraph parsed twice counts once.

Sentences written for these tests (a fictional country, Tarsania, and a fictional people, the
Vorsk); the model's labels are given, not computed.
"""
from __future__ import annotations

from types import SimpleNamespace

from rightsledger.extract.entities.places.nationality_words import nationalities_not_places, nationality_uses

from .conftest import cand_names
from rightsledger.extract.entities.common import Cand


def _para(text: str, labels: list[tuple[str, int]], start: int = 0):
    """A parsed paragraph over all of ``text`` whose model labels NORP the names at those offsets."""
    ents = [SimpleNamespace(label_="NORP", text=n, start_char=s - start, end_char=s - start + len(n))
            for n, s in labels]
    return SimpleNamespace(paragraph=SimpleNamespace(start=start, end=len(text)), start=start,
                           doc=SimpleNamespace(ents=ents))


def _at(text: str, name: str, nth: int = 0) -> int:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return s


def _place(text: str, name: str, nth: int = 0, label: str = "RULE_PLACE") -> Cand:
    s = _at(text, name, nth)
    return Cand(s, s + len(name), name, label, type="place")


TEXT = ("Boats carried the migrants out of Vorsk territory. Vorsk women reported abuse, and the Vorsk "
        "prime minister promised an inquiry in Belmar.")


def test_nationality_word_labelled_twice_is_no_place():
    paras = [_para(TEXT, [("Vorsk", _at(TEXT, "Vorsk", 1)), ("Vorsk", _at(TEXT, "Vorsk", 2))])]
    cands = [_place(TEXT, "Vorsk"), _place(TEXT, "Vorsk", 1, "GPE"), _place(TEXT, "Belmar", 0, "GPE")]
    got = cand_names(nationalities_not_places(TEXT, cands, paras, "TS"))
    assert got == [("Belmar", "place")]


def test_labelled_once_stays():
    paras = [_para(TEXT, [("Vorsk", _at(TEXT, "Vorsk", 1))])]
    cands = [_place(TEXT, "Vorsk"), _place(TEXT, "Belmar", 0, "GPE")]
    assert cand_names(nationalities_not_places(TEXT, cands, paras, "TS")) == [("Vorsk", "place"), ("Belmar", "place")]


def test_labels_before_a_place_noun_do_not_count():
    text = "Police raided the Vorsk town of Belmar and two Vorsk villages near the border."
    paras = [_para(text, [("Vorsk", _at(text, "Vorsk")), ("Vorsk", _at(text, "Vorsk", 1))])]
    assert nationality_uses(text, paras)["vorsk"] == 0
    cands = [_place(text, "Vorsk"), _place(text, "Belmar", 0, "GPE")]
    assert cand_names(nationalities_not_places(text, cands, paras, "TS")) == [("Vorsk", "place"), ("Belmar", "place")]


def test_country_two_words_and_other_kinds_untouched():
    text = ("Kenya women and Kenya officials met Vorsk Hills women and Vorsk Hills elders; Vorsk "
            "women and Vorsk elders met Vorsk himself.")
    labels = [("Kenya", _at(text, "Kenya")), ("Kenya", _at(text, "Kenya", 1)),
              ("Vorsk Hills", _at(text, "Vorsk Hills")), ("Vorsk Hills", _at(text, "Vorsk Hills", 1)),
              ("Vorsk", _at(text, "Vorsk", 2)), ("Vorsk", _at(text, "Vorsk", 3))]
    paras = [_para(text, labels)]
    s = _at(text, "Vorsk", 4)
    cands = [_place(text, "Kenya", 0, "GPE"), _place(text, "Vorsk Hills", 0, "GPE"),
             Cand(s, s + 5, "Vorsk", "PERSON", type="person")]
    assert cand_names(nationalities_not_places(text, cands, paras, "TS")) == [
        ("Kenya", "place"), ("Vorsk Hills", "place"), ("Vorsk", "person")]


def test_paragraph_parsed_twice_counts_once():
    para = _para(TEXT, [("Vorsk", _at(TEXT, "Vorsk", 1))])
    assert nationality_uses(TEXT, [para, para])["vorsk"] == 1
    assert cand_names(nationalities_not_places(TEXT, [_place(TEXT, "Vorsk")], [para, para], "TS")) == [("Vorsk", "place")]


def test_plural_label_counts_for_the_name():
    text = "Vorsks protested in Belmar. Two Vorsks were detained near Vorsk territory."
    paras = [_para(text, [("Vorsks", _at(text, "Vorsks")), ("Vorsks", _at(text, "Vorsks", 1))])]
    got = cand_names(nationalities_not_places(text, [_place(text, "Vorsk", 2), _place(text, "Belmar", 0, "GPE")], paras, "TS"))
    assert got == [("Belmar", "place")]


def test_labels_after_a_locative_preposition_do_not_count():
    """The model's NORP on an unfamiliar town in a locative slot is a guess ("detained in Kessaline"; the
    merge of t-places15 found it dropping the town of tests/test_entity_place_slots.py)."""
    text = ("Militants attacked a school in Kessaline exposing pupils to gas. The activists were detained in "
            "Kessaline and released two days later.")
    paras = [_para(text, [("Kessaline", _at(text, "Kessaline")), ("Kessaline", _at(text, "Kessaline", 1))])]
    cands = [_place(text, "Kessaline"), _place(text, "Kessaline", 1)]
    assert nationality_uses(text, paras)["kessaline"] == 0
    assert cand_names(nationalities_not_places(text, cands, paras, "TS")) == [("Kessaline", "place")] * 2
