""""one <noun>" answered by "another" picks a member of a group, it counts nothing (round t-figs9;
data/figures.toml ``contrast_after``): "passed from one owner to another as gifts", "laws that favor
one clan over another". "another" that ends its phrase, repeats the noun or stands before one of the
listed words makes the contrast; "one journalist was killed and another injured" and a "one" with no
"another" stay counts.

Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

CONTRASTS = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Bonded herders could be passed from one owner to another as part of a dowry. "
    "The union called for the repeal of rules that favor one clan over another. "
    "Clinics run by one guild refused patients from another guild.\n"
)

COUNTS = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "In March one journalist was killed and another injured in Eastgate. "
    "Guards beat one detainee in the Eastgate prison in May.\n"
)


@pytest.mark.model
def test_one_answered_by_another_is_no_figure(figure_values) -> None:
    assert figure_values(CONTRASTS) == []


@pytest.mark.model
def test_one_without_a_contrast_stays_a_count(figure_values) -> None:
    assert figure_values(COUNTS) == [1, 1]


def test_contrast_needs_another_to_end_its_phrase() -> None:
    from rightsledger.extract.figures.build import _one_and_other

    def contrast(s: str) -> bool:
        return _one_and_other(s, s.index("one") + 3)

    assert contrast("could be passed from one owner to another as part of a dowry")
    assert contrast("rules that favor one clan over another.")
    assert contrast("one guard was jailed for six years and the other for eight years.")
    assert not contrast("one journalist was killed and another injured")
