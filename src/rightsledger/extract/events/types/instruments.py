"""The making of legal instruments (issue 14, round t-types4): what was passed, issued or signed.

* a verb of law-making (``law_making_verbs``) whose object is a legal instrument is a
  ``law_or_decree``, whatever the instrument's name: "parliament passed the Computer Crime
  Proclamation", "issued an amended Online Media Operation Directive", "issued new marriage
  regulations" (the trigger tables missed a proclamation passed and took a directive issued for a
  report);
* one whose object is a text that binds nobody (``signed_texts``) is ``other``, also through a
  relative clause: "signed a joint statement with the ministry", "the 1964 Agreement that was signed
  by the three parties";
* a noun of enactment with an instrument as its "of" complement is a ``law_or_decree``: "the
  enactment of the Mental Health Act in April" ("the adoption of a child" is none);
* a legislature's vote is no election: ``law_or_decree`` when it passes an instrument ("the assembly voted
  to pass the bill"), else ``other`` ("parliament voted to adopt the recommendation");
* a rule's quantity changed is a ``law_or_decree``: "raised the minimum legal age for marriage from 17
  to 18", "raised the minimum wage" (the 2008 Angola gold); so is one announced or introduced
  ("introduced a minimum wage of 9,000 rupees": ``rule_setting_verbs``);
* an instrument or a binding requirement implemented, renewed, reformed or amended is a
  ``law_or_decree`` ("implemented a new visa requirement", "renewed the decree", "reformed the penitentiary
  code": ``rule_change_verbs``, ``changed_rules``); programs, policies and measures implemented are not;
  so is a rule rescinded, suspended, lifted or extended ("the exit visa requirement was rescinded", "extended
  the protection regime", round t-types24): the verb's type is its object's class, a rule, not the verb's
  own ("suspended" a person is a dismissal, a newspaper censorship). An order or decision is a rule only
  when it names no act of its own ("the acquittal order", "a decision to deport him") and no court ends it;
* a rule qualified by a participle of law-making with a date of its own is a ``law_or_decree`` ("the moratorium on
  child adoption imposed by the government in January 2009", "pandemic restrictions imposed in March", "Executive
  Decree 560 issued in November 2018", round t-types27), also when the parser hangs the participle on the rule's
  "on" complement or its number.

Called by :func:`.triggers.trigger_type` after the exact cues of ``cues.py``; the word lists are in
``extract/data/events.toml``. Each returns :data:`.cues.NO_CUE` when it has nothing to say.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import NO_CUE, acted_on, noun_words
from ..lexicon import (
    AMOUNT_VERBS, ANY_TRIGGER, CHANGED_RULES, DATED_RULE_VERBS, ENACTING_NOUNS, FINING_COURTS, IMPOSED_RULES,
    INSTRUMENT_THINGS, LAW_MAKING_VERBS, LAW_THINGS, LEGISLATURES, NAMED_INSTRUMENTS, ORDERED_RULES, RULE_AMOUNT_HEADS,
    RULE_AMOUNTS, RULE_CHANGE_VERBS, RULE_SETTING_VERBS, SIGNED_TEXTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def instrument_verb(tok: "Token", lemma: str) -> str | None:
    """The type a verb of law-making or of a rule's amount gives by its object, or ``NO_CUE``."""
    if _dated_rule(tok, lemma):
        return "law_or_decree"  # "the moratorium imposed by the government in January 2009"
    if lemma == "vote" and any(c.dep_ == "nsubj" and c.lemma_.lower() in LEGISLATURES for c in tok.children):
        voted = [d for c in tok.children if c.dep_ in ("xcomp", "prep") for d in c.subtree]
        return "law_or_decree" if any(d.lemma_.lower() in LAW_THINGS | INSTRUMENT_THINGS for d in voted) else "other"
    objs = acted_on(tok)
    if lemma in (RULE_SETTING_VERBS | RULE_CHANGE_VERBS) - LAW_MAKING_VERBS and not _rule_made(tok):
        return NO_CUE  # "Federal law set the legal age", "did not implement the law effectively", "intends to …"
    if lemma in AMOUNT_VERBS | RULE_SETTING_VERBS and any(_rule_amount(o) for o in objs):
        return "law_or_decree"  # "raised the minimum wage", "introduced a minimum wage of 9,000 rupees"
    if lemma in RULE_CHANGE_VERBS:
        return "law_or_decree" if not _by_court(tok) and any(
            (_instrument(o) or o.lemma_.lower() in CHANGED_RULES) and _one(o) and _general(o)
            for o in objs) else NO_CUE  # "implemented a new visa requirement", "the order was rescinded"
    if lemma not in LAW_MAKING_VERBS:
        return NO_CUE
    said = set().union(*(noun_words(o) for o in objs)) if objs else set()
    if not said or "draft" in said:
        return NO_CUE  # ("approved the draft law": the rules of triggers.py)
    if said & SIGNED_TEXTS and not said & LAW_THINGS and lemma != "issue":
        return "other"  # ("issued a statement": a publication, the rules of triggers.py)
    if any(_instrument(o) for o in objs):
        return "law_or_decree"
    return NO_CUE


