"""Issue 14, places (t-places24): a name the report writes mostly as a place of detention's is the
facility's, even where a place preposition stands before it.

``places/bodies.py`` drops a name no gazetteer knows that the report writes before a facility noun
unless a place preposition shows it as a place ("a teacher in Korsk"). A prison's short name stands
after the same prepositions ("Guards at Versalles", "prisoners in Gabode"); when half the name's
occurrences or more, and two or more, stand before a facility's noun, the preposition shows no place
(``places/facility_uses.py``). A town named once by its prison, one written alone more often than
not, and one written after "prison in" stay places.

Sentences written for these tests (a fictional country, Tarsania, and its made-up towns).
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.places.facility_uses import mostly_facility

from .test_entities import _check_spans, _find, _types, entities_of

TEXT = """\
Conditions in Valdrosk Central Prison remained harsh. The country had one main prison, Valdrosk, \
in the capital. Detainees with mental disabilities in Valdrosk received no treatment. Monitors \
visited the Valdrosk Prison twice.

Authorities held migrants for three months in Merrowin Prison on arrival and then moved them to \
the Merrowin, Oskel, and Tamber detention facilities. Several detainees spent a year in Merrowin.

A court in Dunsa sentenced a journalist to two years, and the Dunsa prison held him. Police in \
Dunsa also detained his brother.

Guards transferred the activist to the maximum-security prison in Ferhollow. His lawyer visited \
him in Ferhollow Prison in May, and the Ferhollow Prison director refused him entry in June.
"""


@pytest.fixture(scope="module")
def ents(nlp):
    return entities_of(TEXT, nlp)


def test_mostly_facility_counts_the_names_uses():
    assert mostly_facility(TEXT, "Valdrosk")        # 2 of 4 before "Prison"
    assert mostly_facility(TEXT, "Merrowin")        # "Merrowin Prison", "the Merrowin, Oskel, and … facilities"
    assert not mostly_facility(TEXT, "Dunsa")       # once before "prison", twice alone
    assert not mostly_facility(TEXT, "Ferhollow")   # "the maximum-security prison in Ferhollow": its town


def test_once_is_not_enough():
    once = "Guards at Selvik beat him. He spent a month in Selvik Prison."
    assert not mostly_facility(once, "Selvik")


@pytest.mark.model
def test_a_prisons_short_name_is_no_place(ents):
    for name in ("Valdrosk", "Merrowin"):
        assert _find(ents, name, "place") is None, _types(ents)
    _check_spans(TEXT, ents)


@pytest.mark.model
def test_towns_named_by_their_prisons_stay_places(ents):
    for name in ("Dunsa", "Ferhollow"):
        assert _find(ents, name, "place") is not None, _types(ents)
