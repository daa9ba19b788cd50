"""A person's name read into the name of the body his or her post serves, cut off again (runs/holders.py,
round t-ents64, on the session-22 amendment: 2020 Bolivia, 2019 Chile, 2022 Hungary unread, judged by
t-ents63): the title inside the candidate after a prefix and with "for" ("UN High Commissioner for Human
Rights X Y"), a family name that is an ordinary word after a body's full name the report writes alone
("director general of the Gendarmeros Ilario Gordon"), "rabbi" among the posts and "undersecretary" among the titles
("Chief Rabbi of the Unified Velm Jewish Congregation X Y"; "Undersecretary for Human Rights X Y": 2019
Mexico unread, judged by t-ents50). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.runs.holders import split_holders

from .test_entities import _check_spans, entities_of
from .test_entity_office_places import _at


def _org(text: str, name: str, label: str = "ORG") -> Cand:
    s, e = _at(text, name)
    return Cand(s, e, name, label)


def _cut(text: str, *names: str) -> list[tuple[str, str, list[str]]]:
    return [(c.text, c.label, c.roles) for c in split_holders(text, [_org(text, n) for n in names])]


def test_a_title_with_for_after_a_prefix_inside_the_candidate():
    text = ("On May 5, UN High Commissioner for Human Rights Velma Orkand cited the camps. Operational Director "
            "for Television Hablo Tessan filed a complaint.")
    assert _cut(text, "UN High Commissioner for Human Rights Velma Orkand") == [
        ("UN High Commissioner for Human Rights", "ORG", []),     # "Commissioner" names an office too
        ("Velma Orkand", "PERSON", ["un high commissioner for"])]
    assert _cut(text, "Operational Director for Television Hablo Tessan") == [   # a post, no body: dropped
        ("Hablo Tessan", "PERSON", ["operational director for"])]


def test_an_office_of_a_title_without_a_holder_is_left_alone():
    text = "The UN High Commissioner for Refugees Office and the Deputy Minister of Health Services met."
    names = ("UN High Commissioner for Refugees Office", "Deputy Minister of Health Services")
    assert _cut(text, *names) == [(n, "ORG", []) for n in names]


def test_a_family_name_that_is_an_ordinary_word_after_a_body_written_alone_elsewhere():
    text = ("The Gendarmeros patrol the border. Charges against former director general of the Gendarmeros "
            "Ilario Gordon rose.")
    glued = text.index("Gendarmeros Ilario")
    cands = [_org(text, "Gendarmeros"), Cand(glued, glued + 25, "Gendarmeros Ilario Gordon", "ORG")]
    assert [(c.text, c.label) for c in split_holders(text, cands)] == [
        ("Gendarmeros", "ORG"), ("Gendarmeros", "ORG"), ("Ilario Gordon", "PERSON")]
    # the body never written alone: "Gordon" stays an ordinary word
    assert [c.text for c in split_holders(text, cands[1:])] == ["Gendarmeros Ilario Gordon"]


def test_an_ordinary_word_after_a_given_name_that_is_one_too_is_no_holder():
    text = "The Gendarmeros patrol the border. The director general of the Gendarmeros Special Forces resigned."
    glued = text.index("Gendarmeros Special")
    cands = [_org(text, "Gendarmeros"), Cand(glued, glued + 26, "Gendarmeros Special Forces", "ORG")]
    assert split_holders(text, cands) == cands


def test_an_undersecretary_for_a_portfolio():
    text = "In March, Undersecretary for Human Rights Aleco Varnas stated the remains were found."
    assert _cut(text, "Undersecretary for Human Rights Aleco Varnas") == [
        ("Aleco Varnas", "PERSON", ["undersecretary for"])]


def test_rabbi_a_family_name_is_no_title(nlp):
    text = "A tribunal indicted 25 activists for the killing of Abrar Farid Rabbi, a student. Rabbi was beaten."
    assert "Abrar Farid Rabbi" in {e.name for e in entities_of(text, nlp) if e.type == "person"}


def test_a_rabbi_of_a_congregation():
    text = "Chief Rabbi of the Unified Velm Jewish Congregation Samo Keveli said it was an unfortunate remark."
    assert _cut(text, "Unified Velm Jewish Congregation Samo Keveli") == [
        ("Unified Velm Jewish Congregation", "ORG", []), ("Samo Keveli", "PERSON", ["rabbi of the"])]


def test_a_report_keeps_the_holders_glued_to_their_bodies(nlp):
    text = ("On April 5, UN High Commissioner for Human Rights Velma Orkand cited the example of Tarsanians "
            "stranded at the border. The president of the Federation of Tarsanian Jewish Communities noted that "
            "the speech undermined the security of the Jewish community, and Chief Rabbi of the Unified Tarsanian "
            "Jewish Congregation Samo Keveli said it was an unfortunate use of words. In the press conference, "
            "Undersecretary for Human Rights Aleco Varnas stated the federal government had identified the remains.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    orgs = {e.name for e in entities if e.type == "organization"}
    assert {"Velma Orkand", "Samo Keveli", "Aleco Varnas"} <= persons
    assert not any("Orkand" in o or "Keveli" in o or "Varnas" in o for o in orgs)
