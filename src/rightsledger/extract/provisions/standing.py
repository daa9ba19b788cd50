"""Durations and amounts a present-tense rule fixes after a bare comparator or "for" ("Migrants who
have resided in the country more than seven years are eligible for permanent residence", "Defendants
charged with arson are ordinarily ineligible for release for 90 days", "Those convicted have one
opportunity to appeal sentences longer than six months and fines of more than 300 florins ($40)",
"The police may hold a suspect another 72 hours with a judge's consent").

``deadlines.present_limits`` reads durations after the words of a deadline ("within", "up to",
"no more than"); these say what a class of persons is eligible, entitled or liable to, or what an
authority may or must do, and put the quantity after "more/longer/less than", "for", "another" or
"an additional". Such a quantity counts when its clause (cut at ``CLAUSE_BREAK``) has no past tense,
has a present verb or a granting modal (``standing_modals``), and holds a word of standing
(``standing_lemmas``) or that modal; the sentence carries no date, and no custom or practice
(``not_law_subjects``) comes before the quantity. A duration glued to its unit ("two-week periods")
modifies a noun and is left out (t-prov13's open question on glued periods). A money amount's
bracketed equivalent goes with it (docs/EVALUATION.md, "Figures and provisions"). Seen missed on four
unread reports (2016 Djibouti, 2018 Oman, 2019 Eswatini, 2021 Trinidad and Tobago; issue 14, round
t-prov14)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicons import alternation, lexicon
from ..numbers import NumberMention
from .norms import undated_rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

_L = lexicon("provisions")
STANDING_LEMMAS = frozenset(_L["standing_lemmas"])
STANDING_MODALS = frozenset(_L["standing_modals"])
CUSTOM = re.compile(rf"\b{alternation(_L['not_law_subjects'])}\b", re.I)  # "tradition dictates the widow must …"
GLUED = re.compile(r"\w[-\u2010\u2011]\w*(?:year|month|week|day|hour|minute)s?\b", re.I)
COMPARATOR_BEFORE = re.compile(
    r"\b(?:(?:more|longer|less|shorter|fewer)\s+than|for|another|an?\s+(?:additional|further))\s+$", re.I)


def standing_limits(sentence: str, sent: "SpacySpan | None") -> list[NumberMention]:
    """The durations and amounts of ``sentence`` that a present-tense rule of standing fixes (module
    docstring); offsets in ``sentence``. Empty when the sentence is dated or unparsed."""
    found, clauses = undated_rule_numbers(sentence, sent)
    if clauses is None:
        return []
    out: list[NumberMention] = []
    for m in found:
        if m.kind == "money" and m.equivalent and out and out[-1].kind == "money" \
                and 0 <= m.start - out[-1].end < 6:
            out.append(m)  # "480 rials ($1,250)": the equivalent goes with the amount
            continue
        if m.kind not in ("duration", "money") or not COMPARATOR_BEFORE.search(sentence[max(0, m.start - 30):m.start]):
            continue
        if CUSTOM.search(sentence, 0, m.start) or GLUED.search(m.text):
            continue  # custom; "renewable for one-month periods": a period's modifier, no limit
        _, _, toks = clauses.around(m.start)
        tags = {t.tag_ for t in toks}
        if "VBD" in tags or any(t.tag_ == "MD" and t.lower_ not in STANDING_MODALS for t in toks):
            continue  # narrated, or "could"/"would"/"can"
        modal = any(t.tag_ == "MD" and t.lower_ in STANDING_MODALS for t in toks)
        standing = any(t.lemma_.lower() in STANDING_LEMMAS or t.lower_ in STANDING_LEMMAS for t in toks)
        if (modal or (standing and tags & {"VBZ", "VBP"})):
            out.append(m)
    return out
