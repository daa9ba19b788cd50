"""The event typer's training (analysis/train.py): the softmax fit and the choice of policy."""
from __future__ import annotations

from rightsledger.analysis.train import _choose, fit_softmax
from rightsledger.extract.events.typemodel import decide


def test_near_ties_go_to_the_simplest_policy():
    cv = {("rules", None, 1.0): 0.864, ("ambiguous", None, 0.3): 0.871, ("ambiguous", None, 3.0): 0.870,
          ("confident", 0.6, 0.3): 0.873, ("model", None, 1.0): 0.85}
    assert _choose(cv) == (("ambiguous", None, 3.0), 0.870)


def test_a_clear_winner_is_chosen():
    cv = {("rules", None, 1.0): 0.80, ("ambiguous", None, 1.0): 0.82, ("model", None, 1.0): 0.90}
    assert _choose(cv)[0] == ("model", None, 1.0)


def test_the_typer_retypes_only_what_the_policy_lets_it():
    rows = [["bias", "rule=killing", "w=inaugurate"], ["bias", "rule=killing", "w=inaugurate"],
            ["bias", "rule=killing", "w=kill"], ["bias", "rule=killing", "w=kill"]]
    weights = fit_softmax(rows, ["other", "other", "killing", "killing"], l2=0.1, iters=200, min_count=1)
    feats = ["bias", "rule=killing", "w=inaugurate"]
    assert decide({"policy": "model", "weights": weights}, "killing", feats) == "other"
    assert decide({"policy": "ambiguous", "weights": weights}, "killing", feats) == "killing"
    assert decide({"policy": "rules", "weights": weights}, "killing", feats) == "killing"
