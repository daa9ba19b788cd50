"""Words a court's term is told with that the first rules of ``penalties`` did not read
(round t-terms6, read on reports nobody annotated).

- a noun of confinement after the length: "18 months' incarceration", "six years of
  incarceration", "one month's confinement" (``CONFINEMENT``);
- the regime of the prison served in: "14 years in high-security prison" (``IN_PRISON``);
- the term as the object of a court's act: "a court ordered a 4.5-year suspended sentence"
  (``ORDERED_TERM``);
- a death or life sentence told as a noun, the object of a court's act with no word of sentencing:
  "courts delivered suspended death sentences to X", "carried out a death sentence against X", "upheld
  X's death penalty" (``NOUN_TERM``, round t-pen5);
- a term received told with a noun of confinement and no word of sentencing: "His son received
  2.5 years of imprisonment" (``CONFINEMENT_WORD``, a sentencing word of ``penalties``).

The words are in ``data/terms.toml``.
"""
from __future__ import annotations

from ..lexicons import alternation, lexicon

_L = lexicon("terms")
_NOUNS = alternation(_L["confinement_nouns"])
_REGIMES = alternation(_L["prison_regimes"])

# after the length: "['’] incarceration", " of incarceration", " in a high-security prison"
CONFINEMENT = rf"(?:of\s+)?{_NOUNS}\b|in\s+(?:an?\s+)?{_REGIMES}\s+(?:prison|jail|penal\s+colony|colony)"
# a sentencing word: "received 2.5 years of imprisonment" (the length before the noun)
CONFINEMENT_WORD = rf"\b(?:years?|months?|weeks?|days?)['’]?\s+(?:of\s+)?{_NOUNS}\b"
# "ordered a 4.5-year suspended sentence", "announced a two-year prison sentence"
ORDERED_TERM = (rf"{alternation(_L['term_ordering_verbs'])}\s+(?:an?\s+)?[\w.,-]+[\s-]"
                r"(?:years?|months?|weeks?|days?)(?:['’]s?)?\s+(?:suspended\s+)?(?:prison\s+|jail\s+)?sentences?")
# "delivered suspended death sentences", "carried out a qisas death sentence", "upheld X's death penalty"
# (no preposition between: "delivered a speech on the death penalty" is no term)
NOUN_TERM = (rf"{alternation(_L['noun_term_verbs'])}\s+(?:(?!(?:on|of|about|for|to|in|at|against|with|by)\b)[\w'’-]+\s+){{0,4}}?"
             r"(?:death\s+(?:sentences?|penalty)|life\s+(?:prison\s+|jail\s+)?sentences?)")
