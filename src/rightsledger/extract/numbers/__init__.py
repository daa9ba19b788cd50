"""Numbers: the number mentions of a text (digits, words, fractions, ranges, percentages, money).

``scan`` (``find_numbers``, the ``NumberMention`` record), ``words`` (numbers written in words),
``ages`` (ages told by their context), ``roles`` (what a number token does in the parse: a label,
a pronoun, a count of kinds; shared by ``figures`` and ``provisions``), ``currency`` (the currency
of a name several currencies share, or of a bare currency word, from the report's country).

``find_numbers`` and ``NumberMention`` are handed on here because some twenty-five modules and
tests import them from ``rightsledger.extract.numbers``; any other name is imported from its module.
"""
from .scan import NumberMention, find_numbers

__all__ = ["NumberMention", "find_numbers"]
