"""What a question asks, read from its words alone: content words and their stems, pairs of
words, what kind of answer it wants, and the search query it becomes.

``ask`` (:mod:`rightsledger.analysis.questions.ask`) and ``answers`` read questions through these; the
word lists (stop words, counted nouns, a few report idioms) are data in ``data/ask.toml``.
"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from ...extract.lexicons.english import plural
from ...extract.lexicons import lexicon
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
# a month named in a question or a sentence: capitalised ("May" the month, "may" the verb)
MONTH_RE = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in _MONTHS.split('|'))})\b")
NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"twenty|thirty|forty|fifty|hundred|thousand|million|dozens?|half|percent)\b",
                        re.IGNORECASE)


def months(text: str, *, question: bool = False) -> frozenset[str]:
    """The months ``text`` names (capitalised month names). In a ``question`` a first word "May"
    is the verb ("May a detainee see a lawyer?"), not the month."""
    found = {m.group(0) for m in MONTH_RE.finditer(text)
             if not (question and m.group(0) == "May" and not text[:m.start()].strip())}
    return frozenset(found)


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


# -- the noun a who question asks with (round t-ask12) -------------------------------------
# "which newspaper editor", "which democracy watchdogs", "what organization": the noun says that a
# person or a body is asked for. The nouns are the extractor's own (``extract/data/entities.toml``:
# the role nouns it reads next to a person's name, the kinds of bodies it reads before or after a
# body's name, the head words of body names), with their plurals (``extract/english.plural``); the
# few asking nouns those tables do not hold are ``data/ask.toml [asked_nouns]``.
_PHRASE_RE = re.compile(r"\b(which|what)\s+((?:[\w'’-]+\s*){1,5})", re.IGNORECASE)
_BODY_TABLES = ("descriptor_kinds", "body_appositions")           # kinds of bodies, last word
_BODY_HEADS = ("government", "court", "security", "party", "international")   # [org_heads]


@cache
def asking_nouns() -> dict[str, str]:
    """Noun (singular and plural, lower case) → ``person`` or ``organization``: the nouns a
    question asks for a person or a body with. A role noun is a person's ("prosecutor", though
    also a head word of bodies' names)."""
    ents = lexicon("entities")
    body = {w.lower().split()[-1] for key in _BODY_TABLES for w in ents[key]}
    body |= {w.lower() for key in _BODY_HEADS for w in ents["org_heads"][key]}
    body -= set(_WORDS["asked_nouns"]["not_asking"])
    person = {w.lower() for w in ents["role_nouns"]} | set(_WORDS["asked_nouns"]["person"])
    body |= set(_WORDS["asked_nouns"]["body"])
    out: dict[str, str] = {}
    for kind, nouns in (("organization", body), ("person", person)):   # a person's noun wins
        for n in nouns:
            out[n] = out[plural(n)] = kind
    return out


def asked_phrase(question: str) -> tuple[str | None, list[str]]:
    """The kind a question's "which / what …" phrase asks for (:func:`asked_kind`) and the
    phrase's words up to its head, lower case ("which ex-army commander …" → ``person``,
    ["ex-army", "commander"]); (None, []) when no phrase asks with such a noun."""
    for m in _PHRASE_RE.finditer(question):
        nouns = asking_nouns()   # read only for a question with a "which / what" phrase
        head, upto, seen = None, 0, []
        words = m.group(2).split()
        if m.group(1).lower() == "what":
            words = words[:2]   # "what organization", "what rights group"; not "what age may young people"
        for raw in words:
            w = raw.lower().replace("’", "'")
            possessive = w.endswith("'s")
            w = w.removesuffix("'s").strip("'-")
            if w in STOP_WORDS or w in QUESTION_WORDS:
                break
            seen.append(w)
            kind = nouns.get(w)
            if kind:
                head, upto = kind, len(seen)
            elif head:
                break
            elif m.group(1).lower() == "what" and w.endswith("ed"):
                break
            if possessive:
                break
        if head:
            return head, seen[:upto]
    return None, []


def telling_words(phrase: list[str]) -> list[str]:
    """The words of an asking phrase (:func:`asked_phrase`) that say which one, not what kind:
    its head noun and the extractor's role modifiers ("former", "acting": ``entities.toml``
    role_of_modifiers) out ("which former interior minister" → interior; "which ex-army
    commander" → army; "which democracy watchdogs" → democracy)."""
    plain = set(lexicon("entities")["role_of_modifiers"]) | {"ex"}
    return [p for w in phrase[:-1] for p in w.split("-") if p not in plain]


def asked_kind(question: str) -> str | None:
    """``person`` or ``organization`` when the question's "which / what …" phrase asks with a
    noun for one ("which newspaper editor was called": editor, a person; "which local rights
    group": a body; "which plantation firm's guards": the possessive ends the phrase, firm),
    else None ("who …", "which year …", "what punishment …"). The head is the last noun of the
    phrase's first run of such nouns; the phrase ends at a function word or after a possessive.
    After "what" the phrase is two words at most and a word in -ed ends it ("what prompted police
    …" asks for a reason, "from what age may young people …" for a figure)."""
    return asked_phrase(question)[0]


def intent(question: str) -> set[str]:
    """What the question asks for: ``figure``, ``date``, ``who``, ``where``."""
    q = question.lower()
    wants: set[str] = set()
    if re.search(r"\bhow (many|much|large|big|long)\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b|\bhow often\b", q):
        wants.add("figure")
    if re.search(r"\bwhat (date|day|month|year)\b|\bsince when\b|\bin what year\b", q) or (
            re.search(r"\bwhen\b", q) and ("figure" not in wants or q.lstrip().startswith("when"))):
        wants.add("date")  # "how many died when police fired" asks for a figure, not a date
    if re.search(r"\bwho\b|\bwhom\b|\bwhose\b", q) or asked_kind(question):
        wants.add("who")
    if re.search(r"\bwhere\b", q):
        wants.add("where")
    return wants


# what the answers panel also reads as asking for a figure (round t-ask10; read off the dev
# questions' wording, and "what fraction / portion" from t-ask8): not in :func:`intent`; the passage
# ranking's intent boost reads it too since t-ask29 (ask.asked_intent)
_ALSO_FIGURE = re.compile(
    r"\b(?:what|which) (?:fraction|portion|age|ages|amount|sum|total|rate|ratio|percent)\b|"
    r"\bhow (?:quickly|soon|old|high|low|far)\b|\bearn(?:s|ed)?\b|\bper head\b")


def answer_intent(question: str) -> set[str]:
    """:func:`intent`, reading a few more wordings as asking for a figure ("how quickly must …",
    "from what age …", "what fraction …", "what do … earn"): what the answers shown above the
    passages are chosen by, and (with a measure the question names) what the passages are ranked by
    (:func:`~rightsledger.analysis.questions.ask.asked_intent`, round t-ask29)."""
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
