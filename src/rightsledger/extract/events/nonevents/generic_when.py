"""A sentence that opens with a clause of time about anyone of a class (issue 14, round t-events43): "When
unions tried to hold a meeting without a permit, police dispersed the participants", "When a husband died,
tradition required the widow to stay at home for a month", "When police doubted a suspect's innocence,
governors used administrative detention". What follows such a "when" is what was done whenever it
happened: a practice (DESIGN: habitual practice is no event), in the main clause and in the "when" clause
alike. Round t-events26 tried "when" after the act ("harassed gay men when they reported crimes") and left
it out, since the dev gold keeps such summary statements; this shape is narrower: the clause of time comes
first (``generic_when_marks``) and its subject is a class — a common noun, bare ("unions", "police",
"ore") or with an indefinite determiner (``generic_when_determiners``: "a husband", "an employer"), with
no number, possessive or name. "When the agents brought the journalist to their office" (particular
persons), "When UNHCR ended its aid in 2013" (a name), a clause without a subject ("When informed") and
a pronoun ("When they arrived") and a clause of time with a date of its own ("When police reached the rally
on May 3") are not this shape. The undated readings ask (``undated/occurrences.py``).
Census over the non-held-out dev gold (the 17 sentences opening with "When", parsed): in this shape no event
in 10 reports (2010 Liberia, 2016 Niger, 2017 Tunisia, 2019 Qatar, 2020 Fiji, 2020 Senegal, 2023 Eswatini,
2023 Papua New Guinea, 2024 Jordan twice), an event in none; the four gold events on such sentences are
particular persons, a name or a date (2014 DRC, 2017 Tunisia, 2018 El Salvador, 2019 Ecuador).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Token

MARKS = words("events", "generic_when_marks")
DETERMINERS = words("events", "generic_when_determiners")


def generic_when(tok: "Token") -> bool:
    """True when ``tok``'s sentence opens with a clause of time whose subject is a class (see the module)."""
    sent = tok.sent
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ not in MARKS or first.dep_ not in ("advmod", "mark"):
        return False
    clause = first.head
    if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
        return False  # "When police reached the rally on May 3, …": one occasion
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and _class_noun(subj)


def _class_noun(noun: "Token") -> bool:
    """"unions", "police", "ore", "a husband", "an employer": a common noun with nothing that picks one."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ in DETERMINERS:
            continue
        if c.dep_ in ("det", "poss", "nummod", "predet", "quantmod") or c.like_num or c.pos_ == "PROPN" or c.ent_type_:
            return False
    return True
