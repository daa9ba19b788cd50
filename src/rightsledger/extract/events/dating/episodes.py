"""Dating by episode (issue 14, item 6): an undated occurrence narrated as part of a dated
episode takes the episode's date.

The episode is the nearest preceding dated occurrence (day or month) of the same paragraph, or one
dated only to a year before the report year when no day or month episode precedes it there
(settled 2026-12-12).
An occurrence of the report year without a date of its own takes its date when the sentence
ties it to the episode:

* a follower or wound word: "Subsequent clashes led to 25 deaths", "The officer died of his
  injuries", "in the same trial";
* a violent act or casualty told right after the sentence that opened a violent episode,
  without a source of its own: "On April 3, police fired on a rally. One demonstrator was
  killed, and 27 were injured."; "… attacked the president's home. The president escaped
  unhurt, but three guards were killed."
* another part of the occurrence, of its own type, added with "also"/"again" anywhere after it in
  the paragraph: "Two other union leaders were also arrested" (settled 2026-12-13, ``_added``).

An occurrence framed by the episode named again without its date ("at least one journalist was
killed during the events", "During the government's response to the violence, authorities
detained 10,000 persons") takes the paragraph's episode, else the date of the one episode the
report has named earlier with that noun and a date ("the January events"; ``Named``). So does an
election named again in a frame of the clause ("won 118 seats in the legislative elections":
``named_again``), negated or not; and the rest of one dated verdict, indictment or election in the next
sentence ("One policeman was sentenced to two years and three others were acquitted"), settled 2026-12-08.

Not dated by the episode: later steps of another kind (arrests, releases, trials and
investigations that follow: "Eight persons were arrested in connection with the riots"),
aggregates attributed to a source ("The government stated that 14 persons died"), negations,
and anything told with its own time ("during the year"). Word lists: ``extract/data/events.toml``.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...dates import DateMention
from ..lexicon import (
    EPISODE_ACTS, EPISODE_ADVERBS, EPISODE_ALSO, EPISODE_ANAPHORS, EPISODE_CONTINUED, EPISODE_FOLLOWERS, EPISODE_NAMED,
    EPISODE_NOUNS, EPISODE_OPENERS, EPISODE_OTHER_CASE, EPISODE_PREPS, EPISODE_PRONOUNS, EPISODE_SEVERAL,
    EPISODE_TIME_MARKS, EPISODE_WOUNDS,
)
from .attach import date_anchor, date_root
from .court_rest import court_rest
from .untyped_openers import untyped_opener

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
    words: frozenset[str] = frozenset()  # the lemmas of the sentence that opened it
    names: frozenset[str] = frozenset()  # the lemmas that sentence tags as a person's name


class Named:
    """The episodes the report has named with a date so far ("the January events", "the August 10
    protests"), by noun: a later "during the events" takes the date when it is the only one."""

    def __init__(self) -> None:
        self.dates: dict[str, set[tuple[str, str | None, str]]] = {}

    def note(self, sent: "SpacySpan", refs: list[DateMention], produced: list[tuple], base: int) -> None:
        """Remember the dated references and dated noun occurrences of ``sent`` (day or month)."""
        nouns = []
        for m in refs:
            root = date_root(sent, m.start - base, m.end - base)
            if root is not None and m.date and m.precision in ("day", "month"):
                nouns.append((date_anchor(root), m.date, m.date_end, m.precision))
        nouns += [(trig, date, end, prec) for trig, _, date, end, prec in produced
                  if trig is not None and trig.pos_ == "NOUN" and date and prec in ("day", "month")]
        for noun, date, end, prec in nouns:
            lemma = noun.lemma_.lower()
            if lemma in EPISODE_ANAPHORS:
                self.dates.setdefault(lemma, set()).add((date, end, prec))
        # "On February 21, the country held a first round of legislative and presidential elections" (and an
        # election of a year, so that "the election" of a report that names two is none of them: "a special
        # presidential election took place in 2016" beside the December 2019 elections)
        when = {(date, end, prec) for _, ty, date, end, prec in produced if ty == "election_or_referendum" and date}
        if when:
            for noun in sent:
                if noun.lemma_.lower() in EPISODE_NAMED and noun.pos_ == "NOUN":
                    for key in _names(noun):
                        self.dates.setdefault(key, set()).update(when)

    def date_of(self, noun: "Token") -> tuple[str, str | None, str] | None:
        dates = self.dates.get(noun.lemma_.lower(), set())
        return next(iter(dates)) if len(dates) == 1 else None

    def date_of_named(self, noun: "Token") -> tuple[str, str | None, str] | None:
        """The date of the one dated occurrence that ``noun`` names ("the legislative elections"), by its
        name with an adjective first, else by its lemma; None when the name has several dates."""
        for key in reversed(_names(noun)):
            dates = self.dates.get(key, set())
            if dates:
                return next(iter(dates)) if len(dates) == 1 else None
        return None


def _names(noun: "Token") -> list[str]:
    """The names of an occurrence noun: its lemma, then with each adjective ("legislative election",
    also "legislative and presidential elections")."""
    lemma = noun.lemma_.lower()
    mods = [c for c in noun.children if c.dep_ == "amod"]
    mods += [k for m in mods for k in m.children if k.dep_ == "conj"]
    return [lemma, *(f"{m.lower_} {lemma}" for m in mods)]


def named_again(sent: "SpacySpan", trig: "Token") -> "Token | None":
    """An occurrence named again without its date in a frame of the trigger's clause (``episode_named``):
    "won 118 seats in the legislative elections", "no irregularities during the election process"."""
    verb = _verb_of(trig)
    heads = {trig.i, verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")}
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in (*EPISODE_PREPS, "in") or prep.head.i not in heads:
            continue
        if any(c.dep_ == "advmod" for c in prep.children):
            continue  # "committed numerous abuses, particularly during the elections": the year's, singled out
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "these", "those") for c in obj.children) \
                    or any(c.ent_type_ == "DATE" or c.like_num for c in obj.subtree if c.i < obj.i):
                continue  # ("in elections", "in the 2013 elections": its own date)
            if obj.lemma_.lower() in EPISODE_NAMED:
                return obj
            named = next((c for c in obj.children if c.dep_ == "compound" and c.lemma_.lower() in EPISODE_NAMED), None)
            if named is not None:
                return named  # "the election process"
    return None


