"""Occurrences: which dated mentions date an event (not states, references or names), and
which undated sentences report a specific past occurrence of the report year rather than a
practice, a rule or a statistic.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import DateMention, find_dates
from .lexicon import (
    COUNT_NOUNS, DATED_PUBLICATIONS, GATHERINGS, HABITUAL_ADV, HABITUAL_PHRASES, HABIT_HEADS, LAW_SUBJECTS,
    LEAD_UP_LINKS, LEAD_UP_PERIODS, MODALS, NEGATED_NOUNS, NOT_OCCURRENCES, NOUN_TYPES, OCCURRENCE_NOUNS,
    OUTCOME_PREPS, OUTCOME_VERBS, PHENOMENON_VERBS, PLAN_MODALS, PLAN_WORDS, RATE_WORDS, REFERENCE_NOUNS,
    REPORT_NOUNS, REPORT_VERBS, STANCE_OBJECTS, STATE_VERBS, STATISTIC_OBJECTS, STAT_VERBS, WEAK,
)
from .participants import _Context
from .polarity import NO_REPORTS, THERE_NO, _happened, _negated
from .triggers import (
    _EPISODE_FRAME, _anchor, _clause_verb, _date_root, _find_trigger, _framed_trigger, _is_verb, _lemma,
    _nearest_trigger, _path, _toks, _trigger_type, _triggers,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


GENERIC_START = re.compile(r"(?i)^(?:the|a|an)?\s*(?:law|laws|constitution|code|criminal code|legislation|"
                           r"regulations?|decree|penal code|labor code|statute)\b|^(?:by|under) law\b|"
                           r"^(?:there (?:is|are)|it is)\b")


STATISTIC = re.compile(r"(?i)\bpercent\b|%|\bturnout\b")


REPORTS_OF = re.compile(r"(?i)\bthere\s+(?:were|was|continued\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,3}?"
                        r"(?:reports?|allegations?|claims?|accounts?)\s+(?:of|that)\b")


_Produced = tuple["Token | None", str, str, "str | None", str]


def _past(tok: "Token", depth: int = 0) -> bool:
    """``tok`` is a verb in a past tense: "detained", "was detained", "had been detained"."""
    kids = list(tok.children)
    if any(c.dep_ == "aux" and (c.lemma_.lower() in MODALS or c.lower_ in ("has", "have", "do", "does"))
           for c in kids):
        return False
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in kids):
        return True  # "the government did not investigate"
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.i == tok.i - 1 \
            and tok.head.i == tok.sent.start:
        return True  # "Authorities released …" parsed as a noun phrase
    if tok.tag_ == "VBN":
        if any(c.dep_ in ("auxpass", "aux") and (c.tag_ == "VBD" or c.lower_ == "had") for c in kids):
            return True
        if tok.dep_ == "conj" and depth < 3 and tok.head.pos_ in ("VERB", "AUX"):
            return _past(tok.head, depth + 1)
    return False


def _habitual(tok: "Token") -> bool:
    """ "Police often beat detainees", "continued to detain", "may be detained"."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV:
                return True
            if c.dep_ == "prep" and " ".join(d.lower_ for d in c.subtree) in HABITUAL_PHRASES:
                return True  # "at times members of the security forces used excessive force"
            if c.dep_ == "aux" and c.lemma_.lower() in MODALS:
                return True
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in HABIT_HEADS:
            return True
        if cur.head.i == cur.i or not (cur.dep_ in ("conj", "xcomp") or cur.dep_ == "advcl" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for c in cur.children)):
            break  # (an advcl without subject or conjunction is a coordinated verb parsed as a clause:
        cur = cur.head  # "Women sometimes were killed, beaten, expelled …, or died")
    return False


def _under_habit(tok: "Token") -> bool:
    """A clause under a verb of habit or a modal: "husbands frequently abandoned wives who had been
    assaulted", "courts may sentence women found guilty of adultery"."""
    return any(_is_verb(a) and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV or
                                   c.dep_ == "aux" and c.lemma_.lower() in MODALS for c in a.children)
               for a in tok.ancestors)


