"""A body's name cut in two at "and" (issue 14, organizations; t-orgs34).

"the National Drainage and Irrigation Board", "the Fuel and Energy Workers Union", "the Labor
Protection Directorate of the Innovation and Technology Ministry": one body whose head word ends the
name after "and". Where the runs and the model cut such a name at "and", both halves came out as
bodies of their own ("Labor Protection Directorate of the Innovation" and "Technology Ministry",
2021 Hungary, unread, t-orgs31) and two false records were exported for one body.

So two organization-typed names written "<A> and <B>" (nothing else between them) are one name when

- ``B`` ends in a body's head word (``org_heads``) and does not start with one (no body of its own:
  "the PFDJ and Ministry of Justice", "the Senate and National Assembly"), holds no connector, no word of
  ``conjunct_front_stops`` before its head and starts with no country or nationality (``demonym``):
  "the Ministry of Justice and National Police", "… and Malian Armed Forces" are two bodies;
- the capitalised words of ``A`` after its last connector (all of them when it has none) hold no
  head word and no lone body (``lone_bodies``: "the Police and Human Rights Commission", "the
  Judicial Council and Constitutional Court" are two bodies), are no acronym ("the SRRC and Jubaland
  Alliance") and no country;
- the report writes ``B``'s name nowhere but right after "and" ("the Supreme Court of Appeal and High
  Court justices" beside "the High Court": two bodies; 2016 Malawi, dev, the first run).

A head word that names a field of work as often as a body (``and_pair_field_heads``: press, broadcasting,
radio, television, intelligence) is no head of ``A`` where it ends ``A``: it is a conjunct of ``B``'s first
word ("the National Broadcasting and Telecommunications Commission", 2024 Thailand, dev; "the Central
European Press and Media Foundation", 2021 Hungary, unread; round record t-orgs57).

Census over the dev gold not held out (round record t-orgs34): of the sentences of that text shape,
the gold makes one body of 27 (17 reports) and two of none (4 neither).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, demonym, is_acronym, org_heads
from ..lexicon import AND_PAIR_FIELD_HEADS, CONJUNCT_FRONT_STOPS, CONNECTORS, LONE_BODIES

_AND = re.compile(r"\s+and\s+")
_AFTER_AND = re.compile(r"\band\s+$")


def _own_heads(tail: list[str]) -> list[str]:
    """The head words of the front's tail, less a field word that ends it ("National Broadcasting and …",
    ``and_pair_field_heads``: a conjunct of the back's first word, not a body's head)."""
    heads = org_heads(tail)
    last = tail[-1].lower()
    return heads[:-1] if heads and heads[-1] == last and last in AND_PAIR_FIELD_HEADS else heads


def _plain_front(words: list[str]) -> bool:
    """Are the capitalised words of the front ``A`` after its last connector no body's name of their own?"""
    tail: list[str] = []
    for w in words:
        tail = [] if w.lower() in CONNECTORS else tail + [w]
    if not tail or not all(w[:1].isupper() for w in tail) or all(is_acronym(w) for w in tail):
        return False
    if _own_heads(tail) or any(w.lower() in LONE_BODIES for w in tail):
        return False
    return not gazetteer().countries(" ".join(tail))


def _headed_back(words: list[str]) -> bool:
    """Does the back ``B`` end in a head word, without one first, a connector inside or a body's own front
    ("National Police", "Tarsanian Armed Forces": a body of its own)?"""
    if len(words) < 2 or not org_heads(words[-1:]) or org_heads(words[:1]):
        return False
    if any(w.lower() in CONNECTORS for w in words) or any(w.lower() in CONJUNCT_FRONT_STOPS for w in words[:-1]):
        return False
    return not gazetteer().countries(words[0]) and not demonym(words[0], set(), set())


def _written_alone(text: str, back: str) -> bool:
    """Does the report write the back's name anywhere but right after "and" (a body of its own: "the Supreme
    Court of Appeal and High Court justices" beside "the High Court")?"""
    return any(not _AFTER_AND.search(text, max(0, m.start() - 6), m.start())
               for m in re.finditer(r"\b" + re.escape(back) + r"\b", text))


def one_body(text: str, a: Cand, b: Cand) -> bool:
    """Are the organization names ``a`` and ``b`` one body's name cut at "and" (see module)?"""
    if a.type != "organization" or b.type != "organization" or a.end >= b.start:
        return False
    return bool(_AND.fullmatch(text, a.end, b.start)) and _plain_front(a.text.split()) \
        and _headed_back(b.text.split()) and not _written_alone(text, b.text)


def join_and_pairs(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates with each body's name cut in two at "and" made whole (see module)."""
    starts = {c.start: c for c in cands if c.type == "organization"}
    joined: dict[int, Cand] = {}
    dropped: set[int] = set()
    for a in cands:
        m = _AND.match(text, a.end)
        b = starts.get(m.end()) if m else None
        if b is not None and id(a) not in dropped and one_body(text, a, b):
            joined[id(a)] = replace(a, end=b.end, text=text[a.start:b.end], roles=a.roles + b.roles)
            dropped.add(id(b))
    return [joined.get(id(c), c) for c in cands if id(c) not in dropped]
