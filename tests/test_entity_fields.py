"""Issue 14, round t-orgs9: a body's name goes on over a preposition ("in", "to", "with", "by",
"against") when capitalised ordinary words that are nothing of their own follow it — long names cut
at the preposition in six dev reports (2014 DRC, 2017 Tunisia, 2019 Ecuador, 2024 Thailand, 2017
Azerbaijan, Veridia 2022). Sentences written for these tests (a fictional
Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.runs.scan import phrases, word_tokens

from .test_entities import typed_entities as _typed


def _runs(text: str) -> list[str]:
    """The capitalised runs of ``text``, a sentence-first "The" left off."""
    runs = [text[p[0].s:p[-1].e] for p in phrases(word_tokens(text, 0, len(text)), text)]
    return [r[4:] if r.startswith("The ") and r != "The Hague" else r for r in runs]


def test_a_field_after_a_preposition_stays_in_the_name():
    assert "Federation of Nurses in Rural Clinics" in _runs(
        "The Federation of Nurses in Rural Clinics called a strike in June.")
    assert "Council of Families Affected by Mining Projects" in _runs(
        "The Council of Families Affected by Mining Projects wrote to the mayor.")
    assert "Tarsanian Coordination Board against Hunger" in _runs(
        "The Tarsanian Coordination Board against Hunger said so.")


def test_a_place_a_body_or_a_lone_head_after_the_preposition_ends_the_name():
    runs = _runs("The Ministry of Justice in Ankara wrote to the Ministry of Labor to Parliament.")
    assert "Ministry of Justice" in runs and "Ankara" in runs and "Parliament" in runs, runs
    runs = _runs("The Supreme Court for Tarsania in The Hague ruled, according to Nations in Transit.")
    assert "The Hague" in runs and "Nations" in runs, runs
    # the capitalised run goes on past the field: another name follows, the rule stays out
    assert "Office of the Ombudsman" in _runs("The Office of the Ombudsman with Human Rights Watch reported.")


@pytest.mark.model
def test_the_whole_name_is_one_body(nlp):
    text = ("In April the National Union of Teachers in Registered Schools called a strike. The Network "
            "of Families Affected by Mining Projects asked the court to review the decree.\n")
    types = _typed(text, nlp)
    for name in ("National Union of Teachers in Registered Schools",
                 "Network of Families Affected by Mining Projects"):
        assert types.get(name) == "organization", types
    assert "National Union of Teachers" not in types, types
