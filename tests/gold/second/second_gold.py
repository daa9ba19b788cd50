"""The gold documents of blind SECOND annotations (issue 14, item 1: inter-annotator
agreement).

A second annotation is made with the method and the builders of a dev gold file
(``tests/gold/shared/``: :class:`~collection_gold.CollectionDevDoc` for a page of the public
collection, :class:`~build_whole_gold_dev.PageDoc` for a shared Markdown report), blind to the
first annotation of the same report, and written here, to ``tests/gold/second/``, which
``rightsledger evaluate`` never reads (it globs ``tests/gold/shared``, ``examples/gold`` and
``tests/gold/heldout``). Its scope line says ``"split": "dev"`` and ``"annotator": "second"``.
``rightsledger agree FIRST SECOND`` compares the two.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / "shared"
sys.path.insert(0, str(SHARED))
sys.path.insert(0, str(HERE.parents[2] / "src"))
from build_whole_gold_dev import PageDoc  # noqa: E402
from collection_gold import CollectionDevDoc  # noqa: E402


class _Second:
    """Written to tests/gold/second/, the scope line marked as the second annotator's."""

    out_dir = HERE

    def lines(self) -> list[dict]:
        lines = super().lines()  # type: ignore[misc]
        lines[0]["annotator"] = "second"
        return lines


class SecondCollectionDoc(_Second, CollectionDevDoc):
    """A second annotation of a page of the public collection."""


class SecondPageDoc(_Second, PageDoc):
    """A second annotation of a shared Markdown report (read through ``read_path``)."""
