"""Occurrences of the report year: which undated sentences report a specific past occurrence
rather than a practice, a rule or a statistic, and "There were no reports of …" (the dated
mentions are ``dated.py``'s).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import DateMention
from .accusations import accusation, state_act_reported
from .actor_acts import actor_act, practice_object
from .asof import act_to_date, done_by_year_end
from .assessments import assessment
from .habits import habit_in_chain
from .campaigns import campaign_verb
from .conditions import class_outcome
from .conjuncts import year_conjunct
from .dated import STATISTIC, _Produced, _publication
from .efforts import first_aim, not_made
from .happened import granted, happened_statement
from .hearsay import reporting_verb
from .light import light_verb
from .issues import issues_list
from .negsteps import denied_act, negated_beside_dated, negated_step
from .nostates import practice_sentence, restriction_state, standing_function
from .vote_shares import vote_shares_only
from .reactions import reaction
from .reduced import described_rule_subject, reduced_relative
from .refusals import refusal
from .shared import shares_date
from .subjected import subjecting_verb
from .lexicon import (
    CUSTODIANS, DECIDING_VERBS, PERSON_NOUNS, LAW_SUBJECTS, NOT_OCCURRENCES, OUTCOME_PREPS, OUTCOME_VERBS,
    PHENOMENON_VERBS, PRACTICE_NOUNS, PRACTICE_VERBS, REPORT_NOUNS, REPORT_VERBS, RIGHT_NOUNS, STANCE_OBJECTS,
    STATE_VERBS, STATISTIC_OBJECTS, STEP_NOUNS, SUMMARY_ACTORS, SUMMARY_DOING_VERBS, WEAK, YEAR_ACTIVITY_VERBS,
    HABITUAL_PHRASES, STEP_MANNER_ADV,
)
from .polarity import NO_REPORTS, THERE_NO, _happened, _negated
from .tense import GENERIC_START, _habitual, _instrument_use, _past, _state_aux, _under_habit
from .thereare import (
    REPORTS_BARE, REPORTS_OF, _main_clause_first, _negated_trigger, _none_in_the_year,
    _reports_trigger, reported_cases,
)
from .triggers import _is_verb, _lemma, _toks, _trigger_type, _triggers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _is_report_year_occurrence(trig: "Token", sent: "SpacySpan") -> bool:
    """A past, specific, non-habitual occurrence (for undated sentences)."""
    if not _is_verb(trig) or _state_aux(trig) or trig.lemma_.lower() in STATE_VERBS and not (
            _trigger_type(trig) == "asylum_or_citizenship_decision" and any(t.pos_ == "NUM" for t in trig.subtree)):
        return False  # (but "granted refugee status to 300 persons"; not "granted first asylum to refugees")
    if not _past(trig) or _habitual(trig) or _under_habit(trig) or _in_question(trig) or reduced_relative(trig):
        return False
    if described_rule_subject(trig):
        return False  # "Anyone found guilty of bribery faces five years in prison": a rule
    if any(c.dep_ == "neg" for c in trig.children) and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in
                                                           trig.children) and any(
            c.dep_ == "advmod" and c.lower_ in STEP_MANNER_ADV for c in trig.children):
        return False  # "police did not effectively investigate such claims": how a practice was carried out
        # (not "had not fully implemented the plan by year's end": a step not completed, negsteps.py)
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
        if direct and (happened_statement(cur, tok) or granted(cur, tok)):
            return True  # "Assaults on inmates by prison guards occurred", "granted pardons to 300 prisoners"
        if direct and cur.dep_ == "nsubj" and _happened(head) and _in_the_year(head):
            return _past(head) and not _habitual(head)  # "Registration of parties took place during the year"
        if direct and cur.dep_ == "nsubjpass" and _is_verb(head) and _lemma(head) in DECIDING_VERBS:
            # "Six candidates' registrations were rejected" (not "no recourse in cases where registration
            # was denied": a clause under a noun or a condition is no occurrence)
            return _past(head) and not _habitual(head) and head.dep_ not in ("relcl", "advcl", "acl")
        if cur.dep_ in ("dobj", "attr") and _is_verb(head) and _lemma_in(head, REPORT_VERBS | OUTCOME_VERBS):
            return _past(head) and not _habitual(head)
        if cur.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("subject", "resort", "expose"):
            return _past(head.head) and not _habitual(head.head)
        if direct and cur.dep_ == "pobj" and (head.lower_, head.head.lemma_.lower()) in OUTCOME_PREPS:
            # "the clashes resulted in deaths", "led to 25 deaths", "were responsible for killings"
            verb = head.head if _is_verb(head.head) else head.head.head
            return _is_verb(verb) and _past(verb) and not _habitual(verb) and not (
                verb.dep_ == "relcl" and not _past(verb.sent.root)  # "bail for crimes that led to death"
            ) and not class_outcome(verb, cur)  # "Mob violence resulted in deaths": a condition
        if head.lemma_.lower() in ("complaint", "allegation", "petition", "claim", "lawsuit", "appeal"):
            return False  # "received 318 complaints of torture": complaints, not torture
        if cur.dep_ in ("pobj", "conj", "appos") or (cur.dep_ == "prep" and cur.lower_ in ("of", "to")):
            direct = direct and cur.dep_ == "conj"
            cur = head
            continue
        return False
    return False


def _lemma_in(verb: "Token", words: frozenset[str]) -> bool:
    """``verb``'s lemma is one of ``words``, repaired where the tagger's is no word ("staged" → "stag")."""
    low = verb.lower_
    return verb.lemma_.lower() in words or verb.tag_ in ("VBD", "VBN") and (low[:-1] in words or low[:-2] in words)


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
            ok = t != "law_or_decree" and (_reported_noun(tok) or t != "report_published" and _hearsay(tok)
                                           or (lv := light_verb(tok)) is not None and _past(lv) and not _habitual(lv))
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
    if root.pos_ != "VERB" or not _past(root) or _habitual(root) or _state_aux(root):
        return None
    if _lemma(root) in NOT_OCCURRENCES and not (_lemma(root) in YEAR_ACTIVITY_VERBS and _in_the_year(root)
                                                and not _counted_object(root)):
        return None
    if any(c.dep_ == "neg" or c.dep_ == "dobj" and c.lemma_.lower() in STANCE_OBJECTS | RIGHT_NOUNS
           for c in root.children):
        return None  # ("Activists raised concerns regarding …": a view, not an occurrence; "The ministry
        # limited the right to strike": a right restricted in general, settled 2026-12-11)
    stext = sent.text
    if GENERIC_START.search(stext) or STATISTIC.search(stext):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _counted_routine(root):
        return None
    if _run_in(subj):  # the subject after a run-in topic ("Political Participation: The constitution …")
        subj = next((c for c in subj.children if c.dep_ == "appos"), subj)
    if subj.dep_ in ("nsubj", "appos") and subj.lemma_.lower() in LAW_SUBJECTS:
        return None  # what a law did is a rule ("Topic: The Somaliland constitution limited the number of
        # parties to three", "The provisional constitution called for a commission"), however it is headed
    # the subject's own words, not where the people something was done to come from ("Children from
    # Kestria were trafficked to …": a general statement about a group; but "Delegates from the Bar
    # Association visited …", "refugees from Kestria who arrived during the year were settled …")
    origin = {d.i for c in subj.children if c.dep_ == "prep" and c.lower_ == "from" for d in c.subtree} \
        if subj.dep_ == "nsubjpass" and not any(c.dep_ == "relcl" for c in subj.children) else set()
    named = subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subj.pos_ == "PROPN" or any(
        d.ent_type_ in ("ORG", "PERSON") for d in subj.subtree if d.i not in origin)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)  # "the ministry"
    # placed in the year, an actor noun is enough ("Border guards received training during the year";
    # not a count of persons: "86 workers died in accidents during the year" is a statistic)
    actor = _actor(subj) and not any(c.dep_ == "nummod" for c in subj.children)
    if named and not _in_the_year(root) and practice_object(root):
        return None  # "The Ministry of Labor deployed inspectors throughout the country": practice (t-conv13)
    if assessment(root):
        return None  # "The ombudsman assessed that the trial was unfair": a view (assessments.py, t-evfp14)
    return root if named or (definite or actor) and _in_the_year(root) else None


def _campaign(sent: "SpacySpan") -> "Token | None":
    """ "The ministry conducted educational campaigns" (campaigns.py), in the past, not a habit."""
    verb = campaign_verb(sent)
    if verb is None or _habitual(verb) or _state_aux(verb):
        return None
    return verb if _past(verb) or verb.dep_ == "amod" else None  # ("NGOs organized campaigns" misparsed)


def _in_the_year(verb: "Token") -> bool:
    """``verb`` is placed "during the year" (on itself or its object's words): what a definite body did
    then is an occurrence ("The government trained village chiefs during the year")."""
    for t in verb.subtree:
        if t.lower_ == "year" and t.dep_ == "pobj" and t.head.lower_ in ("during", "in") and any(
                k.lower_ == "the" for k in t.children):
            owner = next((a for a in t.ancestors if _is_verb(a)), None)
            if owner is not None and owner.dep_ == "xcomp" and owner.head.i == verb.i:
                owner = verb  # "The ministry began distributing textbooks during the year"
            return owner is not None and owner.i == verb.i
    return False


def _counted_object(verb: "Token") -> bool:
    """The verb's object is counted: "received 296 complaints", "received 4.6 billion crowns"."""
    return any(c.dep_ == "dobj" and any(k.dep_ in ("nummod", "quantmod") or k.like_num for k in c.subtree)
               for c in verb.children)


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
                   dated: list["_Produced"], state_verbs: set[int] = frozenset(),  # type: ignore[assignment]
                   topic_type: str | None = None) -> list["_Produced"]:
    """A specific occurrence of the report year without its own date, or "There were no reports of …".
    ``topic_type`` is the event type of the section's topic, for what a pronoun takes up from it."""
    stext = sent.text
    if stext.rstrip().endswith("?"):
        return []
    if not dated and (listed := issues_list(sent)) is not None:
        return [(*listed, date, None, precision)]  # "Significant human rights issues included …"
    if not dated and topic_type is not None and (employed := _practices_employed(sent)) is not None:
        return [(employed, topic_type, date, None, precision)]
    if not dated:  # (also at a state date: "There were no known political detainees at year's end")
        no = NO_REPORTS.search(stext) or THERE_NO.search(stext)
        if no and not (GENERIC_START.search(stext) and sent.start_char + no.start() == sent.start_char):
            state = restriction_state(sent, sent.start_char + no.start(), _reports_trigger)
            if state is not None:  # "There were no government restrictions on academic freedom": a
                return [(*state, date, None, precision)] if state else []  # state (nostates.py)
            first = _main_clause_first(sent, sent.start_char + no.start())
            if first is not None:  # "The government did not restrict … or censor …, and there were no
                return [(*first, date, None, precision)]  # credible reports that it monitored …"
            trig, type_ = _negated_trigger(sent, sent.start_char + no.start())
            if type_ is not None or NO_REPORTS.search(stext):
                return [(trig, type_ or "other", date, None, precision)]
        if not any(m.date for m in mentions) and (practice_sentence(sent) or standing_function(sent)):
            return []  # (nostates.py) "Authorities did not detain suspects incommunicado", "The ombudsman
            # received complaints"; not "Since March 2017 police had not released data"
        none = _none_in_the_year(sent)
        if none is not None:
            return [(*none, date, None, precision)]
        rep = REPORTS_OF.search(stext)
        bare = None if rep else REPORTS_BARE.search(stext)
        if bare and (act := state_act_reported(sent, sent.start_char + bare.start(), topic_type)) is not None:
            return [(*act, date, None, precision)]
        if rep:
            trig, type_ = _reports_trigger(sent, sent.start_char + rep.start())
            if type_ is None:  # "There were reports that security forces interfered with …" (accusations.py)
                trig, type_ = state_act_reported(sent, sent.start_char + rep.start(), topic_type) or (None, None)
            if type_ is not None:
                return [(trig, type_, date, None, precision)]
        if (cases := reported_cases(sent)) is not None:  # "There were reported cases of abuse in shelters"
            own = [m for m in mentions if m.date and m.kind in ("event", "span") and not m.attributive]
            if len(own) == 1:  # "On October 5, … there were multiple reported cases of violence against press"
                return [(*cases, own[0].date, own[0].date_end, own[0].precision or "year")]
            return [(*cases, date, None, precision)]
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
    # efforts not made: "no known actions to investigate", "made no efforts to", "No action was
    # taken against" (efforts.py); steps not taken: "had not ruled on … by year's end", "as of October
    # no guard had been charged", "did not investigate the shooting" (negsteps.py)
    steps = None if dated else _steps_taken(sent) or (None if STATISTIC.search(stext)
                                                      else not_made(sent, stext) or negated_step(sent, stext))
    if dated and all(d[2] and d[2][:4] < date[:4] for d in dated):  # "In 2013 … promulgated a law, but by
        steps = negated_beside_dated(sent, stext, dated_trigs)  # year's end … had not approved" (negsteps.py)
    if steps is not None:
        return [(*steps, date, None, precision)]
    accused = None if dated else accusation(sent)
    if accused is not None:  # "Opposition leaders accused the government of denying them funds"
        return [(*accused, date, None, precision)]
    if not dated and (reacted := reaction(sent)) is not None:  # "Rights groups condemned the arrest"
        return [(reacted, "other", date, None, precision)]
    main = _main_occurrence(sent, dated_trigs)
    if main is None:
        if not dated and not state_verbs:
            if (denied := denied_act(sent)) is not None:  # "No complaints were filed" (negsteps.py)
                return [(*denied, date, None, precision)]
            other = _other_occurrence(sent) or _campaign(sent) or refusal(sent, _actor) or (
                None if STATISTIC.search(stext) or _counted_routine(sent.root) else actor_act(sent, _actor)) or \
                year_conjunct(sent, _actor, _in_the_year)  # "…, and the ICRC conducted visits during the year"
            if other is not None and not (_lemma(other) in PHENOMENON_VERBS and not any(m.date for m in mentions)) \
                    and not habit_in_chain(other, _in_the_year):  # ("…, but it sometimes housed more": habits.py)
                # ("Sexual harassment occurred throughout the country": a general phenomenon)
                return [(other, "other", date, None, precision)]
        return []
    tok, type_, depth = main
    # ("as of year's end" is one mention; "as of October" gives the mention "October")
    as_of = any(m.kind == "state" and (m.text.lower().startswith("as of") or re.search(
        r"(?i)\bas\s+of\s+(?:(?:early|late|mid)[-\s]+)?" + re.escape(m.text), stext)) for m in mentions)
    doc = sent.doc
    state_verbs = {i for i in state_verbs if not any(  # another clause: "X was acquitted; however, the
        doc[k].text == ";" for k in range(min(i, tok.i), max(i, tok.i)))}  # case was under review at year's end"
    if state_verbs and ({tok.i} | {a.i for a in tok.ancestors}) & state_verbs and (
            as_of or not _negated(tok, [tok, *tok.ancestors])) and not (as_of and act_to_date(tok)) \
            and not done_by_year_end(tok, mentions):
        return []  # "As of October, 300 persons were in detention": a state at a date ("As of October,
        # soldiers had killed 11 civilians": acts of the year, asof.py; "by year's end no such law had
        # been adopted" records that it did not occur)
    if not dated and STATISTIC.search(stext) and not vote_shares_only(sent, type_, mentions, date):
        return []  # "courts acquitted 0.4 percent of defendants", "318 complaints, compared with 274"
    if _lemma(tok) in WEAK and not _specific(sent, mentions) and not _negated(tok, [tok, *tok.ancestors]) \
            and not _summary_statement(tok) and not _hearsay(tok) and not happened_statement(tok):
        return []  # "Officials harass journalists who …": a practice, not an occurrence ("harassment by
        # the police occurred" is one)
    if dated:
        if any(shares_date(tok, d[0], d[2], sent, mentions) for d in dated):
            return []  # "Rabhi appealed and was released on October 22": one record (shared.py)
        # only a main clause above the dated ones: "Authorities released X, whom a court convicted in 2021"
        dated_depths = [sum(1 for _ in d[0].ancestors) for d in dated if d[0] is not None and not _publication(d)]
        if (not dated_depths and not all(_publication(d) for d in dated)) or (
                dated_depths and depth >= min(dated_depths)):
            return []
    elif habit_in_chain(tok, _in_the_year):
        return []  # "Authorities dispersed protests and at times arrested participants": a practice (habits.py)
    return [(tok, type_, date, None, precision)]


