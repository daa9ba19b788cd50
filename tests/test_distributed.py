"""Ingestion on a local Ray instance gives the same database as a sequential ingest."""
from __future__ import annotations

import json

import pytest

from rightsledger.ledger import Ledger

from .conftest import EXAMPLES

pytestmark = pytest.mark.model
ray = pytest.importorskip("ray")


def _export(ledger: Ledger) -> list[dict]:
    records = list(ledger.export())
    for r in records:
        r.pop("ingested_at", None)
    return records


def test_ray_ingest_equals_sequential(tmp_path):
    files = sorted((EXAMPLES / "reports").iterdir())
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    seq = Ledger(tmp_path / "seq.db")
    expected = seq.ingest([*files, empty])

    from rightsledger.run.distributed import ingest_ray

    dist = Ledger(tmp_path / "ray.db")
    got = ingest_ray(dist.store, [*files, empty], num_cpus=2)
    assert [(r.status, r.doc, r.code) for r in got] == [(r.status, r.doc, r.code) for r in expected]
    assert json.dumps(_export(dist), sort_keys=True) == json.dumps(_export(seq), sort_keys=True)
    # a second run finds everything unchanged without processing it again
    again = ingest_ray(dist.store, files, num_cpus=2)
    assert {r.status for r in again} == {"unchanged"}
