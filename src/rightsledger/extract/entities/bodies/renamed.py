"""A body renamed, told with its old name beside the new one, is one body (pass 3, after the
other joins of ``linking.link_orgs``; issue 14, round t-ents22).

"The Professional Responsibility Unit (previously known as the Internal Affairs Department)", "the
Ministry of Government (formerly the Ministry of Interior until August 1)", "the Ministry of Women
and Social Action was renamed the Ministry of Women and Early Childhood": one body named two ways,
which the written conventions make one entity with aliases ("a body named several ways is one
entity"). The names share too few words for ``linking``'s keys, so each made a record of its own
(dev: 2016 Malawi, 2019 Ecuador, 2016 Chad; the gold of all three writes one record).

Read by structure: a mention of one body group, then only the words of a renaming, then a mention
of another — "(formerly [known as | called | named] [the] …", "(previously …", "… was renamed
[as | to] [the] …" — joins the old name's group to the new one's."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Callable

from ..common import absorb_group

#: between the new name and the old: "(formerly the ", " (previously known as the "
_NEW_THEN_OLD = re.compile(r"\s*\(\s*(?:formerly|previously)(?:\s+(?:known|called|named)(?:\s+as)?)?\s+(?:the\s+)?")
#: between the old name and the new: " was renamed the ", " had been renamed as "
_OLD_THEN_NEW = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+renamed\s+(?:(?:as|to)\s+)?(?:the\s+)?")
_GAP = 40


def renamings(text: str, groups: list) -> list[tuple[object, object]]:
    """(old, new) pairs of body groups that ``text`` tells as one body renamed."""
    starts = sorted((s, i) for i, g in enumerate(groups) for s, _ in g.mentions)
    keys = [s for s, _ in starts]
    pairs = []
    for i, g in enumerate(groups):
        for _, end in g.mentions:
            lo, hi = bisect_left(keys, end), bisect_right(keys, end + _GAP)
            for s, j in starts[lo:hi]:
                if j == i:
                    continue
                between = text[end:s]
                if _NEW_THEN_OLD.fullmatch(between):
                    pairs.append((groups[j], g))
                elif _OLD_THEN_NEW.fullmatch(between):
                    pairs.append((g, groups[j]))
    return pairs


def join_renamed(groups: dict, absorb: Callable[[dict, object, object], None], text: str | None) -> None:
    """Join each renamed body's old group to its new one (every key of the old group follows)."""
    if not text:
        return
    uniq = list({id(g): g for g in groups.values()}.values())
    for old, new in renamings(text, uniq):
        if any(g is new for g in groups.values()):
            absorb_group(groups, absorb, old, new)
