"""What the trained typer sees beyond feature version 2: the additions of the trial versions.

Version 2 (:func:`.typemodel.features`) reads the trigger, its arguments, the clause's verb, the
headings and every content word of the sentence. Three additions were measured under the ship
rule by t-typer9 (docs/rounds/2026-12-12-15-t-typer9.md), each on top of version 2 so that a
difference is the addition's doing:

* ``3.1`` (t-typer9's 3p): the parse around the trigger: the voice of its clause, negation of
  the clause's verb, the governing verb with its object's head, and the entity kind of the
  clause's subject and of the trigger's object, read from the pipeline's own entity records (a
  person arrested and an organization closed are told apart by what the report's records say
  they are, not by spaCy's guess);
* ``3.2`` (3h): the headings paired with the trigger: "closed" under an assembly heading and
  under a prison heading are different events;
* ``3.3`` (3c, shipped by t-typer9b): the sentence's words from the trigger's clause only, when
  the sentence has several: "police dispersed the protest, and a court later convicted two
  organizers" types each event by its own clause.

None reads the rules' type, so on first-run reports nothing of today's rules enters beyond the
trigger lemma version 2 already carries.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from ...lexicons import words
from ..types.arguments import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..clause.participants import Context

#: The entity kind of a token from the sentence's records ("person", "organization", "place"; "none").
KindOf = Callable[["Token"], str]
_SUBJ = words("typer", "subject_deps")
_OBJ = words("typer", "object_deps")
_KINDS = words("typer", "record_kinds")


def no_kind(tok: "Token") -> str:
    return "none"


def record_kind(kind: str | None) -> str:
    """A record's type as the typer sees it: one of ``record_kinds`` or "none"."""
    return kind if kind in _KINDS else "none"


def kind_of(ctx: "Context", base: int) -> KindOf:
    """A token's entity kind from the document's records (the typer's version 3.1), for tokens
    of a paragraph starting at ``base``."""

    def kind(tok: "Token") -> str:
        ent = ctx.index.find(base + tok.idx, base + tok.idx + len(tok)) if ctx.has_entities else None
        return record_kind(ent.type if ent is not None else None)
    return kind


def _object(trig: "Token") -> "Token | None":
    """The trigger's object: its direct object or passive subject, or for a noun the object of its
    "of" ("the arrest of two journalists")."""
    for c in trig.children:
        if c.dep_ in _OBJ:
            return c
    if trig.pos_ not in ("VERB", "AUX"):
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((d for d in c.children if d.dep_ == "pobj"), None)
    return None


def parse_features(trig: "Token", clause: "Token", lem: str, word: Callable[["Token"], str],
                   kind_of: KindOf | None) -> list[str]:
    """Version 3.1's additions (see the module's docstring)."""
    kind = kind_of or no_kind
    passive = is_passive(clause, clausal_subject=True) or is_passive(trig, clausal_subject=True)
    voice = "passive" if passive else "active"
    out = [f"voice={voice}", f"tvoice={lem}:{voice}"]
    if any(c.dep_ == "neg" for c in clause.children):
        out.append("gneg")
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if obj is not None:
        out.append(f"gvo={clause.lemma_.lower()}:{word(obj)}")
    subj = next((c for c in clause.children if c.dep_ in _SUBJ), None)
    sk = kind(subj) if subj is not None else "none"
    target = _object(trig)
    ok = kind(target) if target is not None else "none"
    out += [f"subjk={sk}", f"tsubjk={lem}:{sk}", f"objk={ok}", f"tobjk={lem}:{ok}"]
    return out


def heading_pairs(lem: str, heading: Iterable[str]) -> list[str]:
    """Version 3.2's additions: each heading feature paired with the trigger lemma."""
    return [f"th={lem}:{h}" for h in heading]


def clause_tokens(sent: "SpacySpan", trig: "Token | None", clause_head: Callable[["Token"], "Token"],
                  toks: Iterable["Token"]) -> list["Token"]:
    """Version 3.3: the tokens of ``toks`` in the trigger's clause (those whose clause verb is the
    trigger's), or all of them when the sentence has one clause or no trigger."""
    toks = list(toks)
    if trig is None:
        return toks
    heads = {t.i: clause_head(t).i for t in toks}
    if len(set(heads.values())) < 2:
        return toks
    mine = clause_head(trig).i
    return [t for t in toks if heads[t.i] == mine]
