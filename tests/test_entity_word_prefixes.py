"""Issue 14, round t-orgs47 (false bodies on dev): a body named in full and elsewhere by the tail of
its name after a word that is no place is one body (``bodies/named_prefixes.py``). Sentences written
for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.named_prefixes import _tail_of

from .test_entities import entities_of

HEAD = "Section 1. Respect for the Integrity of the Person\n\n"

TAILS = (HEAD +
         "The Orvel Dansk Center for Human Rights documented 40 cases of torture in 2019. The Dansk Center "
         "for Human Rights said police beat detainees.\n\n"
         "According to the Velmar Polytechnic University Violence Observatory, 300 women were killed. The "
         "Violence Observatory reported that most killings went unpunished.\n\n"
         "The Constitutional Chamber of the Supreme Court ruled in May. The Supreme Court upheld the law.\n\n"
         "The North Harbor Court and the South Harbor Court heard the cases. The Harbor Court fined him.\n")


def _org_names(ents) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in ents if e.type == "organization"]


def test_tail_of():
    assert _tail_of(["dansk", "center", "for", "human", "rights"], ["center", "for", "human", "rights"])
    assert not _tail_of(["chamber", "of", "the", "supreme", "court"], ["supreme", "court"])
    assert not _tail_of(["supreme", "court"], ["supreme", "court"])


def test_pipeline_tail_joins_the_full_name(nlp):
    orgs = _org_names(entities_of(TAILS, nlp))
    assert any({"Orvel Dansk Center for Human Rights", "Dansk Center for Human Rights"} <= o for o in orgs)
    assert any({"Velmar Polytechnic University Violence Observatory", "Violence Observatory"} <= o
               for o in orgs)


def test_pipeline_unit_and_two_longer_names_stay_apart(nlp):
    orgs = _org_names(entities_of(TAILS, nlp))
    assert not any("Supreme Court" in o and "Constitutional Chamber of the Supreme Court" in o for o in orgs)
    assert not any("Harbor Court" in o and len(o & {"North Harbor Court", "South Harbor Court"}) for o in orgs)
