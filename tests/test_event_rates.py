"""A rate is no occurrence (issue 14, round t-events78): ``nonevents/conditions.rate_statement``. A number, or a
noun counted by one, "per" or "for" a round base ("41 deaths per 100,000 live births", "108 boys for 100 girls",
"by 12 per 1,000") states a statistic of the population: the sentence's records of type ``other`` go. The survey
that gave the rate keeps its ``report_published`` record, and an act of the taxonomy counted beside it keeps its
own. Sentences of a fictional report (Lorvania, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n"
          "Women\n\n")

RATES = [
    # a body putting the number at a rate
    "The Lorvanian Health Agency put the figure at 41 deaths per 100,000 live births.",
    # a ratio of boys for girls born in a named year
    "The sex ratio of children born in the country in 2021 was 108 boys for 100 girls, according to the Varn "
    "Institute.",
    # a rate surpassing another by a rate
    "During the year the teenage birth rate in the Osk highlands surpassed the national average by 12 per 1,000.",
]

KEPT = {
    # the survey cited with its year keeps its publication record
    "According to the 2020 Lorvania Household Survey, the maternal mortality rate was 210 per 100,000 live births.":
        [("report_published", "2020", "asserted")],
    # killings counted beside a rate keep their records
    "The rate of violence against women was 3,100 per 100,000 inhabitants, and 212 women were killed in 2021.":
        [("killing", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, RATES + list(KEPT), 2022)


@pytest.mark.parametrize("sentence", RATES)
def test_a_rate_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_a_survey_and_a_counted_act_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


@pytest.mark.parametrize("sentence, rate", [
    ("The Lorvanian Health Agency put the figure at 41 deaths per 100,000 live births.", True),
    ("The maternal mortality rate was 210 per 100,000 live births.", True),
    ("The sex ratio was 108 boys for 100 girls.", True),
    # no round base: a price, a sentence for a quantity, persons per day
    ("Workers earned 3 dollars per hour.", False),
    ("The court sentenced him to 100 days for 100 grams of cannabis.", False),
    ("The clinic received 40 patients per day.", False),
])
def test_rate_statement_reads_the_parse(nlp, sentence, rate):
    from rightsledger.extract.events.nonevents.conditions import rate_statement
    assert rate_statement(next(iter(nlp(sentence).sents))) is rate
