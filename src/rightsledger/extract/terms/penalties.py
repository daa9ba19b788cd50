"""Penalties imposed by a court, read from one sentence.

:func:`find_penalties` reads the terms of a conviction ("sentenced him to five years'
imprisonment" → prison 5 years; "fined 500,000 tenge" → fine 500000 KZT; "life imprisonment",
"sentenced to death", "a two-year suspended sentence" → prison 2 years, text says
"suspended"). Quantities come from :func:`.numbers.find_numbers` (digits and words); rule
sentences ("punishable by up to five years") are provisions, not penalties. How long a
detention lasted is :mod:`.durations`'s; :mod:`.event_terms` puts both on the events.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...records import Penalty
from .imposed import SERVING
from .wording import CONFINEMENT, CONFINEMENT_WORD, NOUN_TERM, ORDERED_TERM
from ..numbers import NumberMention, find_numbers

UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
         "minute": "minutes", "night": "nights"}


UNIT_WORD = r"(?:years?|months?|weeks?|days?|nights?|hours?|minutes?)"
# A court's decision in the sentence (past tense, not a rule).
IMPOSED = re.compile(r"(?i)\b(?:sentenc(?:ed|ing)|convicted|fined|condemned|given|gave|giving|received|handed"
                     r"|impos(?:ed|ing)|ordered\s+(?:\w+\s+){0,4}?to\s+pay|jailed|commuted|upheld|reduc(?:ed|ing)|shortened"
                     r"|serve[sd]?|added|issu(?:ed|ing)|result(?:ed|ing)\s+in|sanction(?:ed|ing)"  # "issued six-month suspended sentences"
                     rf"|{ORDERED_TERM}"  # "a court ordered a 4.5-year suspended sentence" (t-terms6)
                     rf"|{NOUN_TERM})\b")  # "courts delivered suspended death sentences to X" (t-pen5)


SENTENCE_WORDS = re.compile(r"(?i)\bsentenc|\bconvict|\bfined\b|\bverdict\b|\bcondemned\b|\bfines?\b|"
                            r"\b(?:prison|jail)\s+terms?\b|"
                            r"\bordered\s+(?:\w+\s+){0,4}?to\s+pay\b|\bdamages\b|"
                            rf"{CONFINEMENT_WORD}|"  # "received 2.5 years of imprisonment" (t-terms6)
                            rf"\b{NOUN_TERM}")  # "the court upheld X's death penalty" (t-pen5)
# A civil court's award: "ordered the newspaper to pay $5,000 in damages" → penalty kind other.
DAMAGES = re.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?(?:in\s+|as\s+|for\s+)?(?:\w+\s+)?(?:damages|compensation|reparations?)\b")
# A word between the court's verb and the term, as names are written (t-terms2): "sentenced al-Rabea to
# death", "sentencing blogger Mohamed “Oxygen” Ibrahim to four years", "O'Neill"; ...
NAME_WORD = r"[\w'’\"“”‘+-]+"
# ... and the persons listed between them, set off by commas or dashes, no "to" among them: "sentenced four
# of them–A al-B, C D, and E al-F–to death", "sentenced A B and C D, members of the X+ community, to death"
_LISTED = rf"(?:(?!to\b){NAME_WORD},?(?:\s+|\s*[–—]\s*)){{0,12}}?"
DEATH = re.compile(rf"(?i)\b(?:sentenc\w*\s+(?:{NAME_WORD}\s+){{0,8}}?to\s+death|sentenc\w*\s+{_LISTED}to\s+death|"
                   r"death\s+sentences?|condemned\s+(?:\w+\s+){0,4}?to\s+death|death\s+penalty)\b")
LIFE = re.compile(r"(?i)\b(?:life\s+(?:imprisonment|(?:prison\s+|jail\s+)?sentences?|terms?|in\s+prison)|"  # "life prison sentences"
                  rf"(?:imprisonment|prison|jail)\s+for\s+life|sentenc\w*\s+(?:{NAME_WORD}\s+){{0,6}}?to\s+life"
                  r"(?:\s+(?:imprisonment|in\s+prison))?)\b")
# What follows a term: "five years' imprisonment", "five years in prison", "a 10-year sentence".
_AFTER_TERM = (
    r"(?i)^(?:['’]s?)?\s*(?:or\s+(?:more|longer)\s+)?"  # "11 years or more of imprisonment"; "a year's imprisonment"
    r"(?:(?:suspended\s+)?(?:prison|jail)\s+(?:sentences?|terms?)|(?:of\s+)?imprisonment|"
    r"in\s+(?:prison|jail|a\s+(?:labor|labour|penal)\s+(?:camp|colony))|(?:suspended\s+)?sentences?|"
    r"(?:of\s+)?(?:hard|forced|corrective)\s+labou?r|of\s+detention|"
    r"(?:of\s+)?(?:restricted|restriction\s+of|limitation\s+of)\s+(?:freedom|liberty|movement)|"
    r"(?:of\s+)?probation|(?:of\s+)?(?:administrative\s+)?arrest|behind\s+bars|suspended|"
    r"(?:of\s+)?(?:community\s+service|house\s+arrest)|"
    # a term added to one being served: "added seven years to the prison sentence of X"
    r"to\s+(?:the|his|her|their)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)|"
    r"to\s+life\b")  # "sentences of between three years to life imprisonment": the first term
# the words ``durations`` reads as a term imposed (a length before them is no length served)
AFTER_TERM_CORE = re.compile(_AFTER_TERM + ")")
# ... and the term's words read on reports nobody annotated (``wording``, t-terms6): "18 months'
# incarceration", "14 years in high-security prison"; a length released after them stays a duration
AFTER_TERM = re.compile(_AFTER_TERM + rf"|{CONFINEMENT})")


# "sentenced him to a year in prison": a term told with an article, not a number
A_TERM = re.compile(rf"(?i)\b(?:a|an)\s+({UNIT_WORD})\b")
BEFORE_TERM = re.compile(r"(?i)(?:sentenc\w*|jailed|received|given|gave|giving|handed(?:\s+down)?|imposed|serve[sd]?|serving|under|issued|"
                         r"commuted|reduced|shortened|lowered)\s+(?:" + NAME_WORD + r"\s+){0,8}?(?:to|with|of|for)?\s*(?:an?\s+|the\s+)?"
                         # "sentenced 48 of the detainees to prison terms ranging from one to seven years"
                         # "imposed sentences of between three years to life imprisonment"
                         r"(?:(?:(?:prison\s+|jail\s+)?(?:terms?|sentences?)\s+ranging\s+)?(?:from|between)\s+)?$")
# A sentence changed on appeal or by pardon: "her sentence was shortened to five years" — the
# new term replaces the first one stated
CHANGED_TO = re.compile(r"(?i)\b(?:reduced|shortened|lowered|commuted|cut|increased|raised|extended)\s+"
                        r"(?:(?:it|them|this|that|the\s+(?:sentence|term))\s+)?to\s+(?:an?\s+)?$")
KIND_OF_TERM = [
    (re.compile(r"(?i)restrict\w*\s+(?:of\s+)?(?:freedom|liberty|movement)|limitation\s+of\s+(?:freedom|liberty)"),
     "restricted_freedom"),
    (re.compile(r"(?i)probation"), "probation"),
    (re.compile(r"(?i)community\s+service|corrective\s+labou?r|house\s+arrest|administrative\s+arrest"), "other"),
]
# "14 years and six months": the months of a term told in two units
AND_MONTHS = re.compile(r"(?i)^\s*,?\s+and\s+$")


def unit_name(u: str | None) -> str | None:
    if not u:
        return None
    u = u.lower().rstrip("s")
    return UNITS.get(u, u)


def find_penalties(sentence: str) -> list[tuple[int, Penalty]]:
    """``(offset, penalty)`` for each penalty imposed in ``sentence``, in text order."""
    if not SENTENCE_WORDS.search(sentence) or not (IMPOSED.search(sentence) or SERVING.search(sentence)):
        return []
    out: list[tuple[int, Penalty]] = []
    taken: list[tuple[int, int]] = []
    for m in DEATH.finditer(sentence):
        if "penalty" in m.group(0).lower() and not re.search(r"(?i)\b(?:received|given|imposed|handed)\b", sentence) \
                and not re.search(NOUN_TERM, sentence, re.I):
            continue
        out.append((m.start(), Penalty("death", None, None, m.group(0))))
        taken.append(m.span())
    for m in LIFE.finditer(sentence):
        g = m.group(0)
        cut = g.lower().rfind("to life")
        at = m.start() + cut + 3 if cut >= 0 else m.start()  # "sentences of between three years to life": the
        out.append((at, Penalty("life", None, None, g[at - m.start():])))  # three years stay free
        taken.append((at, m.end()))
    nums = find_numbers(sentence)
    for k, n in enumerate(nums):
        if any(a <= n.start < b for a, b in taken):
            continue
        if n.kind == "duration" and n.qualifier != "up to":
            value, unit, n_end = joined_term(sentence, nums, k)
            first = listed_first(sentence, nums, k)  # "to 10, nine, and eight years in jail, respectively"
            if first is not None:
                value, n = first.value, replace(n, start=first.start)
            after = AFTER_TERM.match(sentence[n_end:n_end + 60])
            before = BEFORE_TERM.search(sentence[max(0, n.start - 90):n.start])
            if not after and not before:
                continue
            if not after and before and not re.search(r"(?i)sentenc|jailed|serv", before.group(0)):
                continue
            end = n_end + (after.end() if after else 0)
            text = sentence[n.start:end]
            out.append((n.start, Penalty(_kind_of_term(text), value, unit, text)))
            taken.append((n.start, end))
        elif n.kind == "money" and not n.equivalent and n.qualifier != "up to":
            before = sentence[max(0, n.start - 60):n.start].lower()
            after = sentence[n.end:n.end + 40]
            if DAMAGES.match(after) or re.search(r"\b(?:damages|compensation)\s+(?:of\s+)?$", before):
                out.append((n.start, Penalty("other", n.value, n.unit, n.text)))
                taken.append((n.start, n.end))
            elif FINE_BEFORE.search(before) or re.match(r"(?i)\s*(?:\([^)]*\)\s*)?fine", after) or \
                    _fined_long_object(sentence, nums, k):
                out.append((n.start, Penalty("fine", n.value, n.unit, n.text)))
                taken.append((n.start, n.end))
    for m in A_TERM.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        after = AFTER_TERM.match(sentence[m.end():m.end() + 60])
        before = BEFORE_TERM.search(sentence[max(0, m.start() - 90):m.start()])
        if after and before and re.search(r"(?i)sentenc|jailed|serv", before.group(0)):
            end = m.end() + after.end()
            out.append((m.start(), Penalty(_kind_of_term(sentence[m.start():end]), 1,
                                           unit_name(m.group(1)), sentence[m.start():end])))
            taken.append((m.start(), end))
    out.sort(key=lambda x: x[0])
    return out


FINE_BEFORE = re.compile(r"fined|fine\s+of|fines\s+of|ordered\s+(?:\w+\s+){0,4}?to\s+pay|pay\s+(?:a\s+)?(?:fine|penalty)")


def _fined_long_object(sentence: str, nums: list[NumberMention], k: int) -> bool:
    """The amount after an object longer than the 60 characters looked at, with no number between
    ("fined the Arvel Morning Television network and the Dunmore community radio station two million
    naira")."""
    n = nums[k]
    start = max(0, n.start - 140, nums[k - 1].end if k else 0)
    m = re.search(r"(?i)\bfined\s+(?!for\b|by\b|in\b|on\b)[^.;:]*$", sentence[start:n.start])
    return m is not None


LIST_JOIN = re.compile(r"(?i)^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def listed_first(sentence: str, nums: list[NumberMention], k: int) -> NumberMention | None:
    """The first of the bare numbers listed before the term ``nums[k]`` ("sentenced them to 10,
    nine, and eight years in jail, respectively", "received 10 and six month sentences"): one
    event for the sentence keeps the first term stated (docs/EVALUATION.md)."""
    j = k
    while j > 0 and nums[j - 1].kind == "count" and not nums[j - 1].unit \
            and LIST_JOIN.match(sentence[nums[j - 1].end:nums[j].start]):
        j -= 1
    return nums[j] if j < k else None


def joined_term(sentence: str, nums: list[NumberMention], k: int) -> tuple[float, str | None, int]:
    """``(value, unit, end)`` of the duration ``nums[k]``, joined with the months that follow
    it ("14 years and six months" → 14.5 years; "two years and 10 months" → 34 months, exact)."""
    n = nums[k]
    m = nums[k + 1] if k + 1 < len(nums) else None
    if m is None or unit_name(n.unit) != "years" or m.kind != "duration" or unit_name(m.unit) != "months" \
            or not AND_MONTHS.search(sentence[n.end:m.start]) or m.value is None or n.value is None:
        return n.value, unit_name(n.unit), n.end
    if m.value * 100 % 12 == 0:
        return n.value + m.value / 12, "years", m.end
    return n.value * 12 + m.value, "months", m.end


def _kind_of_term(text: str) -> str:
    kind = "prison"
    for rx, k in KIND_OF_TERM:
        if rx.search(text):
            kind = k
    return kind


def final_terms(sentence: str, penalties: list[tuple[int, Penalty]]) -> list[tuple[int, Penalty]]:
    """For one conviction event, the term as changed ("her sentence was shortened to five
    years") replaces the one first imposed; fines stay. (Two dated events in the sentence
    keep one term each, by their dates.)"""
    changed = [k for k, (at, p) in enumerate(penalties) if p.kind != "fine"
               and CHANGED_TO.search(sentence[max(0, at - 60):at])]
    if not changed:
        return penalties
    return [(at, p) for k, (at, p) in enumerate(penalties) if k >= changed[-1] or p.kind == "fine"]
