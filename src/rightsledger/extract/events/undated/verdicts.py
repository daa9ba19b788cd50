"""Observers' verdicts on an election (docs/EVALUATION.md, "Statements, verdicts and cooperation",
settled 2026-12-06): "International observers characterized the elections as generally free and
fair", "Independent observers stated the elections were free and fair", "Observers expressed concern
regarding the presence of soldiers at polling places" are ``other`` events dated by the election they
judge, with the observers as source.

The verdict is the main clause: its verb one of ``verdict_verbs`` in the past, its subject naming
observers or monitors (``verdict_judges``), and the sentence naming the election
(``verdict_election_words``) or judging "it" after an election of the section ("declared it
generally free, fair, and peaceful": ``verdict_adjectives``). A verdict inside a sentence whose main
clause is the election stays the election (the dated path makes that one).

The election judged is the nearest one the section named before the verdict (``Elections``): a
sentence with an election word and a date (its year), or a dated election event whose trigger names
the vote (``_names_election``); its date dates the verdict, at the precision the report gave it ("On March 26, voters elected …" → that day; "in 2015" → 2015): the
verdict is an aggregate of the episode, dated as the episode (docs/EVALUATION.md, "Dating by episode";
round t-dates6: verdicts on elections dated to a month or a day in ten dev reports, none told the year
in the gold where the report gave the month or day). Without one, the report year.
"Since the first multiparty election in 1994" names no election judged. Word lists:
``extract/data/events.toml``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...dates import DateMention
from ..lexicon import (
    EPISODE_NAMED, VERDICT_ADJECTIVES, VERDICT_ELECTION_WORDS, VERDICT_JUDGES, VERDICT_VERBS, VERDICT_VOTE_WORDS,
)
from ..types.triggers import trigger_lemma
from .election_nouns import election_noun_date

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_SINCE = re.compile(r"(?i)\bsince\b[^.;]*$")


def _election_word(tok: "Token") -> bool:
    low = tok.lower_
    return tok.lemma_.lower() in VERDICT_ELECTION_WORDS or low in VERDICT_ELECTION_WORDS or \
        low.rstrip("s") in VERDICT_ELECTION_WORDS


class Elections:
    """The date of the last election each top-level section named so far, in reading order."""

    def __init__(self, year: int | None) -> None:
        self.year = year
        self.last: dict[str, tuple[str, str | None, str]] = {}

    @staticmethod
    def _top(section: str | None) -> str:
        return (section or "").split(".")[0]

    def note(self, sent: "SpacySpan", mentions: list[DateMention], produced: list[tuple], section: str | None,
             text: str, base: int | None = None) -> None:
        """Remember the date of an election ``sent`` names with a date (the last one of the sentence).
        ``base`` (the offset of ``sent``'s doc) lets a date the election noun carries keep its month or day."""
        dates = [(p[2], p[3], p[4] or "year") if _names_election(p[0]) else (p[2][:4], None, "year")
                 for p in produced if p[1] == "election_or_referendum" and p[2]]
        if not dates and any(_election_word(t) for t in sent):  # (the dated vote first)
            dates = [(m.date[:4], None, "year") for m in mentions if m.date and m.kind != "state"
                      and not _SINCE.search(text[max(0, m.start - 60):m.start])]
        if dates and all(d[2] == "year" for d in dates) and base is not None and (
                carried := election_noun_date(sent, mentions, base)) is not None \
                and carried[0][:4] == dates[-1][0][:4]:
            dates.append(carried)  # "the November 2010 election", "a runoff election on December 29" (t-events51)
        dates = [d for d in dates if self.year is None or int(d[0][:4]) <= self.year]
        if dates:
            top, new = self._top(section), dates[-1]
            old = self.last.get(top)
            if old is not None and new[2] == "year" and old[2] != "year" and old[0][:4] == new[0][:4]:
                return  # the same year's election told on ("The opposition won 32 of 47 seats"): its day or month
            self.last[top] = new

    def judged(self, section: str | None) -> tuple[str, str | None, str] | None:
        return self.last.get(self._top(section))


def _names_election(trig: "Token | None") -> bool:
    """The dated election record is the vote itself: its trigger an election's name (``episode_named``:
    election, referendum, runoff, poll), or a verb whose
    subject or object is one ("held elections", "the runoff took place"), or a verb or noun of the vote
    itself (``verdict_vote_words``: "was reelected"); not a court certifying the
    result ("certified the president's reelection": its month is not the vote's, the 2020 Guinea gold)."""
    if trig is None:
        return False
    if trig.lemma_.lower() in EPISODE_NAMED or trig.lemma_.lower() in VERDICT_VOTE_WORDS:
        return True  # ("59 percent of the vote": a result, not the vote)
    return trig.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in EPISODE_NAMED for c in trig.children)


def verdict(sent: "SpacySpan", after_election: bool) -> "Token | None":
    """The verb of an observers' verdict on an election in the main clause of ``sent``, else None.
    ``after_election``: the section has named an election before ("declared it free and fair")."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    for verb in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if trigger_lemma(verb) not in VERDICT_VERBS or not _past(verb):
            continue
        who = next((c for c in verb.children if c.dep_ == "nsubj"), subj)
        if who is None or not any(t.lemma_.lower() in VERDICT_JUDGES and t.pos_ == "NOUN" for t in who.subtree):
            continue
        judged = [t for t in sent if t.i not in {d.i for d in who.subtree}]
        if any(_election_word(t) for t in judged) or after_election and any(
                t.lower_ in VERDICT_ADJECTIVES for t in judged):
            return verb
    return None


def _past(verb: "Token") -> bool:
    """ "characterized", "could not say", "did not find" (not "characterize", "have described")."""
    return verb.tag_ == "VBD" or verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("did", "could") for c in verb.children)


def verdict_type(sent: "SpacySpan", trig: "Token | None", type_: str) -> str:
    """``other`` for an election record whose trigger is the election an observers' verdict in the main clause
    judges ("In 2019 observers considered the presidential election neither free nor fair", "observers
    considered the 2015 elections free, fair, and credible", "described a flawed electoral process, with
    failures in the conduct of the 2022 election": the verdict, dated by the election; round t-types10, seen in
    the 2018 Guyana, 2023 Comoros and 2023 PNG dev gold). The dated path typed these by the election word;
    the settled rule makes them the verdict. An election the main clause states (held, won, elected) keeps
    its type: the trigger must lie in the verdict's complement, not in a clause of its own."""
    if type_ != "election_or_referendum" or trig is None or trig.pos_ not in ("NOUN", "PROPN"):
        return type_
    verb = verdict(sent, False)
    if verb is None or not any(a.i == verb.i for a in trig.ancestors):
        return type_
    path = [trig]
    while path[-1].head.i != verb.i:
        path.append(path[-1].head)
    on_path = {t.i for t in path}
    for t in path:
        if t.dep_ in ("relcl", "acl", "advcl") or t.dep_ == "nsubj" and t.head.i == verb.i:
            return type_  # the observers themselves, or an election a clause of its own states
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.i not in on_path for c in t.children):
            return type_  # "The commission conducted the elections on May 3; observers declared them fair"
    return "other"
