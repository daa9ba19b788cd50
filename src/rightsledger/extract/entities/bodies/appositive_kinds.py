"""A body's name with the kind of body in apposition (pass 2, with ``classify.py``; issue 14,
round t-ents15, read on unread reports annotated before the run): "X (Open Classroom), a local
human rights NGO focused on …", "X (JSMM), a banned nationalist party, claimed", "A local radio
station, X, was vandalized".

Why: ``descriptors.py`` reads the kind right before the name and, on purpose, not across a comma
("the director of the agency, Mehman Aliyev" is a person). A name of a body in another language
("Aula Abierta", "Stereo Romance") has no English head word, and the model takes it for a person.
When the noun phrase set beside the name by commas has a kind of body (``descriptor_kinds``) as
its head — a determiner, modifiers only, then the kind, then the phrase ends — the name is that
body. A preposition, conjunction or relative word before the kind (``appositive_kind_stops``)
makes the kind the object of another head ("X, a member of the party"; "a spokesperson for the
party, X"), and one before the name makes the phrase a clause's subject ("In X, a local association
convened …"): no apposition. A person is never in apposition with a kind of body; only a name the
votes make a person changes (``classify.py``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import alternation
from ..common import Cand, name_key
from ..lexicon import APPOSITIVE_KIND_STOPS, DESCRIPTOR_KINDS

#: Modifiers between the determiner and the kind: at most five words, no punctuation.
_MODS = r"(?:[\w’'\-]+\s+){0,5}?"
#: A name: capitalised words, lower-case particles inside ("Una Ventana por la Libertad").
_NAME = r"[A-Z][\w’'\-]*(?:\s+(?:(?:de|del|la|por|el|y|e|da|do|dos|des|du|ul|al)\s+)?[A-Z][\w’'\-]*){0,6}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After the name: "NAME[ (gloss)], a|an MODS KIND" ending at punctuation, a clause word or a
    participle ("a local NGO focused on …").
    Before it: "a|an|the MODS KIND, NAME," (the name closed by a comma)."""
    kinds = alternation(re.escape(k) for k in sorted(DESCRIPTOR_KINDS, key=len, reverse=True))
    kind = rf"(?:{kinds})s?"
    end = r"(?=\s*[,.;:)]|\s+(?:that|which|whose|in|with|[a-z]+ed|[a-z]+ing)\b)"   # "NGO focused on"
    after = re.compile(rf"({_NAME})(?:\s+\([^()]{{1,60}}\))?,\s+(?:a|an)\s+({_MODS}){kind}\b{end}")
    before = re.compile(rf"(?:^|(?<=[\s(]))(?:[Aa]|[Aa]n|[Tt]he)\s+({_MODS}){kind},\s+({_NAME}),")
    return after, before


def _plain(mods: str) -> bool:
    """Modifiers only: no word that hands the kind to another head."""
    return not any(w.lower() in APPOSITIVE_KIND_STOPS for w in mods.split())


def _after_stop(text: str, start: int) -> bool:
    """Does a preposition stand right before the phrase? "In X, a local association convened …"
    makes X a place and the kind the subject; "a spokesperson for the party, X" a person."""
    prev = re.search(r"(\w+)\s*$", text[max(0, start - 30):start])
    return bool(prev and prev.group(1).lower() in APPOSITIVE_KIND_STOPS)


def appositive_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the names in apposition with a kind of body."""
    after, before = _patterns()
    out: list[tuple[int, int]] = []
    for m in after.finditer(text):
        if _plain(m.group(2)) and not _after_stop(text, m.start()):
            out.append(m.span(1))
    for m in before.finditer(text):
        if _plain(m.group(1)) and not _after_stop(text, m.start()):
            out.append(m.span(2))
    return out


def appositive_keys(text: str, cands: list[Cand]) -> set[str]:
    """Keys of the candidates that start where a name in apposition with a kind of body starts."""
    starts = {s for s, _ in appositive_spans(text)}
    return {name_key(c.text) for c in cands if c.start in starts} if starts else set()
