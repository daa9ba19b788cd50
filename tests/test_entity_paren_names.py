"""A name standing alone in a parenthesis that names the thing before it ("Tarsa Province (formerly known
as X)", "rehabilitation centers (called X–Houses of Hope)"; a bare "Program (X)" is not read) is no
person (persons/paren_names.py, round t-ents62, on the session-22 amendment: 2019 and 2021 Egypt, 2019
Philippines unread). Sentences written for these tests, on Tarsania."""
from __future__ import annotations

from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.persons.paren_names import paren_name, persons_not_paren_names

from .test_entities import _check_spans, entities_of

TEXT = ("Lisk Province (formerly known as Dawlat Ansar Velm) attacked two posts. Minors went to 12 youth centers "
        "(called Bahay Veldo–Houses of Care) nationwide. The ministry expanded its Youth Labor Program (Chamba "
        "Velde), which unions opposed. Singer Wallace Tirumiko (known as Winky Tor) was held. Lawyers faced "
        "obstacles such as incarceration (Aliabbas Torvov) and fines. The clerk (Mira Velt) testified.")


def _spans(*names: str) -> list[tuple[int, int]]:
    return [(TEXT.index(n), TEXT.index(n) + len(n)) for n in names]


def _paren(name: str, persons: list[tuple[int, int]]) -> bool:
    s = TEXT.index(name)
    return paren_name(TEXT, s, s + len(name), persons)


def test_the_other_name_of_a_group_a_facility_or_a_programme():
    persons = _spans("Wallace Tirumiko")
    assert _paren("Dawlat Ansar Velm", persons)    # a naming word: "formerly known as"
    assert _paren("Bahay Veldo", persons)          # "called", a dash after the name


def test_a_person_s_other_name_or_an_example_is_no_such_site():
    persons = _spans("Wallace Tirumiko")
    assert not _paren("Winky Tor", persons)          # "known as" after a person's name: his other name
    assert not _paren("Chamba Velde", persons)       # no naming word: a bare name may be a nickname
    assert not _paren("Aliabbas Torvov", persons)    # an example after a lower-case noun
    assert not _paren("Mira Velt", persons)          # a lower-case noun before, no naming word
    assert not _paren("Youth Labor Program", persons)


def _group(name: str, roles: list[str] | None = None, extra: str | None = None) -> Group:
    g = Group("person")
    for n in (name, extra) if extra else (name,):
        s = TEXT.index(n)
        g.mentions.add((s, s + len(n)))
    g.forms[name] += 1
    g.roles.extend(roles or [])
    return g


def test_groups_every_mention_of_which_is_a_paren_name_are_dropped():
    kept = persons_not_paren_names([_group("Dawlat Ansar Velm"), _group("Bahay Veldo", ["director"]),
                                    _group("Bahay Veldo", extra="Minors"), _group("Mira Velt")], TEXT)
    assert [next(iter(g.forms)) for g in kept] == ["Bahay Veldo", "Bahay Veldo", "Mira Velt"]


def test_a_report_makes_no_person_of_a_paren_name(nlp):
    text = ("Terrorist groups, including Sinai Province (formerly known as Ansar Bayt al-Velm), attacked security "
            "posts. Minors went to 16 rehabilitation centers (called Bahay Pag-Velde–Houses of Hope) nationwide. "
            "Police arrested Ivan Petrovsky, a lawyer, in June.")
    entities = entities_of(text, nlp)
    _check_spans(text, entities)
    persons = {e.name for e in entities if e.type == "person"}
    assert not persons & {"Ansar Bayt al-Velm", "Bahay Pag-Velde"}
    assert "Ivan Petrovsky" in persons
