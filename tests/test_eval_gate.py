"""The evaluation gate: scores against our gold must not drop below the pinned floors.

Raising a floor is cheap; lowering one takes a deliberate change with a reason in the
commit message. Floors are per document and kind in ``tests/eval_floors.json``.
"""
from __future__ import annotations

import json

import pytest

from rightsledger.analysis.evaluation import evaluate as ev

pytestmark = pytest.mark.model
FLOORS = json.loads(ev.FLOORS_FILE.read_text())


@pytest.mark.parametrize("gold", ev.gold_files(), ids=lambda p: p.stem)
def test_scores_hold_their_floors(gold):
    scores = ev.evaluate_gold_file(gold)
    if scores is None:
        pytest.skip(f"the text of {gold.name} is not available")
    print(json.dumps(scores.as_dict()))
    problems = ev.check_floors([scores], FLOORS)
    assert not problems, problems


def test_every_gold_file_has_floors():
    assert {p.stem for p in ev.gold_files()} <= set(FLOORS["f1"])
