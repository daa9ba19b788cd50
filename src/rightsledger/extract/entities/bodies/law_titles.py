"""Words cut out of a law's title typed as bodies (issue 14, organizations; t-orgs16).

The model labels ORG a piece of a legal instrument's title: "the Mental Health (Care and
Treatment) Act" gives "Mental Health", "the Occupational Diseases in Mines and Works Act"
"Occupational Diseases", "the Constitutional Law against Hate, for Political Coexistence and
Tolerance" "Political Coexistence", "the new Code of Conduct for Prison Personnel" "Conduct for
Prison Personnel". Read on twelve reports without gold (round record t-orgs16): 2024 Singapore,
2018 South Africa, 2017 Venezuela, 2019 North Macedonia. ``document_words`` drops names that end
in "Act" or "Law"; these pieces stop before the title's word or start after it. (The last example
keeps a head word, "Prison", and stays: the rule reads no more than head words.)

So a name typed organization with no body's head word (``org_heads``) and no acronym is dropped
when every one of its occurrences stands inside such a title: walking from it over capitalised
words, the connectors of titles (``law_title_links``: of, for, on, in, and, against …),
parentheses, and a comma only before a connector ("Hate, for"), a capitalised ``law_title_words``
word ("Act", "Law", "Code", "Decree" …) is reached after it or before it. A body named in a law's
title keeps its head word and stays ("the Law on the National Security Agency").
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..common import Cand, is_acronym, name_key
from ..lexicon import LAW_TITLE_LINKS, LAW_TITLE_WORDS, ORG_HEADS

_TOKEN = re.compile(r"[\w’'\-]+|[(),]|[^\s\w]")
_REACH = 90


def _title_word(tok: str) -> bool:
    return tok[:1].isupper() and tok.lower() in LAW_TITLE_WORDS


def _walk(toks: list[str]) -> bool:
    """Do the tokens, read away from the name, reach a law's title word over a title's words?"""
    for i, tok in enumerate(toks):
        if _title_word(tok):
            return True
        if tok == ",":
            # a comma only inside a title's list: "Law against Hate, for Political Coexistence"
            nearer = toks[i - 1] if i else ""
            farther = toks[i + 1] if i + 1 < len(toks) else ""
            if not (nearer.lower() in LAW_TITLE_LINKS or farther.lower() in LAW_TITLE_LINKS):
                return False
            continue
        if tok in "()" or tok.lower() in LAW_TITLE_LINKS or (tok[:1].isupper() and tok[:1].isalpha()):
            continue
        return False
    return False


def in_law_title(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` stand inside a legal instrument's title (see the module)?"""
    after = _TOKEN.findall(text[e:e + _REACH].split("\n", 1)[0])
    before = _TOKEN.findall(text[max(0, s - _REACH):s].rsplit("\n", 1)[-1])[::-1]
    return _walk(after) or _walk(before)


def _no_body_words(name: str) -> bool:
    words = name.split()
    return not any(w.lower().strip("’'") in ORG_HEADS or is_acronym(w) for w in words)


def without_law_title_pieces(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates less the organization-typed names that are pieces of laws' titles."""
    spans: dict[str, list[Cand]] = defaultdict(list)
    for c in cands:
        if c.type == "organization":
            spans[name_key(c.text)].append(c)
    pieces = {k for k, cs in spans.items()
              if _no_body_words(cs[0].text) and all(in_law_title(text, c.start, c.end) for c in cs)}
    return [c for c in cands if not (c.type == "organization" and name_key(c.text) in pieces)]
