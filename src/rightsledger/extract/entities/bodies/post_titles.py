"""A post held by a named person read as a body's name (issue 14, organizations; t-orgs56, on the session-22
amendment).

"Commissioner for Values and Transparency <name> stated", "Spokesperson for the Council for Ethnic Minorities,
<name>, called", "Hesse's Commissioner for Jewish Life and the Fight Against Antisemitism <name>", "EU
Commissioner for Home Affairs <name> tweeted": a post noun (``post_title_words``) then "for" and the portfolio
is the title of the person named right after it. The model reads the capitalised phrase as an ORG and the
report's record of it was an organization: judged false in four unread reports (2021 Denmark, 2022 Spain, 2022
Germany, 2021 Hungary; round record t-orgs56); the dev gold records no organization that starts at either noun.

A body group all of whose forms, its acronyms aside, are such a title (one capitalised front word at most, not
a ``post_title_front_stops`` word: "UN High Commissioner for Refugees" stays) and every mention of which is
followed on its line by a person's name — after a comma, or after more words of the title (capitalised, or of
``post_title_gap_words``) — is no record. A title with no holder named after it ("the Council of Europe's
Commissioner for Human Rights asserted", "the Independent Commissioner for … operates a helpline") is an
office acting and keeps its record; so does "Office of the Commissioner for …" (another head word first).
"""
from __future__ import annotations

from ..common import Cand, Group, is_acronym
from ..lexicon import POST_TITLE, POST_TITLE_GAP


def holder_named_after(text: str, end: int, person_starts: set[int]) -> bool:
    """Does a person's name start after ``end``, past a comma or more words of the title, on the same line?"""
    return any(POST_TITLE_GAP.fullmatch(text, end, p) for p in person_starts if p > end)


def is_post_title(g: Group, text: str, person_starts: set[int]) -> bool:
    """Is ``g`` a body group whose forms are a post's title and whose every mention names the holder after it?"""
    forms = [f for f in g.forms if not is_acronym(f)]
    return (g.type == "organization" and bool(forms) and all(POST_TITLE.match(f) for f in forms)
            and all(holder_named_after(text, end, person_starts) for _, end in g.mentions))


def without_post_titles(groups: list[Group], text: str, typed: list[Cand]) -> list[Group]:
    """The body groups that are not a post's title before its holder's name (see the module)."""
    person_starts = {c.start for c in typed if c.type == "person"}
    return [g for g in groups if not is_post_title(g, text, person_starts)]
