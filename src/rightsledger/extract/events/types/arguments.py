"""The words of a trigger's arguments that the type rules read: its objects and their own
words, what media it acts on, the post someone is removed from, "into force", a threatening
thing. Apart from ``verb_types.py`` because the same readings serve ``triggers.py``'s other
callers (``dated.py`` walks ``tree_path``); none of them asks for a type. Also the one passive
test (``is_passive``: a passive subject or auxiliary among a verb's children) that rules of every
package of ``extract/events/`` ask (round t-house3); it stands here, at the bottom of ``types/``
(this module reads no other rule), so that ``types/`` itself may read it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import EFFECT_NOUNS, MEDIA_THINGS, POSTS, THREAT_MODS, THREAT_OBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the dependency labels of a passive verb's own subject and auxiliary
PASSIVE_MARKS = ("nsubjpass", "auxpass")


def is_passive(verb: "Token", *, clausal_subject: bool = False) -> bool:
    """A passive subject or a passive auxiliary among ``verb``'s children ("the activists were
    arrested", "was closed"); with ``clausal_subject`` a passive clausal subject counts as well
    ("that the vote was rigged was reported": the typer's voice feature)."""
    marks = PASSIVE_MARKS + ("csubjpass",) if clausal_subject else PASSIVE_MARKS
    return any(c.dep_ in marks for c in verb.children)


def media_object(verb: "Token") -> bool:
    """Media among what ``verb`` acts on: "penalized media outlets", "halted the operations of Kala
    TV", "ordered them to stop broadcasting", "the internet was cut"."""
    return any((d.lemma_.lower() in MEDIA_THINGS or d.lower_ in MEDIA_THINGS) and not any(
        x.dep_ in ("relcl", "acl", "advcl") for x in tree_path(d, c))  # (not "officers who harassed journalists")
        for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "xcomp") for d in c.subtree)


def object_words(tok: "Token") -> set[str]:
    """Lemmas of the objects of ``tok``, their compounds and their "of" complements ("an amended
    version of the constitution draft" → version, constitution, draft)."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out |= {d.lemma_.lower() for d in own_words(c)}
    return out


def threatening(noun: "Token") -> bool:
    """A thing sent or received as a threat: "a pig's head", "threatening messages", "death threats"."""
    return noun.lemma_.lower() in THREAT_OBJECTS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in THREAT_MODS for c in noun.children)


def from_post(tok: "Token") -> bool:
    """ "removed from office", "suspended from his post" (however the parse attaches the phrase)."""
    for d in tok.subtree:
        if d.lower_ == "from" and d.i > tok.i:
            nxt = tok.doc[d.i + 1: d.i + 3]
            return any(x.lemma_.lower() in POSTS for x in nxt)
    return False


def own_words(noun: "Token") -> list["Token"]:
    """A noun, its modifiers and its "of" complement: "asylum seeker status", "refugee status",
    "status of refugees" (not "reports of violence against refugees")."""
    out = [noun]
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss"):
            out += list(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of":
            out += [d for d in c.children if d.dep_ == "pobj"]
    return out


def into_effect(tok: "Token") -> bool:
    """ "came into force", "went into effect"."""
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(
        d.lemma_.lower() in EFFECT_NOUNS for d in c.children) for c in tok.children)


def tree_path(tok: "Token", top: "Token") -> list["Token"]:
    """The tokens from ``tok`` up to (not including) its ancestor ``top``."""
    out = []
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i and len(out) < 12:
        out.append(cur)
        cur = cur.head
    return out
