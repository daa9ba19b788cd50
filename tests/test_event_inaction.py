"""Negated inaction (issue 14; docs/gold/2019_guinea-bissau.md, the Guinea 2020, Guinea 2011 and
Kazakhstan 2022 gold): a main clause in the past that says an actor did no action, step, effort,
measure, initiative or service ("made no efforts to …", "No action was taken against …", "did not
undertake specific measures", "There were no government efforts to …") is an event of the report
year, polarity negated, typed by what the action was to do ("to investigate" → investigation), else
``other``. A habit, the present tense and an action that was taken are not. Sentences of a fictional
report (Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination, Societal Abuses, and Trafficking in Persons\n\n")

# (sentence, [(type, date, polarity), ...]; [] for "no event")
CASES = [
    ("The government made no efforts to resettle the families displaced by the floods in Dornet.",
     [("other", "2021", "negated")]),
    ("The government took no steps to prevent discrimination against Kovan speakers.",
     [("other", "2021", "negated")]),
    ("The ministry did not undertake specific measures to counter pressure on women who report abuse.",
     [("other", "2021", "negated")]),
    ("The government undertook no initiatives to combat the problem.", [("other", "2021", "negated")]),
    ("There were no government efforts to mitigate early marriage in the northern valleys.",
     [("other", "2021", "negated")]),
    ("The government provided no services to children living on the streets of Port Vell.",
     [("other", "2021", "negated")]),
    ("The labor ministry did not take action to address the problem.", [("other", "2021", "negated")]),
    # what the action was to do types it
    ("The government took no action to investigate the deaths of two miners in Dornet.",
     [("investigation", "2021", "negated")]),
    # a conjoined verb that names an occurrence types the sentence
    ("The inspectorate provided no services to child workers and did not arrest any employers in Dornet.",
     [("detention_or_arrest", "2021", "negated")]),
    ("The minister said that the officers would be prosecuted; however, no action was taken by year's end.",
     [("charge", "2021", "negated")]),
    # no action against persons: no inquiry into them
    ("No action was taken against the wardens who beat inmates in Lisk prison.",
     [("investigation", "2021", "negated")]),
    # a habit, the present tense, an action that was taken, a state "as of": no negated inaction
    ("As of October authorities took no action on the complaint of the Dornet miners.", []),
    ("The government often took no action against abusive wardens.", []),
    ("The government makes no efforts to assist returnees.", []),
    ("The government at times did not take steps to prosecute officials who abused detainees.", []),
    ("There was no government-funded legal aid service in the northern provinces.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(c[0] for c in CASES) + "\n"
    doc = Document("lorvania-2021", "Lorvania", None, None, 2021, "", "txt", "", len(text))
    return extract_events(annotate(text, doc, outline(text, doc.id), nlp), [])


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_negated_inaction(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
