"""Cross-document linking: the keys under which one referent is found again in other reports.

The store keeps a table ``key → entity id``. For each entity of a new document it looks up
``entity_keys(entity, country_code)`` in order; the first hit gives the existing entity,
otherwise the provisional id (made unique) is used and all keys are recorded.

The last ``|``-separated component of every key is ``normalise_name`` of a name or alias
(the store finds entities by name with ``key LIKE '%|<name>'``).

Rules (precision first — a wrong merge across reports is worse than a missed one):

- **persons**: only full names (two or more words), scoped by the report's country
  (``-`` when the report has none): ``person|KZ|zhanbolat mamay``. Never a surname
  alone, never across countries.
- **organisations**: international bodies and NGOs with a multi-word name or a
  well-known acronym are global (``organization|*|human rights watch``; an alias other than an
  acronym only within the country, so that a chapter joined to its parent in one report does
  not lend the chapter's name to the parent everywhere); every other
  body is scoped by country ("Supreme Court", "Ministry of Justice" and "KNB" exist
  in many countries): ``organization|KZ|ministry of justice``.
- **places**: gazetteer places by their own country code and kind
  (``place|KZ|city|almaty``), which also links "Nur-Sultan"/"Astana"-type renamings
  that the extractor merged; places unknown to the gazetteer by the report's country.
"""
from __future__ import annotations

import re
import unicodedata

from ..records import Entity

GLOBAL_KINDS = {"international", "ngo"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}s?$")


def normalise_name(name: str) -> str:
    """Lower case ASCII, no leading "the", no possessive, punctuation as spaces.

    >>> normalise_name("the Prosecutor General’s Office")
    'prosecutor general office'
    >>> normalise_name("Batyrbekov’s")
    'batyrbekov'
    """
    s = name.replace("’", "'").replace("‘", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.strip()
    s = re.sub(r"(?:'s|(?<=s)')(?=\s|$)", "", s)
    s = s.lower()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


def _is_acronym(name: str) -> bool:
    return bool(_ACRONYM.match(name.strip())) and sum(c.isupper() for c in name) >= 2


def entity_keys(entity: Entity, country_code: str | None) -> list[str]:
    """Normalised keys of ``entity`` for lookup in other documents, most specific first."""
    cc = (country_code or "").upper() or "-"
    names = [entity.name, *entity.aliases]
    keys: list[str] = []

    def add(key: str) -> None:
        if key not in keys:
            keys.append(key)

    if entity.type == "person":
        for n in names:
            norm = normalise_name(n)
            if len(norm.split()) >= 2:
                add(f"person|{cc}|{norm}")
        return keys
    if entity.type == "organization":
        kind = entity.attributes.get("kind")
        for n in names:
            norm = normalise_name(n)
            if not norm:
                continue
            acronym = _is_acronym(n)
            value = norm.replace(" ", "") if acronym else norm
            # global keys from the name and from acronyms only: an alias the extractor joined in one
            # report ("Transparency International" inside "Transparency International Georgia")
            # would give a national chapter's name to the body wherever else it is named
            if kind in GLOBAL_KINDS and (acronym or (n == entity.name and len(norm.split()) >= 2)):
                add(f"organization|*|{value}")
            add(f"organization|{cc}|{value}")
        return keys
    # places
    attrs = entity.attributes
    pcc = (attrs.get("country_code") or "").upper()
    kind = attrs.get("kind") or "other"
    for n in names:
        norm = normalise_name(n)
        if not norm:
            continue
        if pcc and kind in ("country", "city", "region"):
            add(f"place|{pcc}|{kind}|{norm}")
        else:
            add(f"place|{cc}|other|{norm}")
    return keys
