"""The event typer's training (analysis/train.py): the softmax fit and the choice of policy."""
from __future__ import annotations

import numpy as np

from rightsledger.analysis.train import _choose, by_group, fit_softmax, TypedEvent
from rightsledger.extract.events.typemodel import decide, probabilities


def test_near_ties_go_to_the_simplest_policy():
    cv = {("rules", None, 1.0, None): 0.864, ("ambiguous", None, 1.0, None): 0.871,
          ("ambiguous", None, 3.0, None): 0.870, ("ambiguous", None, 3.0, 4.0): 0.871,
          ("confident", 0.6, 1.0, None): 0.873, ("model", None, 1.0, None): 0.85}
    assert _choose(cv) == (("ambiguous", None, 3.0, None), 0.870)


def test_a_clear_winner_is_chosen():
    cv = {("rules", None, 1.0, None): {"all": 0.80}, ("ambiguous", None, 1.0, None): {"all": 0.82},
          ("model", None, 1.0, 4.0): {"all": 0.90}}
    assert _choose(cv)[0] == ("model", None, 1.0, 4.0)


def test_the_typer_retypes_only_what_the_policy_lets_it():
    rows = [["bias", "rule=killing", "w=inaugurate"], ["bias", "rule=killing", "w=inaugurate"],
            ["bias", "rule=killing", "w=kill"], ["bias", "rule=killing", "w=kill"]]
    weights = fit_softmax(rows, ["other", "other", "killing", "killing"], l2=0.1, iters=200, min_count=1)["weights"]
    feats = ["bias", "rule=killing", "w=inaugurate"]
    assert decide({"policy": "model", "weights": weights}, "killing", feats) == "other"
    assert decide({"policy": "ambiguous", "weights": weights}, "killing", feats) == "killing"
    assert decide({"policy": "rules", "weights": weights}, "killing", feats) == "killing"


def test_the_vector_part_adds_one_dot_product_per_type():
    rows = [["bias"]] * 4
    dense = np.array([[1, 0], [1, 0], [0, 1], [0, 1]], dtype=np.float32) * 4
    fit = fit_softmax(rows, ["protest", "protest", "strike", "strike"], l2=0.1, iters=300, min_count=1, dense=dense)
    types = list(fit["weights"])
    model = {"policy": "model", "weights": fit["weights"], "dense": fit["dense"], "dense_scale": 4.0,
             "_dense": (types, np.asarray([fit["dense"][t] for t in types], dtype=np.float32) * 4.0)}
    assert decide(model, "other", ["bias"], np.array([1, 0], dtype=np.float32)) == "protest"
    assert decide(model, "other", ["bias"], np.array([0, 1], dtype=np.float32)) == "strike"
    assert abs(sum(probabilities(model, ["bias"], np.array([0, 1], dtype=np.float32)).values()) - 1) < 1e-6


def test_accuracy_is_reported_per_section_group():
    data = [TypedEvent("a", "killing", ["bias"], "killing", group="1"),
            TypedEvent("a", "other", ["bias"], "strike", group="5-7"),
            TypedEvent("b", "strike", ["bias"], "strike", group="5-7")]
    assert by_group(None, data) == {"all": 2 / 3, "1": 1.0, "5-7": 0.5}


def test_the_fit_is_deterministic():
    rows = [["bias", "w=a"], ["bias", "w=b"], ["bias", "w=a", "w=c"], ["bias", "w=b", "w=c"]]
    y = ["x", "y", "x", "y"]
    assert fit_softmax(rows, y, min_count=1) == fit_softmax(rows, y, min_count=1)
