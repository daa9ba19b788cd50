"""Peoples the parse shows, taken for places (issue 14, places; t-places11). Three unread reports
annotated before the run had a people's one-word name read as a place, each where the sentence
itself says it is a people: a conjunct in a list of nationalities ("Serbs, Montenegrins, Roma,
Egyptians, Ashkali, …"), a list in apposition to "ethnic groups" ("seven major ethnic/language
groups–Bemba, …, and Tonga"), the subject of "are a group of people" ("The Pare are …").
The rule is stated by the parse and word classes, not by those words:

- the name is one proper-noun token in a coordination where at least two other conjuncts are
  peoples' words (the model's NORP label, a nationality word, a nationality ending); or
- the first conjunct of its coordination (or the name itself) is in apposition to, or the copula
  subject of, a people noun (``people_group_nouns`` in ``entities.toml``), "group(s)" only with a
  qualifier ("ethnic groups", "a group of people").

Such a mention is no place mention; the name's other mentions keep their reading (a country
named elsewhere as a country stays one). The model's and the gazetteer's reading of the word
("Tonga" the country, "Ashkali" an unknown GPE) cannot tell this, the sentence can.
"""
from __future__ import annotations

from ..common import Cand, nationality_word
from ..lexicon import PEOPLE_GROUP_NOUNS, PEOPLE_GROUP_NOUNS_ALONE, PEOPLE_GROUP_QUALIFIERS
from .peoples import NATIONALITY

#: how many other conjuncts must be peoples' words
OTHER_PEOPLES = 2


def _people_word(tok) -> bool:
    if tok.ent_type_ == "NORP":
        return True
    word = tok.text
    return bool(nationality_word(word) or NATIONALITY.fullmatch(word)
                or (word.endswith("s") and nationality_word(word[:-1])))


def _people_noun(tok) -> bool:
    low = tok.lower_
    if tok.pos_ != "NOUN" or low not in PEOPLE_GROUP_NOUNS:
        return False
    if low in PEOPLE_GROUP_NOUNS_ALONE:
        return True
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in PEOPLE_GROUP_QUALIFIERS:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.lower_ in PEOPLE_GROUP_QUALIFIERS for g in child.children if g.dep_ == "pobj"):
            return True
    return False


#: relations that chain the items of a list of names (the parse often hangs a middle item as
#: "npadvmod" or "appos" of the previous name instead of "conj")
_LIST_DEPS = ("conj", "npadvmod", "appos")


def _first_conjunct(tok):
    while tok.dep_ in _LIST_DEPS and tok.head is not tok and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok


def _list_items(first) -> list:
    items, todo = [first], [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in _LIST_DEPS and child.pos_ in ("PROPN", "NOUN") and child.text[:1].isupper():
                items.append(child)
                todo.append(child)
    return items


def _named_a_people(first) -> bool:
    """Is the coordination opened by ``first`` in apposition to a people noun, or the subject of
    a copula whose attribute is one?"""
    if first.dep_ == "appos" and _people_noun(first.head):
        return True
    if first.dep_ == "nsubj" and first.head.lemma_ == "be":
        return any(c.dep_ == "attr" and _people_noun(c) for c in first.head.children)
    return False


def people_spans(ap) -> list[tuple[int, int]]:
    """Character spans (text offsets) of one-token names the paragraph's parse shows to be
    peoples."""
    base = ap.start
    out: list[tuple[int, int]] = []
    for tok in ap.doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        if tok.i > 0 and tok.nbor(-1).pos_ == "PROPN" and tok.dep_ == "compound":
            continue
        first = _first_conjunct(tok)
        group = _list_items(first)
        others = [t for t in group if t is not tok]
        if (sum(_people_word(t) for t in others) >= OTHER_PEOPLES and len(group) >= 3) or _named_a_people(first):
            out.append((base + tok.idx, base + tok.idx + len(tok.text)))
    return out


def without_people_places(cands: list[Cand], spans: set[tuple[int, int]]) -> list[Cand]:
    """``cands`` without the place mentions the parse shows to be peoples."""
    if not spans:
        return cands
    return [c for c in cands if not (c.type == "place" and (c.start, c.end) in spans)]
