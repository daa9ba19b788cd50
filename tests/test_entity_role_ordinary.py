"""A two-word name the model calls a person, one of whose words the report also writes as an ordinary
lower-case word ("said", "petty", "job"), is still a person where a role names it ("theologian Said X",
"station manager Petty X", "parliamentarian Job X") and its last word is no ordinary word (votes/local.py
``_by_shape``, round t-ents66, on the session-22 amendment: 2019 Russia, 2022 Zambia, 2023 Zimbabwe unread).
Without a role, a name of ordinary words stays no person ("Demographic Studies"). Sentences written for these
tests, on Tarsania."""
from __future__ import annotations

from .test_entities import entities_of

TEXT = ("The court sentenced a man for studying the works of Tarsanian theologian Said Varnosi and the officials "
        "said nothing.\n\nPolice summoned Velm-TV station manager Petty Oranda and interrogated her; the petty "
        "charges were dropped.\n\nThe court jailed parliamentarian Job Kesavala, imprisoned since June for "
        "obstruction; he lost his job.\n\nOfficials said the Demographic Studies unit would close.")


def _by_type(entities):
    return {(e.type, e.name) for e in entities}


def test_a_role_before_names_a_person_of_ordinary_words(nlp):
    found = _by_type(entities_of(TEXT, nlp))
    assert ("person", "Said Varnosi") in found
    assert ("person", "Petty Oranda") in found
    assert ("person", "Job Kesavala") in found


def test_ordinary_words_without_a_role_stay_no_person(nlp):
    found = _by_type(entities_of(TEXT, nlp))
    assert not any(t == "person" and "Demographic" in n for t, n in found)
