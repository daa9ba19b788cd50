"""Date expressions in report prose, as ISO dates anchored to the report year.

``find_dates(text, year)`` finds every date expression of a sentence and says what
kind of date it is:

=========  ==================================================================
kind       meaning
=========  ==================================================================
event      a date on which something happened: "On July 2", "In December
           2021", "late December", "in 2019", "in the spring"
span       a stretch of time: "January 5 through 8", "from September to
           November", "between March and May", "in 2019-20"
state      a date at which a state holds, not an event date: "as of October",
           "by year's end", "at year's end", "since March", "until June 3"
relative   a date given relative to the previous one: "the same day", "the
           following day", "two days later"; resolved against ``previous``
none       no specific date: "during the year" (the report year, precision
           year), "in recent years", "in previous years" (date ``None``)
=========  ==================================================================

Decisions (documented here because the gold follows them):

* A date without a year takes the report's year: "On July 2" in a 2022 report is
  ``2022-07-02``; "late December", "mid-June", "the end of March" are month precision.
* Seasons ("in the spring", "in the fall of 2021") are year precision: a season is not
  a month range (reports cover both hemispheres and rainy/dry seasons), and a month
  range would be false precision.
* "the January events", "the April 2003 killing": a date used as a modifier after a
  determiner or possessive is still a date (kind ``event``) but ``attributive`` is set;
  the event extractor decides from the noun it modifies whether it dates an occurrence
  ("the May 2012 elections") or only names one already dated ("the January events").
  "in November 20 snap elections" (no determiner) is a plain event date.
* Numbers that are not dates are not taken: "Article 174", "10,000 persons",
  "Law No. 2019-20", "2000 persons" (a bare year needs a preposition or determiner
  before it: "in 2019", "since 2019", "the 2019 law").
* "1998-99" / "2019-20" after a preposition or determiner is a span of years.
* Relative expressions need ``previous``; without it their ``date`` is ``None``.
  Vague offsets ("several days later") keep the month of ``previous`` (precision month).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date as _date
from datetime import timedelta

KINDS = ("event", "span", "state", "relative", "none")

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
         "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
             "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
             "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
VAGUE = {"several", "a few", "few", "some", "many"}


@dataclass
class DateMention:
    """A date expression; ``start``/``end`` are offsets into the text given to ``find_dates``."""

    start: int
    end: int
    text: str
    date: str | None
    date_end: str | None
    precision: str | None
    kind: str
    attributive: bool = False  # "the January events": a date used as a modifier after a determiner

    def shifted(self, offset: int) -> "DateMention":
        return replace(self, start=self.start + offset, end=self.end + offset)


# --- building blocks -------------------------------------------------------------------

_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_WD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_TO = r"\s*(?:through|thru|to|until|till|-|–|—)\s*"
_NOT_NUM = r"(?![\d,]?\d)"  # not followed by more digits ("July 2" but not "July 2,000")


# what "a 2000 …" counts rather than dates: "a 2000 km border", "a 2000 member force"
_COUNTED = r"(?i:km|kilomet|mile|met(?:er|re)|hectare|acre|square|ton|member|person|people|seat|strong|troop)"


def _g(name: str, pat: str) -> str:
    return f"(?P<{name}>{pat})"


# "In August and September, …": two months without a year are one episode only after a preposition.
_PAIR_BEFORE = re.compile(r"(?i)\b(?:in|during|throughout|between|by|until|since)\s+$")

# Each pattern: (name, regex). All are tried; overlaps resolve to the earliest, then longest.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(n, re.compile(p)) for n, p in [
    # "from January 5 to February 3", "between May 30, 2021, and June 2"
    ("cross_day", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_WD}{_g('m1', _MON)}\s+{_g('d1', _D)}"
                  rf"(?:,?\s+{_g('y1', _Y)})?,?(?:{_TO}|\s+and\s+(?=[A-Z]))"
                  rf"{_g('m2', _MON)}\s+{_g('d2', _D)}(?:,?\s+{_g('y2', _Y)})?{_NOT_NUM}"),
    # "January 5 through 8", "January 5-8, 2021", "between March 3 and 5"
    ("range_day", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_WD}{_g('m1', _MON)}\s+{_g('d1', _D)}"
                  rf"(?:{_TO}|(?<=\d)\s+(?P<and>and)\s+(?=\d)){_g('d2', _D)}(?:,?\s+{_g('y2', _Y)})?{_NOT_NUM}"),
    # "5-8 January 2021"
    ("range_dmy", rf"\b{_g('d1', _D)}{_TO}{_g('d2', _D)}\s+{_g('m1', _MON)}(?:,?\s+{_g('y2', _Y)})?"),
    # "from September to November", "between March and May 2021", "January-March 2021"
    ("range_month", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+{_g('m1', _MON)}(?:\s+{_g('y1', _Y)})?"
                    rf"(?:{_TO}|\s+and\s+)|\b{_g('m1b', _MON)}(?:-|–)){_g('m2', _MON)}"
                    rf"(?:,?\s+{_g('y2', _Y)})?\b"),
    # "in November and December 1999": both months of the year written once (one episode); without
    # the year after a preposition ("In August and September, police ...": the report's year)
    ("pair_month", rf"\b{_g('m1', _MON)}\s+(?:and|or)\s+{_g('m2', _MON)}(?:,?\s+{_g('y2', _Y)}\b|\b(?!,?\s+\d))"),
    # "from 2019 to 2021", "1998-99", "2019–2020"
    # "in 2015 and 2016", "during both 2019 and 2020": one date as "in November and December" (round t-events7)
    ("range_year", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween|[Ii]n|[Dd]uring)\s+(?:both\s+)?{_g('y1', _Y)}"
                   rf"(?:{_TO}|\s+and\s+){_g('y2', _Y)}"
                   rf"|(?<![\w./-]){_g('y1b', _Y)}(?:-|–)(?P<y2b>\d\d(?:\d\d)?))(?![\d-]|,\d)"),
    # "the 1990s"
    ("decade", r"\b(?P<y1>1[89]\d0|20\d0)['’]?s\b"),
    # "July 2, 2021", "Monday, July 2", "July 2"
    ("mdy", rf"{_WD}{_g('m1', _MON)}\s+{_g('d1', _D)}(?:,?\s+{_g('y1', _Y)})?{_NOT_NUM}"),
    # "2 July 2021", "2 July"
    ("dmy", rf"(?<![\d,.])\b{_g('d1', _D)}\s+(?:of\s+)?{_g('m1', _MON)}(?:,?\s+{_g('y1', _Y)})?\b"),
    # "late December", "mid-June 2021", "the end of March", "early in May"
    ("part_month", rf"(?i:\b(?P<part>early|late|mid|the\s+(?:end|beginning|start|middle|first\s+half"
                   rf"|second\s+half|first\s+week|last\s+week)\s+of|end\s+of|beginning\s+of))"
                   rf"(?:-|\s+(?:in\s+)?){_g('m1', _MON)}(?:,?\s+(?:of\s+)?{_g('y1', _Y)})?\b"),
    # "December 2021", "May of 2019"
    ("month_year", rf"\b{_g('m1', _MON)},?\s+(?:of\s+)?{_g('y1', _Y)}\b(?![,.]?\d)"),
    # "in December", "the January events", "during January"
    ("month", rf"(?i:(?P<ctx>\b(?:in|on|during|since|by|until|till|through|throughout|from|to|and|or|"
              rf"between|of|before|after|early|late|mid|last|this|next|the|as\s+of|around|"
              rf"following|his|her|its|their)\s+|\bmid-|['’]s\s+)){_g('m1', _MON)}\b"),
    # "a May inspection", "at an October hearing"; a sentence that opens with "February reforms": a month
    # that modifies the noun after it (round t-dates7; "May" opening a sentence may be the verb)
    ("month", rf"(?P<ctx>\b[Aa]n?\s+){_g('m1', _MON)}(?=\s+[a-z])"),
    ("month", rf"^(?!May\b){_g('m1', _MON)}(?=\s+[a-z])"),
    # "in the spring", "in the fall of 2021", "summer 2020"
    ("season", rf"(?i:\b(?:in|during|over|since|by|until|through|throughout)\s+(?:the\s+)?"
               rf"(?:early\s+|late\s+)?)(?P<season>spring|summer|fall|autumn|winter)\b"
               rf"(?:\s+of\s+{_g('y1', _Y)}|\s+{_g('y1b', _Y)})?"
               rf"|\b(?P<season2>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+{_g('y2', _Y)}\b"),
    # "in 2019", "since 2019", "the 2019 law", "a 2010 media law" (after "a": only before a word, never
    # "a 2000-strong force")
    ("year", rf"(?i:(?P<ctx>\b(?:in|since|during|by|until|till|through|throughout|from|to|and|or|"
             rf"between|of|before|after|early|late|mid|the|fiscal|calendar|as\s+of|around|"
             rf"his|her|its|their)\s+|\bmid-|['’]s\s+)){_g('y1', _Y)}(?![\d,]?\d|\s*(?:-|–)\s*\d)"
             rf"|(?i:\ba\s+){_g('y2', _Y)}(?=\s+[A-Za-z])(?!\s+{_COUNTED})"),
    # "at year's end", "by the end of the year", "year-end"
    ("year_end", r"(?i:\b(?P<pre>at|by|as\s+of|until|till|through|before|from)?\s*"
                 r"(?:the\s+)?(?:year['’]?s[\s-]+end|end\s+of\s+the\s+(?:year|reporting\s+period)"
                 r"|year[\s-]end)\b)"),
    # "the same day", "the following day", "two days later", "later that month"
    ("relative", r"(?i:\b(?:on\s+)?(?:the|that)\s+(?P<rel>same|following|next|previous|preceding|prior)"
                 r"\s+(?P<unit>day|date|morning|afternoon|evening|night|week|month|year)\b"
                 r"|\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                 r"|fifteen|twenty|thirty|several|a\s+few|few)\s+(?P<unit2>day|week|month|year)s?"
                 r"\s+(?P<dir>later|after(?:ward)?|earlier|before|prior)\b"
                 r"|\b(?:(?P<rel3>later|earlier)\s+)(?:that|the\s+same)\s+(?P<unit3>day|week|month|year)\b"
                 r"|\bthat\s+(?P<unit4>day|night|morning|evening)\b"
                 r"|\b(?:on\s+)?the\s+day\s+(?P<dir5>before|after)\b"
                 # "released Kamara after two nights in custody" (kept only after a release verb)
                 r"|\b(?P<after6>after)\s+(?P<n6>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
                 r"|twelve|fifteen|twenty|thirty)\s+(?P<unit6>day|night|week|month)s?\b)"),
    # "last year", "this year"
    ("near_year", r"(?i:\b(?P<which>last|this|the\s+current|the\s+past)\s+year\b)"),
    # "during the year", "in recent years"
    ("none", r"(?i:\b(?:during|throughout|in|over|earlier\s+in|later\s+in|for\s+most\s+of|"
             r"through(?:out)?\s+most\s+of)\s+the\s+(?P<this>year|reporting\s+period)\b(?!['’])"
             r"|\b(?:in|during|over|for)\s+(?:the\s+)?(?:recent|previous|past|prior|earlier|preceding|"
             r"last\s+(?:several|few|two|three|five))\s+years\b)"),
]]

_STATE_BEFORE = re.compile(r"(?i:\b(?:as\s+of|by|since|until|till|up\s+to)\s+(?:(?:early|late|mid)[-\s]+)?$)")
_ATTR_BEFORE = re.compile(r"(?i:\b(?:the|his|her|its|their|this|that)\s+$|['’]s\s+$)")
_LEGAL_BEFORE = re.compile(r"(?i:\b(?:article|art\.|no\.|number|law|decree|resolution|code|section|"
                           r"paragraph|chapter|order)\s+$|[$€£#]$)")
_FAST = re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
                   r"(?i:year|day|week|month|spring|summer|fall|autumn|winter|date|night|morning|evening)")


_ANCHORED_AFTER = re.compile(r"\s+(?:to|of|the|his|her|their|its|a|an)\b")
# "released Kamara after two nights": the release's date is the previous date plus the length
_RELEASED_BEFORE = re.compile(r"(?i:\b(?:released|freed)\b(?:\s+[\w’'-]+){0,5}?\s+$)")
# the same told whole: the events stage counts it from the last arrest dated to the day
RELEASED_AFTER = re.compile(r"(?i:\b(?:released|freed)\b(?:\s+[\w’'-]+){0,5}?\s+after\s+\S+\s+"
                            r"(?:day|night|week|month)s?\b)")
# "suspended the union for six months after finding …", "held him for two days before
# releasing him": a length of time, not a date counted from an occurrence
_FOR_BEFORE = re.compile(r"(?i:\bfor\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|some|"
                         r"at\s+least|another|an\s+additional|a\s+further)\s+)?$)")
_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _inherit_year(date: str | None, date_end: str | None, prev: DateMention, year: int
                  ) -> tuple[str | None, str | None]:
    """ "In December 2021, X died … when they viewed it on December 9": the narrative's year.

    A date without a year takes the year of the previous date when that one named a year
    other than the report year and the month is the same (the story continues in that month).
    Only a day does (a day within the month the narrative named with its year), and only after one
    date, not a span: "in August 1999 … According to a schedule outlined in August" and "In October
    2000 … In October the TNA passed a vote" name the report year's month again; "between November
    2013 and April … published a report on November 17" the report year's day (round t-dates8: 2000
    Congo, 2001 Somalia, 2014 DRC).
    """
    if not date or not _HAS_YEAR.search(prev.text) or not prev.date or prev.date[:4] == str(year):
        return date, date_end
    if len(date) < 10 or prev.kind != "event":
        return date, date_end
    if len(prev.date) < 7 or prev.date[5:7] != date[5:7]:
        return date, date_end
    y = prev.date[:4]
    return y + date[4:], (y + date_end[4:] if date_end else None)


# cheap cues: a pattern is only run when one of the cues it needs occurs in the text
_CUES = {
    "month": re.compile(r"January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."),
    "year": re.compile(r"(?:1[89]|20)\d\d"),
    "season": re.compile(r"(?i:spring|summer|fall|autumn|winter)"),
    "yearword": re.compile(r"(?i:year)"),
    "rel": re.compile(r"(?i:\b(?:day|date|morning|afternoon|evening|night|week|month|year)s?\b)"),
}
_NEEDS = {
    "cross_day": {"month"}, "range_day": {"month"}, "range_dmy": {"month"}, "range_month": {"month"},
    "pair_month": {"month"},
    "range_year": {"year"}, "decade": {"year"}, "mdy": {"month"}, "dmy": {"month"}, "part_month": {"month"},
    "month_year": {"month"}, "month": {"month"}, "season": {"season"}, "year": {"year"},
    "year_end": {"yearword"}, "relative": {"rel"}, "near_year": {"yearword"}, "none": {"yearword"},
}


def _month(token: str) -> int:
    t = token.lower().rstrip(".")
    return MONTHS.get(t) or _ABBR[t]


def _days_apart(a: str | None, b: str | None) -> int:
    """Days from ISO day ``a`` to ISO day ``b`` (0 when either is not a full day)."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return 0
    from datetime import date

    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group(0))  # type: ignore[union-attr]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return _date(y, m, d).isoformat()
    except ValueError:
        return None


