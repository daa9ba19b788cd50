"""Types the conventions settle that the trigger tables got wrong on unseen text (issue 14, round
t-types5: the first runs of the ten dev reports annotated in round 2026-12-07, checked on reports
without gold):

* explosives set off or thrown, armed actors fighting one another or seizing a place by force:
  attacks ("a bomb went off", "an explosive device was detonated", "militiamen … fought militiamen",
  "seized by force the town of Garowe");
* a state of emergency or a curfew declared, renewed, extended or imposed: ``law_or_decree``;
* observers' verdicts on an election: ``other`` ("observers characterized the 2014 elections as free
  and fair"; docs/EVALUATION.md, "Statements, verdicts and cooperation");
* what a body was created to do: its creation is ``other`` ("a commission established in 2014 to
  investigate violations");
* a report handed in: ``report_published`` ("submitted a report to the Human Rights Council"; a dated
  report that faults or criticizes is one by ``report_statement_verbs``, ``publishing.py``);
* what was suspended or prohibited that is not media: ``other`` ("suspended the country's candidacy",
  "prohibit flights from landing", "prohibit any protests").

Round t-types6 added, from the dev errors and reports without gold: a raid of the state's forces on
premises is ``other`` ("police raided homes in search of weapons"; an armed group's raid stays an attack),
a gathering broken up is an attack ("police broke up a protest"), a strike suspended is a ``strike``, looting
is ``other`` (the trigger table).

Kidnappings, abductions and disappearances are ``other`` by the trigger tables themselves
(``verb_triggers`` / ``noun_triggers`` in ``extract/data/events.toml``). Each function returns
:data:`.cues.NO_CUE` when its cue is absent; the word lists are in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon
from .cues import NO_CUE
from ..lexicon import ASSOCIATIONS, MEDIA_NOUNS, MEDIA_THINGS, NOUN_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

_S = lexicon("events")["settled_types"]
_EXPLOSIVES = frozenset(_S["explosive_things"])
_EXPLOSION_VERBS = frozenset(_S["explosion_verbs"])
_ARMED = frozenset(_S["armed_actors"])
_SEIZED = frozenset(_S["seized_places"])
_SUSPEND = frozenset(_S["suspend_verbs"])
_OBSERVERS = frozenset(_S["observer_nouns"])
_VERDICT_VERBS = frozenset(_S["verdict_verbs"])
_MONTHS = frozenset(_S["months"])
_SUBMIT = frozenset(_S["submit_verbs"])
_EMERGENCY_VERBS = frozenset(_S["emergency_verbs"])
_CREATION_VERBS = frozenset(_S["creation_verbs"])
_EMERGENCIES = frozenset(_S["emergency_things"])
_PUBLICATIONS = frozenset(_S["publication_nouns"])
_CASE_REPORTS = frozenset(_S["case_reports"])
_COMMUNICATIONS = frozenset(_S["suspended_communications"])
_PREMISES = frozenset(_S["raided_premises"])
_RAIDING_STATE = frozenset(_S["raiding_state"])
_GATHERINGS = frozenset(_S["broken_gatherings"])
_MEDIA = MEDIA_THINGS | MEDIA_NOUNS


def _args(tok: "Token", deps: tuple[str, ...]) -> list["Token"]:
    return [c for c in tok.children if c.dep_ in deps]


def _lemmas(toks: list["Token"]) -> set[str]:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


def _own(noun: "Token") -> set[str]:
    """A noun's lemma, its modifiers and its "of" complement ("state of emergency", "martial law")."""
    out = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    return out | {d.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for d in c.children if d.dep_ == "pobj"}


