"""Penalties and durations on events (extract/penalties.py), on sentences of our own making."""
from __future__ import annotations

from pathlib import Path

import pytest

from rightsledger.extract.penalties import find_durations, find_penalties

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "penalties" / "dravonia-2021.txt"


def _p(sentence):
    return [(p.kind, p.value, p.unit) for _, p in find_penalties(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("On March 3, a court in Tolven sentenced the blogger to five years' imprisonment.", [("prison", 5, "years")]),
    ("The court fined the editor 500,000 tenge ($1,100) for spreading false information.", [("fine", 500000, "KZT")]),
    ("In June the military court sentenced the former commander to life imprisonment.", [("life", None, None)]),
    ("Three soldiers received death sentences in absentia in May.", [("death", None, None)]),
    ("The journalist received a two-year suspended sentence on April 9.", [("prison", 2, "years")]),
    ("A court sentenced him to three years of restricted freedom.", [("restricted_freedom", 3, "years")]),
    ("In October the court sentenced Ivanov to 18 months in prison and fined him 2 million CFA francs.",
     [("prison", 18, "months"), ("fine", 2000000, "XAF")]),
    ("The law provides for up to five years' imprisonment for insulting the president.", []),
    ("Police detained him for 48 hours.", []),
])
def test_penalties(sentence, expected):
    assert _p(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Police detained the activist on May 5 and held him for 48 hours without charge.", (48, "hours", "detention")),
    ("She was detained for two weeks in August before a judge ordered her release.", (2, "weeks", "detention")),
    ("Authorities held the journalists for approximately three hours before releasing them.", (3, "hours", "release")),
    ("The opposition newspaper was suspended for three months in July.", (3, "months", "detention")),
    ("The detainee spent 10 days in custody before being charged.", (10, "days", "detention")),
    ("He was held for over a week.", (1, "weeks", "detention")),
    ("In October the court sentenced Ivanov to 18 months in prison.", None),
])
def test_durations(sentence, expected):
    got = [(d.value, d.unit, cue) for _, d, cue in find_durations(sentence)]
    assert (got[0] if got else None) == expected


@pytest.mark.model
def test_pipeline_exports_penalties_and_durations(nlp, tmp_path):
    import json
    import subprocess
    import sys

    from rightsledger.run.pipeline import process

    bundle = process(FIXTURE, year=2021, nlp=nlp)
    by_start = {}
    for ev in bundle.events:
        by_start.setdefault(ev.evidence.text[:25], []).append(ev)

    def one(prefix, typ):
        evs = [e for k, v in by_start.items() if k.startswith(prefix) for e in v if e.type == typ]
        assert evs, (prefix, typ, {k: [e.type for e in v] for k, v in by_start.items()})
        return evs[0]

    p = one("On March 3, the Tolven", "conviction_or_sentence").penalty
    assert (p.kind, p.value, p.unit) == ("prison", 5, "years")
    assert one("On April 9, a court", "conviction_or_sentence").penalty.kind == "prison"
    assert one("In June the Supreme", "conviction_or_sentence").penalty.kind == "life"
    assert one("On July 14, the region", "conviction_or_sentence").penalty.kind == "death"
    assert one("On September 20, the co", "conviction_or_sentence").penalty.kind == "restricted_freedom"
    d = one("Police detained the act", "detention_or_arrest").duration
    assert (d.value, d.unit) == (48, "hours")
    d = one("On October 11, police d", "detention_or_arrest").duration
    assert (d.value, d.unit) == (2, "weeks")
    # the contract: penalty and duration are exported and pass the shared checker
    from rightsledger.store.export import write_jsonl

    recs = [{"kind": "event", **e.as_dict()} for e in bundle.events]
    assert any(r["penalty"] for r in recs) and any(r["duration"] for r in recs)
    checker = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_export.py"
    if checker.is_file():
        out = tmp_path / "e.jsonl"
        with open(out, "w", encoding="utf-8") as fh:
            write_jsonl(recs, fh)
        res = subprocess.run([sys.executable, str(checker), str(out), str(FIXTURE)], capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr
