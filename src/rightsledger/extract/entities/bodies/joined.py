"""A body's name that goes on over "and" where the rule runs stop (issue 14, t-ents7): the model's
one organisation span decides the coordination that the runs' word lists cannot ("the Ministry of
Justice and Police", "the National Radio and Television Center", "the Gendarmerie Research and
Investigations Service", "the National Alliance for Rights and Freedoms": the runs cut each into a
body and a rest or two bodies). Read on the first runs of the dev reports (2017 Togo, 2019
Suriname, 2021 Laos, 2023 Comoros, 2024 Jordan) and on pages without gold. ``model_longer_wins``:
the same for the words after a body that the runs leave out (2017 Tunisia, 2018 El Salvador, 2018
Lesotho dev).

The model's span wins only where it is the rule's bodies and capitalised words joined by "and",
nothing else (no comma, no "the", no acronym after "and"), and where the part after the last "and"
is no body of its own: not a head word with its "of"/"for" ("… and Ministry of Interior"), not a
name with a head word after a part that ends with its own ("the Judicial Council and
Constitutional Court", "the Task Force and Child Protection Unit"; but "Radio and Television
Center": two heads share the last)."""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, org_heads
from ..lexicon import CONNECTORS, TITLES, TRAILING_TITLES

#: the words a joined name may hold outside the rule's spans: "and" and capitalised words
_WORDS = re.compile(r"^(?:\s+|and\b|[A-Z][\w’'\-]*)*$")
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]")
#: what a name may go on with after the rule's end: capitalised words, joined by the connectors of
#: a body's field or mission ("… Attention to Persons with Disability", "… Commissioner of Police")
_GOES_ON = re.compile(r"^(?:\s+(?:of|to|with|for|and|on|against)\s+|\s+)[A-Z][\w’'\-]*"
                      r"(?:(?:\s+(?:of|to|with|for|and|on|against))?\s+[A-Z][\w’'\-]*)*$")


def _second_is_body(words: list[str]) -> bool:
    """Is the part after the last "and" a body of its own ("Ministry of Interior")?"""
    return any(w.lower() in ("of", "for") for w in words[1:]) and bool(org_heads(words[:1]))


def model_join_wins(clash: list[Cand], model: Cand) -> bool:
    """Is ``model`` (an organisation span of the model) the rule bodies ``clash`` joined by "and"
    into one name?"""
    if model.label != "ORG" or not clash or any(r.label != "RULE_ORG" for r in clash):
        return False
    first, last = min(c.start for c in clash), max(c.end for c in clash)
    if model.start != first or model.end < last or (model.end == last and len(clash) == 1):
        return False
    text = model.text
    if "," in text or " the " in f" {text} " or " and " not in text:
        return False
    rest = []
    pos = model.start
    for c in sorted(clash, key=lambda c: c.start):
        rest.append(text[pos - model.start:c.start - model.start])
        pos = max(pos, c.end)
    rest.append(text[pos - model.start:])
    outside = " ".join(rest)
    if "and" not in outside.split() or not _WORDS.match(outside) or _ACRONYM.search(outside):
        return False
    before, _, after = text.rpartition(" and ")
    tail, head_words = after.split(), before.split()
    if not tail or _second_is_body(tail) or tail[0].lower() in CONNECTORS:
        return False
    # not "the Judicial Council and Constitutional Court"
    return not (org_heads(head_words[-1:]) and org_heads(tail) and not org_heads(tail[:1]))


def model_longer_wins(clash: list[Cand], model: Cand) -> bool:
    """Is ``model`` the rule body ``clash[0]`` and the rest of its name, which the runs cut off
    ("the National Council for Comprehensive Attention [to Persons with Disability]", "the Office
    of the Commissioner [of Police]", "the Tunis Center for Press [Freedom]")? Not over a country
    the gazetteer knows ("the Supreme Court of Kenya"), a title ("… Director") or an acronym."""
    if model.label != "ORG" or len(clash) != 1 or clash[0].label != "RULE_ORG":
        return False
    r = clash[0]
    if model.start != r.start or model.end <= r.end:
        return False
    ext = model.text[r.end - model.start:]
    if not _GOES_ON.match(ext) or _ACRONYM.search(ext):
        return False
    words = [w for w in ext.split() if w[:1].isupper()]
    if any((w.lower() in TITLES or w.lower() in TRAILING_TITLES) and not org_heads([w]) for w in words):
        return False
    return not gazetteer().countries(" ".join(words)) and not any(gazetteer().countries(w) for w in words)
