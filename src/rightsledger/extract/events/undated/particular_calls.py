"""A call about one person or one occurrence, told without a date (issue 14, round t-events45): "The
Working Group called for Lena Marek's release", "Rights groups called for the release of Jon Arvo", "Diallo
claimed victory and called on his supporters to protest the results", "The monitor urged him to drop the
charges" are ``other`` events of the report year (docs/EVALUATION.md, "Statements, verdicts and cooperation":
a call is a reaction to a specific occurrence; settled 2026-12-06). A call for the reform of a law or a
practice is none: "called for reforms to the penal code", "called for an end to these practices", "urged
authorities to ban the use of virginity tests", "called on the government to amend the code".

The shape, read from the parse: the verb of the main clause (or a verb coordinated with it) is a call —
"call" with a preposition of ``particular_call_preps`` ("called for", "called on", "called upon") or
"urge" — in the simple past, not negated, not a habit (``efforts.past_main``), with a subject. The call
names one person:

- whom it is addressed to (the object of "on"/"upon", ``particular_call_addressee_preps``, or of "urge")
  is a person: a PERSON name, "him"/"her", or a noun a person's possessive picks ("his supporters");
- or what it calls for (the object of "for", of "urge", or of the infinitive it calls for: "urged police to
  release Jon Arvo"), or the noun one preposition of ``particular_call_links`` below it ("an end to the
  detention of …"), is a PERSON name or carries a person's possessive ("Lena Marek's release", "his
  release"), or is a noun "of" a PERSON name ("the release of Jon Arvo").

"its" and "their" are not a person's possessive here (they can stand for a body or a class: "urged the
government to respect its obligations"); nor is a possessive noun that is not a PERSON name ("the
country's laws", "the book's distribution"). The undated readings ask this last, only for a sentence that
has no other record (``undated/occurrences.py``). The words are data in ``extract/data/events.toml``:
``particular_call_preps``, ``particular_call_addressee_preps``, ``particular_call_person_pronouns``,
``particular_call_links``.

Census over the non-held-out dev gold (round t-events45, every sentence with "call(s/ed/ing) on/upon/for"
or "urge(s/d)", 73, parsed): in the shape an event in 3 reports (the fictional 2022 Veridia, 2020 Guinea,
Kazakhstan 2022), none in 0. The 14 other undated past calls of a main clause are events in 5 sentences (5
reports; one already made) and none in 9 (9 sentences, 8 reports): the parse does not separate those.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .efforts import past_main
from ..lexicon import (
    PARTICULAR_CALL_ADDRESSEE_PREPS, PARTICULAR_CALL_LINKS, PARTICULAR_CALL_PERSON_PRONOUNS, PARTICULAR_CALL_PREPS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_RELATIVE = frozenset({"who", "which", "that"})


def particular_call(sent: "SpacySpan") -> "Token | None":
    """The verb of a past call of the sentence's main clause about one person or occurrence, else None."""
    root = sent.root
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        lemma = verb.lemma_.lower()
        if lemma not in PARTICULAR_CALL_PREPS or verb.tag_ != "VBD" or not past_main(verb) or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        actor = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if actor is None and verb.i != root.i:
            actor = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if actor is None or actor.lower_ in _RELATIVE:
            continue
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in PARTICULAR_CALL_PREPS[lemma]]
        if lemma != "urge" and not preps:
            continue  # ("called the charges baseless": no call)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        addressees = [*objects, *(o for p in preps if p.lower_ in PARTICULAR_CALL_ADDRESSEE_PREPS
                                  for o in p.children if o.dep_ == "pobj")]
        called = [*objects, *(o for p in preps if p.lower_ not in PARTICULAR_CALL_ADDRESSEE_PREPS
                              for o in p.children if o.dep_ == "pobj"),
                  *(o for x in verb.children if x.dep_ in ("xcomp", "advcl") and _infinitive(x)
                    for o in x.children if o.dep_ == "dobj")]
        if any(_person(a) for a in _and_conjuncts(addressees)) or any(
                _names_person(n) for n in _and_conjuncts(called)):
            return verb
    return None


def _infinitive(verb: "Token") -> bool:
    """ "to release …" (the verb of what is called for)."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _and_conjuncts(tokens: list["Token"]) -> "Iterator[Token]":
    for tok in tokens:
        yield tok
        yield from (c for c in tok.children if c.dep_ == "conj")


def _person(tok: "Token") -> bool:
    """A PERSON name, "him"/"her", or a noun a person's possessive picks ("his supporters")."""
    return tok.ent_type_ == "PERSON" or tok.tag_ == "PRP" and tok.lower_ in PARTICULAR_CALL_PERSON_PRONOUNS or \
        _person_possessive(tok)


def _person_possessive(tok: "Token") -> bool:
    return any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in PARTICULAR_CALL_PERSON_PRONOUNS)
               for c in tok.children)


def _names_person(noun: "Token") -> bool:
    """What is called for names one person: a PERSON name, "Lena Marek's release", "his release", "the
    release of Jon Arvo", or one of these one preposition below ("an end to the detention of Jon Arvo")."""
    for tok in (noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ in PARTICULAR_CALL_LINKS
                        for o in p.children if o.dep_ == "pobj")):
        if tok.ent_type_ == "PERSON" or _person_possessive(tok) or any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON"
                                                              for o in p.children) for p in tok.children):
            return True
    return False
