"""Dated occurrences: which date mentions of a sentence date an event (not states, references,
labels, plans or names), the trigger each dates, and the named occurrences ("the January
events") a sentence only refers to.

``dated_events`` runs the checks in their order; the checks live beside it (t-house21):
``date_labels.py`` (dates that label, name or plan), ``named_occurrences.py`` (the occurrences a
sentence refers to, reference points, lead-up periods), ``dated_statistics.py`` (statistics, rates,
counts and state dates), ``dated_publications.py`` (publications named by their date).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...dates import DateMention
from ...annotate import paragraph_text, span_text
from .attach import (
    EPISODE_FRAME, Produced, date_anchor, clause_verb, date_root, find_trigger, framed_trigger, nearest_trigger,
    own_date,
)
from .class_bounds import class_bound
from .counted_receipts import counted_receipt, receipt
from .date_labels import case_label, compound_head, covered_period, label_date, month_label, named_by_year, planned
from .cited_publications import cited_edition
from .dated_acts import dated_act
from .dated_cases import dated_case
from .dated_publications import indefinite, publications, titled, titled_edition
from .dated_statistics import STATISTIC, count_state, gathering, rate, told_within
from .labels import labelled_act
from ..lexicon import (
    DATED_PUBLICATIONS, NOUN_TYPES, OCCURRENCE_NOUNS, REFERENCE_NOUNS, REPORT_VERBS, STATE_VERBS, STAT_VERBS,
)
from .named_occurrences import lead_up, reference_point
from ..clause.participants import Context
from ..clause.tense import habitual
from ..types.triggers import is_verb, sentence_tokens, sentence_triggers, trigger_type
from .vote_shares import vote_shares

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


_ADDRESS = re.compile(r"\.[a-z]|/\w")


def _in_address(text: str, start: int, end: int) -> bool:
    """The characters ``text[start:end]`` belong to a web address ("2009-2017.state.gov/j/tip")."""
    before, after = text[max(0, start - 1):start], text[end:end + 12]
    return before in ("/", ".") or bool(_ADDRESS.match(after))


_DECADE = re.compile(r"\d{3}0['’]?s\b")
_DATING_BACK = re.compile(r"(?i)\b(?:dating|dates|dated|going|goes)\s+back\s+to\s+$")


@dataclass
class _Dating:
    """What the checks of one sentence share, in the order they run: the events found so far, the mentions
    that only name an occurrence, the triggers already dated (a trigger takes one date) and the last
    mention that dated an occurrence (what "two days later" of the next sentence counts from)."""
    sent: "SpacySpan"
    base: int
    out: list[Produced] = field(default_factory=list)
    refs: list[DateMention] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    previous: DateMention | None = None


def dated_events(ctx: Context, sent: "SpacySpan", mentions: list[DateMention], base: int,
                  year: int | None, previous: DateMention | None
                  ) -> tuple[list[Produced], list[DateMention], DateMention | None]:
    """Events of the dated mentions; also the mentions that only name an occurrence ("the January events").

    Each mention goes through the checks below in order and the first that answers wins: a date that is
    no occurrence's (``_no_occurrence_date``), a reference point ("after the January events",
    ``_reference_dated``), a name or a publication (``_named_or_published``), a label, a plan or a state
    (``_labelled``), else the trigger the date attaches to (``_trigger_dated``)."""
    st = _Dating(sent, base, previous=previous)
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence_tokens(sent)):
        return st.out, st.refs, st.previous  # a date line ("February 28, 2005"), a heading
    for k, m in enumerate(mentions):
        if m.kind == "none" and m.date:
            _noun_of_the_year(st, m)
            continue
        if m.kind not in ("event", "span", "relative") or not m.date:
            continue
        if _no_occurrence_date(st, mentions, k, year):
            continue
        root = date_root(sent, m.start - base, m.end - base)
        if root is None or class_bound(root):
            continue  # ("buildings completed after 1995": a class's bound, class_bounds.py)
        anchor = _episode_anchor(st, m, date_anchor(root))
        if _reference_dated(st, m, root, anchor) or _named_or_published(st, m, root, anchor) \
                or _labelled(st, m, root, anchor):
            continue
        _trigger_dated(st, m, root, anchor)
    st.out += publications(sent, mentions, base, year)
    st.out += titled_edition(sent, mentions, base)
    return st.out, st.refs, st.previous


def _noun_of_the_year(st: _Dating, m: DateMention) -> None:
    """A mention that is no date of its own but a period ("during the year") dates a noun occurrence
    it modifies: "the release of 594 during the year by the court"."""
    sent, base = st.sent, st.base
    root = date_root(sent, m.start - base, m.end - base)
    anchor = date_anchor(root) if root is not None else None
    if anchor is not None and anchor.pos_ == "NOUN" and anchor.dep_ not in ("dobj", "nsubj", "nsubjpass") \
            and (t := trigger_type(anchor)) and t not in ("law_or_decree", "report_published"):
        st.out.append((anchor, t, m.date, None, "year"))


def _no_occurrence_date(st: _Dating, mentions: list[DateMention], k: int, year: int | None) -> bool:
    """The mention dates no occurrence, read from its text and its neighbours alone (before any parse):
    a relative date an explicit one follows, a comparison, part of a web address, a decade, the bound of a
    period a publication or count covers, a date of a year after the report's (a plan, a schedule or a
    deadline; both round t-events37)."""
    m, base, sent = mentions[k], st.base, st.sent
    text = paragraph_text(sent.doc)
    if m.kind == "relative" and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 5 \
            and mentions[k + 1].kind in ("event", "span") and not mentions[k + 1].attributive:
        return True  # "one month prior on May 5": the explicit date wins (not "after the May 5 vote": dates.anchors)
    if m.kind == "relative" and m.precision == "year" and "previous" in m.text.lower():
        return True  # "compared with the previous year": a comparison, not an occurrence
    if _in_address(text, m.start - base, m.end - base):
        return True  # "www.state.gov/j/drl/rls/hrrpt/2009-2017": part of an address, not a date
    if _DECADE.search(m.text) or _DATING_BACK.search(text[max(0, m.start - base - 24):m.start - base]):
        return True  # "during much of the 1990's", "holdings dating back to 1998": no occurrence's date
    if covered_period(text, m.start - base):
        return True  # "covering the period from June 2016 …", "the fiscal year ending December 2022" (t-events37)
    if year is not None and int(m.date[:4]) > year:
        # "ahead of national elections in 2022" in a 2020 report, "until it reconvenes in 2011", "issued a May
        # 2019 deadline" in a 2018 report: a plan, a schedule or a deadline, not an occurrence (t-events37: the
        # dev gold dates no record by a date of the year after the report's, 21 sentences in 15 reports)
        return True
    return False


def _episode_anchor(st: _Dating, m: DateMention, anchor: "Token") -> "Token":
    """The word a date anchors to, lifted from a possessor or compound to the episode noun it names:
    "During the January teachers' strike, X was removed" is dated by the strike's date."""
    if anchor.dep_ in ("poss", "compound") and anchor.head.pos_ == "NOUN" and \
            anchor.head.lemma_.lower() in OCCURRENCE_NOUNS | REFERENCE_NOUNS and \
            EPISODE_FRAME.search(paragraph_text(st.sent.doc)[max(0, m.start - st.base - 16):m.start - st.base]):
        return anchor.head  # "During the January teachers' strike, X was removed": the episode's date
    return anchor


