"""Round t-events31's two rules, on sentences of fictional reports (Lorvania) written for these tests, one
paragraph each:

- a publication cited with a year the dated rules leave unread (events/dating/publication_years.py):
  settled, a survey, study or census cited with its year is a report_published of that year, under "the", a
  possessive or no article (docs/EVALUATION.md, "What is reported, and surveys" and "Settled 2026-12-17 (a
  report cited with its year)"). Before the rule the year after an acronym, in parentheses after the noun,
  on the first of two coordinated nouns, or before a title the parser reads as a proper noun made no record;
- an act negated "during the year" by its own clause (events/undated/negated_in_the_year.py): the written
  conventions keep the negated event with "during the year" ("no such punishment was imposed during the
  year"; 2026-12-13 and 2026-12-16). Before the rule a verb outside the step tables, a passive, a denied
  object or a passive of a state verb made no record of the year.

The sentences under "left" stay as they were on the base.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model


def _header(section: str, year: int) -> str:
    return f"{year} Country Reports on Human Rights Practices: Lorvania\n\n{section}\n\n"


PUBLICATIONS = [
    # read by the rule
    ("The LHRC 2021 report did not record any complaints from persons with disabilities.",
     [("report_published", "2021", "asserted")]),
    ("According to the most recent labor force survey (2017), 40 percent of workers were in the informal sector.",
     [("report_published", "2017", "asserted")]),
    ("According to the 2020 population and housing census, the infant mortality rate was 31 deaths per 1,000 "
     "live births.", [("report_published", "2020", "asserted")]),
    ("The LSO 2019 Velmar Rural Household Survey found that a third of children worked on farms.",
     [("report_published", "2019", "asserted")]),
    ("The council's 2022 Stigma Index Report (the latest available) suggested declining stigma against "
     "persons with HIV.", [("report_published", "2022", "asserted")]),
    # left as they were
    ("According to the Velmar Institute's 2021 Household Survey, 12 percent of children worked.",
     [("report_published", "2021", "asserted")]),
    ("For a more detailed discussion, see the 2022 International Religious Freedom Report.", []),
    ("Observers cited LHRC 2018 reports of abuses in the land registry.", []),  # reports of an occurrence
    ("The ombudsman expected the 2025 household survey to cover refugees.", []),
    ("In the 2016 budget the ministry allocated funds to the commission.", []),
]

NEGATED = [
    # the negated event of the year added
    ("The Ministry of Labor did not compile any reports on mining accidents during the year.",
     [("other", "2021", "negated")]),
    ("Unlike in the previous year, land disputes did not lead to the use of force during the year.",
     [("other", "2021", "negated")]),
    ("No communal grazing permits were granted during the year, and several disputes arose.",
     [("other", "2021", "negated")]),
    ("The council hosted workshops in 2020 to train hotel staff but held no such sessions during the year "
     "because of floods.", [("other", "2020", "asserted"), ("other", "2021", "negated")]),
    ("During the year two state radio presenters were not paid their salaries and were moved to posts outside "
     "the capital.", [("other", "2021", "negated")]),
    ("During the year the ministry did not return equipment seized in March 2019 from the Velmar Printing House.",
     [("other", "2019-03", "asserted"), ("other", "2021", "negated")]),
    # left without it
    ("The inspectors could not visit the northern mines during the year.", []),
    ("Police often did not register complaints during the year.", []),
    ("The workers' council did not exist during the year.", []),
    ("Courts that did not hear cases during the year were closed.", [("other", "2021", "asserted")]),
    ("The ombudsman did not investigate complaints.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return (report_events(nlp, _header("Section 6. Discrimination and Societal Abuses", 2023),
                          [c[0] for c in PUBLICATIONS], "lorvania-2023")
            + report_events(nlp, _header("Section 7. Worker Rights", 2021), [c[0] for c in NEGATED], "lorvania-2021"))


@pytest.mark.parametrize("sentence,expected", PUBLICATIONS + NEGATED, ids=[c[0][:40] for c in PUBLICATIONS + NEGATED])
def test_t_events31_rules(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
