"""Indicators: CIRI physical-integrity estimates and PTS, each with evidence in the text.

Unit tests use short fictional reports written here; the shared-report test ingests one
real report once per module and skips when ../shared is absent.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rightsledger.analysis.indicators import NAMES, indicators
from rightsledger.ledger import Ledger

from .load_script import load_script

try:
    from tests.test_compare import build_bundle
except ImportError:  # tests/ is not a package
    from test_compare import build_bundle  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent

HARSH = [
    ("h", "exec", "EXECUTIVE SUMMARY", "executive_summary", 1, None),
    ("p", "Ostravia is ruled by a military council. Security forces committed numerous serious abuses."),
    ("h", "1", "Section 1. Respect for the Integrity of the Person", "integrity", 1, None),
    ("h", "1.a", "a. Arbitrary or Unlawful Deprivation of Life", "killings", 2, "1"),
    ("p", "Security forces committed numerous extrajudicial killings during the year. On June 3, "
          "soldiers killed 60 civilians in the village of Dorn."),
    ("h", "1.b", "b. Disappearance", "disappearance", 2, "1"),
    ("p", "There were no reports of politically motivated disappearances."),
    ("h", "1.c", "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment", "torture", 2, "1"),
    ("p", "The constitution prohibits such practices; however, police occasionally beat detainees. "
          "In March police beat a student, Ivo Marn, in the Dorn station."),
    ("h", "1.e", "e. Denial of Fair Public Trial", "fair_trial", 2, "1"),
    ("p", "The law provides for an independent judiciary."),
    ("p", "There were many political prisoners, including hundreds of members of the opposition "
          "party held without charge."),
]
MILD = [
    ("h", "exec", "EXECUTIVE SUMMARY", "executive_summary", 1, None),
    ("p", "Velmora is a parliamentary democracy. The government generally respected human rights."),
    ("h", "1", "Section 1. Respect for the Integrity of the Person", "integrity", 1, None),
    ("h", "1.a", "a. Arbitrary or Unlawful Deprivation of Life", "killings", 2, "1"),
    ("p", "There were no reports that the government or its agents committed arbitrary or "
          "unlawful killings."),
    ("h", "1.b", "b. Disappearance", "disappearance", 2, "1"),
    ("p", "There were no reports of disappearances by or on behalf of government authorities."),
    ("h", "1.c", "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment", "torture", 2, "1"),
    ("p", "The constitution and law prohibit such practices, and there were no reports that "
          "government officials employed them."),
    ("h", "1.e", "e. Denial of Fair Public Trial", "fair_trial", 2, "1"),
    ("p", "There were no reports of political prisoners or detainees."),
]


@pytest.fixture
def ledger(tmp_path):
    led = Ledger(tmp_path / "ind.db")
    led.store.save(build_bundle(
        "ostravia-2021", "Ostravia", "OS", 2021, HARSH,
        figures=[(60, None, "civilians", "soldiers killed 60 civilians")],
        events=[("killing", "2021-06-03", [(None, "soldiers", "actor"), (None, "60 civilians", "target")],
                 "asserted", "soldiers killed 60 civilians"),
                ("torture_or_abuse", "2021-03", [(None, "Ivo Marn", "target")], "asserted",
                 "police beat a student")]), "test")
    led.store.save(build_bundle("velmora-2021", "Velmora", "VE", 2021, MILD), "test")
    return led


def _check(led: Ledger, doc: str):
    inds = indicators(led, doc)
    assert [i.name for i in inds] == list(NAMES)
    text = led.text(doc)
    for i in inds:
        assert 0 < i.confidence <= 1 and i.rationale
        assert i.evidence, i.name
        for e in i.evidence:
            assert text[e["start"]:e["end"]] == e["text"]
            assert e["doc"] == doc and e["citation"].startswith("USDOS")
        json.dumps(i.as_dict())
    return {i.name: i for i in inds}


def test_harsh_report(ledger):
    ind = _check(ledger, "ostravia-2021")
    assert ind["KILL"].score == 0
    assert "numerous extrajudicial killings" in ind["KILL"].evidence[0]["text"]
    assert ind["KILL"].events                       # the killing event backs it
    assert ind["DISAP"].score == 2
    assert ind["DISAP"].evidence[0]["kind"] == "absence"
    assert ind["TORT"].score == 1                   # "occasionally", one case
    assert ind["POLPRIS"].score == 0                # "many political prisoners … hundreds"
    assert 3 <= ind["PTS"].score <= 5


def test_mild_report(ledger):
    ind = _check(ledger, "velmora-2021")
    assert [ind[n].score for n in ("KILL", "DISAP", "TORT", "POLPRIS")] == [2, 2, 2, 2]
    assert ind["PTS"].score == 1
    assert all(e["kind"] == "absence" for e in ind["KILL"].evidence)


def test_confidence_lower_without_sections(tmp_path):
    led = Ledger(tmp_path / "flat.db")
    led.store.save(build_bundle("flat-2021", "Flatland", "FL", 2021, [
        ("h", "1", "Section 1. Miscellany", None, 1, None),
        ("p", "There were no reports of politically motivated disappearances."),
    ]), "test")
    ind = {i.name: i for i in indicators(led, "flat-2021")}
    assert ind["DISAP"].score == 2
    assert ind["DISAP"].features["section_found"] is False
    assert ind["DISAP"].confidence < 0.8


def test_cli_indicators(ledger):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    db = str(ledger.store.url).replace("sqlite:///", "")
    runner = CliRunner()
    res = runner.invoke(app, ["indicators", "ostravia-2021", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["name"] for r in rows] == list(NAMES) and rows[0]["kind"] == "indicator"
    res = runner.invoke(app, ["indicators", "ostravia-2021", "--db", db], env={"COLUMNS": "200"})
    assert res.exit_code == 0 and "KILL" in res.stdout and "numerous" in res.stdout
    res = runner.invoke(app, ["indicators", "nowhere-2021", "--db", db])
    assert res.exit_code == 1 and "Traceback" not in res.output


def _bench():
    mod = load_script(ROOT / "bench" / "indicators_eval.py")
    return mod


def test_bench_metrics():
    b = _bench()
    assert b.weighted_kappa([0, 1, 2], [0, 1, 2], [0, 1, 2]) == pytest.approx(1.0)
    assert b.weighted_kappa([0, 1, 2, 2], [2, 2, 2, 2], [0, 1, 2]) == pytest.approx(0.0)
    assert b.weighted_kappa([1, 1], [1, 1], [0, 1, 2]) is None     # undefined: one category
    # linear vs quadratic on a one-point miss
    lin = b.weighted_kappa([0, 1, 2, 2], [0, 2, 2, 1], [0, 1, 2], 1)
    quad = b.weighted_kappa([0, 1, 2, 2], [0, 2, 2, 1], [0, 1, 2], 2)
    assert lin is not None and quad is not None and quad > lin
    assert b.majority([1, 0, 0, 1], "KILL") == 0 and b.majority([3, 4], "PTS") == 4
    assert b.COW["republic of the congo"] != b.COW["democratic republic of the congo"]


# --------------------------------------------------------------------------- shared report
@pytest.fixture(scope="module")
def eritrea(shared_dir, tmp_path_factory):
    led = Ledger(tmp_path_factory.mktemp("eritrea") / "e.db")
    [res] = led.ingest([shared_dir / "reports" / "usdos" / "2004_eritrea.md"])
    assert res.ok, res.error
    return led, res.doc


@pytest.mark.model
def test_shared_report_has_five_indicators_with_evidence(eritrea):
    led, doc = eritrea
    ind = _check(led, doc)
    assert all(i.features.get("section_found", True) for i in ind.values())
    assert ind["TORT"].score in (0, 1)           # "numerous reports … torture" in this report