def _is_report_year_occurrence(trig: "Token", sent: "SpacySpan") -> bool:
    """A past, specific, non-habitual occurrence (for undated sentences)."""
    if not _is_verb(trig) or trig.lemma_.lower() in STATE_VERBS:
        return False
    if not _past(trig) or _habitual(trig) or _under_habit(trig) or _in_question(trig):
        return False
    subj = next((c for c in trig.children if c.dep_.startswith("nsubj")), None)
    if subj is not None and subj.lemma_.lower() in LAW_SUBJECTS and _trigger_type(trig) != "law_or_decree":
        return False  # "The law prohibited …" (but "no such law had been adopted")
    if trig.dep_ in ("amod", "acl") and not any(c.dep_ in ("auxpass", "aux") for c in trig.children) and not (
            trig.head.dep_ == "ROOT" and trig.head.i == trig.i - 1 and trig.head.i == trig.sent.start
            and trig.head.tag_ == "NNS"):
        return False  # "persons detained for …": a description, not a statement
        # (but "Authorities released …" mis-parsed as a noun with a participle is a statement)
    return True


def _in_question(tok: "Token") -> bool:
    """A clause under "whether" or "if": "It was not known whether the government fined any
    businesses", "threatened to fire workers if they joined the strike"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for a in (tok, *tok.ancestors) for c in a.children)


def _reported_noun(tok: "Token") -> bool:
    """A trigger noun reported as an occurrence: "The U.N. reported 13 deaths", "were subjected to abuse"."""
    cur = tok
    direct = True  # the trigger itself or a conjunct of it ("resulted in deaths and injuries")
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if direct and cur.dep_ in ("nsubj", "nsubjpass") and _is_verb(head) and any(
                c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return _past(head) and not _habitual(head)  # "No investigation had been conducted by year's end"
        if direct and cur.dep_ == "nsubj" and _happened(head) and any(c.dep_ == "neg" for c in head.children):
            return _past(head) and not _habitual(head)  # "Legislative elections did not take place during the year"
        if direct and cur.dep_ == "nsubj" and _happened(head) and _in_the_year(head):
            return _past(head) and not _habitual(head)  # "Registration of parties took place during the year"
        if cur.dep_ in ("dobj", "attr") and _is_verb(head) and (
                head.lemma_.lower() in REPORT_VERBS | OUTCOME_VERBS):
            return _past(head) and not _habitual(head)
        if cur.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("subject", "resort", "expose"):
            return _past(head.head) and not _habitual(head.head)
        if direct and cur.dep_ == "pobj" and (head.lower_, head.head.lemma_.lower()) in OUTCOME_PREPS:
            # "the clashes resulted in deaths", "led to 25 deaths", "were responsible for killings"
            verb = head.head if _is_verb(head.head) else head.head.head
            return _is_verb(verb) and _past(verb) and not _habitual(verb) and not (
                verb.dep_ == "relcl" and not _past(verb.sent.root))  # "bail for crimes that led to death"
        if head.lemma_.lower() in ("complaint", "allegation", "petition", "claim", "lawsuit", "appeal"):
            return False  # "received 318 complaints of torture": complaints, not torture
        if cur.dep_ in ("pobj", "conj", "appos") or (cur.dep_ == "prep" and cur.lower_ in ("of", "to")):
            direct = direct and cur.dep_ == "conj"
            cur = head
            continue
        return False
    return False


def _main_occurrence(sent: "SpacySpan", exclude: set[int]) -> tuple["Token", str, int] | None:
    """The highest trigger of ``sent`` that states a specific past occurrence: (token, type, depth)."""
    stext = sent.text
    generic = GENERIC_START.search(stext)
    cut = None
    if generic:
        m = re.search(r";|\bhowever\b|,\s+but\b", stext)
        if m is None:
            return None
        cut = sent.start_char + m.start()  # "The law prohibits torture; however, there were reports …"
    best: tuple[int, "Token", str] | None = None
    for tok, t in _triggers(sent):
        if tok.i in exclude or (cut is not None and tok.idx < cut):
            continue
        if _is_verb(tok):
            ok = _is_report_year_occurrence(tok, sent)
        else:
            ok = t != "law_or_decree" and _reported_noun(tok)
        if ok:
            depth = sum(1 for _ in tok.ancestors)
            if best is None or depth < best[0]:
                best = (depth, tok, t)
    return (best[1], best[2], best[0]) if best else None


def _other_occurrence(sent: "SpacySpan") -> "Token | None":
    """The main verb of a sentence stating what a named body or person did in the report year: "The ICRC
    visited all 15 prisons", "The PSD drafted an anticorruption strategy": an occurrence of type ``other``.
    Only past tense, a named subject, no habit or state."""
    root = sent.root
    if root.pos_ != "VERB" or _lemma(root) in NOT_OCCURRENCES or not _past(root) or _habitual(root):
        return None
    if any(c.dep_ == "neg" or c.dep_ == "dobj" and c.lemma_.lower() in STANCE_OBJECTS for c in root.children):
        return None  # ("Activists raised concerns regarding …": a view, not an occurrence)
    stext = sent.text
    if GENERIC_START.search(stext) or STATISTIC.search(stext):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _counted_routine(root):
        return None
    # the subject's own words, not where the people something was done to come from ("Children from
    # Kestria were trafficked to …": a general statement about a group; but "Delegates from the Bar
    # Association visited …", "refugees from Kestria who arrived during the year were settled …")
    origin = {d.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "from" for d in c.subtree} \
        if subj.dep_ == "nsubjpass" and not any(c.dep_ == "relcl" for c in subj.children) else set()
    named = subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subj.pos_ == "PROPN" or any(
        d.ent_type_ in ("ORG", "PERSON") for d in subj.subtree if d.i not in origin)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)  # "the ministry"
    return root if named or definite and _in_the_year(root) else None


def _in_the_year(verb: "Token") -> bool:
    """``verb`` is placed "during the year" (on itself or its object's words): what a definite body did
    then is an occurrence ("The government trained village chiefs during the year")."""
    for t in verb.subtree:
        if t.lower_ == "year" and t.dep_ == "pobj" and t.head.lower_ in ("during", "in") and any(
                k.lower_ == "the" for k in t.children):
            owner = next((a for a in t.ancestors if _is_verb(a)), None)
            return owner is not None and owner.i == verb.i
    return False


def _gathering(verb: "Token") -> bool:
    """ "held a human rights forum", "organized a workshop": a dated meeting is an occurrence (of type
    other), not a state ("held 30 percent of the seats")."""
    return verb.lemma_.lower() in ("hold", "organize", "organise", "convene", "host") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in GATHERINGS for c in verb.children)


def _counted_routine(verb: "Token") -> bool:
    """ "The inspectorate conducted 3,100 inspections and imposed fines totaling …": a count of routine
    acts (a statistic of the year), not an occurrence."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in STATISTIC_OBJECTS and any(
        k.dep_ == "nummod" and k.like_num for k in c.children) for c in verb.children)


