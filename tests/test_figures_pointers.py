"""A count that points back to one already made in the paragraph is not a figure
(docs/gold/annotator-c.md, "Counts introduced versus counts pointed back to": "the two suspects",
"One of the three victims"): the same value and counted noun after "the"/"these"/"those", or
"the 11" / "all 11" with no noun after a count of 11 made before in the report.
A count introduced with "the", or pointing back across a paragraph, or to another noun, stays.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

TEXT = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "In May the prison service charged six guards over the death of an inmate. "
    "Four of the six guards were cleared, and the other two were suspended. "
    "The six guards denied the charges.\n\n"
    "The court heard the six guards in June. "
    "Police detained three journalists and released the three protesters they had held. "
    "The 15 members of the commission met twice.\n\n"
    "In May police arrested 11 students. Prosecutors charged the 11 with rioting, and a court "
    "released all 11 in June. The 20 of the council voted.\n"
)

EXPECTED = [6, 4, 2, 6, 3, 3, 15, 2, 11, 20]


@pytest.mark.model
def test_counts_pointing_back_are_not_figures(figure_values) -> None:
    assert figure_values(TEXT) == EXPECTED
