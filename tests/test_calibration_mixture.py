"""The confidence model's last Platt step, fitted on a mixture of first-run rows and today's rows
(round t-calib5), on fictional rows: every record of a made-up kind-model gets the same confidence, and
the two groups are right at different rates."""
import math

import pytest

from rightsledger.analysis.training.calibration import Labelled, fit_platt
from rightsledger.analysis.training.first_run_fit import fit_mixture_step, mixture_weights, with_mixture_step
from rightsledger.extract import confidence as conf

#: A made-up model: every event gets log-odds log(1.5), a confidence of .6.
MODEL = {"event": {"weights": {"bias": math.log(1.5)}}}


def rows(doc: str, n: int, right: int) -> list[Labelled]:
    return [Labelled(doc, "event", ("bias",), i < right) for i in range(n)]


def test_mixture_weights_give_each_group_its_share():
    wa, wb = mixture_weights([300, 100], [0.75, 0.25])
    assert wa * 300 == pytest.approx(300) and wb * 100 == pytest.approx(100)
    wa, wb = mixture_weights([300, 100], [0.5, 0.5])
    assert wa * 300 == pytest.approx(wb * 100) and wa * 300 + wb * 100 == pytest.approx(400)
    assert mixture_weights([0, 50], [0.5, 0.5]) == [0.0, 1.0]


def test_weighted_platt_is_the_fit_on_repeated_rows():
    z, y = [-1.0, 0.0, 1.0, 2.0, 0.5], [False, True, True, True, False]
    assert fit_platt(z, y, weights=[2, 1, 1, 3, 1]) == pytest.approx(
        fit_platt(z + [-1.0, 2.0, 2.0], y + [False, True, True]), abs=1e-3)


def test_step_follows_the_mixture_weight():
    first, today = rows("fictional_old", 1000, 600), rows("fictional_new", 500, 450)  # right .6 and .9
    got = {}
    for w in (0.0, 0.5, 1.0):
        model = with_mixture_step(MODEL, fit_mixture_step(MODEL, first, today, w), w)
        got[w] = conf.calibrated(model["event"], ("bias",))
    assert got[0.0] == pytest.approx(0.6, abs=0.01)
    assert got[0.5] == pytest.approx(0.75, abs=0.01)
    assert got[1.0] == pytest.approx(0.9, abs=0.01)


def test_step_applies_after_the_map_and_leaves_a_file_without_it_alone():
    mapped = {"weights": {"bias": 0.0}, "map": [[0.4, 0.6], [0.7, 0.8]]}  # p .5 -> .75
    assert conf.calibrated(mapped, ("bias",)) == 0.75
    stepped = with_mixture_step({"event": mapped}, (1.0, math.log(3)), 0.5)
    assert conf.calibrated(stepped["event"], ("bias",)) == 0.9  # odds 3 -> 9
    assert "mix_platt" not in mapped and stepped["event"]["mix_from"].endswith("w=0.5")
