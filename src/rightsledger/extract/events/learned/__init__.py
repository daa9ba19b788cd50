"""The learned models that re-type and re-judge the rules' events.

``typemodel.py`` (the trained typer: features, the model file, the decision) with ``typefeats.py``
(the features of the later feature versions), ``detector.py`` (the learned detector: drops and adds
events). Fitted by ``analysis/training/``; the model files are ``extract/data/event_types.json``
and ``event_detector.json``. Reads ``clause/``, ``types/`` and ``..lexicon``; no rule reads it.
"""
