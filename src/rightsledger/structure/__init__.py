"""Structure stage: sections, subtopics and paragraphs with exact character spans.

:func:`outline` (:mod:`.outline`) reads every layout the reports have used, from the shape
of the text: :mod:`.lines` says what shape each line has, :mod:`.headings` which lines are
headings and their ids, :mod:`.outline` builds the sections, subtopics and paragraphs; :mod:`.topics` maps headings to the classic seven-section outline (the table
is ``data/topics.toml``) so that reports of different years align.
"""
from __future__ import annotations

from .outline import Outline, outline
from .topics import BROAD_TOPICS, CLASSIC_TITLES, TOPIC_PATTERNS, TOPIC_SECTION, topic_of

__all__ = ["Outline", "outline", "topic_of", "TOPIC_PATTERNS", "TOPIC_SECTION", "BROAD_TOPICS",
           "CLASSIC_TITLES"]
