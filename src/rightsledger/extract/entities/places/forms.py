"""The forms of one place in a report (issue 14, places): "X Region", "X Province", "X city"
and a bare "X" of the same report are one place, whether or not a gazetteer knows X as a town
("Luanda Province" is the report's "Luanda", "Zinder city" its "Zinder"). Not when the bare X
is a country ("Guatemala City", "Kuwait City") or a natural feature ("Lake Chad" and "the Lake
Chad Region"). The word lists are data: ``[linking]`` in ``extract/data/places.toml``.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import REGION_WORDS, fold, region_key
from ...lexicons import alternation, lexicon
from ..lexicon import PLACE_NAME_PLURALS

_LINKING = lexicon("places")["linking"]
_KIND_SUFFIX = re.compile(r"\s+" + alternation(_LINKING["kind_suffixes"]) + "$")
#: "Republic of Somaliland" is the report's "Somaliland" (a country's long name the gazetteers
#: know is decided by them before: "Republic of the Congo")
_KIND_PREFIX = re.compile("^" + alternation(sorted(_LINKING["kind_prefixes"], key=len, reverse=True)) + r"\s+(?:the\s+)?")
FEATURE_WORDS: frozenset[str] = frozenset(_LINKING["feature_words"])
#: a region word or river or lake in the plural at the end ("Erbil and Sulaimaniya Governorates")
_PLURAL = re.compile(r"\b(" + "|".join(REGION_WORDS + ("river", "lake")) + r")s$")
#: a capitalised plural kind word that closes a name ("Wessel Counties", "Kessin States"; t-places44)
_KIND_PLURAL = re.compile(r"(?<=\S)\s+(" + alternation(sorted(PLACE_NAME_PLURALS)) + r")$", re.IGNORECASE)


def singular_kind(name: str, any_case: bool = False) -> str:
    """The name with a closing plural kind word in the singular: "Wessel Counties" → "Wessel County", "Kessin
    States" → "Kessin State" (``place_plurals`` and ``place_name_plurals`` in ``extract/data/entities.toml``; an
    irregular plural, "Counties", is no "County" + "s"); any other name as written. The kind word must be
    capitalised ("Wessel counties" is no name) unless ``any_case``: a record's name, already known to be a
    place's, takes it in any case. A country's name ("the United States") is the caller's to keep."""
    m = _KIND_PLURAL.search(name)
    if m is None or not (any_case or m.group(1) == m.group(1).capitalize()):
        return name
    return name[:m.start(1)] + PLACE_NAME_PLURALS[m.group(1).lower()]


def bare_form(name: str) -> str:
    """The folded name without a trailing region or kind word: "Diffa Region" → "diffa",
    "Zinder city" → "zinder", "Tahoua Regions" → "tahoua", "Sulaimaniya Governorates" → "sulaimaniya",
    "Republic of Somaliland" → "somaliland"."""
    key = re.sub(r"^the\s+", "", fold(singular_kind(name)))
    key = _PLURAL.sub(r"\1", key)
    return _KIND_PREFIX.sub("", _KIND_SUFFIX.sub("", region_key(key)))


def joins(form: str, base: str, kind: str) -> bool:
    """Whether the report's ``form`` ("Diffa Region", "Zinder city") is the same place as its
    bare name ``base`` (folded) of gazetteer ``kind``: not a natural feature ("Lake Chad
    Region"), and a city is not its country ("Guatemala City"; but "Zaire Province" is the
    report's province "Zaire", not the old name of a country; and "Republic of the Congo" is not
    the report's "Congo" when that is a country: the gazetteer decides between countries)."""
    words = base.split()
    if not words or words[0] in FEATURE_WORDS or words[-1] in FEATURE_WORDS:
        return False
    return not (kind == "country" and (_KIND_SUFFIX.search(fold(form)) or _KIND_PREFIX.match(fold(form))))
