"""A negated act placed in the report year on its own verb ("The Ministry of Labor did not compile any
reports on workplace accidents during the year", "The Varn Mining Company did not pay the withheld wages …
during the year") is a negated event of the year (issue 14, round t-events70): ``undated/negated_in_year.py``,
read after every other reading of an undated sentence found nothing. Not a state ("No refugee possessed a
valid identity card during the year", "were not available during the year"), a double negation of an aim
("had not declined to prosecute"), a habit ("often did not register"), a modal ("could not visit"), a general
duty not kept ("did not prioritize enforcement of the ban …") nor a judgement of manner ("did not effectively
enforce"). Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

ADDED = {
    "The Lorvanian Ministry of Labor did not compile any reports on workplace accidents during the year.":
        [("other", "2021", "negated")],
    "Unlike in the previous year, labor disputes in the port of Verrin did not lead to the use of force "
    "during the year.": [("other", "2021", "negated")],
    "The Varn Mining Company did not pay the withheld wages of its seasonal workers during the year.":
        [("other", "2021", "negated")],
    # a verb of a state elsewhere, of an activity of the year here
    "Authorities in Varn did not permit independent observers to monitor prisons during the year.":
        [("other", "2021", "negated")],
}

NONE = [
    # a state
    "No refugee in the Dorr camps possessed a valid identity card during the year.",
    "Statistics on prosecutions for assault at the workplace during the year were not available.",
    # a double negation of an aim
    "The anticorruption office had not declined to prosecute any such cases during the year.",
    # a habit
    "Labor inspectors often did not register complaints from domestic workers during the year.",
    # a modal
    "Inspectors could not visit the plantations of the southern districts during the year.",
    # a general duty not kept (its object a duty)
    "During the year the Lorvanian government did not prioritize enforcement of the ban on child labor.",
    "The government did not enforce the labor law in the garment sector during the year.",
    # a judgement of manner
    "The labor inspectorate did not effectively enforce the minimum wage in the garment sector during the year.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_a_negated_act_of_the_year_is_a_negated_event(extracted, sentence):
    assert [(t, d, p) for t, d, p in extracted[sentence]] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_no_record_for_a_state_habit_modal_duty_or_manner(extracted, sentence):
    assert extracted[sentence] == []
