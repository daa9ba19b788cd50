"""Arrest procedures told as a summary of the year (issue 14, round t-events24): "Police apprehended
most suspects without a warrant if they had reasonable grounds …", "Authorities apprehended persons
with warrants based on evidence", "Police arrested suspects openly, informed them of their rights …".
Section 1.d's "Arrest Procedures" tells in the simple past how arrests were made; the summary-statement
rule (``summaries.py``) would read each as an arrest of the year, but the dev gold did not (2016 Malawi,
2018 El Salvador, 2018 Lesotho none; 2019 Suriname an event: 3 : 1), settled so in docs/EVALUATION.md
("Arrest procedures told as summaries"), Suriname's gold brought to it. The shape is an arrest verb, active,
whose direct object is a class of persons in general (``procedure_person_nouns``: anyone, not a group
such as demonstrators or journalists — "Security forces arrested demonstrators without warrants" stays
an event), bare or shared out ("most suspects"), and whose verb carries the manner of arresting: an
adverb (``procedure_manner_adverbs``), "with/without" a warrant (``procedure_manner_nouns``) or a
condition ("if", "unless"). Tables in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from ..types.arguments import is_passive
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_NOUNS = words("events", "procedure_person_nouns")
SHARE_WORDS = words("events", "procedure_share_words")
MANNER_ADVERBS = words("events", "procedure_manner_adverbs")
MANNER_NOUNS = words("events", "procedure_manner_nouns")
MANNER_PREPS = words("events", "procedure_manner_preps")
CONDITION_MARKS = words("events", "procedure_condition_marks")


def arrest_procedure(verb: "Token") -> bool:
    """True when ``verb`` tells how arrests were made of persons in general (see the module)."""
    if verb.pos_ not in ("VERB", "AUX") or trigger_type(verb) != "detention_or_arrest":
        return False
    if is_passive(verb):
        return False  # "many detainees were arrested without warrants": not this shape
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objs) == 1 and _class_of_persons(objs[0]) and _manner(verb, objs[0])


def _class_of_persons(noun: "Token") -> bool:
    """"suspects", "most suspects", "persons": a class of anyone, not counted, named or determined."""
    if noun.lemma_.lower() not in PERSON_NOUNS and noun.lower_ not in PERSON_NOUNS or noun.tag_ != "NNS":
        return False
    for c in noun.children:
        if c.dep_ in ("det", "amod", "predet", "quantmod") and c.lower_ in SHARE_WORDS:
            continue
        if c.dep_ in ("det", "nummod", "poss", "predet", "quantmod", "compound", "relcl", "acl") or c.like_num:
            return False  # "the suspects", "two persons", "persons who protested": particular persons
    return True


def _manner(verb: "Token", obj: "Token") -> bool:
    """The verb says how: "openly", "with/without a warrant", a condition ("if they had grounds"). The
    parser may hang "with warrants" on the object ("apprehended persons with warrants"): looked at too."""
    for c in (*verb.children, *(k for k in obj.children if k.dep_ == "prep")):
        if c.dep_ == "advmod" and c.lower_ in MANNER_ADVERBS:
            return True
        if c.dep_ == "prep" and c.lower_ in MANNER_PREPS and any(
                o.dep_ == "pobj" and o.lemma_.lower() in MANNER_NOUNS for o in c.children):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
            return True
    return False
