"""How long the persons of a dated arrest were held, told after it (settled 2026-12-22, S4; round t-conv17).

"On May 3, police arrested journalist Lena Marek. She was held for five days without charge." A sentence
without a date of its own, in the paragraph of a dated arrest, that tells how long the same persons were held
is the same occurrence told again about the same persons: one ``detention_or_arrest`` of its own (a record
cites its own sentence), dated by the arrest's date and precision, its length in ``duration`` (read by
``extract/terms/durations.py`` when the terms are put on the events, ``event_terms.py``).

The shape, read from the parse:

- the verb of the main clause, or a verb conjoined to it, is one of ``held_length_verbs`` (hold, detain,
  keep, jail, imprison, spend) in the simple past or its passive, not negated, not a habit or under a modal;
- a length of time (``find_durations``, a counted unit: "for five days", "48 hours", "40 days") lies in the
  verb's phrase, and no word of a limit (``held_length_limits``: "for up to 48 hours", "a maximum of");
  "spend" only with a place of custody ("spent 40 days in pretrial detention");
- the persons held (the passive subject; the object of an active verb; the subject of "spend") are the
  arrest's: a personal pronoun (``episode_pronouns``), a person's name of the arrest's sentence, or a noun
  under a definite determiner that is one of ``held_length_groups`` ("the detainees") or a noun of the
  arrest's sentence ("the two journalists");
- the episode of the paragraph (``episodes.Episode``: the nearest earlier occurrence dated to the day or
  month) is a ``detention_or_arrest``.

Not: a sentence with a release (joined to a release, the release carries the length: "He was held for a month
and released after 56 days"), a clause of time ("After he was detained several days, agents handed him over
…": not the main clause), a class or a habit ("Detainees were often held for weeks"), a rule ("may be held for
72 hours"), a length with a date of its own (the sentence is dated; its own date decides), a length the arrest's
own sentence tells (that sentence's record carries it). Word lists in ``extract/data/events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...terms.durations import find_durations
from ..clause.tense import habitual, past, under_habit
from ..lexicon import (
    CUSTODY_PLACES, EPISODE_PRONOUNS, HELD_LENGTH_GROUPS, HELD_LENGTH_LIMITS, HELD_LENGTH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# (an episode is ``episodes.Episode``, which imports this module: typed ``Any`` here to keep the layers acyclic)
_DEFINITE = frozenset({"the", "these", "those"})
_SPENT_PLACES = CUSTODY_PLACES | frozenset({"jail", "prison", "cell"})


def _length(sent: "SpacySpan", verb: "Token") -> bool:
    """A counted length of time in the verb's phrase, not a limit."""
    lo, hi = verb.left_edge.idx - sent.start_char, verb.right_edge.idx + len(verb.right_edge) - sent.start_char
    found = [off for off, _, _ in find_durations(sent.text) if lo <= off < hi]
    if not found:
        return False
    return not any(t.lower_ in HELD_LENGTH_LIMITS for t in verb.subtree)


def _held(verb: "Token") -> list["Token"]:
    """The persons held: the passive subject, the object of an active verb, the subject of "spend"."""
    if verb.lemma_.lower() == "spend":
        if not any(t.lemma_.lower() in _SPENT_PLACES for t in verb.subtree):
            return []  # ("spent two days for treatment")
        return [c for c in verb.children if c.dep_ == "nsubj"]
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [c for c in verb.children if c.dep_ == "dobj"]


def _same_persons(tok: "Token", words: frozenset[str] | None) -> bool:
    """``tok`` names the arrest's persons again: a pronoun, a name (of the arrest's sentence when its
    lemmas ``words`` are known), a definite group ("the detainees", "the two journalists")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in EPISODE_PRONOUNS
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        return tok.ent_type_ in ("PERSON", "") and (words is None or tok.lemma_.lower() in words)
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        lemma = tok.lemma_.lower()
        return lemma in HELD_LENGTH_GROUPS or words is not None and lemma in words
    return False


def _main_verbs(sent: "SpacySpan") -> list["Token"]:
    root = sent.root
    return [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]


def _held_verb(sent: "SpacySpan", verb: "Token", words: frozenset[str] | None) -> bool:
    if verb.lemma_.lower() not in HELD_LENGTH_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not past(verb) or habitual(verb) or under_habit(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not _length(sent, verb):
        return False
    held = _held(verb)
    return bool(held) and all(_same_persons(t, words) for t in held)


def _arrest_episode(episode: Any, index: int) -> bool:
    return episode is not None and index > episode.sentence and episode.type == "detention_or_arrest" \
        and episode.precision in ("day", "month")


def held_after_arrest(sent: "SpacySpan", episode: Any, index: int) -> "Token | None":
    """The verb of an undated sentence ``index`` that tells how long the persons of the paragraph's dated
    arrest ``episode`` were held, else None (the sentence then gets a ``detention_or_arrest`` of its own,
    which :func:`held_tie` dates by the arrest)."""
    if not _arrest_episode(episode, index) or any(t.lemma_.lower() == "release" for t in sent):
        return None
    assert episode is not None
    return next((v for v in _main_verbs(sent) if _held_verb(sent, v, episode.words)), None)


def held_tie(sent: "SpacySpan", trig: "Token", type_: str, episode: Any, index: int) -> bool:
    """The undated ``detention_or_arrest`` ``trig`` tells how long the persons of the dated arrest
    ``episode`` were held: it takes the arrest's date ("The two journalists were detained incommunicado for
    three weeks" after "On June 14, security forces detained two journalists …")."""
    if type_ != "detention_or_arrest" or not _arrest_episode(episode, index) \
            or any(t.lemma_.lower() == "release" for t in sent):
        return False
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head
    return verb in _main_verbs(sent) and _held_verb(sent, verb, episode.words)
