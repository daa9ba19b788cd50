"""Dating by episode (issue 14, item 6): an undated occurrence narrated as part of a dated
episode takes the episode's date.

The episode is the nearest preceding dated occurrence (day or month) of the same paragraph.
An occurrence of the report year without a date of its own takes its date when the sentence
ties it to the episode:

* a follower or wound word: "Subsequent clashes led to 25 deaths", "The officer died of his
  injuries", "in the same trial";
* a violent act or casualty told right after the sentence that opened a violent episode,
  without a source of its own: "On April 3, police fired on a rally. One demonstrator was
  killed, and 27 were injured."; "… attacked the president's home. The president escaped
  unhurt, but three guards were killed."

Not dated by the episode: later steps of another kind (arrests, releases, trials and
investigations that follow: "Eight persons were arrested in connection with the riots"),
aggregates attributed to a source ("The government stated that 14 persons died"), negations,
and anything told with its own time ("during the year"). Word lists: ``extract/data/events.toml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import EPISODE_ACTS, EPISODE_ADVERBS, EPISODE_FOLLOWERS, EPISODE_NOUNS, EPISODE_OPENERS, EPISODE_SEVERAL, EPISODE_WOUNDS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


@dataclass(frozen=True)
class Episode:
    """A dated occurrence that may frame the sentences after it in its paragraph."""
    date: str
    date_end: str | None
    precision: str
    type: str
    sentence: int  # index of its sentence in the paragraph


def opened(produced: list[tuple], sentence: int, negated: set[int]) -> Episode | None:
    """The episode a sentence's events open: its last event dated to the day or month."""
    for k in range(len(produced) - 1, -1, -1):
        trig, type_, date, date_end, precision = produced[k]
        if precision in ("day", "month") and date and k not in negated:
            return Episode(date, date_end, precision, type_, sentence)
    return None


def _tied(sent: "SpacySpan", trig: "Token") -> bool:
    """The sentence names its tie to the episode before it (a follower, a wound, "the same X")."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.head.pos_ in ("VERB", "AUX") else trig.head.head
    heads = {trig.i, *(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))}
    for tok in sent:
        low = tok.lower_
        if low in EPISODE_FOLLOWERS and tok.dep_ == "amod" and tok.head.i in heads:
            return True  # "Subsequent riots resulted in four deaths" ("during subsequent interrogations": later)
        if low == "same" and tok.head.lemma_.lower() in EPISODE_NOUNS:
            return True  # "in the same trial"
        if tok.lemma_.lower() in EPISODE_WOUNDS and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") \
                and tok.head.head.lemma_.lower() in ("die", "succumb"):
            return True  # "died of his injuries"
    return False


def _continues(sent: "SpacySpan", type_: str, episode: Episode, index: int, source: str | None) -> bool:
    """A violent act or casualty told in the sentence right after a violent episode opened."""
    if type_ not in EPISODE_ACTS or episode.type not in EPISODE_OPENERS or index != episode.sentence + 1:
        return False
    if source is not None:
        return False  # "The government stated that 14 persons died": an aggregate of its own
    # "at both events", "in each case": a summary of several episodes
    return not any(t.lower_ in EPISODE_SEVERAL and t.dep_ in ("det", "predet", "amod") for t in sent)


def episode_date(sent: "SpacySpan", trig: "Token | None", type_: str, episode: Episode | None, index: int,
                 source: str | None) -> Episode | None:
    """The episode whose date the undated occurrence ``trig`` of sentence ``index`` takes, if any."""
    if episode is None or trig is None or index <= episode.sentence:
        return None
    if _tied(sent, trig):
        return episode
    if any(t.lower_ in EPISODE_FOLLOWERS for t in sent):
        return None  # "beaten during subsequent interrogations": a later occasion
    if _continues(sent, type_, episode, index, source) or (
            type_ in EPISODE_ACTS and any(t.lower_ in EPISODE_ADVERBS and t.dep_ == "advmod" for t in sent)):
        return episode
    return None
