"""Issue 14, round t-orgs33 (on the session-22 amendment): an acronym that names a thing. "cell phones with
foreign SIM cards", "passports, cellphones, ATM cards": an acronym-only body group every mention of which
stands right before a lower-case noun of a thing ("card", "cards") is no record. Judged false in five unread
reports; the dev gold records no body there. Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.thing_acronyms import is_thing_acronym, without_thing_acronyms
from rightsledger.extract.entities.common import Group

from .test_entities import entities_of

TEXT = "SIM cards were sold. The TRC said ATM cards and TRC cards were seized by the TRC."


def _group(*spans: tuple[int, int], type_: str = "organization") -> Group:
    g = Group(type_)
    for s, e in spans:
        g.forms[TEXT[s:e]] += 1
        g.mentions.add((s, e))
    return g


def _span(form: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = TEXT.index(form, at + 1)
    return at, at + len(form)


def test_an_acronym_before_a_things_noun_names_a_thing():
    assert is_thing_acronym(_group(_span("SIM")), TEXT)
    assert is_thing_acronym(_group(_span("ATM")), TEXT)


def test_a_body_written_so_once_and_alone_elsewhere_stays():
    trc = _group(_span("TRC", 0), _span("TRC", 1), _span("TRC", 2))
    assert not is_thing_acronym(trc, TEXT)
    assert is_thing_acronym(_group(_span("TRC", 1)), TEXT)   # its one mention before "cards" alone: a thing


def test_only_acronym_body_groups_go():
    sim, place = _group(_span("SIM")), _group(_span("SIM"), type_="place")
    named = _group(_span("SIM"), _span("were sold"))   # a form that is no acronym keeps the group
    trc = _group(_span("TRC", 0), _span("TRC", 2))
    assert without_thing_acronyms([sim, place, named, trc], TEXT) == [place, named, trc]


def test_sim_and_atm_cards_make_no_body(nlp):
    text = ("Authorities arrested residents caught using cell phones with foreign SIM cards and required them to "
            "pay fines. Employers confiscated the passports, cellphones, ATM cards, and other documents of migrant "
            "workers, according to the Tarsanian Workers Union (TWU). The Tarsania Revenue Authority (TRA) "
            "issued new tax cards.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert "SIM" not in bodies and "ATM" not in bodies
    assert {"Tarsanian Workers Union", "Tarsania Revenue Authority"} <= bodies
