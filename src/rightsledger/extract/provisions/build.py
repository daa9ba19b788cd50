"""Provisions: legal rules that carry a quantity ("up to five years' imprisonment",
"within 48 hours", "5,000 members", "minimum age of 16").

A sentence states a rule when it has one of these frames (``is_rule_sentence``; their patterns
are in ``frames``):

- *law frame*: a legal instrument (law, constitution, code, decree, regulation,
  legislation, statute, act) followed closely by a rule verb (provides, prohibits,
  requires, allows, stipulates, mandates, sets, establishes, limits, entitles, imposes,
  penalizes, …) — present or past tense, since older reports narrate laws in the past;
- *penalty frame*: "is punishable by", "carries a (maximum) penalty/sentence of",
  "penalties of/for/range", "face(s) fines of up to", "fines of up to";
- *legal adverbial*: "by law", "under the (criminal) law/code/constitution", "legally
  required", "statutory/legal minimum", "minimum age" — only when the sentence is not
  a past-tense report (main verb not past, no "was sentenced"-type event);
- *law frame, past tense*: counts only when the instrument is the verb's subject;
- *present-tense deadline* (`deadlines.py`): a duration after "within", "up to", "no later than",
  "extended to" … in a sentence whose verbs are all present tense (parse tags) — reports
  narrate events in the past tense and state rules in the present;
- *maximum penalty*: "up to 15 days' administrative arrest", "up to five years in prison";
- *modal deadline*: a modal or obligation ("must", "shall", "may be extended", "is required to")
  with a limit ("within", "not exceed", "up to", "at least", "maximum"), or "may be held for 90 days".
- *older layouts* (1999-2009 narrate standing rules in the past tense), in a sentence
  without a date: an authority as the subject of a past obligation verb ("The government
  required all citizens over 18 …"), a passive limit of working time or detention ("was
  limited to 2,400 hours per year"), a legal adverbial with a past main verb ("By law,
  detainees had to be charged within 72 hours"), "had to", "had the right to", "faced up to";
- *working time*: a working-time noun as the subject of a present copula with its length ("the
  workweek is 40 hours", "the maximum daily work shift is 12 hours"), in a sentence without a date;
- *bench and term*: the number of judges a court sits with ("panels of three judges") and
  the length of a term of office ("is elected for seven years"), only that quantity;
- *narrative law statements* (older layouts): "the code states that …", a past duty of a
  class of persons in an undated sentence ("Detainees were to be charged within 48 hours",
  "was not to exceed six months"; not "He was supposed to …"), "there is a prohibition on
  …", legal notions ("the age of consent"), a state of emergency as the instrument.

``limits`` finds the quantities a sentence cites as the legal limit whatever it narrates
("beyond the legal limit of 48 hours", "The maximum period of pretrial detention was six months",
"violated the requirement that detainees be charged within seven days") and terms of office.

``forms`` holds forms read on reports without gold: the penalty told after the rule ("is
illegal, with a possible prison sentence of …"), a penalty "is provided", the older layouts' "could
be detained for 14 days", what an instrument "stated".

``subjects.subject_at`` reads what a rule is about from the parse.

``quantities.rule_numbers`` reads the quantities as a rule states them (clock times,
"twice-yearly", "72-working-hour", "six months to two years", "within a week").

Reports of what happened are not rules: a sentence that says someone *was*
sentenced/fined/detained is an event unless it also has a law or penalty frame ("sentenced
… under the law" is an event).

Every quantity of a rule sentence (durations, money, percentages, counts, ages,
fractions) that is in the same clause as the frame (not across "but", "although", ";")
gives one :class:`Provision`. ``norm`` (``norms.norm_of``) follows docs/EVALUATION.md, in this order:
penalty (a prison term or fine), time_limit (a procedural deadline or maximum length of
detention), threshold (a number or age the rule turns on), then by the rule's verb
prohibition / requirement / right.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate import text_start
from ...records import Provision, Quantity, Span
from ..terms.imposed import NARRATED_CONVICTIONS
from ..numbers.roles import counts_kinds, names_a_thing, pronoun_one, token_at
from ..numbers import NumberMention, find_numbers
from .changes import new_values
from .forms import (COULD_PERIOD, PENALTY_PROVIDED, WITH_PENALTY, capital_terms, known_set, law_says,
                         modal_ages, permissions)
from .limits import CUSTOMARY_LAW, QUANTITY_KINDS, penalty_condition
from .rule_penalties import bound_terms, faced_by_one, penalty_statements
from .limits import legal_limits as _legal_limits
from .limits import terms_of_office as _terms
from .rule_ages import joined_ages, present_ages
from .deadlines import present_limits
from .frames import (ADOPTED, AGENT_LAW, AGE_EXCEPTION, EVENT_FRAME, HAVE_DEADLINE, INSTRUMENT,
                          LAW_FRAME, LEGAL_ADVERBIAL, LIMITED_TO, LIMIT_CUE, MAX_PENALTY, MEMBERSHIP_NOUNS,
                          MODAL, MODAL_PERIOD, NARRATABLE, NOTICE_NOUNS, NOT_LAW_SUBJECT, OBLIGATION_LEMMAS,
                          OFFENSE_FRAME, PAST_DUTY, PENALTY_FRAME, PERIOD_COUNT, PRACTICE_ADVERBS,
                          RULE_VERB_ANY, RULE_VERB_PRESENT, RULING_SUBJECT, WAGE_SET, WORKING_TIME)
from .norms import CLAUSE_BREAK, PENALTY_WORDS, norm_of, quantity_span, unit_of
from .quantities import DATED, bench_counts, pay_rates, rule_numbers
from .quorums import quorum_shares
from .shares import present_shares
from .standing import standing_limits
from .subjects import RULE_LEMMAS, generic_subject, law_is_subject, subject_at

if TYPE_CHECKING:
    from spacy.tokens import Token
    from spacy.tokens import Span as SpacySpan

    from ..annotate import Annotated


def _frames(sentence: str, sent: "SpacySpan | None" = None) -> list[re.Match[str]]:
    frames = [m for m in LAW_FRAME.finditer(sentence) if sent is None or law_is_subject(m, sent)]
    undated = not DATED.search(sentence)
    if sent is not None:  # a rule verb in the present tense, whatever its subject ("The
        base = text_start(sent)  # government requires …")
        for t in sent:  # past tense: "The government required all citizens over 18 …" (undated)
            tag = t.tag_
            if tag != "VBZ" and tag != "VBP" and (tag != "VBD" or not undated):
                continue
            if tag != "VBD" and t.lemma_.lower() in RULE_LEMMAS and not _custom_subject(t):
                v = RULE_VERB_PRESENT.match(sentence, t.idx - base)
            elif tag == "VBD" and t.lemma_.lower() in OBLIGATION_LEMMAS and (
                    _ruling_subject(t) or _membership_object(t)):
                v = RULE_VERB_ANY.match(sentence, t.idx - base)
            else:
                continue
            if v:
                frames.append(v)
    frames += [f for f in PENALTY_FRAME.finditer(sentence) if not faced_by_one(f, sentence, sent)]
    frames += [*AGENT_LAW.finditer(sentence), *ADOPTED.finditer(sentence), *WAGE_SET.finditer(sentence),
               *MODAL_PERIOD.finditer(sentence), *PENALTY_PROVIDED.finditer(sentence),  # "may be held for 135 days … punishable by"
               *penalty_statements(sentence, sent)]  # "the penalty is 12 to 25 years' imprisonment"
    if undated:  # "Agricultural work was limited to 2,400 hours per year"; "Police have seven days to …"
        frames += [*LIMITED_TO.finditer(sentence), *HAVE_DEADLINE.finditer(sentence),
                   *CUSTOMARY_LAW.finditer(sentence), *WORKING_TIME.finditer(sentence)]  # "the workweek is 40 hours"
        frames += [d for d in COULD_PERIOD.finditer(sentence) if sent is None or generic_subject(d, sent)]
        frames += permissions(sentence)  # "a child as young as 15 may be married"
        frames += modal_ages(sentence, sent)  # "Children 12 or 13 may perform light work"
    event = EVENT_FRAME.search(sentence)
    if not event and PENALTY_WORDS.search(sentence):
        frames += OFFENSE_FRAME.finditer(sentence)
        if undated:  # "On May 3, a court convicted the mayor, with a sentence of five years" narrates
            frames += WITH_PENALTY.finditer(sentence)
    if not event and (undated or sent is None or sent.root.tag_ != "VBD"):
        # "sentenced … under the law" is an event; so is "By August the government granted
        # 506 persons amnesty under the law" (past tense, dated); "By law, detainees had to
        # be charged within 72 hours" states a rule (past tense, no date)
        frames += [f for f in LEGAL_ADVERBIAL.finditer(sentence)  # "Although not stipulated by law, …"
                   if not re.search(r"\bnot\s+(?:\w+\s+)?$", sentence[max(0, f.start() - 30):f.start()], re.I)]
    if frames and not event and LIMIT_CUE.search(sentence):  # "Defendants have the right to a trial within 15
        frames += MODAL.finditer(sentence)  # days, but judges may extend this period to a maximum of 45 days"
    if frames or event:  # "sentenced 48 of them to prison terms ranging from …" narrates a trial, so do
        event = event or NARRATED_CONVICTIONS.search(sentence)  # "cases resulted in convictions with …"
        return [f for f in frames if not (event and f.re is PENALTY_FRAME and "ranging" in f.group(0).lower())]
    penalty = [p for p in MAX_PENALTY.finditer(sentence) if not faced_by_one(p, sentence, sent)]
    if penalty:
        return penalty
    modal = list(MODAL.finditer(sentence))
    if undated:  # "Detainees were to be charged within 48 hours", "was not to exceed six months"
        modal += [d for d in PAST_DUTY.finditer(sentence) if sent is None or generic_subject(d, sent)]
    if modal and (LIMIT_CUE.search(sentence) or any("entitled" in m.group(0).lower() for m in modal)):
        return modal
    return list(MODAL_PERIOD.finditer(sentence))  # "Detainees may be held for 90 days": the period is the limit


def _ruling_subject(verb: "Token") -> bool:
    """Is the subject of a past-tense rule verb an authority that makes rules ("The
    government required all citizens over 18 to carry …"; older reports state standing
    rules in the past tense)?"""
    if any(c.dep_ == "advmod" and c.lower_ in PRACTICE_ADVERBS for c in verb.children):
        return False  # "The government generally permitted three visits per week": practice
    return any(c.dep_ == "nsubj" and RULING_SUBJECT.search(" ".join(t.text for t in c.subtree))
               for c in verb.children)


def _membership_object(verb: "Token") -> bool:
    """Does a past obligation verb require a number of members ("Unions required 50 members
    to register"): a threshold whoever the parse takes for the subject?"""
    return any(c.dep_ == "dobj" and (
        c.lemma_.lower() in MEMBERSHIP_NOUNS and any(n.dep_ == "nummod" for n in c.children)
        or c.lemma_.lower() in NOTICE_NOUNS and any(t.like_num for t in c.subtree))  # "six days' notice"
        for c in verb.children)


def _custom_subject(verb: "Token") -> bool:
    """Does custom, not law, state the rule ("tradition permits marriage at 14")?"""
    return any(c.dep_ == "nsubj" and NOT_LAW_SUBJECT.search(" ".join(t.text for t in c.subtree) + " ")
               for c in verb.children)


def is_rule_sentence(sentence: str) -> bool:
    """Does ``sentence`` state a legal rule (frame-based, no quantity needed)?"""
    return bool(_frames(sentence))


def rule_mentions(sentence: str, sent: "SpacySpan | None" = None) -> list[NumberMention]:
    """The quantities of a rule sentence that belong to the rule (offsets in ``sentence``).

    ``sent``, the parsed sentence, lets a legal adverbial ("under the law") count only
    when the main verb is not in the past tense."""
    frames = _frames(sentence, sent)
    bench = bench_counts(sentence)
    if not frames:
        return bench
    out = list(bench)
    seen = {b.start for b in bench}
    for m in rule_numbers(sentence) + capital_terms(sentence):
        if m.kind not in QUANTITY_KINDS or known_set(sentence, m):
            continue  # restated amounts "($25)" are kept: one record per quantity
        if re.match(r"-[A-Za-z]", sentence[m.num_end:m.num_end + 2]) and m.kind == "count" and not m.unit:
            continue  # "three-step procedure"
        if m.kind == "count" and m.value == 1 and re.match(
                r"\s+of\s+(?:the|these|those|its|their)\b", sentence[m.num_end:m.num_end + 12], re.I):
            continue  # "one of the last three elections"
        if m.kind == "count" and m.value == 1 and re.match(
                rf"(?:\s+\w+)?\s+{INSTRUMENT}\b", sentence[m.num_end:m.num_end + 30], re.I):
            continue  # "One such law requires …"
        if m.kind == "duration" and "-" in m.text and re.fullmatch(r"\s*the\s+", sentence[:m.start], re.I):
            continue  # "The six-day workweek may be extended to 56 hours": points back to the rule
        if m.kind == "count" and m.value == 1 and re.match(
                r"(?:\s+[a-z]+)?\s+(?:period|spell|block)\s+of\s+\S+\s+(?:hours?|days?|weeks?)\b",
                sentence[m.num_end:m.num_end + 50], re.I):
            continue  # "at least one unbroken period of 24 hours": the period's length is the rule
        if m.kind == "count" and re.search(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+"
                                           r"(?:the\s+)?$", sentence[max(0, m.start - 20):m.start], re.I):
            continue  # "17 of 49 senators rotate": the size of the body, not the rule's number
        if m.kind == "count" and PERIOD_COUNT.match(sentence, m.num_end):
            continue  # "for two additional four-month periods": the period's length is the rule
        if m.kind == "count" and m.value == 1 and m.qualifier == "more than":
            continue  # "permit men to have more than one wife": a plural, not a quantity
        if m.start in seen:
            continue
        tok = token_at(sent, m.num_start)
        if tok is not None and (names_a_thing(tok) or pronoun_one(tok) or counts_kinds(tok)):
            continue  # "the 4.5 formula"; "a lawyer (or have one provided)"; "nine categories of contracts"
        narrated = _narrated(m, sent)
        if any(_same_clause(sentence, f, m) and not (narrated and f.re in NARRATABLE)
               and (f.re is not ADOPTED or m.kind != "count" and f.end() <= m.start < f.end() + 160)
               and (f.re is not WAGE_SET or m.kind == "money" and f.start() < m.start) for f in frames):
            out.append(m)
    return sorted(out, key=lambda m: m.start)




def _narrated(m: NumberMention, sent: "SpacySpan | None") -> bool:
    """Is the quantity an argument of a past-tense verb that is not a rule verb ("citizens
    exercised this right in 2010 in two rounds of elections")? Reports narrate what
    happened in the past tense; a rule verb in the past ("The law required …") still states
    a rule."""
    if sent is None:
        return False
    tok = token_at(sent, m.num_start)
    for _ in range(6):
        if tok is None or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VBD" and tok.dep_ == "relcl" \
                and tok.lemma_.lower() not in RULE_LEMMAS:
            continue  # "required foreigners who remained for more than five days to register"
        if tok.tag_ == "VBD" and tok.dep_ == "conj" and tok.head.tag_ in ("VBN", "VB"):
            continue  # "must be informed … and brought before a magistrate within 48 hours" (a participle)
        if tok.pos_ in ("VERB", "AUX"):
            return tok.tag_ == "VBD" and tok.lemma_.lower() not in RULE_LEMMAS | {"be", "have"} \
                and not any(c.tag_ == "MD" for c in tok.children) and not law_says(tok)
    return False


def _same_clause(sentence: str, frame: re.Match[str], m: NumberMention) -> bool:
    if frame.re in (PENALTY_FRAME, MAX_PENALTY) and m.start < frame.start() and m.kind != "age":
        return False  # "Despite the penalties for …, more than 100 NGOs operated"; not
    lo, hi = sorted((frame.start(), m.start))  # "Sex with someone younger than 15 is punishable"
    hi = max(hi, min(frame.end(), m.start))
    breaks = [b for b in CLAUSE_BREAK.finditer(sentence) if lo <= b.start() < hi]
    if not breaks:
        return True
    if m.start > frame.start() and penalty_condition(sentence, m, breaks[-1].end()):
        return True  # "…; if the victim dies within 40 days the penalty is life in prison"
    if m.kind == "age" and m.start > frame.start() and AGE_EXCEPTION.match(sentence, breaks[-1].end()):
        return True  # "… at 18 but also permitting girls to marry at 16", "but could be reduced to 16"
    # "The law provides for X, but requires 50 members": the rule goes on after the break
    # ("…; however, tradition permits marriage at 14": custom, not law)
    verb = next((v for v in RULE_VERB_PRESENT.finditer(sentence, breaks[-1].end(), m.start)  # not "a ban"
                 if v.group(0)[-1] in "sS" or v.group(0).lower() in ("must", "shall", "may", "punishable")), None)
    return m.start > frame.start() and verb is not None and \
        not NOT_LAW_SUBJECT.search(sentence[breaks[-1].end():verb.start()])


def extract_provisions(annotated: "Annotated") -> list[Provision]:
    """All provisions of a document, in text order, ids ``{doc_id}:prov:{n}``."""
    doc_id = annotated.document.id
    text = annotated.text
    out: list[Provision] = []
    for ap in annotated.paragraphs:
        base = ap.start
        for s_start, s_end, sent in ap.sentence_spans():
            sentence = text[s_start:s_end]
            mentions = rule_mentions(sentence, sent) or present_limits(sentence, sent)
            seen = {m.start for m in mentions} | {m.num_start for m in mentions}
            for m in (_legal_limits(sentence) + _terms(sentence) + pay_rates(sentence) + present_ages(sentence, sent)
                      + present_shares(sentence, sent) + quorum_shares(sentence, sent)
                      + standing_limits(sentence, sent) + bound_terms(sentence, sent)):
                if m.start not in seen and m.num_start not in seen:
                    seen |= {m.start, m.num_start}
                    mentions.append(m)
            mentions = new_values(sentence, mentions)  # "shortened … to 48 hours", not "the previous one year"
            mentions = joined_ages(sentence, mentions, sent)  # "children ages 16 and 17": one range
            for m in mentions:
                q_start, q_end = quantity_span(sentence, m)
                context = sentence[max(0, m.start - 60):m.end + 60]
                norm = norm_of(m, sentence, context)
                unit = unit_of(m, sentence, norm)
                out.append(Provision(
                    id=f"{doc_id}:prov:{len(out) + 1}", doc=doc_id, norm=norm,
                    quantity=Quantity(m.value, unit, sentence[q_start:q_end]),
                    subject=subject_at(ap.doc, s_start - base + m.num_start),
                    section=annotated.section_at(s_start),
                    evidence=Span.of(text, s_start, s_end),
                ))
    return out