def _reference_dated(st: _Dating, m: DateMention, root: "Token", anchor: "Token") -> bool:
    """A date that is a reference point ("after the January events", "prior to the September
    elections"): the occurrence it names, and the clause's own occurrence (of the lead-up, or of the
    year) once; True when it answered."""
    sent, base, used = st.sent, st.base, st.used
    if (cited := reference_point(m, root, anchor)) is None:
        return False
    if anchor.lemma_.lower() in REFERENCE_NOUNS | {"event"}:
        st.refs.append(m)  # ("after the January events": still the episode a later "the events" names)
    used.add(cited[0].i)
    st.out.append((*cited, m.date, m.date_end, m.precision or "year"))
    lead = lead_up(sent, paragraph_text(sent.doc), m.start - base, anchor, used)
    if lead is None:  # the clause's own occurrence, of the year ("there were reports of arrests")
        verb = clause_verb(anchor)
        trig, type_ = find_trigger(verb) if is_verb(verb) else (None, None)
        if trig is None or trig.i in used:
            trig, type_ = nearest_trigger(sent, verb.i, used, clause=verb if is_verb(verb) else None)
        lead = (trig, type_ or "other") if trig is not None else None
    if lead is not None and not (is_verb(lead[0]) and habitual(lead[0])):
        used.add(lead[0].i)
        st.out.append((*lead, m.date[:4], None, "year"))  # ("beaten prior to the September elections")
    st.previous = m
    return True