def _anaphor(noun: "Token") -> "Token | None":
    """``noun`` names an episode again without a date of its own: "the events", "the violence"."""
    if noun.lemma_.lower() not in EPISODE_ANAPHORS:
        return None
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "that", "this") for c in kids):
        return None  # "during protests": not one episode
    if any(c.ent_type_ == "DATE" or c.like_num or c.lower_ in EPISODE_SEVERAL for c in noun.subtree if c.i < noun.i):
        return None  # "the January events" (its own date), "both attacks"
    return noun


def framed_anaphor(sent: "SpacySpan", trig: "Token") -> "Token | None":
    """The episode named again in a frame ("during", "amid") of the trigger's clause: "killed during
    the events", "During the government's response to the violence, authorities detained …"."""
    verb = _verb_of(trig)
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in EPISODE_PREPS or prep.head.i not in (trig.i, verb.i):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = _anaphor(obj) or next((_anaphor(g) for p in obj.children if p.dep_ == "prep"
                                           and p.lower_ in ("to", "of") for g in p.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _verb_of(trig: "Token") -> "Token":
    return trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.head.pos_ in ("VERB", "AUX") else trig.head.head


def opened(produced: list[tuple], sentence: int, negated: set[int], sent: "SpacySpan | None" = None,
           year: int | None = None, current: Episode | None = None) -> Episode | None:
    """The episode a sentence's events open: its last event dated to the day or month; else (settled
    2026-12-12, "A past year's episode") its last event dated only to a year before the report year
    ``year`` ("the 2009 stadium massacre"), unless the paragraph already narrates an episode dated to
    the day or month (``current``: "On September 27 … on the eve of the anniversary of the 2009
    massacre" keeps September 27). Not an occurrence cited inside a clause that describes a noun
    (``acl``/``relcl``: "citizens deported in 2002"). The ties are the same whatever the precision."""
    words = frozenset(t.lemma_.lower() for t in sent) if sent is not None else frozenset()
    names = _person_names(sent)
    for k in range(len(produced) - 1, -1, -1):
        trig, type_, date, date_end, precision = produced[k]
        if precision in ("day", "month") and date and k not in negated:
            return Episode(date, date_end, precision, type_, sentence, words, names)
    if year is None or current is not None and current.precision in ("day", "month"):
        return None
    for k in range(len(produced) - 1, -1, -1):
        trig, type_, date, _, precision = produced[k]
        if precision == "year" and date and k not in negated and date[:4].isdigit() and int(date[:4]) < year \
                and trig is not None and not any(a.dep_ in ("acl", "relcl") for a in (trig, *trig.ancestors)):
            return Episode(date[:4], None, "year", type_, sentence, words, names)
    return None


def _person_names(sent: "SpacySpan | None") -> frozenset[str]:
    """The lemmas of the proper nouns ``sent`` tags as a person's name ("Terene Pitae")."""
    if sent is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in sent if t.pos_ == "PROPN" and t.ent_type_ == "PERSON")


def _tied(sent: "SpacySpan", trig: "Token") -> bool:
    """The sentence names its tie to the episode before it (a follower, a wound, "the same X")."""
    verb = _verb_of(trig)
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


def _same_person(sent: "SpacySpan", trig: "Token", episode: Episode) -> bool:
    """The trigger's clause names a person of the episode's sentence again: by name (a person's name
    the episode's sentence holds, tagged a person's in either sentence: the model often leaves a surname
    told alone untagged, round t-dates3) or by a personal pronoun (``episode_pronouns``)."""
    verb = _verb_of(trig)
    for tok in (*verb.subtree, *(trig.subtree if trig.i != verb.i else ())):
        if tok.lower_ in EPISODE_PRONOUNS and tok.pos_ == "PRON":
            return True  # "Authorities released them …", "… reportedly beat him"
        if tok.pos_ == "PROPN" and (tok.ent_type_ == "PERSON" and tok.lemma_.lower() in episode.words
                                    or tok.lemma_.lower() in episode.names):
            return True  # "Police alleged Fredericks was killed …"; a name the episode's sentence tagged a
            # person's, whatever tag it gets again ("… killed Terene Pitae. … police shot and killed Pitae")
    return False


def _retold(sent: "SpacySpan", trig: "Token", type_: str, episode: Episode) -> bool:
    """The occurrence the sentence right after a dated one tells again, of the same type and about the
    same person, with or without a source of its own (settled 2026-12-08, "A sentence that continues one
    dated occurrence"): "On February 8, police killed T.P. According to the press, police shot and
    killed Pitae …"; "… before releasing them on May 16. The lawyer said authorities released them
    without charges". Seen in eight dev reports (round t-dates6)."""
    if type_ != episode.type or type_ == "other" or _in_time_clause(trig):
        return False  # (``other`` names no kind: the same type says nothing of the same occurrence)
    return _same_person(sent, trig, episode) and \
        not any(t.lower_ in EPISODE_OTHER_CASE for t in sent)  # ("In a separate case, …")


def _in_time_clause(trig: "Token") -> bool:
    """The trigger lies in a clause of time ("After he was detained several days, agents handed him
    over …"): the background of another step, not the occurrence told again."""
    for tok in (trig, *trig.ancestors):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in EPISODE_TIME_MARKS for c in tok.children):
            return True
    return False


