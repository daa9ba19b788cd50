"""Rules and practices of a class read as occurrences (issue 14, round t-events26): a rule of anyone of a
class named by its act (``events/nonevents/class_rules.py``), what victims did not report (``events/nonevents/unreported.py``)
and an act told with the condition under which it was done (``events/nonevents/conditional_practice.py``) are no
event; particular persons, a threat's condition, "if necessary" and a clause of time ("when", tried and
left out) stay events. Sentences of a
fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

CLASS_RULES = [
    "Any person found guilty of insulting a judge was liable to a fine of up to 500 lorvas.",
    "Anyone found guilty of smuggling cattle paid a fine twice the value of the herd.",
    "Those convicted of arson received prison sentences, but few cases reached the courts.",
    "Every official found guilty of bribery was subject to dismissal and a fine.",
]
UNREPORTED = [
    "Most survivors did not report sexual assault because they feared retaliation.",
    "Many workers did not report abuse by their employers to the labor office.",
    "Some families did not report rapes of their daughters to police.",
]
CONDITIONAL = [
    "Border guards detained migrants if they lacked identity papers.",
    "If an employer ignored an inspector's order, the labor ministry imposed fines and referred the case to prosecutors.",
    "Courts convicted offenders whenever victims testified.",
]
EVENTS = {
    "Those detained during the May 3 protest in Dravik were released on bail.": "release",
    "Police shot and killed two protesters when the march turned violent.": "killing",
    "Two survivors of the Dravik fire did not report the assault to police.": "attack_or_threat",
    "Teachers were threatened with dismissal if they joined the strike in Dravik.": "attack_or_threat",
    "The ministry investigated and, if necessary, prosecuted reported cases of forced labor.": "investigation",
    "Courts prosecuted cases of spousal abuse when victims filed complaints.": "charge",
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, CLASS_RULES + UNREPORTED + CONDITIONAL + list(EVENTS), 2021)


@pytest.mark.parametrize("sentence", CLASS_RULES)
def test_a_rule_of_anyone_of_a_class_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", UNREPORTED)
def test_what_victims_did_not_report_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", CONDITIONAL)
def test_an_act_under_a_condition_is_a_practice(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", EVENTS)
def test_particular_persons_and_one_episode_stay_events(extracted, sentence):
    assert [t[0] for t in extracted[sentence]] == [EVENTS[sentence]]
