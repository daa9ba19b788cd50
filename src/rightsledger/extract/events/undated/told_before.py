"""An undated sentence told in the past perfect steps back before the narrated time (issue 14, round t-events73):
"The activist had published a video denouncing the closure of mosques", "The newspaper had reported that she had
accepted a bribe", "Authorities had sentenced the 16 for planning to assassinate the president", "Six percent of
women had been victimized by sexual violence". Its main clause tells what had happened before the occurrence the
paragraph narrates, or a count of persons to whom something had happened at some time: nothing it places in the
report year, and no date of its own to place it elsewhere. The dev gold (not held out) records no event on 26 such
sentences in 18 reports and one on 1 (the round's census); DESIGN: an event is an occurrence the report places in
time.

Read by the parse: the trigger's clause verb is the sentence's root, a past perfect ("had published", "had been
arrested"), and the sentence holds no date expression at all. Not: a negated step ("had not ruled on her appeal",
"no one had been charged": ``negsteps``' settlement keeps them as negated events), a past perfect in a reported or
subordinate clause ("Outlets reported he had been arrested": the report tells it), a coordinated clause in the
simple past with a trigger of its own, and any sentence with a date ("By year's end authorities had released all
detainees", "In May police had arrested him").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..dating.attach import clause_verb
from .negsteps import negated_by_word, past_perfect

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...dates import DateMention


def told_before(trig: "Token | None", mentions: list["DateMention"]) -> bool:
    """``trig``'s clause is an undated main clause in the past perfect, not negated (see the module): no
    occurrence of the report year."""
    if trig is None or mentions:
        return False
    verb = clause_verb(trig)
    return verb.dep_ == "ROOT" and past_perfect(verb) and not negated_by_word(verb)