def _specific(sent: "SpacySpan", mentions: list[DateMention]) -> bool:
    """The sentence names someone, something counted or a time: it reports an occurrence, not a practice."""
    if any(m.date for m in mentions):
        return True
    return any(t.like_num and t.ent_type_ not in ("DATE", "ORDINAL") or
               t.ent_type_ in ("PERSON", "ORG", "GPE", "FAC") and t.ent_iob_ == "B" for t in _toks(sent))


def _undated_event(sent: "SpacySpan", mentions: list[DateMention], date: str, precision: str,
                   dated: list["_Produced"], state_verbs: set[int] = frozenset()) -> list["_Produced"]:  # type: ignore[assignment]
    """A specific occurrence of the report year without its own date, or "There were no reports of …"."""
    stext = sent.text
    if stext.rstrip().endswith("?"):
        return []
    if not dated:  # (also at a state date: "There were no known political detainees at year's end")
        no = NO_REPORTS.search(stext) or THERE_NO.search(stext)
        if no and not (GENERIC_START.search(stext) and sent.start_char + no.start() == sent.start_char):
            trig, type_ = _negated_trigger(sent, sent.start_char + no.start())
            if type_ is not None or NO_REPORTS.search(stext):
                return [(trig, type_ or "other", date, None, precision)]
        rep = REPORTS_OF.search(stext)
        if rep:
            trig, type_ = _reports_trigger(sent, sent.start_char + rep.start())
            if type_ is not None:
                return [(trig, type_, date, None, precision)]
    dated_trigs: set[int] = set()
    for d in dated:  # a dated trigger and the verb of its clause ("opened" of "opened an investigation")
        cur = d[0]
        for _ in range(4):
            if cur is None:
                break
            dated_trigs.add(cur.i)
            if _is_verb(cur) or cur.head.i == cur.i:
                break
            cur = cur.head
    main = _main_occurrence(sent, dated_trigs)
    if main is None:
        if not dated and not state_verbs:
            other = _other_occurrence(sent)
            if other is not None and not (_lemma(other) in PHENOMENON_VERBS and not any(m.date for m in mentions)):
                # ("Sexual harassment occurred throughout the country": a general phenomenon)
                return [(other, "other", date, None, precision)]
        return []
    tok, type_, depth = main
    as_of = any(m.kind == "state" and m.text.lower().startswith("as of") for m in mentions)
    doc = sent.doc
    state_verbs = {i for i in state_verbs if not any(  # another clause: "X was acquitted; however, the
        doc[k].text == ";" for k in range(min(i, tok.i), max(i, tok.i)))}  # case was under review at year's end"
    if state_verbs and ({tok.i} | {a.i for a in tok.ancestors}) & state_verbs and (
            as_of or not _negated(tok, [tok, *tok.ancestors])):
        return []  # "As of October, authorities had detained 300 persons": a state at a date
        # (but "by year's end no such law had been adopted" records that it did not occur)
    if not dated and STATISTIC.search(stext):
        return []  # "courts acquitted 0.4 percent of defendants", "318 complaints, compared with 274"
    if _lemma(tok) in WEAK and not _specific(sent, mentions) and not _negated(tok, [tok, *tok.ancestors]):
        return []  # "The government restricted freedom of assembly": a summary, not an occurrence
    if dated:
        # only a main clause above the dated ones: "Authorities released X, whom a court convicted in 2021"
        dated_depths = [sum(1 for _ in d[0].ancestors) for d in dated if d[0] is not None and not _publication(d)]
        if (not dated_depths and not all(_publication(d) for d in dated)) or (
                dated_depths and depth >= min(dated_depths)):
            return []
    return [(tok, type_, date, None, precision)]


