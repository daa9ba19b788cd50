"""A name typed person that stands right after a noun of a work is the work's title, no person
(issue 14, persons; round t-ents43, on the session-22 amendment).

A report names a film, a book, a show or another report by its title after the noun of its kind:
"The 2018 HRW report You Cry at Night but Don't Know Why reported …" (2020 North Korea), "several
scenes in the movie Bohemian Rhapsody …" (2019 China), "the three hosts of the daily talk show
Enfoque Matinal announced …" (2018 Dominican Republic): three unread reports judged before the rule.
The model labelled the title's first words PERSON, and they became a person record. The nouns are
data (``work_nouns_before`` in ``extract/data/entities.toml``), lower case, right before the name;
not "show" alone nor "reports", which are verbs as often ("videos show X").

The group is dropped, not retyped: a work is no entity of the ledger. One such mention is enough
(the film is also "including Bohemian Rhapsody" elsewhere), and so is an occurrence of one of its
names of two words or more that the model did not label (a mention ``recover_mentions`` would add
later: the model labelled "including Bohemian Rhapsody" only, not "the movie Bohemian Rhapsody"); a group with a role keeps the record
(a role is said of a person), and so does a mention that owns something ("the report X's office
filed": X the author).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..common import after_phrase
from ..lexicon import WORK_NOUN_BEFORE

if TYPE_CHECKING:
    from ..common import Group

def after_work_noun(text: str, start: int, end: int) -> bool:
    """Does the name at ``start``–``end`` stand right after a lower-case noun of a work ("the movie
    X", "the talk show X") and own nothing ("X's")?"""
    return after_phrase(WORK_NOUN_BEFORE, text, start, end, 30)


def _written_after_work_noun(text: str, g: "Group") -> bool:
    """Does a mention of ``g``, or an occurrence of one of its names of two words or more (a mention
    ``recover_mentions`` adds later), stand right after a noun of a work?"""
    if any(after_work_noun(text, s, e) for s, e in g.mentions):
        return True
    return any(after_work_noun(text, m.start(), m.end())
               for form in g.forms if len(form.split()) >= 2
               for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text))


def persons_not_work_titles(persons: list["Group"], text: str) -> list["Group"]:
    """``persons`` without the groups that have no role and are written right after a noun of a work."""
    return [g for g in persons if g.roles or not _written_after_work_noun(text, g)]
