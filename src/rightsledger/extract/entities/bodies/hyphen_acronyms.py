"""A body's acronym glued by a hyphen to a capitalised piece is one name (pass 1; issue 14, organizations;
round t-orgs22): "the PML-N", "SPLA-IO", "CEON-U", "ISIS-WA", "FDU-Inkingi", "ACT-Wazalendo".

The model's tokenizer cuts such a word at its hyphen, and the model then labels the acronym alone ("PML"
of "Mamnoon Hussain of the PML-N", "CEON" of "CEON-U", "ISIS" of "ISIS-WA": a false body of its own),
or the whole word as something else, or nothing ("PDP-Imanzi", "SLA-AW", "ACT-Wazalendo": the body
missed); a country after the hyphen may win over the whole ("ISIS-Somalia": the country's rule candidate
beats the model's span, and the body is lost).

So every word of the shape — an acronym (a capital, then one to nine capitals, digits or "&"), a hyphen, a
piece that starts with a capital (more hyphenated pieces allowed), standing alone as a word (no hyphen or
letter glued on either side: "ZANU-PF-led" is left to ``attributive.py``) — is a rule candidate for an
organization, and as the longest candidate at its place it takes over the pieces inside it. Left alone:

- a word a capitalised word continues, part of a longer name ("the MODEN-FA Lumana Party", "the
  EU-Albania Readmission Agreement", "the AU-UN Hybrid Operation");
- an acronym of ``non_org_acronyms`` before the hyphen or after it ("HIV-AIDS"; a one-letter piece after it
  is no word of the list: "MDC-A");
- a piece that starts with a digit ("COVID-19", "ILO-169", a rifle's or a bill's number).

Seen in the unread reports of sessions 21–22 (2022 Pakistan, 2018 Yemen, 2016 Uganda, 2020 Nigeria: the
acronym a false body; 2017 Rwanda, 2021 Sudan, 2024 Tanzania: the whole missed) and in 2023 Somalia dev
("ISIS-Somalia" missed); the dev texts hold the shape three times, the gold a body on all three (the
round's record, which rests this rule on the amendment of session 22).
"""
from __future__ import annotations

import re

from ..common import Cand
from ..lexicon import NON_ORG_ACRONYMS

#: an acronym, a hyphen, a capitalised piece (and more hyphenated pieces); a whole word
_HYPHEN_ACRONYM = re.compile(
    r"(?<![\w\-’'.])([A-Z][A-Z0-9&]{1,9})-([A-Z]\w*(?:-[A-Z0-9]\w*)*)(?:['’]s)?(?![\w\-’'])")
#: a capitalised word right after it: the word is part of a longer name
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def find_hyphen_acronyms(text: str, paragraphs: list[tuple[int, int, list[tuple[int, int]]]]) -> list[Cand]:
    """Every acronym glued to a capitalised piece by a hyphen in the prose paragraphs, outside their
    masked lines (see the module), as a body's rule candidate."""
    out: list[Cand] = []
    for start, end, masks in paragraphs:
        for m in _HYPHEN_ACRONYM.finditer(text, start, end):
            s, e = m.start(), m.end(2)
            piece = m.group(2).lower()
            if m.group(1).lower() in NON_ORG_ACRONYMS or (len(piece) > 1 and piece in NON_ORG_ACRONYMS):
                continue
            if _NAME_GOES_ON.match(text, m.end()):
                continue
            if any(a <= s < b or a < e <= b for a, b in masks):
                continue
            out.append(Cand(s, e, text[s:e], "RULE_ORG"))
    return out
