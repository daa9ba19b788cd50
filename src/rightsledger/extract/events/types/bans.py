"""Bans, restrictions, closures and force: the type of a ban by what is banned (censorship of media
and speech, an association's ban, a protest banned (other: "a ban of a specific rally is other",
docs/EVALUATION.md, settled 2026-12-06), a person's travel ban, or a rule on an activity, also a
practice named by an acronym: "banned FGM/C"), of a restriction or a closing that is no censorship,
of a shutdown called as a strike, and of force used as abuse. Used by :func:`.triggers.trigger_type`;
the word lists are ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    ABUSE_FORCE_MODS, ASSOCIATIONS, BAN_WORDS, BANNED_OCCASIONS, BANNED_PRACTICES, BANNED_SPEECH,
    CLOSURE_NOUNS, FORCE_DISPERSAL_VERBS, KEPT_FROM_VERBS, MEDIA_NOUNS, MEDIA_THINGS, NEWS_PEOPLE, NOUN_TYPES,
    ORG_NOUNS, PERSON_NOUNS, REPORTING_ACTS, RESTRICTION_VERBS, SPEECH_ACTS, STRIKE_SHUTDOWN_VERBS,
    TRAVEL_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_MEDIA = MEDIA_THINGS | MEDIA_NOUNS | BANNED_SPEECH
_CLAUSES = ("relcl", "acl", "advcl", "ccomp")


def _heads(tok: "Token") -> list["Token"]:
    """What ``tok`` bans: its objects (verb) or its "of"/"on" complement (noun), with their conjuncts."""
    if tok.pos_ in ("VERB", "AUX"):
        heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "relcl" and heads and all(h.lower_ in ("which", "that") for h in heads):
            heads = [tok.head]  # "the website of Kun.uz, which had been blocked in 2018"
    else:
        heads = [d for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                 for d in c.children if d.dep_ in ("pobj", "pcomp")]
    return heads + [c for h in heads for c in h.conjuncts]


def _banned(tok: "Token") -> list["Token"]:
    """The words of what ``tok`` bans, closes or suspends: its objects (verb) or its "of"/"on"
    complement (noun), with their own words but not the clauses that qualify them ("journalists who
    reported", "to prevent deaths from mudslides"); a verb without objects takes those of the verb it is
    coordinated with ("banned and prevented dozens of individuals from traveling")."""
    if tok.pos_ in ("VERB", "AUX"):
        verbs = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"][:1]
        heads: list["Token"] = []
        for v in verbs:
            heads = heads or [c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "xcomp")] + [
                d for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for d in c.children]
        if tok.dep_ == "relcl" and heads and all(h.lower_ in ("which", "that") for h in heads):
            heads = [tok.head]  # "the website …, which had been blocked in 2018": the website
    else:
        heads = [d for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "against")
                 for d in c.children if d.dep_ in ("pobj", "pcomp")]
    out: list["Token"] = []
    for h in heads:
        stack = [h]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return out


def _media(words: list["Token"]) -> bool:
    return any(w.lemma_.lower() in _MEDIA or w.lower_ in _MEDIA for w in words)


def _person(w: "Token") -> bool:
    return w.ent_type_ == "PERSON" or w.lemma_.lower() in PERSON_NOUNS


def ban_type(tok: "Token") -> str | None:
    """The type of a ban (verb "ban", noun "ban"), or None to keep the default (censorship)."""
    if tok.lemma_.lower() not in BAN_WORDS and tok.lower_ not in BAN_WORDS:
        return None
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in TRAVEL_WORDS for c in tok.children):
        return "other"  # "a travel ban on the activist"
    words = _banned(tok)
    if any(w.dep_ == "pcomp" and w.lemma_.lower() in TRAVEL_WORDS for w in words):
        return "other"  # "banned and prevented dozens of individuals from traveling overseas"
    if not words or _media(words):
        return None  # "banned all reporting on the attack", "banned two singers from performing on radio"
    if any(_lemma(w) in ASSOCIATIONS for w in words):
        return "registration_decision"  # "threatened to ban those NGOs", "a ban on the Orla Party"
    heads = _heads(tok)
    if any(NOUN_TYPES.get(_lemma(w)) == "protest" or _person(w) or _lemma(w) in BANNED_OCCASIONS for w in heads):
        return "other"  # a protest banned ("banned opposition rallies", settled 2026-12-06), a person, meetings
    if any(w.lower_ in BANNED_PRACTICES for w in words):
        return "law_or_decree"  # "13 of 36 states banned FGM/C" (an acronym the parser takes for a body)
    if not heads or any(w.ent_type_ in ("ORG", "GPE") or _lemma(w) in ORG_NOUNS or _named(w) for w in heads):
        return None  # a named body ("banned Ligue Orla") or no object: the default (censorship)
    return "law_or_decree"  # "banned wildcat gold prospecting", "a national ban on FGM/C"


def penalized_speech(verb: "Token") -> bool:
    """Those penalized for what they published or said: "penalized those who published items counter to
    government guidelines", "penalized individuals or organizations that criticized … policy"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(r.dep_ == "relcl" and (r.lemma_.lower() in SPEECH_ACTS or any(
        c.dep_ == "conj" and c.lemma_.lower() in SPEECH_ACTS for c in r.children))
        for o in objs for h in (o, *o.conjuncts) for r in h.children)


