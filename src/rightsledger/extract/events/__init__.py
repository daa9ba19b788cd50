"""Events: what happened, when, to whom, according to whom.

``extract_events(annotated, entities)`` makes one :class:`~rightsledger.records.Event`
per (sentence, date expression) that dates an occurrence, plus one per sentence that
reports a specific occurrence of the report year without a date (precision ``year``),
following the annotation guidelines in ``docs/EVALUATION.md``:

* the date comes from :mod:`rightsledger.extract.dates.scan`; "as of"/"by year's end" states,
  "since"/"until", dates that only name an occurrence dated elsewhere ("the January
  events") or label a noun ("the 1998-1999 conflict", "2008 statistics"), plans ("scheduled
  for October"), decades and web addresses are not event dates (``dated.py``; the undated
  occurrences of the report year are ``occurrences.py``'s);
* an undated sentence is an event of the report year only when it states a specific past
  occurrence: not a habit ("often", "routinely", also in a clause under one), a modal, a rule,
  a rate or count ("the number of refugees was …"), a general phenomenon ("X occurred
  throughout the country"); outcomes ("resulted in deaths", "were responsible for killings")
  and negations ("did not investigate", "There were no known restrictions on …", "by year's
  end no such law had been adopted") are;
* the type comes from the trigger the date attaches to in the dependency parse (the
  verb of its clause, or the noun it modifies: "the June 5 referendum"), looking
  through light verbs ("held a referendum") and reporting verbs ("announced that 12
  persons had been convicted"), else from the nearest trigger of the sentence
  (``attach.py`` finds it, ``triggers.py`` types it; the trigger tables are data:
  ``extract/data/events.toml``, bound in ``lexicon.py``);
* participants (actor/target/other), place and source (``participants.py``) and polarity
  (``polarity.py``) come from the same parse, one pass over the sentences;
* the trained typer (``typemodel.py``, fitted on dev gold by ``rightsledger train``) re-types
  where cross-validation says it beats the rules, from the trigger, its head and arguments,
  the main clause, the section's topic and headings and the sentence's words (and, when the model
  weighs it, the sentence's embedding: one batch for the document's events, after the loop).
* last, the learned detector (``detector.py``, fitted on first runs of dev reports), when its
  model file exists, drops the events it thinks wrong and adds one on a sentence without events
  that it thinks holds one (no model ships: docs/EVALUATION.md, "The event detector");

Only the spaCy parse of ``annotated`` is used; no second model run. ``same_event``
(``matching.py``) says whether two events of different reports are the same occurrence.

The modules stand in packages by the job they do (t-house28): ``types/`` (the trigger and its
type), ``clause/`` (tense, polarity, participants), ``dating/`` (which dates date an occurrence),
``undated/`` (which undated sentences are occurrences of the report year), ``nonevents/`` (what
such a sentence tells that is none), ``learned/`` (the typer and the detector, which no rule
reads); ``lexicon.py`` under them all. This module calls them in their order and hands on
``extract_events`` and ``same_event``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Entity, Event, Span
from ..dates.anchors import anchor_counts
from ..dates.scan import RELEASED_AFTER, DateMention, find_dates
from .dating.attach import Produced
from .dating.episodes import Episode, Named, carried, episode_date, opened, past_election, still_past
from .lexicon import TOPIC_TYPES
from .matching import same_event
from .dating.asof import counted_through, detained_since, since_frame
from .dating.dated import dated_events
from .dating.dated_statistics import state_verbs
from .dating.named_occurrences import ref_of
from .dating.one_per_date import one_per_date
from .dating.publication_years import cited_years
from .learned.detector import added_event, apply_detector
from .undated.counted_occurrences import counted_occurrence
from .undated.quantified_occurrences import quantified_occurrence
from .undated.recorded_occurrences import recorded_occurrence
from .dating.fraction_periods import first_months
from .dating.year_phrases import year_phrase_records
from .undated.hearsay import reported_noun, reporting_verb
from .types.inquiries import inquiry_type
from .undated.noncompliance import reported_noncompliance
from .undated.accountability import accountability
from .undated.actions_against import action_against
from .undated.acted_since import with_acts_since
from .undated.negated_since import negated_since
from .undated.inaction_beside import inaction_beside_dated
from .undated.occurrences import undated_event
from .clause.tense import habitual
from .clause.participants import Context, trigger_participants, cited_source
from .clause.polarity import event_polarity
from .types.triggers import sentence_tokens
from .nonevents.conditions import prison_population, rate_statement, refugee_population, surveyed_share
from .nonevents.undated_frames import framed
from .nonevents.untimed_passive import untimed_negated_passive
from .nonevents.penalty_statements import in_penalty_statement
from .undated.verdicts import Elections, verdict, verdict_type
from .learned.typefeats import kind_of
from .learned.typemodel import (
    COLLECTED_VERSIONS,
    FEATURE_VERSION,
    collecting_active,
    decide,
    features,
    heading_features,
    load_model,
    needs_vector,
    probabilities,
    record,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..annotate import Annotated

__all__ = ["extract_events", "same_event"]


def _heading(annotated: "Annotated", sections: dict, section: str | None, offset: int) -> list[str]:
    """The typer's features of the headings above ``offset`` (section topic, section and subtopic titles)."""
    sec = sections.get(section or "")
    parent = sections.get(sec.parent or "") if sec is not None else None
    sub = annotated.subtopic_at(offset)
    titles = [t.title for t in (sec, parent, sub) if t is not None]
    return heading_features(_topic(sections, section), titles)


