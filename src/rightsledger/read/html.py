"""HTML pages: the report body only (scripts, styles, navigation, header, footer, forms
dropped); blocks become paragraphs separated by a blank line, each heading on a line of
its own. Parsed with lxml; nothing is ever executed.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import Code, RightsledgerError
from .common import clean_inline, Extracted, join_blocks
from .stategov import is_stategov_page, stategov_report

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
        line = clean_inline("".join(self.parts))
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
        cells = [clean_inline(c.text_content()) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
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
                out.block(clean_inline(el.text_content()))
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


def read_html(raw: bytes, path: Path) -> Extracted:
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
    if is_stategov_page(doc):
        content, title, warnings = stategov_report(doc, path, raw_tail=raw[-4096:])
        _html_strip(content)
        blocks = _html_blocks(content)
        if title and (not blocks or blocks[0] != title):
            blocks.insert(0, title)
        return Extracted(join_blocks(blocks, path), hints=[title] if title else [], warnings=warnings)
    title_el = doc.find(".//title")
    hints = [clean_inline(title_el.text_content())] if title_el is not None else []
    h1s = [h for h in doc.iter("h1") if not any(a.tag in _HTML_NOT_TITLE for a in h.iterancestors())]
    h1 = clean_inline(h1s[0].text_content()) if h1s else ""
    _html_strip(doc)
    blocks = _html_blocks(_html_root(doc))
    if h1:
        hints.insert(0, h1)
        if h1 not in blocks:
            blocks.insert(0, h1)  # the page title sat in a dropped header
    text = join_blocks(blocks, path)
    if not text.strip():
        raise RightsledgerError(Code.HTML_MALFORMED, path=path, detail="no text outside scripts, styles and navigation")
    return Extracted(text, hints=[h for h in hints if h])


# --------------------------------------------------------------------------- docx

