"""A currency name several currencies share ("CFA francs") takes the code of the report's country:
the West African franc (XOF) in the states of the BCEAO, the Central African franc (XAF) in those of
the BEAC. The sentences are ours."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers.currency import local_code


@pytest.mark.parametrize("unit, text, country, expected", [
    ("XAF", "500,000 CFA francs", "SN", "XOF"),     # Senegal: West African franc
    ("XAF", "500,000 CFA francs", "ne", "XOF"),     # the code's case does not matter
    ("XAF", "500,000 CFA francs", "TD", "XAF"),     # Chad: Central African franc
    ("XAF", "XAF 500,000", "SN", "XAF"),            # the ISO code written out is kept
    ("USD", "$850", "SN", "USD"),
    ("XAF", "500,000 CFA francs", None, "XAF"),     # no country: the reader's default
    (None, "500,000", "SN", None),
])
def test_local_code(unit, text, country, expected):
    assert local_code(unit, text, country) == expected


REPORT = (
    "Section 1. Respect for the Integrity of the Person\n\n"
    "On March 4, a court in Tamba fined the editor Ansou Diallo 500,000 CFA francs ($850) for "
    "defamation. The law provides for fines of up to two million CFA "
    "francs for defamation.\n")


@pytest.mark.model
@pytest.mark.parametrize("country, code", [("Senegal", "XOF"), ("Chad", "XAF")])
def test_the_pipeline_gives_the_report_country_s_code(nlp, tmp_path, country, code):
    """Figures, provisions' quantities and events' penalties in "CFA francs" carry the code of the
    report's country; the dollar conversion stays USD."""
    from rightsledger.run.pipeline import process

    path = tmp_path / "report-2023.txt"
    path.write_text(REPORT, encoding="utf-8")
    bundle = process(path, country=country, year=2023, nlp=nlp)
    units = {f.unit for f in bundle.figures if f.unit}
    assert code in units and "USD" in units and ({"XAF", "XOF"} - {code}).isdisjoint(units)
    assert [p.quantity.unit for p in bundle.provisions if p.quantity and p.quantity.value == 2_000_000] == [code]
    assert [(e.penalty.kind, e.penalty.unit) for e in bundle.events if e.penalty] == [("fine", code)]
