"""A person's first word that looks like a nationality word but is a given name: "academic Sami al-Majid", "the
campaign of Sami Anan", "television journalist German Vallecillo" ("Sami" has the shape of Samoa's adjective and is
frequent enough to pass for an English one; ``common.nationality_word``). The report writes the word nowhere but right
before the rest of this name, so it qualifies no one else: it is part of the name, and the model's span stays whole.
"Ethiopian Mengistu" in a report that writes "Ethiopian" elsewhere keeps losing its first word, and so does a word
inside a longer capitalised run ("Avocats [Sans Frontieres]": no name's first word) or a phrase before a lower-case
noun ("the former Ethiopian Mengistu regime", "stateless Bangladeshi Chakma persons": a modifier, no name). Issue 14, t-ents67:
judged unread 2019 Egypt, 2021 Egypt, 2023 Saudi Arabia; dev 2020 Honduras.
"""
from __future__ import annotations

import re

from ..lexicon import CONNECTORS

_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+$")
_LOWER_AFTER = re.compile(r"\s+([a-z][\w\-]*)")


def given_demonym(text: str, start: int, end: int) -> bool:
    """Is the first word of the name at ``start``:``end`` (two words at least) the first word of its capitalised run,
    written in ``text`` only right before the second, with no lower-case word after the name but a connector ("and",
    "to", "of": any other may be the noun the phrase modifies, "regime", "persons")?"""
    words = text[start:end].split()
    if len(words) < 2 or _CAPITAL_BEFORE.search(text[max(0, start - 40):start]):
        return False
    after = _LOWER_AFTER.match(text, end)
    if after and after.group(1) not in CONNECTORS:
        return False
    first, second = re.escape(words[0]), re.escape(words[1])
    alone = len(re.findall(rf"(?<!\w){first}(?!\w)", text))
    together = len(re.findall(rf"(?<!\w){first}\s+{second}(?!\w)", text))
    return alone > 0 and alone == together
