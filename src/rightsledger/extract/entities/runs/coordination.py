"""Where a capitalised run of words goes on over "and" or "to", and where a second body starts
(pass 1, with ``scan.phrases``; issue 14, t-ents5, read on dev reports and on 2016 Uganda, 2018
Armenia, 2019 Bolivia, 2020 Uzbekistan and 2021 Nigeria without gold):

- the rest of a portfolio after "and" is no body of its own although its last word is a head
  word: "Ministry of Labor and Civil Service", "Institute for Press and Society", "Regulatory
  Authority for Telecommunications and Post", "Center for Political and International Studies"
  (``portfolio_heads``; two words at most, after a name with its "of"/"for");
- a name complete with its head word ends before "and" when another body follows: "Independent
  Corrupt Practices Commission and Economic and Financial Crimes Commission" is two bodies;
- two names before a plural kind are two bodies: "the Prosperous Armenia and Bright Armenia
  parties" (``bodies_before_plural``);
- "to" and a verb of a body's mission go on: "Special Force to Combat Crime", "Coordination
  Office to Combat Trafficking in Persons", "High Authority to Combat Corruption and Related
  Crimes" (``mission_verbs``).

The word lists are data in ``extract/data/entities.toml``. ``words`` are the runs' words (objects
with ``core`` and ``brk``).
"""
from __future__ import annotations

from typing import Sequence

from ..common import org_heads, is_cap
from ..lexicon import BODY_AFTER, CONNECTORS, MISSION_VERBS, PORTFOLIO_HEADS


def _of_name(run: Sequence) -> bool:
    """A head word then "of"/"for": "Ministry of Labor", "Institute for Press"."""
    return any(org_heads([w.core]) and run[i + 1].core in ("of", "for") for i, w in enumerate(run[:-1]))


def _piece(words: Sequence, k: int, limit: int = 3) -> list:
    """The capitalised words from ``k`` up to a break, a connector or a lower-case word."""
    out = []
    while k < len(words) and len(out) < limit and is_cap(words[k].core) \
            and words[k].core.lower() not in CONNECTORS:
        out.append(words[k])
        if words[k].brk:
            break
        k += 1
    return out


def portfolio_goes_on(run: Sequence, words: Sequence, k: int) -> bool:
    """Is the piece at ``k``, after "and", the rest of the portfolio of ``run``?"""
    if not _of_name(run) or org_heads([run[-1].core]) and run[-2].core not in ("of", "for"):
        return False                          # "for Press" is a field, "… Commission" a body
    piece = _piece(words, k)
    if not piece or len(piece) > 2:
        return False
    nxt = k + len(piece)
    if not piece[-1].brk and nxt < len(words) and is_cap(words[nxt].core):
        return False                          # a longer name goes on
    heads = org_heads([w.core for w in piece])
    return bool(heads) and all(h in PORTFOLIO_HEADS for h in heads)


def second_body(run: Sequence, words: Sequence, k: int) -> bool:
    """Does ``run`` end with its head word and another body start at ``k``, after "and"? Its
    head word may come after words joined by "and" ("Economic and Financial Crimes
    Commission")."""
    last = run[-1].core
    if len(run) < 2 or not org_heads([last]) or last.lower() in PORTFOLIO_HEADS:
        return False
    while k < len(words):
        w = words[k]
        if org_heads([w.core]) and w.core.lower() not in PORTFOLIO_HEADS:
            return True
        if w.brk or not (is_cap(w.core) or w.core in ("and", "of", "for")):
            return False
        k += 1
    return False


def mission_goes_on(run: Sequence, words: Sequence, k: int) -> bool:
    """After "to" at ``k - 1``: a verb of a body's mission, after a name with a head word."""
    return k < len(words) and words[k].core.lower() in MISSION_VERBS and is_cap(words[k].core) \
        and bool(org_heads([w.core for w in run]))


def bodies_before_plural(text: str, run: Sequence) -> list[tuple[int, int]] | None:
    """"the Prosperous Armenia and Bright Armenia parties": the spans of the two names of ``run``
    joined by "and" before a plural body word; None when the run is no such pair."""
    m = BODY_AFTER.match(text, run[-1].e)
    cores = [w.core for w in run]
    if m is None or not m.group().rstrip().endswith("s") or cores.count("and") != 1:
        return None
    k = cores.index("and")
    if k == 0 or k == len(run) - 1:
        return None
    return [(run[0].s, run[k - 1].e), (run[k + 1].s, run[-1].e)]
