"""Numbers that are no figure although they look like counts (round t-figs, classes found on the
dev gold and confirmed on state.gov pages without gold):

- a fine a rule sets, in a sentence with no law word ("may be fined up to …", "the fine is
  increased to …", "Violations carry a … fine"); a fine a court imposed stays a figure;
- "One NGO reported …", "According to one NGO": "one" picks the source, it counts nothing;
- a number in the clause of a modal of obligation or permission ("must register with three
  entities", "should receive 60 percent"), not of conjecture ("may have killed 25");
- "one or both parents"; lengths ("18 miles from the village"); "several dozen" (vague);
- digits in a name ("Channel 24", "Mile 16", "Canal 2 cameraman");
- ages told by a clause ("girls who were 12 or even younger") and days listed after a date.

Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

TEXT = (
    "ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
    "Those convicted of forced labor may be fined up to 900,000 Zembla dollars ($250). "
    "If the offender is a teacher, the fine is increased to 20,000 to 200,000 CFA francs ($34 to $340). "
    "Violations of child labor rules carry a 600,000 shilling ($170) fine. "
    "On June 2, the High Court sentenced editor Ana Ruiz to a fine of 500,000 francs ($1,100).\n\n"
    "One NGO reported that guards beat 14 detainees. "
    "One detainee died in custody. "
    "In July Zembla Channel 24 stated that police arrested 30 persons at Mile 16. "
    "According to one NGO, 40 villagers fled. "
    "The body was found approximately 18 miles from the village. "
    "Mines still contaminated about 120 square kilometers of the valley. "
    "Several dozen children lived in the camp, and many had lost one or both parents.\n\n"
    "Associations must register with three ministries. "
    "Night workers should receive a premium of 60 percent. "
    "Children with one Zemblan parent must apply for citizenship before turning 18. "
    "Soldiers may have killed 25 villagers, and the army could not account for 12 rifles.\n\n"
    "Girls who were 12 or even younger were married to older men. "
    "Garment workers struck on August 9, 15, and 21, and 300 were dismissed.\n"
)

EXPECTED = [500000, 1100, 14, 1, 30, 40, 120, 25, 12, 300]


@pytest.mark.model
def test_numbers_that_are_no_figures(figure_values) -> None:
    assert figure_values(TEXT) == EXPECTED
