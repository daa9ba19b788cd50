"""What a question asks, read from its words alone: content words and their stems, pairs of
words, what kind of answer it wants, and the search query it becomes.

``ask`` (:mod:`rightsledger.analysis.ask`) and ``answers`` read questions through these; the
word lists (stop words, counted nouns, a few report idioms) are data in ``data/ask.toml``.
"""
from __future__ import annotations

import re
import tomllib
from importlib import resources

from .rescore import WORD_RE

_WORDS = tomllib.loads(resources.files(__package__).joinpath("data/ask.toml").read_text("utf-8"))
STOP_WORDS = frozenset(_WORDS["stop_words"])
COUNTED_NOUNS = frozenset(_WORDS["counted_nouns"])   # "persons": what any count can be of (answers.py)

QUESTION_WORDS = frozenset("what when where which who whom whose why how".split())

# a few report idioms: a question's word → words a report uses for it (data/ask.toml)
SYNONYMS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _WORDS["synonyms"].items()}

_SUFFIXES = ("izations", "ization", "ations", "ation", "ments", "ment", "ings", "ing", "ions",
             "ion", "ies", "ied", "ees", "ers", "ed", "es", "er", "ly", "s", "e", "y")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
DATE_RE = re.compile(rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b", re.IGNORECASE)
NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"twenty|thirty|forty|fifty|hundred|thousand|million|dozens?|half|percent)\b",
                        re.IGNORECASE)


def stem(word: str) -> str:
    """A crude prefix stem (``detained`` → ``detain``) for a prefix query; at least 4 letters kept."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if not w.isalpha():
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def content_words(question: str) -> list[str]:
    """The words of the question that carry meaning, in order, without repeats."""
    out: dict[str, None] = {}
    for m in WORD_RE.finditer(question):
        w = m.group(0)
        low = w.lower().replace("’", "'")
        if low in STOP_WORDS or low in QUESTION_WORDS:
            continue
        if len(low) < 3 and not low.isdigit():
            continue
        out[w] = None
    return list(out)


def phrases(question: str) -> list[str]:
    """Pairs of consecutive content words of the question ("Songa market", "wage gap"): as
    phrases they say which report is meant more surely than either word alone."""
    words = [m.group(0) for m in WORD_RE.finditer(question)]
    ok = [len(w) >= 3 and w.lower().replace("’", "'") not in STOP_WORDS and w.lower() not in QUESTION_WORDS
          for w in words]
    return list(dict.fromkeys(f"{a} {b}" for a, b, x, y in zip(words, words[1:], ok, ok[1:]) if x and y))


# "which organization", "which local rights group", "which foreign broadcasters": up to three
# words between "which" and a noun for people or bodies
_WHICH_ACTOR = re.compile(
    r"\bwhich(?:\s+[\w'-]+){0,3}?\s+(?:organi[sz]ations?|groups?|persons?|people|officials?|ngos?|"
    r"bod(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|institutions?|parties|party|officers?|"
    r"journalists?|newspapers?|outlets?|broadcasters?|editors?|lawmakers?|leaders?|ministr(?:y|ies)|"
    r"courts?|unions?|prisoners?|activists?|members?)\b")


def intent(question: str) -> set[str]:
    """What the question asks for: ``figure``, ``date``, ``who``, ``where``."""
    q = question.lower()
    wants: set[str] = set()
    if re.search(r"\bhow (many|much|large|big|long)\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b|\bhow often\b", q):
        wants.add("figure")
    if re.search(r"\bwhat (date|day|month|year)\b|\bsince when\b|\bin what year\b", q) or (
            re.search(r"\bwhen\b", q) and ("figure" not in wants or q.lstrip().startswith("when"))):
        wants.add("date")  # "how many died when police fired" asks for a figure, not a date
    if re.search(r"\bwho\b|\bwhom\b|\bwhose\b", q) or _WHICH_ACTOR.search(q):
        wants.add("who")
    if re.search(r"\bwhere\b", q):
        wants.add("where")
    return wants


# what the answers panel also reads as asking for a figure (round t-ask10; read off the dev
# questions' wording, and "what fraction / portion" from t-ask8): not in :func:`intent`, whose
# reading the passage ranking's intent boost uses
_ALSO_FIGURE = re.compile(
    r"\b(?:what|which) (?:fraction|portion|age|ages|amount|sum|total|rate|ratio|percent)\b|"
    r"\bhow (?:quickly|soon|old|high|low|far)\b|\bearn(?:s|ed)?\b|\bper head\b")


def answer_intent(question: str) -> set[str]:
    """:func:`intent`, reading a few more wordings as asking for a figure ("how quickly must …",
    "from what age …", "what fraction …", "what do … earn"): what the answers shown above the
    passages are chosen by. The ranking keeps :func:`intent` (its boost was tuned on it)."""
    wants = intent(question)
    if "figure" not in wants and _ALSO_FIGURE.search(question.lower()):
        wants.add("figure")
    return wants


def build_query(question: str, also: list[str] | tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """The search query for a question (terms ORed) and the stems it uses; ``also``: names
    searched as phrases besides (the other names of an entity the question names)."""
    terms: dict[str, None] = {}
    stems: dict[str, None] = {}
    for w in content_words(question):
        low = w.lower()
        s = stem(w)
        if not s:
            continue
        stems[s] = None
        terms[f"{s}*" if s.isalpha() else f'"{s}"'] = None
        for syn in SYNONYMS.get(low, ()):
            terms[f"{syn}*"] = None
    for name in also:
        words = " ".join(WORD_RE.findall(name))
        if words:
            terms[f'"{words}"'] = None
    return " OR ".join(terms), list(stems)
