"""A storm's or an operation's name typed person is an event, no person (issue 14, persons; round
t-ents47, on the session-22 amendment).

The model labels PERSON the name of a storm: "including Cyclone Idai in 2019" (2023 Zimbabwe), "ravaged
by heavy flooding as a result of Typhoon Lionrock" (2016 North Korea), "In September Hurricane Dorian,
the worst humanitarian disaster …" (2019 Bahamas): three unread reports judged before the rule. The
name is a word of an event's front — ``fronts`` ("Operation") and ``storm_fronts`` ("Cyclone",
"Hurricane", "Typhoon") of ``[event_names]`` in ``entities.toml`` — and one to ``front_max_words``
capitalised words, none a body's head word: the test of ``bodies/event_names.py`` (``event_front``),
which drops such names typed organization. The dev gold records no person after these words (0 : 5).

The candidate is dropped, not retyped: an event is no entity of the ledger. The event word must stand
first in the candidate's name; a name the model cut without it ("Idai" alone) is left.
"""
from __future__ import annotations

from ..bodies.event_names import event_front
from ..common import Cand
from ..lexicon import PERSON_EVENT_FRONTS


def events_not_persons(typed: list[Cand]) -> list[Cand]:
    """``typed`` without the persons named as a storm or an operation ("Cyclone Idai", "Operation X")."""
    return [c for c in typed if c.type != "person" or not event_front(c.text, PERSON_EVENT_FRONTS)]
