"""An actor's act on particular persons, told in the simple past without a date and with a verb outside
the trigger tables, is an occurrence of the report year (issue 14, round t-events12; docs/EVALUATION.md
"Summary statements of the year"): "Officials moved opposition deputy Marek Olsen to a hotel", "The
electoral tribunal sanctioned 14 municipal officials". The object must name a person or count persons:
an act on a thing, a standard or a class of people, a practice told by a quantified subject and a right
restricted in general stay no event. Sentences of a fictional report (Lorvania, 2021) written for these
tests; the rule is ``actor_acts.actor_act``, called from ``occurrences.undated_event``.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

ACTS = [
    "Officials moved opposition deputy Marek Olsen to a hotel pending his trial.",
    "The electoral tribunal sanctioned 14 municipal officials and forwarded three cases to the prosecutor.",
    "The president nominated four judges to the constitutional court.",
]
NOT_ACTS = [
    "The government set occupational safety standards for the main industries.",
    "The court ordered the National Assembly to pass a law on displacement.",
    "The government restricted these rights.",
    "Police often moved detainees between stations without notice.",
    "The ministry operated three shelters for victims of violence.",
    "Many employers hired 30 workers without contracts.",
    "The government did not move the detainees.",
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, ACTS + NOT_ACTS, 2021)


@pytest.mark.parametrize("sentence", ACTS)
def test_an_act_on_particular_persons_is_an_event(extracted, sentence):
    assert extracted[sentence] == [("other", "2021", "asserted")]


@pytest.mark.parametrize("sentence", NOT_ACTS)
def test_acts_on_things_classes_and_practices_are_no_event(extracted, sentence):
    assert extracted[sentence] == []
