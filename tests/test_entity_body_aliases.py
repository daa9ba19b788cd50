"""A name the report gives, in a parenthesis, as the other name of a body ("the Tarsan Security Agency (X)",
"X (the National Audit Commission)") is no person, at that site and at its bare mentions elsewhere
(persons/body_aliases.py, round t-ents65, on the session-22 amendment: 2022 Israel, West Bank and Gaza,
2022 Hungary, 2023 Saudi Arabia unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.body_aliases import names_body, persons_not_body_aliases

from .test_entities import _check_spans, entities_of

TEXT = ("The Tarsan Security Agency (Shim Vet) questioned him. Shim Vet interrogators used force. "
        "Varoza (the National Audit Commission) had sole authority. Opposition deputy Jan Roe (TDP) spoke. "
        "Mira Kassel (the Commission's chair) resigned. The mayor (Ilgar Tomsk) left.")
BODIES = ["Tarsan Security Agency", "National Audit Commission", "TDP", "Commission"]


def _spans(*names: str) -> set[tuple[int, int]]:
    return {(TEXT.index(n), TEXT.index(n) + len(n)) for n in names}


def test_a_name_paired_with_a_body_s_mention_in_a_parenthesis():
    spans = _spans(*BODIES)
    assert names_body(TEXT, "Shim Vet", spans)        # "BODY (X)"
    assert names_body(TEXT, "Varoza", spans)          # "X (the BODY)"


def test_a_party_without_the_a_gloss_or_no_body_is_no_such_site():
    spans = _spans(*BODIES)
    assert not names_body(TEXT, "Jan Roe", spans)     # "X (TDP)": a person's party, no "the"
    assert not names_body(TEXT, "Mira Kassel", spans)  # "the Commission's chair": no body's whole mention
    assert not names_body(TEXT, "Ilgar Tomsk", spans)  # "The mayor (X)": no body's mention before
    assert not names_body(TEXT, "Shim Vet", _spans("Jan Roe"))


def _group(type_: str, name: str, role: str | None = None) -> Group:
    g = Group(type_)
    s = TEXT.index(name)
    g.mentions.add((s, s + len(name)))
    g.forms[name] += 1
    if role:
        g.roles.append(role)
    return g


def test_groups_with_a_form_at_a_site_are_dropped_unless_they_have_a_role():
    bodies = [_group("organization", b) for b in BODIES]
    later = TEXT.index("Shim Vet interrogators")
    bare = Group("person")
    bare.mentions.add((later, later + 8))
    bare.forms["Shim Vet"] += 1
    kept = persons_not_body_aliases([bare, _group("person", "Varoza"), _group("person", "Jan Roe"),
                                     _group("person", "Ilgar Tomsk", "mayor")], bodies, TEXT)
    assert [next(iter(g.forms)) for g in kept] == ["Jan Roe", "Ilgar Tomsk"]


def test_a_report_makes_no_person_of_a_body_s_other_name(nlp):
    text = ("The Tarsan Security Agency (Shin Varet) opened 40 cases in March, according to the prosecutor. "
            "Lawyers said Shin Varet interrogators used stress positions against detainees. Nazara (the National "
            "Control and Anticorruption Commission) had sole authority to investigate reports of corruption. "
            "Nazara said it had arrested 120 officials. Journalist Laura Ardiva wrote that opposition leader "
            "Petar Marko-Zan was questioned.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    assert not persons & {"Shin Varet", "Nazara"}
    assert {"Laura Ardiva", "Petar Marko-Zan"} <= persons
