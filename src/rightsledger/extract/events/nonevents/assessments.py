"""Assessments are no occurrences (issue 14, round t-evfp14): a body that judged what is so — "The
ombudsman assessed that the case was politically motivated", "The commission linked the suicides to the
lack of care", "NGOs questioned the commission's independence", "Media characterized the year as
difficult" — states a view of a state of affairs. On
twelve reports nobody annotated (the round's record), ``_other_occurrence`` made such sentences events of
type ``other`` of the report year in six of them; DESIGN's event is a specific occurrence, and the
settled reactions (2026-12-06) are condemnations and calls about an occurrence, which these verbs are not
(a view of a law or practice in general is no event either).

The verbs are a word class (``assessment_verbs`` in ``extract/data/events.toml``); the rule is by the
parse: the main verb is one of them and no object of it names a particular person or counts something
("The police questioned the suspect", "The ministry added 20 inspectors" are acts). Two settled readings
stay events: an observers' verdict on an election ("Voting was judged free and fair", 2026-12-06,
``verdicts.py``'s words) and a reaction to a dated instrument or occurrence ("assessed the June
amendments positively": the object holds a date). A passive is what was done, not a view ("The rules
were added to the curriculum"). "dispute" is left out: the dev gold reads "disputed this claim" about a
specific occurrence as a reaction.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ASSESSMENT_VERBS, PERSON_NOUNS, VERDICT_ELECTION_WORDS, VERDICT_VOTE_WORDS
from ..types.arguments import is_passive
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


def assessment(root: "Token") -> bool:
    """``root`` judges what is so (see the module): its lemma is an assessment verb and none of its
    objects is a person or a counted thing."""
    if trigger_lemma(root) not in ASSESSMENT_VERBS or is_passive(root):
        return False  # (a passive is what was done: "The rules were added to the curriculum", 2017 Tunisia)
    if any(t.lemma_.lower() in VERDICT_ELECTION_WORDS | VERDICT_VOTE_WORDS for t in root.subtree):
        return False  # an observers' verdict on an election (verdicts.py)
    objs = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    objs += [o for c in root.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if any(t.ent_type_ == "DATE" for o in objs for t in o.subtree):
        return False  # a reaction to a dated instrument or occurrence ("assessed the June amendments")
    return not any(o.ent_type_ == "PERSON" or o.lemma_.lower() in PERSON_NOUNS or o.pos_ == "PRON"
                   and o.lower_ not in ("it", "this", "that") or any(
                       k.dep_ == "nummod" and k.like_num for k in o.children) for o in objs)
