"""Which lines are headings: sections, lettered subsections and unnumbered headings, their
levels and ids, with tables of contents and sentence-like lines rejected."""
from __future__ import annotations

import re
from collections.abc import Callable

from .lines import (
    ALNUM,
    END_MARKER,
    EXEC_RE,
    FRONT_KEYWORDS,
    LETTER_RE,
    NUMBERED_RE,
    RUN_IN,
    SECTION_RE,
    SENTENCE_BREAK,
    TERMINAL,
    WORD,
    CONNECTORS,
    cap_ratio,
    clean_title,
    Heading,
    is_caps,
    last_word,
    Line,
    norm_title,
    reads_as_sentence,
    split_lines,
)
from .topics import (
    BROAD_TOPICS,
    CLASSIC_TITLES,
    SECTION_TOPICS,
    TOPIC_SECTION,
    topic_of,
)


class Parser:
    """Line classification and heading assembly for one text."""

    def __init__(self, text: str) -> None:
        self.lines = split_lines(text)
        self.kind: list[str] = ["" for _ in self.lines]
        self.has_section_word = any(
            SECTION_RE.match(l.body) and self._section_title_ok(SECTION_RE.match(l.body).group(2))  # type: ignore[union-attr]
            for l in self.lines if l.body[:7].lower() == "section")

    # ---- line predicates

    @staticmethod
    def _section_title_ok(title: str) -> bool:
        title = title.strip()
        if not title:
            return True
        return (len(title) <= 220 and (title[0].isupper() or title[0] in "“\"")
                and not reads_as_sentence(title))

    def _letter_title_ok(self, title: str) -> bool:
        return (len(title) <= 220 and title[0].isupper() and not reads_as_sentence(title))

    def _junk(self, line: Line) -> bool:
        return not ALNUM.search(line.body) or bool(END_MARKER.match(line.body))

    def _bare_ok(self, i: int) -> bool:
        """An unnumbered heading on its own line."""
        line = self.lines[i]
        body = line.body
        if not body or not (body[0].isupper() or body[0].isdigit() and line.marks):
            return False
        if line.marks:
            return not reads_as_sentence(body) and len(body) <= 250
        if len(body) > 160 or len(body.split()) > 22 or TERMINAL.search(body) or body.endswith(":"):
            return False
        if SENTENCE_BREAK.search(body) or re.search(r"\d", body):
            return False
        run_in = RUN_IN.match(body)
        if run_in and re.search(r"\b[a-z]", body[run_in.end():]):
            return False          # "Administration:  Authorities often…" opens a paragraph
        nxt = i + 1 if i + 1 < len(self.lines) and not self.lines[i + 1].blank else None
        if nxt is not None and self.lines[nxt].body[:1].islower():
            # Wrapped: a heading only if the next line completes it as a heading.
            if not self._continues(body, nxt) or cap_ratio(body + " " + self.lines[nxt].body) < 0.75:
                return False
        elif last_word(body) in CONNECTORS:
            return False
        ratio = cap_ratio(body)
        if not (is_caps(body) or ratio >= 0.75 or (ratio >= 0.5 and len(body.split()) <= 6
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
        if EXEC_RE.match(body):
            return ("exec", 0, body)
        m = SECTION_RE.match(body)
        if m and self._section_title_ok(m.group(2)) and 1 <= int(m.group(1)) <= 12:
            return ("section", int(m.group(1)), m.group(2))
        if not self.has_section_word:
            m = NUMBERED_RE.match(body)
            if m and self._section_title_ok(m.group(2)) and not TERMINAL.search(m.group(2)) \
                    and (cap_ratio(m.group(2)) >= 0.6 or is_caps(m.group(2))) and len(m.group(2)) <= 120:
                return ("section", int(m.group(1)), m.group(2))
        m = LETTER_RE.match(body)
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
        if not body[0].isalpha() or SENTENCE_BREAK.search(body) or TERMINAL.search(body):
            return False
        if is_caps(title) != is_caps(body):
            return False
        if title.endswith(",") or last_word(title) in CONNECTORS:
            return True
        if body[0].islower():
            return True
        joined, alone = norm_title(title + " " + body), norm_title(title)
        return any(c.startswith(joined) for c in CLASSIC_TITLES) and alone not in CLASSIC_TITLES

    def _extend(self, i: int, title: str) -> tuple[int, str]:
        """Join continuation lines of the heading at line ``i``; return (last line, title)."""
        last = i
        if not title.strip():
            # "Section 1." alone on its line: the title is the next line.
            j = self._next_nonblank(last)
            if j is None or self._numbered(self.lines[j].body) is not None \
                    or reads_as_sentence(self.lines[j].body) or len(self.lines[j].body) > 220:
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
            short = len(body) <= 110 and not TERMINAL.search(body) and not SENTENCE_BREAK.search(body)
            titled = cap_ratio(body) >= 0.6 or not WORD.search(body)
            wrapped = i + 1 < len(self.lines) and self.lines[i + 1].body[:1].islower()
            if not short or wrapped or (seen_heading and not (titled and FRONT_KEYWORDS.search(body))):
                return
            if RUN_IN.match(body) and len(body) > 60:
                return
            self.kind[i] = "title"

    def headings(self) -> list[Heading]:
        """All headings in text order, wrapped lines joined, sentences rejected."""
        found: list[Heading] = []
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
                h = Heading(kind, i, last, clean_title(title), line.start, self.lines[last].end,
                             caps=is_caps(raw_title))
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
                h = Heading("bare", i, last, clean_title(title), line.start, self.lines[last].end,
                             caps=is_caps(line.body), marks=line.marks)
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
            if j is None or not (title.endswith(",") or last_word(title) in CONNECTORS
                                 or self.lines[j].body[:1].islower()):
                break
            if not self._continues(title, j):
                break
            title, last = title + " " + self.lines[j].body, j
        return last, title


def drop_contents_table(heads: list[Heading], parser: Parser) -> list[Heading]:
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


def validate(heads: list[Heading], parser: Parser) -> list[Heading]:
    """Keep numbered and lettered headings whose numbering runs in order; demote others."""
    out: list[Heading] = []
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
                h.title = clean_title(parser.lines[h.first].body)
        out.append(h)
    return out


def assign_ids(heads: list[Heading], next_line: "Callable[[Heading], int]") -> None:
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


def _unnumbered_sections(heads: list[Heading]) -> None:
    """2024-style layouts: choose the top level among bare headings and number it."""
    bare = [h for h in heads if h.kind == "bare"]
    if not bare:
        return
    caps = [h for h in bare if h.caps]
    broad = [h for h in bare if topic_of(h.title) in BROAD_TOPICS or EXEC_RE.match(h.title)]
    levels = sorted({h.marks for h in bare if h.marks})
    if len(levels) > 1:
        top = [h for h in bare if h.marks == levels[0]]   # Markdown: the highest level
    elif caps and len(caps) < len(bare):
        top = caps                      # capitals over title case
    elif sum(1 for h in broad if not EXEC_RE.match(h.title)) >= 2:
        top = broad                     # same style: the broad headings of the 2024 outline
    else:
        top = bare
    n = 0
    has_exec = any(h.kind == "exec" for h in heads)
    for h in top:
        if EXEC_RE.match(h.title):
            if not has_exec:
                h.kind, has_exec = "exec", True
            continue
        n += 1
        h.kind, h.number = "section", n


