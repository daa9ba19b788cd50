"""Negated inaction (issue 14; docs/gold/2019_guinea-bissau.md, the Guinea 2020, Guinea 2011 and
Kazakhstan 2022 gold): a main clause in the past that says an actor did no action, step, effort,
measure, initiative or service ("made no efforts to …", "No action was taken against …", "did not
undertake specific measures", "There were no government efforts to …") is an event of the report
year, polarity negated, typed by what the action was to do ("to investigate" → investigation), else
``other``. A habit, the present tense and an action that was taken are not.

A "there were no (credible) reports …" clause after a main clause with its own trigger (issue 14;
docs/gold/2019_guinea-bissau.md; the Guinea 2020 and Togo 2017 gold): the event is the main clause's ("did not restrict … or censor online content" → censorship_or_blocking, negated; "restricted
and disrupted access" → asserted), not the occurrence the reports clause negates after it ("… that the
government monitored …" is no surveillance event). A sentence that opens with "There were no reports"
keeps its negated trigger.

Sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each.
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
    # no action against persons: proceedings, a negated charge (settled 2026-12-06)
    ("No action was taken against the wardens who beat inmates in Lisk prison.",
     [("charge", "2021", "negated")]),
    # a step not taken as of a date is one of the year (settled 2026-12-06)
    ("As of October authorities took no action on the complaint of the Dornet miners.",
     [("other", "2021", "negated")]),
    # a habit, the present tense, an action that was taken: no negated inaction
    ("The government often took no action against abusive wardens.", []),
    ("The government makes no efforts to assist returnees.", []),
    ("The government at times did not take steps to prosecute officials who abused detainees.", []),
    ("There was no government-funded legal aid service in the northern provinces.", []),
]


CLAUSE_CASES = [
    ("The government did not block or disrupt access to the internet or censor online content, and there "
     "were no credible reports that the government monitored private online communications in Lorvania.",
     [("censorship_or_blocking", "2021", "negated")]),
    ("Authorities restricted and disrupted access to the internet but did not censor online content; there "
     "were no credible reports that the government monitored private online communications.",
     [("censorship_or_blocking", "2021", "asserted")]),
    ("There were no reports that the government monitored private online communications.",
     [("surveillance", "2021", "negated")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + CLAUSE_CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_negated_inaction(extracted, sentence, expected):
    assert extracted[sentence] == expected


@pytest.mark.parametrize("sentence,expected", CLAUSE_CASES, ids=[c[0][:40] for c in CLAUSE_CASES])
def test_main_clause_before_no_reports(extracted, sentence, expected):
    assert extracted[sentence] == expected