def _reports_trigger(sent: "SpacySpan", after: int) -> tuple["Token | None", str | None]:
    """The trigger of "There were (numerous) reports that/of X"."""
    noun = next((t for t in _toks(sent) if t.idx >= after and t.lemma_.lower() in
                 ("report", "allegation", "claim", "account")), None)
    if noun is None:
        return None, None
    best: tuple[int, "Token", str] | None = None
    for tok in noun.subtree:
        if tok.i == noun.i:
            continue
        t = _trigger_type(tok)
        if t and _is_verb(tok) and (tok.dep_ == "amod" or _habitual(tok) or (
                tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in tok.children))):
            continue  # "reports that the number of persons detained may be several hundred"
        if t:
            depth = sum(1 for _ in tok.ancestors)
            if best is None or depth < best[0]:
                best = (depth, tok, t)
    return (best[1], best[2]) if best else (None, None)


def _negated_trigger(sent: "SpacySpan", after: int) -> tuple["Token | None", str | None]:
    """The trigger of "There were no reports of X" / "no X were reported": X or its complement."""
    no = next((t for t in _toks(sent) if t.idx >= after and t.lower_ == "no"), None)
    if no is None:
        return None, None
    noun = no.head
    for tok in [noun, *noun.subtree] if noun.lemma_.lower() in REPORT_NOUNS else [noun]:
        t = _trigger_type(tok)
        if t and t not in ("law_or_decree", "report_published") and tok.i != no.i:
            return tok, t
    if noun.lemma_.lower() in REPORT_NOUNS or noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None:
            t = _trigger_type(verb)
            if t:
                return verb, t
    for tok in [noun, *noun.subtree] if noun.lemma_.lower() in REPORT_NOUNS else [noun]:
        if tok.lemma_.lower() in NEGATED_NOUNS:  # "There were no known restrictions on academic freedom"
            return tok, NEGATED_NOUNS[tok.lemma_.lower()]
    return None, None


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
    return _clause_verb(trig).lemma_.lower() in STAT_VERBS and any(t.lower_ in RATE_WORDS for t in _toks(sent))


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


