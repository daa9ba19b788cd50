"""Occurrences alleged by someone: accusations and the acts of the state told as reported.

Accusations: "Opposition leaders accused the government of denying them funds", "Human rights groups
credibly accused security forces of killing and torturing with impunity", "The council accused him of
interfering in domestic politics" — the sentence's main verb "accuse" in the past with a subject (who
accuses) and "of" with a gerund: an alleged occurrence of the report year (the Chad 2009, Chad 2016 and
Guinea 2020 gold), typed by the gerund ("of killing" → killing) or ``other``. Not an accusation
of a state ("of being unpatriotic", "of not being registered"), nor of a noun ("of interference", "of
involvement in the killings": the annotators leave those out), nor a habit ("frequently accused").
Its polarity is the accusation's: alleged (``allege_words``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import HABITUAL_ADV, MODALS, PRACTICE_NOUNS, STATE_FORCES, STATE_VERBS
from ..clause.polarity import not_always_free
from ..types.triggers import trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: The gerunds of a state, not an act: "accused them of being enemies", "of having links with".
_STATE_GERUNDS = frozenset({"be", "have", "possess", "belong", "own"})


def accusation(sent: "SpacySpan") -> tuple["Token", str] | None:
    """(trigger, type) of an accusation that is the sentence's main clause, or None."""
    root = sent.root
    if trigger_lemma(root) != "accuse" or root.tag_ != "VBD":
        return None
    kids = list(root.children)
    if any(c.dep_ == "aux" and c.lemma_.lower() in MODALS or c.dep_ == "neg" for c in kids) or any(
            t.lower_ in HABITUAL_ADV for t in sent):
        return None  # (a habit anywhere: "Employers … accused them of stealing, and children were sometimes …")
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "conj" and c.pos_ == "VERB" and trigger_type(c) for c in kids):
        return None  # ("accused the reporter of inciting treason and sentenced him …": the sentence's act)
    # (the parser hangs "of" on the verb or on the accused: "accused security forces of killing")
    of = next((c for k in (root, *(c for c in kids if c.dep_ == "dobj")) for c in k.children
               if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    gerund = next((c for c in of.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"), None)
    if gerund is None or trigger_lemma(gerund) in _STATE_GERUNDS | STATE_VERBS or any(
            c.dep_ == "neg" for c in gerund.children):
        return None
    type_ = trigger_type(gerund)
    return (gerund, type_) if type_ else (root, "other")  # (the accusation itself: "of co-opting politicians")


def state_act_reported(sent: "SpacySpan", after: int, topic_type: str | None = None,
                       nouns: frozenset[str] = frozenset({"report", "allegation", "claim", "account"})
                       ) -> tuple["Token", str] | None:
    """ "There were reports (that) security forces interfered with journalists' attempts to take
    pictures", "… credible reports the government placed restrictions on refugees' ability to work":
    what a force or body of the state did, told as reported (an alleged occurrence of the year, the
    2004 Eritrea, 2008 Angola, 2011 Guinea and 2023 Somalia gold), typed by its verb or ``other``.
    The reported clause's verb in the simple past, its subject the government or a state force
    (``state_forces``); not what others did ("some employers ignored the regulations", "children
    worked in …": the annotators leave those out), not a state ("had trouble", "remained"), not a
    habit. ``after`` is where "There were … reports" starts; ``topic_type`` the type of the section's
    topic, for "such practices" (as the torture formula's pronoun, occurrences.py); ``nouns`` the report
    nouns that open it (``evidence_told.py`` adds "indication" and "evidence")."""
    noun = next((t for t in sent if t.idx >= after and t.lemma_.lower() in nouns), None)
    if noun is None or any(c.dep_ == "nummod" for c in noun.children):
        return None
    for verb in (t for t in sent if t.i > noun.i and t.pos_ == "VERB" and (t.tag_ == "VBD" or t.tag_ == "VBN" and any(
            c.dep_ == "nsubj" for c in t.children) and not any(c.dep_.startswith("aux") for c in t.children)
            or _not_always(t))):
        # (a past participle with a subject and no auxiliary is a simple past the tagger missed)
        if _not_always(verb):  # "… reports the government did not always respect this right" (settled 2026-12-08)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return (verb, "other") if subj is not None and subj.lemma_.lower() in STATE_FORCES | {"government"} \
                else None
        if trigger_lemma(verb) in STATE_VERBS or any(
                c.dep_ == "aux" and c.lemma_.lower() in MODALS or c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV
                or c.dep_ == "neg" for c in verb.children):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children):
            return None  # ("… reports officials employed them": the practices formula, occurrences.py)
        if subj is None or subj.lemma_.lower() not in STATE_FORCES | {"government"}:
            return None  # (only the first verb of the report: its clause)
        if topic_type is not None and any(t.lemma_.lower() in PRACTICE_NOUNS and any(
                c.lower_ in ("such", "these", "those") for c in t.children) for t in verb.subtree):
            return verb, topic_type  # "… reports government officials employed these practices"
        # the verb's type, or of what it did ("committed arbitrary killings")
        found = next(((t, ty) for t in verb.subtree if t.i >= verb.i and (ty := trigger_type(t))), None)
        return found if found is not None else (verb, "other")
    return None


def _not_always(verb: "Token") -> bool:
    """ "did not always respect": the past of a right not respected, the settled formula's "failed to"."""
    kids = list(verb.children)
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in kids) and any(
        c.dep_ == "neg" for c in kids) and not not_always_free(verb)
