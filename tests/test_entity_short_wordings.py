"""Issue 14, round t-orgs59: a body named in full and later by a shorter wording of its name, in another order
or without a word in the middle, is one body (``bodies/short_wordings.py``). Sentences written for these
tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.short_wordings import head_word

from .test_entities import entities_of

HEAD = "Section 1. Respect for the Integrity of the Person\n\n"

SHORT = (HEAD +
         "In March the Ministry of Foreign Affairs and Human Mobility protested the detention of 14 Tarsanian "
         "fishermen abroad. In May the Foreign Ministry summoned the ambassador.\n\n"
         "Workers of the Ministry of Public Works and Transportation went on strike in June. The Ministry of "
         "Public Transportation dismissed 12 of them.\n\n"
         "The UN Working Group on Enforced Disappearances visited Velmar in April. The Working Group asked the "
         "government for access to three prisons.\n")

APART = (HEAD +
         "The Supreme Court Bar Association criticized the appointment of two judges. The Supreme Court "
         "upheld the appointment in June.\n\n"
         "The Judicial Council named 40 judges in May. The Transitional Judicial Council, created in 2019, "
         "had named 60 judges before it was dissolved.\n")


def _org_names(ents) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in ents if e.type == "organization"]


def test_head_word():
    assert head_word("Ministry of Public Health") == "ministry"
    assert head_word("Foreign Ministry") == "ministry"
    assert head_word("Ombudsman’s Office") == "office"
    assert head_word("UN Working Group on Arbitrary Detention") == "group"
    assert head_word("Supreme Court Bar Association") == "association"
    assert head_word("Velmar Lakes") is None


def test_pipeline_short_wording_after_full_name_is_one_body(nlp):
    orgs = _org_names(entities_of(SHORT, nlp))
    assert {"Ministry of Foreign Affairs and Human Mobility", "Foreign Ministry"} in orgs
    assert {"Ministry of Public Works and Transportation", "Ministry of Public Transportation"} in orgs
    assert {"UN Working Group on Enforced Disappearances", "Working Group"} in orgs


def test_pipeline_other_head_or_wording_before_stays_apart(nlp):
    orgs = _org_names(entities_of(APART, nlp))
    assert {"Supreme Court Bar Association"} in orgs and {"Supreme Court"} in orgs
    assert {"Judicial Council"} in orgs and {"Transitional Judicial Council"} in orgs
