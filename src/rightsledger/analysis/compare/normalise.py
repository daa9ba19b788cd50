"""Normalised titles, names and sentences, and the similarity measures the comparison uses.
"""
from __future__ import annotations

import difflib
import re
import unicodedata

# --------------------------------------------------------------------------- normalising
_STOP = frozenset("""a an and the of in on for to or with from by at as is are was were be been
including other its their his her this that these those such""".split())
_TITLE_PREFIX = re.compile(r"^\s*(#+\s*)?(section\s+\d+\.?|[a-g]\.|[ivx]+\.)\s*", re.I)
_PUNCT = re.compile(r"[^\w\s]")
_WS = re.compile(r"\s+")
_HONORIFICS = re.compile(
    r"^(mr|mrs|ms|dr|president|prime minister|minister|judge|general|gen|colonel|col|"
    r"captain|capt|lieutenant|lt|major|maj|sergeant|sgt|senator|sen|representative|rep|"
    r"chief|bishop|father|imam|sheikh|former president|vice president)\.?\s+", re.I)


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def norm_title(title: str) -> str:
    """Lower case, numbering ("Section 1.", "a.") and punctuation gone, stop words gone."""
    t = _TITLE_PREFIX.sub("", _ascii(title)).lower()
    t = _PUNCT.sub(" ", t)
    return " ".join(w for w in t.split() if w not in _STOP)


def title_similarity(a: str, b: str) -> float:
    """Similarity of two section titles, 0–1: max of character ratio and word overlap."""
    na, nb = norm_title(a), norm_title(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    ratio = difflib.SequenceMatcher(None, na, nb).ratio()
    wa, wb = set(na.split()), set(nb.split())
    jacc = len(wa & wb) / len(wa | wb)
    return max(ratio, jacc)


def norm_name(name: str) -> str:
    """An entity name for comparison: ASCII, lower case, titles and possessives removed."""
    n = _ascii(name).strip()
    n = re.sub(r"['\u2019]s\b", "", n)
    prev = None
    while prev != n:
        prev = n
        n = _HONORIFICS.sub("", n)
    n = _PUNCT.sub(" ", n.lower())
    return _WS.sub(" ", n).strip()


def norm_sentence(text: str) -> str:
    """A sentence for comparison: ASCII quotes, lower case, single spaces, no end stop."""
    t = _ascii(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')).lower()
    t = _WS.sub(" ", t).strip()
    return t.rstrip(" .;:")


def _content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    out = set()
    for w in _PUNCT.sub(" ", _ascii(text).lower()).split():
        if w in _STOP or len(w) < 3 or w.isdigit():
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)  # crude plural folding
    return out


def word_overlap(a: str | None, b: str | None) -> float:
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return 0.0
    if wa <= wb or wb <= wa:
        return max(len(wa & wb) / len(wa | wb), 0.75)
    return len(wa & wb) / len(wa | wb)


#: Generic template sentences of the reports: legal boilerplate that says nothing about
#: the year ("The constitution and law prohibit such practices").
TEMPLATE_PATTERNS = tuple(re.compile(p) for p in (
    r"^the (constitution|law|constitution and (the )?law|law and constitution)s? (prohibits?|provides?|"
    r"requires?|criminali[sz]es?|does not (prohibit|provide))\b.{0,80}$",
    r"^(the )?(constitution|law)s? (prohibits?|provides? for) such practices",
    r"^there were no (other )?(known )?(reports|developments)\b.{0,60}$",
    r"^see (also )?(section|appendix)\b",
    r"^for (more|additional) information\b",
    r"^the government (generally )?respected (this|these) (right|prohibition)s?( in practice)?$",
    r"^(this|these) (right|provision)s? (was|were) (generally )?respected( in practice)?$",
    r"^country reports on human rights practices",
    r"^bureau of democracy, human rights,? and labor",
))


def is_template(sentence: str) -> bool:
    """Whether a (normalised) sentence is a generic template sentence."""
    s = norm_sentence(sentence) if sentence and sentence[:1].isupper() else sentence
    return any(p.search(s) for p in TEMPLATE_PATTERNS)


