"""Read stage (first cut: .txt/.md only)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Source:
    path: str
    text: str
    format: str
    title: str
    country: str | None
    country_code: str | None
    year: int | None
    sha256: str


def read_path(path: str | Path, max_bytes: int = 20_000_000) -> Source:
    p = Path(path)
    raw = p.read_bytes()
    text = raw.decode("utf-8-sig")
    title = next((l.strip() for l in text.splitlines() if l.strip()), p.stem)
    return Source(str(p), text, p.suffix.lstrip(".").lower(), title, None, None, None,
                  hashlib.sha256(raw).hexdigest())
