"""Link stage: the keys under which an entity is found again in other documents.

The store looks each key up in its key table; the first hit is the existing entity the
new one joins. Persons are keyed by full name within one country only (never by a
surname alone, never across countries); organizations and places by name and alias.
"""
from __future__ import annotations

import re
import unicodedata

from .records import Entity

_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_PUNCT = re.compile(r"[^\w\s&-]")


def normalise_name(name: str) -> str:
    """Lower case, ASCII-folded, without a leading "the", possessive or punctuation."""
    n = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
    n = _WS.sub(" ", n).strip().lower()
    if n.startswith("the "):
        n = n[4:]
    n = _POSSESSIVE.sub("", n)
    return _WS.sub(" ", _PUNCT.sub(" ", n)).strip()


def entity_keys(entity: Entity, country_code: str | None) -> list[str]:
    """Keys of ``entity``; the last component of each is the normalised name (see store)."""
    keys: list[str] = []
    for raw in (entity.name, *entity.aliases):
        norm = normalise_name(raw)
        if not norm:
            continue
        if entity.type == "person":
            if " " not in norm:  # a surname alone is not enough to link across documents
                continue
            keys.append(f"person|{country_code or '-'}|{norm}")
        elif entity.type == "organization" and raw.isupper() and len(raw) <= 8:
            # an acronym names different bodies in different countries
            keys.append(f"organization|{country_code or '-'}|{norm}")
        else:
            keys.append(f"{entity.type}|{norm}")
    return list(dict.fromkeys(keys))
