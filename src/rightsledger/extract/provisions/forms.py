"""Forms of a legal rule read on reports without gold (issue 14, provisions round 7), beside
the frames of :mod:`.provisions`:

- the penalty told after the rule it belongs to: "Homosexual activity is illegal, with a possible
  prison sentence of six months to five years" (``WITH_PENALTY``, in a sentence without a date);
- the penalty a rule provides as the subject of a passive: "imprisonment of 5 to 25 years is
  provided" (``PENALTY_PROVIDED``);
- the older layouts' past tense of a detention period: "Suspects of serious offenses could be
  detained for 14 days while police conduct an investigation" (``COULD_PERIOD``, undated, a
  class of persons as the subject);
- what an instrument states, in the past tense too: "The law also stated gatherings of four or
  more persons required police authorization" (``law_says``).

Round 8 (issue 14), read on collection pages without gold:

- a permission tied to an age or a limit, in a sentence without a date: "With the consent of a
  judge, a child as young as 15 may be married", "A girl age 15 could marry with parental
  consent", "Children younger than age four could live in prison with their mothers",
  "Employees may work a maximum two hours of overtime per day" (``permissions``);
- the power to detain for a period: "Authorities have the power to detain suspects for an
  initial 96 hours" (in ``COULD_PERIOD``);
- a penalty without a number: death and life imprisonment in a rule sentence ("The maximum
  penalty for rape is death or life imprisonment"), one provision each with no value, as the
  settled conventions of docs/EVALUATION.md say ("Minimum wage, penalties without a number";
  ``capital_terms``);
- a count of a set the sentence names is not the rule's quantity: "The law allows the 12
  provincial governors to detain …" (``known_set``).

Round t-prov12 (issue 14), a pattern of four dev reports stated by the parse: an age that delimits
who a present-tense modal rule applies to, whatever the verb ("Children 12 or 13 may perform light
work", "may be held … until they are 20 years old", "may employ children as young as 14";
``modal_ages``; ``permissions`` lists its verbs).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate import text_start
from ..lexicons import lexicon
from ..numbers import NumberMention, find_numbers
from .subjects import LAW_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# the penalty a rule carries, told after it: "Homosexual activity is illegal, with a possible prison
# sentence of six months to five years" (in a sentence without a date)
WITH_PENALTY = re.compile(r"\bwith\s+(?:an?\s+)?(?:possible\s+|maximum\s+|minimum\s+|mandatory\s+)?(?:prison\s+|jail\s+)?"
                          r"(?:sentences?|penalt(?:y|ies)|terms?|punishments?)\s+(?:of|ranging)\b", re.I)

# the penalty a rule provides, told as the subject of a passive ("Where children under 13 years of age
# are involved, imprisonment of 5 to 25 years is provided")
PENALTY_PROVIDED = re.compile(r"\b(?:imprisonment|prison\s+terms?|sentences?|penalt(?:y|ies)|fines?)\s+of\s+[^.;]{1,40}?"
                              r"\s+(?:is|are)\s+(?:provided|prescribed|stipulated|foreseen|envisaged|imposed)\b", re.I)

# the older layouts' past tense of a detention period: "Suspects of serious offenses could be detained
# for 14 days while police conduct an investigation", "Police were allowed to detain suspects for 4 days"
# (in a sentence without a date)
COULD_PERIOD = re.compile(r"\b(?:could\s+(?:only\s+|legally\s+)?be\s+(?:held|detained|kept|extended|prolonged|renewed)|"
                          r"(?:was|were)\s+(?:legally\s+)?(?:allowed|permitted|authorized)\s+to\s+(?:hold|detain|keep)|"
                          r"(?:has|have)\s+the\s+(?:legal\s+)?(?:power|authority|right)\s+to\s+(?:hold|detain|keep))\s+"
                          r"(?:\w+\s+){0,3}?for\s+(?:up\s+to\s+|as\s+long\s+as\s+|an?\s+(?:initial|additional|further)\s+)?"
                          r"\S+\s+(?:hours?|days?|weeks?|months?|years?)\b", re.I)

# a permission tied to an age ("a child as young as 15 may be married") or to a limit ("Employees may
# work a maximum two hours of overtime per day"), in a sentence without a date
PERMITTED = re.compile(r"\b(?:may|can|could)\s+(?:legally\s+|only\s+|also\s+)?(?:be\s+)?"
                       r"(?:marry|married|live|stay|reside|remain|work|employed|vote|engage\s+in)\b", re.I)
AGE_WORDS = re.compile(r"\b(?:age[ds]?|years?\s+(?:of\s+age|old)|as\s+young\s+as|younger|older)\b", re.I)
LIMIT_AFTER_VERB = re.compile(r"\s+(?:\w+\s+)?(?:a\s+maximum(?:\s+of)?|up\s+to|no\s+more\s+than|at\s+most|"
                              r"more\s+than)\b", re.I)


def permissions(sentence: str) -> list[re.Match[str]]:
    """The permissions of ``PERMITTED`` that state a rule: an age before the verb in the same
    sentence, or a limit right after it."""
    return [m for m in PERMITTED.finditer(sentence)
            if AGE_WORDS.search(sentence, 0, m.start()) or LIMIT_AFTER_VERB.match(sentence, m.end())]


# death and life imprisonment as the penalty of a rule; a bare "death" only as what a penalty is
# ("the penalty … is death", "punishable by death"), not as what an offense causes ("causing death")
CAPITAL = re.compile(r"\b(?:(?:the\s+)?death\s+(?:penalty|sentences?)|capital\s+punishment|"
                     r"(?:possible\s+)?life\s+(?:imprisonment|sentences?|terms?|in\s+prison)|(?:imprisonment|prison|jail|imprisoned)\s+"
                     r"for\s+life|(?<=\b(?:is|of|by|or)\s)death\b(?!\s+(?:of|threats?|toll|in|from|squads?)\b)|"
                     r"(?<=\bsentenced\sto\s)(?:death|life)\b)", re.I)  # "could be sentenced to death"
PENALTY_BEFORE = re.compile(r"(?:penalt|punish|sentenc|imprison)", re.I)
# what a penalty of a rule follows: "punishable by death", "carries a possible life sentence", "is death
# or life imprisonment" (not "to appeal death sentences")
CAPITAL_BEFORE = re.compile(r"\b(?:by|of|with|to|is|are|was|were|be|include[sd]?|including|or|and|fac(?:e|es|ed)|carr(?:y|ies)|"
                            r"provides?(?:\s+for)?|provided(?:\s+for)?|prescribe[sd]?|imposes?)\s+(?:up\s+to\s+)?(?:an?\s+|the\s+)?"
                            r"(?:possible\s+|maximum\s+|mandatory\s+)?$", re.I)

# a penalty listed after another one, after a comma: "included the death sentence for …, life imprisonment
# for …", "was 25 years' imprisonment or, if the victim was younger than age 12, life imprisonment", "cases
# with a sentence of 25 years, life imprisonment, or death" (not a bare "death": "the death of …")
LISTED = re.compile(r"(?:\b(?:death\s+(?:penalty|sentences?)|imprisonment|(?:years?|months?)['’]?\s+in\s+(?:prison|jail)|"
                    r"sentences?\s+of\s+\S+\s+years)\b[^.;:]{0,80}?|\b(?:years?|months?)['’]?)"
                    r",[\"”’]?\s+(?:or\s+|and\s+)?(?:the\s+|a\s+)?$", re.I)  # 'for “defiling …,” life imprisonment'

# the capital penalty as the subject of the rule: "The death penalty may be applied if …" (round 9)
CAPITAL_APPLIED = re.compile(r"\s+(?:may|can|shall|is)\s+(?:also\s+|only\s+)?(?:be\s+)?(?:applied|imposed|mandatory)\b", re.I)


def capital_terms(sentence: str) -> list[NumberMention]:
    """Death and life penalties in ``sentence`` as quantities without a value (kind "term"; a bare
    "death" only after a penalty word within 60 characters)."""
    out = []
    for m in CAPITAL.finditer(sentence):
        if CAPITAL_APPLIED.match(sentence, m.end()) and not sentence[:m.start()].strip():
            pass  # "The death penalty may be applied if …" opens the sentence
        elif LISTED.search(sentence, max(0, m.start() - 120), m.start()):
            pass  # the next item of a list of penalties: "25 years' imprisonment or, if …, life imprisonment"
        elif m.group(0).lower() == "death" and not PENALTY_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) \
                or not CAPITAL_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue
        out.append(NumberMention(m.start(), m.end(), m.group(0), None, kind="term",  # type: ignore[arg-type]
                                 num_start=m.start(), num_end=m.end()))
    return out


# "The law allows the 12 provincial governors to detain …", "these 17 trade unions": a count of a
# set the sentence names, not the rule's quantity
KNOWN_SET = re.compile(r"\b(?:the|these|those)\s+$", re.I)


def known_set(sentence: str, m: NumberMention) -> bool:
    return m.kind == "count" and not m.unit and KNOWN_SET.search(sentence, max(0, m.start - 7), m.start) is not None


def law_says(verb: "Token") -> bool:
    """"The law also stated gatherings of four or more persons required a permit": what an
    instrument states is its rule, in the past tense too."""
    return verb.lemma_.lower() in ("state", "say") and any(
        c.dep_ == "nsubj" and c.lower_ in LAW_WORDS for c in verb.children)


MODAL_WORD = re.compile(r"\w+")
PRESENT_MODALS = frozenset(lexicon("provisions")["present_modals"])


def modal_ages(sentence: str, sent: "SpacySpan | None") -> list[re.Match[str]]:
    """Frames of a rule told by a present-tense modal with an age (``PRESENT_MODALS`` as the aux of
    the main verb, which is not a past tense), in a sentence with an age mention: reports state
    standing rules in the present and narrate in the past, and an age delimits the class the rule
    applies to ("Children 12 or 13 may perform light work"). The caller asks for an undated sentence."""
    if sent is None or sent.root.tag_ == "VBD" or not any(m.kind == "age" for m in find_numbers(sentence)):
        return []
    base = text_start(sent)
    return [f for t in sent if t.tag_ == "MD" and t.lower_ in PRESENT_MODALS and t.dep_ in ("aux", "auxpass")
            and t.head == sent.root and (f := MODAL_WORD.match(sentence, t.idx - base))]
