"""Report pages of state.gov (2016 onward), saved whole from a browser.

A saved page is mostly the site's frame: a header whose navigation, as browsers save it,
is left unclosed so that the whole page nests inside it; the report's own table of
contents (``nav#report-nav``, the "View report by" dialog); a "mininav"; a footer; popups
and scripts. The report itself is one element, ``div#report_content``:

* ``h2#report-toc__exec-summary`` — EXECUTIVE SUMMARY;
* 2016–2023: ``a.accordion-title`` holding ``h4.report-toc-section`` ("Section 1.") and
  ``h3#report-toc__section-1`` (the section title); the 2024 edition has
  ``h2#report-toc__section-1`` ("Life") instead;
* ``h3#report-toc__section-1__subsection-1`` — "a. Arbitrary Deprivation of Life…" (or an
  unlettered sub-heading such as "Women");
* ``h4``/``h5`` — sub-headings; ``p``/``li`` — the prose, run-in topics in ``<b>``/``<u>``.

This module takes that element only, joins the "Section N." label with its title into
one heading line ("Section 1. Respect for the Integrity of the Person"), keeps the
page title (``h1``) as the first line, and checks the page against its own table of
contents: sections the contents announce but the body lacks mean the page was cut off.

Pages of the site that are not country reports (the index, a press release) and report
pages saved without their body get one clear error each.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import Code, RightsledgerError
from .common import clean_inline

_REPORT_TITLE = re.compile(r"country\s+reports?\s+on\s+human\s+rights\s+practices", re.I)
_SITE_MARKS = ("United States Department of State", "U.S. Department of State")
_TOC_ANCHOR = re.compile(r"^#?(report-toc__(?:exec-summary|section-\d+(?:__subsection-\d+)?))$")


def _classes(el) -> str:
    return f" {el.get('class') or ''} "


def _body_classes(doc) -> str:
    body = doc.find("body")
    return _classes(body) if body is not None else " "


def _site_page(doc) -> bool:
    """A page of state.gov (any kind): the site's name in the title or metadata, or its
    WordPress theme's report markup."""
    title = doc.find(".//title")
    text = clean_inline(title.text_content()) if title is not None else ""
    if any(mark in text for mark in _SITE_MARKS):
        return True
    for meta in doc.iter("meta"):
        if (meta.get("property") or "").lower() == "og:site_name" and \
                any(mark in (meta.get("content") or "") for mark in _SITE_MARKS):
            return True
    for link in doc.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and "state.gov" in (link.get("href") or ""):
            return True
    return _report_content(doc) is not None


def _report_content(doc):
    for el in doc.iter("div", "section", "main", "article"):
        if el.get("id") == "report_content" or " report__content " in _classes(el):
            return el
    return None


def _page_title(doc) -> str:
    """The report's title: the header's ``h1`` ("2022 Country Reports on Human Rights
    Practices: Kazakhstan")."""
    for h1 in doc.iter("h1"):
        text = clean_inline(h1.text_content())
        if text:
            return text
    return ""


def is_stategov_page(doc) -> bool:
    """Should :func:`read_stategov` read this parsed page?"""
    return _site_page(doc)


def _is_report(doc, title: str) -> bool:
    return (" single-state_report " in _body_classes(doc) or bool(_REPORT_TITLE.search(title))
            or _report_content(doc) is not None)


def _toc_anchors(doc) -> list[str]:
    """The anchors the page's own table of contents links to, in order."""
    out: list[str] = []
    nav = next((el for el in doc.iter("nav", "div") if el.get("id") == "report-nav"
                or " report-toc " in _classes(el)), None)
    if nav is None:
        return out
    for a in nav.iter("a"):
        m = _TOC_ANCHOR.match(a.get("href") or "")
        if m and m.group(1) not in out:
            out.append(m.group(1))
    return out


def _merge_section_labels(content) -> None:
    """``<h4 class="report-toc-section">Section 1.</h4><h3>Respect…</h3>`` → one ``h3``
    reading "Section 1. Respect…"; the label element is removed."""
    for label in list(content.iter("h4", "h3", "h5", "span", "div")):
        if "report-toc-section" not in (label.get("class") or "").split():
            continue
        text = clean_inline(label.text_content())
        heading = label.getnext()
        while heading is not None and not (isinstance(heading.tag, str) and heading.tag in ("h2", "h3", "h4")):
            heading = heading.getnext()
        if heading is None or not text:
            continue
        title = clean_inline(heading.text_content())
        for child in list(heading):
            heading.remove(child)
        heading.text = f"{text} {title}" if title else text
        label.drop_tree()


def _unwrap_links(content) -> None:
    """The accordion link around a section heading is markup, not a link list."""
    for a in list(content.iter("a")):
        if "accordion-title" in (a.get("class") or "").split():
            a.drop_tag()


def stategov_report(doc, path: Path, raw_tail: bytes = b""):
    """The report element of a parsed state.gov page, made ready for the HTML block
    writer (see the module docstring): ``(element, title, warnings)``.

    Raises ``NOT_A_REPORT`` for another page of the site, ``NO_BODY`` for a report page
    saved without its text; a page cut off before the end of its own table of contents
    (or before ``</html>``) is read with a warning.
    """
    title = _page_title(doc)
    content = _report_content(doc)
    if not _is_report(doc, title):
        name = title or clean_inline(doc.findtext(".//title") or "") or "untitled"
        raise RightsledgerError(Code.NOT_A_REPORT, path=path,
                                detail=f"a state.gov page titled {name[:80]!r}")
    toc = _toc_anchors(doc)
    if content is None or not clean_inline(content.text_content()):
        raise RightsledgerError(Code.NO_BODY, path=path,
                                detail=f"{title[:80]!r}: the site's frame"
                                       + (f" and a table of contents of {len(toc)} entries" if toc else "")
                                       + " but no report text")
    present = {el.get("id") for el in content.iter() if isinstance(el.tag, str) and el.get("id")}
    _merge_section_labels(content)
    _unwrap_links(content)
    warnings: list[str] = []
    missing = [a for a in toc if a not in present]
    cut = bool(raw_tail) and b"</html>" not in raw_tail.lower()
    if missing or cut:
        where = (f": {len(missing)} of {len(toc)} entries of its table of contents are missing"
                 f" (from {missing[0].removeprefix('report-toc__')})") if missing else ""
        warnings.append(f"{path}: the page ends mid-report{where}; read what is there")
    return content, title, warnings
