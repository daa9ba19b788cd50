"""Occurrences of the report year: which undated sentences report a specific past occurrence
rather than a practice, a rule or a statistic (the dated mentions are ``dated.py``'s). The order of
the readings of an undated sentence is here (``undated_event``); what it says of reports ("There were
no reports of …") is ``reports_told.py``'s, summary statements and the actor test ``summaries.py``'s.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import span_text
from ...dates import DateMention
from .abusive_treatment import subjected_treatment
from .accusations import accusation
from .actor_acts import actor_act, practice_object
from ..dating.asof import act_to_date, done_by_year_end
from ..dating.attach import Produced
from ..nonevents.assessments import assessment
from ..nonevents.habits import habit_in_chain
from ..nonevents.continued import continued_clause
from .campaigns import campaign_verb
from ..nonevents.class_rules import class_rule
from ..nonevents.conditional_practice import conditional_practice
from ..nonevents.generic_when import generic_when
from ..nonevents.conditions import class_outcome, deficiency_cause
from .conjuncts import year_conjunct
from ..dating.dated_publications import publication
from ..dating.dated_statistics import STATISTIC
from ..dating.fronted import dated_by_front
from .efforts import not_made
from .electoral_reactions import electoral_reaction
from .happened import granted, happened_statement
from .introduced import introduced_subject
from .light import light_verb
from .issues import issues_list
from .negsteps import denied_act, negated_beside_dated, negated_step
from .negated_in_year import negated_in_the_year
from ..nonevents.procedures import arrest_procedure
from ..nonevents.class_trials import class_trial
from ..nonevents.relative_functions import relative_function
from ..nonevents.restricted_rights import right_restricted
from ..dating.vote_shares import vote_shares_only
from .particular_calls import particular_call
from .reactions import reaction
from ..nonevents.reduced import described_rule_subject, reduced_relative
from .refusals import refusal
from .reports_in_year import reports_in_the_year
from .reports_told import reports_told
from ..dating.shared import shares_date
from .steps_beside_state import steps_beside_state
from ..nonevents.negated_reporting import negated_reporting
from ..nonevents.oversight import oversight
from ..dating.counted_receipts import counted_receipt
from ..nonevents.unreported import unreported
from ..nonevents.undergone import class_undergoing
from .summaries import (
    is_actor, lemma_in, practices_employed, reported_hearsay, run_in_topic, steps_taken, summary_statement,
)
from ..lexicon import (
    DECIDING_VERBS, LAW_SUBJECTS, NOT_OCCURRENCES, OUTCOME_PREPS, OUTCOME_VERBS, PHENOMENON_VERBS, REPORT_VERBS,
    RIGHT_NOUNS, STANCE_OBJECTS, STATE_VERBS, STATISTIC_OBJECTS, STEP_MANNER_ADV, WEAK, YEAR_ACTIVITY_VERBS,
)
from ..clause.polarity import happened_verb, negated
from ..clause.tense import GENERIC_START, habitual, in_question, past, read_as_adjective, state_aux, under_habit
from ..types.triggers import is_verb, sentence_tokens, sentence_triggers, trigger_lemma, trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _is_report_year_occurrence(trig: "Token", sent: "SpacySpan") -> bool:
    """A past, specific, non-habitual occurrence (for undated sentences)."""
    if not is_verb(trig) or state_aux(trig) or trig.lemma_.lower() in STATE_VERBS and not (
            trigger_type(trig) == "asylum_or_citizenship_decision" and any(t.pos_ == "NUM" for t in trig.subtree)):
        return False  # (but "granted refugee status to 300 persons"; not "granted first asylum to refugees")
    if not past(trig) or habitual(trig) or under_habit(trig) or in_question(trig) or reduced_relative(trig):
        return False
    if arrest_procedure(trig):
        return False  # "Police arrested suspects openly, with warrants": how arrests were made (procedures.py)
    if class_trial(trig):  # round t-events41
        return False  # "Military courts tried some civilians": which court tries whom (class_trials.py)
    if right_restricted(trig):  # round t-events40
        return False  # "Freedom of movement was restricted in some areas": a condition (restricted_rights.py)
    if relative_function(trig):  # round t-events40
        return False  # "emergency zones that restricted movement": what the noun does (relative_functions.py)
    if described_rule_subject(trig):
        return False  # "Anyone found guilty of bribery faces five years in prison": a rule
    if any(c.dep_ == "neg" for c in trig.children) and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in
                                                           trig.children) and any(
            c.dep_ == "advmod" and c.lower_ in STEP_MANNER_ADV for c in trig.children):
        return False  # "police did not effectively investigate such claims": how a practice was carried out
        # (not "had not fully implemented the plan by year's end": a step not completed, negsteps.py)
    subj = next((c for c in trig.children if c.dep_.startswith("nsubj")), None)
    if subj is not None and subj.lemma_.lower() in LAW_SUBJECTS and trigger_type(trig) != "law_or_decree":
        return False  # "The law prohibited …" (but "no such law had been adopted")
    if trig.dep_ in ("amod", "acl") and not any(c.dep_ in ("auxpass", "aux") for c in trig.children) and not (
            trig.head.dep_ == "ROOT" and trig.head.i == trig.i - 1 and trig.head.i == trig.sent.start
            and trig.head.tag_ == "NNS") and not read_as_adjective(trig):
        return False  # "persons detained for …": a description, not a statement
        # (but "Authorities released …" mis-parsed as a noun with a participle is a statement)
    return True


def _reported_noun(tok: "Token") -> bool:
    """A trigger noun reported as an occurrence: "The U.N. reported 13 deaths", "were subjected to abuse"."""
    cur = tok
    direct = True  # the trigger itself or a conjunct of it ("resulted in deaths and injuries")
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if direct and cur.dep_ in ("nsubj", "nsubjpass") and is_verb(head) and any(
                c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return past(head) and not habitual(head)  # "No investigation had been conducted by year's end"
        if direct and cur.dep_ == "nsubj" and happened_verb(head) and any(c.dep_ == "neg" for c in head.children):
            return past(head) and not habitual(head)  # "Legislative elections did not take place during the year"
        if direct and (happened_statement(cur, tok) or granted(cur, tok) or introduced_subject(cur)):
            return True  # "Assaults on inmates by prison guards occurred", "granted pardons to 300 prisoners",
            # "An investigation was completed" (introduced.py)
        if direct and cur.dep_ == "nsubj" and happened_verb(head) and _in_the_year(head):
            return past(head) and not habitual(head)  # "Registration of parties took place during the year"
        if direct and cur.dep_ == "nsubjpass" and is_verb(head) and trigger_lemma(head) in DECIDING_VERBS:
            # "Six candidates' registrations were rejected" (not "no recourse in cases where registration
            # was denied": a clause under a noun or a condition is no occurrence)
            return past(head) and not habitual(head) and head.dep_ not in ("relcl", "advcl", "acl")
        if cur.dep_ in ("dobj", "attr") and is_verb(head) and lemma_in(head, REPORT_VERBS | OUTCOME_VERBS):
            return past(head) and not habitual(head) and not class_undergoing(head)  # ("Nine in 10 domestic
            # workers suffered sexual abuse": what a class underwent, t-events56)
        if cur.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("subject", "resort", "expose"):
            return past(head.head) and not habitual(head.head) and not class_undergoing(head.head)
        if direct and cur.dep_ == "pobj" and (head.lower_, head.head.lemma_.lower()) in OUTCOME_PREPS:
            # "the clashes resulted in deaths", "led to 25 deaths", "were responsible for killings"
            verb = head.head if is_verb(head.head) else head.head.head
            return is_verb(verb) and past(verb) and not habitual(verb) and not (
                verb.dep_ == "relcl" and not past(verb.sent.root)  # "bail for crimes that led to death"
            ) and not class_outcome(verb, cur)  # "Mob violence resulted in deaths": a condition
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
    stext = span_text(sent)
    generic = GENERIC_START.search(stext)
    cut = None
    if generic:
        m = re.search(r";|\bhowever\b|,\s+but\b", stext)
        if m is None:
            return None
        cut = sent.start_char + m.start()  # "The law prohibits torture; however, there were reports …"
    best: tuple[int, "Token", str] | None = None
    for tok, t in sentence_triggers(sent):
        if tok.i in exclude or (cut is not None and tok.idx < cut):
            continue
        if class_rule(tok) or conditional_practice(tok) or not is_verb(tok) and unreported(tok):
            continue  # a class's rule, a practice under a condition, what victims did not report (t-events26)
        if generic_when(tok):
            continue  # "When unions met without a permit, police dispersed them": a practice (t-events43)
        if negated_reporting(tok):
            continue  # a body's negated reporting on a class (t-events39; settled 2026-12-16)
        if oversight(tok):
            continue  # "The ombudsman monitored detention centers": a standing function (t-events41, oversight.py)
        if counted_receipt(tok):
            continue  # "The ministry received 37 cases of workplace harassment": a statistic (t-events49)
        if is_verb(tok):
            ok = _is_report_year_occurrence(tok, sent)
        else:
            ok = t != "law_or_decree" and (_reported_noun(tok) or t != "report_published" and reported_hearsay(tok)
                                           or (lv := light_verb(tok)) is not None and past(lv) and not habitual(lv))
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
    if root.pos_ != "VERB" or not past(root) or habitual(root) or state_aux(root):
        return None
    if trigger_lemma(root) in NOT_OCCURRENCES and not (trigger_lemma(root) in YEAR_ACTIVITY_VERBS and _in_the_year(root)
                                                and not _counted_object(root)):
        return None
    if any(c.dep_ == "neg" or c.dep_ == "dobj" and c.lemma_.lower() in STANCE_OBJECTS | RIGHT_NOUNS
           for c in root.children):
        return None  # ("Activists raised concerns regarding …": a view, not an occurrence; "The ministry
        # limited the right to strike": a right restricted in general, settled 2026-12-11)
    stext = span_text(sent)
    if GENERIC_START.search(stext) or STATISTIC.search(stext):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or _counted_routine(root):
        return None
    if run_in_topic(subj):  # the subject after a run-in topic ("Political Participation: The constitution …")
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
    actor = is_actor(subj) and not any(c.dep_ == "nummod" for c in subj.children)
    if named and not _in_the_year(root) and practice_object(root):
        return None  # "The Ministry of Labor deployed inspectors throughout the country": practice (t-conv13)
    if assessment(root):
        return None  # "The ombudsman assessed that the trial was unfair": a view (assessments.py, t-evfp14)
    return root if named or (definite or actor) and _in_the_year(root) else None


def _campaign(sent: "SpacySpan") -> "Token | None":
    """ "The ministry conducted educational campaigns" (campaigns.py), in the past, not a habit."""
    verb = campaign_verb(sent)
    if verb is None or habitual(verb) or state_aux(verb):
        return None
    return verb if past(verb) or verb.dep_ == "amod" else None  # ("NGOs organized campaigns" misparsed)


def _in_the_year(verb: "Token") -> bool:
    """``verb`` is placed "during the year" (on itself or its object's words): what a definite body did
    then is an occurrence ("The government trained village chiefs during the year")."""
    for t in verb.subtree:
        if t.lower_ == "year" and t.dep_ == "pobj" and t.head.lower_ in ("during", "in") and any(
                k.lower_ == "the" for k in t.children):
            owner = next((a for a in t.ancestors if is_verb(a)), None)
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
               t.ent_type_ in ("PERSON", "ORG", "GPE", "FAC") and t.ent_iob_ == "B" for t in sentence_tokens(sent))


def undated_event(sent: "SpacySpan", mentions: list[DateMention], date: str, precision: str,
                  dated: list["Produced"], state_verbs: set[int] = frozenset(),  # type: ignore[assignment]
                  topic_type: str | None = None) -> list["Produced"]:
    """A specific occurrence of the report year without its own date, or "There were no reports of …".
    ``topic_type`` is the event type of the section's topic, for what a pronoun takes up from it."""
    stext = span_text(sent)
    if stext.rstrip().endswith("?"):
        return []
    if not dated and (listed := issues_list(sent)) is not None:
        return [(*listed, date, None, precision)]  # "Significant human rights issues included …"
    if not dated and topic_type is not None and (employed := practices_employed(sent)) is not None:
        return [(employed, topic_type, date, None, precision)]
    if not dated and (told := reports_told(sent, mentions, date, precision, topic_type)) is not None:
        return told  # "There were no reports of …", "There were reports that …" (reports_told.py)
    dated_trigs: set[int] = set()
    for d in dated:  # a dated trigger and the verb of its clause ("opened" of "opened an investigation")
        cur = d[0]
        for _ in range(4):
            if cur is None:
                break
            dated_trigs.add(cur.i)
            if is_verb(cur) or cur.head.i == cur.i:
                break
            cur = cur.head
    # efforts not made: "no known actions to investigate", "made no efforts to", "No action was
    # taken against" (efforts.py); steps not taken: "had not ruled on … by year's end", "as of October
    # no guard had been charged", "did not investigate the shooting" (negsteps.py)
    steps = None if dated else steps_taken(sent) or steps_beside_state(sent) or (None if STATISTIC.search(stext)
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
    # round t-events35: "The opposition boycotted the election" (electoral_reactions.py)
    if not dated and (voted := electoral_reaction(sent)) is not None:
        return [(voted, "other", date, None, precision)]
    # round t-events34: "Guards subjected detainees to humiliating treatment" (abusive_treatment.py)
    if not dated and (treated := subjected_treatment(sent)) is not None:
        return [(treated, "torture_or_abuse", date, None, precision)]
    if not dated and not any(m.date for m in mentions) and deficiency_cause(sent):
        return []  # "Judicial inefficiency delayed proceedings": a condition (conditions.py, t-events62)
    main = _main_occurrence(sent, dated_trigs)
    if main is None:
        found = _other_event(sent, mentions, date, precision) if not dated and not state_verbs else []
    else:
        found = _main_event(sent, mentions, main, date, precision, dated, state_verbs)
    if not found and not dated and not state_verbs and (called := particular_call(sent)) is not None:
        return [(called, "other", date, None, precision)]  # "called for Lena Marek's release" (particular_calls.py)
    if not found and not dated and not state_verbs and (neg := negated_in_the_year(sent, _in_the_year)) is not None:
        return [(*neg, date, None, precision)]  # "did not compile any reports during the year" (negated_in_year.py)
    if not found and not dated and (placed := reports_in_the_year(sent)) is not None:  # "There were reports that
        return [(placed, "other", date, None, precision)]  # migrants drowned … during the year" (reports_in_year.py)
    return found


def _other_event(sent: "SpacySpan", mentions: list[DateMention], date: str, precision: str) -> list["Produced"]:
    """An undated sentence without a trigger stating an occurrence: an act denied, what a named body
    or an actor did in the year (``other``), unless it is a general phenomenon or a habit."""
    stext = span_text(sent)
    if (denied := denied_act(sent)) is not None:  # "No complaints were filed" (negsteps.py)
        return [(*denied, date, None, precision)]
    other = _other_occurrence(sent) or _campaign(sent) or refusal(sent, is_actor) or (
        None if STATISTIC.search(stext) or _counted_routine(sent.root) else actor_act(sent, is_actor)) or \
        year_conjunct(sent, is_actor, _in_the_year)  # "…, and the ICRC conducted visits during the year"
    if other is not None and (class_rule(other) or conditional_practice(other) or oversight(other)
                              or generic_when(other) or counted_receipt(other)):
        return []  # "If a company did not comply, the ministry imposed fines" (conditional_practice.py)
    if other is not None and not (
            trigger_lemma(other) in PHENOMENON_VERBS and not any(m.date for m in mentions)) and not habit_in_chain(
            other, _in_the_year):  # ("…, but it sometimes housed more": habits.py)
        # ("Sexual harassment occurred throughout the country": a general phenomenon)
        return [(other, "other", date, None, precision)]
    return []


def _main_event(sent: "SpacySpan", mentions: list[DateMention], main: tuple["Token", str, int], date: str,
                precision: str, dated: list["Produced"], state_verbs: set[int]) -> list["Produced"]:
    """The sentence's main occurrence as a record of the report year, unless it is a state at a date,
    a statistic, a practice, or a clause under a dated one that takes the date."""
    stext = span_text(sent)
    tok, type_, depth = main
    # ("as of year's end" is one mention; "as of October" gives the mention "October")
    as_of = any(m.kind == "state" and (m.text.lower().startswith("as of") or re.search(
        r"(?i)\bas\s+of\s+(?:(?:early|late|mid)[-\s]+)?" + re.escape(m.text), stext)) for m in mentions)
    doc = sent.doc
    state_verbs = {i for i in state_verbs if not any(  # another clause: "X was acquitted; however, the
        doc[k].text == ";" for k in range(min(i, tok.i), max(i, tok.i)))}  # case was under review at year's end"
    if state_verbs and ({tok.i} | {a.i for a in tok.ancestors}) & state_verbs and (
            as_of or not negated(tok, [tok, *tok.ancestors])) and not (as_of and act_to_date(tok)) \
            and not done_by_year_end(tok, mentions):
        return []  # "As of October, 300 persons were in detention": a state at a date ("As of October,
        # soldiers had killed 11 civilians": acts of the year, asof.py; "by year's end no such law had
        # been adopted" records that it did not occur)
    if not dated and STATISTIC.search(stext) and not vote_shares_only(sent, type_, mentions, date):
        return []  # "courts acquitted 0.4 percent of defendants", "318 complaints, compared with 274"
    if trigger_lemma(tok) in WEAK and not _specific(sent, mentions) and not negated(tok, [tok, *tok.ancestors]) \
            and not summary_statement(tok) and not reported_hearsay(tok) and not happened_statement(tok):
        return []  # "Officials harass journalists who …": a practice, not an occurrence ("harassment by
        # the police occurred" is one)
    if dated:
        if any(shares_date(tok, d[0], d[2], sent, mentions) for d in dated):
            return []  # "Rabhi appealed and was released on October 22": one record (shared.py)
        if dated_by_front(sent, mentions, tok, [d[2] for d in dated], date):
            return []  # "On March 4, after NGOs criticized …, the spokesperson dismissed …": one record
            # (round t-events44, fronted.py)
        # only a main clause above the dated ones: "Authorities released X, whom a court convicted in 2021"
        dated_depths = [sum(1 for _ in d[0].ancestors) for d in dated if d[0] is not None and not publication(d)]
        if (not dated_depths and not all(publication(d) for d in dated)) or (
                dated_depths and depth >= min(dated_depths)):
            return []
    elif habit_in_chain(tok, _in_the_year):
        return []  # "Authorities dispersed protests and at times arrested participants": a practice (habits.py)
    elif continued_clause(tok):
        return []  # "Residents continued to report that police detained persons": a practice (continued.py)
    return [(tok, type_, date, None, precision)]
