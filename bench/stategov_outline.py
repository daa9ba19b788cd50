"""The outline a state.gov report page declares (its own heading elements) next to the
outline rightsledger reads from it: one line per page, the differences listed.

    PYTHONPATH=src python bench/stategov_outline.py ../shared/reports/stategov/*.html
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

_ID = re.compile(r"^report-toc__(?:(exec-summary)|section-(\d+)(?:__subsection-(\d+))?)$")
_LETTERED = re.compile(r"^([a-z])\.\s+(.*)$")


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def declared_outline(raw: bytes) -> list[tuple[str, str]]:
    """``[(section id, title)]`` from the page's heading elements: the executive summary,
    every ``report-toc__section-N`` heading (its "Section N." label is not part of the
    title) and every lettered ``report-toc__section-N__subsection-M`` heading."""
    import lxml.html

    doc = lxml.html.document_fromstring(raw)
    out: list[tuple[str, str]] = []
    for el in doc.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        m = _ID.match(el.get("id") or "")
        if not m:
            continue
        title = _clean(el.text_content())
        if m.group(1):
            out.append(("exec", title))
        elif m.group(3) is None:
            out.append((m.group(2), title))
        else:
            lm = _LETTERED.match(title)
            if lm:
                out.append((f"{m.group(2)}.{lm.group(1)}", lm.group(2)))
    return out


def norm_title(title: str) -> str:
    return _clean(title).rstrip(":").strip().lower()


def compare(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(declared, read) outlines of one page."""
    from rightsledger.read import read_path
    from rightsledger.structure import outline

    source = read_path(path)
    read = [(s.id, s.title) for s in outline(source.text, "d").sections]
    return declared_outline(path.read_bytes()), read


def main(paths: list[str]) -> int:
    exact = 0
    for name in paths:
        path = Path(name)
        declared, read = compare(path)
        same = [(i, norm_title(t)) for i, t in declared] == [(i, norm_title(t)) for i, t in read]
        exact += same
        print(f"{'exact' if same else 'DIFF '} {path.name}: {len(declared)} declared, {len(read)} read")
        if not same:
            d = {(i, norm_title(t)) for i, t in declared}
            r = {(i, norm_title(t)) for i, t in read}
            for item in sorted(d - r):
                print("   missing", item)
            for item in sorted(r - d):
                print("   extra  ", item)
    print(f"{exact}/{len(paths)} pages with the exact outline")
    return 0 if exact == len(paths) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