def _topic(sections: dict, section: str | None) -> str | None:
    """The classic topic (``structure/data/topics.toml``) of ``section``, else of its parent."""
    sec = sections.get(section or "")
    parent = sections.get(sec.parent or "") if sec is not None else None
    return getattr(sec, "topic", None) or getattr(parent, "topic", None)


def extract_events(annotated: "Annotated", entities: list[Entity] | None = None) -> list[Event]:
    """Every dated occurrence of ``annotated``, one event per (sentence, date expression)."""
    ctx = Context(annotated, entities or [])
    text = annotated.text
    year = annotated.year
    doc_id = annotated.document.id
    events: list[Event] = []
    sections = {s.id: s for s in annotated.sections}
    doc_typer = _Typing(annotated, ctx, sections)
    named = Named()  # the episodes named with a date so far ("the January events")
    elections = Elections(year)  # the last election each section named ("observers declared it fair")
    for ap in annotated.paragraphs:
        base = ap.start
        previous: DateMention | None = None
        arrest: DateMention | None = None  # what "released him after 56 days" counts from
        episode: Episode | None = None  # the dated occurrence that frames the sentences after it
        election: Episode | None = None  # an election of an earlier year the paragraph narrates
        for index, sent in enumerate(ap.doc.sents):
            toks = [t for t in sentence_tokens(sent) if not t.is_space]
            if not toks:
                continue
            s_start, s_end = base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
            sent_text = text[s_start:s_end]
            since = arrest if arrest is not None and RELEASED_AFTER.search(sent_text) else previous
            mentions = [m.shifted(s_start) for m in find_dates(sent_text, year, previous=since)]
            mentions = anchor_counts(sent, mentions, base, since)  # "three weeks after she posted": the parse's way
            section = annotated.section_at(s_start)
            evidence = Span.of(text, s_start, s_end)
            produced, refs, previous = dated_events(ctx, sent, mentions, base, year, previous)
            arrest = next((m for _, ty, d, _, p in produced if ty == "detention_or_arrest" and p == "day"
                           for m in mentions if m.date == d), arrest)
            if year is not None:
                produced = _of_the_report_year(sent, sent_text, mentions, produced, refs, text=text, base=base,
                                               s_start=s_start, year=year, sections=sections, section=section,
                                               elections=elections)
                produced = _periods_of_the_year(sent, sent_text, mentions, produced, s_start, year)
            # a prison or refugee population told as a count, dated or not: a state, no event; what a share of
            # surveyed persons told: a survey's figure (conditions.py, t-events63, t-events65, t-events71); a rate
            rate = rate_statement(sent)  # "72 deaths per 100,000 live births": a statistic (t-events78)
            produced = [p for p in produced if not (prison_population(p[0]) or refugee_population(p[0]) or (
                p[1] != "report_published" and surveyed_share(p[0])) or (rate and p[1] == "other"))]
            undated = not any(m.date for m in mentions)
            election = still_past(election, mentions)
            negated: set[int] = set()
            told: list[tuple] = []  # the events as dated (by their episode too), for the elections judged later
            for k, (trig, type_, date, date_end, precision) in enumerate(produced):
                type_ = verdict_type(sent, trig, inquiry_type(trig, type_))  # "sent officials to investigate"; a verdict
                pol = event_polarity(trig, sent)
                source = cited_source(sent, trig, text, base)
                if pol == "negated":
                    negated.add(k)
                if undated and precision == "year" and (ep := episode_date(
                        sent, trig, type_, episode, index, source, named, pol == "negated")) is not None:
                    date, date_end, precision = ep.date, ep.date_end, ep.precision  # dated by its episode
                    if pol != "negated":
                        episode = Episode(ep.date, ep.date_end, ep.precision, ep.type, index, ep.words)
                elif undated and precision == "year" and date == str(year) and election is not None \
                        and pol != "negated":
                    date, date_end = election.date, None  # "The ruling party won 27 seats" after "In 2018 …"
                told.append((trig, type_, date, date_end, precision))
                ev_id = f"{doc_id}:ev:{len(events) + 1}"
                if doc_typer.typed:  # the trained typer (typemodel.py) re-types where it beat the rules on dev
                    type_ = doc_typer.rules_event(len(events), ev_id, sent, trig, type_, section, precision,
                                                  pol, s_start, base)
                events.append(Event(
                    id=ev_id, doc=doc_id, type=type_, date=date,
                    date_end=date_end, precision=precision,
                    participants=trigger_participants(ctx, trig, base) if trig is not None else [],
                    place=ctx.place(sent, trig, base), section=section, polarity=pol,
                    source=source, evidence=evidence))
            episode = carried(opened(produced, index, negated, sent, year, episode), episode) or episode
            election = past_election(produced, negated, index, year) or election
            elections.note(sent, mentions, told, section, text, base)  # ("Voters elected …" after "in July 2013")
            named.note(sent, refs, produced, base)
    doc_typer.with_vectors(events)
    # the learned detector (detector.py): drops and adds where a model fitted on first runs says so
    events = apply_detector(annotated, events, lambda span, base, ev_id, date, precision, section: added_event(
        annotated, ctx, span, base, ev_id, date, precision, section, doc_typer.retype))
    return one_per_date(events)  # two date expressions of one sentence, one date, one type: one record


