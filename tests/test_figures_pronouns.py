"""The word "one" as a pronoun is not a figure (docs/EVALUATION.md, "Figures"): "one of six
categories" (the count is the other number), "two reporters were beaten, one in May and one in
July", "one was serving a sentence". It stays a figure when it counts a noun ("one
journalist"), adds to a count of its own ("three citizens and one from abroad") or is half of
a ratio ("one in five"). Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

TEXT = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Observers said two reporters were beaten, one in Ostrava in May and one in Belgrad in July. "
    "Statistics classed informal workers in one of six categories. "
    "Of the 12 children arrested in 2021, 11 were released; one was serving a sentence. "
    "The council adopted two decrees, one for local journalists and one for foreign outlets. "
    "Police identified four victims, including three citizens and one from Lorania. "
    "One journalist was detained in March. "
    "One in five children worked in agriculture.\n"
)

EXPECTED = [2, 6, 12, 11, 2, 4, 3, 1, 1, 1, 5]


@pytest.mark.model
def test_pronoun_one_is_not_a_figure(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    doc = Document("zembla-2023", "Zembla", "Zembla", None, 2023, "", "txt", "x", len(TEXT))
    figs = extract_figures(annotate(TEXT, doc, outline(TEXT, doc.id), nlp))
    assert [f.value for f in figs] == EXPECTED


@pytest.mark.parametrize("sentence, values", [
    ("Two more detainees received one- to three-month extensions.", [2]),
    ("Families waited up to a year and one-half for a place.", []),
    ("Families waited up to a year and a half for a place.", []),
    ("He served two years and paid half of the fine.", [0.5]),
    # "nights" is a unit of duration (a detention "after two nights in police custody"), not
    # a count; a count after "days and" stays a figure
    ("The march lasted three days and two nights.", []),
    ("The march lasted three days and two marchers died.", [2]),
])
def test_parts_of_durations_are_not_figures(sentence: str, values: list) -> None:
    """A count joined to a time noun by a suspended hyphen ("one- to three-month") or the
    fraction of a duration ("a year and one-half") is part of a duration, not a figure."""
    from rightsledger.extract.figures.build import _is_candidate
    from rightsledger.extract.numbers import find_numbers

    assert [m.value for m in find_numbers(sentence) if _is_candidate(m, sentence)] == values


@pytest.mark.model
def test_a_count_pointing_back_is_not_a_new_figure(nlp) -> None:
    """A bare count after "the"/"all" stands for persons counted before ("charged the 11 with",
    "released all 11", "the two were detained", "sentenced the four"); with a noun of its own it
    is a figure ("The two guards ... were arrested")."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
            "On May 3, police arrested 11 students in Ostrava. The government charged the 11 with "
            "unlawful assembly. On June 7, a court released all 11 for lack of evidence.\n\n"
            "The two guards responsible for the beating were arrested. According to their families, "
            "the two were detained after the march. The court sentenced the four to prison.\n")
    doc = Document("zembla-2023", "Zembla", "Zembla", None, 2023, "", "txt", "x", len(text))
    figs = extract_figures(annotate(text, doc, outline(text, doc.id), nlp))
    assert [(f.value, f.evidence.text[:12]) for f in figs] == [(11, "On May 3, po"), (2, "The two guar")]