def _added(sent: "SpacySpan", trig: "Token", type_: str, episode: Episode, source: str | None) -> bool:
    """Another part of the dated occurrence, of the same type, added with "also" or "again" on its own
    verb, anywhere after it in the paragraph ("On May 3, police arrested the union's president … Two
    other union leaders were also arrested"; "The law was also amended so that …"): settled 2026-12-13
    (census: the dev gold reads the episode's date in 3 reports, the report year in none once another
    type is set aside). Not with a source of its own, another case, or a clause of time."""
    if type_ != episode.type or type_ == "other" or source is not None or _in_time_clause(trig):
        return False
    verb = _verb_of(trig)
    if not any(c.dep_ == "advmod" and c.lower_ in EPISODE_ALSO for c in (*verb.children, *trig.children)):
        return False
    return not any(t.lower_ in EPISODE_OTHER_CASE or t.lower_ in EPISODE_SEVERAL and t.dep_ in ("det", "predet")
                   for t in sent)


def _continues(sent: "SpacySpan", trig: "Token", type_: str, episode: Episode, index: int,
               source: str | None) -> bool:
    """A violent act or casualty told in the sentence right after a violent episode opened (by a violent
    type, or by an untyped occurrence with no teller of the act: ``untyped_openers.py``), or the rest
    of one dated verdict, indictment or election (``episode_continued``, same type: "On March 20, a court
    sentenced four officers … One policeman was sentenced to two years", settled 2026-12-08; of another
    type, the rest of a court's decision: ``court_rest.py``, round t-dates2), or the same
    occurrence told again about the same person (``_retold``)."""
    if index != episode.sentence + 1:
        return False
    if _retold(sent, trig, type_, episode):
        return True
    if source is not None:
        return False  # ("The government stated that 14 persons died": an aggregate of its own)
    if type_ == episode.type and type_ in EPISODE_CONTINUED:
        return not any(t.lower_ in EPISODE_OTHER_CASE for t in sent)  # ("In a separate case, …")
    if court_rest(sent, trig, type_, episode.words) and not _in_time_clause(trig):
        return True  # the rest of a dated court decision, typed otherwise ("it acquitted …": court_rest.py)
    if type_ not in EPISODE_ACTS or episode.type not in EPISODE_OPENERS and \
            not untyped_opener(sent, trig, episode.type):
        return False  # (an untyped dated occurrence opens one too: "abducted two farmers. They were tortured")
    # "at both events", "in each case": a summary of several episodes
    return not any(t.lower_ in EPISODE_SEVERAL and t.dep_ in ("det", "predet", "amod") for t in sent)


