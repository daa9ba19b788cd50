"""A body's field after a preposition (issue 14, t-orgs9): "National Union of Teachers in
Registered Schools", "Network of People Affected by Special Laws", "National Comprehensive Service
to Prisoners and Juvenile Offenders", "Ministry of Relations with Constitutional Bodies".

A preposition of ``field_preps`` ends a name elsewhere (runs.py); it goes on when the words after
it are capitalised ordinary English words that are nothing of their own (no body's head, no
place, no acronym, no month or generic word) and the stretch ends the capitalised run. Mid-sentence,
a common noun is capitalised only inside a name, so the words belong to the body before them. The
rule reads word classes only (the word-frequency list, the head-word table, the gazetteer), not
the words of the reports it was seen in (seen in six dev reports, t-orgs9)."""
from __future__ import annotations

from typing import Sequence

from ...lexicons.gazetteer import gazetteer
from ...lexicons.frequency import zipf
from ..common import is_acronym, is_cap
from ..lexicon import CONNECTORS, FIELD_PREPS, FOREIGN_TOWN_MIN, GENERIC, NAME_PART_ZIPF, ORG_HEADS

#: at most this many words after the preposition
_MAX_FIELD = 6
_INNER = ("and", "of")


def _field_word(core: str) -> bool:
    """A capitalised ordinary word that may stand in a body's field ("Registered", "Prisoners")."""
    if not is_cap(core) or is_acronym(core) or core.lower() in ORG_HEADS or core.lower() in GENERIC \
            or core.lower() in CONNECTORS:           # "in The Hague"
        return False
    if zipf(core) < NAME_PART_ZIPF:
        return False
    place = gazetteer().lookup(core, alternates=False)
    return place is None or place.kind == "city" and place.population < FOREIGN_TOWN_MIN


def field_after(run: Sequence, words: Sequence, k: int) -> int:
    """How many words from ``k`` (a preposition of ``field_preps``) go on inside the body ``run``
    names (``runs.Word`` items, not imported: runs.py imports this module); 0 when the name ends
    before the preposition. ``run`` must be a body's name: a head word
    followed by "of"/"for", or a head word last ("Committee against …")."""
    if words[k].core.lower() not in FIELD_PREPS or words[k].brk or k + 1 >= len(words):
        return 0
    heads = [w for w in run if w.core.lower() in ORG_HEADS and is_cap(w.core)]
    if not heads or len(run) < 2:             # a lone head: "Nations in Transit" is a title
        return 0
    if not (run[-1] is heads[-1] or any(w.core in ("of", "for") for w in run[run.index(heads[0]):])):
        return 0
    i, n = k + 1, len(words)
    last_cap = 0
    while i < n and i - k <= _MAX_FIELD:
        w = words[i]
        if is_cap(w.core):
            if not _field_word(w.core) or w.poss:
                return 0
            last_cap = i
            if w.brk:
                break
        elif w.core in _INNER and last_cap == i - 1 and not w.brk:
            pass
        else:
            break
        i += 1
    else:
        if i - k > _MAX_FIELD:
            return 0
    if not last_cap:
        return 0
    nxt = last_cap + 1
    if not words[last_cap].brk and nxt < n and is_cap(words[nxt].core):
        return 0                              # the capitalised run goes on: something else's name
    return last_cap - k + 1
