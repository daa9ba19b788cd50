"""Round t-events31: a publication cited with a year the dated rules leave unread
(events/dating/publication_years.py), on sentences of a fictional report (Lorvania, 2023) written for these
tests, one paragraph each. Settled: a survey, study or census cited with its year is a report_published of
that year, under "the", a possessive or no article (docs/EVALUATION.md, "What is reported, and surveys" and
"Settled 2026-12-17 (a report cited with its year)"). Before the rule the year after an acronym, in
parentheses after the noun, on the first of two coordinated nouns, or before a title the parser reads as a
proper noun made no record (the first five sentences fail on the base); the sentences under "left" stay as
they were on the base.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model


HEADER = ("2023 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")


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



@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in PUBLICATIONS], "lorvania-2023")


@pytest.mark.parametrize("sentence,expected", PUBLICATIONS, ids=[c[0][:40] for c in PUBLICATIONS])
def test_publication_years(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
