"""A person's first word that looks like a nationality word ("Sami", with the shape of Samoa's adjective; "German") is
a given name where the report writes it nowhere but right before the rest of that name: the model's person span stays
whole ("academic Sami Voralek", "the campaign of Sami Haddan", "journalist German Valdoro"). A nationality word the
report also writes apart still leaves the name ("the Ethiopian Mengistu government" in a report of Ethiopian refugees).
``persons/given_demonyms.py``, called by ``candidates.spacy_candidates`` and ``votes/local.py`` ``_by_shape``; round
t-ents67 (issue 14), on the session-22 amendment: 2019 Egypt, 2021 Egypt, 2023 Saudi Arabia unread, 2020 Honduras dev.
Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from .test_entities import entities_of

ACADEMIC = "In March the authorities released academic Sami Voralek, who had been detained without charge since 2019."
CAMPAIGN = ("Police arrested a spokesman for the 2024 presidential campaign of Sami Haddan and held him for six days. "
            "A military court later sentenced former chief of staff Sami Haddan to six years in prison.")
JOURNALIST = "Unknown assailants shot and killed television journalist German Valdoro and his cameraman in the capital."
REGIME = ("Ethiopian refugees crossed into the north during the year. Prosecutors charged former officials of the "
          "Ethiopian Mengistu government with torture.")


def _persons(text, nlp):
    return {e.name for e in entities_of(text, nlp) if e.type == "person"}


def test_a_given_name_of_nationality_shape_stays_in_the_name(nlp):
    assert "Sami Voralek" in _persons(ACADEMIC, nlp)
    assert "Sami Haddan" in _persons(CAMPAIGN, nlp)
    assert "German Valdoro" in _persons(JOURNALIST, nlp)


def test_a_nationality_word_written_apart_still_leaves_the_name(nlp):
    assert not any(n.startswith("Ethiopian") for n in _persons(REGIME, nlp))


def test_written_only_before_the_name():
    from rightsledger.extract.entities.persons.given_demonyms import given_demonym

    sami = CAMPAIGN.index("Sami")
    assert given_demonym(CAMPAIGN, sami, sami + len("Sami Haddan"))
    ethiopian = REGIME.index("Ethiopian Mengistu")
    assert not given_demonym(REGIME, ethiopian, ethiopian + len("Ethiopian Mengistu"))
    assert not given_demonym(CAMPAIGN, sami, sami + len("Sami"))
    text = "Lawyers of Avocats Sans Frontieres spoke."
    assert not given_demonym(text, text.index("Sans"), text.index(" spoke"))
    text = "Some 700 stateless Velani Tarko persons lived in the east."
    assert not given_demonym(text, text.index("Velani"), text.index(" persons"))
