"""The wording the indicators read, clause by clause: a state or a non-state perpetrator, absence
("there were no reports of …"), frequency ("widespread", "numerous") or occasion ("a few",
"isolated"), a statement of the law, earlier years, armed conflict and mass violence; and
:func:`classify`, the hits of one sentence for one indicator.
"""
from __future__ import annotations

import re

from .report import Hit, Sent
from .rules import Rule

_STATE = re.compile(
    r"\b(security forces?|police(men|man|women)?|soldiers?|army|military|troops|gendarme\w*|"
    r"government (forces|agents|officials|troops|soldiers)|authorities|officers?|guards?|"
    r"militar\w+|presidential guard|intelligence|state security|armed forces|"
    r"government|officials?|agents?|militias? (allied|loyal|linked)|pro-government|"
    r"politically motivated|presidential \w+|ecomog|cdf)\b")
#: Non-state perpetrators: when one comes before any state actor, the clause is not counted.
_NON_STATE = re.compile(
    r"\b(rebels?|insurgents?|mobs?|vigilantes?|local (inhabitants|residents)|residents|villagers|"
    r"bandits?|criminals?|unknown (persons|assailants|gunmen)|armed (men|groups?)|militia(s|men)?|"
    r"clan|factions?|ruf|afrc|terrorists?|al-shabaab|aqim|lra)\b")
_UNCONFIRMED = re.compile(r"\b(unconfirmed|unsubstantiated|unverified|rumou?rs?)\b")

ABSENCE = re.compile(
    r"\b(there (were|was) no (new |credible |confirmed |known |other )?"
    r"(reports?|allegations?|cases?|instances?|evidence|indications?)|"
    r"no (new |credible |confirmed )?reports? (of|that)|there were no\b|did not (hold|detain) any|"
    r"no political prisoners|no known political prisoners|"
    r"were no (politically motivated )?(disappearances|killings))")
_FREQUENT = re.compile(
    r"\b(widespread|numerous|systematic\w*|frequent\w*|routine\w*|many|hundreds|dozens|thousands|"
    r"regularly|commonly|common|often|pervasive|large numbers?|scores of|repeatedly|"
    r"continued to (torture|beat|kill|abuse)|a pattern of|mass\b|"
    r"massacre\w*|countless|rampant|endemic)\b")
_OCCASIONAL = re.compile(
    r"\b(a few|several|some|isolated|occasional\w*|sporadic\w*|rare\w*|at times|sometimes|"
    r"a number of|an unknown number)\b")
LAW = re.compile(
    r"^\s*(the )?(constitution|law|penal code|criminal code|legislation)s?( and (the )?\w+)? "
    r"(\w+ )?(prohibits?|provides?|forbids?|bans?|requires?|criminali[sz]es?|stipulates?)\b")
PAST = re.compile(r"\b(previous|prior|past) years?\b|\bunresolved\b|\bno (new )?developments\b")
_YEAR = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")
CONFLICT = re.compile(
    r"\b(civil war|armed conflict|internal conflict|rebel\w*|insurgen\w*|militias?|"
    r"armed groups?|genocide|ethnic cleansing|crimes against humanity|war crimes|"
    r"fighting between|hostilities)\b")
MASS = re.compile(
    r"\b(thousands|tens of thousands|hundreds) (of )?(civilians|persons|people|deaths|bodies|"
    r"were killed|killed|died)\b|\bgenocide\b|\bmass (killings?|graves?|executions?|atrocities)\b|"
    r"\bmassacre\w*")
VICTIMS = re.compile(r"\b(person|people|civilian|death|dead|bod(y|ies)|victim|killed|prisoner|"
                     r"detainee|individual|demonstrator|protester|men|women|child)")
_CLAUSE_SPLIT = re.compile(r";\s*however,?\s*|,\s*but\s+|;\s*|\bhowever,\s*|\balthough\s+|\bwhile\s+")


def clauses(text: str) -> list[str]:
    """The clauses of a sentence, lower-cased: cut at "but", "however", "although", "while" and
    semicolons, so that a case after "there were no reports of …, but" still counts."""
    return [c for c in _CLAUSE_SPLIT.split(text.lower()) if c and c.strip()]


def is_past(clause: str, year: int | None) -> bool:
    """A clause about earlier years ("the 2001 case", "unresolved disappearances")."""
    if PAST.search(clause):
        return True
    if year:
        years = [int(y) for y in _YEAR.findall(clause)]
        if years and all(y < year for y in years):
            return True
    return False


def state_actor(clause: str) -> bool:
    """A state actor is named, and not after a non-state perpetrator."""
    st = _STATE.search(clause)
    if st is None:
        return False
    ns = _NON_STATE.search(clause)
    return ns is None or st.start() < ns.start()


def classify(rule: Rule, s: Sent, year: int | None) -> list[Hit]:
    """The hits of one sentence: absence clauses, and its first counted clause."""
    out: list[Hit] = []
    if not rule.keyword.search(s.text.lower()):
        return out
    w = 1.0 if s.where != "summary" else 0.5
    if _UNCONFIRMED.search(s.text.lower()):
        w *= 0.5
    for clause in clauses(s.text):
        if not rule.keyword.search(clause):
            continue
        if ABSENCE.search(clause):
            if not is_past(clause, year):
                out.append(Hit("absence", s))
            continue
        if LAW.search(clause) and not _FREQUENT.search(clause) and not _OCCASIONAL.search(clause):
            continue
        if is_past(clause, year):
            continue
        if rule.needs_state_actor and not state_actor(clause):
            continue
        if _FREQUENT.search(clause):
            out.append(Hit("frequent", s, w))
        elif _OCCASIONAL.search(clause):
            out.append(Hit("occasional", s, w))
        elif s.where != "summary":
            out.append(Hit("case", s, w))
        break
    return out
