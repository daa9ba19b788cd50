"""Plain text and Markdown: the bytes decoded exactly (UTF-8, BOM removed; Windows-1252 when
the bytes are not UTF-8 but look like text). Nothing else changes, so offsets into the
text are offsets into the decoded file.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import Code, RightsledgerError
from .common import Extracted

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


def read_text(raw: bytes, path: Path) -> Extracted:
    """Plain text or Markdown, exactly as decoded."""
    text = decode_text(raw, path)
    if not text.strip():
        raise RightsledgerError(Code.EMPTY, path=path)
    return Extracted(text)


# --------------------------------------------------------------------------- shared layout

