"""Refusals of the year (issue 14, round t-events11): an actor that refused, denied or rejected someone a
permission, a right, a request or a registration, told in the simple past without a date or a mark of
habit, did so in the report year — an occurrence of type ``other``, as the summary statements of the
year are ("Authorities refused to authorize three marches", "Border officials denied two deputies the
right to leave the country", "The court denied the union's request", "Four groups applied to register
as parties and were rejected by the electoral commission"). The verbs are not in the
trigger tables, and "deny" is also a verb of saying: a refusal of a statement ("denied the
allegations", "denied that it held prisoners", "denied it") is no occurrence.

The dev gold recorded such refusals in nine reports and the code found none (round t-events11).
``refusal`` finds the verb; ``occurrences.py`` calls it only for undated sentences in which no
trigger stated an occurrence. Word lists: ``refusal_verbs`` and ``refused_statements`` in
``events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .efforts import past_main
from ..lexicon import LAW_SUBJECTS, MODALS, REFUSAL_VERBS, REFUSED_STATEMENTS, REPORT_VERBS
from ..clause.tense import habitual
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def refusal(sent: "SpacySpan", actor: Callable[["Token"], bool]) -> "Token | None":
    """The verb of a refusal the sentence's main clause states (the root, a clause conjoined to it with
    its own subject or a passive's agent, or the clause a past verb of saying reports: "An NGO said
    officials refused the family a permit"), else None. ``actor`` tells whether a noun names who acts
    (``summaries.is_actor``)."""
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    if trigger_lemma(root) in REPORT_VERBS and past_main(root):
        verbs += [c for c in root.children if c.dep_ == "ccomp"]
    for verb in verbs:
        if verb.pos_ == "VERB" and trigger_lemma(verb) in REFUSAL_VERBS and _refused(verb, actor):
            return verb
    return None


def _refused(verb: "Token", actor: Callable[["Token"], bool]) -> bool:
    """``verb`` states a specific refusal by an actor in the simple past (active or passive)."""
    kids = list(verb.children)
    if not past_main(verb) or habitual(verb) or any(
            c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ in ("ccomp", "mark") for c in kids):
        return False  # ("did not refuse", "could deny", "denied that it held prisoners", "if … refused")
    if any(c.dep_ == "dobj" and (c.lemma_.lower() in REFUSED_STATEMENTS or c.pos_ == "PRON" and c.lower_ in (
            "it", "this", "that", "these", "those")) for c in kids):
        return False  # "The ministry denied the allegations", "the mayor denied it": a statement
    if any(c.dep_ == "auxpass" for c in kids):  # "were refused bail by the judge", "were rejected by …"
        return any(o.dep_ == "pobj" and actor(o) for c in kids if c.dep_ == "agent" for o in c.children)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() in LAW_SUBJECTS or not actor(subj):
        return False  # (a conjoined verb without a subject of its own: "… and denied …" is the first verb's)
    return any(c.dep_ in ("dobj", "dative", "xcomp") for c in kids)  # what or whom it refused
