"""Forms of a legal rule read on reports without gold (issue 14, provisions round 7), beside
the frames of :mod:`.provisions`:

- the penalty told after the rule it belongs to: "Homosexual activity is illegal, with a possible
  prison sentence of six months to five years" (``WITH_PENALTY``, in a sentence without a date);
- the penalty a rule provides as the subject of a passive: "imprisonment of 5 to 25 years is
  provided" (``PENALTY_PROVIDED``);
- the older layouts' past tense of a detention period: "Suspects of serious offenses could be
  detained for 14 days while police conduct an investigation" (``COULD_PERIOD``, undated, a
  class of persons as the subject);
- what an instrument states, in the past tense too: "The law also stated gatherings of four or
  more persons required police authorization" (``law_says``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rule_subjects import LAW_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# the penalty a rule carries, told after it: "Homosexual activity is illegal, with a possible prison
# sentence of six months to five years" (in a sentence without a date)
WITH_PENALTY = re.compile(r"\bwith\s+(?:an?\s+)?(?:possible\s+|maximum\s+|minimum\s+|mandatory\s+)?(?:prison\s+|jail\s+)?"
                          r"(?:sentences?|penalt(?:y|ies)|terms?|punishments?)\s+(?:of|ranging)\b", re.I)

# the penalty a rule provides, told as the subject of a passive ("Where children under 13 years of age
# are involved, imprisonment of 5 to 25 years is provided")
PENALTY_PROVIDED = re.compile(r"\b(?:imprisonment|prison\s+terms?|sentences?|penalt(?:y|ies)|fines?)\s+of\s+[^.;]{1,40}?"
                              r"\s+(?:is|are)\s+(?:provided|prescribed|stipulated|foreseen|envisaged|imposed)\b", re.I)

# the older layouts' past tense of a detention period: "Suspects of serious offenses could be detained
# for 14 days while police conduct an investigation", "Police were allowed to detain suspects for 4 days"
# (in a sentence without a date)
COULD_PERIOD = re.compile(r"\b(?:could\s+(?:only\s+|legally\s+)?be\s+(?:held|detained|kept|extended|prolonged|renewed)|"
                          r"(?:was|were)\s+(?:legally\s+)?(?:allowed|permitted|authorized)\s+to\s+(?:hold|detain|keep))\s+"
                          r"(?:\w+\s+){0,3}?for\s+(?:up\s+to\s+|as\s+long\s+as\s+)?\S+\s+(?:hours?|days?|weeks?|months?|years?)\b", re.I)


def law_says(verb: "Token") -> bool:
    """"The law also stated gatherings of four or more persons required a permit": what an
    instrument states is its rule, in the past tense too."""
    return verb.lemma_.lower() in ("state", "say") and any(
        c.dep_ == "nsubj" and c.lower_ in LAW_WORDS for c in verb.children)
