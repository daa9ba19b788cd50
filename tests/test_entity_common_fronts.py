"""A person's first given name that is also a frequent English word, left out in front of the name, is put
back (persons/common_fronts.py, round t-ents46: "…’s death, Lucas [Ayaba Cho], leader of", "the mayor of
Bamenda, Paul [Tembeng Achobong]," and "kidnapped Asia [Ali Damerji]" in reports nobody had annotated).
Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.common_fronts import (after_comma_or_content_word, common_front,
                                                                  common_given_fronts)
from rightsledger.extract.entities.persons.given_fronts import given_name_fronts
from rightsledger.extract.entities.persons.slots import lower_words

from .entity_cands import cand_at as _cand


def _front(text: str, word: str) -> bool:
    return common_front(text, text.index(word), word, lower_words(text), None, frozenset())


def _run(text: str, cands: list[Cand]) -> list[tuple[str, str | None]]:
    lower = lower_words(text)
    return [(c.text, c.type) for c in common_given_fronts(text, given_name_fronts(text, cands, lower, None),
                                                          lower, None)]


def test_a_frequent_word_after_a_comma_or_a_verb_opens_the_name():
    text = ("On September 4, the mayor of Dunvik, Paul Tembeng Orvik, announced a ban. Border guards "
            "kidnapped Asia Ali Velmar in March.")
    assert _front(text, "Paul") and _front(text, "Asia")
    assert after_comma_or_content_word(text, text.index("Paul"))
    assert after_comma_or_content_word(text, text.index("Asia"))


def test_not_after_an_article_a_preposition_or_a_conjunction():
    text = ("Jurors acquitted Deputy Speaker of the House Orvik Dane. The Minister of Communications, "
            "Science, and Technology Velmo Asterin resigned. Deputies thanked the Senate Velmo Asterin.")
    assert not _front(text, "House")
    assert not _front(text, "Technology")
    assert not _front(text, "Senate")


def test_not_a_nationality_nor_a_word_the_report_writes_in_lower_case_nor_a_rare_word():
    text = ("The court gave the bank a grace period. Police detained Syrian Orvik Dane and Grace Velmo "
            "Asterin, and questioned Orvelio Tarsko Brenin.")
    assert not _front(text, "Syrian")        # a nationality word
    assert not _front(text, "Grace")         # "grace" in lower case in the report
    assert not _front(text, "Orvelio")       # no frequent word: given_fronts.py's own case


def test_given_fronts_leaves_the_frequent_word_out_and_this_rule_puts_it_back():
    text = "On September 4, the mayor of Dunvik, Paul Tembeng Orvik, announced a ban on motorbikes."
    cands = [_cand(text, "Dunvik", "place", "GPE"), _cand(text, "Tembeng Orvik", "person")]
    lower = lower_words(text)
    assert [(c.text, c.type) for c in given_name_fronts(text, cands, lower, None)] == [
        ("Dunvik", "place"), ("Tembeng Orvik", "person")]
    assert _run(text, cands) == [("Dunvik", "place"), ("Paul Tembeng Orvik", "person")]
    out = common_given_fronts(text, cands, lower, None)
    assert text[out[1].start:out[1].end] == "Paul Tembeng Orvik"


def test_a_candidate_on_the_word_alone_is_dropped_and_other_names_are_left_alone():
    text = ("Border guards kidnapped Asia Ali Velmar in Dunvik. Jurors acquitted Deputy Speaker of the House "
            "Orvik Dane.")
    cands = [_cand(text, "Asia", "place", "LOC"), _cand(text, "Ali Velmar", "person"),
             _cand(text, "Dunvik", "place", "GPE"), _cand(text, "Orvik Dane", "person")]
    assert _run(text, cands) == [("Asia Ali Velmar", "person"), ("Dunvik", "place"), ("Orvik Dane", "person")]


def test_pipeline_puts_back_frequent_given_names_the_model_left_out(nlp):
    from .test_entities import entities_of

    text = ("On September 4, the mayor of Dunvik, Paul Tembeng Orvik, announced a ban on motorbikes.\n\n"
            "Border guards and the Civil Police kidnapped Asia Ali Velmar and Amina Hanan Velmar in March "
            "in Dunvik.\n\n"
            "On April 4, jurors acquitted Deputy Speaker of the House Orvik Dane and seven alleged accomplices.")
    persons = {e.name for e in entities_of(text, nlp) if e.type == "person"}
    assert {"Paul Tembeng Orvik", "Asia Ali Velmar", "Amina Hanan Velmar", "Orvik Dane"} <= persons
    assert not persons & {"Tembeng Orvik", "Ali Velmar", "House Orvik Dane"}
