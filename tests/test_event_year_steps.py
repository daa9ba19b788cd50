"""A step not taken in the report year, told with the year's own phrase on its clause (issue 14, round
t-events53; docs/EVALUATION.md, "Negated steps" and "during the year keeps the negated event"):
``undated/year_steps.py``. A clause negated by "not" in the simple past or past perfect, that "during the
year" or "by year's end" hangs on, is a negated record of the report year when no other reading made one;
a state or a view, the double negation of an aim verb, a judgement of manner, a habit, a modal and a
sentence without the year's phrase make none. Sentences of a fictional report (Lorvania, 2021) written for
these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

NOT_TAKEN = [
    # negated reporting with the year's phrase (the negated event stays, settled 2026-12-13)
    "The Ministry of Social Welfare did not compile any reports on industrial accidents during the year.",
    # a simple past with "by year's end" after a clause of its own
    "Although unions campaigned for a labor court, the government did not establish one by year's end.",
    # the passive
    "The anti-vagrancy ordinances were not enforced during the year.",
    "During the year a Dravik herder's application for asylum was not granted despite his fear of persecution.",
    # a verb of the occurrence tables' "not occurrences" whose clause carries the year
    "Unlike in the previous year, wage disputes did not lead to the use of force during the year.",
]

NONE = [
    # a state or a view
    "The status of the inquiry was not known at year's end.",
    "The union did not have a permanent office during the year.",
    # the double negation of an aim verb
    "The labor ministry had not declined to prosecute any such cases during the year.",
    # a judgement of manner, a habit, a modal
    "The labor inspectorate did not effectively enforce the wage rules during the year.",
    "The ministry did not often publish its findings during the year.",
    "The commission could not meet during the year because of the lockdown.",
    # no phrase of the year: a negated act on a class stays no event (settled 2026-12-13)
    "The Ministry of Social Welfare did not compile any reports on industrial accidents.",
]

KEPT = {
    "Police arrested 12 protesters in Port Lerin.": [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, NOT_TAKEN + NONE + list(KEPT), 2021)


@pytest.mark.parametrize("sentence", NOT_TAKEN)
def test_a_step_not_taken_in_the_year_is_a_negated_record_of_the_year(extracted, sentence):
    records = extracted[sentence]
    assert len(records) == 1
    assert records[0][1:] == ("2021", "negated")


@pytest.mark.parametrize("sentence", NONE)
def test_states_views_aims_manners_habits_and_sentences_without_the_year_make_none(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_other_sentences_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_year_step_reads_the_clause_the_phrase_hangs_on(nlp):
    from rightsledger.extract.dates.scan import find_dates
    from rightsledger.extract.events.undated.year_steps import year_step

    def step(text: str):
        sent = next(nlp(text).sents)
        return year_step(sent, find_dates(text, 2021), 0, 2021)

    found = step("The council did not publish its budget during the year.")
    assert found is not None and found[0].lower_ == "publish"
    # the phrase on another clause than the negated one
    assert step("The council published its budget during the year, but it did not publish the annex.") is None
    assert step("The council did not publish its budget.") is None
