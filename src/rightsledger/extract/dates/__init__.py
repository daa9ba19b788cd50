"""Dates: the date expressions of a sentence, as ISO dates anchored to the report year.

One module a step: ``scan`` (``find_dates``: the scan of a sentence, overlaps, kinds, the year a
day inherits), ``patterns`` (the regular expressions of date expressions and of the words around
them), ``resolve`` (the date of one matched expression), ``relative`` (relative dates counted
from the previous date), ``values`` (the ``DateMention`` record, month and number words, ISO
strings), ``anchors`` (which way "N units after …" counts, read from the parse; called by
``events``; the one place that dates a count hanging on a clause or noun phrase, which
``find_dates`` leaves unresolved).

``find_dates`` and ``DateMention`` are handed on here because some thirty modules, tests and
scripts import them from ``rightsledger.extract.dates``; any other name is imported from its module.
"""
from .scan import find_dates
from .values import DateMention

__all__ = ["DateMention", "find_dates"]
