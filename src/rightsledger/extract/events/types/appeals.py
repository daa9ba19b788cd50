"""Appeals and rulings on appeal that are no trial step (issue 14, round t-types6).

A party's appeal ("The Attorney General's Office appealed the ruling", "the victims appealed to the ECOWAS
Court of Justice for compensation", "his legal team appealed to the Constitutional Council", "the ministry
appealed to the economic court") is ``other`` in the dev gold (2018 El Salvador, 2020 Guinea, 2022 Peru,
2024 Mauritania, 2022 Kazakhstan), not a ``trial``; so is a court upholding, overturning or revoking a
ruling, decision or order that is no verdict of a criminal case ("the Labor Court overturned the board's
ruling barring teachers from striking", "the regional court upheld the decision to resume payments", "the
Chief Justice overturned a ruling that dismissed convictions": 2018 Lesotho, 2022 Kazakhstan, 2020 Fiji).
A court ruling on an appeal against a conviction or a sentence ("upheld the verdict", "upheld the four-year
sentence", "rejected his appeal against the conviction") stays a ``trial``. The word lists are
``[appeals]`` in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicons import lexicon
from .cues import NO_CUE
from ..lexicon import INSTRUMENT_THINGS, LAW_THINGS

if TYPE_CHECKING:
    from spacy.tokens import Token

_A = lexicon("events")["appeals"]
_COURTS = frozenset(_A["courts"])
_RULING_VERBS = frozenset(_A["ruling_verbs"])
_RULINGS = frozenset(_A["rulings"])
_CRIMINAL = frozenset(_A["criminal_matters"])
_STRIKING = frozenset(_A["striking_verbs"])
_VOID = frozenset(_A["void_words"])
_RULES = frozenset(_A["struck_rules"]) | LAW_THINGS | INSTRUMENT_THINGS


def _court(tok: "Token") -> bool:
    return tok.lemma_.lower() in _COURTS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _COURTS for c in tok.children) or (
        tok.ent_type_ == "ORG" and any(w in tok.lower_ for w in ("court", "tribunal")))


def appeal_type(tok: "Token", lemma: str) -> str | None:
    """``other`` for a party's appeal or a court's ruling on a ruling of no criminal case, else
    :data:`NO_CUE`; ``other`` too for a court striking down a rule (:func:`struck_by_court`)."""
    if struck_by_court(tok):
        return "other"  # "the Constitutional Court repealed the law": its ruling, no law made
    if lemma == "appeal" and tok.pos_ in ("VERB", "AUX"):
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and not any(_court(s) for s in subj) and not any(
                c.dep_ == "prep" and c.lower_ == "for" and not any(
                    d.lemma_.lower() in ("compensation", "damages", "reparation") for d in c.children)
                for c in tok.children):
            return "other"  # ("appealed for calm" is a demand: demands.py)
        return NO_CUE
    if lemma not in _RULING_VERBS:
        return NO_CUE
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or not all(o.lemma_.lower() in _RULINGS for o in objs):
        return NO_CUE  # ("upheld the verdict", "upheld the sentence": the trial goes on)
    if any(d.lemma_.lower() in _CRIMINAL for o in objs for d in o.subtree):
        return NO_CUE  # "overturned the ruling that acquitted the officers", "the verdict"
    return "other"  # "overturned the board's ruling barring teachers from striking"


def struck_by_court(tok: "Token") -> bool:
    """A court striking down a rule: "the Constitutional Chamber declared unconstitutional Article 49 of the
    Civil Service Law", "the Constitutional Court repealed the law", "the Supreme Court annulled the decree".
    A court's ruling, ``other`` (the 2018 El Salvador and 2018 Lesotho gold; the 2018 El Salvador notes: "a
    declaration of unconstitutionality → other"), not the making of a law; the verbs and words are
    ``striking_verbs`` and ``void_words`` of ``[appeals]``."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" and _court(c) and (
            c.lemma_.lower() != "council" or any(d.lower_ == "constitutional" for d in c.subtree))
            for c in tok.children):
        return False  # ("the Council of Ministers repealed the decree" makes a law; the Constitutional Council rules)
    if not any(d.lemma_.lower() in _RULES for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd", "ccomp")
               for d in c.subtree):
        return False  # ("the court annulled the conviction": a trial matter, appeal_type)
    lemma = tok.lemma_.lower()
    if lemma == "strike":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
    if lemma in _STRIKING:
        return True
    return lemma == "declare" and any(d.lower_ in _VOID for c in tok.children for d in (c, *c.children))
