"""Fitting models on dev gold: the confidence model, the event typer and the event detector.

`train.py` (`rightsledger train`) and `reviewed.py` (rows from reviewed events) over the shared
fits `logistic.py`, `softmax.py`, `calibration.py`; the first runs of dev reports
(`first_runs.py`, `first_run_types.py`, their rows in `data/`) and the confidence model's fit on
them (`first_run_fit.py`); the typer (`typer_*.py`: rows, fit, cross-validation and its ship
rule); the detector (`detect_*.py`). Reads `evaluation/` for gold and matching; never run at
question time.
"""