def episode_date(sent: "SpacySpan", trig: "Token | None", type_: str, episode: Episode | None, index: int,
                 source: str | None, named: Named | None = None, negated: bool = False) -> Episode | None:
    """The episode whose date the undated occurrence ``trig`` of sentence ``index`` takes, if any (a
    negated one only from an episode it names: "no irregularities during the election process")."""
    if trig is None:
        return None
    anaphor = framed_anaphor(sent, trig)
    if episode is not None and index > episode.sentence and not negated:
        if anaphor is not None and (episode.type in EPISODE_OPENERS or episode.type == "other" and
                                    anaphor.lemma_.lower() in episode.words) or _tied(sent, trig):
            return episode  # (the episode named again is one of violence, protest, strike or arrests, or an
            # untyped one whose sentence used the noun: "incited to violence … During the response to the
            # violence"; not a report or a law about it)
        if any(t.lower_ in EPISODE_FOLLOWERS for t in sent):
            return None  # "beaten during subsequent interrogations": a later occasion
        if _added(sent, trig, type_, episode, source):
            return episode  # "Two other union leaders were also arrested"
        if _continues(sent, trig, type_, episode, index, source) or (
                type_ in EPISODE_ACTS and any(t.lower_ in EPISODE_ADVERBS and t.dep_ == "advmod" for t in sent)):
            return episode
    dated = named.date_of(anaphor) if named is not None and anaphor is not None else None
    if not dated and named is not None and (again := named_again(sent, trig)) is not None:
        dated = named.date_of_named(again)  # "won 118 seats in the legislative elections"
    return Episode(*dated, type_, index) if dated else None  # "killed during the events"


def past_election(produced: list[tuple], negated: set[int], sentence: int, year: int | None) -> Episode | None:
    """An election of a year before the report's that a sentence dates ("National elections were held in
    2015", "In July 2021 voters elected …"): the paragraph after it narrates that election (its results,
    its challenges, its violence), not the report year. The episode is the election's year (precision
    ``year``, as the verdicts on it: ``verdicts.py``). Seen in nine dev reports' "Recent Elections"
    paragraphs and executive summaries (round t-events10)."""
    if year is None:
        return None
    for k, (_, type_, date, _, _) in enumerate(produced):
        if type_ == "election_or_referendum" and date and k not in negated and int(date[:4]) < year:
            return Episode(date[:4], None, "year", type_, sentence)
    return None


def still_past(election: Episode | None, dates: list[DateMention]) -> Episode | None:
    """The earlier election still frames the paragraph unless a sentence dates itself to another year
    ("In March 2018 the president dissolved parliament": the narration has moved on)."""
    if election is None or any(m.date and m.date[:4] != election.date for m in dates):
        return None
    return election


def carried(new: Episode | None, old: Episode | None) -> Episode | None:
    """The episode a sentence opens, keeping the violent type of the one it continues: "On October 31,
    a militia attacked doctors … That evening, protesters confronted miners (untyped). Police used tear
    gas to disperse the crowd": the same day's episode is still a violent one."""
    if new is not None and old is not None and new.date == old.date and new.type not in EPISODE_OPENERS \
            and old.type in EPISODE_OPENERS:
        return replace(new, type=old.type)
    return new