def _named(w: "Token") -> bool:
    """A name ("Ligue Orla"), not an acronym of a practice ("FGM/C")."""
    return w.pos_ == "PROPN" and w.is_title and not w.is_upper


def _lemma(w: "Token") -> str:
    """The lemma, with a plural the tagger left ("NGOs" → "ngo")."""
    lemma = w.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in ASSOCIATIONS | ORG_NOUNS else lemma


def kept_from(tok: "Token") -> str | None:
    """ "prevented a foreign news crew from filming", "barred journalists from covering the ceremony":
    censorship; kept from anything else: no trigger (None)."""
    if tok.lemma_.lower() not in KEPT_FROM_VERBS:
        return None
    acts = [d for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for d in c.children
            if d.dep_ == "pcomp"]
    if not acts:
        return None
    kept = [d for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for d in c.subtree if d.dep_ not in _CLAUSES]
    if any(a.lemma_.lower() in REPORTING_ACTS for a in acts) or any(
            w.lemma_.lower() in NEWS_PEOPLE or w.lemma_.lower() in MEDIA_THINGS for w in kept):
        return "censorship_or_blocking"
    return None


def restriction_type(tok: "Token") -> str | None:
    """A restriction of something other than media or speech is no censorship: "restricted the
    passage of relief supplies", "confiscating goods from children" → other (None: the default)."""
    if tok.lemma_.lower() not in RESTRICTION_VERBS:
        return None
    heads = _heads(tok)
    if not heads or any(
            h.lemma_.lower() == "access" and not any(c.lower_ in ("to", "of", "by") for c in h.children)
            for h in heads):
        return None  # ("demanded telecommunications companies restrict access": of what, unsaid)
    return None if _media(_banned(tok)) else "other"


def closure_type(tok: "Token") -> str | None:
    """The type of a closure, shutdown or suspension (noun) that is no censorship: "led a nationwide
    shutdown to protest" (a general strike), "the closure of the UN Human Rights Office" (other)."""
    lemma = tok.lemma_.lower()
    if lemma not in CLOSURE_NOUNS:
        return None
    if lemma == "shutdown" and tok.head.lemma_.lower() in STRIKE_SHUTDOWN_VERBS and tok.dep_ == "dobj":
        return "strike"
    words = _banned(tok)
    if any(_lemma(w) in ASSOCIATIONS for w in words):
        return "registration_decision"  # "a three-month suspension of international NGOs"
    if not words or _media(words):
        return None
    return "other"


def abusive_force(use: "Token") -> bool:
    """ "used excessive force against demonstrators" (abuse), not "used excessive force to disperse"
    a crowd (an attack; the caller looks at results in deaths first)."""
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in FORCE_DISPERSAL_VERBS
           for c in use.subtree):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "force" and any(
        m.dep_ == "amod" and m.lower_ in ABUSE_FORCE_MODS for m in c.children) for c in use.children)
