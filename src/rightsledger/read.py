"""Read stage: a report file (.txt, .md, .html, .pdf, .docx) to its text and metadata.

* ``.txt``/``.md``: the text exactly as decoded (UTF-8, BOM removed; Windows-1252 when
  the bytes are not UTF-8 but look like text). Nothing else changes, so offsets into
  ``Source.text`` are offsets into the decoded file.
* ``.html``: the report body only (scripts, styles, navigation, header, footer, forms
  dropped); blocks become paragraphs separated by a blank line, each heading on a line of
  its own; parsed with lxml, nothing is ever executed.
* ``.pdf``: pypdfium2 (PDFium) characters with their boxes and font weights; running
  headers, footers and page numbers (lines repeated at the top or bottom of most pages,
  bare page numbers) leave the text flow; lines of a paragraph are joined, hyphenated
  words rejoined, wrapped headings kept on one line.
* ``.docx``: python-docx after the zip has been checked (sizes, ratio, DTDs refused);
  paragraphs, headings and table rows.

Every output format other than txt/md uses the same layout: blocks (paragraphs,
headings, tables) separated by one blank line. Every failure raises
:class:`~rightsledger.errors.RightsledgerError` naming the file.
"""
from __future__ import annotations

import hashlib
import io
import re
import threading
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Code, RightsledgerError
from .metadata import detect_metadata

DEFAULT_MAX_BYTES = 50_000_000
MAX_PDF_PAGES = 2_000
MAX_PDF_SECONDS = 120.0
MAX_TEXT_CHARS = 20_000_000  # extracted text, any format: a guard against bombs
MAX_ZIP_UNCOMPRESSED = 100_000_000
MAX_ZIP_RATIO = 100
MAX_ZIP_MEMBERS = 5_000

FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}


@dataclass
class Source:
    """A report as read: its text (what every offset refers to) and its metadata."""

    path: str
    text: str
    format: str  # txt, md, html, pdf, docx
    title: str
    country: str | None
    country_code: str | None
    year: int | None
    sha256: str  # of the raw bytes
    pages: int | None = None  # PDF page count
    size: int = 0  # bytes on disk

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass
class _Extracted:
    """What a format reader gives: the text, extra lines for metadata, the page count."""

    text: str
    hints: list[str] = field(default_factory=list)
    pages: int | None = None


# --------------------------------------------------------------------------- dispatch


