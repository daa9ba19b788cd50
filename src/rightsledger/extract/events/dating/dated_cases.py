"""A case or an allegation named by its date that ``date_labels.case_label`` does not read (no "against", no
person, no clause on its defendants): the occurrence it is of, dated by that date (round t-events47,
docs/rounds/2026-12-23-02-t-events47.md; dev census 15 sentences with a record of the date : 0 without, 8 reports).

* what it is of, a trigger noun: "the 2008 cases of police torture" → the torture; "the April 2009 allegation of
  police abuse", "the 2009 case of allegations of abuse of children" → the abuse;
* a clause on the case with a trigger: "The December 2009 case, involving charges against the editor, …" → the
  charge; "a 2017 case in which a theater group bribed an officer" → the bribe;
* else the case itself, ``other``, when a compound names its kind ("the March 2009 arson case", "the September
  2009 libel case") or a clause describes it or what it is of ("the March 2009 case involving several students",
  "the July 2009 case of a farmer found dead").

Not: a case of something that is neither ("the 2008 case of the missing ballots": nothing, as before); a date that
does not modify the noun before it ("the case was filed in 2009" is the filing's, dated elsewhere). The nouns and
the joining words are ``dated_case_nouns`` and ``dated_case_links`` of ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import DATED_CASE_LINKS, DATED_CASE_NOUNS
from ..types.triggers import trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATE_DEPS = ("compound", "nmod", "amod", "nummod", "npadvmod")


def dated_case(anchor: "Token", root: "Token") -> tuple["Token", str] | None:
    """The occurrence a case or allegation ``anchor`` is of, when the date whose root is ``root`` names it; else None."""
    if anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in DATED_CASE_NOUNS:
        return None
    if root.head.i != anchor.i or root.i > anchor.i or root.dep_ not in _DATE_DEPS:
        return None
    described = False
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ in DATED_CASE_LINKS or c.dep_ == "acl" and c.lower_ in DATED_CASE_LINKS:
            for obj in (o for o in c.children if o.dep_ in ("pobj", "dobj")):
                if (found := _occurrence(obj)) is not None:
                    return found  # "of police torture", "involving charges"
                if c.dep_ == "acl" or any(d.dep_ in ("acl", "relcl") for d in obj.children):
                    described = True  # "involving several students", "of a farmer found dead"
        elif c.dep_ in ("acl", "relcl"):
            for d in c.subtree:
                if d.i != anchor.i and (t := trigger_type(d)):
                    return d, t  # "a 2017 case in which a group bribed an officer"
            described = True
    if described or any(c.dep_ == "compound" and c.pos_ == "NOUN" and root.i < c.i < anchor.i
                        for c in anchor.children):
        return anchor, "other"  # "the March 2009 arson case"
    return None


def _occurrence(obj: "Token") -> tuple["Token", str] | None:
    """A trigger noun that ``obj`` is, or holds through "allegations of …"."""
    for _ in range(3):
        if (t := trigger_type(obj)) is not None:
            return obj, t
        if obj.lemma_.lower() not in DATED_CASE_NOUNS:
            return None
        nxt = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        obj = next((o for o in nxt.children if o.dep_ == "pobj"), None) if nxt is not None else None
        if obj is None:
            return None
    return None
