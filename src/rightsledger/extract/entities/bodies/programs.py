"""Programs, funds and forums (issue 14): a body acts — it says, reports, arrests, funds — a
program is run, implemented, launched or attended. A name whose last word is a program word
("the Professional Magistrates Training Program", "the County Development Fund", "the National
Reconciliation Forum") is an organisation only where the report writes it acting somewhere:
"according to the X", "the X reported", "the X, which provided …", "sponsored by the X",
"members of the X", "the X, a youth group". The
international bodies of the data list keep their type ("UN Population Fund")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import alternation
from .international import body_key
from ..common import org_heads, is_acronym
from ..lexicon import ACTOR_VERBS, BODY_APPOSITION, BODY_PEOPLE, KIND_ACRONYMS, PROGRAM_WORDS


#: the capitalised words right before an acronym in parentheses
_EXPANSION = re.compile(r"((?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,6})$")


@lru_cache(maxsize=4096)
def _acting(name: str) -> re.Pattern[str]:
    n = re.escape(name)
    verbs = alternation(sorted(ACTOR_VERBS, key=len, reverse=True))
    people = alternation(sorted(BODY_PEOPLE, key=len, reverse=True))
    return re.compile(rf"\b[Aa]ccording to (?:the )?{n}\b|\bby (?:the )?{n}\b|\b(?i:{people}) of (?:the )?{n}\b"
                      rf"|\b{n}(?:\s*\([^()]{{1,12}}\))?,?\s+(?:which\s+|that\s+)?(?:also\s+|had\s+|has\s+)?{verbs}\b")


def program_without_acts(text: str, name: str) -> bool:
    """Is ``name`` a program, fund or forum the report never writes acting (nor its acronym)?
    An acronym is judged by the name it stands for ("EITI")."""
    if is_acronym(name):
        at = text.find(f"({name})")
        m = _EXPANSION.search(text, max(0, at - 120), at) if at > 0 else None
        return bool(m) and program_without_acts(text, m.group(1).strip()) and _acting(name).search(text) is None
    words = name.split()
    # the program word last ("National Reconciliation Forum") or before its purpose ("Cabindan Forum
    # for Dialogue"); "Forum of Political Women" names its members, a body
    at = len(words) - 1 if words and words[-1].lower() in PROGRAM_WORDS else next(
        (i for i, (w, nxt) in enumerate(zip(words, words[1:])) if w.lower() in PROGRAM_WORDS and nxt in ("for", "on")),
        None)
    if len(words) < 2 or at is None or body_key(name):
        return False
    if re.match(r"(?:UN|U\.N\.|United Nations|World|International)\b", name) or org_heads(words[:at] + words[at + 1:]):
        return False                          # "UN Development Program", "League of Women of Creative Initiative"
    if any(w.lower() in KIND_ACRONYMS for w in words):
        return False                          # "the Velmoran Human Rights NGO Forum" (t-ents7)
    acr = re.match(r"\s*\(([A-Z][A-Za-z&\-]{1,11})\)", text[text.find(name) + len(name):]) if name in text else None
    if any(BODY_APPOSITION.match(text, m.end()) for m in re.finditer(re.escape(name), text)):
        return False                          # "the Lisk Civic Forum, an unregistered youth group"
    return _acting(name).search(text) is None and not (acr and _acting(acr.group(1)).search(text))
