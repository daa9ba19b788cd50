"""Two bodies' names glued into one (issue 14, organizations; t-orgs44).

The model's span runs on over a coordinator and takes two bodies as one name: "legal aid organizations
such as Kituo Cha Sheria and Legal Resources Foundation Trust" (2022 Kenya, unread), "a report by …
World Services, Blue Diamond Society, and Viamo" (2023 Nepal, unread), "the Ministry of Human Resources
and Emiratization and First Abu Dhabi Bank" (2021 UAE, unread), "the National Insurance Scheme, and
Guyana Police Force" (2018 Guyana, dev). One false record is exported, and a body's mention is lost.

So an organization candidate written "<A> and <B>", "<A>, <B>" or "<A>, and <B>" (the last such joint
of the name; the words are ``glued_pair_words``) is two candidates when both halves start with a
capital and

- each half is a name by its form (two words or more, or an acronym) and one half of two words or
  more is written alone elsewhere in the report (outside every occurrence of the whole name, no
  capitalised word, connector or joining word right before or after it): the report names it as a
  body of its own ("HIV and AIDS Tribunal": "HIV", an acronym written alone, is no body's name);
- the other half is written alone too, or ends in a body's head word (``org_heads``) and is of two
  words or more; where the front ``A`` holds a connector ("the Ministry of Justice and …"), the back
  must be written alone: "of" may go on over a list of portfolios ("the Department of Immigration and
  Citizen Services" beside "the Department of Immigration").

A series of portfolios ("the Ministry of Women, Family, and Social Protection") has no back written
alone nor headed, and stays one name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicons import alternation
from ..common import Cand, is_acronym, is_cap, org_heads
from ..lexicon import CONNECTORS, GLUED_PAIR_WORDS
from ..occurrences import occurrences

_JOINING = alternation(re.escape(w) for w in GLUED_PAIR_WORDS)
_JOINT = re.compile(rf"(?:,\s+(?:{_JOINING}\s+)?|\s+{_JOINING}\s+)(?:the\s+)?(?=\S)")
_BEFORE = re.compile(r"([\w’'\-]+)[ \t]+$")
_AFTER = re.compile(r"[ \t]+([\w’'\-]+)")


def _alone(text: str, half: str, whole: str) -> bool:
    """Is ``half`` written as a name of its own somewhere in ``text``: outside every occurrence of ``whole``,
    with no capitalised word, connector or joining word right before or after it?"""
    glued = occurrences(text, whole)
    return any(not any(s <= a and b <= e for s, e in glued) and _free(_BEFORE.search(text, max(0, a - 40), a))
               and _free(_AFTER.match(text, b)) for a, b in occurrences(text, half))


def _free(m: "re.Match[str] | None") -> bool:
    word = m.group(1) if m else ""
    return word.lower() == "the" or not (is_cap(word) or word.lower() in CONNECTORS or word.lower() in GLUED_PAIR_WORDS)


def _named(words: list[str]) -> bool:
    """Is a half a name by its form: two words or more, or an acronym?"""
    return len(words) >= 2 or (len(words) == 1 and is_acronym(words[0]))


def _headed(words: list[str]) -> bool:
    return len(words) >= 2 and bool(org_heads(words[-1:]))


def _halves(name: str) -> tuple[str, str, int] | None:
    """The front, the back and the back's offset of ``name`` at its last joint, or None."""
    joints = list(_JOINT.finditer(name))
    if not joints:
        return None
    m = joints[-1]
    front, back = name[:m.start()].rstrip(" ,"), name[m.end():]
    if not front or not back or not is_cap(front.split()[0]) or not is_cap(back.split()[0]):
        return None
    return front, back, m.end()


def glued_halves(text: str, c: Cand) -> tuple[Cand, Cand] | None:
    """The two candidates of ``c`` when its name is two bodies' names glued (see module), else None."""
    if c.type != "organization":
        return None
    parts = _halves(c.text)
    if parts is None:
        return None
    front, back, at = parts
    fw, bw = front.split(), back.split()
    if not _named(fw) or not _named(bw):
        return None
    f_alone, b_alone = _alone(text, front, c.text), _alone(text, back, c.text)
    if any(w.lower() in CONNECTORS for w in fw):   # "the Ministry of X and Y": the back a body of its own
        ok = b_alone and (_headed(bw) or is_acronym(back))
    else:
        ok = (f_alone and len(fw) >= 2 and (b_alone or _headed(bw))) or (b_alone and len(bw) >= 2 and len(fw) >= 2)
    if not ok:
        return None
    return (replace(c, end=c.start + len(front), text=front, roles=list(c.roles)),
            replace(c, start=c.start + at, text=back, roles=list(c.roles)))


def split_glued_pairs(text: str, cands: list[Cand]) -> list[Cand]:
    """The candidates with each organization name glued of two bodies' names cut in two (see module)."""
    out: list[Cand] = []
    for c in cands:
        pair = glued_halves(text, c)
        out.extend(pair if pair else (c,))
    return out
