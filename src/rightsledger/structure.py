"""Structure stage: sections, subtopics and paragraphs with exact character spans.

(First cut: paragraphs split on blank lines, headings recognised by simple patterns.
To be replaced by the full layout-aware implementation.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .records import Paragraph, Section, Subtopic

HEADING = re.compile(r"^(#+\s*.*|Section \d.*|[a-g]\.\s+[A-Z].{0,150}|EXECUTIVE SUMMARY)$")


@dataclass
class Outline:
    sections: list[Section] = field(default_factory=list)
    subtopics: list[Subtopic] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


def outline(text: str, doc_id: str) -> Outline:
    out = Outline()
    n = 0
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        block = m.group(0)
        if not block.strip() or HEADING.match(block.strip()):
            continue
        n += 1
        lead = len(block) - len(block.lstrip())
        trail = len(block) - len(block.rstrip())
        out.paragraphs.append(Paragraph(doc_id, None, None, n, m.start() + lead, m.end() - trail))
    return out