def _named_or_published(st: _Dating, m: DateMention, root: "Token", anchor: "Token") -> bool:
    """A date that names an occurrence dated elsewhere ("the January events": a reference kept for the
    sentences after it) or dates a publication ("a 2005 survey", "its Annual Report 2015-2016");
    True when it answered."""
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in REFERENCE_NOUNS | {"event"} \
            and root.dep_ in ("compound", "nmod", "amod", "npadvmod", "nummod", "poss") and not titled(anchor):
        st.refs.append(m)
        return True  # "the January events", "in connection with January events"
    if (anchor.pos_ == "NOUN" and anchor.lemma_.lower() in DATED_PUBLICATIONS or titled(anchor)) \
            and root.i < anchor.i and root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss") \
            and (indefinite(anchor) or m.precision in ("month", "day") or titled(anchor)
                 or cited_edition(anchor, m.precision)):
        st.out.append((anchor, "report_published", m.date, m.date_end, m.precision or "year"))
        st.previous = m  # "According to a 2005 survey", "A May report by the NGO X documented …"
        return True
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in DATED_PUBLICATIONS and \
            anchor.text[:1].isupper() and root.i == anchor.i + 1 and m.precision == "year":
        st.out.append((anchor, "report_published", m.date, m.date_end, "year"))
        return True  # "in its Annual Report 2015-2016, noted …": the edition's years glued to the title
    return False


def _labelled(st: _Dating, m: DateMention, root: "Token", anchor: "Token") -> bool:
    """A date that labels or names a noun ("the 2019 law", "the Citizenship Act of 1985"), a case
    ("the July 2010 beating case"), a plan ("scheduled for October 2011") or a count's state ("In
    November the number of refugees was …"): the occurrence a label tells, or nothing; True when it
    answered."""
    sent, base, used = st.sent, st.base, st.used
    # a date that modifies the noun after it is a label ("the 1998-1999 conflict", "2008
    # statistics") even without a determiner before it
    attributive = m.attributive or label_date(paragraph_text(sent.doc), m.start - base, root, anchor)
    if anchor.pos_ in ("NOUN", "PROPN") and root.head.lower_ == "of" and (
            NOUN_TYPES.get(anchor.lemma_.lower()) == "law_or_decree"
            and clause_verb(anchor).lemma_.lower() in STATE_VERBS | STAT_VERBS
            or named_by_year(anchor, m.precision)):
        return True  # "Proclamation 118 of 2001 provides …", "amend the Citizenship Act of 1985": a name
        # (docs/EVALUATION.md, "Laws named with their year"); "a decree of May 2008 established …" is not
    if attributive and (lead := lead_up(sent, paragraph_text(sent.doc), m.start - base, anchor, used)) is not None:
        used.add(lead[0].i)
        if not (is_verb(lead[0]) and habitual(lead[0])):  # ("regularly interfered … before the April election")
            st.out.append((*lead, m.date[:4], None, "year"))
        return True  # "violence occurred in the months leading up to the November 2010 election": of 2010
    if attributive and anchor.lemma_.lower() in REFERENCE_NOUNS:
        st.refs.append(m)
        return True
    if anchor.lemma_.lower() == "case" and root.dep_ in ("compound", "nmod", "amod"):
        kind_of = next((c for c in anchor.children if c.dep_ == "compound" and c.i > root.i
                        and c.lemma_.lower() in NOUN_TYPES), None)
        if kind_of is not None:  # "the July 2010 beating case of officer X"
            st.out.append((kind_of, NOUN_TYPES[kind_of.lemma_.lower()], m.date, m.date_end, m.precision or "year"))
            st.previous = m
            return True
    if attributive and anchor.lemma_.lower() == "case" and (labelled := case_label(anchor)):
        st.out.append((*labelled, m.date, m.date_end, m.precision or "year"))
        st.previous = m  # "dropped the 2007 fraud case against X", "the June 2008 case of chiefs arrested for …"
        return True
    if (held := dated_case(anchor, root)) is not None:
        used.add(held[0].i)
        st.out.append((*held, m.date, m.date_end, m.precision or "year"))
        st.previous = m  # "the 2008 cases of police torture", "the March 2009 arson case" (dated_cases.py)
        return True
    if attributive and (act := labelled_act(compound_head(anchor))) is not None:
        st.out.append((*act, m.date, m.date_end, m.precision or "year"))
        st.previous = m  # "The 2006 press law ended the monopoly", "a 2023 court ruling" (labels.py)
        return True
    if attributive and (act := dated_act(anchor, root)) is not None:
        used.add(act[0].i)
        st.out.append((*act, m.date, m.date_end, m.precision or "year"))
        st.previous = m  # "the 2009 abrogation of the constitution", "the 2018 collapse of a dam" (dated_acts.py)
        return True
    if attributive and anchor.lemma_.lower() not in OCCURRENCE_NOUNS and not month_label(m, root, anchor):
        return True  # "the 2019 law requires" (but "a May inspection", "its June addendum": an occurrence)
    if planned(anchor):
        return True  # "elections scheduled for October 2011", "to be submitted to the NTC in 2001": plans
    if count_state(clause_verb(anchor)):
        return True  # "In November the number of refugees in the country was 253,000"
    return False


