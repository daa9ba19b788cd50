"""Names typed person that end in the plural of a people's word (issue 14, t-ents12).

Found on reports nobody annotated (2020 Serbia "Bosniaks", 2020 Iraq "Faili Kurds", 2023
Pakistan "Dawoodi Bohra Muslims" of the round's twelve), so the rule is stated by a word class,
not by those sentences: a person's name does not end in the plural of a word the report itself
uses for a people or a faith. "A people's word" is what the model tagged NORP, taken as one
whole word of its own ("Kurd", "Muslims", "Bosniak"); the model gives NORP to persons' names too
(t-ents11: Armenian names in "-yan"), so only the plural shape counts: the last word ends in a
single "s" after a consonant other than "s" ("Kurds", "Muslims"; not "Abbas", "Francis",
"Jones", "Ross") and the report tags its singular or that very plural NORP. Peoples are no entity
(docs/EVALUATION.md, Places: "Not nationalities"); the candidate is dropped.
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import fold
from ..common import Cand

#: a plural: a consonant (not "s") before one final "s" ("Kurds", "Bosniaks", "Muslims")
_PLURAL = re.compile(r"[a-z]{2,}[b-df-hj-np-rtv-z]s$")


def _people_plural(word: str, norp_words: set[str]) -> bool:
    """The word is the plural of a people's or faith's word the report tags NORP."""
    k = fold(word)
    return bool(_PLURAL.search(k)) and (k[:-1] in norp_words or k in norp_words)


def peoples_not_persons(typed: list[Cand], norp_words: set[str]) -> list[Cand]:
    """``typed`` without the persons whose name ends in a people's plural ("Faili Kurds")."""
    return [c for c in typed
            if not (c.type == "person" and c.text.split()
                    and _people_plural(c.text.split()[-1], norp_words))]
