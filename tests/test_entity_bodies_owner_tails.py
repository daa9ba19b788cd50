"""Issue 14, t-orgs23: a body's short name is the one longer name that goes on with "of" and its owner
or place (bodies/owner_tails.py, read by bodies/portfolios.py). Sentences written for these tests
(reports on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.owner_tails import owner_tail
from rightsledger.extract.entities.bodies.portfolios import _continues

from .test_entities import _check_spans, entities_of


def test_owner_tail_takes_of_and_an_owner_or_place():
    assert owner_tail("child welfare unit", "child welfare unit of the family protection secretariat")
    assert owner_tail("investigative committee", "investigative committee of tarsania")
    assert owner_tail("supreme court", "supreme court of justice")
    assert owner_tail("constitutional chamber", "constitutional chamber of the supreme court")


def test_owner_tail_leaves_instances_own_of_and_other_words_alone():
    assert not owner_tail("supreme court", "supreme court of appeal")        # another court
    assert not owner_tail("military court", "military court of first instance")
    assert not owner_tail("office of the prosecutor", "office of the prosecutor of tarsania")  # its own "of"
    assert not owner_tail("human rights council", "human rights council in velmor")    # not "of"
    assert not owner_tail("supreme court", "supreme court")
    assert not owner_tail("national court", "national courts of tarsania")         # no word boundary after "court"


def test_portfolios_keep_their_and_and_for():
    # "of" is read apart (owner_tail), only where no portfolio or field goes on from the short name
    assert _continues("ministry of labor", "ministry of labor and social welfare")
    assert _continues("high authority", "high authority for the fight against corruption")
    assert not _continues("supreme court", "supreme court of appeal")


def _org_aliases(text: str, nlp) -> dict[str, set[str]]:
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    return {e.name: set(e.aliases) for e in ents if e.type == "organization"}


@pytest.mark.model
def test_a_short_name_joins_the_longer_name_with_its_owner(nlp):
    text = ("The Child Welfare Unit of the Family Protection Secretariat led the government's efforts "
            "against child marriage in Port Amsel. The Child Welfare Unit kept a register of 40 cases.\n\n"
            "The Supreme Court of Appeal heard 30 appeals. The Supreme Court also sat in Port Amsel.\n")
    orgs = _org_aliases(text, nlp)
    assert "Child Welfare Unit" in orgs.get("Child Welfare Unit of the Family Protection Secretariat", set())
    assert "Child Welfare Unit" not in orgs
    assert "Supreme Court" in orgs and "Supreme Court of Appeal" in orgs       # two courts, left alone