_LEAD_UP = re.compile(r"(?i)\b(?:%s)\s+(?:%s)\s+the\s+$" % (
    "|".join(map(re.escape, sorted(LEAD_UP_PERIODS))),
    "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEAD_UP_LINKS))))


def _lead_up(sent: "SpacySpan", text: str, start: int, anchor: "Token", used: set[int]
             ) -> tuple["Token", str] | None:
    """What happened "in the months leading up to the November 2010 election": the trigger and type of
    the clause's occurrence (the caller dates it by the labelled occurrence's year), not the election.
    None when the date at ``start`` does not label an occurrence after such a period."""
    lead = _LEAD_UP.search(text[max(0, start - 40):start])
    if lead is None:
        return None
    period = max(0, start - 40) + lead.start()  # the clause's verb comes before the period
    verb = next((a for a in anchor.ancestors if _is_verb(a) and a.idx < period), sent.root)
    trig, type_ = _find_trigger(verb) if _is_verb(verb) else (None, None)
    if trig is None or trig.i == anchor.i:
        trig, type_ = _nearest_trigger(sent, verb.i, used | {anchor.i}, clause=verb if _is_verb(verb) else None)
    return (trig if trig is not None else verb), type_ or "other"


_DECADE = re.compile(r"\d{3}0['’]?s\b")
_DATING_BACK = re.compile(r"(?i)\b(?:dating|dates|dated|going|goes)\s+back\s+to\s+$")


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
                if d.dep_ == "acl" and d.head.i == obj.i and (t := _trigger_type(d)):
                    return d, t  # "of village chiefs arrested for …", "of the officer indicted for …"
            if prep.lower_ == "against" or obj.ent_type_ == "PERSON" or any(
                    d.ent_type_ == "PERSON" for d in obj.subtree):
                return case, "charge"
    return None


def _planned(anchor: "Token") -> bool:
    """A date on a plan, not an occurrence: "scheduled for October", "is to be submitted in 2001",
    "were scheduled to vote on April 8", "announced that it would hold elections from June to
    October", "must hold the elections by the end of 2016"."""
    if anchor.lemma_.lower() in PLAN_WORDS:
        return True
    verb = _clause_verb(anchor)
    if verb.lemma_.lower() in PLAN_WORDS and _trigger_type(anchor) is None:
        return True  # "… on April 8, nomads on April 9": the gapped dates of the plan
    for tok in {anchor.i: anchor, verb.i: verb}.values():
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLAN_WORDS:
            return True
        if _is_verb(tok) and any(c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in tok.children):
            return True
    return anchor.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children) \
        and anchor.head.lemma_.lower() == "be" and anchor.head.tag_ in ("VBZ", "VBP")


def _count_state(verb: "Token") -> bool:
    """A verb of state whose subject is a count: "the number of refugees was 253,000"."""
    return verb.lemma_.lower() in STAT_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in COUNT_NOUNS for c in verb.children)


