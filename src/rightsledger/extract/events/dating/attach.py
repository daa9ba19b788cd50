"""The trigger a date expression attaches to: the date's root token, the verb or noun it hangs on
in the dependency parse (``date_anchor``), and from there the occurrence it dates (``find_trigger``:
the trigger itself, or the occurrence a light, reporting or outcome verb governs), an episode frame
that opens the sentence (``framed_trigger``) and the nearest trigger of a clause
(``nearest_trigger``). What type a token triggers is ``triggers.py``'s.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types.appeals import struck_by_court
from ..types.arguments import tree_path
from ..lexicon import (
    EPISODE_NOUNS, EPISODE_PREPS, LAW_MAKING_VERBS, LIGHT_VERBS, MODALS, MONTH_WORDS, OUTCOME_PREPS, OWN_DATE_PREPS,
    PLAN_WORDS, PUBLISHING_SUBJECTS, REPORT_VERBS,
)
from .publishing import according_source, counted_occurrences, is_publishing, reported_act, stated_state
from .reacted import dated_reaction
from ..types.statements import issued_statement
from ..types.triggers import (
    election_label, in_title, is_verb, labelled_occurrence, sentence_tokens, sentence_triggers, trigger_type,
)

if TYPE_CHECKING:
    from ...dates import DateMention
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# what a dated mention produces: the trigger (None for a titled edition without a token), its type, the
# date, the end date, the precision; read by ``dated.py``, its helper modules and ``occurrences.py``
Produced = tuple["Token | None", str, str, "str | None", str]


def date_root(sent: "SpacySpan", start: int, end: int) -> "Token | None":
    """The token of the date expression whose head lies outside it (absolute char offsets)."""
    toks = [t for t in sentence_tokens(sent) if t.idx < end and t.idx + len(t) > start]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def date_anchor(root: "Token") -> "Token":
    """The verb or noun a date attaches to: climb through prepositions and date words."""
    tok = root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return tok
        if head.pos_ in ("ADP", "SCONJ", "CCONJ", "PUNCT", "NUM", "DET", "ADV") or head.tag_ == "NNP" and \
                head.ent_type_ == "DATE":
            tok = head
            continue
        if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            return head.head  # "On September 11, Vosk was re-elected": the date hangs on "was"
        return head
    return tok.head


def clause_verb(tok: "Token") -> "Token":
    """The nearest verb at or above ``tok``."""
    cur = tok
    for _ in range(8):
        if is_verb(cur) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def find_trigger(anchor: "Token") -> tuple["Token | None", str | None]:
    """The trigger token for a date attached to ``anchor`` and its type."""
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ == "pobj" and anchor.head.lower_ in EPISODE_PREPS \
            and is_verb(anchor.head.head) and (vt := trigger_type(anchor.head.head)):
        return anchor.head.head, vt  # "during the rebel attack on May 3, troops captured dozens": the verb
    if anchor.lemma_.lower() in ("detention", "custody", "imprisonment", "captivity") and anchor.dep_ == "pobj" \
            and anchor.head.dep_ == "prep" and is_verb(anchor.head.head) and \
            (vt := trigger_type(anchor.head.head)):
        return anchor.head.head, vt  # "died in detention between January and September": the verb
    if election_label(anchor):
        return labelled_occurrence(anchor)  # "killings related to the March election": the killings
    t = trigger_type(anchor)
    if t is None and is_verb(anchor) and dated_reaction(anchor, trigger_type) or struck_by_court(anchor):
        return anchor, "other"  # "On April 27, the center condemned the abduction": the reaction; a court's ruling
    if t and (anchor.lemma_.lower() not in LIGHT_VERBS or t == "report_published" or issued_statement(
            anchor, anchor.lemma_.lower()) or t == "law_or_decree" and (
            anchor.lemma_.lower() == "take" or anchor.lemma_.lower() in LAW_MAKING_VERBS)):
        return anchor, t  # ("took effect": the law's taking effect; "announced the results of an investigation")
    if is_verb(anchor):
        for c in anchor.children:  # "In 2020, riots led to 11 deaths": the outcome, not the riots
            if c.dep_ == "prep" and (c.lower_, anchor.lemma_.lower()) in OUTCOME_PREPS:
                for d in c.children:
                    if d.dep_ == "pobj" and (dt := trigger_type(d)):
                        return d, dt
        # a light or reporting verb: look at its arguments and complements
        for c in anchor.children:
            if c.dep_ in ("ccomp", "xcomp") and any(d.dep_ == "aux" and d.lemma_.lower() in MODALS
                                                     for d in c.children):
                continue  # "HRW said authorities should not extradite …": a statement, not an extradition
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "xcomp", "ccomp", "advcl", "oprd", "acomp"):
                ct = trigger_type(c)
                if ct:
                    return c, ct
        for c in anchor.children:
            if c.dep_ in ("ccomp", "xcomp") and any(d.dep_ == "aux" and d.lemma_.lower() in MODALS
                                                     for d in c.children):
                continue
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr") and (
                    anchor.lemma_.lower() in LIGHT_VERBS | REPORT_VERBS):
                for d in c.subtree:
                    if d.dep_ in ("compound", "amod") or d.ent_type_ == "DATE" or own_date(d) or any(
                            a.dep_ in ("relcl", "acl") and a.i != c.i for a in tree_path(d, c)):
                        continue
                    if c.dep_ == "ccomp" and not is_verb(d) and is_publishing(anchor) and stated_state(d, c):
                        continue  # "reported in September that three parties were seeking registration"
                    dt = trigger_type(d)
                    if dt and d.i != anchor.i:
                        return d, dt
        if is_publishing(anchor):  # "On June 1, Vox Veridia reported that …" ("reported nine cases of …": other)
            return anchor, "other" if counted_occurrences(anchor) or reported_act(anchor) else "report_published"
        if anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ == "NOUN" and (ht := trigger_type(anchor.head)):
            return anchor.head, ht  # "A second forensic examination completed in January …"
        if anchor.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in anchor.children):
            for c in anchor.head.children:  # "The trial began … and was postponed two days later"
                if c.dep_ in ("nsubj", "nsubjpass"):
                    ct = trigger_type(c)
                    if ct:
                        return c, ct
        if t:
            return anchor, t
        return None, None
    if t:
        return anchor, t
    if anchor.dep_ == "nsubj" and anchor.lemma_.lower() in PUBLISHING_SUBJECTS and is_verb(anchor.head):
        return anchor, "report_published"  # "Research in 2014 by the ministry noted", "one report from 2013 cited"
    if according_source(anchor):
        return anchor, "report_published"  # "According to the prosecutor's office in May, six of 10 victims …"
    # a noun: "the June 5 referendum" handled above; else its governing verb
    verb = clause_verb(anchor)
    if verb.i != anchor.i:
        vt = trigger_type(verb)
        if vt:
            return verb, vt
        if dated_reaction(verb, trigger_type) or struck_by_court(verb):
            return verb, "other"  # "In a March 3 press conference, the minister criticized the charges"
    return None, None


EPISODE_FRAME = re.compile(r"(?i)(?:^|\W)(?:during|amid|amidst|throughout)\s+(?:the\s+)?$")


def framed_trigger(sent: "SpacySpan", text: str, start: int, anchor: "Token", used: set[int]
                    ) -> tuple["Token | None", str | None]:
    """The main verb after a dated episode that opens the sentence, however it was parsed:
    "During the January protests security forces detained 10,000 persons" (where "protests" may
    be taken for the verb): the detention, dated by the episode."""
    if not EPISODE_FRAME.search(text[max(0, start - 16):start]) or anchor.i < sent.start:
        return None, None
    if anchor.lemma_.lower() not in EPISODE_NOUNS and trigger_type(anchor) is None:
        return None, None
    return next(((t, ty) for t, ty in sentence_triggers(sent) if t.i > anchor.i and is_verb(t) and t.i not in used
                 and t.dep_ not in ("amod", "acl", "relcl")), (None, None))


def own_date(tok: "Token", start: int = -1, end: int = -1) -> bool:
    """``tok`` carries a date expression of its own (outside the characters ``start``–``end`` of the date
    being placed): a date word modifying it ("the 2010 killings") or a prepositional date under it
    ("where he was executed in 1947"). Such an occurrence has its own record; a date whose anchor names no
    occurrence must not take its type ("On March 3, the court ordered access to the files of the 2010
    killings": the order, `other`, on March 3). Round t-types11, seen in three unread reports."""
    def outside(d: "Token") -> bool:
        return d.ent_type_ == "DATE" and not start <= d.idx < end

    for c in tok.children:
        if c.dep_ in ("compound", "nummod", "amod", "npadvmod", "poss") and outside(c):
            return True  # "the 2010 killings"
        if c.dep_ == "prep" and c.lower_ in OWN_DATE_PREPS and any(
                d.dep_ == "pobj" and outside(d) for d in c.children):
            return True  # "executed in 1947"
    return False


def nearest_trigger(sent: "SpacySpan", center: int, exclude: set[int],
                     clause: "Token | None" = None) -> tuple["Token | None", str | None]:
    """The trigger closest to token ``center`` (within the clause of verb ``clause`` when given)."""
    best: tuple[int, "Token", str] | None = None
    for tok, t in sentence_triggers(sent):
        if tok.i in exclude or tok.ent_type_ == "DATE" or tok.is_title and tok.lemma_.lower() in MONTH_WORDS:
            continue
        if not is_verb(tok) and in_title(tok):
            continue  # "the special rapporteur on extrajudicial executions visited": a title, not a killing
        if not is_verb(tok) and any(c.dep_ == "acl" and c.lemma_.lower() in PLAN_WORDS for c in tok.children):
            continue  # "publicized its schedule for national elections scheduled for October": a plan
        if clause is not None and tok.i != clause.i and (
                tok.tag_ == "VBG" or clause_verb(tok.head).i != clause.i):
            continue  # another clause: "… with the goal of preventing torture"
        if t:
            dist = abs(tok.i - center)
            if best is None or dist < best[0]:
                best = (dist, tok, t)
    return (best[1], best[2]) if best else (None, None)
