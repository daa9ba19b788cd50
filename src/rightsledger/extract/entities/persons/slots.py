"""Persons found by the slot they fill in the parse, where the model labels nothing (t-ents8).

spaCy's small model misses unfamiliar names told plainly ("In 2015 Aran Tomesk died in custody",
"police arrested Ilse Varnow", "the beating of Pelasio Tamanikoula"): no label, or a label on one
of the words only. The slot says what the shape cannot: the object of an arrest or a beating, the
subject of "died", the noun after "the killing of" or "the wife of" is a person. The rule takes a
run of two to four capitalised words that are no ordinary English words, no title or body head,
and no place or country the gazetteer knows as a whole, in one of those slots (verbs and nouns:
`person_object_verbs`, `person_subject_verbs`, `person_of_nouns` in `extract/data/entities.toml`).
It adds a candidate only where no rule candidate stands and the model's spans lie inside the run.

A second slot is the end of an office's title: "Minister of Interior Gaston Ruvalcaba", "Special
Rapporteur on Torture Agnes Melzerova", where the model labels nothing or one word. The name is the
run of words after the title's last word that are no ordinary English words and that the report
never writes in lower case ("executions", "fishery" are the portfolio's), two to four of them.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, is_common, org_heads, overlaps, nationality_word
from ..lexicon import (
    GENERIC, PARTICLES, PERSON_OBJECT_VERBS, PERSON_OF_NOUNS, PERSON_SUBJECT_VERBS, TITLES,
)
from .portfolio_ends import common_portfolio_end, portfolio_word_first


def _cap(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and t[1:].islower() and t.isalpha() and len(t) > 1


def _in_slot(tok) -> bool:
    """Is the last word of a name in a slot only a person fills?"""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in PERSON_OBJECT_VERBS
    if tok.dep_ == "nsubj" and head.pos_ == "VERB":
        return head.lemma_.lower() in PERSON_SUBJECT_VERBS
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in PERSON_OF_NOUNS or head.head.lower_ in PERSON_OF_NOUNS
    return False


def _run_before(doc, i: int) -> int:
    """The first word of the name ending at token ``i``: capitalised words and particles between
    them, each attached inside the name (compound, flat) — not a title or a sentence's first word
    before the name."""
    j = i
    while j > 0:
        prev = doc[j - 1]
        if not (_cap(prev) or (prev.lower_ in PARTICLES and j - 1 > 0 and _cap(doc[j - 2]))):
            break
        if prev.head.i < j - 1 or prev.head.i > i:
            break
        j -= 1
    # "In April Ulises Rumiche died", "Coordinator Jane Roe": a month, an ordinary word or a title
    # before the name is no part of it
    while j < i and (doc[j].lower_ in PARTICLES or doc[j].lower_ in TITLES or doc[j].lower_ in GENERIC
                     or (doc[j].is_sent_start and is_common(doc[j].text))):
        j += 1
    return j


#: words a title's phrase may hold besides capitalised words ("Minister of the Interior",
#: "Rapporteur on Extrajudicial, Summary, or Arbitrary Executions")
_TITLE_GLUE = {"of", "and", "on", "for", "or", "the", ",", "’s", "'s"}


def lower_words(text: str) -> set[str]:
    """The lowercase words of ``text``: what tells an ordinary word from a name."""
    return set(re.findall(r"(?<![\w’'])[a-z][a-z\-]+", text))


def _after_title(doc, j: int) -> int | None:
    """The first token of a capitalised title's phrase that ends right before token ``j`` ("…
    Minister of Interior"), or None."""
    k = j - 1
    while k >= 0 and j - k <= 14 and (doc[k].text[:1].isupper() or doc[k].lower_ in _TITLE_GLUE):
        if doc[k].text[:1].isupper() and doc[k].lower_ in TITLES:
            return k
        k -= 1
    return None


