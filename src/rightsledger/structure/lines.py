"""The lines of a report text and their shape: markup, capitals, numbering, whether a
line reads as a sentence — what the heading parser decides from."""
from __future__ import annotations

import re
from dataclasses import dataclass

SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for from by with within without into as per via "
    "vs than its their including regarding towards toward against about between under upon "
    "s amp".split()
)
CONNECTORS = frozenset(
    "a an the and or nor of in on at to for from by with within including regarding towards "
    "toward against into about between under than &".split()
)
EDITORIAL_LABELS = frozenset({"note", "notes", "editor's note", "editor’s note", "source", "sources"})

_BLANK_CHARS = " \t\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_MARKUP = re.compile(r"^(#{1,6})[ \t]*")
SECTION_RE = re.compile(r"^section\s+(\d{1,2})(?:\s*[.:\-–—]\s*|\s+|$)(.*)$", re.IGNORECASE)
NUMBERED_RE = re.compile(r"^(\d)\.\s+(\S.*)$")
LETTER_RE = re.compile(r"^([a-zA-Z])[.)]\s+(\S.*)$")
EXEC_RE = re.compile(r"^executive\s+summar[a-z]*\s*:?$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")
ALNUM = re.compile(r"[^\W_]")
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
_SHARE_RE = re.compile(r"(?<=[a-z])Share$")
SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?][\"”’')\]]*\s+[A-Z“\"]")
TERMINAL = re.compile(r"[.!?;,][\"”’')\]]*$")
WORD = re.compile(r"[A-Za-z][\w'’\-/]*")
_PAREN = re.compile(r"\([^)]*\)")
RUN_IN = re.compile(r"^([A-Z][^:\n]{0,130}?)\s*:\s+(?=\S)")
END_MARKER = re.compile(r"^\[?\s*end(\s+of\s+(the\s+)?(document|report|text))?\s*\.?\s*\]?$", re.IGNORECASE)
FRONT_KEYWORDS = re.compile(
    r"\b(19|20)\d\d\b|report|human rights|bureau|department of state|practices", re.IGNORECASE)


def norm_title(title: str) -> str:
    """A title as headings are compared: lowercased, straight apostrophes, single spaces."""
    return " ".join(title.lower().replace("’", "'").split())


def clean_title(raw: str) -> str:
    """Heading text → title: whitespace collapsed, web share-button artefact dropped."""
    title = " ".join(raw.replace("\u00a0", " ").split())
    return _SHARE_RE.sub("", title).rstrip()


def cap_ratio(text: str) -> float:
    """Share of content words (not small words) that start with a capital letter."""
    words = [w for w in WORD.findall(_PAREN.sub(" ", text)) if w.lower() not in SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def is_caps(text: str) -> bool:
    """All letters are capitals (at least two letters)."""
    return text.isupper() and len(_LETTERS.findall(text)) >= 2


def last_word(text: str) -> str:
    """The last word of ``text``, lowercased (empty for no word)."""
    words = text.split()
    return words[-1].lower() if words else ""


def reads_as_sentence(title: str) -> bool:
    """True when a heading candidate is prose: a sentence break inside, or a final stop
    on something longer or less title-like than a heading."""
    if SENTENCE_BREAK.search(title):
        return True
    if TERMINAL.search(title):
        return not (len(title.split()) <= 12 and (cap_ratio(title) >= 0.75 or is_caps(title)))
    return False


@dataclass
class Line:
    """One line of the text: offsets of its visible part and its content without markup."""

    start: int          # first non-blank character (the '#' of markup, if any)
    end: int            # after the last non-blank character
    body: str           # content without markup, stripped
    marks: int          # number of leading '#'
    body_start: int = 0  # offset of the first character of ``body``

    @property
    def blank(self) -> bool:
        return not self.body


def split_lines(text: str) -> list[Line]:
    """``text`` cut into lines: each line's visible span, its text without markup, how many markup
    characters began it and where its text starts; what headings are read from."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip(_BLANK_CHARS))
        trail = len(raw) - len(raw.rstrip(_BLANK_CHARS))
        start, end = pos + lead, pos + len(raw) - trail
        visible = raw[lead:len(raw) - trail] if end > start else ""
        m = _MARKUP.match(visible)
        marks = len(m.group(1)) if m else 0
        body = visible[m.end():].strip(_BLANK_CHARS) if m else visible
        body_start = end - len(body) if body else start
        emph = _EMPHASIS.match(body)
        if emph:                       # "**Section 1. …**": emphasis is markup too
            body = emph.group(2).strip(_BLANK_CHARS)
        lines.append(Line(start, max(end, start), body, marks, body_start))
        pos += len(raw) + 1
    return lines


@dataclass
class Heading:
    """A heading found in the text: its kind, its lines, its title and span, and its number or letter."""
    kind: str            # exec | section | letter | bare | part
    first: int           # index of the first line
    last: int            # index of the last line (wrapped headings)
    title: str
    start: int
    end: int
    number: int | None = None
    letter: str | None = None
    caps: bool = False
    marks: int = 0           # Markdown heading level ('#' count), 0 without markup
    sid: str | None = None   # assigned section id (exec/section/letter)


@dataclass
class Item:
    """A unit of content in text order: a heading or a paragraph."""

    kind: str            # heading | para
    start: int
    end: int
    heading: Heading | None = None
    label: str | None = None  # run-in topic label of a paragraph


