"""Names typed person that only ever modify the common noun after them (issue 14, t-ents60).

Judged on unread reports before the rule existed (session-22 amendment): 2022 Israel "Arab Bedouin citizen
…", "acres of Arab Bedouin land"; 2021 Egypt "Tik Tok influencer Menna …"; the pages earlier rounds judged
hold the same shape (docs/rounds, t-ents60). A people, a platform or a programme written as the modifier of a noun is
no person: the parse of the sentence makes the name's last word a modifier (a relation of
``modifier_person_deps`` in ``entities.toml``) of a word to its right, and a lower-case common noun
follows it.

A name of two words or more typed person is no person when every mention of it stands so. A person's
name may modify a noun that belongs to him ("the Mengistu regime", "the Correa government":
``person_attributive_nouns`` and ``human_possessions``), which never counts; a name of one word ("Navalny
associate") is not touched, nor a name the report also writes in any other way (one mention that is not a
modifier keeps the whole name a person), nor a name whose last word the report also writes alone as a
person: "that Election Commission head Viktor Minenko resign" (the parse takes "resign" for a noun), then
"neither Minenko nor …" (2019 Russia, a right record the first draft cut to its surname). A "noun" that is
the sentence's root or has a verb coordinated with it is a verb the parse misread ("police officer Gilroy Gaston
shot and killed X", 2017 Saint Lucia, a right record the second draft lost).
The candidates are dropped: a people or a platform is no entity.
"""
from __future__ import annotations

from ..common import Cand, name_key
from ..lexicon import MODIFIER_PERSON_DEPS, PERSON_ATTRIBUTIVE_NOUNS


def modifier_ends(ap) -> list[int]:
    """Text offsets where a capitalised token ends that the paragraph's parse reads as a modifier of
    what follows it, when a lower-case common noun comes right after it (not a noun a person's name may
    modify). The head may stand beyond the noun: the parse makes "X Y citizen A B" one chain of
    compounds ending in "B"."""
    doc, base = ap.doc, ap.start
    out: list[int] = []
    for t in doc[:-1]:
        n = doc[t.i + 1]
        if t.text[:1].isupper() and t.dep_ in MODIFIER_PERSON_DEPS and t.head.i > t.i \
                and n.pos_ == "NOUN" and n.text[:1].islower() and n.lower_ not in PERSON_ATTRIBUTIVE_NOUNS \
                and not _verb_read_as_noun(n):
            out.append(base + t.idx + len(t.text))
    return out


def _verb_read_as_noun(n) -> bool:
    """The "noun" is the sentence's root, or has a verb coordinated with it: a verb the parse took for a
    noun ("police officer Gilroy Gaston shot and killed X": "shot" the root, "killed" its conjunct)."""
    return n.dep_ == "ROOT" or any(ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX") for ch in n.children)


def persons_not_modifiers(cands: list[Cand], ends: set[int]) -> list[Cand]:
    """``cands`` without the persons of two words or more every mention of which ends at one of
    ``ends`` (from :func:`modifier_ends`): "Arab Bedouin citizens", "Tik Tok influencer"."""
    if not ends:
        return cands
    by_name: dict[str, list[Cand]] = {}
    alone: set[str] = set()     # one-word persons: a surname the report also writes alone
    for c in cands:
        if c.type == "person" and len(c.text.split()) >= 2:
            by_name.setdefault(name_key(c.text), []).append(c)
        elif c.type == "person":
            alone.add(name_key(c.text))
    drop = {id(c) for group in by_name.values() if all(c.end in ends for c in group)
            and name_key(group[0].text.split()[-1]) not in alone for c in group}
    return [c for c in cands if id(c) not in drop] if drop else cands