def title_persons(text: str, ap, taken: list[Cand], lower: set[str]) -> list[tuple[Cand, int]]:
    """Persons named right after an office's title that no candidate covers (model spans inside, or
    a span of the title's words and the name read as one), each with where its title starts."""
    out: list[tuple[Cand, int]] = []
    gaz = gazetteer()
    base = ap.start
    doc = ap.doc
    for tok in doc:
        if not _cap(tok) or (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()):
            continue
        j = tok.i
        while j > 0 and ((_cap(doc[j - 1]) and not is_common(doc[j - 1].text)
                          and doc[j - 1].lower_ not in lower and doc[j - 1].lower_ not in TITLES)
                         or (doc[j - 1].lower_ in PARTICLES and j > 1 and _cap(doc[j - 2]))):
            j -= 1
        while j < tok.i and doc[j].lower_ in PARTICLES:
            j += 1
        ended = portfolio_word_first(doc, j, tok.i, _after_title)
        if ended:
            j += 1                          # "… Agriculture and [Fishery] Pedro dos Reis"
        words = [t.text for t in doc[j:tok.i + 1]]
        names = [w for w in words if w.lower() not in PARTICLES]
        if not 2 <= len(names) <= 4 or not _cap(doc[j]) or j == 0 or not _cap(doc[j - 1]):
            continue
        before = doc[j - 1]
        if not (ended or before.lower_ in TITLES or before.lower_ in lower
                or (j > 1 and doc[j - 2].lower_ in ("of", "and") and is_common(before.text))
                or common_portfolio_end(before, base, taken)):
            continue                        # "Minister of Justice Maria [Elena Castro]": no cut
        k = _after_title(doc, j)
        if k is None:
            continue
        if org_heads(words) or any(w.lower() in lower for w in names) or nationality_word(names[0]):
            continue
        s, e = base + doc[j].idx, base + tok.idx + len(tok.text)
        name = text[s:e]
        if gaz.lookup(name, alternates=False) or any(gaz.countries(w) for w in names):
            continue
        c = Cand(s, e, name, "PERSON")
        title = base + doc[k].idx
        if any(overlaps(c, t) and not (s <= t.start and t.end <= e) and not _glued(t, c, title)
               for t in taken):
            continue
        out.append((c, title))
    return out


def _glued(t: Cand, c: Cand, title: int) -> bool:
    """Is ``t`` words of the title's phrase (from ``title``) and the name ``c`` read as one
    ("Arbitrary Executions Agnes Melzerova", "Special Rapporteur on … Agnes Melzerova")?"""
    return t.end == c.end and title <= t.start < c.start


def without_glued(cands: list[Cand], persons: list[tuple[Cand, int]]) -> list[Cand]:
    """``cands`` without the spans a title's person (``persons``) was cut from."""
    return [t for t in cands if not any(_glued(t, c, title) for c, title in persons)]


def slot_persons(text: str, ap, taken: list[Cand]) -> list[Cand]:
    """Person candidates of one paragraph's parse in a person's slot that nothing else covers."""
    out: list[Cand] = []
    gaz = gazetteer()
    base = ap.start
    doc = ap.doc
    for tok in doc:
        if not _cap(tok) or tok.pos_ != "PROPN" or not _in_slot(tok):
            continue
        if tok.i + 1 < len(doc) and _cap(doc[tok.i + 1]):
            continue                        # the name goes on: not its last word
        j = _run_before(doc, tok.i)
        words = [t.text for t in doc[j:tok.i + 1]]
        names = [w for w in words if w.lower() not in PARTICLES]
        if not 2 <= len(names) <= 4:
            continue
        if org_heads(words) or any(w.lower() in TITLES for w in words) or any(is_common(w) for w in names):
            continue
        if nationality_word(names[0]):
            continue                        # "Ethiopian X", "Sami Ben Y": the model's span decides
        s, e = base + doc[j].idx, base + tok.idx + len(tok.text)
        name = text[s:e]
        if gaz.lookup(name, alternates=False) or any(gaz.countries(w) for w in names):
            continue
        c = Cand(s, e, name, "PERSON")
        if any(overlaps(c, t) and not (s <= t.start and t.end <= e) for t in taken):
            continue
        out.append(c)
    return out