def _trigger_dated(st: _Dating, m: DateMention, root: "Token", anchor: "Token") -> None:
    """The last check: the trigger the date attaches to (framed, its own, else the nearest of its clause
    no other date of the sentence owns) takes the date, unless the sentence states a statistic or a rate
    ("the wage gap was 25 percent in 2020")."""
    sent, base, used = st.sent, st.base, st.used
    trig, type_ = framed_trigger(sent, paragraph_text(sent.doc), m.start - base, anchor, used)
    if trig is None:
        trig, type_ = find_trigger(anchor)
    if trig is None:
        verb = clause_verb(anchor)
        if (verb.lemma_.lower() in STAT_VERBS or anchor.lemma_.lower() in STAT_VERBS) and not gathering(verb):
            if not told_within(verb, root, used):
                return  # "the wage gap was 25 percent in 2020", "decreased from 119 in 2018"
        dated = {t.i for t, _ in sentence_triggers(sent) if own_date(t, m.start - base, m.end - base)}
        trig, type_ = nearest_trigger(sent, root.i, used | dated, clause=verb if is_verb(verb) else None)
    if trig is not None and not is_verb(trig) and rate(sent, trig) and not vote_shares(sent, type_):
        return  # "In 2008 the maternal mortality ratio was 680 deaths per 100,000 live births"
    if receipt(clause_verb(anchor)) and (trig is None or counted_receipt(trig)):
        return  # "the INLUCC received more than 9,000 cases in 2016": a statistic (counted_receipts.py, t-events49)
    if trig is None and STATISTIC.search(span_text(sent)) and not (
            (v := clause_verb(anchor)).lemma_.lower() in REPORT_VERBS and v.dep_ not in ("acl", "relcl", "amod")):
        return  # "In 2017, according to UNICEF, 19 percent of all girls were married by age 15" (but
        # "The ombudsperson stated in November that 80 percent of cases had been dropped": a statement)
    if trig is not None:
        used.add(trig.i)
    st.previous = m if m.kind != "relative" or m.precision else st.previous
    st.out.append((trig if trig is not None else anchor, type_ or "other", m.date, m.date_end,
                   m.precision or "year"))
