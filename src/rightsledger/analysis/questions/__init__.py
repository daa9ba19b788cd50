"""Question time: what `ask` and `search --semantic` do with a question over the stored reports.

`ask.py` ranks the sentences that answer (its stages: `rescore.py` the second stage, `units.py` an
outline unit's coverage, `scope.py` the country, reports, entities and years a question names,
`acronyms.py` a report's long forms, `editions.py` one fact of several editions shown once,
`rerank.py` the optional transformer); `question.py` reads a question from its words alone;
`answers.py` the answers panel above the passages; `spread.py` which reports the passages come
from. Word lists in `data/ask.toml`. Nothing here fits a model or reads gold.
"""
