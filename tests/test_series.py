"""A country over the years: ``Ledger.series``, ``rightsledger series``, /api/series, /series."""
from __future__ import annotations

import json

import pytest

from rightsledger import Ledger

from .conftest import EXAMPLES
from .test_compare import norland

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> Ledger:
    led = Ledger(tmp_path_factory.mktemp("series") / "s.db")
    led.store.save(norland(2021), "test")
    led.store.save(norland(2022), "test")
    return led


def test_series_counts_events_per_topic_and_year_with_citations(ledger):
    s = ledger.series("Norland")
    assert s.years == [2021, 2022]
    killings = s.topic("killings")
    assert [y.events for y in killings.years] == [1, 1]
    assert killings.years[0].by_type == {"killing": 1}
    for y in killings.years:
        for p in y.cited:
            assert ledger.text(p.doc)[p.start:p.end] == p.text and p.citation.startswith("USDOS")
    # Lars Holt appears in both years, under one entity id.
    holt = next(e for e in s.entities if e.name == "Lars Holt")
    assert holt.years == [2021, 2022] and len(holt.first) == 2
    assert json.dumps(s.as_dict())


def test_series_of_an_unknown_country_is_one_clear_error(ledger):
    from rightsledger.errors import RightsledgerError

    with pytest.raises(RightsledgerError, match="no reports of 'Atlantis'"):
        ledger.series("Atlantis")


def test_series_cli_api_and_web(ledger):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from rightsledger.api.app import create_app
    from rightsledger.cli.app import app

    db = str(ledger.store.url).replace("sqlite:///", "")
    out = CliRunner().invoke(app, ["series", "Norland", "--db", db, "--format", "jsonl"]).output
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["kind"] == "series" and any(r["kind"] == "topic" and r["topic"] == "killings" for r in rows)
    assert "Example:" in CliRunner().invoke(app, ["series", "--help"]).output
    client = TestClient(create_app(db, ui=True))
    body = client.get("/api/series", params={"country": "Norland"}).json()
    assert body["years"] == [2021, 2022]
    page = client.get("/series", params={"country": "Norland"})
    assert page.status_code == 200 and "<svg" in page.text and "killings" in page.text
    assert "http://" not in page.text.split("<body", 1)[-1].replace("http://www.w3.org", "")
