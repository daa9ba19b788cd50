"""An age that delimits a class of persons in a present-tense clause is a rule's threshold even
without a legal frame (issue 14, round t-near10; ``provisions.rule_ages.present_ages``). Seen missed in five
dev reports (2021 Laos, 2019 Qatar, 2019 Suriname, 2018 Lesotho, 2020 Fiji): reports narrate in the
past tense and state standing rules in the present. A past tense, a present perfect, a conditional
or past modal, "as young as" without a modal, the age of one person, a percentage (the make-up of a
population) and a dated sentence stay out. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

RULES = [
    ("Hearings are closed to the public when they involve children younger than age 15.", [15]),
    ("Jury service is open to citizens who are at least 21 years old.", [21]),
    ("A written permit is needed for children ages 14 and 15 to work in shops.", [14]),
    ("The regulations cover minors under age 17 and forbid their work in quarries.", [17]),
    ("Offenders younger than 16 are tried in juvenile chambers.", [16]),
]
NOT_RULES = [
    "In May police detained children younger than 15 at a protest in the capital.",
    "Children younger than 12 were held with adults in the central prison.",
    "Boys as young as 13 have joined the armed groups in the north.",
    "Children as young as 10 work in the quarries near the border.",
    "About 45 percent of the population is younger than age 15.",
    "A 16-year-old boy remains in pretrial detention.",
    "Minors younger than 14 would be exempt under the draft law.",
]


def _present_ages(nlp, sentence: str) -> list:
    from rightsledger.extract.provisions.rule_ages import present_ages

    return [m.value for m in present_ages(sentence, nlp(sentence)[:])]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_ages_of_a_class_in_the_present_are_thresholds(nlp, sentence: str, values: list) -> None:
    assert _present_ages(nlp, sentence) == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narrated_or_described_ages_are_no_rules(nlp, sentence: str) -> None:
    assert _present_ages(nlp, sentence) == []


@pytest.mark.model
def test_present_ages_become_threshold_provisions(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("Section 1. Respect for the Integrity of the Person\n\n"
            "Trials are public, except for cases of state secrets or defendants younger than age 16. "
            "In March police detained children younger than 15 at a protest.\n")
    doc = Document("zembla-2019", "Zembla", "Zembla", None, 2019, "", "txt", "x", len(text))
    provs = extract_provisions(annotate(text, doc, outline(text, doc.id), nlp))
    assert [(p.norm, p.quantity.value, p.quantity.unit) for p in provs] == [("threshold", 16, "age")]
