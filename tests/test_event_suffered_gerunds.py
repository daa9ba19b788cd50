"""An act told by those it was done to, by a gerund, is a record of the report year (issue 14, round
t-events58): ``undated/suffered_gerunds.py``. A teller's verb (``suffered_tellers``) in the simple past with a
subject, whose complement is a passive gerund of a trigger ("reported being harassed", "complained of being
threatened", the perfect infinitive "claimed to have been beaten") or "receiving" a trigger noun ("reported
receiving death threats", the teller hung by the parser under another clause), makes a record of the year
typed by the act, when the act is one of ``summary_light_types``. Not a service denied, a state ("being
subject to"), a receipt that is no such act ("receiving complaints"), a habit. Sentences of a fictional report
(Ostravia, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Ostravia\n\n"
          "Executive Summary\n\nOstravia is a parliamentary republic with a ceremonial president.\n\n")

ADDED = {
    # a passive gerund under "reported"
    "Members of the Green Lantern Party reported being harassed by police and forced to remove posts "
    "from their websites.": [("attack_or_threat", "2022", "asserted")],
    # under "complained of"
    "Several radio hosts complained of being threatened during the year because of their commentary on "
    "the budget.": [("attack_or_threat", "2022", "asserted")],
    # "receiving" an act, the teller parsed under the clause after the semicolon
    "Activists also reported receiving death threats by text message; police generally failed to respond "
    "to these reports.": [("attack_or_threat", "2022", "asserted")],
    # a perfect infinitive under a teller of allegation
    "According to relatives who visited him at the station, the youngest of the students claimed to have "
    "been beaten.": [("torture_or_abuse", "2022", "alleged")],
}

NONE = [
    # a service denied, not one of the acts
    "Several families in the border districts reported being denied services at district clinics.",
    # a state, not a passive gerund
    "Some market vendors in the capital reported being subject to extortion by gangs.",
    # what was received is no such act
    "The ombudsman's office reported receiving 45 complaints against prison guards.",
    # a habit, by its frequency word
    "Journalists in the northern provinces often reported being harassed by local officials.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE], 2022)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_an_act_its_sufferers_told_by_a_gerund_is_the_years_record(extracted, sentence):
    assert extracted[sentence] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_such_act_or_a_habit_makes_none(extracted, sentence):
    assert extracted[sentence] == []


def test_the_act_and_its_type_are_read_from_the_gerund(nlp):
    from rightsledger.extract.events.undated.suffered_gerunds import suffered_gerund

    sent = next(nlp("Members of the union reported being detained by police for two days.").sents)
    trigger, type_ = suffered_gerund(sent)
    assert (trigger.text, type_) == ("detained", "detention_or_arrest")
