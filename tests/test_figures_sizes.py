"""Figures of the executive summary and Section 3 (issue 14, round 4): the size of a body
glued to its noun ("the 155-seat assembly", "a 16,000-member unit", "a 3,500-officer police
force"), multipliers ("a four-fold rise"), a range whose scale word closes it ("between 7 and
8 million"); not figures: the denominator of a rate ("per 100,000 live births"), "one" in an
idiom ("In one case", "One such law"), compound modifiers ("a 16-point plan"). A year is
not the start of a range ("from 185,000 in August 2002 to 167,000"). Sentences of our own
making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers

TEXT = (
    "ZEMBLA 2003 HUMAN RIGHTS REPORT\n\n"
    "Zembla is a republic whose population is estimated to be between 7 and 8 million. "
    "There were 10 women in the 155-seat National Assembly. "
    "In 2002 the government created a 16,000-member unit and a 3,500-officer police force. "
    "The 60,000-strong army was deployed in the north. "
    "An 11-count indictment was issued against the former minister. "
    "The conflict caused an almost four-fold rise in prices. "
    "The ruling party won 118 of the 188 seats, and turnout was 62 percent. "
    "The government adopted a 16-point plan. "
    "The maternal mortality rate was 994 deaths per 100,000 live births. "
    "Six girls attended school for every 10 boys. "
    "In one case, observers reported that ballots were destroyed. "
    "One such law requires officials to disclose their assets.\n"
)

EXPECTED = [
    ("between 7 and 8 million", 7_000_000),
    ("155-seat", 155), ("10 women", 10),
    ("16,000-member", 16000), ("3,500-officer", 3500),
    ("60,000-strong", 60000), ("11-count", 11), ("four-fold", 4),
    ("118 of", 118), ("188 seats", 188), ("62 percent", 62),
    ("994 deaths", 994), ("Six girls", 6), ("10 boys", 10),
]


@pytest.mark.model
def test_sizes_multipliers_and_rates(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    doc = Document("zembla-2003", "Zembla", "Zembla", None, 2003, "", "txt", "x", len(TEXT))
    figs = extract_figures(annotate(TEXT, doc, outline(TEXT, doc.id), nlp))
    assert sorted(f.value for f in figs) == sorted(v for _, v in EXPECTED)
    for f in figs:
        assert f.evidence.text == TEXT[f.evidence.start:f.evidence.end]


def test_range_scale_and_year_ranges() -> None:
    def q(s: str) -> list[tuple]:
        return [(m.value, m.value_end, m.kind) for m in find_numbers(s)]

    assert q("between 7 and 8 million persons") == [(7_000_000, 8_000_000, "count")]
    assert q("between 5,000 and 6,500 persons") == [(5000, 6500, "count")]
    assert q("fell from 185,000 in August 2002 to 167,000 in January 2003") == [
        (185000, None, "count"), (2002, None, "year"), (167000, None, "count"), (2003, None, "year")]
    assert q("from 1990 to 2000") == [(1990, 2000, "year")]
