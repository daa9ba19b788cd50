"""A body's name and the name of the person who holds a post in it, read as one name by the
model or the rules (pass 1, after the candidates; issue 14, t-ents5, read on dev reports 2018
Lesotho, 2023 Timor-Leste and on 2019 Bolivia, 2021 Nigeria without gold):

- a title "of" a body, then the holder's name without a comma: "president of the Senate
  [Jeanine Anez]", "president of the Chamber of Deputies [Victor Borda]", "Minister of Social
  Development [Matebatso Doti]", "Minister of Parliamentary Affairs and Social Communications
  [Francisco Jeronimo]": the last two or three words are the person (with the title as role), the
  words before are a body only where they have a head word ("Senate");
- a person "of" a body: "[Patience Ihejiika] of Leadership Newspapers".

Three gaps mended by t-ents64 (issue 14, persons; a holder's name glued after the body his or her post
serves, judged on three unread reports by t-ents63):

- the title inside the candidate after one or two capitalised words, and "for" as well as "of": "[UN High
  Commissioner for Human Rights Michelle Bachelet]" (2020 Bolivia); the words before the holder stay one
  body only where the title itself is a body's head word ("Commissioner"), else they are dropped as the
  title they are ("Operational Director for Television");
- a family name that is an ordinary English word ("Gordon") after a body's full name the report also writes
  alone: "director general of the [Carabineros Eduardo Gordon]" (2019 Chile), "Carabineros" a candidate of
  its own elsewhere in the report; the given name must be no ordinary word;
- "rabbi" among the posts (``holder_role_words``; not a title: "Rabbi" is also a family name), "undersecretary"
  among the titles and "congregation" among the head words (``entities.toml``):
  "Chief Rabbi of the [Unified Hungarian Jewish Congregation Slomo Koves]" (2022 Hungary), "[Undersecretary for
  Human Rights Alejandro Encinas]" (2019 Mexico, judged by t-ents50).
"""
from __future__ import annotations

import re

from ..common import Cand, holder_words, is_common, org_heads
from ..lexicon import CONNECTORS, HOLDER_ROLE_WORDS, TITLES
from ..bodies.numbered import with_number

#: "president of the ", "Minister of ", "Minister of Parliamentary Affairs and " right before a name
_TITLE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'\-]*\s+){1,4}(?:and|,)\s+)?$")


def _post(word: str) -> bool:
    """Is ``word`` the word of a post held in a body: a title, or a holder's word ("rabbi", "clerk")?"""
    return word.lower() in TITLES or word.lower() in HOLDER_ROLE_WORDS


#: at most this many capitalised words before a title that opens a candidate ("UN High Commissioner for …")
_MAX_TITLE_PREFIX = 2


def _inner_title(words: list[str]) -> tuple[int, int] | None:
    """(the title's index, the words up to the body's name) when the candidate opens with "[one or two
    capitalised words] <Title> of|for [the] <Body> …" ("Minister of Social Development X Y", "UN High
    Commissioner for Human Rights X Y"); else None."""
    for k in range(min(_MAX_TITLE_PREFIX, len(words) - 4) + 1):
        if _post(words[k]) and words[k + 1] in ("of", "for") \
                and not any(w.lower() in CONNECTORS for w in words[:k]):
            return k, k + 2 + (words[k + 2] == "the")
    return None


def _holder_tail(words: list[str], tail: int, lead: int, bodies: set[str]) -> bool:
    """May the last ``tail`` words be the holder's name? A family name that is an ordinary word ("Gordon")
    only where the words before it, a body's full name, stand alone elsewhere in the report."""
    name = words[-tail:]
    if holder_words(name):
        return not (tail == 3 and is_common(words[-3]))
    return tail == 2 and " ".join(words[lead:-tail]) in bodies and not is_common(name[0]) \
        and holder_words(name, last_common=True)


def _title_of_holder(text: str, c: Cand, bodies: set[str]) -> list[Cand] | None:
    words = c.text.split()
    m = _TITLE_OF.search(text, max(0, c.start - 40), c.start)
    lead, inner = 0, None
    if m is None or not _post(m.group(1)):
        inner = _inner_title(words)           # "Minister of Social Development Matebatso Doti"
        if inner is None:
            return None
        lead = inner[1]
    for tail in (3, 2):                       # three words when the first is no ordinary word
        if len(words) - lead <= tail or words[-tail - 1].lower() in CONNECTORS:
            continue
        if not _holder_tail(words, tail, lead, bodies):
            continue
        ps = c.start + len(" ".join(words[:-tail])) + 1
        if text[c.start:c.end].split() != words or text[ps:c.end] != " ".join(words[-tail:]):
            return None                       # irregular spacing: leave it
        title = m.group(0).strip() if inner is None else " ".join(words[:lead]).strip()
        return _body_of(text, c, words[:-tail], lead, inner, bodies) \
            + [Cand(ps, c.end, text[ps:c.end], "PERSON", [title.lower()])]
    return None


def _body_of(text: str, c: Cand, front: list[str], lead: int, inner: tuple[int, int] | None,
             bodies: set[str]) -> list[Cand]:
    """The body's candidate of the words before the holder: the words after the title where they have a
    head word ("president of the Senate") or stand alone as a body elsewhere ("Carabineros"); the whole
    front where a title after a prefix is itself a body's head word ("UN High Commissioner for Human
    Rights"); else none."""
    if inner is not None and inner[0] > 0:
        if not org_heads([front[inner[0]]]):
            return []
        lead = 0
    body = front[lead:]
    if not org_heads(body) and " ".join(body) not in bodies:
        return []
    bs = c.start + len(" ".join(front[:lead])) + (1 if lead else 0)
    be = bs + len(" ".join(body))
    return [Cand(bs, be, text[bs:be], c.label)]


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
    bodies = {c.text for c in cands if c.label in ("ORG", "RULE_ORG")}
    for c in cands:
        parts = (_title_of_holder(text, c, bodies) or _person_of_body(text, c)) \
            if c.label in ("ORG", "RULE_ORG") and " " in c.text else None
        out.extend(parts or [with_number(text, c)])
    return out
