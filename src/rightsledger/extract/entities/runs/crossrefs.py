"""The titles of the sections a report refers to in parentheses (pass 1, masked with the heading
lines; issue 14, t-ents5, dev 2020 Senegal and 2021 Nigeria, 2022 Tanzania without gold): "(see
section 6, Acts of Violence, Criminalization, and Other Abuses Based on Sexual Orientation …)",
"(see section 3, Political Parties and Political Participation, and section 5, Governmental Posture
Towards International and Nongovernmental Investigation …)". A title holds commas, so it runs to
the next "and section", semicolon, closing parenthesis or comment in lower case; its capitalised
words ("Criminalization", "Correspondence", "Censorship") name nothing.
"""
from __future__ import annotations

import re

#: a parenthesis that refers to sections
_SEE = re.compile(r"\((?:[Ss]ee|[Aa]lso see|[Ff]or more information,? see)\b[^()]{0,400}\)")
#: one reference inside it: the title after "section N.x,"
#: (not a comment after it in lower case: "section 1.e., Trial Procedures, trial of Jon Roe")
_REF = re.compile(r"\b[Ss]ections?\s+\d(?:\.[a-z])?\.?,\s+([A-Z].*?)"
                  r"(?=,?\s+and\s+[Ss]ections?\b|,\s+(?!and\b|or\b)[a-z]|;|\)$)")


def cross_reference_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the section titles referred to in parentheses in ``text[start:end]``."""
    out = []
    for m in _SEE.finditer(text, start, end):
        inner = m.group()
        for r in _REF.finditer(inner):
            out.append((m.start() + r.start(1), m.start() + r.end(1)))
    return out