def _of_the_report_year(sent: "SpacySpan", sent_text: str, mentions: list[DateMention], produced: list[Produced],
                        refs: list[DateMention], *, text: str, base: int, s_start: int, year: int,
                        sections: dict, section: str | None, elections: Elections) -> list[Produced]:
    """The sentence's occurrences of the report year, beside its dated ones: an observers' verdict dated
    by its election, an undated specific occurrence (``occurrences.py``; dated by a "since" frame, or
    by the episode a reference names: "killed in connection with the January violence"), reported ones
    ("NGOs reported violence"), a duty not kept, a counted occurrence, and persons held since a date."""
    states = state_verbs(sent, mentions, base)
    topic_type = TOPIC_TYPES.get(_topic(sections, section) or "")
    frame = since_frame(sent_text, mentions, s_start)  # "Since June 2020 the service had not …"
    ydate, yprec = (frame.date, frame.precision or "year") if frame else (str(year), "year")
    states = set() if frame else states
    judged = elections.judged(section)
    if not produced and (verb := verdict(sent, judged is not None)) is not None:
        # "Observers characterized the elections as free and fair": dated by the election
        own = None if frame else next((m for m in mentions if m.date and m.kind != "state"), None)
        when = (own.date, own.date_end, own.precision or "year") if own else \
            judged if judged and not frame else (ydate, None, "year")
        produced = [(verb, "other", *when)]
    elif produced or not refs:
        produced += undated_event(sent, mentions, ydate, yprec, produced, states, topic_type)
        if not produced and not states and (heard := reported_noun(sent)) is not None \
                and not habitual(reporting_verb(heard[0])):
            produced = [(*heard, ydate, None, yprec)]  # "NGOs reported violence against journalists"
        if not produced and (kept := reported_noncompliance(sent)) is not None:
            produced = [(*kept, ydate, None, yprec)]  # "reports the government did not enforce …"
        if not produced and not states and (counted := counted_occurrence(sent, mentions, year)
                                            or quantified_occurrence(sent, mentions, year)
                                            or recorded_occurrence(sent, mentions, year)):
            produced = [(*counted, ydate, None, yprec)]  # "There were 14 deaths in the prison"
        if not produced and (held := accountability(sent) or action_against(sent)) is not None:
            produced = [(*held, ydate, None, yprec)]  # "investigated some officials who committed abuses",
            # "took disciplinary measures against 295 officers" (actions_against.py, round t-events57)
    else:  # "persons had been killed in connection with the January violence"
        produced = undated_event(sent, mentions, ydate, yprec, [], states, topic_type)
        ref = ref_of(produced, refs, sent, base)
        if ref is not None:
            produced = [(t, ty, ref.date or str(year), None, ref.precision or "year")
                        for t, ty, _, _, _ in produced]
    if produced and all(d and d[:4] < str(year) for _, _, d, _, _ in produced) and (
            inaction := inaction_beside_dated(sent, mentions, base, year)) is not None:
        produced.append((*inaction, ydate, None, yprec))  # "In 2018 …, but the government took no action"
    # a record of the year without a date of its own told as an aim, as reports by frequency or prevalence,
    # or as an increase: no event (undated_frames.py)
    produced = [p for p in produced if not (p[2] == str(year) and p[4] == "year" and framed(p[0]))]
    # a step told as not done, in the passive, with no time in the sentence (untimed_passive.py), or a trigger
    # inside a penalty statement ("Companies that dismiss strikers face a fine"; penalty_statements.py): no event
    produced = [p for p in produced if not (p[2] == str(year) and p[4] == "year" and (
        untimed_negated_passive(p[0], mentions) or in_penalty_statement(p[0], mentions)))]
    for held, m in detained_since(sent, mentions, text, base):  # "officials who had been detained
        if not any(d == m.date for _, _, d, _, _ in produced):  # since 2017 were released in January"
            produced.append((held, "detention_or_arrest", m.date, m.date_end, m.precision or "year"))
    for step, type_, m in negated_since(sent, mentions, text, base):  # "had not included them since 2010"
        if not any(d == m.date for _, _, d, _, _ in produced):  # (negated_since.py; re-dates its own year record)
            produced = [p for p in produced if p[0] is None or p[0].i != step.i]
            produced.append((step, type_, m.date, m.date_end, m.precision or "year"))
    produced = with_acts_since(produced, sent, mentions, text, base, year)  # "were dissolved … since 2011"
    # t-events31: a publication cited with a year the dated rules leave unread (publication_years.py)
    for noun, cited in cited_years(sent, mentions, base, year, produced):  # "the NHRC 2018 report noted …"
        produced.append((noun, "report_published", cited, None, "year"))
    # round t-events36: "…, but he was reinstated during the year" beside a dated clause (year_phrases.py)
    produced += year_phrase_records(sent, mentions, produced, base, year)
    return produced


