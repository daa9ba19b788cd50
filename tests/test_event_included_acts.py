"""An act named by a gerund as an instance of a past clause is a record of the report year (issue 14, round
t-events58): ``undated/included_acts.py``. A trigger gerund after "including" (``inclusion_words``) or
"including by", in a clause whose verb is in the past and no habit, makes a record of the year typed by the
gerund, where no other reading made one ("resorted to unlawful measures …, including beating them", "took steps
to address corruption …, including arresting and charging …"). Not a clause in the present or under a modal, a
habit, nor a clause that asks for the act (``demand_verbs``: "recommended measures, including holding …") or
alleges it (``allege_words``: "was accused of inhuman treatment …, including beating them").
Sentences of a fictional report (Ostravia, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Ostravia\n\n"
          "Executive Summary\n\nOstravia is a parliamentary republic with a ceremonial president.\n\n")

ADDED = {
    # the clause's "reportedly" is the record's
    "Border police reportedly resorted to unlawful measures against smugglers, including beating them and "
    "confiscating their boats.": [("torture_or_abuse", "2022", "alleged")],
    # the clause verb above the infinitive ("took steps to address"); the first of coordinated gerunds types it
    "The government took steps to address corruption in the customs service, including arresting and charging "
    "several senior inspectors.": [("detention_or_arrest", "2022", "asserted")],
}

NONE = [
    # the present
    "The press council has the power to impose penalties, including suspending publications for up to six months.",
    # a modal
    "Employers may discipline employees, including by firing strikers, if the ministry rules a stoppage illegal.",
    # a clause that asks for the act
    "The commission recommended a number of measures, including holding special hearings for juvenile detainees.",
    # an accusation: the alleged acts are the case's, not the year's
    "According to the prosecution, the former commander was \u201caccused of inhuman treatment of prisoners, including "
    "beating and starving them.\u201d",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE], 2022)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_an_act_named_as_an_instance_of_a_past_clause_is_the_years_record(extracted, sentence):
    assert extracted[sentence] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_the_present_a_modal_a_demand_or_an_accusation_makes_none(extracted, sentence):
    assert extracted[sentence] == []


def test_included_act_reads_the_parse(nlp):
    from rightsledger.extract.events.undated.included_acts import included_act

    def first(text):
        return included_act(next(iter(nlp(text).sents)))

    trig, kind = first("Border police reportedly resorted to unlawful measures against smugglers, "
                       "including beating them.")
    assert (trig.lower_, kind) == ("beating", "torture_or_abuse")
    trig, kind = first("Authorities took several measures against the league, including by detaining its leaders.")
    assert (trig.lower_, kind) == ("detaining", "detention_or_arrest")
    # a habit
    assert first("Police often used excessive force against protesters, including beating them.") is None
