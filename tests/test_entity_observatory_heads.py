"""Issue 14, round t-orgs42: "observatory" is the head word of a body (org_heads, kind ngo), so a body so named
and its acronym are recorded ("Congolese Observatory for Human Rights (OCDH)" was missed with its acronym; dev
census 7 : 0 in four reports, round record 2026-12-26-24-t-orgs42). Sentences written for these tests (a
fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import org_heads
from rightsledger.extract.entities.lexicon import ORG_HEADS

from .test_entities import typed_entities as _typed

pytestmark = pytest.mark.model


def test_observatory_is_a_head_word():
    assert org_heads(["Tarsanian", "Observatory", "for", "Prisoners"]) == ["observatory"]
    assert ORG_HEADS["observatory"] == "ngo"


def test_a_body_named_observatory_and_its_acronym(nlp):
    text = ("Local human rights groups, including the Tarsanian Observatory for Human Rights (TOHR), the "
            "Association for the Defense of Prisoners, and the League of Voters, monitored the trials.\n")
    types = _typed(text, nlp)
    assert types.get("Tarsanian Observatory for Human Rights") == "organization", types
    assert "TOHR" not in types, types  # the acronym is a mention of the body, not a body of its own


def test_an_observatory_named_by_its_front(nlp):
    text = ("According to the Lorvik Violence Observatory, police killed 12 persons during the year. The "
            "Lorvik Violence Observatory also counted 40 disappearances.\n")
    types = _typed(text, nlp)
    assert types.get("Lorvik Violence Observatory") == "organization", types


def test_an_observatory_of_a_field_stays_whole(nlp):
    text = "In May the Velm Observatory of Hate Crimes registered 40 complaints.\n"
    types = _typed(text, nlp)
    assert types.get("Velm Observatory of Hate Crimes") == "organization", types
