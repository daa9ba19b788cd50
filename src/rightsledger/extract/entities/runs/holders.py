"""A body's name and the name of the person who holds a post in it, read as one name by the
model or the rules (pass 1, after the candidates; issue 14, t-ents5, read on dev reports 2018
Lesotho, 2023 Timor-Leste and on 2019 Bolivia, 2021 Nigeria without gold):

- a title "of" a body, then the holder's name without a comma: "president of the Senate
  [Jeanine Anez]", "president of the Chamber of Deputies [Victor Borda]", "Minister of Social
  Development [Matebatso Doti]", "Minister of Parliamentary Affairs and Social Communications
  [Francisco Jeronimo]": the last two or three words are the person (with the title as role), the
  words before are a body only where they have a head word ("Senate");
- a person "of" a body: "[Patience Ihejiika] of Leadership Newspapers".
"""
from __future__ import annotations

import re

from ..common import Cand, holder_words, is_common, org_heads
from ..lexicon import CONNECTORS, TITLES
from ..bodies.numbered import with_number

#: "president of the ", "Minister of ", "Minister of Parliamentary Affairs and " right before a name
_TITLE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-]*\s+){1,4}(?:and|,)\s+)?$")


def _title_of_holder(text: str, c: Cand) -> list[Cand] | None:
    words = c.text.split()
    m = _TITLE_OF.search(text, max(0, c.start - 40), c.start)
    lead = 0
    if m is None or m.group(1).lower() not in TITLES:
        if not (len(words) >= 4 and words[0].lower() in TITLES and words[1] == "of"):
            return None
        lead = 2 + (words[2] == "the")        # "Minister of Social Development Matebatso Doti"
    for tail in (3, 2):                       # three words when the first is no ordinary word
        if len(words) - lead <= tail or words[-tail - 1].lower() in CONNECTORS:
            continue
        if not holder_words(words[-tail:]) or tail == 3 and is_common(words[-3]):
            continue
        ps = c.start + len(" ".join(words[:-tail])) + 1
        if text[c.start:c.end].split() != words or text[ps:c.end] != " ".join(words[-tail:]):
            return None                       # irregular spacing: leave it
        title = m.group(0).strip() if m is not None else " ".join(words[:lead]).strip()
        out = [Cand(ps, c.end, text[ps:c.end], "PERSON", [title.lower()])]
        body = words[lead:-tail]
        if org_heads(body):
            bs = c.start + len(" ".join(words[:lead])) + (1 if lead else 0)
            be = bs + len(" ".join(body))
            out.insert(0, Cand(bs, be, text[bs:be], c.label))
        return out
    return None


def _person_of_body(text: str, c: Cand) -> list[Cand] | None:
    m = re.match(r"([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}) of (?:the )?(.+)$", c.text)
    body = m.group(2).split() if m is not None else []
    if m is None or not org_heads(body + [w.rstrip("s") for w in body]) or not holder_words(m.group(1).split()):
        return None
    bs = c.start + m.start(2)
    return [Cand(c.start, c.start + m.end(1), m.group(1), "PERSON"), Cand(bs, c.end, m.group(2), c.label)]


def split_holders(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates with each body-and-holder name cut in two (and an outlet's number kept:
    ``bodies/numbered.py``)."""
    out: list[Cand] = []
    for c in cands:
        parts = (_title_of_holder(text, c) or _person_of_body(text, c)) \
            if c.label in ("ORG", "RULE_ORG") and " " in c.text else None
        out.extend(parts or [with_number(text, c)])
    return out
