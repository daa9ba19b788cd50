"""Event recall outside Section 1 (issue 14, branch t-events; docs/rounds/2026-12-05-t-events.md),
on sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each:

- efforts not made in the year are negated occurrences, typed by their aim ("There were no known
  actions to investigate …" → investigation) or ``other``: "There were no reported efforts to …",
  "no known official response", "took no steps to …", "did not take action to …", "No steps were
  taken to …"; not "as of October" (a state at a date), not a share of something ("took no action
  on 36 percent of …"), not a habit or the present perfect;
- "There were numerous reports of government corruption" is an alleged occurrence of the year
  (other), also with a state agent after "by" (corruption by police is no abuse); counted reports are
  a statistic;
- "went on strike" is a strike, "went on for weeks" nothing.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 4. Corruption and Lack of Transparency in Government\n\n")

CASES = [
    ("There were no known actions to investigate or punish the teachers responsible.",
     [("investigation", "2021", "negated")]),
    ("There were no reported efforts by the government to prevent early marriage in Dornet.",
     [("other", "2021", "negated")]),
    ("There was no known official response to such discrimination.", [("other", "2021", "negated")]),
    ("There were no government or civil society efforts to address discrimination against herders.",
     [("other", "2021", "negated")]),
    ("The ministry took no steps to prevent discrimination in hiring.", [("other", "2021", "negated")]),
    ("The government did not take action to address the problem.", [("other", "2021", "negated")]),
    ("No steps were taken to implement the 2019-22 plan on rural schools.", [("other", "2021", "negated")]),
    ("The labor ministry had taken no action in the case by year's end.", [("other", "2021", "negated")]),
    ("The Dornet council had taken no further action as of October.", []),
    ("The cabinet took no action on 36 percent of the commission's recommendations.", []),
    ("The ministry has taken no steps to address the problem.", []),
    ("Local councils often took no action on complaints.", []),
    ("Most herders took no part in the political process.", []),
    ("There were numerous reports of government corruption during the year.", [("other", "2021", "alleged")]),
    ("There were reports of corruption by police officers at checkpoints.", [("other", "2021", "alleged")]),
    ("There were 40 reports of corruption in the customs service.", []),
    ("Corruption was a problem in the customs service.", []),
    ("Public school teachers and port workers went on strike.", [("strike", "2021", "asserted")]),
    ("The negotiations went on for several weeks.", []),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_class(extracted, sentence, expected):
    assert extracted[sentence] == expected
