"""How long a detention or a restriction lasted, read from one sentence.

:func:`find_durations` reads "held for 48 hours", "detained for two weeks", "a two-month
suspension", "released after two days", "a month-long curfew"; a term a court imposed is a
penalty (:mod:`.penalties`), not a length served — unless a release ends it: "released X from a
30-day jail term", "released from eight years of home confinement" are the length served (t-dur2).
"""
from __future__ import annotations

import re

from ...records import Duration
from ..lexicons import alternation, lexicon
from ..numbers import NumberMention, find_numbers
from .penalties import AFTER_TERM_CORE as AFTER_TERM, UNIT_WORD, find_penalties, joined_term, unit_name

DURATION_BEFORE = re.compile(
    r"(?i)\b(?:held|detained|kept|jailed|imprisoned|interrogated|questioned|arrested|incarcerated|"
    r"holding|detaining|keeping|"  # "for arbitrarily arresting and detaining him for 18 days"
    r"confined|spent|placed|arrest|suspend|suspended|close|closed|ban|banned|block|blocked|blockaded|besieged|"
    r"cut|shut|hospitalized|disappeared|curfew|lockdown|state\s+of\s+(?:emergency|exception|siege|alarm)|disrupted|"
    r"extended|prolonged|"  # "the mandate of the councils was extended for two years"
    r"(?:went|go|going|were|was)\s+on\s+strike|"
    r"missing|hunger\s+strike|custody|detention|incommunicado|remanded)\b[^.;]{0,80}?\bfor\s+"
    r"(?:(?:over|more\s+than|less\s+than|about|approximately|nearly|almost|some|at\s+least|another|"
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
A_UNIT = re.compile(rf"(?i)\bfor\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|some)\s+)?"
                    rf"(?:a|an|one)\s+({UNIT_WORD})\b")


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
        if n.qualifier == "up to":
            continue  # a maximum ("detained for up to 15 days", "a maximum of 30 days"): a limit or a practice, no length served
        if _released_from(before, after):  # "released X from a 30-day jail term": the length served
            out.append((n.start, Duration(value, unit, sentence[n.start:n_end]), "release"))
            continue
        if AFTER_TERM.match(after) and not DURATION_AFTER.match(after):
            continue  # a sentence imposed, not a length served
        if SUSPENDED_FOR.search(before) and any(0 < n.start - at < 90 for at in imposed):
            continue  # "two years' imprisonment, suspended for three years"
        if DURATION_BEFORE.search(before) or DURATION_AFTER.match(after) or LASTED.search(before) or \
                SPENT.search(before) and (SPENT_HELD.search(before) or SPENT_AFTER.match(after)) or \
                RELEASED_AFTER.search(before) or _served_then_released(sentence, n, before) or RELEASED_LATER.search(before) \
                and re.match(r"\s+later\b", after) or AFTER_THEN_RELEASED.match(sentence, n.start) \
                and re.search(r"(?i)(?:^|[.;]\s*)after\s+$", before):
            out.append((n.start, Duration(value, unit, sentence[n.start:n_end]), _cue(sentence, n)))
    for m in A_LONG.finditer(sentence):
        out.append((m.start(), Duration(1, unit_name(m.group(1)), m.group(0).strip()), "detention"))
    for m in A_UNIT.finditer(sentence):
        if any(m.start() <= at < m.end() for at, _, _ in out):
            continue  # "for one month" is already a number
        if DURATION_BEFORE.search(sentence[max(0, m.start() - 120):m.start()] + "for "):
            out.append((m.start(), Duration(1, unit_name(m.group(1)), m.group(0)[4:]), "detention"))
    out.sort(key=lambda x: x[0])
    return out


# "released in 2019 after more than two years in custody", "released after serving 11 years of a
# 13-year sentence": the length served, told with the release
RELEASED_AFTER = re.compile(r"(?i)\breleased\s+(?:\w+\s+){0,4}?after\s+(?:(?:serving|spending)\s+)?"
                            r"(?:(?:over|more\s+than|about|approximately|nearly|almost|some|at\s+least)\s+)?$")
# "On March 17, after serving three years of his six-year term, authorities released him"
SERVED = re.compile(r"(?i)\bafter\s+(?:serving|spending)\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|"
                    r"some|at\s+least)\s+)?$")


_T = lexicon("terms")
# "released X from a 30-day jail term", "freed … after they completed three-year sentences" (t-dur2): the
# release's verb, up to twelve words (an apposition in commas), "from" or "after … completed", an article
# or a possessive; the words in data/terms.toml
RELEASED_FROM = re.compile(rf"(?i)\b{alternation(_T['release_verbs'])}\b(?:\s+[\w’'.,-]+){{0,12}}?\s+"
                           rf"{alternation(_T['release_ends'])}\s+(?:(?:a|an|his|her|their)\s+)?"
                           r"(?:(?:over|more\s+than|about|approximately|nearly|almost|some)\s+)?$")
# ... and right after the length, the custody or term it ends: "jail term", "of home confinement", "sentences"
RELEASED_TERM = re.compile(rf"(?i)^['’]?[\s-]+(?:(?:of|in)\s+)?(?:[\w-]+\s+){{0,2}}?"
                           rf"{alternation(_T['released_term_nouns'])}\b")


def _released_from(before: str, after: str) -> bool:
    """"released X from a 30-day jail term", "released from eight years of home confinement": a release told
    with the custody or term it ends, the length inside that noun phrase (read on unread reports, t-dur2)."""
    return bool(RELEASED_FROM.search(before) and RELEASED_TERM.match(after))


def _served_then_released(sentence: str, n: NumberMention, before: str) -> bool:
    """"after serving N …, authorities released him": the release told after the length served."""
    return bool(SERVED.search(before) and re.search(r"(?i)\b(?:released|freed)\b", sentence[n.end:n.end + 100]))


# "After 10 days authorities dropped the charges and released the two leaders"
AFTER_THEN_RELEASED = re.compile(r"(?i)\S+(?:\s+\S+)?[,]?\s+(?:\w+\s+){0,10}?(?:released|freed)\b")
# "released two hours later", "freed the journalist 48 hours later": the length of the detention.
RELEASED_LATER = re.compile(r"(?i)\b(?:released|freed|let\s+go|set\s+free)\b(?:\s+[\w’'-]+){0,5}?\s+$")


def _cue(sentence: str, n: NumberMention) -> str:
    if re.search(r"(?i)(?:^|[.;]\s*)after\s+$", sentence[max(0, n.start - 10):n.start]) \
            and AFTER_THEN_RELEASED.match(sentence, n.start):
        return "release"  # "After 10 days authorities … released the two leaders"
    if _served_then_released(sentence, n, sentence[max(0, n.start - 60):n.start]):
        return "release"  # "after serving three years of his six-year term, authorities released him"
    window = sentence[max(0, n.start - 40):n.end + 40].lower()
    if re.search(r"(?:released|freed)\b[^.;]{0,40}\blater\b", window) and re.match(r"\s+later\b", sentence[n.end:]):
        return "later"  # "arrested him in November and released him three months later": how long the arrest lasted
    return "release" if re.search(r"before\s+(?:being\s+)?releas|released\s+(?:\w+\s+){0,4}?after|"
                                  r"(?:released|freed)\b[^.;]{0,40}\blater\b", window) else "detention"
