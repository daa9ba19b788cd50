"""Dated occurrences: which date mentions of a sentence date an event (not states, references,
labels, plans or names), the trigger each dates, and the named occurrences ("the January
events") a sentence only refers to.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import DateMention, find_dates
from .arguments import tree_path
from .attach import (
    _EPISODE_FRAME, _anchor, _clause_verb, _date_root, _find_trigger, _framed_trigger, _nearest_trigger,
    own_date,
)
from .lexicon import (
    COUNT_NOUNS, DATED_PUBLICATIONS, GATHERINGS, LAW_THINGS, LEAD_UP_BARE_LINKS, LEAD_UP_LINKS, LEAD_UP_PERIODS,
    NOUN_TYPES,
    OCCURRENCE_NOUNS, PLAN_MODALS, PLAN_WORDS, RATE_WORDS, REFERENCE_NOUNS, REFERENCE_POINT_PREPS, REPORT_VERBS,
    STATE_VERBS, STAT_VERBS,
    TITLED_PUBLICATIONS, TITLED_REPORT_FRAMES,
)
from .labels import labelled_act
from .participants import _Context
from .tense import _habitual
from .triggers import is_verb, sentence_tokens, sentence_triggers, trigger_type
from .vote_shares import vote_shares

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


_Produced = tuple["Token | None", str, str, "str | None", str]


_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
STATISTIC = re.compile(r"(?i)\bpercent\b|%|\bturnout\b")
# "In its Annual Report 2013, …", "According to Freedom in the World 2016, …": a titled edition's year
_TITLED_EDITION = re.compile(r"^(?:%s)\s+(?:[A-Z][\w’'-]*\s+(?:(?:in|on|of|the|and|for)\s+)*)+((?:19|20)\d\d)"
                             r"(?:\s+[Rr]eport)?\s*[,:]" % "|".join(TITLED_REPORT_FRAMES))

def _gathering(verb: "Token") -> bool:
    """ "held a human rights forum", "organized a workshop": a dated meeting is an occurrence (of type
    other), not a state ("held 30 percent of the seats")."""
    return verb.lemma_.lower() in ("hold", "organize", "organise", "convene", "host") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in GATHERINGS for c in verb.children)


def _ref_of(produced: list["_Produced"], refs: list[DateMention], sent: "SpacySpan", base: int
            ) -> DateMention | None:
    """The named occurrence ("the January violence") that dates the sentence's event, if it does.

    It does when it hangs on the trigger itself ("killed in connection with the January
    violence"), not when it only describes a participant ("cases related to January events
    were opened").
    """
    if not produced or produced[0][0] is None:
        return None
    trig = produced[0][0]
    subjects = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    for ref in refs:
        root = _date_root(sent, ref.start - base, ref.end - base)
        if root is None or not (trig.left_edge.i <= root.i <= trig.right_edge.i):
            continue
        if any(s.left_edge.i <= root.i <= s.right_edge.i for s in subjects):
            continue
        return ref
    return None


def _state_verbs(sent: "SpacySpan", mentions: list[DateMention], base: int) -> set[int]:
    """Token ids of the clause verbs that a state date ("as of October", "at year's end") attaches to."""
    out: set[int] = set()
    for m in mentions:
        if m.kind != "state":
            continue
        root = _date_root(sent, m.start - base, m.end - base)
        if root is not None:
            anchor = _anchor(root)
            out.add(anchor.i)
            out.add(_clause_verb(anchor).i)
    return out


_ADDRESS = re.compile(r"\.[a-z]|/\w")


def _in_address(text: str, start: int, end: int) -> bool:
    """The characters ``text[start:end]`` belong to a web address ("2009-2017.state.gov/j/tip")."""
    before, after = text[max(0, start - 1):start], text[end:end + 12]
    return before in ("/", ".") or bool(_ADDRESS.match(after))


def _rate(sent: "SpacySpan", trig: "Token") -> bool:
    """A noun trigger counted in a statistic of state: "the ratio was 680 deaths per 100,000"."""
    return _clause_verb(trig).lemma_.lower() in STAT_VERBS and any(
        t.lower_ in RATE_WORDS for t in sentence_tokens(sent))


_TIME_PREP = re.compile(r"(?i)\b(?:in|on|during|since|by|until|till|from|between|at|before|after|through|"
                        r"throughout|of|an?)\s+$")


def _label_date(text: str, start: int, root: "Token", anchor: "Token") -> bool:
    """A date that labels the noun after it ("the 1998-1999 conflict", "according to 2008
    statistics"), not one that dates the clause ("In May Representative X beat …") or introduces
    an occurrence ("an August 11 report")."""
    if _TIME_PREP.search(text[max(0, start - 12):start]):
        return False
    return root.dep_ in ("compound", "nummod", "amod", "nmod") and anchor.i > root.i \
        and anchor.pos_ in ("NOUN", "PROPN") and anchor.ent_type_ != "DATE"


def _month_label(m: DateMention, root: "Token", anchor: "Token") -> bool:
    """A month (or day) without a year of its own that modifies a noun names when that thing happened
    ("a May inspection", "its June addendum", "at a September court hearing", "during the June
    campaign"), unlike a year, which also names editions and instruments ("the 2019 law"). Round
    t-dates7: seen in five dev reports; the noun's clause is then dated as any dated noun is. Not when
    the date hangs on the first half of a compound ("arrested six persons in the April 15 mob killing":
    the killing's date, not the arrest's)."""
    return m.precision in ("month", "day") and not _HAS_YEAR.search(m.text) and \
        root.dep_ in ("compound", "nmod", "amod", "npadvmod") and anchor.dep_ != "compound"


def _reference_point(m: DateMention, root: "Token", anchor: "Token") -> tuple["Token", str] | None:
    """A month-labelled noun used as a reference point ("after the July ceasefire", "following the March
    ban", "prior to the September elections", "the results of the March elections"): the noun and its type
    (``other`` when the noun is no trigger). Settled 2026-12-12 (round t-conv14): the noun's occurrence is an
    event of that month, as "Occurrences cited in a noun phrase" (2026-12-08) reads; the clause keeps its
    own date. By the parse: the noun (or the first of its conjuncts) is the object of a preposition of
    ``reference_point_preps`` (or of "prior to", "ahead of", "in advance of"), or of "of" under a noun."""
    if anchor.pos_ not in ("NOUN", "PROPN") or not _month_label(m, root, anchor):
        return None
    noun = anchor
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if not (prep.lower_ in REFERENCE_POINT_PREPS or prep.head.lower_ in REFERENCE_POINT_PREPS
            or prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN")):
        return None
    return anchor, NOUN_TYPES.get(anchor.lemma_.lower()) or "other"


_LEAD_UP = re.compile(r"(?i)\b(?:%s)\s+(?:%s)\s+the\s+$" % (
    "|".join(map(re.escape, sorted(LEAD_UP_PERIODS))),
    "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEAD_UP_LINKS))))
_LEAD_UP_BARE = re.compile(r"(?i)(?:^|[\s,(])(?:%s)\s+the\s+$" % "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEAD_UP_BARE_LINKS, key=len, reverse=True)))


def _lead_up(sent: "SpacySpan", text: str, start: int, anchor: "Token", used: set[int]
             ) -> tuple["Token", str] | None:
    """What happened "in the months leading up to the November 2010 election" (or "prior to the September
    elections", ``lead_up_bare_links``): the trigger and type of
    the clause's occurrence (the caller dates it by the labelled occurrence's year), not the election.
    None when the date at ``start`` does not label an occurrence after such a period."""
    lead = _LEAD_UP.search(text[max(0, start - 40):start])
    bare = None if lead else _LEAD_UP_BARE.search(text[max(0, start - 40):start])
    if lead is None and bare is None:
        return None
    period = max(0, start - 40) + (lead or bare).start()  # the clause's verb comes before the period
    verb = next((a for a in anchor.ancestors if is_verb(a) and a.idx < period), sent.root)
    if bare and (verb.dep_ in ("acl", "relcl", "amod") or verb.lemma_.lower() in STATE_VERBS | {"be"}):
        return None  # ("acts committed prior to the 2011 revolution", "September (28) before the October 2
        # elections": a label or a count, no clause of occurrence)
    trig, type_ = _find_trigger(verb) if is_verb(verb) else (None, None)
    if trig is None or trig.i == anchor.i:
        trig, type_ = _nearest_trigger(sent, verb.i, used | {anchor.i}, clause=verb if is_verb(verb) else None)
    return (trig if trig is not None else verb), type_ or "other"


_DECADE = re.compile(r"\d{3}0['’]?s\b")
_DATING_BACK = re.compile(r"(?i)\b(?:dating|dates|dated|going|goes)\s+back\s+to\s+$")


def _named_by_year(anchor: "Token", precision: str | None) -> bool:
    """Is a bare year after "of" part of an instrument's name ("the Public Order Act of 2002", "the
    Citizenship Act of 1985")? A month or a day dates an issuance ("a decree of May 2008")."""
    return precision in (None, "year") and anchor.lemma_.lower() in LAW_THINGS


def _case_label(case: "Token") -> tuple["Token", str] | None:
    """A case named by its date ("the March 2009 case against the former minister", "the June 2008
    case of village chiefs arrested for …"): the charge it began with, or the occurrence its
    defendants are described by. None for a case of something else ("the 2008 case of the missing
    ballots")."""
    for prep in case.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("against", "of"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for d in obj.subtree:
                if d.dep_ == "acl" and d.head.i == obj.i and (t := trigger_type(d)):
                    return d, t  # "of village chiefs arrested for …", "of the officer indicted for …"
            if prep.lower_ == "against" or obj.ent_type_ == "PERSON" or any(
                    d.ent_type_ == "PERSON" for d in obj.subtree):
                return case, "charge"
    return None


def _compound_head(noun: "Token") -> "Token":
    """The noun a dated compound modifies: "a 2023 court ruling" → "ruling"."""
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _planned(anchor: "Token") -> bool:
    """A date on a plan, not an occurrence: "scheduled for October", "is to be submitted in 2001",
    "were scheduled to vote on April 8", "announced that it would hold elections from June to
    October", "must hold the elections by the end of 2016"."""
    if anchor.lemma_.lower() in PLAN_WORDS:
        return True
    verb = _clause_verb(anchor)
    if verb.lemma_.lower() in PLAN_WORDS and trigger_type(anchor) is None:
        return True  # "… on April 8, nomads on April 9": the gapped dates of the plan
    for tok in {anchor.i: anchor, verb.i: verb}.values():
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLAN_WORDS:
            return True
        if is_verb(tok) and any(c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in tok.children):
            return True
    return anchor.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children) \
        and anchor.head.lemma_.lower() == "be" and anchor.head.tag_ in ("VBZ", "VBP")


def _told_within(verb: "Token", root: "Token", used: set[int]) -> bool:
    """A clause under a dated verb of state tells an occurrence ("On May 31, officials held four prisoners in a
    cell where they died", "in January there was a report that soldiers killed five persons", "most notably on
    July 19, when soldiers attacked the president's home"): the date is that occurrence's, not a statistic's,
    and the nearest trigger of the verb's clause takes it, as for any dated verb. Round t-dates8: five dev
    reports (2001 Somalia, 2011 Guinea, 2014 DRC, 2016 Niger, 2019 Ecuador). A clause is a ``relcl``,
    ``ccomp``, ``advcl`` or ``acl`` inside the verb's own clause whose verb ``_find_trigger`` types."""
    clauses = [t for t in verb.subtree if t.dep_ in ("relcl", "ccomp", "advcl", "acl") and is_verb(t)
               and t.i not in used and _clause_verb(t.head).i == verb.i]
    for clause in sorted(clauses, key=lambda t: abs(t.i - root.i)):
        trig, _ = _find_trigger(clause)
        if trig is not None and trig.i not in used and not _habitual(clause):
            return True
    return False


def _count_state(verb: "Token") -> bool:
    """A verb of state whose subject is a count: "the number of refugees was 253,000"."""
    return verb.lemma_.lower() in STAT_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in COUNT_NOUNS for c in verb.children)


def _indefinite(noun: "Token") -> bool:
    """``noun`` has "a"/"an": "a 2005 survey" names its publication date, "the 2021 report" its period."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _titled(noun: "Token") -> bool:
    """``noun`` is a survey or census ("the 2018 Demographic and Health Survey", "the 2007 census", "the
    2012 DHS"), or a title that ends with one ("The 2014 Violence Against Children Survey", parsed with
    "Violence" for its head): its year is its own."""
    if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in TITLED_PUBLICATIONS:
        return True
    for tok in noun.doc[noun.i + 1:noun.i + 8]:  # the rest of the title: capitalised words and "of", "and" …
        if tok.lemma_.lower() in TITLED_PUBLICATIONS and tok.text[:1].isupper():
            return noun.text[:1].isupper()
        if not (tok.text[:1].isupper() or tok.lower_ in _TITLE_LINKS):
            return False
    return False


_TITLE_LINKS = frozenset({"and", "of", "on", "for", "against", "the", "&", "-"})


def _publication(produced: "_Produced") -> bool:
    """A publication named by its date ("A May report by X documented cases of rape"): its source, not
    its content; the content is still an occurrence of the year."""
    tok = produced[0]
    return produced[1] == "report_published" and tok is not None and tok.lemma_.lower() in DATED_PUBLICATIONS \
        and not is_verb(tok) and any(t.i < tok.i and t.ent_type_ == "DATE" for t in tok.subtree)


def _publications(sent: "SpacySpan", mentions: list[DateMention], base: int, year: int | None) -> list[_Produced]:
    """Publications named by a date the date finder leaves alone ("According to a 2005 survey", "A 2008
    ITUC report stated …", "A May report by the NGO X documented …"): report_published of that date."""
    out: list[_Produced] = []
    for tok in sentence_tokens(sent):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in DATED_PUBLICATIONS:
            continue
        words = [t for t in tok.subtree if t.i < tok.i and t.ent_type_ == "DATE" and not any(
            a.pos_ == "ADP" or a.i > tok.i for a in tree_path(t, tok))]
        if not words:
            continue
        start, end = base + words[0].idx, base + words[-1].idx + len(words[-1])
        if any(m.start < end and start < m.end for m in mentions):
            continue  # dated by the date finder ("the July 2008 report"): see _dated_events
        found = find_dates("in " + sent.doc.text[words[0].idx:words[-1].idx + len(words[-1])], year)
        if len(found) == 1 and found[0].date and found[0].kind == "event" and (
                _indefinite(tok) or found[0].precision in ("month", "day")):  # not "the 2021 report" (covered)
            out.append((tok, "report_published", found[0].date, None, found[0].precision or "year"))
    return out


def _titled_edition(sent: "SpacySpan", mentions: list[DateMention], base: int) -> list[_Produced]:
    """A report cited by a title ending with its edition's year ("In its Annual Report 2013, Amnesty
    International noted …", "In its Nations in Transit 2016 report, …"): report_published of that year
    (the date finder leaves a year glued to a title alone)."""
    m = _TITLED_EDITION.match(sent.text)
    if m is None or any(d.start < base + sent.start_char + m.end(1) and base + sent.start_char + m.start(1) < d.end
                        for d in mentions):
        return []
    tok = sent.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
    return [(tok.root if tok is not None else None, "report_published", m.group(1), None, "year")]


def _dated_events(ctx: _Context, sent: "SpacySpan", mentions: list[DateMention], base: int,
                  year: int | None, previous: DateMention | None
                  ) -> tuple[list[_Produced], list[DateMention], DateMention | None]:
    """Events of the dated mentions; also the mentions that only name an occurrence ("the January events")."""
    out: list[_Produced] = []
    refs: list[DateMention] = []
    used: set[int] = set()
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence_tokens(sent)):
        return out, refs, previous  # a date line ("February 28, 2005"), a heading
    for k, m in enumerate(mentions):
        if m.kind == "none" and m.date:
            # "the release of 594 during the year by the court": a noun occurrence in the year
            root = _date_root(sent, m.start - base, m.end - base)
            anchor = _anchor(root) if root is not None else None
            if anchor is not None and anchor.pos_ == "NOUN" and anchor.dep_ not in ("dobj", "nsubj", "nsubjpass") \
                    and (t := trigger_type(anchor)) and t not in ("law_or_decree", "report_published"):
                out.append((anchor, t, m.date, None, "year"))
            continue
        if m.kind not in ("event", "span", "relative") or not m.date:
            continue
        if m.kind == "relative" and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 5 \
                and mentions[k + 1].kind in ("event", "span") and not mentions[k + 1].attributive:
            continue  # "one month prior on May 5": the explicit date wins (not "after the May 5 vote": date_anchors)
        if m.kind == "relative" and m.precision == "year" and "previous" in m.text.lower():
            continue  # "compared with the previous year": a comparison, not an occurrence
        if _in_address(sent.doc.text, m.start - base, m.end - base):
            continue  # "www.state.gov/j/drl/rls/hrrpt/2009-2017": part of an address, not a date
        if _DECADE.search(m.text) or _DATING_BACK.search(sent.doc.text[max(0, m.start - base - 24):m.start - base]):
            continue  # "during much of the 1990's", "holdings dating back to 1998": no occurrence's date
        if year is not None and int(m.date[:4]) > year + 1:
            continue  # "ahead of national elections in 2022" in a 2020 report: a plan, not an occurrence
        root = _date_root(sent, m.start - base, m.end - base)
        if root is None:
            continue
        anchor = _anchor(root)
        if anchor.dep_ in ("poss", "compound") and anchor.head.pos_ == "NOUN" and \
                anchor.head.lemma_.lower() in OCCURRENCE_NOUNS | REFERENCE_NOUNS and \
                _EPISODE_FRAME.search(sent.doc.text[max(0, m.start - base - 16):m.start - base]):
            anchor = anchor.head  # "During the January teachers' strike, X was removed": the episode's date
        if (cited := _reference_point(m, root, anchor)) is not None:
            if anchor.lemma_.lower() in REFERENCE_NOUNS | {"event"}:
                refs.append(m)  # ("after the January events": still the episode a later "the events" names)
            used.add(cited[0].i)
            out.append((*cited, m.date, m.date_end, m.precision or "year"))
            lead = _lead_up(sent, sent.doc.text, m.start - base, anchor, used)
            if lead is None:  # the clause's own occurrence, of the year ("there were reports of arrests")
                verb = _clause_verb(anchor)
                trig, type_ = _find_trigger(verb) if is_verb(verb) else (None, None)
                if trig is None or trig.i in used:
                    trig, type_ = _nearest_trigger(sent, verb.i, used, clause=verb if is_verb(verb) else None)
                lead = (trig, type_ or "other") if trig is not None else None
            if lead is not None and not (is_verb(lead[0]) and _habitual(lead[0])):
                used.add(lead[0].i)
                out.append((*lead, m.date[:4], None, "year"))  # ("beaten prior to the September elections")
            previous = m
            continue
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in REFERENCE_NOUNS | {"event"} \
                and root.dep_ in ("compound", "nmod", "amod", "npadvmod", "nummod", "poss") and not _titled(anchor):
            refs.append(m)
            continue  # "the January events", "in connection with January events"
        if (anchor.pos_ == "NOUN" and anchor.lemma_.lower() in DATED_PUBLICATIONS or _titled(anchor)) \
                and root.i < anchor.i and root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss") \
                and (_indefinite(anchor) or m.precision in ("month", "day") or _titled(anchor)):
            out.append((anchor, "report_published", m.date, m.date_end, m.precision or "year"))
            previous = m  # "According to a 2005 survey", "A May report by the NGO X documented …"
            continue
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in DATED_PUBLICATIONS and \
                anchor.text[:1].isupper() and root.i == anchor.i + 1 and m.precision == "year":
            out.append((anchor, "report_published", m.date, m.date_end, "year"))
            continue  # "in its Annual Report 2015-2016, noted …": the edition's years glued to the title
        # a date that modifies the noun after it is a label ("the 1998-1999 conflict", "2008
        # statistics") even without a determiner before it
        attributive = m.attributive or _label_date(sent.doc.text, m.start - base, root, anchor)
        if anchor.pos_ in ("NOUN", "PROPN") and root.head.lower_ == "of" and (
                NOUN_TYPES.get(anchor.lemma_.lower()) == "law_or_decree"
                and _clause_verb(anchor).lemma_.lower() in STATE_VERBS | STAT_VERBS
                or _named_by_year(anchor, m.precision)):
            continue  # "Proclamation 118 of 2001 provides …", "amend the Citizenship Act of 1985": a name
            # (docs/EVALUATION.md, "Laws named with their year"); "a decree of May 2008 established …" is not
        if attributive and (lead := _lead_up(sent, sent.doc.text, m.start - base, anchor, used)) is not None:
            used.add(lead[0].i)
            if not (is_verb(lead[0]) and _habitual(lead[0])):  # ("regularly interfered … before the April election")
                out.append((*lead, m.date[:4], None, "year"))
            continue  # "violence occurred in the months leading up to the November 2010 election": of 2010
        if attributive and anchor.lemma_.lower() in REFERENCE_NOUNS:
            refs.append(m)
            continue
        if anchor.lemma_.lower() == "case" and root.dep_ in ("compound", "nmod", "amod"):
            kind_of = next((c for c in anchor.children if c.dep_ == "compound" and c.i > root.i
                            and c.lemma_.lower() in NOUN_TYPES), None)
            if kind_of is not None:  # "the July 2010 beating case of officer X"
                out.append((kind_of, NOUN_TYPES[kind_of.lemma_.lower()], m.date, m.date_end, m.precision or "year"))
                previous = m
                continue
        if attributive and anchor.lemma_.lower() == "case" and (labelled := _case_label(anchor)):
            out.append((*labelled, m.date, m.date_end, m.precision or "year"))
            previous = m  # "dropped the 2007 fraud case against X", "the June 2008 case of chiefs arrested for …"
            continue
        if attributive and (act := labelled_act(_compound_head(anchor))) is not None:
            out.append((*act, m.date, m.date_end, m.precision or "year"))
            previous = m  # "The 2006 press law ended the monopoly", "a 2023 court ruling" (labels.py)
            continue
        if attributive and anchor.lemma_.lower() not in OCCURRENCE_NOUNS and not _month_label(m, root, anchor):
            continue  # "the 2019 law requires" (but "a May inspection", "its June addendum": an occurrence)
        if _planned(anchor):
            continue  # "elections scheduled for October 2011", "to be submitted to the NTC in 2001": plans
        if _count_state(_clause_verb(anchor)):
            continue  # "In November the number of refugees in the country was 253,000"
        trig, type_ = _framed_trigger(sent, sent.doc.text, m.start - base, anchor, used)
        if trig is None:
            trig, type_ = _find_trigger(anchor)
        if trig is None:
            verb = _clause_verb(anchor)
            if (verb.lemma_.lower() in STAT_VERBS or anchor.lemma_.lower() in STAT_VERBS) and not _gathering(verb):
                if not _told_within(verb, root, used):
                    continue  # "the wage gap was 25 percent in 2020", "decreased from 119 in 2018"
            dated = {t.i for t, _ in sentence_triggers(sent) if own_date(t, m.start - base, m.end - base)}
            trig, type_ = _nearest_trigger(sent, root.i, used | dated, clause=verb if is_verb(verb) else None)
        if trig is not None and not is_verb(trig) and _rate(sent, trig) and not vote_shares(sent, type_):
            continue  # "In 2008 the maternal mortality ratio was 680 deaths per 100,000 live births"
        if trig is None and STATISTIC.search(sent.text) and not (
                (v := _clause_verb(anchor)).lemma_.lower() in REPORT_VERBS and v.dep_ not in ("acl", "relcl", "amod")):
            continue  # "In 2017, according to UNICEF, 19 percent of all girls were married by age 15" (but
            # "The ombudsperson stated in November that 80 percent of cases had been dropped": a statement)
        if trig is not None:
            used.add(trig.i)
        previous = m if m.kind != "relative" or m.precision else previous
        out.append((trig if trig is not None else anchor, type_ or "other", m.date, m.date_end,
                    m.precision or "year"))
    out += _publications(sent, mentions, base, year)
    out += _titled_edition(sent, mentions, base)
    return out, refs, previous
