"""Another part of a dated occurrence added with "also"/"again" (settled 2026-12-13, docs/EVALUATION.md
"Dating by episode"): an undated occurrence of the episode's own type whose verb "also" or "again"
modifies takes the episode's date anywhere after it in the paragraph; another type, a source of its
own, or the other shapes of the census (the episode named again, the same persons, a later step) keep
the report year. Paragraphs of a fictional report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import dates_of, report_events

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

PARAGRAPHS = [
    # the same kind, "also" on its verb, two sentences on
    "On May 3, police in Dorva arrested the president of the teachers' union after a meeting. The union "
    "called the meeting lawful. Two other union leaders were also arrested.",
    # another kind with "also": a later step of its own, the report year
    "On June 14, the assembly amended the press code to raise fines for defamation. Journalists also "
    "protested against the new fines.",
    # the same kind, "also", with a source of its own: the report year
    "On August 9, a court in Lisk convicted a blogger of insulting the president. The blogger's lawyer said "
    "that the court also convicted his assistant.",
    # the same persons in a later step of another kind, no "also": the report year (the written rule)
    "On October 2, police detained the editor of the Verna Herald. A court later fined him for "
    "defamation.",
]

EXPECTED = [
    ("Two other union leaders were also arrested.", "2011-05-03", "day"),
    ("Journalists also protested against the new fines.", "2011", "year"),
    ("A court later fined him for defamation.", "2011", "year"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "zarnakia-2011", rules=False)


@pytest.mark.parametrize("sentence,date,precision", EXPECTED, ids=[e[0][:40] for e in EXPECTED])
def test_episode_added(extracted, sentence, date, precision):
    assert dates_of(extracted, sentence) == {(date, precision)}


def test_sourced_addition_keeps_the_year(extracted):
    found = [e for e in extracted if "also convicted his assistant" in e.evidence.text]
    assert all(e.date != "2011-08-09" for e in found)
