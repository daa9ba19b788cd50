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
it is a body's head word (``org_heads``) or an acronym. The acronym defined right after it ("the
National Anticorruption Policy (NACP)") names the plan too and is banned with it:
``nonentity_acronyms.py`` would miss it where the capitals do not spell it letter by letter
("Anticorruption" gives one letter, "NACP" two) — the first run left "NACP" a body (2016 Zambia).
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold
from ..common import Cand, is_acronym, name_key
from ..lexicon import ORG_HEADS, PLAN_WORDS


def is_plan_name(name: str) -> bool:
    """A name of two or more words ending in a plan word, with no body's head word or acronym."""
    words = name.split()
    return (len(words) >= 2 and words[-1].lower() in PLAN_WORDS
            and not any(w.lower().strip("’'") in ORG_HEADS or is_acronym(w) for w in words))


_DEFINED_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&\-]{1,9})\s*\)")


def without_plans(text: str, cands: list[Cand]) -> tuple[list[Cand], set[str]]:
    """The candidates less the organization-typed names of plans, policies and rules, and the
    folded acronyms defined right after those names (to ban with the other non-entity acronyms)."""
    dropped = [c for c in cands if c.type == "organization" and is_plan_name(c.text)]
    plans = {name_key(c.text) for c in dropped}
    acronyms = {fold(m.group(1)) for c in dropped
                if (m := _DEFINED_AFTER.match(text, c.end)) and is_acronym(m.group(1))}
    return [c for c in cands if not (c.type == "organization" and name_key(c.text) in plans)], acronyms
