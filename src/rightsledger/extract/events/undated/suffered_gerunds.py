"""An act told by those it was done to, by a gerund (round t-events58, issue 14): "Members of the party
reported being harassed by police", "Several columnists complained of being threatened during the year",
"Activists also reported receiving death threats via social media; police generally failed to act".

A teller's verb (``suffered_tellers``) in the simple past with a subject, no habit, whose complement (its
``xcomp``, ``ccomp`` or ``dobj``, or the ``pcomp`` of its "of") is a passive gerund of a trigger verb
("being harassed", "having been beaten"; also the perfect infinitive "claimed to have been beaten"), not a
finite clause ("reported that prisoners had been beaten": the occurrence readers'), or a gerund of ``hearsay_gerunds`` ("receiving") with a trigger
noun for object: the act is a record of the report year, typed by its trigger, when the type is one of
``summary_light_types`` (detention, attack or threat, torture, killing, charge). ``hearsay.py`` reads the
noun a main "reported" names ("reported receiving death threats" as the sentence's root); this reads the
passive gerund, the teller verbs it leaves ("complained of"), and the teller verb the parser hangs under
another clause. Not: what the tellers received that is no such act ("reported receiving complaints",
"receiving compensation"), a service denied ("reported being denied services"), a state ("reported
being subject to extortion"), a habit ("often reported …"), the present. Asked last by
``events.__init__._of_the_report_year``, when no other reading made a record of the sentence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..lexicon import HEARSAY_GERUNDS, SUFFERED_TELLERS, SUMMARY_LIGHT_TYPES
from ..clause.tense import habitual, past
from ..types.triggers import sentence_tokens, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_FINITE = ("VBD", "VBZ", "VBP", "MD")


def suffered_gerund(sent: "SpacySpan") -> tuple["Token", str] | None:
    """``(trigger, type)`` of an act its sufferers told by a gerund, or None."""
    for verb in sentence_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUFFERED_TELLERS or not _told_in_past(verb):
            continue
        for gerund in _gerunds(verb):
            act = _act(gerund)
            type_ = trigger_type(act) if act is not None else None
            if type_ in SUMMARY_LIGHT_TYPES:
                return act, type_
    return None


def _told_in_past(verb: "Token") -> bool:
    """ "Activists reported …", not "Activists often report …"."""
    return any(c.dep_ == "nsubj" for c in verb.children) and past(verb) and not habitual(verb)


def _gerunds(verb: "Token") -> Iterator["Token"]:
    """The teller verb's complements: "reported being harassed", "complained of being threatened"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            yield from (g for g in c.children if g.dep_ == "pcomp")
        elif c.dep_ in ("xcomp", "ccomp", "dobj"):
            yield c


def _act(gerund: "Token") -> "Token | None":
    """The act a gerund tells: the passive participle ("being harassed", "having been beaten") or the object
    of a receiving gerund ("receiving death threats")."""
    kids = list(gerund.children)
    if gerund.tag_ == "VBN" and any(k.dep_ in ("auxpass", "aux") and k.lower_ in ("being", "been") for k in kids) \
            and not any(k.dep_ in ("nsubj", "nsubjpass") or k.dep_ in ("aux", "auxpass") and k.tag_ in _FINITE
                        for k in kids):
        return gerund  # (not a finite clause: "reported that prisoners had been beaten", read elsewhere)
    if gerund.tag_ == "VBG" and gerund.lemma_.lower() in HEARSAY_GERUNDS:
        return next((k for k in kids if k.dep_ == "dobj"), None)
    return None
