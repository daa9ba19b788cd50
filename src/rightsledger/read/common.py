"""What every format reader shares: the limits against bombs, the reader's result, and the
layout of extracted text (blocks separated by one blank line).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Code, RightsledgerError

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
class Extracted:
    """What a format reader gives: the text, extra lines for metadata, the page count."""

    text: str
    hints: list[str] = field(default_factory=list)
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)  # read, but not all of it (a cut-off page)


_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_inline(text: str) -> str:
    """One line: invisible characters dropped, runs of white space made one space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def join_blocks(blocks: Iterable[str], path: Path) -> str:
    """Blocks separated by one blank line, ending with a newline; guarded in size."""
    kept = [b for b in blocks if b.strip()]
    text = "\n\n".join(kept) + ("\n" if kept else "")
    if len(text) > MAX_TEXT_CHARS:
        raise RightsledgerError(Code.TOO_LARGE, path=path, size=len(text), limit=MAX_TEXT_CHARS)
    return text


# --------------------------------------------------------------------------- html

