"""Issue 14, round t-orgs43: an acronym that a typed name of the report defines is no demonym. One "TRG"
that the model labels NORP puts its own stem into ``norp`` ("trg"), and the demonym filter of
``classify._typed`` dropped every candidate of it; where the recovery of mentions does not find an
occurrence again ("TRG-affiliated contractors") the body lost that mention. An acronym no typed name
defines still meets the filter (a bare guard on every acronym in capitals made records of a place's
and a program's acronyms in the judged reports), as does an operation's or an event's acronym
("Operation Safe Road (OSR)"), and so do nationality words. Sentences written for
these tests (a fictional Tarsania)."""
from __future__ import annotations

from collections import Counter

from rightsledger.extract.entities.classify import _typed
from rightsledger.extract.entities.common import Cand, demonym, name_key

from .test_entities import entities_of

TEXT = ("The Tarsanian Revolutionary Guard (TRG) raided the offices. Contracts went to TRG-affiliated firms. "
        "The ANS detained Velmans. Tarsanians protested in the Velm Autonomous Area (VAA) and the Velm Hills (VX). "
        "The UN Office of Tarsanian Affairs (OTA) counted them. Operation Safe Road (OSR) freed 20.")


def _cand(form: str, label: str = "ORG", nth: int = 0) -> Cand:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(form, at + 1)
    return Cand(at, at + len(form), form, label)


def _kept(cands: list[Cand], types: dict[str, str], norp: set[str]) -> list[str]:
    votes = {name_key(c.text): Counter({types[c.text]: 2}) for c in cands if c.text in types}
    local = [(None, 0.0) for _ in cands]
    return [c.text for c in _typed(TEXT, cands, votes, local, norp, None)]


def test_the_shapes_the_filter_takes_for_demonyms():
    assert demonym("TRG", {"trg"}, set())      # its own stem in norp
    assert demonym("ANS", set(), set())        # "-ans" with an empty stem


def test_an_acronym_a_typed_name_defines_is_no_demonym():
    cands = [_cand("Tarsanian Revolutionary Guard"), _cand("TRG", nth=1), _cand("TRG", nth=0)]
    types = {"Tarsanian Revolutionary Guard": "organization", "TRG": "organization"}
    assert _kept(cands, types, {"trg"}) == ["Tarsanian Revolutionary Guard", "TRG", "TRG"]
    area = [_cand("Velm Autonomous Area", "GPE"), _cand("VAA")]
    assert _kept(area, {"Velm Autonomous Area": "place", "VAA": "place"}, {"vaa"}) == ["Velm Autonomous Area", "VAA"]
    office = [_cand("UN Office of Tarsanian Affairs"), _cand("OTA")]     # a body's acronym need not spell it
    types = {"UN Office of Tarsanian Affairs": "organization", "OTA": "organization"}
    assert _kept(office, types, {"ota"}) == ["UN Office of Tarsanian Affairs", "OTA"]


def test_an_acronym_no_typed_name_defines_still_goes():
    assert _kept([_cand("ANS")], {"ANS": "organization"}, set()) == []
    untyped = [_cand("Tarsanian Revolutionary Guard"), _cand("TRG", nth=1)]
    assert _kept(untyped, {"TRG": "organization"}, {"trg"}) == []      # its name has no vote
    hills = [_cand("Velm Hills", "GPE"), _cand("VX")]                    # a place's capitals must spell it
    assert _kept(hills, {"Velm Hills": "place", "VX": "place"}, {"vx"}) == ["Velm Hills"]
    operation = [_cand("Operation Safe Road"), _cand("OSR")]             # an operation's acronym: no body
    assert _kept(operation, {"Operation Safe Road": "organization", "OSR": "organization"}, {"osr"}) \
        == ["Operation Safe Road"]


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
