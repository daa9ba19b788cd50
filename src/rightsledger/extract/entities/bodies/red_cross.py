"""The Red Cross and its national societies (pass 1; issue 14, organizations; round t-orgs24).

The model labels a national society of the Red Cross or Red Crescent whole only now and then: with a
country in front it often keeps the country alone, a place ("The Fiji Red Cross and other NGOs visited
…": "Fiji"), and with the country after it ("the Red Cross of Montenegro", "The Red Cross Suriname") the
same; the bare "the Red Cross" it mostly leaves unlabelled ("including the Red Cross, CARE, …"). The dev
gold holds all of them as bodies (2020 Fiji, 2024 Montenegro, 2019 Suriname, 2001 Somalia, 2023 Comoros:
five of five, the round's census).

So, in the prose paragraphs outside their masked lines:

- "Red Cross" or "Red Crescent", with "Society" after it or not, is one body's name together with the
  place its words name in front ("the Fiji Red Cross", "the Norwegian Red Cross Society": a country of the
  gazetteer, one to three words, or a nationality adjective) or after it ("the Red Cross of Montenegro",
  "the Red Cross Suriname": a country, "of" and "the" allowed between); a rule candidate for an
  organization, which as the longest candidate at its place takes over the place alone;
- the bare "Red Cross" is no candidate of this module: it is a form of the International Committee of
  the Red Cross in ``[international_bodies]`` (``bodies/international.py`` finds it and links it under
  that name, the way the dev gold of 2023 Comoros writes "The Red Cross" as a mention of the ICRC).

Left alone: a name a capitalised word continues ("the Fiji Red Cross Hospital", "the Red Cross Nepal
Branch"), a name glued to a hyphen ("Red Cross-run"), any other capitalised word in front ("the International Red Cross", "the Swiss-Kessel Red
Cross": not a place's words) — the model's span, if any, stands; "Red Crescent" alone (no form of the
ICRC).
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, nationality_word

_RED = r"Red (?:Cross|Crescent)(?: Society)?"
_WORD = r"[A-Z][\w’'\-]*"
#: up to three capitalised words right before the name (matched on the text before it)
_FRONT = re.compile(rf"(?<![\w\-’'])((?:{_WORD} ){{1,3}})$")
#: a capitalised word right after the name: it is part of a longer name (the model's span stands)
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
#: a determiner or other function word that starts a sentence: no word of a place's name
_NO_PLACE = {"the", "a", "an", "and", "or", "of", "in", "by", "with", "for", "to", "from", "as", "at", "on"}
#: the name and up to three capitalised words after it, "of" and "the" allowed between
_AFTER = re.compile(rf"(?<![\w\-]){_RED}((?: of)?(?: the)?((?: {_WORD}){{1,3}}))")


def _country(words: list[str]) -> bool:
    return bool(words) and gazetteer().countries(" ".join(words)) is not None


def _place_in_front(words: list[str]) -> int:
    """How many of the last of ``words`` name a country or a nationality (0 when none)."""
    for k in range(min(3, len(words)), 0, -1):
        tail = words[-k:]
        if tail[0].lower() in _NO_PLACE:
            continue
        if _country(tail) or (k == 1 and nationality_word(tail[0])):
            return k
    return 0


def find_red_cross(text: str, paragraphs: list[tuple[int, int, list[tuple[int, int]]]]) -> list[Cand]:
    """Each national society of the Red Cross or Red Crescent named with its place in front or after it,
    in the prose paragraphs outside their masked lines, as a body's rule candidate (see the module)."""
    out: list[Cand] = []
    for start, end, masks in paragraphs:
        for m in re.finditer(_RED, text[start:end]):
            s, e = start + m.start(), start + m.end()
            if (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-")) or (e < len(text) and (text[e].isalnum() or text[e] == "-")):
                continue                      # a longer word ("Red Cross-run": ``attributive.py``)
            found = None
            front = _FRONT.search(text[max(start, s - 80):s])
            if front:
                words = front.group(1).split()
                k = _place_in_front(words)
                if k:
                    fs = s - len(" ".join(words[-k:]) + " ")
                    found = (fs, e)
            if found is None:
                after = _AFTER.match(text, s, end)
                if after:
                    words = after.group(2).split()
                    for k in range(len(words), 0, -1):
                        if _country(words[:k]):
                            tail = " ".join(words[:k])
                            ae = after.start(2) + 1 + len(tail)
                            found = (s, ae)
                            break
            if found is None:
                continue
            fs, fe = found
            if _NAME_GOES_ON.match(text, fe):
                continue                      # "the Fiji Red Cross Hospital", "the Red Cross Nepal Branch"
            if any(a <= fs < b or a < fe <= b for a, b in masks):
                continue
            out.append(Cand(fs, fe, text[fs:fe], "RULE_ORG"))
    return out
