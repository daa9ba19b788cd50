"""Issue 14, round t-orgs44: two bodies' names glued into one record. The model's span runs on over "and" or a
comma and takes two bodies as one name ("… Kituo Cha Sheria and Legal Resources Foundation Trust", 2022 Kenya,
unread); a name "<A> and <B>", "<A>, <B>" or "<A>, and <B>" is cut in two when one half of two words or more is
written alone elsewhere in the report and the other is written alone too or ends in a head word. The dev gold
makes two bodies of 66 sentences of that shape and one of none. Sentences written for these tests (a fictional
Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.glued_pairs import glued_halves, split_glued_pairs
from rightsledger.extract.entities.common import Cand

from .test_entities import entities_of

TEXT = ("Detainees were helped by groups such as Harbor Legal Aid and Coastal Justice Foundation Trust. "
        "Harbor Legal Aid also visited prisons. "
        "A survey by Delta Research Partners, Tarsa Rainbow Society, and others was published. "
        "Members of the Tarsa Rainbow Society marched. "
        "The Ministry of Fisheries and Marine Development issued rules. The Ministry of Fisheries spoke. "
        "The TLF and AIDS Tribunal heard cases; the TLF said so. "
        "The Ministry of Women, Family, and Social Protection opened shelters.")


def _org(form: str, text: str = TEXT) -> Cand:
    at = text.index(form)
    return Cand(at, at + len(form), form, "ORG", type="organization")


def test_two_bodies_glued_at_and_are_cut_in_two():
    front, back = glued_halves(TEXT, _org("Harbor Legal Aid and Coastal Justice Foundation Trust"))
    assert (front.text, back.text) == ("Harbor Legal Aid", "Coastal Justice Foundation Trust")
    assert TEXT[front.start:front.end] == front.text and TEXT[back.start:back.end] == back.text


def test_two_bodies_glued_at_a_comma_are_cut_in_two():
    front, back = glued_halves(TEXT, _org("Delta Research Partners, Tarsa Rainbow Society"))
    assert (front.text, back.text) == ("Delta Research Partners", "Tarsa Rainbow Society")


def test_one_body_with_and_or_a_series_stays_whole():
    portfolio = _org("Ministry of Fisheries and Marine Development")   # "of" goes on over the portfolios
    series = _org("Ministry of Women, Family, and Social Protection")
    acronym = _org("TLF and AIDS Tribunal")                            # the half written alone is one word
    assert glued_halves(TEXT, portfolio) is None and glued_halves(TEXT, series) is None
    assert glued_halves(TEXT, acronym) is None
    assert split_glued_pairs(TEXT, [portfolio, series, acronym]) == [portfolio, series, acronym]


def test_only_organization_names_are_cut():
    person = Cand(0, 0, "Harbor Legal Aid and Coastal Justice Foundation Trust", "PERSON", type="person")
    assert glued_halves(TEXT, person) is None


def test_the_pipeline_records_both_bodies(nlp):
    text = ("Detainees were released after help from legal aid groups such as Harbor Legal Aid and Coastal "
            "Justice Foundation Trust. Harbor Legal Aid also visited the central prison.\n")
    orgs = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "Harbor Legal Aid and Coastal Justice Foundation Trust" not in orgs
    assert "Coastal Justice Foundation Trust" in orgs
