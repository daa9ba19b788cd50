"""A survey or census cited with its year is a report_published of that year (issue 14, round
t-events6; docs/EVALUATION.md "What is reported, and surveys", settled 2026-12-06), also when named in
lower case, by an acronym, or by a title the parser splits; so is a report's (t-events25). Sentences of
a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

CASES = [
    ("According to the 2017 DHS, 38 percent of women in Dornet married before age 18.",
     [("report_published", "2017", "asserted")]),
    ("The 2018 Violence Against Children Survey reported one in four girls experienced sexual violence.",
     [("report_published", "2018", "asserted")]),
    ("According to the 2015 census, 4 percent of residents identified as Arvelian.",
     [("report_published", "2015", "asserted")]),
    ("According to the 2019 household survey, 12 percent of children worked.",
     [("report_published", "2019", "asserted")]),
    # an edition's years glued to a title (round t-events7: "in its Annual Report 2015-2016, noted")
    ("The Ministry of Labor, in its Annual Report 2015-2016, noted that 24 labor inspectors conducted 2,434 "
     "inspections.", [("report_published", "2015", "asserted")]),
    # a report cited with its year under "the" is that year's publication too (round t-events25: the dev
    # gold reads the shape so in 5 reports against 1, e.g. Kazakhstan 2022 "According to the 2021 Report of
    # the Committee …"; it was read as the report's period, a label, until then)
    ("According to the 2020 report of the ombudsman, complaints rose.", [("report_published", "2020", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_survey_year(extracted, sentence, expected):
    assert extracted[sentence] == expected
