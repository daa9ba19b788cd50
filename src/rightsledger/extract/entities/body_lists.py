"""The rest of a list of bodies (issue 14, organizations; t-orgs17): "the Social Security Institute,
Tax Superintendency, PNC, and Ministry of Economy", "groups it considered extremist, including
al-Qa’ida, the Taliban, the East Turkestan Islamic Movement, …", "the Reform, Isamaa, and Social
Democrat parties". Where most names of a list are bodies already and the model left one out, that
one is a body too: a body without a head word ("Isamaa"), a lower-case Arabic article
("al-Qa’ida") or a kind the model rarely sees ("Tax Superintendency") is written beside the bodies
it does find. The organizations' counterpart of ``place_lists.py``, read on six reports annotated
before the system ran (round record t-orgs17: 2024 Guatemala, 2021 Kyrgyzstan, 2022 Estonia).

A list is a chain of candidates and uncovered names joined by list separators (a comma, then
"and"/"or", or "and"/"or" alone; "the" may open a name); it has three items at least, bodies at least half of
it and more than places and persons together, two of them bodies by their own shape (a body's head
word or an acronym: the model's type alone took "Nahua-Pipil, Lencas, and Cacaopera", peoples). The name added
stands between separators and is no candidate's; one word must be rare (no ordinary English word,
month, nationality or known place: "Interior" in "the Ministries of Justice, Interior, and
Defense" stays out); several words need an ordinary word among them (a body's name has one, a
person's full name none: "journalist Aslan Bekov" stays out).
"""
from __future__ import annotations

import bisect
import re

from ..gazetteer import gazetteer
from .common import Cand, _common, _demonym, _heads, _is_acronym
from .lexicon import MONTHS_SET

#: a list separator: a comma or semicolon (then "and"/"or"), or "and"/"or"; "the" may open the next name
_SEP = r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:the\s+)?"
#: an uncovered name: capitalised words, an Arabic article allowed in front and inside
_WORD = r"(?:(?:al|el)-)?[A-Z][\w’'\-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,4}}"
_GAP = re.compile(rf"{_SEP}({_NAME}){_SEP}")
#: a name before the first candidate of a list: after "including", "such as", a colon or "the"
_LEAD = re.compile(rf"(?:\bincluding|\bsuch as|:)\s+(?:the\s+)?({_NAME}){_SEP}$")


def _ordinary_name(name: str) -> bool:
    """May this uncovered name be a body? (see the module)"""
    words = name.split()
    if len(words) == 1:
        w = words[0]
        bare = re.sub(r"^(?:al|el)-", "", w)
        return not (_common(bare) or w in MONTHS_SET or _is_acronym(w) or _demonym(bare, set(), set())
                    or gazetteer().lookup(w, alternates=False))
    return any(_common(w) for w in words) and not gazetteer().lookup(name, alternates=False) \
        and not any(w in MONTHS_SET for w in words)


def complete_body_lists(text: str, cands: list[Cand]) -> list[Cand]:
    """``cands`` and the names of lists of bodies that no candidate covers, as organizations."""
    ordered: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if ordered and c.start < ordered[-1].end:
            continue
        ordered.append(c)
    # chains: items are candidates or (start, end) gaps
    chains: list[list[Cand | tuple[int, int]]] = []
    chain: list[Cand | tuple[int, int]] = []
    for c in ordered:
        if chain:
            prev = chain[-1]
            assert isinstance(prev, Cand)
            between = text[prev.end:c.start]
            if "\n" not in between and re.fullmatch(_SEP, between):
                chain.append(c)
                continue
            m = _GAP.fullmatch(text, prev.end, c.start) if "\n" not in between else None
            if m:
                chain += [m.span(1), c]
                continue
            chains.append(chain)
        lead = _LEAD.search(text, max(0, c.start - 80), c.start)
        chain = [lead.span(1), c] if lead and "\n" not in text[lead.start():c.start] else [c]
    if chain:
        chains.append(chain)
    new: list[Cand] = []
    starts = [c.start for c in ordered]
    for items in chains:
        cs = [i for i in items if isinstance(i, Cand)]
        gaps = [i for i in items if not isinstance(i, Cand)]
        if not gaps or len(items) < 3:
            continue
        bodies = sum(c.type == "organization" for c in cs)
        others = sum(c.type in ("place", "person") for c in cs)
        # two bodies at least by their own shape, a head word or an acronym (not only the model's type:
        # "Nahua-Pipil, Lencas, and Cacaopera", peoples the model typed bodies, 2018 El Salvador)
        shaped = sum(c.type == "organization" and bool(_heads(c.text.split()) or _is_acronym(c.text)) for c in cs)
        if shaped < 2 or bodies * 2 < len(items) or bodies <= others:
            continue
        for a, b in gaps:
            k = bisect.bisect_left(starts, a)
            if k < len(ordered) and ordered[k].start < b:
                continue
            name = text[a:b]
            if _ordinary_name(name):
                new.append(Cand(a, b, name, "LIST_ORG", type="organization"))
    return cands + new if new else cands
