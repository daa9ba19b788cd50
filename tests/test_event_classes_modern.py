"""Classes of event errors of the modern layout (2016-2024 editions, issue 14), found on the dev
report kazakhstan-2022 outside Section 1 and checked on modern reports without gold: which
sentences are occurrences and of which type, on sentences of a fictional report (Zarnakia, 2022)
written for these tests.

Each case is one paragraph of its own, so that no date or episode carries over between them.
"""
from __future__ import annotations

import pytest

from rightsledger.records import Event

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 7. Worker Rights\n\n")

# (sentence, expected type or None for "no event", expected date, expected polarity)
CASES = [
    # a body's dated report of a state is a publication at that date, not the state's nouns
    ("The Justice Ministry reported in September that two parties were currently seeking registration.",
     "report_published", "2022-09", "asserted"),
    ("In May the Regional Labor Office reported that the country failed in legislation and in practice to "
     "protect union organizers.", "report_published", "2022-05", "asserted"),
    ("The government reported in 2021 that 900,000 citizens worked in the informal economy.",
     "report_published", "2021", "asserted"),
    ("ZCHR reported in 2020 that 40 percent of births in rural areas were attended by midwives.",
     "report_published", "2020", "asserted"),
    # … but what the reported clause says happened keeps its type
    ("In March the ministry reported that police had detained 40 protesters in Verna.",
     "detention_or_arrest", "2022-03", "asserted"),
    ("The commission reported in June that the municipal elections were held without incident.",
     "election_or_referendum", "2022-06", "asserted"),
    # a stance or the enforcement of standing laws is no occurrence; what a body changed is
    ("Media activists raised concerns regarding the wide use of the provision on false information.",
     None, None, None),
    ("The Ministry of Labor enforced wage, hour, and safety laws.", None, None, None),
    ("The council underscored the need to reduce stockpiles and expressed deep concern regarding weak "
     "port controls.", None, None, None),
    # a rule's amount changed is a law (the 2008 Angola, veridia-2022/2023 and 2018 El Salvador gold; round
    # t-types4, extract/events/types/instruments.py)
    ("The ministry raised the minimum wage to 85,000 zarns a month during the year.", "law_or_decree", "2022",
     "asserted"),
    # "condemned" is a criticism unless someone is condemned to a penalty
    ("Experts on local media condemned this as a political arrest and called it the most significant "
     "journalist detention since 2018.", None, None, None),
    # a reaction to a specific occurrence is an event (settled 2026-12-06), not a conviction
    ("The foreign minister condemned the attack on the Kettrin mosque.", "other", "2022", "asserted"),
    ("The country held legislative and presidential elections during 2020, but independent observers widely "
     "condemned the process as deeply flawed.", "election_or_referendum", "2020", "asserted"),
    ("On May 4, the Verna Regional Court condemned the former mayor to six years in prison for embezzlement.",
     "conviction_or_sentence", "2022-05-04", "asserted"),
    # what an episode led to or resulted in types the dated sentence, not the episode
    ("In 2020, riots between ethnic Zarnaks and ethnic Velts led to 11 deaths and the conviction of 50 "
     "individuals for various related crimes.", "killing", "2020", "asserted"),
    ("On March 3, a protest in Verna resulted in the arrest of 14 students.", "detention_or_arrest",
     "2022-03-03", "asserted"),
    # wounded or injured is an attack unless torture is stated
    ("The editor's son was reportedly wounded in the attack.", "attack_or_threat", "2022", "alleged"),
    ("In 2021, two persons were injured, and several houses were damaged in a brawl between villagers in a "
     "small town near the border.", "attack_or_threat", "2021", "asserted"),
    ("They were tortured and injured before being released.", "torture_or_abuse", "2022", "asserted"),
    # a date that things date back to labels them; it dates no occurrence
    ("Officials created fake invoices dating back to 2010 for a project on water supply.", None, None, None),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "zarnakia-2022")


def _of(events: list[Event], sentence: str) -> list[Event]:
    return [e for e in events if e.evidence.text.strip() == sentence]


@pytest.mark.parametrize("sentence,type_,date,polarity", CASES, ids=[c[0][:40] for c in CASES])
def test_event_class_of_the_modern_layout(extracted, sentence, type_, date, polarity):
    found = _of(extracted, sentence)
    if type_ is None:
        assert not found, [(e.type, e.date) for e in found]
        return
    assert found, "no event"
    assert (found[0].type, found[0].date, found[0].polarity) == (type_, date, polarity)