def settled_verb(tok: "Token", lemma: str) -> str | None:
    """The type a verb's settled cue gives, or :data:`NO_CUE`."""
    subj = _args(tok, ("nsubj",))
    objs = _args(tok, ("dobj", "nsubjpass"))
    if lemma in _EXPLOSION_VERBS and _lemmas(objs + subj) & _EXPLOSIVES and (
            lemma != "go" or any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)):
        return "attack_or_threat"  # "a bomb went off", "a grenade was thrown into the office"
    if lemma == "seize" and (_lemmas(objs) & _SEIZED or any(
            c.lower_ == "militarily" or c.dep_ == "prep" and c.lower_ == "by"
            and any(d.lower_ == "force" for d in c.children) for c in tok.children)):
        return "attack_or_threat"  # "seized by force the town of Garowe" (not "seized passports")
    if lemma == "fight" and _lemmas(subj) & _ARMED and (_lemmas(objs) & _ARMED or any(
            c.dep_ == "prep" and c.lower_ in ("with", "against") and _lemmas(list(c.children)) & _ARMED
            for c in tok.children)):
        return "attack_or_threat"  # "militiamen loyal to X fought militiamen loyal to Y"
    if lemma in _VERDICT_VERBS and _lemmas(subj) & _OBSERVERS and any(
            NOUN_TYPES.get(w.lemma_.lower()) == "election_or_referendum" and _dated(w) for o in objs
            for w in (o, *o.conjuncts)):
        return "other"  # "observers characterized the 2014 elections as free and fair": a verdict
    if _purpose_of_created_body(tok):
        return "other"  # "the commission was established in 2014 to investigate violations": its creation
    if lemma in _EMERGENCY_VERBS and any(_own(o) & _EMERGENCIES for o in objs):
        return "law_or_decree"  # "declared a 30-day state of emergency", "imposed a curfew in the capital"
    if lemma == "raid" and _lemmas(objs) & _PREMISES and any(
            _lemmas([x, *x.children]) & _RAIDING_STATE for x in subj) and not any(
            c.dep_ == "conj" and c.pos_ == "VERB" for c in tok.children):
        return "other"  # "police raided homes in search of weapons": a raid on property (settled; "raided the
        # office and arrested members", "raided homes and shot civilians": the act coordinated with it)
    if lemma == "break" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and (
            _lemmas(objs) & _GATHERINGS):
        return "attack_or_threat"  # "police broke up a protest": a forcible dispersal (settled)
    if lemma in _SUBMIT and _lemmas(objs) & _PUBLICATIONS and not any(_own(o) & _CASE_REPORTS for o in objs):
        return "report_published"  # "the special rapporteur submitted a report to the council"
    return NO_CUE


def _dated(noun: "Token") -> bool:
    """A date in the noun's sentence ("the 2014 elections", "the February 21 elections", "elections held in
    2014"); an undated verdict judges an election the report dated before, not one of the report year."""
    return any(d.ent_type_ == "DATE" or d.lower_ in _MONTHS or d.is_digit and len(d.text) == 4
               for d in noun.sent)


def settled_noun(tok: "Token", lemma: str) -> str | None:
    """The type a noun's settled cue gives, or :data:`NO_CUE`: an election that observers judge
    ("observers characterized the 2014 elections as free", "observers of the March elections noted
    concerns") is their verdict, ``other``."""
    if NOUN_TYPES.get(lemma) != "election_or_referendum" or not _dated(tok):
        return NO_CUE  # ("observers characterized the election as free": which election the report said
        # before; the verdict takes its date from there, not the report year)
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _OBSERVERS:
        return "other"  # "observers of the 2014 legislative elections noted some concerns"
    verb = head.head
    if head.dep_ == "nsubj" and verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
        head, verb = verb, verb.head  # "observers considered the elections to be minimally credible"
    if head.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") and verb.lemma_.lower() in _VERDICT_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _OBSERVERS for c in verb.children):
        return "other"  # "observers judged the elections to be free and fair"
    return NO_CUE


def _purpose_of_created_body(tok: "Token") -> bool:
    """``tok`` says what a body was created to do, the body told in the passive or a participle
    ("was established in 2014 to investigate", "a unit, created in 2010 to investigate")."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl") or head.i == tok.i or head.lemma_.lower() not in _CREATION_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    return head.dep_ in ("acl", "relcl") and head.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in head.children)


def suspended_thing(tok: "Token", lemma: str) -> str | None:
    """A suspension or prohibition of what is neither media nor an organization (persons, bodies,
    registrations and cases have their rules before this one): ``other``, or :data:`NO_CUE`."""
    if lemma not in _SUSPEND:
        return NO_CUE
    objs = _args(tok, ("dobj", "nsubjpass"))
    if not objs or any(o.ent_type_ in ("ORG", "PERSON") or o.pos_ == "PROPN" for o in objs):
        return NO_CUE
    if lemma == "suspend" and any(o.lemma_.lower() == "strike" for o in objs):
        return "strike"  # "the union suspended the strike after two days" (the 2018 Lesotho and 2020 Senegal gold)
    if any(d.lemma_.lower() in _MEDIA | _COMMUNICATIONS or d.lower_ in _MEDIA for o in objs for d in o.subtree):
        return NO_CUE  # "suspended the broadcasts of Radio Tarvel", "suspended cell phone data": censorship
    if any(_own(o) & ASSOCIATIONS for o in objs):
        return "registration_decision"  # "suspended the activities of 50 associations" (as a party suspended)
    return "other"  # "suspended the country's candidacy", "attempted to prohibit flights from landing"
