"""The rest of one dated court decision, typed otherwise, in the next sentence (issue 14, round t-dates2).

"Dating by episode" (docs/EVALUATION.md) dates the rest of one dated verdict or indictment told in the
next sentence when it is of the same type ("On March 20, a court sentenced four officers … One policeman
was sentenced to two years", ``episode_continued``, settled 2026-12-08). The same decision's rest is
often typed otherwise than the sentence that dates it: "On May 5, the military court handed down its
decision … Of the 39 defendants, it acquitted 13 officers"; "On October 13, a court rejected a
defamation case … The court also denied the request for an injunction". It takes the decision's date
when the decision's sentence names a court (``episode_courts``) and the next sentence's record is

* the court's own act: the court named again as its subject, with a definite determiner ("The court
  sentenced him to 30 years"), whatever its type; or
* a judicial step (``episode_court_steps``: a sentence, an acquittal, a charge) with "it" as subject
  or "also"/"again" on its verb ("The group was also charged with …").

Not a step told as later ("The court later fined him", ``episode_court_later``), another case ("In a
separate case, …"), a summary over several ("ruled in both cases"), one with a source of its own, or
one in a clause of time (these two read by the caller, ``episodes._continues``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    EPISODE_ALSO, EPISODE_COURT_LATER, EPISODE_COURT_STEPS, EPISODE_COURTS, EPISODE_OTHER_CASE, EPISODE_SEVERAL,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def court_rest(sent: "SpacySpan", trig: "Token", type_: str, words: frozenset[str]) -> bool:
    """``trig`` (of type ``type_``) tells the rest of the court decision whose sentence's lemmas are
    ``words``, in the sentence right after it."""
    if words.isdisjoint(EPISODE_COURTS) or any(
            t.lower_ in EPISODE_COURT_LATER or t.lower_ in EPISODE_OTHER_CASE for t in sent) or any(
            t.lower_ in EPISODE_SEVERAL and t.dep_ in ("det", "predet", "amod") for t in sent):
        return False  # (a later step, another case, a summary over several: "ruled in both cases")
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_court_again(s) for s in subjects):
        return True  # "The court also denied the broadcaster's request …"
    pronoun = any(s.lower_ == "it" for s in subjects)
    also = any(c.dep_ == "advmod" and c.lower_ in EPISODE_ALSO for c in verb.children)
    return type_ in EPISODE_COURT_STEPS and (pronoun or also)  # "it acquitted …", "was also charged"


def _court_again(subject: "Token") -> bool:
    """The subject is a court named again: a court noun under a definite determiner ("the court",
    "the appeals court")."""
    return subject.lemma_.lower() in EPISODE_COURTS and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
