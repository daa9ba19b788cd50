"""Number mentions: digits, words, fractions, ranges, percentages, money and their qualifiers.

``find_numbers(text)`` returns every number expression of ``text`` as a
:class:`NumberMention`, in text order, offsets relative to ``text``.

What a mention covers (``start``/``end``, ``text == text[start:end]``): the currency
prefix (``$``, ``US$``, ``KZT``), the number or range, and the unit word that follows
(``percent``, ``%``, ``tenge``, ``years``, ``-year-old``). The qualifier words before it
("approximately", "at least") are *not* inside the span; they give ``qualifier``.

``kind`` is one of

- ``count``     a cardinal number of things ("238 persons", "one", "a dozen", "one-half",
  "twice" = 2, "thrice" = 3)
- ``money``     an amount with a currency ("$27,000", "27,000 tenge", "KZT 5,000");
- ``percent``   "21.7 percent", "40%";
- ``duration``  a number of years/months/weeks/days/nights/hours/minutes ("48 hours", "15-day");
- ``age``       "age 18", "aged 16", "18-year-old", "18 years old", "younger than 18",
  "as young as 12", "citizens over 18 to …", "permitted girls to marry at 16";
- ``ordinal``   "first", "third", "21st";
- ``year``      a calendar year 1900–2100 written as four digits without separators;
- ``date``      the day of a date ("July 2", "5 January", "January 5 through 8");
- ``reference`` numbers of articles, laws, sections and other citations ("Article 174",
  "Law No. 5", "section 5"), and list labels "(1)";
- ``other``     clock times and anything else.

The equivalent of an amount given in parentheses ("500 birr ($10)") is a second
mention of kind ``money`` with ``equivalent=True`` (the flag lets a consumer drop the
restatement; figures.py and provisions.py keep it as a record of its own, one record per
number, as the gold files do). A range in both currencies ("DZD 500 to 2,000 ($6 to $25)")
gives two range mentions.

Numbers in words ("one-half", "a third", "two-thirds", "five-and-one-half", "dozen") are read
by ``words.py`` (text2num, where it has no gaps).
Vague plurals ("dozens", "hundreds", "thousands", "several hundred"), pronoun "one"
("no one", "one another", "could not afford one."), "time and a half", "the first half"
and digit runs longer than 15 digits are not numbers.

Besides the export fields, a mention carries ``equivalent`` (see above) and
``num_start``/``num_end``, the span of the number or range alone (without currency
prefix or unit), which is where the dependency parse is consulted.
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from functools import lru_cache

from .ages import AGE_AFTER_PERSON, AGE_BEFORE, age_by_context
from .currency import LOCAL_DOLLARS, dollars_of_adjective, local_dollar_before
from ..lexicons import lexicon
from .words import SCALES, WORD_RUN, Atom, intify, word_atoms

KINDS = ("count", "money", "percent", "duration", "age", "ordinal", "year", "date",
         "reference", "other")

MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()

NOT_A_NUMBER = re.compile(r"\b(?:no|any|every|each|some|other|this|that|the)[ \t]+$", re.I)
ORDINAL_HALF = re.compile(r"\b(?:first|second|last|latter|other|one)[ \t]+$", re.I)  # "first half"
DIGITS = re.compile(
    r"(?<![\w.,/:])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d]|,\d{3}|\.\d)"
    r"(?P<ord>st|nd|rd|th)?\b"
    r"(?P<scale>[ \t]*(?:hundred|thousand|million|billion|trillion|mln|bn)\b)?", re.I)
MULTIPLIER = re.compile(r"\b(?:twice|thrice)\b", re.I)
URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+")

QUALIFIERS = [
    ("approximately", r"approximately|approx\.|about|around|nearly|almost|some|roughly|circa|"
                      r"close\s+to|an?\s+estimated|estimated|an\s+approximate|approximate"),
    ("at least", r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|"
                 r"a\s+minimum\s+of|minimum\s+of"),
    ("up to", r"up\s+to|as\s+many\s+as|as\s+much\s+as|(?:no|not)\s+more\s+than|"
              r"a\s+maximum\s+of|maximum\s+of|not\s+exceeding|not\s+to\s+exceed"),
    ("more than", r"more\s+than|over|in\s+excess\s+of|upwards\s+of|greater\s+than|above|"
                  r"exceeding|higher\s+than"),
    ("fewer than", r"fewer\s+than|less\s+than|under|below|lower\s+than"),
]
QUALIFIER_BEFORE = [(q, re.compile(rf"(?:^|[^\w])(?:{p})[ \t]+$", re.I)) for q, p in QUALIFIERS]

_CUR = lexicon("currencies")  # data/currencies.toml
# currency word -> ISO code (None: take the code from the adjective before, or the country)
CURRENCY_WORDS: dict[str, str | None] = {w: code or None for w, code in _CUR["words"].items()}
ADJ_CURRENCY: dict[tuple[str, str], str] = {
    (adj, word): code for word, adjs in _CUR["adjectives"].items() for adj, code in adjs.items()}
SYMBOLS: dict[str, str] = dict(_CUR["symbols"])
_CUR_WORDS = "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True))
_ADJ = "|".join(sorted({re.escape(a) for a, _ in ADJ_CURRENCY}, key=len, reverse=True))
CURRENCY_AFTER = re.compile(
    rf"^[ \t]+(?:(?P<adj>{_ADJ}|(?-i:[A-Z][a-z]+))[ \t]+)?(?P<word>{_CUR_WORDS})\b", re.I)
ISO_AFTER = re.compile(r"^[ \t]+(?P<code>[A-Z]{3})\b")
ISO_BEFORE = re.compile(r"(?:^|[^\w])(?P<code>[A-Z]{3})[ \t]?$")
SYMBOL_BEFORE = re.compile(r"(?P<sym>US\$|HK\$|R\$|C\$|A\$|(?<![A-Za-z])Rs\.?[ \t]?|[$€£¥₦₸₹₽₴₩₱])$")

PERCENT_AFTER = re.compile(r"^(?:[ \t]*%|[ \t]+per[ \t]?cent\b|-per[ \t]?cent\b|[ \t]+percentage[ \t]+points?\b)",
                           re.I)
_DUR = r"years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|yrs?|hrs?"
AGE_AFTER = re.compile(r"^(?:[ \t]+years?[ \t]+old\b|[ \t]+years?[ \t]+of[ \t]+age\b|"
                       r"-years?-old\b|[ \t]+year-old\b)", re.I)
# "within seven working days", "at least 10 business days": a kind of day is still a number of days
DURATION_AFTER = re.compile(rf"^(?:[ \t]*-[ \t]*|[ \t]+)(?:(?:working|business|calendar|work)[ \t]+(?=days?\b))?"
                            rf"(?P<u>{_DUR})\b(?:['’](?!s\b)|['’]s\b)?", re.I)
MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTHS)})\.?[ \t]+$", re.I)
# "12 May", but not "children who are 12 or 13 may work": the modal is lower case
MONTH_AFTER = re.compile(rf"^(?i:st|nd|rd|th)?[ \t]+(?i:of[ \t]+)?"
                         rf"(?:(?i:{'|'.join(m for m in MONTHS if m != 'may')})|MAY|May)\b")
REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:articles?|arts?\.|art|nos?\.|numbers?|sections?|paragraphs?|paras?\.|chapters?|"
    r"clauses?|parts?|items?|points?|annex(?:es)?|pages?|pp?\.|vol\.|volumes?|rules?|"
    r"subsections?|subparagraphs?|resolutions?|protocols?|schedules?|tables?|figures?|"
    r"footnotes?|stat\.|case)|§|#)[ \t]*$", re.I)
# Instruments cited by number are capitalised ("Law 5", "Decree 212"); "the law 5 days" is not.
INSTRUMENT_BEFORE = re.compile(r"\b(?:Law|Decree|Order|Code|Ordinance|Act|Bill|Proclamation|"
                               r"Directive|Regulation|Edict|Convention|Title|Book)[ \t]*$")  # "Title 5 of the labor code"
LIST_JOIN = re.compile(r"^(?:\.[a-z]\b\.?)?(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|through|to)[ \t]+|"
                       r"[ \t]*[-–][ \t]*)$", re.I)
SHARED_SCALE = re.compile(r"\b(?:thousand|million|billion)\b", re.I)  # a range's scale applies to both ends
RANGE_GAP = re.compile(r"^(?:[ \t]*[-–—][ \t]*|[ \t]+(?:to|through|and)[ \t]+|"
                       r"[-–][ \t]+to[ \t]+)"  # a suspended hyphen: "10- to 15-year sentences"
                       r"(?:US\$|[$€£¥₦₸₹₽₴₩₱]|[A-Z]{3}[ \t]?)?$")
TIME_AFTER = re.compile(r"^(?::\d\d|[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock))", re.I)
_NOT_NAMES = "|".join(lexicon("figures")["not_names"])
# a capitalised word not at a sentence's start, right before digits (data/figures.toml: not_names)
NAME_BEFORE_DIGITS = re.compile(rf"(?<![.!?:;\"“(][ \t])(?<=[\w,][ \t])(?!(?:{_NOT_NAMES}|"
                                rf"{'|'.join(m.capitalize() for m in MONTHS)})\b)[A-Z][a-z]+[ \t]+$")
COUNTED_AFTER_NAME = re.compile(r"[ \t]*(?:[-–%]|[,.]\d|\d)|[ \t]+(?:[a-z]+s|percent|per)\b")
GRADE_BEFORE = re.compile(r"\bgrade[ \t]+$", re.I)
OR_MORE_AFTER = re.compile(r"^[ \t]+or[ \t]+more\b", re.I)


@dataclass
class NumberMention:
    """One number expression; see the module docstring for what the span and kinds cover."""

    start: int
    end: int
    text: str
    value: float | int
    value_end: float | int | None = None
    unit: str | None = None
    qualifier: str = "exact"
    kind: str = "count"
    equivalent: bool = False  # a restated amount in parentheses: "500 birr ($10)"
    num_start: int = -1       # where the number itself starts (after any currency prefix)
    num_end: int = -1         # where the number (or range) itself ends (before the unit)


# ---------------------------------------------------------------------------- digits


MAX_DIGITS = 15  # longer digit runs are identifiers, not quantities (and overflow floats)


def _digit_atom(m: re.Match[str]) -> Atom | None:
    raw = m.group("num").replace(",", "")
    if len(raw.split(".")[0]) > MAX_DIGITS:
        return None
    value: float = float(raw)
    if m.group("scale"):
        sc = m.group("scale").strip().lower()
        value *= {"mln": 1_000_000, "bn": 1_000_000_000}.get(sc, SCALES.get(sc, 1))
    return Atom(m.start(), m.end(), intify(value), ordinal=bool(m.group("ord")))


def _atoms(text: str) -> list[Atom]:
    urls = [(m.start(), m.end()) for m in URL.finditer(text)]
    atoms = [a for a in map(_digit_atom, DIGITS.finditer(text)) if a is not None]
    for m in WORD_RUN.finditer(text):
        atoms.extend(word_atoms(m, text))
    for m in MULTIPLIER.finditer(text):  # "twice", "thrice": counts of 2 and 3
        atoms.append(Atom(m.start(), m.end(), 2 if m.group(0).lower() == "twice" else 3, True))
    atoms = [a for a in atoms
             if not any(s <= a.start < e for s, e in urls) and not _not_a_number(a, text)]
    # digits followed by a word scale were matched by DIGITS; drop word atoms inside them
    atoms.sort(key=lambda a: (a.start, -a.end))
    out: list[Atom] = []
    for a in atoms:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _not_a_number(a: Atom, text: str) -> bool:
    """Number words that do not state a number here."""
    word = text[a.start:a.end].lower()
    before = text[max(0, a.start - 10):a.start]
    if a.word and word.split()[0] in SCALES:
        return True  # "several hundred", "hundred" alone
    if word == "one" and (NOT_A_NUMBER.search(before) or re.match(
            r"(?:[ \t]+another\b|['’]s\b|[.;:!?])", text[a.end:a.end + 10], re.I)):
        return True  # "no one", "one another", "one's", "could not afford one."
    if word == "dozen" and re.search(r"\b(?:several|few|many)[ \t]+$", before, re.I):
        return True  # "several dozen children": a vague plural, like "dozens"
    if a.fraction and re.search(r"\btime[ \t-]+and[ \t-]+$", before, re.I):
        return True  # "time and a half" (overtime pay)
    return word == "half" and bool(ORDINAL_HALF.search(before))  # "the first half of"


# ---------------------------------------------------------------------------- mentions


DAY_LIST_NEXT = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                           r"\d{1,2}\b(?![ \t]*[a-z]|[,.]\d)")
DAY_LIST_LAST = re.compile(r"[ \t]*,?[ \t]*(?:and|or)[ \t]+$")
DAY_LIST_END = re.compile(r"[ \t]*(?:[,.;:)]|$)")


def _day_then_term(text: str, before: str, a: Atom, b: Atom) -> bool:
    """A day of a month before a term ("sentenced on August 5 to six months in prison"): the day
    starts no range when the end is in words (days are written in digits) or a unit follows it."""
    return (not a.word and a.value <= 31 and bool(MONTH_BEFORE.search(before))
            and (b.word or bool(DURATION_AFTER.match(text[b.end:b.end + 40]))))


def _in_day_list(text: str, prev_end: int, a: Atom) -> bool:
    """A day in a list after a date ("strikes on August 9, 15, and 21"): another day follows
    it, or it closes the list after "and"/"or" with no noun of its own ("On May 5, 12
    protesters …" is a count)."""
    return bool(DAY_LIST_NEXT.match(text, a.end) or DAY_LIST_LAST.search(text[prev_end:a.start])
                and DAY_LIST_END.match(text, a.end))


def _currency_code(word: str, adj: str | None) -> str:
    word = word.lower()
    if adj:
        code = ADJ_CURRENCY.get((adj.lower(), word)) or ADJ_CURRENCY.get((adj.lower(), word + "s"))
        if code:
            return code
        if dollars_of_adjective(word, adj):
            return LOCAL_DOLLARS  # "10,000 Guyanese dollars": the report country's dollar (currency.py)
    return CURRENCY_WORDS.get(word) or word


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    try:
        import pycountry

        return frozenset(c.alpha_3 for c in pycountry.currencies)
    except Exception:  # pragma: no cover - pycountry is a dependency
        return frozenset({"USD", "EUR", "GBP", "KZT", "RUB", "ETB", "NGN", "XAF", "XOF"})


def _qualifier(before: str) -> str:
    for q, rx in QUALIFIER_BEFORE:
        if rx.search(before[-24:]):
            return q
    return "exact"


def find_numbers(text: str) -> list[NumberMention]:
    """Every number expression in ``text`` (offsets relative to ``text``), in text order.

    The stages ask for the numbers of one sentence several times (the readers of provisions, figures):
    the scan runs once per text (:func:`_scanned`), and each call gets mentions of its own (copies),
    since callers tell mentions apart by identity (``provisions.changes.replaced``; t-speed1)."""
    return [copy(m) for m in _scanned(text)]


@lru_cache(maxsize=256)
def _scanned(text: str) -> tuple[NumberMention, ...]:
    """:func:`find_numbers`'s mentions of ``text``, shared (never handed out: callers get copies)."""
    atoms = _atoms(text)
    mentions: list[NumberMention] = []
    i = 0
    prev_kind: str | None = None
    prev_end = -10
    prev_age_end: int | None = None
    while i < len(atoms):
        a = atoms[i]
        start, end = a.start, a.end
        value: float | int = a.value
        value_end: float | int | None = None
        before = text[max(0, start - 60):start]
        # ranges: "between 5,000 and 6,500", "10-15", "eight to 15 years"; not "in 2008 to 167,000"
        if i + 1 < len(atoms) and not a.ordinal and (joined := _range(text, a, atoms[i + 1], before)) is not None:
            value, value_end, end = joined
            i += 1
        i += 1
        after = text[end:end + 40]
        before = before[-28:]  # every look-behind below needs at most this much
        kind, unit = "count", None
        equivalent = False
        num_start, num_end = start, end
        # currency before: "$27,000", "US$", "KZT 5,000"
        if (money := _currency_before(before, after, a, start)) is not None:
            kind, unit, start = money
        if kind == "money" and re.search(r"\([ \t]*(?:approximately|about|some|nearly|roughly)?"
                                         r"[ \t]*$", text[max(0, start - 20):start], re.I) \
                and mentions and mentions[-1].kind == "money" and start - mentions[-1].end < 20:
            equivalent = True
        if (told := _by_unit(text, a, before, after, start, end, value, value_end, kind, unit,
                             prev_age_end)) is not None:
            kind, unit, end = told
        else:
            kind, unit = _by_shape(text, a, before, after, start, value, value_end, kind, unit, prev_kind, prev_end)
        qualifier = _qualifier(text[max(0, start - 60):start])
        if qualifier == "exact" and OR_MORE_AFTER.match(text[end:end + 20]):
            qualifier = "at least"
        mentions.append(NumberMention(start, end, text[start:end], value, value_end, unit,
                                      qualifier, kind, equivalent, num_start, num_end))
        prev_kind, prev_end = kind, a.end if value_end is None else num_end
        if kind == "age":
            prev_age_end = end
    return tuple(mentions)


def _range(text: str, a: Atom, b: Atom, before: str) -> tuple[float | int, float | int, int] | None:
    """``a`` and the number after it as one range ("between 5,000 and 6,500", "10-15", "eight to 15
    years"; not "in 2008 to 167,000", not a day then a term): its value (times the scale the second
    number names alone: "between 7 and 8 million"), end value and end offset; None when no range."""
    value: float | int = a.value
    gap = text[a.end:b.start]
    between = re.search(r"\bbetween[ \t]+(?:the[ \t]+)?(?:ages?[ \t]+(?:of[ \t]+)?|[$€£]|US\$)?$",
                        before, re.I)
    if not (not b.ordinal and RANGE_GAP.match(gap)
            and (" and " not in gap.lower() or between)
            and b.value > a.value
            and not (1900 <= a.value <= 2100 and b.value > 2100 and re.fullmatch(r"\d{4}", text[a.start:a.end]))
            and not (re.fullmatch(r"[ \t]*[-–][ \t]*", gap) and (a.word != b.word))
            and not _day_then_term(text, before, a, b)):
        return None
    sc = SHARED_SCALE.search(text[b.start:b.end])
    if sc and not SHARED_SCALE.search(text[a.start:a.end]) and value * SCALES[sc.group(0).lower()] < b.value:
        value = intify(value * SCALES[sc.group(0).lower()])  # "between 7 and 8 million"
    return value, b.value, b.end


def _currency_before(before: str, after: str, a: Atom, start: int) -> tuple[str, str, int] | None:
    """Money told by a symbol or an ISO code before the number ("$27,000", "US$", "KZT 5,000"): the kind,
    the currency and the start offset moved back over it; None otherwise (and for an ordinal). A local
    dollar ("J$", "Fiji $150,000 ($74,000)": ``currency.py``) is left the currency word."""
    sym = SYMBOL_BEFORE.search(before)
    iso_b = ISO_BEFORE.search(before)
    if sym and not a.ordinal:
        if sym.group("sym") == "$" and (local := local_dollar_before(before, after, SYMBOLS)) is not None:
            return "money", LOCAL_DOLLARS, start - len(local)
        return "money", SYMBOLS.get(sym.group("sym").lower().strip(), "USD"), start - len(sym.group(0))
    elif iso_b and iso_b.group("code") in _iso_codes() and not a.ordinal:
        return "money", iso_b.group("code"), start - (len(before) - iso_b.start("code"))
    return None


def _by_unit(text: str, a: Atom, before: str, after: str, start: int, end: int, value: float | int,
             value_end: float | int | None, kind: str, unit: str | None, prev_age_end: int | None
             ) -> tuple[str, str | None, int] | None:
    """The kind a number's unit tells (an ordinal, money, a percentage, a currency or its code after it,
    an age, a duration) with its unit and the end offset the unit's word extends it to; None when no
    unit tells it (``_by_shape`` then reads the number's shape and neighbours)."""
    if a.ordinal:
        kind = "ordinal"
    elif kind == "money":
        cm = CURRENCY_AFTER.match(after)  # "$ 5 million dollars" rare; keep code from symbol
        if cm and unit == "USD" and cm.group("word").lower().startswith("dollar"):
            end += cm.end()
    elif (pm := PERCENT_AFTER.match(after)):
        kind, unit = "percent", "percent"
        end += pm.end()
    elif (cm := CURRENCY_AFTER.match(after)):
        kind, unit = "money", _currency_code(cm.group("word"), cm.group("adj"))
        end += cm.end()
    elif (im := ISO_AFTER.match(after)) and im.group("code") in _iso_codes():
        kind, unit = "money", im.group("code")
        end += im.end()
    elif (am := AGE_AFTER.match(after)):
        kind, unit = "age", "age"
        end += am.end()
    elif not a.fraction and age_by_context(text, start, end, value, value_end, prev_age_end):
        kind, unit = "age", "age"  # ages told by their context (extract/numbers/ages.py)
    elif (dm := DURATION_AFTER.match(after)):
        kind = "duration"
        u = dm.group("u").lower()
        unit = {"yr": "years", "yrs": "years", "hr": "hours", "hrs": "hours"}.get(u, u)
        unit = unit if unit.endswith("s") else unit + "s"
        end += dm.end()
        if unit == "years" and (AGE_BEFORE.search(before) or AGE_AFTER_PERSON.search(before)):
            kind, unit = "age", "age"  # "children under 15 years", "aged 16 years"
    else:
        return None
    return kind, unit, end


def _by_shape(text: str, a: Atom, before: str, after: str, start: int, value: float | int,
              value_end: float | int | None, kind: str, unit: str | None, prev_kind: str | None, prev_end: int
              ) -> tuple[str, str | None]:
    """The kind of a number no unit tells, read from its shape and neighbours: a time, a day of a month,
    a year ("2020-21" too), a reference (a name's digits, a section id, a grade, a list label, part of a
    name), an age after one ("as young as 12 or 13"), a list after a date or a reference; else the kind
    it came with."""
    if TIME_AFTER.match(after) and not a.word:
        kind = "other"
    elif (not a.word and isinstance(value, int) and 1 <= value <= 31 and value_end is None
          and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(after))):
        kind = "date"
    elif not a.word and value_end is not None and isinstance(value, int) and \
            MONTH_BEFORE.search(before) and value_end <= 31:
        kind = "date"
    elif (not a.word and 1900 <= value <= 2100 and isinstance(value, int)
          and "," not in text[a.start:a.end]
          and (_qualifier(before) == "exact" or not re.match(r"^[ \t]+[a-z]", after))):
        kind = "year"
    elif not a.word and re.search(r"[A-Za-z]-$", before):
        kind = "reference"  # glued to a name: "COVID-19", "AK-47", "Vision-2030"
    elif not a.word and re.match(r"^\.[a-z]\b", after):
        kind = "reference"  # section ids "2.e", "1.c."
    elif value_end is None and GRADE_BEFORE.search(before):
        kind = "reference"  # a school grade is a label: "through grade nine", "grade 9"
    elif not a.word and (REFERENCE_BEFORE.search(before) or INSTRUMENT_BEFORE.search(before)):
        kind = "reference"
    elif not a.word and re.search(r"\($", before) and re.match(r"^\)", after) and value < 20:
        kind = "reference"  # list label "(1)"
    elif (prev_kind == "year" and not a.word and isinstance(value, int) and value < 100
          and re.fullmatch(r"[-–/]", text[prev_end:a.start])):
        kind = "year"  # "2020-21"
    elif a.word and a.start > 0 and text[a.start].isupper() and not re.search(r"[.!?:\"“][ \t]*$|^$", before) and (
            re.search(r"\b[A-Z][a-z]+[ \t]+(?:(?:of|for|the)[ \t]+)?$", before)
            or re.match(r"[ \t]+[A-Z][a-z]", text[a.end:a.end + 3])):
        kind = "reference"  # part of a name: "District Five", "Group of Seven", "Day of Zero Tolerance"
    elif (not a.word and value_end is None and NAME_BEFORE_DIGITS.search(text, max(0, start - 40), start)
          and not COUNTED_AFTER_NAME.match(after)):
        kind = "reference"  # digits in a name: "Channel 24 stated", "Mile 16", "Canal 2 cameraman"
    elif prev_kind == "age" and re.fullmatch(r"[ \t]+(?:or|and|to)[ \t]+|[ \t]*[-–][ \t]*",
                                             text[prev_end:a.start]):
        kind, unit = "age", "age"  # "as young as 12 or 13"
    elif (prev_kind in ("date", "reference", "year") and LIST_JOIN.match(text[prev_end:a.start])
          and not a.word):
        if (prev_kind == "date" and isinstance(value, int) and value <= 31
                and (RANGE_GAP.match(text[prev_end:a.start]) or _in_day_list(text, prev_end, a))):
            kind = "date"
        elif prev_kind == "reference":
            kind = "reference"
    return kind, unit
