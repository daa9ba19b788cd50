"""Issue 14, round t-orgs36: a body's acronym defined after a lower-case description of the body. "The
anti-corruption commission (CAC)", "a member of the national army (FARDC)", "the UN international police
(UNPOL)": the acronym names that body and is an organization; after other lower-case words ("female genital
mutilation (FGM)", "nongovernmental organizations (NGOs)") it names no entity, as before. Sentences written for
these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.lower_expansions import lower_expansions, names_body, spells_title
from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.classify import acronym_definitions

from .test_entities import entities_of

TEXT = ("The anti-corruption commission (TAC) opened a case. A member of the national army (TNA) fired. "
        "Female genital mutilation (FGM) was rare, said nongovernmental organizations (NGOs). "
        "The ruling party (TUP) won; the state security force (TSF) and local human rights groups (HRGs) watched. "
        "A member of parliament (MP) asked the inspector general of police (IGP) and the antiterrorism courts (ATCs). "
        "The Velm Workers Union party (VWU) protested.")


def test_a_body_head_ends_the_description():
    assert names_body("anti-corruption commission")
    assert names_body("member of the national army")
    assert names_body("the ruling party")
    assert names_body("international police")
    assert not names_body("genital mutilation")
    assert not names_body("nongovernmental organizations")   # a kind of body, no body of its own
    assert not names_body("local human rights groups")
    assert not names_body("occupational safety and health")
    assert not names_body("antiterrorism courts")            # a plural head: a kind of body
    assert not names_body("state security force")            # lower_expansion_stops: every force together


def test_a_persons_title_the_acronym_spells_is_no_body():
    assert spells_title("member of parliament", "MP") and spells_title("members of parliament", "MPs")
    assert spells_title("the inspector general of police", "IGP")
    assert not spells_title("a member of the national army", "TNA")
    assert not spells_title("the office of the director of judicial police", "DPJ")


def test_body_acronyms_are_defined_and_the_others_banned():
    at = TEXT.index("Velm Workers Union")
    union = Cand(at, at + len("Velm Workers Union"), "Velm Workers Union", "ORG", type="organization")
    bodies, banned = lower_expansions(TEXT, [union])
    assert [c.text for c in bodies] == ["TAC", "TNA", "TUP", "VWU"]
    assert all(c.label == "ACRO" and c.type == "organization" for c in bodies)
    assert all(TEXT[c.start:c.end] == c.text for c in bodies)
    assert [c.roles for c in bodies] == [[], [], [], ["Velm Workers Union"]]   # the name right before: its expansion
    assert {"fgm", "ngos", "ngo", "hrgs", "hrg", "tsf", "mp", "igp", "atcs", "atc"} <= banned
    assert not {"tac", "tna", "tup", "vwu"} & banned


def test_acronym_definitions_keeps_the_bodies():
    new, banned = acronym_definitions(TEXT, [])
    assert {c.text for c in new} == {"TAC", "TNA", "TUP", "VWU"}
    assert "fgm" in banned and "tac" not in banned


def test_a_lower_case_bodys_acronym_is_a_body(nlp):
    text = ("The anti-corruption commission (KAC) was charged with leading national anti-corruption efforts. "
            "In March the KAC searched the offices of a former minister. "
            "Female genital mutilation (FGM) was not practiced, according to the Tarsania Women Lawyers "
            "Association (TWLA). A member of the national army (TDF) shot two boys in Velm; the TDF "
            "arrested him. The member of parliament (MP) for Velm was not charged.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert {"KAC", "TDF"} <= bodies
    assert "FGM" not in bodies and "MP" not in bodies
    assert "Tarsania Women Lawyers Association" in bodies
