"""Structure stage: sections, subtopics and paragraphs with exact character spans.

``outline(text, doc_id)`` reads the layout of a country report and returns an
:class:`Outline`. Everything is decided line by line from the shape of the text, never
from a list of expected headings:

* **Sections** (level 1): ``Section 1 Respect for…`` (1999–2010), ``Section 1. Respect…``
  (2011 onward), ``1. Life`` when a report numbers its broad headings without the word
  "Section", and an ``EXECUTIVE SUMMARY`` heading (id ``exec``). A report without such a
  heading but with prose before Section 1 (the 1999–2010 layout) gets an ``exec``
  section titled ``Introduction`` that starts at its first paragraph. Reports that use
  unnumbered broad headings only (the 2024 layout) get sections ``1``, ``2``… in order;
  the top level is the highest Markdown level, else the headings in capitals, else the
  broad headings of that outline (Life, Liberty, Security of the Person, Worker Rights),
  else every unnumbered heading. The other unnumbered headings are subtopics.
* **Lettered subsections** (level 2, id ``1.a``): ``a. Disappearance`` or the capitalised
  ``A. ARBITRARY DEPRIVATION OF LIFE…``; letters must run in order within a section.
  When a group of lettered headings has no ``Section`` line above it, the section number
  is inferred from the classic topic of the lettered headings, else from order.
* Headings may carry Markdown markup (``####``), may be wrapped over two or three lines
  (joined when the first line ends with a connecting word or a comma, when the next line
  starts in lower case, or when the join completes a title of the classic outline), and
  are rejected when they read as a sentence.
* **Subtopics**: unnumbered sub-headings on their own line (short, title case or
  capitals, no final stop) and run-in topics at the start of a paragraph
  (``Administration: Authorities…``). A subtopic runs to the next subtopic or heading.
  An unnumbered heading directly followed by a section heading (``RESPECT FOR HUMAN
  RIGHTS``) is a part heading: it closes the section before it and is not a subtopic.
* **Paragraphs**: blank-line separated blocks of prose, split at headings and run-in
  topics; document title lines at the top, a table of contents (a run of numbered
  headings without prose that come again later) and end markers (``[End.]``) are
  excluded.

Titles keep the wording and case of the text, without markup or the ``Section 1.`` /
``a.`` prefix, whitespace collapsed; a share-button artefact glued to the end of a web
heading (``…Human RightsShare``) is dropped. Spans: a heading starts at its first
non-blank character; a section ends at the last non-blank character of its content
before the next heading of the same or a higher level.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from ..records import Paragraph, Section, Subtopic
from .topics import (
    BROAD_TOPICS,
    CLASSIC_TITLES,
    SECTION_TOPICS,
    TOPIC_SECTION,
    topic_of,
)

# --------------------------------------------------------------------------- outline


@dataclass
class Outline:
    """The structure of one document: sections, subtopics and paragraphs, in text order."""

    sections: list[Section] = field(default_factory=list)
    subtopics: list[Subtopic] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for from by with within without into as per via "
    "vs than its their including regarding towards toward against about between under upon "
    "s amp".split()
)
CONNECTORS = frozenset(
    "a an the and or nor of in on at to for from by with within including regarding towards "
    "toward against into about between under than &".split()
)
_EDITORIAL_LABELS = frozenset({"note", "notes", "editor's note", "editor’s note", "source", "sources"})

_BLANK_CHARS = " \t\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_MARKUP = re.compile(r"^(#{1,6})[ \t]*")
_SECTION_RE = re.compile(r"^section\s+(\d{1,2})(?:\s*[.:\-–—]\s*|\s+|$)(.*)$", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^(\d)\.\s+(\S.*)$")
_LETTER_RE = re.compile(r"^([a-zA-Z])[.)]\s+(\S.*)$")
_EXEC_RE = re.compile(r"^executive\s+summar[a-z]*\s*:?$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_EMPHASIS = re.compile(r"^(\*\*|__)(.+)\1$")
_SHARE_RE = re.compile(r"(?<=[a-z])Share$")
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?][\"”’')\]]*\s+[A-Z“\"]")
_TERMINAL = re.compile(r"[.!?;,][\"”’')\]]*$")
_WORD = re.compile(r"[A-Za-z][\w'’\-/]*")
_PAREN = re.compile(r"\([^)]*\)")
_RUN_IN = re.compile(r"^([A-Z][^:\n]{0,130}?)\s*:\s+(?=\S)")
_END_MARKER = re.compile(r"^\[?\s*end(\s+of\s+(the\s+)?(document|report|text))?\s*\.?\s*\]?$", re.IGNORECASE)
_FRONT_KEYWORDS = re.compile(
    r"\b(19|20)\d\d\b|report|human rights|bureau|department of state|practices", re.IGNORECASE)


def _norm(title: str) -> str:
    return " ".join(title.lower().replace("’", "'").split())


def _clean_title(raw: str) -> str:
    """Heading text → title: whitespace collapsed, web share-button artefact dropped."""
    title = " ".join(raw.replace("\u00a0", " ").split())
    return _SHARE_RE.sub("", title).rstrip()


def _cap_ratio(text: str) -> float:
    """Share of content words (not small words) that start with a capital letter."""
    words = [w for w in _WORD.findall(_PAREN.sub(" ", text)) if w.lower() not in SMALL_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper()) / len(words)


def _is_caps(text: str) -> bool:
    """All letters are capitals (at least two letters)."""
    return text.isupper() and len(_LETTERS.findall(text)) >= 2


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


def _reads_as_sentence(title: str) -> bool:
    """True when a heading candidate is prose: a sentence break inside, or a final stop
    on something longer or less title-like than a heading."""
    if _SENTENCE_BREAK.search(title):
        return True
    if _TERMINAL.search(title):
        return not (len(title.split()) <= 12 and (_cap_ratio(title) >= 0.75 or _is_caps(title)))
    return False


@dataclass
class _Line:
    """One line of the text: offsets of its visible part and its content without markup."""

    start: int          # first non-blank character (the '#' of markup, if any)
    end: int            # after the last non-blank character
    body: str           # content without markup, stripped
    marks: int          # number of leading '#'
    body_start: int = 0  # offset of the first character of ``body``

    @property
    def blank(self) -> bool:
        return not self.body


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
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
        lines.append(_Line(start, max(end, start), body, marks, body_start))
        pos += len(raw) + 1
    return lines


@dataclass
class _Heading:
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
class _Item:
    """A unit of content in text order: a heading or a paragraph."""

    kind: str            # heading | para
    start: int
    end: int
    heading: _Heading | None = None
    label: str | None = None  # run-in topic label of a paragraph


class _Parser:
    """Line classification and heading assembly for one text."""

    def __init__(self, text: str) -> None:
        self.lines = _split_lines(text)
        self.kind: list[str] = ["" for _ in self.lines]
        self.has_section_word = any(
            _SECTION_RE.match(l.body) and self._section_title_ok(_SECTION_RE.match(l.body).group(2))  # type: ignore[union-attr]
            for l in self.lines if l.body[:7].lower() == "section")

    # ---- line predicates

    @staticmethod
    def _section_title_ok(title: str) -> bool:
        title = title.strip()
        if not title:
            return True
        return (len(title) <= 220 and (title[0].isupper() or title[0] in "“\"")
                and not _reads_as_sentence(title))

    def _letter_title_ok(self, title: str) -> bool:
        return (len(title) <= 220 and title[0].isupper() and not _reads_as_sentence(title))

    def _junk(self, line: _Line) -> bool:
        return not _ALNUM.search(line.body) or bool(_END_MARKER.match(line.body))

    def _bare_ok(self, i: int) -> bool:
        """An unnumbered heading on its own line."""
        line = self.lines[i]
        body = line.body
        if not body or not (body[0].isupper() or body[0].isdigit() and line.marks):
            return False
        if line.marks:
            return not _reads_as_sentence(body) and len(body) <= 250
        if len(body) > 160 or len(body.split()) > 22 or _TERMINAL.search(body) or body.endswith(":"):
            return False
        if _SENTENCE_BREAK.search(body) or re.search(r"\d", body):
            return False
        run_in = _RUN_IN.match(body)
        if run_in and re.search(r"\b[a-z]", body[run_in.end():]):
            return False          # "Administration:  Authorities often…" opens a paragraph
        nxt = i + 1 if i + 1 < len(self.lines) and not self.lines[i + 1].blank else None
        if nxt is not None and self.lines[nxt].body[:1].islower():
            # Wrapped: a heading only if the next line completes it as a heading.
            if not self._continues(body, nxt) or _cap_ratio(body + " " + self.lines[nxt].body) < 0.75:
                return False
        elif _last_word(body) in CONNECTORS:
            return False
        ratio = _cap_ratio(body)
        if not (_is_caps(body) or ratio >= 0.75 or (ratio >= 0.5 and len(body.split()) <= 6
                                                     and self._standalone(i))):
            return False
        prev = self._prev_nonblank(i)
        if prev is not None and prev == i - 1:
            # Directly under another line: only a heading when that line closed a paragraph
            # or was itself a heading (layouts without blank lines, such as PDF text).
            p = self.lines[prev].body
            if self.kind[prev] not in ("heading", "title") and not re.search(r"[.!?:][\"”’')\]]*$", p):
                return False
        return True

    def _standalone(self, i: int) -> bool:
        """A line with blank lines (or the text edge) on both sides."""
        before = i == 0 or self.lines[i - 1].blank
        after = i + 1 >= len(self.lines) or self.lines[i + 1].blank
        return before and after

    def _prev_nonblank(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if not self.lines[j].blank:
                return j
        return None

    def _next_nonblank(self, i: int, limit: int = 2) -> int | None:
        """Index of the next non-blank line, skipping at most ``limit - 1`` blank lines."""
        j = i + 1
        skipped = 0
        while j < len(self.lines) and self.lines[j].blank:
            skipped += 1
            j += 1
        if j >= len(self.lines) or skipped >= limit:
            return None
        return j

    def _numbered(self, body: str) -> tuple[str, int, str] | None:
        """``("section", n, title)`` / ``("exec", 0, title)`` / ``("letter", idx, title)``."""
        if _EXEC_RE.match(body):
            return ("exec", 0, body)
        m = _SECTION_RE.match(body)
        if m and self._section_title_ok(m.group(2)) and 1 <= int(m.group(1)) <= 12:
            return ("section", int(m.group(1)), m.group(2))
        if not self.has_section_word:
            m = _NUMBERED_RE.match(body)
            if m and self._section_title_ok(m.group(2)) and not _TERMINAL.search(m.group(2)) \
                    and (_cap_ratio(m.group(2)) >= 0.6 or _is_caps(m.group(2))) and len(m.group(2)) <= 120:
                return ("section", int(m.group(1)), m.group(2))
        m = _LETTER_RE.match(body)
        if m and self._letter_title_ok(m.group(2)):
            return ("letter", ord(m.group(1).lower()) - ord("a"), m.group(2))
        return None

    # ---- wrapped headings

    def _continues(self, title: str, j: int) -> bool:
        """Whether line ``j`` continues a heading whose text so far is ``title``."""
        line = self.lines[j]
        body = line.body
        if line.marks or not body or len(body) > 110 or self._numbered(body) is not None:
            return False
        if not body[0].isalpha() or _SENTENCE_BREAK.search(body) or _TERMINAL.search(body):
            return False
        if _is_caps(title) != _is_caps(body):
            return False
        if title.endswith(",") or _last_word(title) in CONNECTORS:
            return True
        if body[0].islower():
            return True
        joined, alone = _norm(title + " " + body), _norm(title)
        return any(c.startswith(joined) for c in CLASSIC_TITLES) and alone not in CLASSIC_TITLES

    def _extend(self, i: int, title: str) -> tuple[int, str]:
        """Join continuation lines of the heading at line ``i``; return (last line, title)."""
        last = i
        if not title.strip():
            # "Section 1." alone on its line: the title is the next line.
            j = self._next_nonblank(last)
            if j is None or self._numbered(self.lines[j].body) is not None \
                    or _reads_as_sentence(self.lines[j].body) or len(self.lines[j].body) > 220:
                return last, title
            title, last = self.lines[j].body, j
        for _ in range(3):
            if title.rstrip().endswith(":") and not title.lower().endswith("from:"):
                break
            j = self._next_nonblank(last)
            if j is None or not self._continues(title, j):
                break
            title = title + " " + self.lines[j].body
            last = j
        return last, title

    # ---- passes

    def front_matter(self) -> None:
        """Mark the document title lines at the top (before the first prose line)."""
        seen_heading = False
        for i, line in enumerate(self.lines):
            if line.blank:
                continue
            body = line.body
            num = self._numbered(body)
            if num is not None and num[0] != "letter":
                if num[0] == "section":
                    return
                seen_heading = True
                continue
            short = len(body) <= 110 and not _TERMINAL.search(body) and not _SENTENCE_BREAK.search(body)
            titled = _cap_ratio(body) >= 0.6 or not _WORD.search(body)
            wrapped = i + 1 < len(self.lines) and self.lines[i + 1].body[:1].islower()
            if not short or wrapped or (seen_heading and not (titled and _FRONT_KEYWORDS.search(body))):
                return
            if _RUN_IN.match(body) and len(body) > 60:
                return
            self.kind[i] = "title"

    def headings(self) -> list[_Heading]:
        """All headings in text order, wrapped lines joined, sentences rejected."""
        found: list[_Heading] = []
        i = 0
        n = len(self.lines)
        while i < n:
            line = self.lines[i]
            if line.blank or self.kind[i] == "title":
                i += 1
                continue
            if self._junk(line):
                self.kind[i] = "junk"
                i += 1
                continue
            num = self._numbered(line.body)
            if num is not None:
                kind, value, raw_title = num
                last, title = (i, raw_title) if kind == "exec" else self._extend(i, raw_title)
                h = _Heading(kind, i, last, _clean_title(title), line.start, self.lines[last].end,
                             caps=_is_caps(raw_title))
                if kind == "section":
                    h.number = value
                elif kind == "letter":
                    h.letter = chr(ord("a") + value)
                for k in range(i, last + 1):
                    self.kind[k] = "heading"
                found.append(h)
                i = last + 1
                continue
            if self._bare_ok(i):
                last, title = self._extend_bare(i)
                h = _Heading("bare", i, last, _clean_title(title), line.start, self.lines[last].end,
                             caps=_is_caps(line.body), marks=line.marks)
                for k in range(i, last + 1):
                    self.kind[k] = "heading"
                found.append(h)
                i = last + 1
                continue
            self.kind[i] = "prose"
            i += 1
        return found

    def _extend_bare(self, i: int) -> tuple[int, str]:
        title = self.lines[i].body
        if self.lines[i].marks:
            return i, title
        last = i
        for _ in range(3):
            j = self._next_nonblank(last, limit=1)
            if j is None or not (title.endswith(",") or _last_word(title) in CONNECTORS
                                 or self.lines[j].body[:1].islower()):
                break
            if not self._continues(title, j):
                break
            title, last = title + " " + self.lines[j].body, j
        return last, title


def _drop_contents_table(heads: list[_Heading], parser: _Parser) -> list[_Heading]:
    """Remove a table of contents: a run of four or more numbered headings with no prose
    between them whose section numbers come again later in the text."""
    numbered = ("exec", "section", "letter")
    runs: list[list[int]] = []
    seen: set[tuple[str, int | None]] = set()
    for k, h in enumerate(heads):
        key = (h.kind, h.number)
        repeated = h.kind in ("exec", "section") and key in seen
        if not runs or repeated or any(
                parser.kind[j] == "prose" for j in range(heads[k - 1].last + 1, h.first)):
            runs.append([])
            seen = set()
        runs[-1].append(k)
        seen.add(key)
    drop: set[int] = set()
    for run in runs:
        marks = [heads[k] for k in run if heads[k].kind in numbered]
        if len(marks) < 4:
            continue
        keys = {(h.kind, h.number) for h in marks if h.kind in ("exec", "section")}
        later = {(h.kind, h.number) for h in heads[run[-1] + 1:] if h.kind in ("exec", "section")}
        if keys and keys <= later:
            drop.update(run)
    for k in drop:
        for j in range(heads[k].first, heads[k].last + 1):
            parser.kind[j] = "title"
    return [h for k, h in enumerate(heads) if k not in drop]


def _validate(heads: list[_Heading], parser: _Parser) -> list[_Heading]:
    """Keep numbered and lettered headings whose numbering runs in order; demote others."""
    out: list[_Heading] = []
    last_section = 0
    last_letter = -1
    seen_exec = False
    for h in heads:
        if h.kind == "exec":
            if seen_exec or last_section:
                h.kind = "bare"
            seen_exec = True
        elif h.kind == "section":
            assert h.number is not None
            if h.number <= last_section:
                h.kind = "bare"
            else:
                last_section = h.number
                last_letter = -1
        elif h.kind == "letter":
            idx = ord(h.letter or "a") - ord("a")
            if last_letter < idx <= last_letter + 3:
                last_letter = idx
            elif idx == 0:
                last_letter = 0       # a new group without a Section line
            else:
                h.kind = "bare" if parser._bare_ok(h.first) else "prose"
                if h.kind == "prose":
                    for k in range(h.first, h.last + 1):
                        parser.kind[k] = "prose"
                    continue
                h.title = _clean_title(parser.lines[h.first].body)
        out.append(h)
    return out


def _assign_ids(heads: list[_Heading], next_line: "Callable[[_Heading], int]") -> None:
    """Give exec/section/letter headings their ids; classify bare headings.

    Bare headings become part headings (directly followed by a section heading),
    section titles of a lettered group without ``Section`` line, sections of an
    unnumbered layout, or else subtopics.
    """
    numbered = any(h.kind == "section" for h in heads)
    lettered = any(h.kind == "letter" for h in heads)
    # Part headings: a bare heading with nothing but another heading start after it.
    for k, h in enumerate(heads[:-1]):
        nxt = heads[k + 1]
        if h.kind == "bare" and nxt.kind in ("section", "exec") and nxt.first == next_line(h):
            h.kind = "part"
    if not numbered and not lettered:
        _unnumbered_sections(heads)
    current = 0
    current_topic: str | None = None
    letters_in_current = 0
    for k, h in enumerate(heads):
        if h.kind == "exec":
            h.sid = "exec"
        elif h.kind == "section":
            if h.number is not None and h.number <= current:
                h.kind = "bare"         # already taken by an inferred group: a subtopic
                continue
            current = h.number or current + 1
            current_topic = topic_of(h.title)
            letters_in_current = 0
            h.sid = str(current)
        elif h.kind == "letter":
            restart = h.letter == "a" and letters_in_current > 0
            guess = TOPIC_SECTION.get(topic_of(h.title) or "", 0) if h.letter == "a" else 0
            # A group whose topic belongs to a later classic section than the current one
            # (and the current section is not that section under another number).
            moved = (guess > current and letters_in_current == 0
                     and current_topic != SECTION_TOPICS.get(guess))
            if current == 0 or restart or moved:
                current = guess if guess > current else current + 1
                prev = heads[k - 1] if k else None
                if prev is not None and prev.kind == "bare" and h.first == next_line(prev):
                    # An unnumbered title right above the group is its section heading.
                    prev.kind, prev.number, prev.sid = "section", current, str(current)
                current_topic = None
            letters_in_current += 1
            h.sid = f"{current}.{h.letter}"
    # Safety net for disordered text: an id is given once, and the summary comes first.
    used: set[str] = set()
    for h in heads:
        if h.kind not in ("exec", "section", "letter"):
            continue
        if h.sid in used or (h.kind == "exec" and used):
            h.kind, h.sid = "bare", None
        else:
            used.add(h.sid or "")


def _unnumbered_sections(heads: list[_Heading]) -> None:
    """2024-style layouts: choose the top level among bare headings and number it."""
    bare = [h for h in heads if h.kind == "bare"]
    if not bare:
        return
    caps = [h for h in bare if h.caps]
    broad = [h for h in bare if topic_of(h.title) in BROAD_TOPICS or _EXEC_RE.match(h.title)]
    levels = sorted({h.marks for h in bare if h.marks})
    if len(levels) > 1:
        top = [h for h in bare if h.marks == levels[0]]   # Markdown: the highest level
    elif caps and len(caps) < len(bare):
        top = caps                      # capitals over title case
    elif sum(1 for h in broad if not _EXEC_RE.match(h.title)) >= 2:
        top = broad                     # same style: the broad headings of the 2024 outline
    else:
        top = bare
    n = 0
    has_exec = any(h.kind == "exec" for h in heads)
    for h in top:
        if _EXEC_RE.match(h.title):
            if not has_exec:
                h.kind, has_exec = "exec", True
            continue
        n += 1
        h.kind, h.number = "section", n


def outline(text: str, doc_id: str) -> Outline:
    """Sections, subtopics and paragraphs of ``text`` (see the module docstring)."""
    parser = _Parser(text)
    parser.front_matter()
    heads = _validate(_drop_contents_table(parser.headings(), parser), parser)
    lines = parser.lines

    def next_line(h: _Heading) -> int:
        j = h.last + 1
        while j < len(lines) and lines[j].blank:
            j += 1
        return j

    _assign_ids(heads, next_line)
    for h in heads:
        if h.kind in ("bare", "part"):
            for k in range(h.first, h.last + 1):
                parser.kind[k] = "heading"
    items = _items(parser, heads)
    return _build(text, doc_id, items)


def _items(parser: _Parser, heads: list[_Heading]) -> list[_Item]:
    """Headings and paragraphs in text order; paragraphs split at run-in topics."""
    by_line = {h.first: h for h in heads}
    items: list[_Item] = []
    lines = parser.lines
    block: list[int] = []

    def flush() -> None:
        if not block:
            return
        first, last = lines[block[0]], lines[block[-1]]
        body = first.body
        item = _Item("para", first.body_start, last.end)
        m = _RUN_IN.match(body)
        if m and _run_in_ok(m.group(1)):
            item.label = _clean_title(m.group(1))
        items.append(item)
        block.clear()

    for i, line in enumerate(lines):
        kind = parser.kind[i]
        if i in by_line:
            flush()
            h = by_line[i]
            items.append(_Item("heading", h.start, h.end, heading=h))
            continue
        if line.blank or kind in ("heading", "title", "junk"):
            flush()
            continue
        if block and _RUN_IN.match(line.body) and _run_in_ok(_RUN_IN.match(line.body).group(1)) \
                and re.search(r"[.!?][\"”’')\]]*$", lines[block[-1]].body):  # type: ignore[union-attr]
            flush()
        block.append(i)
    flush()
    return items


def _run_in_ok(label: str) -> bool:
    """A run-in topic label: a short title-case phrase, not an editorial note."""
    label = " ".join(label.split())
    words = label.split()
    if not words or len(words) > 16 or len(label) > 130:
        return False
    if _norm(label) in _EDITORIAL_LABELS or _last_word(label) in CONNECTORS:
        return False
    if any(c in label for c in ".;“”\"") or any(c.isdigit() for c in label):
        return False
    return _cap_ratio(label) >= 0.5 or _is_caps(label)


class _Reach:
    """End of the content (headings and paragraphs) that starts in a range of the text."""

    def __init__(self, items: list[_Item]) -> None:
        spans = sorted((it.start, it.end) for it in items if it.kind in ("heading", "para"))
        self.starts = [s for s, _ in spans]
        # Items do not overlap, so the furthest end before a limit is a running maximum.
        self.reach = list(accumulate((e for _, e in spans), max))

    def end(self, start: int, limit: int) -> int:
        """The last content character of ``[start, limit)`` (``start`` when there is none)."""
        k = bisect.bisect_left(self.starts, limit) - 1
        if k < 0 or self.starts[k] < start:
            return start
        return max(start, self.reach[k])


def _add_introduction(items: list[_Item]) -> None:
    """Prose before the first section heading, without an EXECUTIVE SUMMARY heading,
    is the summary of the 1999–2010 layout: an ``exec`` section titled "Introduction"."""
    first_head = next((k for k, it in enumerate(items) if it.kind == "heading"
                       and it.heading and it.heading.kind in ("exec", "section", "letter")), None)
    first_para = next((k for k, it in enumerate(items) if it.kind == "para"), None)
    if first_para is None or first_head is None or first_para > first_head:
        return
    if any(it.heading and it.heading.kind == "exec" for it in items):
        return
    p = items[first_para]
    intro = _Heading("exec", -1, -1, "Introduction", p.start, p.start, sid="exec")
    items.insert(first_para, _Item("marker", p.start, p.start, heading=intro))


def _sections(text: str, doc_id: str, items: list[_Item], reach: _Reach) -> list[Section]:
    """Section records with their spans and topics."""
    level_of = {"exec": 1, "section": 1, "letter": 2}
    sections: list[Section] = []
    bounds: list[tuple[int, int, str | None]] = []  # (start, level, parent) of structural headings
    for it in items:
        h = it.heading
        if h is None:
            continue
        if h.kind in level_of:
            assert h.sid is not None
            level = level_of[h.kind]
            parent = h.sid.split(".")[0] if level == 2 else None
            sections.append(Section(doc_id, h.sid, h.title, level, parent, h.start, h.end, None))
        if h.kind in ("exec", "section", "part"):
            bounds.append((h.start, 1, None))
        elif h.kind == "letter":
            bounds.append((h.start, 2, (h.sid or "").split(".")[0]))
    by_id: dict[str, Section] = {}
    for sec in sections:
        # Up to the next heading of the same or a higher level (a part heading, or a
        # lettered group of another section, closes a section too).
        limit = next((s for s, lvl, parent in bounds if s > sec.start and (
            lvl <= sec.level or (sec.level == 1 and parent != sec.id))), len(text) + 1)
        sec.end = max(reach.end(sec.start, limit), sec.end)
        parent_topic = by_id[sec.parent].topic if sec.parent in by_id else None
        sec.topic = "executive_summary" if sec.id == "exec" else topic_of(sec.title, parent_topic)
        by_id[sec.id] = sec
    for sec in sections:          # a parent section always contains its subsections
        if sec.parent in by_id:
            by_id[sec.parent].end = max(by_id[sec.parent].end, sec.end)
    return sections


def _walk(text: str, doc_id: str, items: list[_Item], sections: list[Section],
          reach: _Reach) -> tuple[list[Subtopic], list[Paragraph]]:
    """Subtopics and paragraphs, each tied to the most specific section at its place."""
    topics = {s.id: s.topic for s in sections}
    current: str | None = None
    sub_title: str | None = None
    counts: dict[str | None, int] = {}
    subtopics: list[Subtopic] = []
    paragraphs: list[Paragraph] = []

    def open_sub(title: str, start: int) -> None:
        nonlocal sub_title
        sub_title = title if current is not None else None
        if current is not None:
            subtopics.append(Subtopic(doc_id, current, title, start, start,
                                      topic_of(title, topics.get(current))))

    for it in items:
        h = it.heading
        if h is not None:
            if h.kind in ("exec", "section", "letter"):
                current, sub_title = h.sid, None
            elif h.kind == "part":
                current, sub_title = None, None
            elif h.kind == "bare":
                open_sub(h.title, h.start)
            continue
        if it.kind != "para":
            continue
        if it.label:
            open_sub(it.label, it.start)
        counts[current] = counts.get(current, 0) + 1
        paragraphs.append(Paragraph(doc_id, current, sub_title, counts[current], it.start, it.end))
    # A subtopic runs up to the next subtopic or heading.
    stops = sorted({s.start for s in subtopics}
                   | {it.start for it in items if it.kind == "heading"})
    for sub in subtopics:
        k = bisect.bisect_right(stops, sub.start)
        sub.end = reach.end(sub.start, stops[k] if k < len(stops) else len(text) + 1)
    return subtopics, paragraphs


def _build(text: str, doc_id: str, items: list[_Item]) -> Outline:
    """Records from the ordered headings and paragraphs."""
    _add_introduction(items)
    reach = _Reach(items)
    sections = _sections(text, doc_id, items, reach)
    subtopics, paragraphs = _walk(text, doc_id, items, sections, reach)
    return Outline(sections, subtopics, paragraphs)
