"""Event recall outside Section 1 (issue 14, branch t-events; docs/rounds/2026-12-05-t-events.md),
on sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each:

- efforts not made in the year are negated occurrences, typed by their aim ("There were no known
  actions to investigate …" → investigation) or ``other``: "There were no reported efforts to …",
  "no known official response", "took no steps to …", "did not take action to …", "No steps were
  taken to …", also "as of October" (a negated step of the year, settled 2026-12-06); not a share of something ("took no action
  on 36 percent of …"), not a habit or the present perfect;
- "There were numerous reports of government corruption" is an alleged occurrence of the year
  (other), also with a state agent after "by" (corruption by police is no abuse); counted reports are
  a statistic;
- "went on strike" is a strike, "went on for weeks" nothing;
- an accusation as the main clause ("X accused Y of V-ing") is an alleged occurrence typed by the
  gerund; not of a state ("of being"), of a noun ("of interference"), nor a habit;
- "There were (credible) reports (that) the government / security forces V-ed …" is an alleged
  occurrence, typed by what they did; not what others did, not a state ("had trouble"), not counted
  reports; "such practices" in the torture subsection take the topic's type;
- a dated legal instrument told doing what its adoption did ("The 2006 press law ended …") is its
  adoption at that date; a court's dated decision is an occurrence of that date; "the 2011 law
  provides", "the 2006 law defined" are labels;
- registrations rejected and candidates disqualified are registration decisions (not in a rule).
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
    ("No action was taken against the two guards.", [("charge", "2021", "negated")]),  # (settled 2026-12-06)
    ("Police arrested three teachers in Dornet and took no action against their attackers.",
     [("detention_or_arrest", "2021", "asserted")]),
    ("The minister said those responsible would be prosecuted; however, no action was taken by year's end.",
     [("charge", "2021", "negated")]),
    ("The government made no effort to investigate allegations that detainees were beaten.",
     [("investigation", "2021", "negated")]),
    ("The ministry made efforts to raise awareness of early marriage.", []),
    ("No steps were taken to implement the 2019-22 plan on rural schools.", [("other", "2021", "negated")]),
    ("The labor ministry had taken no action in the case by year's end.", [("other", "2021", "negated")]),
    ("The Dornet council had taken no further action as of October.", [("other", "2021", "negated")]),
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
    ("Opposition leaders accused the government of denying them funds and broadcast time.",
     [("other", "2021", "alleged")]),
    ("Rights groups credibly accused soldiers of killing and torturing herders with impunity.",
     [("killing", "2021", "alleged")]),
    ("The media council accused him of interfering in domestic political activities.",
     [("other", "2021", "alleged")]),
    ("Local leaders accused the opposition of being enemies of peace.", []),
    ("The opposition accused the government of interference.", []),
    ("Union members frequently accused the government of meddling in union affairs.", []),
    ("The government accused the reporter of inciting treason and sentenced him to eight years in prison.",
     [("conviction_or_sentence", "2021", "alleged")]),
    ("There were reports that security forces interfered with journalists in Dornet during the year.",
     [(None, "2021", "alleged")]),  # (its type is the typer's: not asserted here)
    ("There were credible reports the government placed restrictions on refugees' ability to work.",
     [("other", "2021", "alleged")]),
    ("There were reports the government or its agents committed arbitrary killings.",
     [("killing", "2021", "alleged")]),
    # "did not always respect" is the formula's "failed to respect": alleged, not negated (settled 2026-12-08)
    ("There were reports the government did not always respect this right.", [(None, "2021", "alleged")]),
    ("There were reports some employers did not always respect the minimum wage.", []),
    ("There were reports some employers ignored safety regulations.", []),
    ("There were reports the government had trouble tracking pretrial detainees.", []),
    ("There were 12 reports that officials demanded bribes.", []),
    ("The 2006 press law ended the state monopoly on television.", [("law_or_decree", "2006", "asserted")]),
    ("The ministry ignored the February 2019 decree that revised the press law.",
     [("law_or_decree", "2019-02", "asserted")]),
    # (a decision of no criminal case upheld is other, not a trial: the 2022 Kazakhstan gold; events/types/appeals.py)
    ("On June 13, the Dornet Regional Court upheld the February 25 decision of a lower court.",
     [("other", "2021-06-13", "asserted"), ("other", "2021-02-25", "asserted")]),
    ("The 2006 rape law defined rape.", []),
    ("The 2011 law provides that soldiers be tried by a military court.", []),
    ("Six other candidates' registrations were rejected by the electoral commission.",
     [("registration_decision", "2021", "asserted")]),
    ("Nine candidates were disqualified for incomplete files.", [("registration_decision", "2021", "asserted")]),
    ("Registrations of new parties may be rejected for incomplete files.", []),
    ("Registration must be renewed every year, and there was no recourse in cases where registration was denied.",
     []),
    ("Topic: The Dornet constitution and electoral legislation limited the number of political parties to three.",
     []),
]


TORTURE_HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
                  "Section 1. Respect for the Integrity of the Person\n\n"
                  "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment\n\n")
TORTURE = [
    ("The constitution prohibits torture, but there were numerous reports prison guards employed these practices.",
     [("torture_or_abuse", "2021", "alleged")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.fixture(scope="module")
def torture(paragraph_events):
    return paragraph_events(TORTURE_HEADER, [c[0] for c in TORTURE], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_class(extracted, sentence, expected):
    found = extracted[sentence]
    assert [(t if e[0] is not None else None, d, p) for (t, d, p), e in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize("sentence,expected", TORTURE, ids=[c[0][:40] for c in TORTURE])
def test_practices_reported(torture, sentence, expected):
    assert torture[sentence] == expected