def _dated_rule(verb: "Token", lemma: str) -> bool:
    """A participle of law-making with a date of its own ("imposed in March", no auxiliary) qualifying a rule."""
    if lemma not in LAW_MAKING_VERBS | DATED_RULE_VERBS or verb.dep_ != "acl" or verb.tag_ != "VBN" or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and any(d.ent_type_ == "DATE" for d in c.children) for c in verb.children):
        return False
    return any(_made_rule(n) for n in _qualified(verb.head))


def _qualified(noun: "Token") -> list["Token"]:
    """The noun a participle qualifies, and the one above it when the parser hangs the participle on a rule's
    number or compound ("Decree 560 issued") or on its "of"/"on" complement ("the moratorium on adoption imposed")."""
    if noun.dep_ in ("nummod", "compound", "appos"):
        return [noun, noun.head]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("of", "on"):
        return [noun, noun.head.head]
    return [noun]


def _made_rule(noun: "Token") -> bool:
    """A rule by its head noun, not a draft and not an order on persons ("a detention order")."""
    return noun.lemma_.lower() in INSTRUMENT_THINGS | LAW_THINGS | CHANGED_RULES | IMPOSED_RULES \
        and "draft" not in noun_words(noun) and _general(noun)


def _rule_made(verb: "Token") -> bool:
    """A rule set or put in force by someone, not a rule stating one ("Federal law set the legal age of
    marriage at 18"), an intention ("its intention to implement the act") or a general duty ("did not
    implement the law effectively")."""
    kids = list(verb.children)
    return not any(c.dep_ == "nsubj" and c.lemma_.lower() in LAW_THINGS | INSTRUMENT_THINGS
                   or c.dep_ == "aux" and c.lower_ == "to" or c.lower_ in ("effectively", "fully") for c in kids) \
        and not (verb.lemma_.lower() in RULE_CHANGE_VERBS and any(c.dep_ == "neg" for c in kids))


def _by_court(verb: "Token") -> bool:
    """A court as the verb's subject or agent: "the court suspended the decree" is a ruling (appeals.py)."""
    agents = [d for c in verb.children if c.dep_ == "agent" for d in c.children if d.dep_ == "pobj"]
    return any(c.lemma_.lower() in FINING_COURTS for c in agents + [c for c in verb.children if c.dep_ == "nsubj"])


def _general(noun: "Token") -> bool:
    """An order or decision that names no act of its own: not "the acquittal order", "a detention order", "the
    decision to deport him" (orders on particular persons are their act, settled 2026-12-16)."""
    if noun.lemma_.lower() not in ORDERED_RULES:
        return True
    named = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ != "DATE"}
    named |= {d.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for d in c.children if d.dep_ == "pobj"}  # ("a March decision": a month names no act)
    acts = {c.lemma_.lower() for c in noun.children if c.dep_ == "acl" and any(a.dep_ == "aux" for a in c.children)}
    return not (named | acts) & (ANY_TRIGGER - LAW_THINGS)


def _one(noun: "Token") -> bool:
    """One instrument or requirement, not rules in general ("implemented strict requirements", "laws")."""
    return noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children)


def _instrument(noun: "Token") -> bool:
    """A legal instrument by its head noun; a directive only by its name ("the Online Media Directive")."""
    lemma = noun.lemma_.lower()
    return lemma in INSTRUMENT_THINGS and (lemma not in NAMED_INSTRUMENTS or noun.pos_ == "PROPN")


def instrument_noun(tok: "Token", lemma: str) -> str | None:
    """ "the enactment of the Mental Health Act": a law; "enactment" of nothing legal: no trigger."""
    if lemma not in ENACTING_NOUNS:
        return NO_CUE
    made = {d.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for d in c.children if d.dep_ == "pobj"}
    return "law_or_decree" if made & (INSTRUMENT_THINGS | LAW_THINGS) else None


def _rule_amount(noun: "Token") -> bool:
    """ "the minimum legal age for marriage", "the minimum wage", "the age of criminal responsibility"."""
    return bool(noun_words(noun) & RULE_AMOUNTS) or noun.lemma_.lower() in RULE_AMOUNT_HEADS
