"""Provisions as the older reports (1999-2009) state them: standing rules in the past tense,
obligations without a named law, and quantities a rule writes differently from a figure
(clock times, "twice-yearly", "72-working-hour", "six months to two years"). Sentences of
our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions import rule_mentions
from rightsledger.extract.provisions.quantities import rule_numbers

# Past-tense rule statements of the older layouts: each is a provision (docs/EVALUATION.md).
OLDER_RULES = [
    ("By law, detainees had to be charged within 72 hours of arrest.", [72]),
    ("The legal age of marriage was 18 for men and 16 for women.", [18, 16]),
    ("The minimum age for employment was 14.", [14]),
    ("The legal limit for pretrial detention was 4 months.", [4]),
    ("Unions had to have at least 20 members to register.", [20]),
    ("Detainees had the right to see a lawyer within 24 hours of arrest.", [24]),
    ("Persons convicted of torture faced prison terms of 2 to 5 years.", [2]),
    ("The Constitution prohibited torture; offenders faced up to 20 years in prison.", [20]),
    ("The government required all citizens over 18 to carry identity cards.", [18]),
    ("Children under the age of 16 were not permitted to work at night.", [16]),
    ("A detainee had to be released within 24 hours if no charges were filed.", [24]),
    ("Suspects could be held for 48 hours, renewable once, before being charged.", [48, 1]),
    ("Field work was limited to 2,000 hours per year, an average of 40 hours per week.", [2000, 40]),
    ("Pretrial detention was restricted to six months.", [6]),
    ("The standard workweek was 45 hours.", [45]),
    ("Nationality can be acquired by descent if at least one parent is a Zemblan citizen.", [1]),
    ("The penal code provided for imprisonment of six months to two years for forced marriage.", [6]),
    ("The law precluded arrests in private homes between 9:00 p.m. and 6:00 a.m.", [None]),
    ("The government requires 72-working-hour advance notice for public rallies.", [72]),
    ("Safety regulations call for twice-yearly visits by labor inspectors.", [2]),
    ("The law stated that detainees should be charged within a week.", [1]),
    ("Police could detain suspects for a period not exceeding 15 days.", [15]),
    ("Workers had to give 6 days' notice before striking.", [6]),
    ("The legal voting age was 18.", [18]),
    # the bench of a court is a requirement (docs/EVALUATION.md, dev gold of the older reports)
    ("A single magistrate heard minor cases; panels of three judges heard appeals.", [1, 3]),
    ("Appeals went to a tribunal composed of its president and four other judges.", [4]),
    # the sentence-initial "The six-day workweek" points back to a rule already stated
    ("The six-day workweek may be extended to 56 hours for miners.", [56]),
]

# Practice and narration in the past tense: no provision.
NOT_OLDER_RULES = [
    "The government generally permitted three visits per week by family members.",
    "In March the government required the newspaper to pay 500 dinars.",
    "By August the government granted 506 persons amnesty under the new law.",
    "Of the 40 parties, only 12 fulfilled the legal requirements to run in the elections.",
    "The constitution provides for free elections, and citizens voted in two rounds of elections in 2019.",
    "A curfew was in effect from 10 p.m. to 5 a.m. during the year.",
    "Police held him for 48 hours before being charged with theft in May.",
    "The government restricted the activities of the four largest churches.",
    "In June a panel of three judges heard the case of the 12 defendants.",
    "The Supreme Court administered the 18 provincial courts.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", OLDER_RULES)
def test_older_rule_statements(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in rule_mentions(sentence, nlp(sentence)[:])] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_OLDER_RULES)
def test_older_practice_is_not_a_rule(nlp, sentence: str) -> None:
    assert not rule_mentions(sentence, nlp(sentence)[:])


def test_rule_quantities_reshaped() -> None:
    def q(sentence: str) -> list[tuple]:
        return [(m.kind, m.value, m.unit, m.text) for m in rule_numbers(sentence)]

    assert q("It requires 72-working-hour advance notice.") == [("duration", 72, "hours", "72-working-hour")]
    assert q("Rules call for twice-yearly visits.") == [("count", 2, "visits per year", "twice-yearly visits")]
    assert q("imprisonment of six months to two years") == [
        ("duration", 6, "months", "six months to two years")]
    assert q("no arrests between 9:00 p.m. and 6:00 a.m. are allowed") == [
        ("clock", None, "time of day", "between 9:00 p.m. and 6:00 a.m.")]
    assert q("traffic is proscribed before 10:00 a.m.")[-1][:3] == ("clock", None, "time of day")
    # not reshaped: a count range, same-unit ranges
    assert [m.kind for m in rule_numbers("between 5 and 10 members")] == ["count"]
    assert q("from 45 to 72 hours")[0][:2] == ("duration", 45)


@pytest.mark.model
def test_clock_time_rule_is_a_prohibition_without_value(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("ZEMBLA 2003 HUMAN RIGHTS REPORT\n\nSection 1 Respect for the Integrity of the Person\n\n"
            "The law precluded arrests in private homes between 9:00 p.m. and 6:00 a.m. "
            "Safety regulations called for twice-yearly visits by labor inspectors.\n")
    doc = Document("zembla-2003", "Zembla", "Zembla", None, 2003, "", "txt", "x", len(text))
    provs = extract_provisions(annotate(text, doc, outline(text, doc.id), nlp))
    got = [(p.norm, p.quantity.value, p.quantity.unit, p.quantity.text) for p in provs]
    assert got == [("prohibition", None, "time of day", "between 9:00 p.m. and 6:00 a.m."),
                   ("requirement", 2, "visits per year", "twice-yearly visits")]
    for p in provs:
        assert p.evidence.text == text[p.evidence.start:p.evidence.end]


@pytest.mark.model
def test_terms_of_office_and_negated_legal_adverbial(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("ZEMBLA 2003 HUMAN RIGHTS REPORT\n\nSection 3 Respect for Political Rights\n\n"
            "The president is elected for 7 years by the 120 members of the assembly. "
            "Deputies serve five-year terms. "
            "Although not stipulated by law, the customary workweek was 45 hours.\n")
    doc = Document("zembla-2003", "Zembla", "Zembla", None, 2003, "", "txt", "x", len(text))
    provs = extract_provisions(annotate(text, doc, outline(text, doc.id), nlp))
    # only the term length: the 120 members are a count of the sentence, not of the rule
    assert [(p.norm, p.quantity.value, p.quantity.unit) for p in provs] == [
        ("time_limit", 7, "years"), ("time_limit", 5, "years")]
