"""Accountability for abuses told in the summary's words (round t-events55, issue 14): a step of
``step_verbs`` (identify, investigate, prosecute, punish) whose object is persons described as those "who
committed abuses" is the year's step, typed by its first such verb — "The government investigated some
police officers who committed abuses and prosecuted or punished officials who committed abuses elsewhere",
"Impunity persisted despite government steps to dismiss and prosecute some in the police who committed
abuses", "…, but the government did not take effective steps to identify, investigate, prosecute, and punish
officials who committed human rights abuses" (negated: "take" carries the "not").

``summaries.steps_taken`` and ``steps_beside_state.py`` read "took steps to …" as the root or beside the state
of impunity; this reads the same statement where the step is the main verb itself, where "take" is a clause
coordinated after another ("The law provides …, but the government did not take …"), and where the steps
are a noun under a preposition of a past clause ("persisted despite government steps to …"). Not a habit
("seldom took steps", "generally neither investigated nor punished"), not "continued to prosecute" (the
infinitive of another verb), not the present. Asked last by ``events.__init__._of_the_report_year``, when no
other reading made a record of the sentence. Words: ``accountability_commit_verbs``,
``accountability_abuse_nouns`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ACCOUNTABILITY_ABUSE_NOUNS, ACCOUNTABILITY_COMMIT_VERBS, STEP_NOUNS, STEP_VERBS
from ..clause.tense import habitual, past
from ..types.triggers import sentence_tokens, trigger_lemma
from .efforts import first_aim, past_main

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def accountability(sent: "SpacySpan") -> tuple["Token", str] | None:
    """``(trigger, type)`` of the year's step against persons who committed abuses, or None."""
    for verb in sentence_tokens(sent):
        if verb.pos_ == "VERB" and trigger_lemma(verb) in STEP_VERBS and _on_perpetrators(verb):
            found = _told(verb)
            if found is not None:
                return found
    return None


def _on_perpetrators(verb: "Token") -> bool:
    """The object of ``verb`` (or of the verbs it is coordinated with) is persons "who committed abuses"."""
    chain = [verb, *(c for c in verb.subtree if c.dep_ == "conj" and c.pos_ == "VERB")]
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        chain.append(head)
    return any(_perpetrators(o) for v in chain for o in v.children if o.dep_ == "dobj")


def _perpetrators(obj: "Token") -> bool:
    """ "officials who committed abuses", "some in the security forces … who committed abuses"."""
    for rel in obj.subtree:
        if rel.dep_ == "relcl" and trigger_lemma(rel) in ACCOUNTABILITY_COMMIT_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ACCOUNTABILITY_ABUSE_NOUNS for c in rel.children):
            return True
    return False


def _told(verb: "Token") -> tuple["Token", str] | None:
    """The step as the main verb in the past, or as the aim of steps taken or named in a past clause."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i and top.head.pos_ == "VERB":
        top = top.head  # "dismiss and prosecute", "identify, investigate, prosecute, and punish"
    aim = first_aim(top.subtree, top.i - 1) or STEP_VERBS[trigger_lemma(verb)]
    if trigger_lemma(top) in STEP_VERBS and top.tag_ == "VBD" and top.dep_ in ("ROOT", "conj", "ccomp") \
            and past_main(top):
        return top, aim  # "The government investigated some officials who committed abuses"
    noun = _step_noun(top)
    if noun is None:
        return None
    take = noun.head
    if noun.dep_ == "dobj" and trigger_lemma(take) == "take":
        return (take, aim) if past_main(take) else None  # "did not take effective steps to …": "take" has "not"
    clause = take.head if noun.dep_ == "pobj" and take.dep_ == "prep" else None
    if clause is not None and clause.pos_ in ("VERB", "AUX") and past(clause) and not habitual(clause):
        return noun, aim  # "Impunity persisted despite government steps to dismiss and prosecute …"
    return None


def _step_noun(top: "Token") -> "Token | None":
    """The step noun whose infinitive ``top`` is: its ``acl``, the object of "take" the parser hung the
    infinitive on, or a noun just before "to" that the parser left under the clause's verb ("persisted
    despite government steps to dismiss …")."""
    if top.dep_ in ("acl", "relcl"):
        noun = top.head
    elif top.dep_ in ("xcomp", "advcl") and trigger_lemma(top.head) == "take":
        noun = next((c for c in top.head.children if c.dep_ == "dobj"), None)
    elif top.dep_ in ("xcomp", "advcl") and top.i >= 2 and top.doc[top.i - 1].lower_ == "to":
        noun = top.doc[top.i - 2]
        noun = noun if noun.dep_ == "pobj" and noun.head.head.i == top.head.i else None
    else:
        return None
    return noun if noun is not None and noun.lemma_.lower() in STEP_NOUNS else None