def _year(s: str | None, default: int | None) -> int | None:
    return int(s) if s else default


def parse_date(expr: str, year: int | None) -> tuple[str | None, str | None, str | None]:
    """``(date, date_end, precision)`` of one date expression, or ``(None, None, None)``.

    >>> parse_date("January 5 through 8", 2022)
    ('2022-01-05', '2022-01-08', 'day')
    >>> parse_date("late December", 2022)
    ('2022-12', None, 'month')
    """
    found = find_dates(expr, year)
    if not found:
        return None, None, None
    m = max(found, key=lambda d: d.end - d.start)
    return m.date, m.date_end, m.precision


def _resolve(name: str, g: dict[str, str | None], year: int | None,
             previous: DateMention | None) -> tuple[str | None, str | None, str | None, str]:
    """``(date, date_end, precision, kind)`` for a match of pattern ``name``."""
    if name == "cross_day":
        y1 = _year(g["y1"], _year(g["y2"], year))
        if y1 is None:
            return None, None, "day", "span"
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        y2 = _year(g["y2"], y1 + (1 if m2 < m1 else 0))
        if not g["y1"] and g["y2"] and m2 < m1:
            y1 -= 1
        return _iso(y1, m1, _day(g["d1"])), _iso(y2, m2, _day(g["d2"])), "day", "span"
    if name == "decade":
        y = int(g["y1"])
        return _iso(y), _iso(y + 9), "year", "span"
    if name in ("range_day", "range_dmy"):
        y = _year(g["y2"], year)
        if y is None:
            return None, None, "day", "span"
        m = _month(g["m1"])
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if d2 <= d1:
            return None, None, None, "none"
        return _iso(y, m, d1), _iso(y, m, d2), "day", "span"
    if name == "range_month":
        y2 = _year(g["y2"], year)
        y1 = _year(g["y1"], y2)
        m1 = _month(g["m1"] or g["m1b"])
        m2 = _month(g["m2"])
        if y1 is None:
            return None, None, "month", "span"
        if y1 == y2 and m2 < m1:  # "from November to February 2022": November of the year before
            y1 -= 1
        return _iso(y1, m1), _iso(y2 or y1, m2), "month", "span"
    if name == "pair_month":  # "November and December 1999"; "December and January 2000": December 1999
        m1, m2, y2 = _month(g["m1"]), _month(g["m2"]), _year(g["y2"], year)
        if y2 is None:
            return None, None, "month", "span"
        return _iso(y2 - 1 if m2 < m1 else y2, m1), _iso(y2, m2), "month", "span"
    if name == "range_year":
        y1 = int(g["y1"] or g["y1b"])
        if g["y2"]:
            y2 = int(g["y2"])
        else:
            tail = g["y2b"] or ""
            y2 = int(tail) if len(tail) == 4 else (y1 // 100) * 100 + int(tail)
        if not (y1 < y2 <= y1 + 30):
            return None, None, None, "none"
        return _iso(y1), _iso(y2), "year", "span"
    if name in ("mdy", "dmy"):
        y = _year(g["y1"], year)
        if y is None:
            return None, None, "day", "event"
        return _iso(y, _month(g["m1"]), _day(g["d1"])), None, "day", "event"
    if name in ("part_month", "month_year", "month"):
        y = _year(g.get("y1"), year)
        if y is None:
            return None, None, "month", "event"
        return _iso(y, _month(g["m1"])), None, "month", "event"
    if name == "season":
        y = _year(g["y1"] or g["y1b"] or g["y2"], year)
        return (_iso(y) if y else None), None, "year", "event"
    if name == "year":
        return _iso(int(g["y1"] or g["y2"])), None, "year", "event"
    if name == "year_end":
        return (_iso(year, 12) if year else None), None, "month", "state"
    if name == "near_year":
        if year is None:
            return None, None, "year", "relative"
        which = (g["which"] or "").lower()
        return _iso(year if which.endswith("this") or "current" in which else year - 1), None, "year", "relative"
    if name == "none":
        if g["this"] and year is not None:
            return _iso(year), None, "year", "none"
        return None, None, None, "none"
    if name == "relative":
        return _relative(g, year, previous)
    raise AssertionError(name)


def _relative(g: dict[str, str | None], year: int | None,
              previous: DateMention | None) -> tuple[str | None, str | None, str | None, str]:
    unit = (g["unit"] or g["unit2"] or g["unit3"] or g["unit4"] or g.get("unit6") or "day").lower()
    if unit in ("date", "morning", "afternoon", "evening", "night"):
        unit = "day"
    rel = (g["rel"] or g["rel3"] or "").lower()
    direction = (g["dir"] or g["dir5"] or "").lower()
    if g["unit4"] or rel == "same" or g["rel3"]:
        n, sign = 0, 0
    elif rel:
        n, sign = 1, (-1 if rel in ("previous", "preceding", "prior") else 1)
    elif g["dir5"]:
        n, sign = 1, (-1 if direction == "before" else 1)
    else:
        raw = re.sub(r"\s+", " ", (g["n"] or g.get("n6") or "1").lower())
        n = -1 if raw in VAGUE else int(raw) if raw.isdigit() else NUM_WORDS.get(raw, 1)
        sign = -1 if direction in ("earlier", "before", "prior") else 1
    if unit == "year" and rel in ("previous", "preceding", "prior", "next", "following", "same"):
        base = int(previous.date[:4]) if previous and previous.date else year
        if base is None:
            return None, None, "year", "relative"
        return _iso(base + sign * n), None, "year", "relative"
    if previous is None or previous.date is None:
        return None, None, None, "relative"
    parts = [int(p) for p in previous.date.split("-")]
    prec = previous.precision or ("day" if len(parts) == 3 else "month" if len(parts) == 2 else "year")
    if n < 0:  # vague offset: keep the month (or year) of the previous date
        prec = "month" if prec == "day" else prec
        return _iso(*parts[:2]) if prec == "month" else _iso(parts[0]), None, prec, "relative"
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1) * sign
        if prec != "day" or len(parts) < 3:
            return previous.date, None, prec, "relative"
        d = _date(*parts) + timedelta(days=days)
        return d.isoformat(), None, "day", "relative"
    if unit == "month":
        if len(parts) < 2:
            return previous.date, None, prec, "relative"
        total = parts[0] * 12 + parts[1] - 1 + sign * n
        return _iso(total // 12, total % 12 + 1), None, "month", "relative"
    return _iso(parts[0] + sign * n), None, "year", "relative"


def find_dates(text: str, year: int | None, *, previous: DateMention | None = None) -> list[DateMention]:
    """Every date expression in ``text`` (a sentence), in order, non-overlapping.

    ``year`` anchors dates without a year; ``previous`` (the last dated mention before
    ``text``) anchors relative ones; within ``text`` each relative date is resolved
    against the mention before it.
    """
    if not _FAST.search(text):
        return []
    cues = {cue for cue, rx in _CUES.items() if rx.search(text)}
    cands: list[tuple[int, int, str, re.Match[str]]] = []
    for name, rx in _PATTERNS:
        if _NEEDS[name].isdisjoint(cues):
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if name in ("month", "year"):  # the context word is not part of the expression
                s = m.start("m1" if name == "month" else "y1" if m.group("y1") else "y2")
            if e > s:
                cands.append((s, e, name, m))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[DateMention] = []
    last_end = -1
    prev = previous
    for s, e, name, m in cands:
        if s < last_end:
            continue
        # trim surrounding white space left by optional groups
        while e > s and text[e - 1].isspace():
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        before = text[max(0, s - 24):s]
        if name in ("mdy", "dmy", "month_year", "month", "year", "range_year") and _LEGAL_BEFORE.search(before):
            continue
        if name in ("range_year", "decade") and re.search(r"(?i:\bfor\s+(?:the\s+)?$)", before):
            continue  # "the agreement for 2021-23": a period of validity, not a date
        if name == "month" and m.group("m1") == "May" and re.search(r"(?i:\b(?:and|or|to|the)\s+$)", before):
            continue  # "... and May be ..." is a verb; "the May" only as a modifier
        if name == "pair_month" and not m.group("y2") and (not _PAIR_BEFORE.search(before) or m.group(
                "m2") == "May" and re.match(r"\s+(?:be|have|not)\b", text[e:])):
            continue  # without a year only after a preposition; "in June and May be released": the verb
        g = {k: v for k, v in m.groupdict().items()}
        if name == "relative" and g.get("n") and _FOR_BEFORE.search(before):
            continue
        if name == "relative" and g.get("after6") and not _RELEASED_BEFORE.search(text[max(0, s - 60):s]):
            continue
        if name == "relative" and (g.get("dir") or g.get("dir5")) and _ANCHORED_AFTER.match(text, e) or \
                name == "relative" and out and out[-1].kind in ("event", "span") and \
                re.fullmatch(r",\s*", text[out[-1].end:s]):
            # "two days after his arrest", "On September 12, the day after the election": relative to
            # an occurrence named in the sentence (or an apposition), not to the previous date
            # "two days after his arrest", "several months prior to his death": relative to an
            # occurrence named in the sentence, not to the previous date
            out.append(DateMention(s, e, text[s:e], None, None, None, "relative"))
            last_end = e
            continue
        date, date_end, precision, kind = _resolve(name, g, year, prev)
        if kind in ("event", "span") and precision in ("day", "month") and not g.get("y1") and \
                not g.get("y2") and prev is not None and prev.date and year is not None:
            date, date_end = _inherit_year(date, date_end, prev, year)
        if kind == "none" and date is None and name not in ("none",):
            continue  # a pattern that turned out not to be a date ("5-3 January")
        attributive = False
        if kind in ("event", "span") and _STATE_BEFORE.search(before):
            kind = "state"
        elif kind == "event" and (_ATTR_BEFORE.search(before) and name not in ("season",)
                                  or name == "year" and g.get("y2")):
            attributive = True  # ("a 2010 media law"; but "an August 11 report", "in a June 20 article")
        if name == "range_day" and g.get("and") and (g.get("pre") or "").lower() != "between" and date_end \
                and _day(g["d2"]) - _day(g["d1"]) > 1:
            # "on March 3 and 5": two dates, not a range
            d2s = m.start("d2")
            kind = "event" if kind == "span" else kind
            out.append(DateMention(s, m.end("d1"), text[s:m.end("d1")], date, None, "day", kind))
            s, date, date_end = d2s, date_end, None
        if name == "cross_day" and (g.get("pre") or "").lower() != "between" and date_end and precision == "day" \
                and re.search(r"\sand\s", text[m.end("d1"):m.start("m2")]) and _days_apart(date, date_end) > 2:
            # "On January 21 and October 10, UN experts called on …": two dates, not a range
            kind = "event" if kind == "span" else kind
            out.append(DateMention(s, m.end("d1"), text[s:m.end("d1")], date, None, "day", kind))
            s, date, date_end = m.start("m2"), date_end, None
        if name == "range_year" and date_end and re.search(r"(?i)\brespectively\b", text[e:e + 80]):
            # "in 2015 and 2016, respectively": two dates of two occurrences
            out.append(DateMention(s, m.end("y1"), text[s:m.end("y1")], date, None, "year", "event"))
            s, date, date_end, kind = m.start("y2"), date_end, None, "event"
        if name == "pair_month" and date_end and re.search(r"(?i)\brespectively\b", text[e:e + 80]):
            # "in October and November 2021, respectively": two dates of two occurrences
            out.append(DateMention(s, m.end("m1"), text[s:m.end("m1")], date, None, "month", "event"))
            s, date, date_end, kind = m.start("m2"), date_end, None, "event"
        mention = DateMention(s, e, text[s:e], date, date_end, precision, kind, attributive)
        out.append(mention)
        last_end = e
        if mention.date and kind in ("event", "span", "relative") and not attributive:
            prev = mention
    return out
