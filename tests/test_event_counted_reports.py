"""A body that reports a count of occurrences reports the occurrences (issue 14, round t-types21).

Out of fold, the typer kept the rules' ``report_published`` on "the ministry reported nine allegations of
antiunion discrimination from January to July" and "ATMIS reported three incidents in which …" (2018 El
Salvador, 2021 Costa Rica, 2023 Somalia gold: other or the occurrence's type; no dev gold event of this shape
is a publication). By the settlement of 2026-12-06 a count over a stated period is an event of that period:
the date dates what was counted, typed by an occurrence named inside the object, else ``other``. A body that
reports without a count noun keeps the publication. Sentences of a fictional report (Orlavia, 2022), through
the shipped pipeline (the rules, then the trained typer).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 7. Worker Rights\n\n")

CASES = [
    ("The Ministry of Labor reported 14 allegations of wage discrimination from February to June.",
     "other", "2022-02"),
    ("From March to September, the National Prison Directorate reported 310 cases of scabies among inmates.",
     "other", "2022-03"),
    ("On May 4, the Labor Ministry reported six cases of unpaid overtime at two textile factories.",
     "other", "2022-05-04"),
    # a count of an occurrence the taxonomy names keeps its type (found inside the object first)
    ("In June the ombudsman reported 12 cases of torture in police stations.", "torture_or_abuse", "2022-06"),
    # without a count noun the body publishes
    ("On June 1, the Orlavia Workers Union reported that employers ignored the new overtime rules.",
     "report_published", "2022-06-01"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_counted_report_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


def test_allegations_without_a_number_are_published(paragraph_events):
    """A body that reports allegations without counting them publishes at its date (a dated report)."""
    s = "In May the Orlavia Rights Watch reported allegations that guards mistreated inmates at Tarvel prison."
    got = paragraph_events(HEADER, [s], 2022)
    assert ("other", "2022-05") not in [(t, d) for t, d, _ in got.get(s, [])], got
