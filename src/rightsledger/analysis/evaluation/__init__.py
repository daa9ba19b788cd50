"""Evaluation: export records scored against the gold files, and gold files against each other.

`evaluate.py` the gold files, their columns (dev, held-out, test) and the floors; `scoring.py` the
matching rules and P/R/F1 (pure); `agreement.py` two annotators of one document (`rightsledger
agree`). Read by `training/` (labels come from the same matching); it imports nothing of it.
"""