def read_path(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a report file. The size is checked before the file is read."""
    p = Path(path)
    try:
        if not p.is_file():
            raise RightsledgerError(Code.NOT_FOUND, path=p)
        size = p.stat().st_size
        if size > max_bytes:
            raise RightsledgerError(Code.TOO_LARGE, path=p, size=size, limit=max_bytes)
        _format_for(p, b"")  # unsupported suffixes fail before reading
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:  # permissions, a file vanishing, a broken disk
        raise RightsledgerError(Code.UNREADABLE, path=p, detail=exc.strerror or type(exc).__name__) from None
    return read_bytes(raw, p, max_bytes=max_bytes)


def read_bytes(raw: bytes, path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a report given as bytes (an upload); ``path`` names it and gives its suffix."""
    p = Path(path)
    if len(raw) > max_bytes:
        raise RightsledgerError(Code.TOO_LARGE, path=p, size=len(raw), limit=max_bytes)
    if not raw:
        raise RightsledgerError(Code.EMPTY, path=p)
    fmt = _format_for(p, raw[:2048])
    reader = READERS[fmt]
    try:
        extracted = reader(raw, p)
    except RightsledgerError:
        raise
    except MemoryError:
        raise RightsledgerError(Code.TOO_LARGE, path=p, size=len(raw), limit=max_bytes) from None
    except Exception as exc:  # a library failed in a way we did not foresee
        raise RightsledgerError(_MALFORMED.get(fmt, Code.PIPELINE), path=p,
                                detail=f"{type(exc).__name__}: {exc}"[:200]) from exc
    text = extracted.text
    if not text.strip():
        raise RightsledgerError(Code.EMPTY if fmt in ("txt", "md") else Code.NO_TEXT, path=p)
    meta = detect_metadata(text, p.name)
    if (meta.country is None or meta.year is None) and extracted.hints:
        hinted = detect_metadata("\n".join(extracted.hints) + "\n" + text[:5000], p.name)
        meta = meta._replace(
            country=meta.country or hinted.country,
            country_code=meta.country_code or hinted.country_code,
            year=meta.year if meta.year is not None else hinted.year,
        )
    return Source(
        path=str(p), text=text, format=fmt, title=meta.title or p.stem,
        country=meta.country, country_code=meta.country_code, year=meta.year,
        sha256=hashlib.sha256(raw).hexdigest(), pages=extracted.pages, size=len(raw),
    )


_MALFORMED = {"pdf": Code.PDF_MALFORMED, "docx": Code.DOCX_MALFORMED, "html": Code.HTML_MALFORMED,
              "txt": Code.ENCODING, "md": Code.ENCODING}


def _format_for(path: Path, head: bytes) -> str:
    """The format to read: from the suffix, corrected by the content where they disagree."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise RightsledgerError(Code.UNSUPPORTED, path=path, suffix=path.suffix or path.name)
    if not head:
        return fmt
    if fmt != "pdf" and head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if fmt != "docx" and head.startswith(b"PK\x03\x04") and (b"word/" in head or b"[Content_Types].xml" in head):
        return "docx"
    if fmt == "pdf" and b"%PDF-" not in head[:1024]:
        if _looks_like_html(head):
            return "html"
    if fmt == "html" and b"<" not in head and b"\x00" not in head:
        return "txt"  # plain text saved under an HTML name: read it exactly
    return fmt


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()[:200]
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower()


# --------------------------------------------------------------------------- txt / md

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_HIGH = bytes(range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def decode_text(raw: bytes, path: str | Path) -> str:
    """Bytes to str: UTF-8 (BOM removed), UTF-16 with a BOM, else Windows-1252 text.

    NUL bytes or many control bytes mean a binary file (BINARY); bytes that are neither
    UTF-8 nor plausible Windows-1252 text are an ENCODING error.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise RightsledgerError(Code.ENCODING, path=path, detail=f"bad UTF-16 at byte {exc.start}") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if b"\x00" in raw:
        raise RightsledgerError(Code.BINARY, path=path, detail="it contains NUL bytes")
    controls = len(raw) - len(raw.translate(None, _CONTROL))
    if controls > max(8, len(raw) // 100):
        raise RightsledgerError(Code.BINARY, path=path, detail=f"{controls:,} control bytes")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-8 with a few stray bytes (a bad copy-paste) stays UTF-8, the strays replaced:
    # read as Windows-1252, every accent and quote of the file would turn to mojibake.
    lenient = raw.decode("utf-8", errors="replace")
    strays = lenient.count("\ufffd")
    multibyte = len(_NON_ASCII.findall(lenient))
    if multibyte >= 3 and strays * 20 <= multibyte:
        return lenient
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise RightsledgerError(
            Code.ENCODING, path=path,
            detail=f"invalid UTF-8 at byte {utf8_error.start}, undefined Windows-1252 byte 0x{raw[exc.start]:02x}",
        ) from None
    high = len(raw) - len(raw.translate(None, _HIGH))  # Windows-1252: one byte a character
    if high > max(16, len(raw) // 10):
        raise RightsledgerError(Code.ENCODING, path=path,
                                detail=f"invalid UTF-8 at byte {utf8_error.start}, and not Windows-1252 text")
    return text


def read_text(raw: bytes, path: Path) -> _Extracted:
    """Plain text or Markdown, exactly as decoded."""
    text = decode_text(raw, path)
    if not text.strip():
        raise RightsledgerError(Code.EMPTY, path=path)
    return _Extracted(text)


# --------------------------------------------------------------------------- shared layout

_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]")


def _clean_inline(text: str) -> str:
    """One line: invisible characters dropped, runs of white space made one space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def _join_blocks(blocks: Iterable[str], path: Path) -> str:
    """Blocks separated by one blank line, ending with a newline; guarded in size."""
    kept = [b for b in blocks if b.strip()]
    text = "\n\n".join(kept) + ("\n" if kept else "")
    if len(text) > MAX_TEXT_CHARS:
        raise RightsledgerError(Code.TOO_LARGE, path=path, size=len(text), limit=MAX_TEXT_CHARS)
    return text


# --------------------------------------------------------------------------- html

_HTML_DROP = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "frame", "frameset", "svg", "math", "object", "embed", "canvas",
    "select", "input", "textarea", "label", "link", "meta", "head", "title", "dialog",
    "audio", "video", "picture", "img", "map", "menu",
}
_HTML_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "menu",
                    "menubar", "dialog", "alert"}
_HTML_BOILER = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|cookies?|share|sharing|"
    r"social|skip|toolbar|pagination|pager|related|footer|site-header|masthead|banner|"
    r"print|visually-hidden|sr-only|modal|popup|newsletter|subscribe)(?:$|[\s_-])", re.I)
_HTML_BLOCK = {
    "p", "div", "section", "article", "main", "body", "html", "blockquote", "pre", "ul",
    "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "address", "center", "hr",
    "details", "summary", "fieldset", "table", "caption", "thead", "tbody", "tfoot", "tr",
    "td", "th",
}
_HTML_LAYOUT = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote")
_HTML_NOT_TITLE = {"nav", "footer", "aside", "form", "script", "template", "noscript", "dialog"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTENT_HINT = re.compile(r"content|report|document|article|entry|main|body|text", re.I)


def _html_hidden(el) -> bool:
    """Is ``el`` out of the report: script, navigation, form, hidden, boilerplate class?"""
    if el.tag in _HTML_DROP:
        return True
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    if (get("role") or "").lower() in _HTML_DROP_ROLES:
        return True
    style = (get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    marks = f"{get('class') or ''} {get('id') or ''}"
    if marks.strip() and _HTML_BOILER.search(marks):
        return True
    return el.tag in ("ul", "ol") and _html_link_list(el)


def _html_link_list(el) -> bool:
    """A list made of links only (a table of contents, a menu): navigation, not report."""
    links = el.findall(".//a")
    if len(links) < 3:
        return False
    text = len(el.text_content().strip())
    linked = sum(len(a.text_content().strip()) for a in links)
    return text > 0 and linked >= 0.9 * text


def _html_strip(doc) -> None:
    """Remove scripts, styles, navigation, headers, footers, forms and hidden elements
    (their tails, text of the parent, stay)."""
    doomed = [el for el in doc.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
              and _html_hidden(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _html_root(doc):
    """The element holding the report: the smallest main/article/content-like element
    that still holds nearly all the paragraph text of the page."""
    body = doc.find("body")
    body = body if body is not None else doc

    def p_text(el) -> int:
        return sum(len(p.text_content()) for p in el.iter("p", "li", "td"))

    total = p_text(body)
    if total == 0:
        return body
    best, best_len = body, total
    for el in body.iter("main", "article", "section", "div"):
        if not isinstance(el.tag, str) or _html_hidden(el):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        if el.tag not in ("main", "article") and not _CONTENT_HINT.search(marks):
            continue
        n = p_text(el)
        if n >= 0.8 * total and n <= best_len:
            best, best_len = el, n
    return best


class _BlockWriter:
    """Collects inline text into blocks; a block ends at a block element or a double <br>."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.parts: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def line_break(self) -> None:
        line = _clean_inline("".join(self.parts))
        self.parts = []
        if line:
            self.lines.append(line)
        elif self.lines:
            self.flush()  # an empty line (<br><br>) ends the block

    def flush(self) -> None:
        if self.parts:
            self.line_break()
        if self.lines:
            self.blocks.append("\n".join(self.lines))
            self.lines = []

    def block(self, text: str) -> None:
        self.flush()
        if text:
            self.blocks.append(text)


def _html_layout_table(table) -> bool:
    """A table used for page layout (its cells hold paragraphs), not for data."""
    return any(cell.find(f".//{tag}") is not None for cell in table.iter("td", "th") for tag in _HTML_LAYOUT)


def _html_table(table) -> str:
    """A data table: one line per row, cells separated by tabs."""
    rows = []
    for tr in table.iter("tr"):
        cells = [_clean_inline(c.text_content()) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _html_blocks(root) -> list[str]:
    """The text blocks under ``root``, in document order (iterative: deep pages are safe)."""
    from lxml import etree

    out = _BlockWriter()
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set = set()
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None:  # comment or processing instruction: its tail only
                continue
            if el is not root and _html_hidden(el):
                skipped.add(el)
                walker.skip_subtree()
                continue
            if tag in _HEADINGS:
                out.block(_clean_inline(el.text_content()))
                skipped.add(el)
                walker.skip_subtree()
                continue
            if tag == "table" and not _html_layout_table(el):
                out.block(_html_table(el))
                skipped.add(el)
                walker.skip_subtree()
                continue
            if tag == "br":
                out.line_break()
            elif tag in _HTML_BLOCK:
                out.flush()
            out.add(el.text)
        else:
            if tag is not None and tag in _HTML_BLOCK and el not in skipped:
                out.flush()
            if el is not root:
                out.add(el.tail)
    out.flush()
    return out.blocks


def read_html(raw: bytes, path: Path) -> _Extracted:
    """The report body of an HTML page as blocks of text."""
    import lxml.html
    from bs4.dammit import UnicodeDammit

    markup = UnicodeDammit(raw, is_html=True).unicode_markup
    if markup is None:
        raise RightsledgerError(Code.ENCODING, path=path, detail="undetectable HTML encoding")
    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)
    if not markup.strip():
        raise RightsledgerError(Code.EMPTY, path=path)
    try:
        doc = lxml.html.document_fromstring(markup)
    except Exception as exc:  # lxml raises ParserError on documents with no elements
        raise RightsledgerError(Code.HTML_MALFORMED, path=path, detail=str(exc)[:120]) from None
    title_el = doc.find(".//title")
    hints = [_clean_inline(title_el.text_content())] if title_el is not None else []
    h1s = [h for h in doc.iter("h1") if not any(a.tag in _HTML_NOT_TITLE for a in h.iterancestors())]
    h1 = _clean_inline(h1s[0].text_content()) if h1s else ""
    _html_strip(doc)
    blocks = _html_blocks(_html_root(doc))
    if h1:
        hints.insert(0, h1)
        if h1 not in blocks:
            blocks.insert(0, h1)  # the page title sat in a dropped header
    text = _join_blocks(blocks, path)
    if not text.strip():
        raise RightsledgerError(Code.HTML_MALFORMED, path=path, detail="no text outside scripts, styles and navigation")
    return _Extracted(text, hints=[h for h in hints if h])


# --------------------------------------------------------------------------- docx

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(raw: bytes, path: Path) -> zipfile.ZipFile:
    """Open a DOCX as a zip after checking it is one, not a bomb, and has a document."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        if raw.startswith(b"PK\x03\x04"):
            raise RightsledgerError(Code.TRUNCATED, path=path, detail=f"incomplete zip archive: {exc}") from None
        raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail="not a zip archive") from None
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise RightsledgerError(Code.ZIP_BOMB, path=path, limit=MAX_ZIP_UNCOMPRESSED)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_ZIP_UNCOMPRESSED or (total > 10_000_000 and total > MAX_ZIP_RATIO * max(packed, 1)):
        raise RightsledgerError(Code.ZIP_BOMB, path=path, limit=MAX_ZIP_UNCOMPRESSED)
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise RightsledgerError(Code.ZIP_BOMB, path=path, limit=MAX_ZIP_UNCOMPRESSED)
    names = {i.filename for i in infos}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail="no word/document.xml")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
                raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail=f"{info.filename}: {exc}") from None
            if _DTD.search(data):
                raise RightsledgerError(Code.DOCX_MALFORMED, path=path,
                                        detail=f"{info.filename} declares a DTD or entities")
    return zf


def _docx_is_heading(paragraph) -> bool:
    """A heading style, an outline level, or a short paragraph all in bold."""
    style = paragraph.style
    name = (style.name or "").lower() if style is not None else ""
    if name.startswith(("heading", "title", "subtitle")):
        return True
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(f"{_W}outlineLvl") is not None:
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    text = paragraph.text.strip()
    return bool(runs) and len(text) < 200 and all(r.bold for r in runs) and not text.endswith((".", ":"))


def read_docx(raw: bytes, path: Path) -> _Extracted:
    """Paragraphs, headings (one line each) and tables (one line per row) of a DOCX."""
    zf = _check_zip(raw, path)
    zf.close()
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:
        raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            if _docx_is_heading(para):
                blocks.append(_clean_inline(para.text))
            else:
                lines = [_clean_inline(line) for line in para.text.split("\n")]
                blocks.append("\n".join(line for line in lines if line))
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    value = _clean_inline(cell.text)
                    if value:
                        cells.append(value)
                if cells:
                    rows.append("\t".join(cells))
            blocks.append("\n".join(rows))
    hints = [document.core_properties.title or ""]
    return _Extracted(_join_blocks(blocks, path), hints=[h for h in hints if h])


# --------------------------------------------------------------------------- pdf

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


def read_pdf(raw: bytes, path: Path) -> _Extracted:
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
    text = _join_blocks(_pdf_layout(kept), path)
    return _Extracted(text, hints=first_page, pages=n_pages)


READERS: dict[str, Callable[[bytes, Path], _Extracted]] = {
    "txt": read_text, "md": read_text, "html": read_html, "pdf": read_pdf, "docx": read_docx,
}
