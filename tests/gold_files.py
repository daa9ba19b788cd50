"""Write small gold files of fictional reports for the tests of the evaluator and its scripts.

A gold file is a scope line (the document, its text file, the span and the kinds annotated, the split)
followed by records. Four tests wrote that line by hand, three of them as a dev/test/held-out trio of the
same records; they call these instead.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable


def write_gold(path: Path, records: Iterable[dict[str, Any]], *, split: str, end: int, kinds: list[str],
               file: str | None = None) -> Path:
    """The gold file ``path`` (its stem the document) with its scope line and ``records``."""
    scope = {"kind": "scope", "doc": path.stem, **({"file": file} if file else {}), "start": 0, "end": end,
             "kinds": kinds, "split": split}
    path.write_text("\n".join(json.dumps(r) for r in [scope, *records]) + "\n", encoding="utf-8")
    return path


def write_split_golds(tmp_path: Path, text: str, records: list[dict[str, Any]]) -> tuple[Path, Path]:
    """``text`` as ``texts/lorvania.txt`` and three gold files of its event ``records`` in ``gold/``: a test
    file (2031_lorvania), a dev file (2031_lorvania-dev) and a dev file a held-out list may name
    (2031_kept-out). Returns (gold directory, text directory)."""
    texts, golds = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    golds.mkdir()
    (texts / "lorvania.txt").write_text(text, encoding="utf-8")
    for stem, split in (("2031_lorvania", "test"), ("2031_lorvania-dev", "dev"), ("2031_kept-out", "dev")):
        write_gold(golds / f"{stem}.jsonl", records, split=split, end=len(text), kinds=["event"],
                   file="lorvania.txt")
    return golds, texts
