"""The ``E`` question of ``dating_census.py`` (round t-conv15, issue 14): sentences narrated on after
a day- or month-dated episode of their paragraph, beyond the ties "Dating by episode" writes.

A candidate is a sentence without a date expression of its own whose paragraph's nearest dated
sentence before it is dated to the day or month (its last such date is the episode). Found from the
text and the parse alone (``find_dates``, the pipeline's spaCy model, ``events.toml``): an annotator
of held-out or test gold can list them blind. Each candidate gets one shape, the first that holds:

- ``settled``: a tie written before (a follower, a wound, "the same <noun>", an episode noun named
  again in a frame "during the events", a violent act right after a violent opener, "again" on a
  violent act). Counted to check the census against the settled reading, not re-settled.
- ``source``: a source of its own (a speech or hearsay verb, "according to"); the written rule
  leaves aggregates attributed to a source at the report year.
- ``named``: the episode named again as subject or object: a noun of the episode's sentence (a
  trigger noun, an object or subject of its verbs, or an ``episode_anaphors`` noun) under a definite
  determiner or a demonstrative, no date or number before it ("The rally occurred on the eve of …",
  "The ANR ordered the arrests").
- ``person``: the same participants: a personal pronoun (``episode_pronouns``, possessives too) or a
  person's name the episode's sentence holds ("The court also denied his request").
- ``also``: "also" or "again" on the sentence's verb, nothing above.
- ``next``: the very next sentence, untied; ``later``: further on, untied.

Each is split by kind: ``same`` (the sentence holds a trigger of a type the episode's sentence holds)
or ``other`` (a later step of another kind).
"""
from __future__ import annotations

from collections.abc import Iterator

from rightsledger.extract.dates import find_dates
from rightsledger.extract.events.lexicon import (
    EPISODE_ACTS, EPISODE_ADVERBS, EPISODE_ANAPHORS, EPISODE_FOLLOWERS, EPISODE_NOUNS, EPISODE_OPENERS,
    EPISODE_PREPS, EPISODE_PRONOUNS, EPISODE_WOUNDS, HEARSAY_VERBS, NOUN_TYPES, VERB_TYPES,
)

SPEECH = frozenset({"say", "state", "claim", "allege", "tell", "announce", "assert", "accord", "indicate",
                    *HEARSAY_VERBS})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
POSSESSIVES = frozenset({"his", "her", "their"})


def _types(doc) -> set[str]:
    return {VERB_TYPES.get(t.lemma_.lower()) if t.pos_ in ("VERB", "AUX") else NOUN_TYPES.get(t.lemma_.lower())
            for t in doc} - {None}


def _episode_nouns(doc) -> set[str]:
    """The nouns by which the episode's sentence names its occurrence and what it acted on."""
    nouns = set()
    for t in doc:
        if t.pos_ != "NOUN":
            continue
        low = t.lemma_.lower()
        if low in NOUN_TYPES or low in EPISODE_ANAPHORS or low in EPISODE_NOUNS:
            nouns.add(low)
        elif t.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and t.head.lemma_.lower() in VERB_TYPES:
            nouns.add(low)
        elif t.dep_ == "pobj" and t.head.head.lemma_.lower() in VERB_TYPES:
            nouns.add(low)
    return nouns


def _settled(doc, kinds: set[str], types: set[str], next_one: bool, source: bool) -> bool:
    for tok in doc:
        low, lem = tok.lower_, tok.lemma_.lower()
        if low in EPISODE_FOLLOWERS or lem in EPISODE_WOUNDS and tok.dep_ == "pobj":
            return True
        if low == "same" and tok.head.lemma_.lower() in EPISODE_NOUNS:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in EPISODE_PREPS and lem in EPISODE_ANAPHORS \
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children):
            return True
    if types & EPISODE_ACTS and any(t.lower_ in EPISODE_ADVERBS and t.dep_ == "advmod" for t in doc):
        return True
    return next_one and not source and bool(kinds & EPISODE_OPENERS) and bool(types & EPISODE_ACTS)


def shape_of(doc, ep_doc, kinds: set[str], next_one: bool) -> str:
    types = _types(doc)
    source = any(t.lemma_.lower() in SPEECH and t.pos_ in ("VERB", "AUX") or
                 t.lower_ == "according" and t.nbor(1).lower_ == "to" for t in doc if t.i + 1 < len(doc))
    kind = "same" if (kinds & types) - {"other"} else "other"
    if _settled(doc, kinds, types, next_one, source):
        return "settled"
    if source:
        return f"source/{kind}"
    nouns = _episode_nouns(ep_doc)
    for t in doc:
        if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") \
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children) \
                and not any(c.like_num or c.ent_type_ == "DATE" for c in t.subtree if c.i < t.i):
            return f"named/{kind}"
    names = {t.lemma_.lower() for t in ep_doc if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"}
    for t in doc:
        if t.pos_ == "PRON" and (t.lower_ in EPISODE_PRONOUNS or t.lower_ in POSSESSIVES) or \
                t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.lemma_.lower() in names:
            return f"person/{kind}"
    if any(t.lower_ in ("also", "again") and t.dep_ == "advmod" for t in doc):
        return f"also/{kind}"
    return f"{'next' if next_one else 'later'}/{kind}"


def episode_candidates(nlp, paragraphs: Iterator[list[tuple[int, int, str]]], year: int
                       ) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, shape, episode date, sentence) of the E candidates of one report."""
    for para in paragraphs:
        parsed = list(nlp.pipe([t for _, _, t in para], batch_size=64))
        episode: str | None = None
        ep_doc, kinds, since = None, set(), -1
        for k, ((s, e, t), doc) in enumerate(zip(para, parsed)):
            dates = [m for m in find_dates(t, year) if m.date]
            if dates:
                fine = [m for m in dates if m.precision in ("day", "month")]
                if fine:
                    m = fine[-1]
                    episode = m.date[:7] if m.precision == "month" else m.date[:10]
                    ep_doc, kinds, since = doc, _types(doc), k
                else:
                    episode = None
                continue
            if episode is None:
                continue
            yield s, e, shape_of(doc, ep_doc, kinds, k == since + 1), episode, t


def e_reading(recs: list[dict], episode: str, year: int) -> str:
    """``episode`` (a gold event of the sentence dated to the episode's month or day), ``year`` (gold
    events, dated to the report year and none to the episode), ``other`` (another date), ``no event``."""
    evs = [r for r in recs if r["kind"] == "event"]
    if not evs:
        return "no event"
    if any((r.get("date") or "").startswith(episode[:7]) for r in evs):
        return "episode"
    if all((r.get("date") or "")[:4] == str(year) and (r.get("precision") or "year") == "year" for r in evs):
        return "year"
    return "other"
