"""Penalties and durations of events: what a court imposed, how long a detention lasted.

``attach_penalties(annotated, events)`` fills ``Event.penalty`` on conviction events
("sentenced him to five years' imprisonment" → prison 5 years; "fined 500,000 tenge" →
fine 500000 KZT; "life imprisonment", "sentenced to death", "a two-year suspended
sentence" → prison 2 years, text says "suspended") and ``Event.duration`` on the other
events of the sentence ("held for 48 hours", "detained for two weeks", "a two-month
suspension"). Quantities come from :func:`.numbers.find_numbers` (digits and words);
rule sentences ("punishable by up to five years") are provisions, not penalties.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterable

from ..records import Duration, Event, Penalty
from .dates import find_dates
from .imposed import NARRATED_CONVICTIONS, SERVING
from .numbers import NumberMention, find_numbers
from .provisions import rule_mentions

if TYPE_CHECKING:
    from .annotate import Annotated

UNITS = {"year": "years", "month": "months", "week": "weeks", "day": "days", "hour": "hours",
         "minute": "minutes", "night": "nights"}
_UNIT_WORD = r"(?:years?|months?|weeks?|days?|nights?|hours?|minutes?)"

# A court's decision in the sentence (past tense, not a rule).
IMPOSED = re.compile(r"(?i)\b(?:sentenc(?:ed|ing)|convicted|fined|condemned|given|gave|giving|received|handed"
                     r"|impos(?:ed|ing)|ordered\s+(?:\w+\s+){0,4}?to\s+pay|jailed|commuted|upheld|reduc(?:ed|ing)|shortened"
                     r"|serve[sd]?|added|issu(?:ed|ing)|result(?:ed|ing)\s+in|sanction(?:ed|ing))\b")  # "issued six-month suspended sentences"
SENTENCE_WORDS = re.compile(r"(?i)\bsentenc|\bconvict|\bfined\b|\bverdict\b|\bcondemned\b|\bfines?\b|"
                            r"\b(?:prison|jail)\s+terms?\b|"
                            r"\bordered\s+(?:\w+\s+){0,4}?to\s+pay\b|\bdamages\b")
# A civil court's award: "ordered the newspaper to pay $5,000 in damages" → penalty kind other.
DAMAGES = re.compile(r"(?i)^\s*(?:\([^)]*\)\s*)?(?:in\s+|as\s+|for\s+)?(?:\w+\s+)?(?:damages|compensation|reparations?)\b")

DEATH = re.compile(r"(?i)\b(?:sentenc\w*\s+(?:\w+\s+){0,8}?to\s+death|death\s+sentences?|"
                   r"condemned\s+(?:\w+\s+){0,4}?to\s+death|death\s+penalty)\b")
LIFE = re.compile(r"(?i)\b(?:life\s+(?:imprisonment|sentences?|terms?|in\s+prison)|"
                  r"(?:imprisonment|prison|jail)\s+for\s+life|sentenc\w*\s+(?:\w+\s+){0,6}?to\s+life(?:\s+(?:imprisonment|in\s+prison))?)\b")
# What follows a term: "five years' imprisonment", "five years in prison", "a 10-year sentence".
AFTER_TERM = re.compile(
    r"(?i)^(?:['’]s?)?\s*(?:or\s+(?:more|longer)\s+)?"  # "11 years or more of imprisonment"; "a year's imprisonment"
    r"(?:(?:suspended\s+)?(?:prison|jail)\s+(?:sentences?|terms?)|(?:of\s+)?imprisonment|"
    r"in\s+(?:prison|jail|a\s+(?:labor|labour|penal)\s+(?:camp|colony))|(?:suspended\s+)?sentences?|"
    r"(?:of\s+)?(?:hard|forced|corrective)\s+labou?r|of\s+detention|"
    r"(?:of\s+)?(?:restricted|restriction\s+of|limitation\s+of)\s+(?:freedom|liberty|movement)|"
    r"(?:of\s+)?probation|(?:of\s+)?(?:administrative\s+)?arrest|behind\s+bars|suspended|"
    r"(?:of\s+)?(?:community\s+service|house\s+arrest)|"
    # a term added to one being served: "added seven years to the prison sentence of X"
    r"to\s+(?:the|his|her|their)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?)|"
    r"to\s+life\b)")  # "sentences of between three years to life imprisonment": the first term
# "sentenced him to a year in prison": a term told with an article, not a number
A_TERM = re.compile(rf"(?i)\b(?:a|an)\s+({_UNIT_WORD})\b")
BEFORE_TERM = re.compile(r"(?i)(?:sentenc\w*|jailed|received|given|gave|giving|handed(?:\s+down)?|imposed|serve[sd]?|serving|under|issued|"
                         r"commuted|reduced|shortened|lowered)\s+(?:\w+\s+){0,8}?(?:to|with|of|for)?\s*(?:an?\s+|the\s+)?"
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
DURATION_BEFORE = re.compile(
    r"(?i)\b(?:held|detained|kept|jailed|imprisoned|interrogated|questioned|arrested|incarcerated|"
    r"holding|detaining|keeping|"  # "for arbitrarily arresting and detaining him for 18 days"
    r"confined|spent|placed|arrest|suspend|suspended|close|closed|ban|banned|block|blocked|blockaded|besieged|"
    r"cut|shut|hospitalized|disappeared|curfew|lockdown|state\s+of\s+(?:emergency|exception|siege|alarm)|disrupted|"
    r"extended|prolonged|"  # "the mandate of the councils was extended for two years"
    r"(?:went|go|going|were|was)\s+on\s+strike|"
    r"missing|hunger\s+strike|custody|detention|incommunicado|remanded)\b[^.;]{0,80}?\bfor\s+"
    r"(?:(?:over|more\s+than|less\s+than|about|approximately|nearly|almost|some|at\s+least|up\s+to|another|"
    r"an\s+additional|a\s+further|periods?\s+(?:ranging\s+)?(?:from|between|of))\s+)?$")  # "for periods ranging from one day …"
# "where he spent three months without appearing in court": the length told by "spent"
SPENT = re.compile(r"(?i)\bspent\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|some|at\s+least)\s+)?$")
# ... only where the time was spent held: "prison, where he spent …", "spent … in detention / without trial"
SPENT_HELD = re.compile(r"(?i)\b(?:prison|jail|detention|custody|cell|camp|police\s+station)\b[^.;]{0,40}$")
SPENT_AFTER = re.compile(r"(?i)^\s+(?:in\s+(?:pretrial\s+|preventive\s+)?(?:detention|custody|jail|prison|incommunicado|a\s+cell)|"
                         r"behind\s+bars|without\s+(?:trial|charges?|appearing|being\s+(?:charged|tried)))\b")
DURATION_AFTER = re.compile(
    r"(?i)^['’]?\s*(?:-long\s+|long\s+)?(?:in\s+(?:detention|custody|jail|prison|pretrial\s+detention|incommunicado)|"
    r"(?:of\s+)?(?:pretrial\s+|incommunicado\s+|administrative\s+)?(?:detention|custody|suspension|ban|house\s+arrests?|"
    r"closure|blockade|blocking|(?:hunger\s+|general\s+)?strike|curfew|lockdown|siege|"
    r"(?:internet\s+|communications?\s+)?(?:shutdown|blackout)|extension|state\s+of\s+(?:emergency|exception|siege|alarm))|"
    # "a 60-day, nationwide state of emergency"
    r",?\s*(?:nationwide|countrywide|national|nighttime|total|partial)\s+(?:curfew|lockdown|"
    r"state\s+of\s+(?:emergency|exception|siege|alarm)))")
# "The blockade of the town lasted three months": how long it lasted, told by the verb
LASTED = re.compile(r"(?i)\blast(?:ed|ing)\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|some|"
                    r"at\s+least|only|just)\s+)?$")
# "two years' imprisonment, suspended for three years": the term of a suspended sentence is
# part of the penalty, not how long a detention lasted
SUSPENDED_FOR = re.compile(r"(?i)\bsuspended\s+for\s+(?:a\s+period\s+of\s+)?$")
# "a month-long detention", "a weeklong curfew": one unit, told without a number
A_LONG = re.compile(r"(?i)\b(day|week|month|year)[\s-]?long\s+(?=(?:pretrial\s+|incommunicado\s+)?"
                    r"(?:detention|custody|curfew|blockade|siege|strike|hunger\s+strike|shutdown|blackout|"
                    r"closure|suspension|ban)\b)")
# "14 years and six months": the months of a term told in two units
AND_MONTHS = re.compile(r"(?i)^\s*,?\s+and\s+$")
A_UNIT = re.compile(rf"(?i)\bfor\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|some)\s+)?"
                    rf"(?:a|an|one)\s+({_UNIT_WORD})\b")


def _unit(u: str | None) -> str | None:
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
        if "penalty" in m.group(0).lower() and not re.search(r"(?i)\b(?:received|given|imposed|handed)\b", sentence):
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
                                           _unit(m.group(1)), sentence[m.start():end])))
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
    if m is None or _unit(n.unit) != "years" or m.kind != "duration" or _unit(m.unit) != "months" \
            or not AND_MONTHS.search(sentence[n.end:m.start]) or m.value is None or n.value is None:
        return n.value, _unit(n.unit), n.end
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


def find_durations(sentence: str) -> list[tuple[int, Duration, str]]:
    """``(offset, duration, cue)`` for each length of a detention or restriction in ``sentence``.

    ``cue`` is "release" when the length is told with the release ("held for three hours
    before being released", "released after two days")."""
    out: list[tuple[int, Duration, str]] = []
    spans = [(at, at + len(p.text)) for at, p in find_penalties(sentence)]
    imposed = {at for at, _ in spans}
    nums = find_numbers(sentence)
    joined_to = -1  # the end of the last length joined with its months
    for k, n in enumerate(nums):
        if n.kind != "duration" or n.start < joined_to or any(a <= n.start < b for a, b in spans):
            continue
        value, unit, n_end = joined_term(sentence, nums, k)
        joined_to = n_end
        before = sentence[max(0, n.start - 120):n.start]
        after = sentence[n_end:n_end + 50]
        if AFTER_TERM.match(after) and (not DURATION_AFTER.match(after) or n.qualifier == "up to"):
            continue  # a sentence imposed or a legal maximum ("subject to up to 12 years in jail"), not a length served
        if SUSPENDED_FOR.search(before) and any(0 < n.start - at < 90 for at in imposed):
            continue  # "two years' imprisonment, suspended for three years"
        if DURATION_BEFORE.search(before) or DURATION_AFTER.match(after) or LASTED.search(before) or \
                SPENT.search(before) and (SPENT_HELD.search(before) or SPENT_AFTER.match(after)) or \
                re.search(r"(?i)\breleased\s+(?:\w+\s+){0,4}?after\s+$", before) or RELEASED_LATER.search(before) \
                and re.match(r"\s+later\b", after) or AFTER_THEN_RELEASED.match(sentence, n.start) \
                and re.search(r"(?i)(?:^|[.;]\s*)after\s+$", before):
            out.append((n.start, Duration(value, unit, sentence[n.start:n_end]), _cue(sentence, n)))
    for m in A_LONG.finditer(sentence):
        out.append((m.start(), Duration(1, _unit(m.group(1)), m.group(0).strip()), "detention"))
    for m in A_UNIT.finditer(sentence):
        if any(m.start() <= at < m.end() for at, _, _ in out):
            continue  # "for one month" is already a number
        if DURATION_BEFORE.search(sentence[max(0, m.start() - 120):m.start()] + "for "):
            out.append((m.start(), Duration(1, _unit(m.group(1)), m.group(0)[4:]), "detention"))
    out.sort(key=lambda x: x[0])
    return out


EMERGENCY = re.compile(r"(?i)\bstate\s+of\s+(?:emergency|exception|siege|alarm)\b|\bcurfew\b|\blockdown\b")
# "After 10 days authorities dropped the charges and released the two leaders"
AFTER_THEN_RELEASED = re.compile(r"(?i)\S+(?:\s+\S+)?[,]?\s+(?:\w+\s+){0,10}?(?:released|freed)\b")
# "released two hours later", "freed the journalist 48 hours later": the length of the detention.
RELEASED_LATER = re.compile(r"(?i)\b(?:released|freed|let\s+go|set\s+free)\b(?:\s+[\w’'-]+){0,5}?\s+$")


def _cue(sentence: str, n: NumberMention) -> str:
    if re.search(r"(?i)(?:^|[.;]\s*)after\s+$", sentence[max(0, n.start - 10):n.start]) \
            and AFTER_THEN_RELEASED.match(sentence, n.start):
        return "release"  # "After 10 days authorities … released the two leaders"
    window = sentence[max(0, n.start - 40):n.end + 40].lower()
    if re.search(r"(?:released|freed)\b[^.;]{0,40}\blater\b", window) and re.match(r"\s+later\b", sentence[n.end:]):
        return "later"  # "arrested him in November and released him three months later": how long the arrest lasted
    return "release" if re.search(r"before\s+(?:being\s+)?releas|released\s+(?:\w+\s+){0,4}?after|"
                                  r"(?:released|freed)\b[^.;]{0,40}\blater\b", window) else "detention"


PENALTY_TYPES = ("conviction_or_sentence",)
# When a sentence imposing a penalty has no conviction event (the typer chose "trial" for
# "was tried, convicted and sentenced to death"), the penalty goes to the nearest event
# of another type, but not to these ("released after serving a five-year sentence").
NO_PENALTY = ("release", "acquittal")
DURATION_ORDER = ("detention_or_arrest", "censorship_or_blocking", "release", "other", "dismissal",
                  "registration_decision", "strike", "protest", "attack_or_threat",  # a blockade, a siege
                  # the length of the detention kept on the step the sentence dates ("Police held the
                  # activist for six days; she appeared in court on April 2 charged with …"; "acquitted a
                  # farmer, who had spent almost three years in pretrial detention"); a state of emergency
                  # declared for 45 days
                  "charge", "acquittal", "trial", "law_or_decree")


def attach_penalties(annotated: "Annotated", events: list[Event]) -> list[Event]:
    """``events`` with ``penalty`` and ``duration`` filled from their evidence sentences.

    When a sentence holds several events (one per date expression), a penalty goes to the
    conviction event whose date expression is nearest to it, a duration to the event of the
    preferred type (the release for "released after two days", else the detention …) whose
    date expression is nearest."""
    text = annotated.text
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, ev in enumerate(events):
        by_sentence.setdefault((ev.evidence.start, ev.evidence.end), []).append(i)
    out = list(events)
    ends: dict[int, list[int]] = {}  # events by where the next clause starts (their end + white space)
    for i, ev in enumerate(events):
        ends.setdefault(ev.evidence.end + len(text[ev.evidence.end:ev.evidence.end + 3]) -
                        len(text[ev.evidence.end:ev.evidence.end + 3].lstrip()), []).append(i)
    for (start, end), idx in by_sentence.items():
        sentence = text[start:end]
        # the quantities of a rule ("punishable by up to five years") are provisions; a quantity
        # inside a rule's range is the rule's too ("punishable by three months to two years in
        # prison": the two years are no length a charge lasted)
        rules = _Spans() if re.search(r"(?i)\b(?:was|were|been)\s+sentenced|\bsentenced\s+\w+", sentence) \
            or NARRATED_CONVICTIONS.search(sentence) \
            else _Spans((m.start, m.end) for m in rule_mentions(sentence))
        at = _positions(sentence, [out[i] for i in idx], annotated.year)
        pos = dict(zip(idx, at))
        penalties = [(o, p) for o, p in find_penalties(sentence) if o not in rules]
        if penalties:
            convictions = [i for i in idx if out[i].type in PENALTY_TYPES]
            # a term being served ("under a 12-year sentence") is the conviction's, of no other event
            serving = not IMPOSED.search(sentence)
            fallback = [] if serving else [i for i in idx if out[i].type not in NO_PENALTY]
            if not convictions and fallback:
                convictions = [min(fallback, key=lambda i: _distance(pos[i], penalties[0][0]))]
            if len(convictions) == 1:
                penalties = final_terms(sentence, penalties)
            changed = {o for o, p in penalties
                       if p.kind != "fine" and CHANGED_TO.search(sentence[max(0, o - 60):o])}
            for i, pen in _assign_penalties(out, convictions, pos, penalties, changed, sentence).items():
                out[i] = replace(out[i], penalty=pen)
        # a length told with the release first: "held for a month … and released after 56 days of
        # detention" gives the release its 56 days, not the month
        durations = sorted((d for d in find_durations(sentence) if d[0] not in rules  # a state of emergency
                            or EMERGENCY.search(sentence, max(0, d[0] - 120), d[0] + 60)),  # declared for 45 days
                           key=lambda d: d[2] not in ("release", "later"))
        others = [i for i in idx if out[i].type not in PENALTY_TYPES]
        taken: set[int] = set()
        for offset, dur, cue in durations:
            if cue == "later" and not any(out[i].type == "detention_or_arrest" for i in idx):
                # the arrest told in the clause before ("police arrested X in November 2019, | and
                # released him three months later"): its evidence ends where this one starts
                arrest = next((i for i in ends.get(start, []) if out[i].type == "detention_or_arrest"
                               and out[i].duration is None), None)
                if arrest is not None:
                    out[arrest] = replace(out[arrest], duration=dur)
                    continue
            emergency = EMERGENCY.search(sentence, max(0, offset - 120), offset + 60) is not None
            target = _duration_target(out, [i for i in others if i not in taken], cue, pos, offset, emergency)
            if target is not None:
                out[target] = replace(out[target], duration=dur)
                taken.add(target)
    return out


class _Spans:
    """The spans of a sentence's rule quantities; ``offset in spans`` when one covers it."""

    def __init__(self, spans: "Iterable[tuple[int, int]]" = ()) -> None:
        self.spans = list(spans)

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and any(a <= offset < b for a, b in self.spans)


def _positions(sentence: str, events: list[Event], year: int | None) -> list[int | None]:
    """Where in ``sentence`` each event's date expression stands (None: undated event)."""
    mentions = [m for m in find_dates(sentence, year) if m.date]
    out: list[int | None] = []
    used: set[int] = set()
    for ev in events:
        k = next((k for k, m in enumerate(mentions) if k not in used and m.date == ev.date), None)
        if k is None:
            out.append(None)
        else:
            used.add(k)
            out.append(mentions[k].start)
    return out


def _distance(pos: int | None, offset: int) -> int:
    """How far an event's date expression is from a quantity; the reports put the date
    before the clause it dates ("on May 9 a court sentenced X to death"), so a date
    before the quantity is nearer than one after it."""
    if pos is None:
        return 1 << 20
    return offset - pos if pos <= offset else (1 << 16) + pos - offset


# The date expression told right after the penalty dates the sentencing ("… and sentenced to a
# four-month suspended sentence on April 18"): only a preposition between them.
DATED_AFTER = re.compile(r"(?i)\s*,?\s*(?:on|in)\s+")


def _assign_penalties(events: list[Event], cands: list[int], pos: dict[int, int | None],
                      penalties: list[tuple[int, Penalty]], changed: set[int], sentence: str) -> dict[int, Penalty]:
    """Each penalty to the nearest candidate event; an event given several keeps the prison
    term (or the first stated) over a fine (docs/EVALUATION.md). A term changed later ("her
    sentence was shortened to five years in May", offsets in ``changed``) goes to the latest
    dated candidate: the change comes after the sentence first imposed."""
    if not cands:
        return {}
    got: dict[int, list[Penalty]] = {}
    if len(cands) == 1 or all(pos[i] is None for i in cands):
        if len(cands) == 1:
            got[cands[0]] = [p for _, p in penalties]
        else:  # undated conviction events, in text order: one penalty each, as stated
            for k, i in enumerate(cands):
                got[i] = [penalties[min(k, len(penalties) - 1)][1]]
    else:
        dated = [i for i in cands if pos[i] is not None]
        for offset, pen in penalties:
            after = next((i for i in dated if DATED_AFTER.fullmatch(sentence[offset + len(pen.text):pos[i]])), None)
            if offset in changed and len(dated) > 1:
                best = max(dated, key=lambda i: (events[i].date, pos[i]))
            elif after is not None:
                best = after  # "summoned on April 4 and sentenced to a four-month suspended sentence on April 18"
            else:
                best = min(cands, key=lambda i: _distance(pos[i], offset))
            got.setdefault(best, []).append(pen)
    return {i: next((p for p in pens if p.kind != "fine"), pens[0]) for i, pens in got.items()}


def _duration_target(events: list[Event], idx: list[int], cue: str, pos: dict[int, int | None],
                     offset: int, emergency: bool = False) -> int | None:
    # "released … N later": the arrest of the sentence lasted N (2020 Senegal dev gold), else the release
    order = ("release",) if cue == "release" else ("detention_or_arrest", "release") if cue == "later" else ()
    order += DURATION_ORDER  # a law or decree lasts only as a state of emergency, a curfew, a lockdown
    for t in (t for t in order if t != "law_or_decree" or emergency):
        same = [i for i in idx if events[i].type == t]
        if same:
            return min(same, key=lambda i: _distance(pos[i], offset))
    return None
