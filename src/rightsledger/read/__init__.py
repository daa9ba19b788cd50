"""Read stage: a report file (.txt, .md, .html, .pdf, .docx) to its text and metadata.

One module per format (:mod:`.text`, :mod:`.html`, :mod:`.pdf`, :mod:`.docx`) behind
:func:`read_path` / :func:`read_bytes` (:mod:`.source`); :mod:`.metadata` finds country,
year and title. Add a format: a module with ``read_FORMAT(raw, path) -> _Extracted`` and
an entry in ``source.READERS``.
"""
from __future__ import annotations

from .common import DEFAULT_MAX_BYTES
from .source import Source, read_bytes, read_path
from .text import decode_text

__all__ = ["DEFAULT_MAX_BYTES", "Source", "decode_text", "read_bytes", "read_path"]
