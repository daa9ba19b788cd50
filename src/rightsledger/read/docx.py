"""DOCX: python-docx after the zip has been checked (sizes, ratio, members; DTDs refused);
paragraphs, headings and table rows.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..errors import Code, RightsledgerError
from .common import (
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_UNCOMPRESSED,
    clean_inline,
    Extracted,
    join_blocks,
)

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _check_zip(raw: bytes, path: Path) -> zipfile.ZipFile:
    """Open a DOCX as a zip after checking it is one, not a bomb, and has a document."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile as exc:
        if raw.startswith(b"PK\x03\x04"):
            raise RightsledgerError(Code.TRUNCATED, path=path, detail=f"incomplete zip archive: {exc}") from None
        raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail="not a zip archive") from None
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise RightsledgerError(Code.ZIP_BOMB, path=path, limit=MAX_ZIP_UNCOMPRESSED)
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > MAX_ZIP_UNCOMPRESSED or (total > 10_000_000 and total > MAX_ZIP_RATIO * max(packed, 1)):
        raise RightsledgerError(Code.ZIP_BOMB, path=path, limit=MAX_ZIP_UNCOMPRESSED)
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise RightsledgerError(Code.ZIP_BOMB, path=path, limit=MAX_ZIP_UNCOMPRESSED)
    names = {i.filename for i in infos}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail="no word/document.xml")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
                raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail=f"{info.filename}: {exc}") from None
            if _DTD.search(data):
                raise RightsledgerError(Code.DOCX_MALFORMED, path=path,
                                        detail=f"{info.filename} declares a DTD or entities")
    return zf


def _docx_is_heading(paragraph) -> bool:
    """A heading style, an outline level, or a short paragraph all in bold."""
    style = paragraph.style
    name = (style.name or "").lower() if style is not None else ""
    if name.startswith(("heading", "title", "subtitle")):
        return True
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(f"{_W}outlineLvl") is not None:
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    text = paragraph.text.strip()
    return bool(runs) and len(text) < 200 and all(r.bold for r in runs) and not text.endswith((".", ":"))


def read_docx(raw: bytes, path: Path) -> Extracted:
    """Paragraphs, headings (one line each) and tables (one line per row) of a DOCX."""
    zf = _check_zip(raw, path)
    zf.close()
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:
        raise RightsledgerError(Code.DOCX_MALFORMED, path=path, detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    blocks: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            if _docx_is_heading(para):
                blocks.append(clean_inline(para.text))
            else:
                lines = [clean_inline(line) for line in para.text.split("\n")]
                blocks.append("\n".join(line for line in lines if line))
        elif tag == "tbl":
            rows = []
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    value = clean_inline(cell.text)
                    if value:
                        cells.append(value)
                if cells:
                    rows.append("\t".join(cells))
            blocks.append("\n".join(rows))
    hints = [document.core_properties.title or ""]
    return Extracted(join_blocks(blocks, path), hints=[h for h in hints if h])


# --------------------------------------------------------------------------- pdf

