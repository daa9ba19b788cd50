"""The other name of a pair joined to a person's name by "and" is a person (persons/pair_partners.py,
round t-ents61: "activists Ashraf X and Ashraf Y", "against Meas X and Ao Y" on judged pages nobody
annotated). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.pair_partners import pair_partners
from rightsledger.extract.entities.persons.slots import lower_words

from .entity_cands import cand_at as _cand


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    return sorted((c.text, c.type) for c in pair_partners(text, cands, lower_words(text), None))


def test_the_run_after_and_is_the_other_person():
    text = "Police released the activists Velmo Asterin and Orvelio Brenin in May."
    assert _run(text, [_cand(text, "Velmo Asterin", "person")]) == [
        ("Orvelio Brenin", "person"), ("Velmo Asterin", "person")]


def test_the_run_before_and_is_the_other_person():
    text = "Guards beat the detainees Orvelio Brenin and Velmo Asterin at the border."
    assert _run(text, [_cand(text, "Velmo Asterin", "person")]) == [
        ("Orvelio Brenin", "person"), ("Velmo Asterin", "person")]


def test_a_particle_and_a_two_letter_word_may_be_in_the_name():
    text = "As in the cases against Velmo Asterin and Dukar al-Tenvi in May, the court waited."
    assert ("Dukar al-Tenvi", "person") in _run(text, [_cand(text, "Velmo Asterin", "person")])


def test_not_a_body_a_title_an_ordinary_word_a_month_or_a_country():
    for other in ("Velm Media Foundation", "Deputy Minister", "Human Rights", "Orvelio June"):
        text = f"Prosecutors charged Velmo Asterin and {other} last year."
        assert _run(text, [_cand(text, "Velmo Asterin", "person")]) == [("Velmo Asterin", "person")], other
    text = "Prosecutors charged Velmo Asterin and Kenya Dorell last year."
    assert _run(text, [_cand(text, "Velmo Asterin", "person")]) == [("Velmo Asterin", "person")]


def test_not_a_run_that_goes_on_nor_one_a_candidate_lies_on():
    text = "Prosecutors charged Velmo Asterin and Orvelio Brenin Kastor Dunvik Relt last year."
    assert _run(text, [_cand(text, "Velmo Asterin", "person")]) == [("Velmo Asterin", "person")]
    text = "Prosecutors charged Velmo Asterin and Orvelio Brenin last year."
    cands = [_cand(text, "Velmo Asterin", "person"), _cand(text, "Orvelio", "place", "GPE")]
    assert _run(text, cands) == [("Orvelio", "place"), ("Velmo Asterin", "person")]


def test_not_beside_a_one_word_name():
    text = "Prosecutors charged Asterin and Orvelio Brenin last year."
    assert _run(text, [_cand(text, "Asterin", "person")]) == [("Asterin", "person")]


def test_pipeline_makes_the_other_name_of_the_pair_a_person(nlp):
    from .test_entities import entities_of

    text = "As in the cases against Meas Dorin and Ao Vel in 2018, the court dropped the charges."
    names = {(e.name, e.type) for e in entities_of(text, nlp)}
    assert ("Ao Vel", "person") in names   # the base code makes no record of it
