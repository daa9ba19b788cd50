"""The event typer's training (analysis/training/train.py): the softmax fit and the choice of policy."""
from __future__ import annotations

import numpy as np

from rightsledger.analysis.training.train import (
    TypedEvent,
    choose_candidate,
    by_group,
    cross_validate,
    fit_softmax,
    train_event_types,
)
from rightsledger.extract.events.learned.typemodel import FEATURE_VERSION, decide, probabilities


def test_near_ties_go_to_the_simplest_policy():
    cv = {("rules", None, 1.0, None, "1"): 0.864, ("ambiguous", None, 1.0, None, "2"): 0.871,
          ("ambiguous", None, 3.0, None, "1"): 0.870, ("ambiguous", None, 3.0, None, "2"): 0.870,
          ("ambiguous", None, 3.0, 4.0, "2"): 0.871, ("confident", 0.6, 1.0, None, "2"): 0.873,
          ("model", None, 1.0, None, "2"): 0.85}
    assert choose_candidate(cv) == (("ambiguous", None, 3.0, None, "2"), 0.870)


def test_a_clear_winner_is_chosen():
    cv = {("rules", None, 1.0, None, "1"): {"all": 0.80}, ("ambiguous", None, 1.0, None, "1"): {"all": 0.82},
          ("model", None, 1.0, 4.0, "2"): {"all": 0.90}}
    assert choose_candidate(cv)[0] == ("model", None, 1.0, 4.0, "2")


VERSIONS = ("1", FEATURE_VERSION)


def _events() -> list[TypedEvent]:
    """Two reports where "w=inaugurate" marks an event the rules call a killing but is "other"."""
    out = []
    for doc in ("a", "b", "c"):
        out += [TypedEvent(doc, "killing", {v: ["bias", "rule=killing", "w=inaugurate"] for v in VERSIONS},
                           "other", group="5-7", vec=np.zeros(2, dtype=np.float32)),
                TypedEvent(doc, "killing", {v: ["bias", "rule=killing", "w=shoot"] for v in VERSIONS},
                           "killing", group="1", vec=np.zeros(2, dtype=np.float32))]
    return out


def test_a_refit_replaces_the_shipped_typer_only_when_it_cross_validates_better(tmp_path):
    data = _events()
    cv = cross_validate(data, l2s=(1.0,), scales=(None,))
    assert cv[("rules", None, 1.0, None, "1")]["all"] == 0.5
    assert cv[("model", None, 1.0, None, FEATURE_VERSION)] == {"all": 1.0, "1": 1.0, "5-7": 1.0}
    out = tmp_path / "types.json"
    model, _ = train_event_types(data, out, cv=cv, shipped=("model", None, 1.0, None, "1"))
    assert model is None and not out.exists()  # a tie with what shipped: kept
    model, _ = train_event_types(data, out, cv=cv, shipped=("rules", None, 1.0, None, "1"))
    assert model is not None and out.exists()
    first = out.read_bytes()
    train_event_types(data, out, cv=cv, shipped=("rules", None, 1.0, None, "1"))
    assert out.read_bytes() == first  # deterministic


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
    data = [TypedEvent("a", "killing", {"1": ["bias"]}, "killing", group="1"),
            TypedEvent("a", "other", {"1": ["bias"]}, "strike", group="5-7"),
            TypedEvent("b", "strike", {"1": ["bias"]}, "strike", group="5-7")]
    assert by_group(None, data) == {"all": 2 / 3, "1": 1.0, "5-7": 0.5}


def test_the_fit_is_deterministic():
    rows = [["bias", "w=a"], ["bias", "w=b"], ["bias", "w=a", "w=c"], ["bias", "w=b", "w=c"]]
    y = ["x", "y", "x", "y"]
    assert fit_softmax(rows, y, min_count=1) == fit_softmax(rows, y, min_count=1)
