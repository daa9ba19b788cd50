"""Provisions: legal rules that carry a quantity ("up to five years' imprisonment",
"within 48 hours", "5,000 members", "minimum age of 16").

A sentence states a rule when it has one of these frames (``is_rule_sentence``):

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
- *present-tense deadline* (`rule_deadlines.py`): a duration after "within", "up to", "no later than",
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
- *bench and term*: the number of judges a court sits with ("panels of three judges") and
  the length of a term of office ("is elected for seven years"), only that quantity;
- *narrative law statements* (older layouts): "the code states that …", a past duty of a
  class of persons in an undated sentence ("Detainees were to be charged within 48 hours",
  "was not to exceed six months"; not "He was supposed to …"), "there is a prohibition on
  …", legal notions ("the age of consent"), a state of emergency as the instrument.

``rule_limits`` finds the quantities a sentence cites as the legal limit whatever it narrates
("beyond the legal limit of 48 hours", "The maximum period of pretrial detention was six months",
"violated the requirement that detainees be charged within seven days") and terms of office.

``rule_forms`` holds forms read on reports without gold: the penalty told after the rule ("is
illegal, with a possible prison sentence of …"), a penalty "is provided", the older layouts' "could
be detained for 14 days", what an instrument "stated".

``rule_subjects.subject_at`` reads what a rule is about from the parse.

``rule_quantities.rule_numbers`` reads the quantities as a rule states them (clock times,
"twice-yearly", "72-working-hour", "six months to two years", "within a week").

Reports of what happened are not rules: a sentence that says someone *was*
sentenced/fined/detained is an event unless it also has a law or penalty frame ("sentenced
… under the law" is an event).

Every quantity of a rule sentence (durations, money, percentages, counts, ages,
fractions) that is in the same clause as the frame (not across "but", "although", ";")
gives one :class:`Provision`. ``norm`` (``rule_norms.norm_of``) follows docs/EVALUATION.md, in this order:
penalty (a prison term or fine), time_limit (a procedural deadline or maximum length of
detention), threshold (a number or age the rule turns on), then by the rule's verb
prohibition / requirement / right.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Provision, Quantity, Span
from .imposed import NARRATED_CONVICTIONS
from .lexicons import alternation, lexicon
from .number_roles import counts_kinds, names_a_thing, pronoun_one, token_at
from .numbers import NumberMention, find_numbers
from .rule_changes import new_values
from .rule_forms import (COULD_PERIOD, PENALTY_PROVIDED, WITH_PENALTY, capital_terms, known_set, law_says,
                         modal_ages, permissions)
from .rule_limits import CUSTOMARY_LAW, QUANTITY_KINDS, penalty_condition
from .rule_penalties import faced_by_one, penalty_statements
from .rule_limits import legal_limits as _legal_limits
from .rule_limits import terms_of_office as _terms
from .rule_ages import joined_ages, present_ages
from .rule_deadlines import present_limits
from .rule_norms import CLAUSE_BREAK, PENALTY_WORDS, norm_of, quantity_span, unit_of
from .rule_quantities import DATED, bench_counts, pay_rates, rule_numbers
from .rule_quorums import quorum_shares
from .rule_shares import present_shares
from .rule_standing import standing_limits
from .rule_subjects import RULE_LEMMAS, generic_subject, law_is_subject, subject_at

if TYPE_CHECKING:
    from spacy.tokens import Token
    from spacy.tokens import Span as SpacySpan

    from .annotate import Annotated

_L = lexicon("provisions")
_INSTRUMENT = alternation(_L["instruments"])
_RULE_VERB = (r"(?:provides?|provided|prohibits?|prohibited|forbids?|forbade|bans?|banned|"
              r"requires?|required|allows?|allowed|permits?|permitted|stipulates?|stipulated|"
              r"mandates?|mandated|sets?|establishes|established|limits?|limited|restricts?|"
              r"restricted|entitles?|entitled|specif(?:y|ies|ied)|imposes?|imposed|"
              r"penalizes?|penalized|criminalizes?|criminalized|punishes|punished|oblig(?:e|es|ed)|"
              r"obligates?|obligated|grants?|granted|guarantees?|guaranteed|caps?|capped|"
              r"prescribes?|prescribed|fix(?:es|ed)|call(?:s|ed)?\s+for|defines?|defined|"
              r"makes?|made|mandate|precludes?|precluded|proscribes?|proscribed|institutes?|instituted|"
              r"gives?|gave|dictates?|dictated|reserves?|reserved|"  # "The law gives the government six months to …"
              rf"{alternation(_L['rule_verb_forms'])})")
_NAME_HEAD = rf"(?!\s+{alternation(_L['instrument_name_heads'])}\b)"  # "Law School", "law enforcement"
# "The code states (that) …" first: in "The law also stated gatherings of four or more persons required
# police authorization" the law states the rule, whatever the verb after it
LAW_FRAME = re.compile(rf"\b{_INSTRUMENT}\s+(?:[\w-]+\s+){{0,3}}?(?:states?|stated|says|said)\b(?!\s+(?:in|on|at|by)\b)|"
                       rf"\b{_INSTRUMENT}\b{_NAME_HEAD}[^.;:]{{0,160}}?\b{_RULE_VERB}\b|"
                       rf"^(?:It|They)\s+(?:also\s+)?{_RULE_VERB}\b", re.I)
# the instrument as agent: "minimum wages established by a 1988 decree of 160 francs per day"
AGENT_LAW = re.compile(r"(?<!\bnot\s)\b(?:established|set|fixed|prescribed|stipulated|mandated|imposed|guaranteed)\s+"
                       rf"by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{_INSTRUMENT}\b", re.I)
PENALTY_FRAME = re.compile(
    rf"\bpenalt(?:y|ies)\s+{alternation(_L['penalty_changes'])}\b|"  # "The penalty doubles when …"
    r"\b(?:sentences?|punishments?|fines?|terms?)\s+ranging\s+(?:from|between)\b|"
    r"\bpunishable\b|\bcarr(?:y|ies|ied)\s+(?:an?\s+)?(?:(?!out\b)[a-z]+\s+){0,2}?"  # "may carry moderate fines"
    r"(?:penalt|sentence|prison|fine|jail|term)|\bpenalt(?:y|ies)\s+(?:for|of|include|includes|"
    r"range|ranging)\b|\bfac(?:e|es|ed|ing)\s+(?:an?\s+)?(?:(?:heavy|substantial|large|stiff|lengthy|long)\s+)?"
    r"(?:fines?|penalt|imprisonment|prison|jail|up\s+to)|"
    r"\bfines?\s+of\s+up\s+to\b|"
    r"\b(?:leads?\s+to|results?\s+in|entails?)\s+(?:an?\s+)?(?:\w+\s+)?(?:fines?|imprisonment|prison|jail|penalt|"
    r"(?:administrative\s+)?arrest)|"  # "Violation of the law leads to a fine of …"
    r"\b(?:is|are)\s+subject\s+to\s+(?:an?\s+)?(?:[\w$(),.-]+\s+){0,4}?(?:fines?|penalt|imprisonment)|"
    rf"\b{alternation(_L['penalty_heads'])}", re.I)
LEGAL_ADVERBIAL = re.compile(
    r"\bby\s+law\b|"
    r"\bunder\s+(?:the\s+)?(?:\w+\s+){0,3}(?:laws?|codes?|constitution|decrees?|legislation|"
    r"regulations?|acts?|statutes?|ordinances?|legal\s+system)\b|"
    r"\blegally\s+(?:required|obliged|obligated|bound|entitled|permitted|allowed|mandated|"
    r"prohibited)\b|\b(?:may|can|could)\s+(?:\w+\s+){0,4}legally\b|"
    r"\b(?:statutory|legal)\s+(?:minimum|maximum|limit|period|(?:\w+\s+)?age|requirement|obligation)|"
    r"\bminimum\s+(?:\w+\s+)?age\b|\b(?:standard|regular|normal|legal|official|statutory|maximum)\s+(?:work\s*week|"
    r"working\s+week|work\s*day|working\s+day|working\s+hours|hours\s+of\s+work)\b|"
    r"\bin\s+accordance\s+with\s+(?:the\s+)?law\b|"
    rf"\b{alternation(_L['legal_notions'])}\b|"
    rf"\bthere\s+(?:is|are)\s+(?:an?\s+)?(?:legal\s+|statutory\s+|constitutional\s+)?"  # "there is a prohibition on"
    rf"{alternation(_L['existential_rule_nouns'])}\s+(?:on|against|that|for)\b|"
    r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:law|code|constitution)\b", re.I)
# a schedule of penalties by offense: "fines of 100,000 to 300,000 francs for a first offense, and
# … or six to 10 days in prison for a subsequent offense" (the amounts come before the cue)
OFFENSE_FRAME = re.compile(r"\bfor\s+(?:an?\s+|the\s+|each\s+)?(?:initial|first|second|third|subsequent|"
                           r"repeat(?:ed)?)\s+(?:offen[cs]es?|violations?|infractions?)\b", re.I)
# a law adopted on a date, with the rule's quantity in its object: "On October 8, the Diet enacted a
# law permitting victims to receive 15 million yen", "authorities announced a national ban on FGM
# for three years" (durations, amounts, percentages and ages within 160 characters after it; not counts)
ADOPTED = re.compile(r"\b(?:enacted|adopted|passed|approved|signed|promulgated|announced|issued)\s+(?:(?:an?|the)\s+)?"
                     r"(?:[\w/-]+\s+){0,3}?(?:laws?|decrees?|bans?|moratori(?:um|a)|ordinances?|legislation|regulations)\b",
                     re.I)  # "signed legislation in December to change the minimum age …", "issued new … regulations"
# a minimum wage an authority sets or raises is a threshold (docs/EVALUATION.md, "Minimum wage, penalties
# without a number"): "The government introduced a minimum wage of 9,000 rupees", "the minimum wage was
# increased to 10,781 rupees"; a stated minimum wage stays a figure (only money amounts after it; "the
# 2009 government-established minimum wage of 1,680 francs" states it)
_WAGE_VERB = alternation(_L["wage_setting_verbs"])
_WAGE_AUTHORITY = alternation([*_L["ruling_subjects"], *_L["wage_authorities"], *_L["instruments"]])
# a body named by its acronym, the labor ministry or a wage board ("MAPESS raised the minimum wage"): an
# upper-case word of three or more letters, case-sensitive inside the case-blind pattern (round t-prov13)
_ACRONYM = r"(?-i:\b[A-Z]{3,}\b)"
WAGE_SET = re.compile(rf"(?:\b{_WAGE_AUTHORITY}\b|{_ACRONYM})[^.;]{{0,60}}?(?<!\bto\s)(?<!-)\b{_WAGE_VERB}\s+"
                      r"(?:[\w’'-]+\s+){0,8}?minimum\s+(?:\w+\s+){0,2}?wages?\b|"
                      r"\bminimum\s+wages?\b[^.;]{0,60}?\b(?:was|were|is|are|ha[sd]\s+been)\s+(?:\w+\s+)?"
                      rf"{_WAGE_VERB}\s+(?:by\s+[^.;]{{0,40}}?\s+)?(?:from\s+[^.;]{{1,60}}?\s+)?(?:to|at)\b", re.I)
MAX_PENALTY = re.compile(  # "up to 15 days’ administrative arrest": a legal maximum even in narrative
    r"\b(?:up\s+to|a\s+maximum\s+(?:of\s+)?)\s*\S+(?:\s+\S+)?\s+(?:years?|months?|days?)['’]?\s+(?:of\s+)?(?:imprisonment|"
    r"administrative\s+(?:arrest|detention)|in\s+prison|jail|detention)", re.I)
MODAL = re.compile(
    r"\b(?:must|shall|should|may\s+be\s+(?:extended|held|detained|prolonged|renewed|fined|"
    r"sentenced|imprisoned|punished)|may\s+not|cannot|can\s+not|(?:is|are)\s+(?:not\s+)?(?:required|obliged|"
    r"obligated|entitled|permitted|allowed|prohibited|forbidden)\s+to|(?:is|are)\s+entitled)\b|"
    rf"\b(?:is|are|was|were)\s+(?:[\w-]+,?\s+){{0,3}}?{alternation(_L['obligation_adjectives'])}\b|"
    r"\b(?:was|were)\s+(?:not\s+)?(?:legally\s+)?(?:required|obliged|obligated|entitled|prohibited|forbidden|"
    r"permitted|allowed)\s+to\b|\b(?:has|have|had)\s+(?:the\s+right\s+)?to\b|"
    r"\bcould\s+(?:not\s+|only\s+)?(?:be\s+)?(?:extended|held|detained|prolonged|renewed|exceed|detain|hold)\b|"
    r"\b(?:can|may)\s+(?:only\s+)?be\s+(?:derived|acquired|obtained|granted|transmitted|extended|renewed)\b|"
    r"\b(?:is|are|was|were)\s+entitled\s+to\b", re.I)
_PERIOD_QUALIFIER = (r"(?:up\s+to\s+|a\s+total\s+of\s+|as\s+long\s+as\s+|a\s+maximum\s+of\s+|(?:no\s+)?(?:more|longer)\s+than\s+|"
                     r"an\s+additional\s+|a\s+further\s+|another\s+)?")
MODAL_PERIOD = re.compile(r"\b(?:may|can)\s+(?:only\s+)?be\s+(?:held|detained|kept|extended|prolonged|renewed)\s+"
                          # "may be held without access to counsel for 48 hours"
                          rf"(?:\w+\s+){{0,5}}?for\s+{_PERIOD_QUALIFIER}\S+\s+(?:hours?|days?|weeks?|months?|years?)\b|"
                          # "pretrial detention may last six months"
                          rf"\b(?:may|can)\s+(?:only\s+|not\s+)?last\s+(?:for\s+)?{_PERIOD_QUALIFIER}\S+\s+"
                          r"(?:hours?|days?|weeks?|months?|years?)\b|"
                          # the active voice: "Police may hold a suspect for 72 hours", "may extend custody
                          # twice, each time for three days", "may detain persons … for as long as 12 months"
                          # (negated: "Police may not detain a suspect for more than six hours"; other measures
                          # of a fixed length: "may suspend the activities of an association for three months",
                          # "can extend the period … to as long as six months")
                          # a request for it: "police may request to detain persons … for 28-day periods",
                          # "investigators may request a prosecutor double this period to 96 hours"
                          r"\b(?:may|can)\s+(?:not\s+|only\s+|legally\s+)?(?:request\s+(?:that\s+)?(?:(?:an?|the)\s+)?"
                          r"(?:\w+\s+)?(?:to\s+)?)?(?:hold|detain|keep|extend|prolong|renew|double|triple|"
                          r"order\s+(?:\w+\s+){1,3}?(?:detained|held|kept|confined)|"  # "may order a person detained for 30 days"
                          r"suspend|dissolve|close)\s+"
                          rf"(?:[\w,’'-]+\s+){{0,6}}?(?:for|by|up\s+to|to)\s+{_PERIOD_QUALIFIER}"  # "may extend it by an additional 4 days"
                          r"(?:\S+\s+|\S+?-)(?:hours?|days?|weeks?|months?|years?)\b|"
                          # an extension of a fixed length: "The prosecution may request an additional six-month
                          # extension", "could request an additional six-month extension" (the 2024 past tense)
                          r"\b(?:may|can|could)\s+(?:only\s+)?(?:request|grant|seek|order|approve|authorize)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?:\S+\s+|\S+?-)(?:hours?|days?|weeks?|months?|years?)\s+(?:extensions?|renewals?)\b",
                          re.I)
PAST_DUTY = re.compile(r"\b(?:is|are|was|were)\s+(?:not\s+)?(?:supposed\s+to|to\s+(?:be|exceed|last|work)\b)", re.I)
LIMIT_CUE = re.compile(
    r"\b(?:within|no\s+later\s+than|(?:not\s+(?:to\s+)?)?exceed(?:ing)?|(?:no|not)\s+more\s+than|up\s+to|notice|"
    r"notification|(?:more|longer)\s+than\s+\S+\s+hours?\s+(?:a|per|each)\s+(?:day|week)|"  # "… more than 12 hours a day"
    r"equal\s+to\s+or\s+(?:exceeding|greater|more|above)|"
    r"at\s+least|at\s+most|no\s+longer\s+than|extended\s+to|maximum|minimum|prior\s+to|in\s+advance|renewable|"
    r"(?:renewed|extended|prolonged)\s+(?:once|twice|(?:for|by)\s+(?:a\s+further|another|an\s+additional|\S+\s+(?:hours?|days?|weeks?|months?)))|"
    r"for\s+(?:a\s+further|an\s+additional)|each\s+time|every(?=\s+\S+\s+(?:years?|months?|weeks?|days?)\b)|"
    rf"{alternation(_L['threshold_cues'])}|{alternation(_L['duty_cues'])})\b", re.I)
EVENT_FRAME = re.compile(
    r"\b(?<!before\s)(?<!without\s)(?<!after\s)(?<!of\s)(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+"
    r"(?:\w+\s+)?(?:sentenced|fined|"
    r"convicted|detained|jailed|imprisoned|arrested|held|released|charged|acquitted)\b|"
    r"\bsentenced\s+(?:\w+\s+){0,5}to\b|\bfined\s+(?:\w+\s+){0,3}\d", re.I)
def _frames(sentence: str, sent: "SpacySpan | None" = None) -> list[re.Match[str]]:
    frames = [m for m in LAW_FRAME.finditer(sentence) if sent is None or law_is_subject(m, sent)]
    undated = not DATED.search(sentence)
    if sent is not None:  # a rule verb in the present tense, whatever its subject ("The
        base = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))  # government requires …")
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
                   *CUSTOMARY_LAW.finditer(sentence)]
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
                rf"(?:\s+\w+)?\s+{_INSTRUMENT}\b", sentence[m.num_end:m.num_end + 30], re.I):
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


# "for two additional four-month periods", "one 24-hour rest period": the period's length is the rule
PERIOD_COUNT = re.compile(r"(?:\s+(?:additional|further|more|successive))?\s+\S+-(?:hour|day|week|month|year)s?\b", re.I)
PRACTICE_ADVERBS = set(_L["practice_adverbs"])
MEMBERSHIP_NOUNS = set(_L["membership_nouns"])
NOTICE_NOUNS = set(_L["notice_nouns"])
RULE_VERB_ANY = re.compile(rf"\b{_RULE_VERB}\b", re.I)
RULING_SUBJECT = re.compile(rf"^(?:the\s+)?(?:\w+\s+){{0,2}}?{alternation(_L['ruling_subjects'])}\b", re.I)
_LIMITED = r"(?:was|were|is|are)\s+(?:\w+\s+)?(?:limited|restricted|capped|fixed|set)\s+(?:by\s+\w+\s+)?(?:to|at)\b"
# a passive limit of working time or detention ("The length of detention without a pretrial hearing or formal
# charges is also limited to one year")
LIMITED_TO = re.compile(
    rf"\b{_LIMITED}[^.;]{{0,40}}?\b(?:hours?|days?|weeks?|months?)\s+(?:per|a|each|every)\s+"
    rf"(?:day|week|month|year)\b|\b{alternation(_L['limited_subjects'])}\b,?\s+(?:[\w()\"'’-]+,?\s+){{0,8}}?{_LIMITED}", re.I)
HAVE_DEADLINE = re.compile(  # "Judges had four months to decide": a time allowed by the rules
    r"\b(?:(?:has|have|had)\s+|(?:gives?|gave|given|offer(?:s|ed)?|allow(?:s|ed)?|grant(?:s|ed)?)\s+(?:\w+\s+){1,2}?)"
    r"(?:only\s+|up\s+to\s+)?\S+\s+(?:to\s+\S+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"  # "has three to 10 days to"
    r"(?:in\s+which\s+)?to\s+[a-z]+", re.I)
# The exception a rule on an age goes on to state after "but": "setting the minimum age at 18 but
# also permitting girls to marry at 16", "was 18, but could be reduced to 16 in the case of …"
AGE_EXCEPTION = re.compile(r"\s*(?:also\s+)?(?:permitt(?:ing|ed)|allow(?:ing|ed)|(?:could|can|may)\s+be\s+"
                           r"(?:reduced|lowered|waived))\b", re.I)
RULE_VERB_PRESENT = re.compile(  # third person or plural ("Exceptions allow children to work at age 12")
    r"\b(?:provides?|prohibits?|forbids?|bans?|requires?|allows?|permits?|stipulates?|mandates?|sets?|"
    r"establish(?:es)?|limits?|restricts?|entitles?|specif(?:y|ies)|imposes?|penalizes?|criminalizes?|"
    r"punish(?:es)?|obliges?|obligates?|grants?|guarantees?|caps?|prescribes?|precludes?|proscribes?|"
    r"institutes?|reserves?|must|shall|may|punishable)\b", re.I)
# past-tense rule verbs that state an obligation or a ban when an authority is the subject
OBLIGATION_LEMMAS = {"require", "prohibit", "forbid", "ban", "oblige", "obligate", "mandate",
                     "stipulate", "prescribe", "cap", "preclude", "proscribe"}
NARRATABLE = (LAW_FRAME, LEGAL_ADVERBIAL, RULE_VERB_PRESENT, RULE_VERB_ANY, AGENT_LAW)  # frames _narrated may veto


NOT_LAW_SUBJECT = re.compile(rf"\b{alternation(_L['not_law_subjects'])}\s+(?:\w+\s+)?$", re.I)


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
                      + standing_limits(sentence, sent)):
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
