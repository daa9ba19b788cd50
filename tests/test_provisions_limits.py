"""Rules that state a time allowed, a limit or a period without a named law ("Judges had
four months to decide", "may last no longer than 72 hours", "must be renewed every two
years", "a limit on work of 54 hours per week"). Sentences of our own making, about a
fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions.build import _legal_limits, rule_mentions
from rightsledger.extract.provisions.deadlines import present_limits as _present_limits

RULES = [
    ("Police have seven days to complete an investigation and bring suspects before a judge.", [7]),
    ("Judges had four months to decide on an appeal.", [4]),
    ("Pretrial detention could be extended twice, each time for four months.", [2, 4]),
    ("A strike was legal only after a 10-day notice period.", [10]),
    ("Detention may last no longer than 72 hours.", [72]),
    ("Suspects may be held at most 48 hours before seeing a judge.", [48]),
    ("Associations are required to renew their licenses with the ministry every three years.", [3]),
    ("Registration must be renewed every two years, and there was no appeal.", [2]),
    ("A prosecutor must confirm the charges, initially for 14 days, and for an additional seven days "
     "if necessary.", [14, 7]),
    ("Schooling is free, universal, and compulsory between ages six and 15.", [6]),
    ("There is a limit on work of 54 hours per week.", [54]),
    ("The legal rest period is one day per week, although most employees received more.", [1]),
    # a past rule verb the parser takes for an adjective; a membership threshold
    ("The labor code limited working hours to nine hours per day and 45 hours per week.", [9, 45]),
    ("Unions required 50 members to register.", [50]),
    # present-tense limits with "at least", a notice period, "faced heavy fines", "institutes"
    ("Foreigners who have lived in the country for at least seven years may apply for citizenship.", [7]),
    ("The government may require workers to give notice at least 21 days before a strike.", [21]),
    ("If the complaint is rejected, the union may issue a 21-day strike notice.", [21]),
    ("Offenders faced heavy fines or imprisonment not exceeding three years, but few were tried.", [3]),
    ("The law also institutes a quota system, with the public-sector quota at 4 percent of employees.", [4]),
]

NOT_RULES = [
    "On May 3, the journalist had two days to leave the country.",
    "Every two years the ministry published a report on prisons, most recently in 2019.",
    "The 12 legal residents of the camp were moved in June.",
    "In May the union required 20 members to attend the meeting.",
    "Detainees waited at least two years for trial in 2019.",
    "The union gave a 10-day notice in March.",
]


def _mentions(nlp, sentence: str) -> list:
    sent = nlp(sentence)[:]
    found = rule_mentions(sentence, sent) or _present_limits(sentence, sent)
    seen = {m.start for m in found}
    return found + [m for m in _legal_limits(sentence) if m.start not in seen]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_limits_stated_without_a_law(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in sorted(_mentions(nlp, sentence), key=lambda m: m.start)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narrated_periods_are_not_rules(nlp, sentence: str) -> None:
    assert not _mentions(nlp, sentence)
