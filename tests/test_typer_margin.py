"""The typer overrides a type the rules gave only with a margin over the rules' type (t-typer21): its best
type must be at least ``threshold`` probable AND more probable than the rules' type by at least the model
file's ``margin``. Events the policy reads as ambiguous (no trigger, a rules' ``other`` not settled) are
the typer's whatever the margin. Toy models and features of a fictional report (Orlesia, 2022) written for
these tests."""
from __future__ import annotations

import math

import pytest

from rightsledger.extract.events.learned import typemodel


def _model(margin: float | None, protest: float, other: float, killing: float = 0.0) -> dict:
    """A toy typer over one feature ("trig=protest") with the given scores per type."""
    m = {"policy": "ambiguous_confident", "threshold": 0.5,
         "weights": {"protest": {"trig=protest": protest}, "other": {"trig=protest": other},
                     "killing": {"trig=protest": killing}}}
    if margin is not None:
        m["margin"] = margin
    return m


#: "Workers in Port Selvan protested unpaid wages; the protest ended peacefully": the rules say protest.
FEATS = ["bias", "rule=protest", "trig=protest", "rule_trig=protest:protest", "group=5-7"]


def _probs(model: dict) -> dict[str, float]:
    return typemodel.probabilities(model, FEATS)


def test_toy_probabilities_are_what_the_tests_assume():
    p = _probs(_model(0.2, protest=1.0, other=1.3, killing=-3.0))
    assert 0.5 <= p["other"] < 0.6 and 0.4 < p["protest"] < 0.5
    assert math.isclose(sum(p.values()), 1.0)


def test_a_narrow_override_of_the_rules_type_is_refused():
    """p(other) .57 against p(protest) .42: a margin of .15 under the gate's .2, the rules' type stands."""
    assert typemodel.decide(_model(0.2, protest=1.0, other=1.3, killing=-3.0), "protest", FEATS) == "protest"


def test_a_wide_override_passes_the_gate():
    """p(other) .95: far above the rules' type, the typer's type."""
    assert typemodel.decide(_model(0.2, protest=0.0, other=3.0, killing=-3.0), "protest", FEATS) == "other"


def test_without_a_margin_the_policy_is_as_before():
    narrow = _model(None, protest=1.0, other=1.3, killing=-3.0)
    assert typemodel.decide(narrow, "protest", FEATS) == "other"
    assert typemodel.decide({**narrow, "margin": 0.0}, "protest", FEATS) == "other"


def test_the_margin_is_over_the_rules_type_not_the_runner_up():
    """p(other) .55, p(killing) .40, p(protest) .05: the runner-up is close but the rules' type is far."""
    model = _model(0.2, protest=-1.0, other=1.7, killing=1.4)
    p = _probs(model)
    assert p["other"] - p["killing"] < 0.2 < p["other"] - p["protest"]
    assert typemodel.decide(model, "protest", FEATS) == "other"


@pytest.mark.parametrize("feats,rule", [
    (["bias", "rule=other", "trig=protest", "rule_trig=other:protest"], "other"),  # an unsettled rules' other
    (["bias", "rule=other", "notrig", "trig=protest"], "other"),                     # no trigger
])
def test_ambiguous_events_are_the_typers_whatever_the_margin(feats, rule):
    model = _model(0.9, protest=1.3, other=1.0, killing=-3.0)
    assert typemodel.decide(model, rule, feats) == "protest"


def test_combine_takes_the_margin():
    probs = {"protest": 0.42, "other": 0.58}
    assert typemodel.combine("ambiguous_confident", 0.5, "protest", FEATS, probs, 0.2) == "protest"
    assert typemodel.combine("ambiguous_confident", 0.5, "protest", FEATS, probs, 0.1) == "other"
    assert typemodel.combine("confident", 0.5, "protest", FEATS, probs, 0.2) == "protest"


def test_the_shipped_typer_carries_the_margin_chosen_out_of_fold():
    """t-typer21: 0.7, chosen by all 46 leave-one-report-out folds of the non-held-out dev reports."""
    model = typemodel.load_model(str(typemodel.MODEL_FILE))
    assert model is not None and model["policy"] == "ambiguous_confident"
    assert model["margin"] == pytest.approx(0.7)
