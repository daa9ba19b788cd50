"""An apology told as done is an occurrence of type `other` (issue 14, round t-events64): "apologize" and
"apologise" are in the `other` row of ``verb_triggers`` (extract/data/events.toml). Sentences of a fictional
report (Lorvania, 2021) written for these tests; the type asserted is the one that comes out of the whole
pipeline, the trained typer included. An apology promised, asked for or told as a habit is none.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment\n\n")

CASES = [
    # added: an apology conjoined after another verb, beside a promise, or without a person it is made to
    ("The officers returned the reporter's phone and apologized.", [("other", "2021", "asserted")]),
    ("The governor expressed regret over the incident and apologized on behalf of the provincial government.",
     [("other", "2021", "asserted")]),
    ("Police in Dornet apologized in a statement for the delays and promised to compensate the shop owners.",
     [("other", "2021", "asserted")]),
    # kept: already an act of the year on the base code (an actor's act, test_event_actor_acts; a dated one)
    ("The police commander of Dornet apologized to the family of the student.", [("other", "2021", "asserted")]),
    ("On May 4, the minister of interior publicly apologised for his remarks about herders.",
     [("other", "2021-05-04", "asserted")]),
    # not done: a habit, a promise, the future
    ("Officials in Dornet rarely apologize to the families of victims.", []),
    ("The ministry will apologize to the families of the victims.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_apology(extracted, sentence, expected):
    found = extracted[sentence]
    assert found == expected
