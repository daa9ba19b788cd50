"""Roles of persons: titles before a name ("Judge", "President"), role phrases before it
("journalist X", "the mayor of Lisk, X") and appositions after it ("X, a lawyer,").
"""
from __future__ import annotations

import re

from ..lexicon import HUMAN_AFTER, HUMAN_BEFORE, RANK_MODIFIERS, ROLE_MODIFIERS, ROLE_NOUNS, ROLE_OF, TITLES


def strip_titles(text: str, s: int, e: int) -> tuple[int, int, list[str]]:
    """Remove leading titles and role words ("Judge", "President", "activist")."""
    roles: list[str] = []
    taken: list[str] = []
    while True:
        m = re.match(r"([A-Za-z][\w.\-]*)\s+", text[s:e])
        if not m:
            break
        word = m.group(1)
        rest = text[s + m.end():e]
        if _modifier_of_title(word, rest):
            taken.append(word)                # "Special [Rapporteur]", "First [Lady]" (t-ents7)
            s += m.end()
            continue
        if word.lower().rstrip(".") in TITLES or word.lower() in TITLES:
            if not rest[:1].isupper():
                break
            taken.append(word)
            s += m.end()
            continue
        break
    if taken:
        roles.append(" ".join(taken).lower().replace(".", ""))
    return s, e, roles


def _modifier_of_title(word: str, rest: str) -> bool:
    """Is ``word`` a modifier of the title that follows it ("Special Rapporteur X")?"""
    nxt = rest.split(None, 1)
    return word.lower() in RANK_MODIFIERS and len(nxt) == 2 and nxt[0].lower() in TITLES and nxt[1][:1].isupper()


def role_before(text: str, s: int, floor: int) -> str | None:
    """A role phrase right before a name: "journalist X", "opposition leader X",
    "the mayor of Lisk, X"."""
    m = ROLE_OF.search(text, max(floor, s - 90), s)
    if m:
        return m.group(1)
    window = text[max(floor, s - 60):s]
    words = window.split()
    if not words or window[-1:] not in (" ", "\u00a0"):
        return None
    taken: list[str] = []
    for w in reversed(words):
        lw = w.lower().rstrip(",")
        if w.endswith(",") or w.endswith("."):
            break
        if not taken:
            if lw in ROLE_NOUNS or (lw.endswith("s") and lw[:-1] in ROLE_NOUNS):
                taken.append(lw)
                continue
            break
        if lw in ROLE_MODIFIERS or lw in ROLE_NOUNS:
            if lw == "the":
                break
            taken.append(lw)
            continue
        break
    return " ".join(reversed(taken)) if taken else None


_APPOS = re.compile(r",\s+(?:(?:a|an|the)\s+)?((?:[\w’'\-]+\s+){0,6}?[\w’'\-]+)\s*(?=[,.;)])")

#: A role noun and its preposition right after a name, however long the phrase runs on.
_ROLE_OF_AFTER = re.compile(r",\s+(?:the\s+)?(([a-z][a-z\-]+)\s+(?:of|at|for|with))\s")


def role_after(text: str, e: int) -> str | None:
    """An apposition after a name: "X, a journalist," / "X, head of the Y party,"."""
    m = _APPOS.match(text, e, min(len(text), e + 90))
    if not m:
        m = _ROLE_OF_AFTER.match(text, e)    # "X, director of a weekly newspaper that …"
        return m.group(1) if m and m.group(2) in ROLE_NOUNS else None
    phrase = m.group(1)
    words = phrase.lower().split()
    article = re.match(r",\s+(?:a|an|the)\s", m.group(0)) is not None
    if not article and words[0] not in ROLE_NOUNS and words[0] not in ROLE_MODIFIERS:
        return None
    if any(w[:1].isupper() for w in phrase.split()[:1]) and not article:
        return None
    if words[0] in ("who", "which", "whose", "where", "when", "and", "but", "while", "was",
                    "is", "had", "has", "said", "stated", "according", "reportedly"):
        return None
    if words[0] in ROLE_NOUNS and (len(words) == 1 or words[1] in ("of", "at", "for", "in")):
        return phrase
    if any(w in ROLE_NOUNS for w in words[:4]) and len(words) <= 5 and not any(
            c.isdigit() for c in phrase):
        return phrase
    return None


def human_cue(text: str, s: int, e: int) -> bool:
    """Words around a name that only a person takes: "Gelleh said", "Kelany's death",
    "convicted Grewe", "a young woman named Zouhoura", a title or role right before it."""
    if HUMAN_AFTER.match(text, e) or HUMAN_BEFORE.search(text, max(0, s - 20), s):
        return True
    if re.search(r"[A-Z][\w’'\-]+\s*([(\"“])\s*$", text[max(0, s - 30):s]) and text[e:e + 1] in ")\"”" \
            and not text[s:e].isupper():
        return True                           # a nickname after a name: "Ermias Debessai (Papayo)", "Adan “Gaal”"
    return role_before(text, s, max(0, s - 90)) is not None or role_after(text, e) is not None \
        or bool(strip_titles(text, *_title_window(text, s, e))[2])


def _title_window(text: str, s: int, e: int) -> tuple[int, int]:
    """The span from the word before ``s`` to ``e`` (for a title right before the name)."""
    m = re.search(r"([A-Za-z][\w.\-]*)\s+$", text[max(0, s - 30):s])
    return (s - len(m.group(0)), e) if m else (s, e)
