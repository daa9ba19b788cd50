"""Names of facilities of detention (issue 14, t-ents6): "Nubarashen Penitentiary", "Latacunga
Rehabilitation Center", "Mafeteng Correctional Institution" name a place of detention, not a body,
though "Center" is a body's head word elsewhere; the dev gold records none of them. The endings
are ``facility_endings`` in ``extract/data/entities.toml``."""
from __future__ import annotations

from ..lexicon import FACILITY_ENDINGS


def detention_facility(lowers: list[str]) -> bool:
    """Does a name (its words in lower case) end with a facility's kind, after a word of its own
    ("Armavir Penitentiary"; not "Penitentiary" alone)?"""
    return any(len(lowers) > n and " ".join(lowers[-n:]) in FACILITY_ENDINGS for n in (1, 2))
