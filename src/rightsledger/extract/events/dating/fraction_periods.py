"""The year's first months as a period: "During the first nine months of the year, the courts released
five women …", "In the first quarter of 2017, 23 cases … were registered", "in the first half of the
year, 76 abuses were committed".

Settled 2026-12-06 (docs/EVALUATION.md, "One record per date; counts to a date or over a period"): "a
count over a stated period is an event of that period" ("From January to June, the ombudsman recorded
40 cases of police abuse" → January, date_end June, precision month). The first months of a year name
such a period, from January: ``find_dates`` leaves them to the year, so an asserted record dated to
that year is re-dated to YEAR-01 … YEAR-MM (``fraction_period_months``: "nine" → September, "half" →
June, "quarter" → March). The dev gold reads so in 2017 Azerbaijan, 2018 El Salvador and 2018 Lesotho
(against 2000 Congo, a practice "during the first half of the year" that "had ended by mid-year"), the
mini-golds in 2018 Cabo Verde (t-events19), 2024 Turkey (t-events17) and 2017 San Marino (t-events21).

Negated records keep the year: "There were no reports of … in the first nine months of the year" is a
negated event of precision ``year`` (the annotation guidelines; 2018 Guyana's gold, "No publications or
convictions occurred during the first nine months of the year"). A sentence with any negation word is
left as it is, whatever polarity its record was given. A comparison
("compared with the first nine months of 2021") names no period of the record: only "in", "during",
"for", "over" and "through" open it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lexicons import lexicon
from ..clause.polarity import event_polarity

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .attach import Produced

MONTHS: dict[str, int] = dict(lexicon("events")["fraction_period_months"])

_FIRST = re.compile(r"(?i)\b(?:in|during|for|over|through(?:out)?)\s+the\s+first\s+(\w+)\s+(months?\s+)?of\s+"
                    r"(?:the\s+year|(\d{4}))\b")


def first_months(sent: "SpacySpan", sent_text: str, year: int, produced: list["Produced"]) -> list["Produced"]:
    """``produced`` with its asserted records of the named year (precision ``year``) dated to the first
    months that ``sent_text`` names as their period; unchanged when it names none."""
    m = _FIRST.search(sent_text)
    if m is None:
        return produced
    word, months_word, named = m.group(1).lower(), m.group(2), m.group(3)
    months = MONTHS.get(word)
    if months is None or (word not in ("half", "quarter")) != bool(months_word):
        return produced  # ("the first two weeks of the year"; "the first half months" is no period)
    if any(t.dep_ == "neg" or t.lower_ in ("no", "none", "never", "neither", "nor") for t in sent):
        return produced  # ("No publications or convictions occurred during the first nine months …")
    y = named or str(year)
    out = []
    for trig, type_, date, date_end, precision in produced:
        if trig is not None and precision == "year" and date == y and date_end is None \
                and event_polarity(trig, sent) != "negated":
            out.append((trig, type_, f"{y}-01", f"{y}-{months:02d}", "month"))
        else:
            out.append((trig, type_, date, date_end, precision))
    return out
