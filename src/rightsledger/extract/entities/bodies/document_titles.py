"""Names inside the titles of documents (issue 14): a convention, a report, a law or a day is
no body, and neither is the piece of its title a tagger takes for one ("the Hague Convention
on the Civil Aspects of International Child Abduction", "the Annual Report on International
Parental Child Abduction", "the International Day of Zero Tolerance", "the Demographic and
Health Survey"). A body the title names keeps its name when it ends in its head word ("the Rome
Statute of the International Criminal Court")."""
from __future__ import annotations

import re

from ..common import is_acronym
from ..lexicon import DOCUMENT_WORDS, LEGAL_INSTRUMENTS, ORG_HEADS

TITLE_WORDS = DOCUMENT_WORDS | LEGAL_INSTRUMENTS
_CAP = r"[A-Z][\w’'\-]*"
_LINK = r"(?:on|of|for|against|regarding|concerning)"
#: the capitalised words before an acronym's parenthesis ("Demographic and Health Survey ")
_NAMED = re.compile(rf"(?:{_CAP}\s+(?:(?:of|for|and|on|the|pour|la|de)\s+)*)+$")
#: the rest of a capitalised run after a candidate: "Demographic" + " and Health Survey"
_AFTER = re.compile(rf"(?:\s+(?:and|of|on|&|{_CAP}))*")
#: "<Convention> on the Civil Aspects of " right before a candidate
_BEFORE = re.compile(rf"\b({_CAP})\s+{_LINK}\s+(?:(?:the|a|an|of|on|and|for|in|to|{_CAP}|\d{{4}})\s+)*$")


def in_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a document's title or the end of one?"""
    words = text[start:end].split()
    if len(words) == 1 and is_acronym(words[0]):
        at = text.find(f"({words[0]})")           # "the Demographic and Health Survey (DHS)"
        m = _NAMED.search(text, max(0, at - 120), at) if at > 0 else None
        named = m.group().lower().split() if m else []
        return bool(named) and named[-1] in TITLE_WORDS and not any(
            w in ORG_HEADS and w != "international" for w in named)   # not "… Bureau for … Rule of Law"
    lowers = [w.lower() for w in words]
    if len(words) >= 3 and lowers[0] in TITLE_WORDS and lowers[1] in ("of", "on"):
        return True                            # "the Law of Association", "Code of Criminal Procedure"
    if not words or words[-1].lower().strip("’'") in ORG_HEADS:
        return False
    if any(w in TITLE_WORDS and re.fullmatch(_LINK, nxt) for w, nxt in zip(lowers, lowers[1:])):
        return True                            # "Annual Report on International Parental Child Abduction"
    if any(w in ORG_HEADS and w != "international" for w in lowers):
        return False                           # "Reports of the Ministry of Interior"
    run = _AFTER.match(text, end)
    tail = re.findall(_CAP, run.group()) if run and not is_acronym(words[-1]) else []
    if tail and tail[-1].lower() in TITLE_WORDS:
        return True                            # "the 2014 Demographic and Health Survey"
    m = _BEFORE.search(text, max(0, start - 100), start)
    return bool(m and m.end() == start and m.group(1).lower() in TITLE_WORDS)
