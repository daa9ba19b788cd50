"""Names in French, Spanish and Portuguese that the model takes for persons (issue 14, t-ents6).

A name that starts with an article or a preposition of those languages is no person's: "La
Posta" and "El Tiregi" are outlets or parties, "Entre Amigos" an NGO, "El Mozote" a village. The
head words of bodies in those languages ("Alianza", "Diario", "Movimiento") are organisation heads
(``romance_heads`` in ``extract/data/entities.toml``, merged into the heads by ``lexicon.py``).
"""
from __future__ import annotations

from ..lexicon import ROMANCE_HUMAN_SECONDS, ROMANCE_LEADS


def led_by_function_word(words: list[str]) -> bool:
    """Does a name of two words or more start with a Romance article or preposition ("La Posta",
    "Entre Amigos"; not "El Hadj Omar")?"""
    if len(words) < 2:
        return False
    return words[0].lower() in ROMANCE_LEADS and words[1].lower().strip(".") not in ROMANCE_HUMAN_SECONDS
