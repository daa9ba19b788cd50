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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Code, RightsledgerError
from .common import DEFAULT_MAX_BYTES, FORMATS, Extracted
from .docx import read_docx
from .html import read_html
from .metadata import detect_metadata
from .pdf import read_pdf
from .text import read_text


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
    warnings: list[str] = field(default_factory=list)  # read with reservations (one line each)

    @property
    def chars(self) -> int:
        return len(self.text)


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
        warnings=list(extracted.warnings),
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

READERS: dict[str, Callable[[bytes, Path], Extracted]] = {
    "txt": read_text, "md": read_text, "html": read_html, "pdf": read_pdf, "docx": read_docx,
}
