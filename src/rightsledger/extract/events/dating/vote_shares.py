"""Shares of the vote are an election's result, not a statistic (round t-events19, issue 14).

``occurrences`` drops an undated sentence that holds a percentage ("courts acquitted 0.4 percent of
defendants": a statistic of the year, ``dated.STATISTIC``). An election told with its result — "Voters
elected X as president with 36.4 percent of the vote", "The party won 40 seats with 53 percent of the
vote", "97 percent of voters in a referendum voted for independence" — lost its event to that guard in
four dev reports (2001 Somalia, 2011 Guinea, 2016 Malawi, 2016 Niger) and one unread report (2018 Cabo
Verde, three sentences). A percentage is a share of the vote when it is "of" a noun of
``vote_share_nouns`` ("of the vote", "of registered voters") or the object of "with" on the election's
own verb or on what was won ("won 29 seats with 37 percent"); turnout stays a statistic. Only an
election's main occurrence is let through, and only when every percentage of the sentence is such a share.
The dated path's ``dated_statistics.rate`` (a noun trigger under a verb of state with a rate word) asks the same.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import VOTE_SHARE_NOUNS, WON_THINGS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ...dates import DateMention

_PERCENT = ("percent", "%", "percentage")


def _share(pct: "Token") -> bool:
    """``pct`` ("percent") is "of the vote/voters", or the object of "with" on a verb ("won … with 37
    percent")."""
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in VOTE_SHARE_NOUNS
                                                        for o in p.children if o.dep_ == "pobj")
           for p in pct.children):
        return True
    head = pct.head
    return pct.dep_ == "pobj" and head.lower_ == "with" and (
        head.head.pos_ in ("VERB", "AUX") or head.head.lemma_.lower() in WON_THINGS)  # ("won 29 seats with 37 percent")


def vote_shares(sent: "SpacySpan", type_: str | None) -> bool:
    """The occurrence is an election and every percentage in ``sent`` is a share of its vote (no
    "turnout"). Also the dated path's test: "In May a referendum was held with 97 percent of voters
    supporting …" is no rate of state ("held 30 percent of the seats", ``dated_statistics.rate``)."""
    if type_ != "election_or_referendum" or any(t.lower_ == "turnout" for t in sent):
        return False
    pcts = [t for t in sent if t.lower_ in _PERCENT]
    return bool(pcts) and all(_share(p) for p in pcts)


def vote_shares_only(sent: "SpacySpan", type_: str, mentions: "list[DateMention]", year: str) -> bool:
    """``vote_shares`` for an undated sentence. A sentence dated otherwise than by the report ``year``
    ("during the year") is left to the dated path: "On February 21, … elections in which X won 48.4
    percent of the vote" would otherwise gain a second record of the report year (2016 Niger)."""
    return not any(m.date and m.date != year for m in mentions) and vote_shares(sent, type_)
