"""Occurrences told by a noun under a light verb (issue 14, round t-events57).

- "be on <trial / strike>": a trigger noun as the object of "on" under "be" in the past is an occurrence of
  the year, as "went on strike" is (the pair "on be" of ``outcome_preps`` in ``extract/data/events.toml``,
  read by ``undated/occurrences._reported_noun``);
- "take <action / measures> against <persons>": the light verb "take" with a step noun and "against" persons,
  told in the past, is a record of the year (``undated/actions_against.py``), typed by the noun's modifier
  (``action_against_types``: "military action" → ``attack_or_threat``), else ``other``.

Not the present, a habit, a modal, an adverbial clause, or "against" a thing. Sentences of a fictional report
(Lorvania, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Executive Summary\n\nLorvania is a constitutional republic with an elected parliament.\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

ADDED = {
    # "be on <trial / strike>" in the past
    "Two former ministers of the interior were on trial for embezzlement and fraud.":
        [("trial", "2022", "asserted")],
    "Dockworkers in several ports were on strike at some point during the year over unpaid wages.":
        [("strike", "2022", "asserted")],
    # "take <action / measures> against <persons>" in the past
    "The army took military action against several armed groups in the northern hills.":
        [("attack_or_threat", "2022", "asserted")],
    "The interior ministry took disciplinary measures against 41 prison guards.":
        [("other", "2022", "asserted")],
}

NONE = [
    # the present: a rule
    "Workers who are on strike may not be dismissed for their participation.",
    # a habit, a modal
    "The government seldom took action against abusive landlords.",
    "Employers could take legal action against workers who damaged equipment.",
    # "against" a thing, not persons
    "The customs service took new measures against smuggling.",
]

KEPT = {
    # read before this round (efforts.py): no action against persons is a negated charge
    "The government took no action against the guards.": [("charge", "2022", "negated")],
    # read before this round ("went on strike")
    "Teachers in the capital went on strike during the year.": [("strike", "2022", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE, *KEPT], 2022)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_an_occurrence_noun_under_a_light_verb_is_the_years_record(extracted, sentence):
    assert extracted[sentence] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_a_rule_a_habit_a_modal_or_a_thing_makes_none(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_readings_before_the_round_are_unchanged(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_action_against_reads_the_parse(nlp):
    from rightsledger.extract.events.undated.actions_against import action_against

    def first(text):
        return action_against(next(iter(nlp(text).sents)))

    trig, kind = first("The army took military action against several armed groups.")
    assert (trig.lower_, kind) == ("took", "attack_or_threat")
    trig, kind = first("The police commissioner stated that the service took disciplinary action against three officers.")
    assert (trig.lower_, kind) == ("took", "other")
    # an acronym names a body, whatever its tag
    assert first("The government took military action against the LRFs.") is not None
    # negated (the efforts rule's), an adverbial clause, a thing
    assert first("The government did not take action against the guards.") is None
    assert first("Thefts continued in the villages, as residents took vigilante action against gang members.") is None
    assert first("The customs service took new measures against smuggling.") is None
