"""Sentences that narrate what courts imposed, told without "was sentenced" (issue 14).

"nine cases resulted in convictions with prison sentences ranging from two to nine years", "a
garrison court … imposed sentences of between three years to life imprisonment": the terms are penalties
of the conviction events (``penalties``), not a rule's range (``provisions``), although "sentences
ranging from" is how a rule states its penalties too.

A term a person is serving ("stayed in jail under a 12-year sentence following his May 2021
conviction", "serving a life sentence") is the penalty of the conviction the sentence names, and
of no other event (``SERVING``).
"""
from __future__ import annotations

import re

NARRATED_CONVICTIONS = re.compile(
    r"(?i)\b(?:result(?:ed|ing)|ended)\s+in\s+(?:\w+\s+)?convictions?\b|"
    r"\b(?:imposed|handed\s+down)\s+(?:\w+\s+){0,2}?(?:sentences|(?:prison\s+|jail\s+)terms)\b")
# what a sentenced person serves: "under a 12-year sentence", "serving a life sentence"
SERVING = re.compile(r"(?i)\b(?:serving|under)\s+(?:an?|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?sentences?\b")