def _periods_of_the_year(sent: "SpacySpan", sent_text: str, mentions: list[DateMention], produced: list[Produced],
                         s_start: int, year: int) -> list[Produced]:
    """Dates a period of the year re-dates: counts "through September" are of the year, and an asserted
    record in a sentence naming "the first nine months of the year" is of that period
    (``fraction_periods.py``)."""
    if (through := counted_through(sent_text, mentions, s_start)):
        produced = [(t, ty, str(year), None, "year") if d in through else (t, ty, d, e, p)
                    for t, ty, d, e, p in produced]  # "reported 13 strikes through September"
    return first_months(sent, sent_text, year, produced)  # "in the first nine months of the year"


class _Typing:
    """The trained typer (``typemodel.py``) as one document uses it: it re-types the rules' events where
    cross-validation says it beat the rules on dev; a typer that weighs the sentence's embedding types
    them after the loop, in one batch (``pending``); the detector's added events go through it too."""

    def __init__(self, annotated: "Annotated", ctx: Context, sections: dict) -> None:
        self.annotated, self.ctx, self.sections = annotated, ctx, sections
        self.model = load_model()
        self.typed = bool(self.model and self.model.get("policy", "rules") != "rules") or collecting_active()
        self.pending: list[tuple[int, str, list[str]]] = []  # (event index, rules' type, features): typed by vector
        self.version = str(self.model.get("feature_version", "1")) if self.model else FEATURE_VERSION

    def rules_event(self, index: int, ev_id: str, sent: "SpacySpan", trig: "Token | None", type_: str,
                    section: str | None, precision: str, pol: str, s_start: int, base: int) -> str:
        """The type of the loop's event ``index`` (the typer's, or the rules' until the vectors come),
        its features recorded when a collection is on (``record``, every collected feature version)."""
        model, version = self.model, self.version
        head = _heading(self.annotated, self.sections, section, s_start)
        kinds = kind_of(self.ctx, base)
        feats = features(sent, trig, type_, section, precision, pol, head, version, kinds)
        if collecting_active():
            record(ev_id, type_, {v: feats if v == version else
                                  features(sent, trig, type_, section, precision, pol, head, v, kinds)
                                  for v in COLLECTED_VERSIONS})
        if needs_vector(model):
            self.pending.append((index, type_, feats))
        else:
            type_ = decide(model, type_, feats)
        return type_

    def with_vectors(self, events: list[Event]) -> None:
        """The pending events typed with their sentences' embeddings, in one batch."""
        if self.pending:
            from ..embeddings.sentences import embed_texts

            vectors = embed_texts([events[i].evidence.text for i, _, _ in self.pending])
            for (i, rule_type, feats), vec in zip(self.pending, vectors):
                events[i].type = decide(self.model, rule_type, feats, vec)

    def retype(self, sent, trig, type_, section, precision, pol, s_start):  # type: ignore[no-untyped-def]
        """An added event through the typer, as the loop types the rules' events (no vector), with
        the typer's probability of the type it gives (0 without a typer)."""
        model = self.model
        if not self.typed or needs_vector(model) or not model:
            return type_, 0.0
        base = s_start - next(t for t in sent if not t.is_space).idx  # the paragraph's offset in the text
        feats = features(sent, trig, type_, section, precision, pol,
                         _heading(self.annotated, self.sections, section, s_start), self.version,
                         kind_of(self.ctx, base))
        new = decide(model, type_, feats)
        return new, probabilities(model, feats).get(new, 0.0)
