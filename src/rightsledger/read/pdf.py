"""PDF: pypdfium2 (PDFium) characters with their boxes and font weights; running headers,
footers and page numbers leave the text flow; lines of a paragraph are joined, hyphenated
words rejoined, wrapped headings kept on one line.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import Code, RightsledgerError
from .common import (
    MAX_PDF_PAGES,
    MAX_PDF_SECONDS,
    MAX_TEXT_CHARS,
    Extracted,
    join_blocks,
)

_PDF_LOCK = threading.Lock()  # PDFium is not thread-safe
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_SOFT_HYPHENS = ("\xad", "\x02")
_HARD_HYPHENS = ("-", "\u2010", "\ufffe")  # PDFium reports some line-end hyphens as U+FFFE
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[\[(\-\u2013\u2014\s]*(?:\d{1,4}|[ivxlcdm]{1,7})[\])\-\u2013\u2014\s]*"
    r"(?:(?:of|/)\s*\d{1,4})?$", re.I)
_ENUMERATOR = re.compile(r"^(?:section\s+\d+|[a-z]\.|[A-Z]\.|\d+(?:\.\d+)*\.?)\s", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class _Line:
    """One line of a PDF page, with the geometry the layout rules need."""

    page: int
    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float  # median loose-box height of its characters (grows with the font size)
    bold: bool
    first_word: float  # width of its first word
    first_bold: bool = False  # its first character is bold (a run-in heading starts it)
    last_bold: bool = False
    heading: bool = False

    @property
    def key(self) -> str:
        """The line as compared across pages: digits masked, case and spaces folded."""
        return re.sub(r"\d+", "#", re.sub(r"\s+", " ", self.text.lower())).strip()


def _pdf_open(raw: bytes, path: Path):
    """Open a PDF with PDFium: encrypted, truncated and malformed files are told apart."""
    import pypdfium2 as pdfium

    if b"%PDF-" not in raw[:1024]:
        raise RightsledgerError(Code.PDF_MALFORMED, path=path, detail="no %PDF header")
    complete = b"%%EOF" in raw[-2048:]
    try:
        doc = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower() or "security" in message.lower():
            raise RightsledgerError(Code.PDF_ENCRYPTED, path=path) from None
        if not complete:
            raise RightsledgerError(Code.TRUNCATED, path=path, detail="no %%EOF marker") from None
        raise RightsledgerError(Code.PDF_MALFORMED, path=path, detail=message[:160]) from None
    if not complete:
        doc.close()
        raise RightsledgerError(Code.TRUNCATED, path=path, detail="no %%EOF marker at the end")
    return doc


def _pdf_char_bold(textpage, index: int, raw_api) -> bool:
    """Is the character at ``index`` bold: by its font weight, else its font name or flags."""
    weight = raw_api.FPDFText_GetFontWeight(textpage, index)
    if weight > 0:
        return weight >= 600
    import ctypes

    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw_api.FPDFText_GetFontInfo(textpage, index, buf, 128, ctypes.byref(flags))
    name = buf.value.decode("latin-1", "replace").lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi")) or bool(flags.value & (1 << 18))


def _pdf_make_line(page_no: int, chars: list[str], idx: list[int],
                   boxes: list[tuple[float, float, float, float]], textpage, api) -> _Line | None:
    """A :class:`_Line` from its characters, their PDFium indexes and loose boxes
    ``(left, right, bottom, top)``; boldness from five sampled characters."""
    text = "".join(chars).translate(_LIGATURES).strip()
    if not boxes or not text:
        return None
    text = re.sub(r" *\t[ \t]*", "\t", re.sub(r" {2,}", " ", text))
    n = len(idx)
    picks = sorted({0, n // 4, n // 2, (3 * n) // 4, n - 1})  # five characters stand for the line
    sample = [boxes[i] for i in picks]
    heights = sorted(b[3] - b[2] for b in sample)
    bottoms = sorted(b[2] for b in sample)
    first_word = boxes[min(len(text.split(" ", 1)[0]), n) - 1][1] - boxes[0][0]
    bolds = {i: _pdf_char_bold(textpage, idx[i], api) for i in picks}
    return _Line(
        page=page_no, text=text, x0=boxes[0][0], x1=max(b[1] for b in boxes[-3:]),
        bottom=bottoms[len(bottoms) // 2], top=max(b[3] for b in sample), size=heights[len(heights) // 2],
        bold=all(bolds.values()), first_word=first_word, first_bold=bolds[0], last_bold=bolds[n - 1],
    )


def _pdf_page_lines(page, page_no: int) -> list[_Line]:
    """The lines of one page, with spaces restored from the gaps between character boxes
    (PDFium misses some where a PDF positions words without a space character) and tabs
    for wide gaps (table cells)."""
    import pypdfium2.raw as api

    textpage = page.get_textpage()
    try:
        n = api.FPDFText_CountChars(textpage)
        if n <= 0:
            return []
        text = textpage.get_text_range(0, n)
        if len(text) != n:
            text = "".join(chr(api.FPDFText_GetUnicode(textpage, k) or 32) for k in range(n))
        lines: list[_Line] = []
        chars: list[str] = []
        idx: list[int] = []  # PDFium index of each character with a box
        boxes: list[tuple[float, float, float, float]] = []

        def finish() -> None:
            nonlocal chars, idx, boxes
            line = _pdf_make_line(page_no, chars, idx, boxes, textpage, api)
            if line is not None:
                lines.append(line)
            chars, idx, boxes = [], [], []

        rect = api.FS_RECTF()
        handle, get_box = textpage.raw, api.FPDFText_GetLooseCharBox
        last_right = last_bottom = 0.0
        for k, ch in enumerate(text):
            if ch in "\r\n":
                finish()
                continue
            if ch.isspace() or ch == "\x00":
                if chars and chars[-1] not in " \t":
                    chars.append(" ")
                continue
            get_box(handle, k, rect)
            left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
            height = top - bottom
            if boxes:
                shift = bottom - last_bottom
                gap = left - last_right
                if (shift > 0.6 * height or -shift > 0.6 * height) and left < last_right:
                    finish()  # a new line that PDFium did not mark
                elif gap > 1.5 * height:  # a column gap: table cells
                    if chars[-1] == " ":
                        chars[-1] = "\t"
                    else:
                        chars.append("\t")
                elif chars[-1] != " " and gap > 0.1 * height:
                    chars.append(" ")
            chars.append(ch)
            idx.append(k)
            boxes.append((left, right, bottom, top))
            last_right, last_bottom = right, bottom
        finish()
        return lines
    finally:
        textpage.close()


def _pdf_running_lines(pages: list[list[_Line]], heights: list[float]) -> set[tuple[int, int]]:
    """``(page, line)`` positions of running headers, footers and page numbers.

    A header or footer is a line among the first or last three of a page whose text,
    digits masked, recurs there on at least two pages in five (and on two or more). A
    page number is a bare number ("12", "Page 3 of 59", "- iv -") in the outer sixth of
    the page. The first page keeps a top line with a year: it is the title there.
    """
    n_pages = len(pages)
    margins: list[list[int]] = []
    counts: dict[str, int] = {}
    for lines in pages:
        order = sorted(range(len(lines)), key=lambda i: -lines[i].bottom)
        margin = order[:3] + order[-3:] if len(order) > 6 else order
        margins.append(margin)
        for key in {lines[i].key for i in margin}:
            counts[key] = counts.get(key, 0) + 1
    need = max(2, -(-2 * n_pages // 5))  # two pages in five: alternating left/right headers too
    running = {k for k, c in counts.items() if c >= need}
    drop: set[tuple[int, int]] = set()
    for p, lines in enumerate(pages):
        if not lines:
            continue
        page_h = heights[p]
        top_rank = sorted(range(len(lines)), key=lambda i: -lines[i].bottom)[:3]
        for i in margins[p]:
            line = lines[i]
            if line.key in running:
                if p == 0 and i in top_rank and re.search(r"\b(?:19|20)\d\d\b", line.text):
                    continue
                drop.add((p, i))
            elif _PAGE_NUMBER.match(line.text.strip()) and (
                    line.bottom > page_h * 5 / 6 or line.top < page_h / 6):
                drop.add((p, i))
    return drop


def _pdf_dehyphenate(left: str, right: str, lexicon: set[str]) -> str:
    """Join a line ending in a hyphen with the next: "deten-" + "tion" -> "detention" when
    the document writes "detention" elsewhere; "long-" + "standing" keeps its hyphen."""
    if left.endswith(_SOFT_HYPHENS):
        return left[:-1] + right
    m_left = re.search(r"([^\W\d_]+)-$", left)
    m_right = re.match(r"[^\W\d_]+", right)
    if m_left and m_right:
        whole = (m_left.group(1) + m_right.group(0)).lower()
        hyphenated = f"{m_left.group(1)}-{m_right.group(0)}".lower()
        if whole in lexicon and hyphenated not in lexicon:
            return left[:-1] + right
    return left + right


@dataclass
class _Layout:
    """What a document's body text looks like: the measures the joining rules compare to."""

    body_size: float  # loose-box height of body lines
    right_edge: float  # where full body lines end
    left_margin: float
    pitch: float  # baseline distance of consecutive body lines
    floor: float  # the lowest body line of a full page

    @classmethod
    def of(cls, pages: list[list[_Line]]) -> _Layout:
        flow = [line for lines in pages for line in lines]
        weights: dict[float, int] = {}
        for line in flow:
            key = round(line.size, 1)
            weights[key] = weights.get(key, 0) + len(line.text)
        body_size = max(weights, key=weights.__getitem__)
        body = [ln for ln in flow if abs(ln.size - body_size) <= 0.06 * body_size and not ln.bold] or flow
        body_ids = {id(ln) for ln in body}
        right_edge = sorted(ln.x1 for ln in body)[int(0.95 * (len(body) - 1))]
        lefts = [round(ln.x0) for ln in body]
        pitches = sorted(a.bottom - b.bottom for a, b in zip(flow, flow[1:], strict=False)
                         if a.page == b.page and id(a) in body_ids and id(b) in body_ids and a.bottom > b.bottom)
        lows = sorted(min(ln.bottom for ln in lines) for lines in pages[:-1] if lines)
        return cls(
            body_size=body_size, right_edge=right_edge, left_margin=max(set(lefts), key=lefts.count),
            pitch=pitches[len(pitches) // 2] if pitches else body_size,
            floor=lows[len(lows) // 10] if lows else 0.0,
        )

    def is_heading(self, line: _Line) -> bool:
        return len(line.text) < 250 and bool(re.search(r"[^\W\d_]", line.text)) and (
            line.bold or line.size > 1.15 * self.body_size)

    def wraps(self, prev: _Line, nxt: _Line) -> bool:
        """Did ``prev`` end because ``nxt``'s first word would not fit after it?"""
        return self.right_edge - prev.x1 < nxt.first_word + 0.3 * prev.size

    def close(self, prev: _Line, line: _Line, factor: float) -> bool:
        """``line`` follows ``prev`` within ``factor`` line pitches, or on the next page."""
        return prev.page != line.page or 0 < prev.bottom - line.bottom < factor * max(self.pitch, line.size)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


def _pdf_joins(prev: _Line, line: _Line, lay: _Layout) -> bool:
    """Does ``line`` continue the block that ``prev`` ends?"""
    same_size = abs(prev.size - line.size) <= 0.06 * max(prev.size, line.size)
    if prev.heading and not line.heading:
        # A bold run-in heading wrapped onto a line where the prose follows it
        # ("Censorship ... and Other" + "Media, Including Online Media: Independent ...")
        # or that filled its line, the prose starting on the next ("...Assembly:" + "There").
        if (line.first_bold or prev.text.endswith(":")) and same_size and not _ENUMERATOR.match(line.text) \
                and lay.wraps(prev, line) and lay.close(prev, line, 2.0):
            prev.heading = False
            return True
        return False
    if "\t" in prev.text and "\t" in line.text and prev.page == line.page:
        return lay.close(prev, line, 1.5)  # rows of one table
    if line.heading or prev.heading:
        # a heading wrapped over two lines
        return (line.heading and prev.heading and prev.bold == line.bold and same_size
                and not _ENUMERATOR.match(line.text) and lay.wraps(prev, line) and lay.close(prev, line, 2.0))
    if prev.bold != line.bold or not same_size or not lay.wraps(prev, line):
        return False
    if line.first_bold and not prev.last_bold:
        return False  # a bold run-in topic opens a paragraph ("Access to Services: ...")
    if line.x0 > lay.left_margin + 0.8 * lay.body_size and prev.x0 <= lay.left_margin + 0.2 * lay.body_size:
        return False  # an indented first line
    if prev.page == line.page:
        gap = prev.bottom - line.bottom
        return 0 < gap <= 1.3 * lay.pitch
    # Across a page break: a page that ended a line early after a full sentence was cut
    # before an orphan line, the first of the next paragraph.
    ended_early = prev.bottom - lay.floor > 0.9 * lay.pitch
    return not (ended_early and _SENTENCE_END.search(prev.text) and line.text[:1].isupper())


def _pdf_join_lines(block: list[_Line], lexicon: set[str]) -> str:
    """The text of a block: table rows on lines of their own, other lines joined with a
    space or, after a hyphen at the line end, rejoined into one word."""
    text = block[0].text
    for prev, line in zip(block, block[1:], strict=False):
        if "\t" in prev.text and "\t" in line.text:
            text = f"{text}\n{line.text}"
        elif text.endswith(_HARD_HYPHENS + _SOFT_HYPHENS) and line.text[:1].isalpha() and len(text) > 1 \
                and text[-2].isalpha():
            if text.endswith(_HARD_HYPHENS):
                text = text[:-1] + "-"
            text = _pdf_dehyphenate(text, line.text, lexicon)
        else:
            text = f"{text} {line.text}"
    return text.replace("\x02", "").replace("\xad", "").replace("\ufffe", "-")


def _pdf_layout(pages: list[list[_Line]]) -> list[str]:
    """Lines to blocks: headings on their own line (wrapped ones rejoined), paragraph
    lines joined with spaces, hyphenated words rejoined, across page breaks too."""
    flow = [line for lines in pages for line in lines]
    if not flow:
        return []
    lay = _Layout.of(pages)
    for line in flow:
        line.heading = lay.is_heading(line)
    words = _WORD.findall(" ".join(ln.text for ln in flow).lower())
    lexicon = set(words) | {part for w in words if "-" in w for part in w.split("-")}
    blocks: list[list[_Line]] = [[flow[0]]]
    for line in flow[1:]:
        if _pdf_joins(blocks[-1][-1], line, lay):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return [_pdf_join_lines(block, lexicon) for block in blocks]


def read_pdf(raw: bytes, path: Path) -> Extracted:
    """The text of a PDF without its running headers, footers and page numbers."""
    started = time.monotonic()
    with _PDF_LOCK:
        doc = _pdf_open(raw, path)
        try:
            n_pages = len(doc)
            if n_pages == 0:
                raise RightsledgerError(Code.PDF_MALFORMED, path=path, detail="no pages")
            if n_pages > MAX_PDF_PAGES:
                raise RightsledgerError(Code.TOO_MANY_PAGES, path=path, pages=n_pages, limit=MAX_PDF_PAGES)
            pages: list[list[_Line]] = []
            heights: list[float] = []
            chars = 0
            for i in range(n_pages):
                page = doc[i]
                try:
                    heights.append(page.get_height())
                    lines = _pdf_page_lines(page, i)
                finally:
                    page.close()
                chars += sum(len(ln.text) for ln in lines)
                pages.append(lines)
                if chars > MAX_TEXT_CHARS or time.monotonic() - started > MAX_PDF_SECONDS:
                    raise RightsledgerError(Code.PDF_TOO_COMPLEX, path=path,
                                            detail=f"stopped at page {i + 1} of {n_pages}")
        finally:
            doc.close()
    drop = _pdf_running_lines(pages, heights)
    first_page = [ln.text for ln in pages[0]] if pages else []
    kept = [[ln for j, ln in enumerate(lines) if (p, j) not in drop] for p, lines in enumerate(pages)]
    text = join_blocks(_pdf_layout(kept), path)
    return Extracted(text, hints=first_page, pages=n_pages)


