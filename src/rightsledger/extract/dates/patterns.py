"""The regular expressions of date expressions and of the words around them.

``PATTERNS`` holds every date pattern ``dates.find_dates`` tries (overlaps resolve to the
earliest, then longest); the ``*_BEFORE``/``*_AFTER`` expressions read the words before or after
a match (a legal number, a state's "as of", a determiner, "for" before a length of time);
``CUES``/``NEEDS`` let the scan skip patterns whose cue words a sentence lacks.
"""
from __future__ import annotations

import re

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
PAIR_BEFORE = re.compile(r"(?i)\b(?:in|during|throughout|between|by|until|since)\s+$")

# Each pattern: (name, regex). All are tried; overlaps resolve to the earliest, then longest.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [(n, re.compile(p)) for n, p in [
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

STATE_BEFORE = re.compile(r"(?i:\b(?:as\s+of|by|since|until|till|up\s+to)\s+(?:(?:early|late|mid)[-\s]+)?$)")
ATTR_BEFORE = re.compile(r"(?i:\b(?:the|his|her|its|their|this|that)\s+$|['’]s\s+$)")
LEGAL_BEFORE = re.compile(r"(?i:\b(?:article|art\.|no\.|number|law|decree|resolution|code|section|"
                           r"paragraph|chapter|order)\s+$|[$€£#]$)")
FAST = re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
                   r"(?i:year|day|week|month|spring|summer|fall|autumn|winter|date|night|morning|evening)")


ANCHORED_AFTER = re.compile(r"\s+(?:to|of|the|his|her|their|its|a|an)\b")
# "two weeks after he published …", "a year after being elected", "days before police came": the
# count hangs on a complement whose date only the parse can find (``anchors.py``); not "after that",
# "two days before, …", "a week after on May 5" (the previous date, or the one that follows)
COUNTED_CLAUSE = re.compile(r"\s+(?!(?:that|this|then|on|in|at|and|or|but)\b)[A-Za-z\"“‘']")
# "released Kamara after two nights": the release's date is the previous date plus the length
RELEASED_BEFORE = re.compile(r"(?i:\b(?:released|freed)\b(?:\s+[\w’'-]+){0,5}?\s+$)")
# the same told whole: the events stage counts it from the last arrest dated to the day
RELEASED_AFTER = re.compile(r"(?i:\b(?:released|freed)\b(?:\s+[\w’'-]+){0,5}?\s+after\s+\S+\s+"
                            r"(?:day|night|week|month)s?\b)")
# "suspended the union for six months after finding …", "held him for two days before
# releasing him": a length of time, not a date counted from an occurrence
FOR_BEFORE = re.compile(r"(?i:\bfor\s+(?:(?:over|more\s+than|about|approximately|nearly|almost|some|"
                         r"at\s+least|another|an\s+additional|a\s+further)\s+)?$)")


# cheap cues: a pattern is only run when one of the cues it needs occurs in the text
CUES = {
    "month": re.compile(r"January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."),
    "year": re.compile(r"(?:1[89]|20)\d\d"),
    "season": re.compile(r"(?i:spring|summer|fall|autumn|winter)"),
    "yearword": re.compile(r"(?i:year)"),
    "rel": re.compile(r"(?i:\b(?:day|date|morning|afternoon|evening|night|week|month|year)s?\b)"),
}
NEEDS = {
    "cross_day": {"month"}, "range_day": {"month"}, "range_dmy": {"month"}, "range_month": {"month"},
    "pair_month": {"month"},
    "range_year": {"year"}, "decade": {"year"}, "mdy": {"month"}, "dmy": {"month"}, "part_month": {"month"},
    "month_year": {"month"}, "month": {"month"}, "season": {"season"}, "year": {"year"},
    "year_end": {"yearword"}, "relative": {"rel"}, "near_year": {"yearword"}, "none": {"yearword"},
}
