"""Steps taken, told in a clause beside the state of impunity (round t-events27, issue 14): "The government
took some steps to investigate, prosecute, and punish officials who committed abuses; however, impunity
remained widespread", "While the government took steps to investigate and punish officials who committed
abuses, impunity remained a serious problem".

``summaries.steps_taken`` reads "took steps to <aim>" when "take" is the sentence's root ("The government took
steps to identify and punish officials …, but impunity remained a problem": the parser hangs the "but" clause
on "take"). When the state follows a semicolon, or the steps are a concessive clause ("while", "although"),
the parser makes the state's verb ("remained", "persisted") the root and "take" its clausal complement or
adverbial clause, and the sentence had no record. The dev gold reads the steps in 3 reports (2019
Guinea-Bissau, 2023 Timor-Leste, 2024 Jordan) against 1 (Kazakhstan 2022, "Although …"). The clause is
read as ``steps_taken`` reads a root: past, no habit, a step noun as object, typed by its aim.
Word lists: ``steps_state_verbs``, ``steps_concessive_marks`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import words
from .summaries import steps_taken
from ..types.triggers import trigger_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

STATE_VERBS = words("events", "steps_state_verbs")
CONCESSIVE_MARKS = words("events", "steps_concessive_marks")


def steps_beside_state(sent: "SpacySpan") -> tuple["Token", str] | None:
    """(trigger, type) of steps taken in a clause whose root is a state that follows it, or None."""
    root = sent.root
    if root.lemma_.lower() not in STATE_VERBS:
        return None
    for clause in (c for c in root.children if c.i < root.i and trigger_lemma(c) == "take"):
        before_semicolon = clause.dep_ in ("ccomp", "parataxis") and any(
            t.text == ";" for t in sent if clause.i < t.i < root.i)
        concessive = clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children)
        if before_semicolon or concessive:
            return steps_taken(sent, clause)
    return None