def _indefinite(noun: "Token") -> bool:
    """``noun`` has "a"/"an": "a 2005 survey" names its publication date, "the 2021 report" its period."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _publication(produced: "_Produced") -> bool:
    """A publication named by its date ("A May report by X documented cases of rape"): its source, not
    its content; the content is still an occurrence of the year."""
    tok = produced[0]
    return produced[1] == "report_published" and tok is not None and tok.lemma_.lower() in DATED_PUBLICATIONS \
        and not _is_verb(tok) and any(t.i < tok.i and t.ent_type_ == "DATE" for t in tok.subtree)


def _publications(sent: "SpacySpan", mentions: list[DateMention], base: int, year: int | None) -> list[_Produced]:
    """Publications named by a date the date finder leaves alone ("According to a 2005 survey", "A 2008
    ITUC report stated …", "A May report by the NGO X documented …"): report_published of that date."""
    out: list[_Produced] = []
    for tok in _toks(sent):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in DATED_PUBLICATIONS:
            continue
        words = [t for t in tok.subtree if t.i < tok.i and t.ent_type_ == "DATE" and not any(
            a.pos_ == "ADP" or a.i > tok.i for a in _path(t, tok))]
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


def _dated_events(ctx: _Context, sent: "SpacySpan", mentions: list[DateMention], base: int,
                  year: int | None, previous: DateMention | None
                  ) -> tuple[list[_Produced], list[DateMention], DateMention | None]:
    """Events of the dated mentions; also the mentions that only name an occurrence ("the January events")."""
    out: list[_Produced] = []
    refs: list[DateMention] = []
    used: set[int] = set()
    if not any(t.pos_ in ("VERB", "AUX") for t in _toks(sent)):
        return out, refs, previous  # a date line ("February 28, 2005"), a heading
    for k, m in enumerate(mentions):
        if m.kind == "none" and m.date:
            # "the release of 594 during the year by the court": a noun occurrence in the year
            root = _date_root(sent, m.start - base, m.end - base)
            anchor = _anchor(root) if root is not None else None
            if anchor is not None and anchor.pos_ == "NOUN" and anchor.dep_ not in ("dobj", "nsubj", "nsubjpass") \
                    and (t := _trigger_type(anchor)) and t not in ("law_or_decree", "report_published"):
                out.append((anchor, t, m.date, None, "year"))
            continue
        if m.kind not in ("event", "span", "relative") or not m.date:
            continue
        if m.kind == "relative" and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 5 \
                and mentions[k + 1].kind in ("event", "span"):
            continue  # "one month prior on May 5": the explicit date wins
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
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in REFERENCE_NOUNS | {"event"} \
                and root.dep_ in ("compound", "nmod", "amod", "npadvmod", "nummod", "poss"):
            refs.append(m)
            continue  # "the January events", "in connection with January events"
        if anchor.pos_ == "NOUN" and anchor.lemma_.lower() in DATED_PUBLICATIONS and root.i < anchor.i \
                and root.dep_ in ("compound", "nmod", "amod", "nummod", "npadvmod", "poss") \
                and (_indefinite(anchor) or m.precision in ("month", "day")):
            out.append((anchor, "report_published", m.date, m.date_end, m.precision or "year"))
            previous = m  # "According to a 2005 survey", "A May report by the NGO X documented …"
            continue
        # a date that modifies the noun after it is a label ("the 1998-1999 conflict", "2008
        # statistics") even without a determiner before it
        attributive = m.attributive or _label_date(sent.doc.text, m.start - base, root, anchor)
        if anchor.pos_ in ("NOUN", "PROPN") and NOUN_TYPES.get(anchor.lemma_.lower()) == "law_or_decree" \
                and root.head.lower_ == "of" and _clause_verb(anchor).lemma_.lower() in STATE_VERBS | STAT_VERBS:
            continue  # "Proclamation 118 of 2001 provides …": a name; ("a decree of May 2008 established …" is not)
        if attributive and (lead := _lead_up(sent, sent.doc.text, m.start - base, anchor, used)) is not None:
            used.add(lead[0].i)
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
        if attributive and anchor.lemma_.lower() not in OCCURRENCE_NOUNS:
            continue  # "the 2019 law requires"
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
                continue  # "the wage gap was 25 percent in 2020", "decreased from 119 in 2018"
            trig, type_ = _nearest_trigger(sent, root.i, used, clause=verb if _is_verb(verb) else None)
        if trig is not None and not _is_verb(trig) and _rate(sent, trig):
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
    return out, refs, previous