def _hearsay(noun: "Token") -> bool:
    """ "Former leaders reported harassment", "reported receiving death threats" (hearsay.py), not a habit."""
    verb = reporting_verb(noun) if not _is_verb(noun) else None
    return verb is not None and not _habitual(verb)


def _practices_employed(sent: "SpacySpan") -> "Token | None":
    """ "The law prohibited such practices, but there were (credible) reports (that) officials employed
    them" (or "no credible reports"): the verb whose pronoun object takes up the practices named before
    it, in a clause of reports (its polarity is the reports'). Its type is the section topic's."""
    practices = [t for t in _toks(sent) if t.lemma_.lower() in PRACTICE_NOUNS and t.tag_ == "NNS" and any(
        c.dep_ in ("det", "amod") and c.lower_ in ("such", "these", "those") for c in t.children)]
    reports = [t for t in _toks(sent) if t.lemma_.lower() in REPORT_NOUNS and t.pos_ == "NOUN"]
    for verb in _toks(sent):
        if _lemma(verb) in PRACTICE_VERBS and _is_verb(verb) and any(p.i < verb.i for p in practices) and any(
                r.i < verb.i for r in reports) and any(c.dep_ == "dobj" and c.lower_ == "them" for c in verb.children):
            return verb
    return None


def _steps_taken(sent: "SpacySpan") -> tuple["Token", str] | None:
    """ "The government took steps to identify and punish officials who committed abuses", "did not
    take steps to investigate": the occurrence is what the steps were taken to do, typed by its first
    verb in ``step_verbs``, with "take" as the trigger (its negation is the event's). The main verb
    "take" in the past, its object a step noun, no habit or modal."""
    root = sent.root
    if _lemma(root) != "take" or not _past(root) or _habitual(root):
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS), None)
    if obj is None:
        return None
    # the infinitive hangs off the noun or, as the parser often has it, off "take"
    aims = [*obj.subtree, *(t for c in root.children if c.dep_ in ("xcomp", "advcl") for t in c.subtree)]
    aim = first_aim(aims, obj.i)
    return (root, aim) if aim else None  # "take" carries "did not"


