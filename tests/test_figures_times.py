""""N times" counts occurrences or multiplies, and is a figure, not a length of time (round t-figs7;
data/figures.toml ``times_words``, ``frequency_after``): "stabbed 14 times", "raided four times in
six weeks", "held 900 detainees, three times its capacity of 300", "2.5 times above its capacity",
"likely 10 times greater". A frequency ("three times a week") stays no figure, and so does a rule's
multiplier, left to the rule checks ("must be paid at 1.5 times the normal rate"). Lengths of time
("detained for 12 days") are still no figures.

Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

FACTS = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Local media reported a former mayor was stabbed 14 times outside his home in March. "
    "Unknown persons raided the office of the Zembla Gazette four times in six weeks. "
    "The Northgate prison held 900 detainees, three times its capacity of 300. "
    "The population of the central jail was 2.5 times above its official capacity. "
    "A monitoring group said the real number of cases was likely 10 times greater.\n"
)

NOT_FIGURES = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Police detained the editor for 12 days. "
    "Guards allowed visits three times a week. "
    "Overtime work must be paid at 1.5 times the normal rate.\n"
)


@pytest.mark.model
def test_n_times_of_fact_is_a_figure(figure_values) -> None:
    assert figure_values(FACTS) == [14, 4, 900, 3, 300, 2.5, 10]


@pytest.mark.model
def test_durations_frequencies_and_rule_multipliers_stay_no_figures(figure_values) -> None:
    assert figure_values(NOT_FIGURES) == []
