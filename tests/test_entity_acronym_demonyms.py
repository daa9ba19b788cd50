"""Issue 14, round t-orgs43: an acronym in capitals is no demonym. One "TRG" that the model labels NORP
puts its own stem into ``norp`` ("trg"), and the demonym filter of ``classify._typed`` dropped every
candidate of it; an acronym ending in "-ANS" ("the ANS") passed the suffix test of ``demonym`` with an
empty stem. A word written as an acronym in capitals now never meets the demonym filter; nationality
words still do. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from collections import Counter

from rightsledger.extract.entities.classify import _typed
from rightsledger.extract.entities.common import Cand, demonym, name_key

from .test_entities import entities_of

TEXT = "The TRG raided the offices. The ANS detained Velmans. Tarsanians protested."


def _cand(form: str, label: str = "ORG") -> Cand:
    at = TEXT.index(form)
    return Cand(at, at + len(form), form, label)


def _kept(cands: list[Cand], types: dict[str, str], norp: set[str]) -> list[str]:
    votes = {name_key(c.text): Counter({types[c.text]: 2}) for c in cands}
    local = [(None, 0.0) for _ in cands]
    return [c.text for c in _typed(TEXT, cands, votes, local, norp, None)]


def test_the_shapes_the_filter_took_for_demonyms():
    assert demonym("TRG", {"trg"}, set())      # its own stem in norp
    assert demonym("ANS", set(), set())        # "-ans" with an empty stem


def test_an_acronym_in_capitals_is_no_demonym():
    cands = [_cand("TRG"), _cand("ANS")]
    assert _kept(cands, {"TRG": "organization", "ANS": "organization"}, {"trg"}) == ["TRG", "ANS"]


def test_a_nationality_word_is_still_dropped():
    cands = [_cand("Velmans", "NORP"), _cand("Tarsanians", "GPE")]
    assert _kept(cands, {"Velmans": "organization", "Tarsanians": "place"}, {"velman"}) == []


def test_a_defined_acronym_keeps_every_mention(nlp):
    text = ("The Tarsanian Revolutionary Guard (TRG) reports to the supreme leader. TRG forces shot protesters "
            "in Velmo. The TRG denied the reports, and the ANS detained two journalists in the capital. "
            "Human rights groups said the TRG held them in its own wing of the prison.")
    bodies = {e.name: e for e in entities_of(text, nlp) if e.type == "organization"}
    trg = bodies["Tarsanian Revolutionary Guard"]
    assert "TRG" in trg.aliases
    assert len(trg.mentions) == 5          # the name and its four acronyms
