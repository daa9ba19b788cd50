"""Round t-pen3 (issue 14): an amount in a local dollar takes the report country's dollar, not the US dollar.

The reports write a local dollar with letters glued to the sign ("J$150,000"), with a name before the sign
and the US conversion after the amount ("Zembla $150,000 ($74,000)"), or with an adjective before
"dollars" that the currency table does not know ("10,000 Zemblan dollars"). The reader leaves such an
amount the word "dollars"; ``currency.local_code`` gives it the code of the report country's currency when
that is a dollar, else the US dollar. A bare "$", "US$" and the table's signs ("HK$") are unchanged.
The sentences are ours (a fictional Zembla); the country codes are real, as the code reads them.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers
from rightsledger.extract.numbers.currency import local_code


def _money(sentence: str) -> list[tuple[str, str | None]]:
    return [(n.text, n.unit) for n in find_numbers(sentence) if n.kind == "money"]


@pytest.mark.parametrize("sentence, expected", [
    ("The court fined the editor J$150,000 ($1,000).", [("J$150,000", "dollars"), ("$1,000", "USD")]),
    ("A judge fined him TT$500.", [("TT$500", "dollars")]),
    ("He was ordered to pay damages of Zembla $150,000 ($74,000).",
     [("Zembla $150,000", "dollars"), ("$74,000", "USD")]),
    ("The law provides for fines of up to 10,000 Zemblan dollars ($48).",
     [("10,000 Zemblan dollars", "dollars"), ("$48", "USD")]),
])
def test_a_local_dollar_is_left_the_word(sentence, expected):
    assert _money(sentence) == expected


@pytest.mark.parametrize("sentence, unit", [
    ("The court fined the editor $1,000.", "USD"),
    ("The court fined the editor US$1,000.", "USD"),
    ("The court fined the editor HK$1,000.", "HKD"),
    ("The court fined the editor 1,000 US dollars.", "USD"),
    ("The court fined the editor 1,000 Liberian dollars.", "LRD"),
    ("In June $5,000 went missing from the court's accounts.", "USD"),  # a name without a conversion after
])
def test_other_dollars_are_unchanged(sentence, unit):
    assert [u for _, u in _money(sentence)] == [unit]


@pytest.mark.parametrize("country, code", [("JM", "JMD"), ("fj", "FJD"), ("SB", "SBD"), ("SN", "USD"), (None, "USD")])
def test_the_local_dollar_is_the_country_s(country, code):
    assert local_code("dollars", "J$150,000", country) == code


REPORT = (
    "Section 2. Respect for Civil Liberties\n\n"
    "On March 4, a court fined the editor Lia Dorn SI$90,000 ($11,000) for defamation. "
    "The law provides for fines of up to 50,000 Zemblan dollars ($6,000) for defamation.\n")


@pytest.mark.model
def test_the_pipeline_gives_the_country_s_dollar(nlp, tmp_path):
    """Figures, provisions' quantities and events' penalties in a local dollar carry the code of the
    report country's dollar; the US conversion stays USD."""
    from rightsledger.run.pipeline import process

    path = tmp_path / "report-2023.txt"
    path.write_text(REPORT, encoding="utf-8")
    bundle = process(path, country="Solomon Islands", year=2023, nlp=nlp)
    assert {f.unit for f in bundle.figures if f.unit} == {"SBD", "USD"}
    assert [p.quantity.unit for p in bundle.provisions if p.quantity and p.quantity.value == 50_000] == ["SBD"]
    assert [(e.penalty.kind, e.penalty.value, e.penalty.unit) for e in bundle.events if e.penalty] == \
        [("fine", 90000, "SBD")]
