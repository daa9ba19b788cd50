"""Issue 14, persons (round 10, read on reports without gold): a first name the model typed
apart from the rest of the name or dropped as a nationality word, a surname after a dash taken
for a place, a person with a role phrase that runs on ("director of a weekly newspaper that …")
typed as a body, and a coalition's quoted, translated name taken for a person. Sentences
written for these tests (a report on a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.common import nationality_word

from .test_entities import _check_spans, _names, entities_of

NAMES = """\
On March 21, security forces arrested Mahamat Nour Ahmed Ibedou, spokesperson for the \
coalition “Ca Suffit” (Enough), for disturbing public order. On March 22, police arrested three \
other activists aligned with Ca Suffit–Celine Narmadji, Kaina Nadjo, and Younous Mahadjir–on the \
same charges. A fifth Ca Suffit organizer was summoned.

In October police imprisoned Graca Campos, director of a private weekly newspaper that often \
criticized the government.

In October intelligence officers attacked television reporter Liban Abdi Warsame and camera \
operator Najib Farah Mohamed in Baidoa. Soldiers of the former Ethiopian Mengistu regime fled. \
British Somaliland became independent in 1960.
"""


def test_first_name_typed_apart_or_as_a_nationality(nlp):
    ents = entities_of(NAMES, nlp)
    _check_spans(NAMES, ents)
    persons = _names(ents, "person")
    assert {"Mahamat Nour Ahmed Ibedou", "Liban Abdi Warsame", "Najib Farah Mohamed"} <= persons
    assert not {"Nour Ahmed Ibedou", "Abdi Warsame", "Mahamat Nour"} & (persons | _names(ents, "organization"))
    assert "Mengistu" in persons                   # "Ethiopian" is still a nationality word
    assert not any("Somaliland" in p for p in persons)


def test_surname_after_a_dash_is_a_person_not_a_place(nlp):
    ents = entities_of(NAMES, nlp)
    assert {"Celine Narmadji", "Kaina Nadjo", "Younous Mahadjir"} <= _names(ents, "person")
    assert "Narmadji" not in _names(ents, "place")


def test_role_phrase_that_runs_on_makes_a_person(nlp):
    ents = entities_of(NAMES, nlp)
    assert "Graca Campos" in _names(ents, "person")
    assert "Graca Campos" not in _names(ents, "organization")


def test_quoted_translated_name_is_no_person(nlp):
    ents = entities_of(NAMES, nlp)
    assert "Ca Suffit" not in _names(ents, "person")
    assert "Ca Suffit" in _names(ents, "organization")   # "the coalition “Ca Suffit” (Enough)"
    slogan = "A singer started a campaign called “Silencio Mata” (Silence Kills). Silencio Mata spread.\n"
    assert "Silencio Mata" not in _names(entities_of(slogan, nlp), "person")


def test_nationality_word_is_not_a_first_name():
    assert all(nationality_word(w) for w in ("Ethiopian", "Burundian", "Lebanese", "Kazakh", "Somali", "British"))
    assert not any(nationality_word(w) for w in ("Liban", "Kenan", "Mahamat"))


VARIANTS = """\
On March 27, militiamen loyal to warlord Muse Sude attacked an aid compound in Ostrel. \
Fighting between the government and warlord Muse Sudi continued in the capital. Musa Sudi's \
militia ran a private prison. Police arrested Ali Dore and Ali Dora in separate cases.
"""


def test_one_letter_spelling_variants_of_a_two_word_name_join(nlp):
    ents = entities_of(VARIANTS, nlp)
    sudi = [e for e in ents if e.type == "person" and "Sudi" in e.name + " ".join(e.aliases)]
    assert len(sudi) == 1 and {"Muse Sude", "Musa Sudi"} <= {sudi[0].name, *sudi[0].aliases}
    assert len([e for e in ents if e.type == "person" and e.name.startswith("Ali ")]) == 2   # too short to tell


TITLED = """\
Police detained parishioners for publicly expressing the desire for Monsignor Rolando Álvarez’s \
release from prison. Maître Jean Kalonji and Mwalimu Joseph Tembo were arrested in Ostrel.
"""


def test_titles_in_other_languages_are_stripped(nlp):
    ents = entities_of(TITLED, nlp)
    _check_spans(TITLED, ents)
    persons = _names(ents, "person")
    assert {"Rolando Álvarez", "Jean Kalonji", "Joseph Tembo"} <= persons
    assert not any(p.startswith(("Maître", "Mwalimu", "Monsignor")) for p in persons)


FIRST_NAME = """\
In December the provincial court found Radio Ecclesia reporter Armando Chikoca guilty of \
inciting violence and sentenced him to one month in prison. The governor denied that he ordered \
Chikoca's arrest. On January 3, the bishop apologized to the governor and disassociated the Church \
and its radio from Chicoka. Armando served the sentence and was dismissed from the radio.
"""


def test_first_name_or_misspelt_surname_alone_is_the_person_not_a_place(nlp):
    ents = entities_of(FIRST_NAME, nlp)
    _check_spans(FIRST_NAME, ents)
    chikoca = [e for e in ents if e.type == "person" and e.name == "Armando Chikoca"]
    assert chikoca and {"Chikoca", "Chicoka", "Armando"} <= set(chikoca[0].aliases)
    assert not {"Armando", "Chicoka"} & _names(ents, "place")


LISTED = """\
Ahmed Ould Salem, Fatima bin Zayed, and Kwame Osei were killed on May 3. Soldiers detained \
Abdullahi al-Amin and Pieter van der Berg. Later Osei's brother said al-Amin was tortured. The \
Nelson Mandela Foundation funded a clinic.
"""


def test_listed_victims_particles_and_an_adverb_before_a_surname(nlp):
    ents = entities_of(LISTED, nlp)
    _check_spans(LISTED, ents)
    persons = _names(ents, "person")
    assert {"Ahmed Ould Salem", "Fatima bin Zayed", "Kwame Osei", "Abdullahi al-Amin",
            "Pieter van der Berg"} <= persons
    assert not any(p.startswith("Later") for p in persons) and "Nelson Mandela" not in persons
    osei = next(e for e in ents if e.name == "Kwame Osei")
    assert "Osei" in osei.aliases
