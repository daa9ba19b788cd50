"""An instrument named with its year after "of" ("the Public Order Act of 2002") is a name, not the
date of an event (docs/EVALUATION.md, "Laws named with their year"; found by round t-goldfix2 on the
2017 Bhutan and 2018 Mauritius dev gold). A month or a day after "of" dates an issuance. Sentences of
our own making, about a fictional country."""
from __future__ import annotations

import pytest

HEADER = "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\nSection 1. Respect for the Integrity of the Person\n\n"
SENTENCES = {
    "The Judicial Provisions Act of 2008 prescribes that detainees be charged within 24 hours.": [],
    "The Public Health Act of 2011 allows quarantine for 14 days.": [],
    "Proclamation 118 of 2001 provides for the registration of associations.": [],
    "In June the government moved to amend the Citizenship Act of 1985.": [("law_or_decree", "2023-06")],
    "Parliament repealed the Press Act of 1997 in March.": [("law_or_decree", "2023-03")],
}


@pytest.mark.model
def test_a_year_after_of_names_the_instrument(paragraph_events) -> None:
    got = paragraph_events(HEADER, list(SENTENCES), 2023)
    for sentence, expected in SENTENCES.items():
        assert [(t, d) for t, d, _ in got[sentence]] == expected, sentence