def _summary_statement(tok: "Token") -> bool:
    """A summary statement of the year (docs/gold/2023_somalia.md): the sentence's main verb,
    in the simple past, with an actor as its subject, states what happened during the year
    ("Authorities restricted access to the internet", "Members of the security forces committed
    numerous abuses", "Journalists were intimidated and imprisoned", "Observers reported the
    government blocked access to opposition websites"). A practice told in the past (a frequency
    word, a modal, "continued to", "in practice") never gets here; a noun is one only as what an
    actor committed ("reported widespread self-censorship" is no statement of an occurrence)."""
    light = None if _is_verb(tok) else subjecting_verb(tok)  # "were subjected to harassment by police"
    if _is_verb(tok):
        verb = tok
    elif tok.dep_ == "dobj" and _is_verb(tok.head) and _lemma_in(tok.head, SUMMARY_DOING_VERBS):
        verb = tok.head
    elif light is not None:
        verb = light
    else:
        return False
    if not _past(verb) or verb.dep_ in ("amod", "acl", "relcl") or any(
            p.dep_ == "prep" and " ".join([p.lower_, *(d.lower_ for o in p.children if o.dep_ == "pobj"
                                                  for d in o.subtree)]) in HABITUAL_PHRASES for p in verb.subtree):
        return False  # ("restricted these rights in practice", the phrase parsed on the object)
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i and _is_verb(cur.head):
        cur = cur.head  # "The government restricted and disrupted access to the internet"
    if cur.dep_ == "xcomp" and _instrument_use(cur.head):
        cur = cur.head  # "Officials used these laws to harass opposition leaders"
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RIGHT_NOUNS for c in verb.children):
        return False  # a right restricted in general ("restricted these rights", "… to restrict media freedom")
    if not (cur.dep_ == "ROOT" or cur.dep_ == "ccomp" and cur.head.dep_ == "ROOT"
            and _lemma_in(cur.head, REPORT_VERBS) and _past(cur.head)):
        return False
    subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and not _run_in(c)), None)
    if subj is None:
        return False
    if subj.dep_ == "nsubjpass":  # what was done to persons, or by an actor
        agent = next((o for c in cur.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        if agent is None:  # (not "Some reporters were subjected to harassment": no actor, subjected.py)
            return light is None and subj.lemma_.lower() in PERSON_NOUNS | CUSTODIANS
        return _actor(agent)
    return _actor(subj)


def _run_in(noun: "Token") -> bool:
    """``noun`` is a run-in topic parsed as a subject ("Violence and Harassment: Authorities harassed
    …"): the heading before the colon, not who acted."""
    return any(c.dep_ == "punct" and c.text == ":" for c in noun.children)


def _actor(noun: "Token") -> bool:
    """``noun`` names who acts: a named body, group or person, or an actor noun ("authorities",
    "members of the security forces", "armed groups"); not a thing ("roadblocks", "lawsuits")."""
    for t in (noun, *(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj")):
        if t.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or t.pos_ == "PROPN" or \
                t.lemma_.lower() in SUMMARY_ACTORS | PERSON_NOUNS:
            return True
    return False
