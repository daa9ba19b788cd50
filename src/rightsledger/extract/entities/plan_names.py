"""Plans, policies and rules named like bodies (issue 14, organizations; t-orgs14).

The model labels ORG the capitalised name of a plan, a policy or a rule — "the government adopted
the Conceptual Framework for …", "withdrew from the UN's Comprehensive Refugee Response
Framework", "the National Anticorruption Policy (NACP) contributed to …". The guidelines make
plans, programs, policies and rules no entities. Read on twelve reports without gold (round record
t-orgs14): 2022 Armenia, 2018 Tanzania, 2016 Zambia. ``document_words`` (classify.py) already
drops names ending in "plan", "strategy", "law" …; these last words are left out there because
a body may end in them after a head word ("Institute of Public Policy", "Agency for the
Regulation of …", "Ministry of Labor and Social Policy", a gold body of 2017 Azerbaijan).

So a name typed organization whose last word is a ``plan_words`` word is dropped when no word of
it is a body's head word (``org_heads``) or an acronym. Its acronym, defined after it, then
expands to no candidate and goes too (``nonentity_acronyms.py``: "policy", "regulation" are
``nonbody_heads``).
"""
from __future__ import annotations

from .common import Cand, _is_acronym, _key
from .lexicon import ORG_HEADS, PLAN_WORDS


def is_plan_name(name: str) -> bool:
    """A name of two or more words ending in a plan word, with no body's head word or acronym."""
    words = name.split()
    return (len(words) >= 2 and words[-1].lower() in PLAN_WORDS
            and not any(w.lower().strip("’'") in ORG_HEADS or _is_acronym(w) for w in words))


def without_plans(cands: list[Cand]) -> list[Cand]:
    """The candidates less the organization-typed names of plans, policies and rules."""
    plans = {_key(c.text) for c in cands if c.type == "organization" and is_plan_name(c.text)}
    return [c for c in cands if not (c.type == "organization" and _key(c.text) in plans)]
