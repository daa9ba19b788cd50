"""Figures: every count, amount, percentage and sum of money stated in the prose.

``extract_figures(annotated)`` finds the numbers of each paragraph with
:func:`numbers.find_numbers` and keeps the ones that are figures (docs/EVALUATION.md):

- kept: kinds ``count``, ``money`` and ``percent`` — digits or words, fractions
  ("one-half" = 0.5), ranges (one figure, ``value`` and ``value_end``); an amount
  restated in another currency ("500 birr ($10)") is a figure of its own (one record per
  number, as in the gold), with the same ``what``;
- dropped: dates and years, article/law/section numbers and list labels, ordinals,
  ages, clock times, *all durations* ("48 hours", "a 15-day state of emergency",
  "sentenced to seven years") — penalty lengths belong to events and provisions, legal
  time limits to provisions, and a duration is not a count of things; counts of time
  units and degrees ("30 seconds"); the quantities of legal rules (``provisions.rule_mentions``
  decides, per sentence); "one of the …" (the count is the other number); a count that
  points back to one made earlier in the paragraph ("detained six activists … two of the six
  activists": the same value and counted noun after "the"/"these"/"those"; "the 11", "all 11"
  with no noun, standing for a count made before in the report); compound
  modifiers ("a three-step procedure") but not the size of a body ("the 220-seat
  parliament", "a 16,000-member unit": ``sized_nouns`` of data/figures.toml); the
  denominator of a rate ("per 100,000 live births"); numbers glued to names ("COVID-19");
  a fine a rule sets ("may be fined up to …") and any number in the clause of a modal of
  obligation or permission ("NGOs must register with three ministries"), not "may have";
  lengths ("18 miles"); "one" picking a source ("One NGO reported", "according to one NGO")
  or a member of a pair ("as long as one parent is a citizen": ``pair_nouns``).

For each figure the dependency parse gives ``what`` — the counted noun with its
modifiers and the verb it belongs to ("persons died", "criminal cases of torture
opened") — and ``unit`` (``persons`` for people, ``percent``, the currency code, else
the counted noun's lemma); ``source`` comes from "according to X" or from the subject
of a reporting verb ("the government stated …") that governs the number.

Figures about the same quantity given differently are grouped by ``disputes.disputed``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Figure, Span
from ..annotate import paragraph_text
from ..lexicons import alternation, lexicon
from ..numbers.roles import names_a_thing
from ..numbers import NumberMention, find_numbers
from ..provisions import rule_mentions
from ..provisions.changes import changed_rules, replaced
from ..provisions.frames import PERIOD_COUNT
from ..provisions.quantities import pay_rates
from ..provisions.limits import legal_limits
from ..provisions.quorums import quorum_shares
from ..provisions.shares import present_shares
from ..provisions.rule_penalties import bound_terms
from ..provisions.standing import standing_limits

from .multiples import word_multiples

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..annotate import Annotated

FIGURE_KINDS = ("count", "money", "percent")
_L = lexicon("figures")
SIZED = re.compile(rf"-{alternation(_L['sized_nouns'])}\b", re.I)  # "155-seat", "16,000-member"
ONE_IDIOM = re.compile(alternation(_L["one_idioms"]), re.I)  # "In one case", "One such law"
_TIME = r"(?:years?|months?|weeks?|days?|hours?)"
SUSPENDED_TIME = re.compile(rf"-\s+(?:to|or|and)\s+\S+?-{_TIME}\b", re.I)  # "one- to three-month"
TIME_AND = re.compile(rf"\b{_TIME}\s+and\s+(?:an?\s+)?$", re.I)  # "a year and one-half"
RATE_BEFORE = re.compile(rf"\b{alternation(_L['rate_before'])}\s+$", re.I)  # "per 100,000 live births"
FINE_BEFORE = re.compile(alternation(_L["fine_before"]), re.I)  # "may be fined up to …"
FINE_AFTER = re.compile(alternation(_L["fine_after"]), re.I)  # "a 685,055 shilling ($195) fine"
RULE_MOOD = re.compile(alternation(_L["rule_mood"]), re.I)
POINTING_BACK = re.compile(rf"\b{alternation(_L['pointing_back'])}\s+$", re.I)  # "charged the 11 with"
# "the six officers" right after "six officers" were counted: a count that points back
POINTER_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
PERSON_NOUNS = {
    "person", "people", "individual", "man", "woman", "child", "men", "women", "children",
    "persons", "individuals", "citizen", "resident", "civilian",
}
TIME_NOUNS = {"degree", "second", "minute", "hour", "day", "week", "month", "year", "decade",
              "time", "century", "night", "weekend", "term", "session"}
LENGTH_NOUNS = frozenset(_L["length_nouns"])  # "18 miles from Mbah": a measure
TIMES_WORDS = frozenset(_L["times_words"])  # "stabbed 17 times", "four times its capacity"
FREQUENCY = re.compile(rf"\s+{alternation(_L['frequency_after'])}\s+(?:\w+\s+)?{_TIME}\b", re.I)
COUNT_NOUNS = {"number", "total", "toll", "count", "figure", "tally"}
REPORT_VERBS = {
    "report", "state", "say", "estimate", "claim", "note", "announce", "record", "document",
    "assert", "indicate", "allege", "count", "confirm", "find", "show", "register",
    "acknowledge", "tell", "publish", "cite", "calculate", "put", "identify", "list",
    "verify", "declare", "disclose", "suggest", "conclude", "maintain", "insist", "add",
}
RULE_MODALS = frozenset(_L["rule_modals"])
PAIR_NOUNS = frozenset(_L["pair_nouns"])  # "one parent", "one domestic partner": a member of a pair
PAIR_BEFORE = re.compile(rf"{alternation(_L['pair_before'])}\s+$", re.I)  # "as long as one parent"
ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)
CONTRAST_AFTER = alternation(_L["contrast_after"])  # "… to another as gifts", "the other for eight years"
SOURCE_STOP = re.compile(r"\s*(?:,|;|\(|\bwhich\b|\bwho\b|\bthat\b).*$", re.S)
# "according to X": X runs to a comma, a bracket or the end ("U.N." stops nothing)
ACCORDING = re.compile(
    r"\baccording\s+to\s+(?P<src>(?:[^,;.()]|(?<=\b[A-Z])\.)+?)"
    r"(?=\s*(?:,|;|\.(?<!\b[A-Z]\.)|\(|$|\bin\s+(?:its|a|an|their|his|her)\b))", re.I)


def extract_figures(annotated: "Annotated") -> list[Figure]:
    """All figures of a document, in text order, ids ``{doc_id}:fig:{n}``."""
    doc_id = annotated.document.id
    text = annotated.text
    out: list[Figure] = []
    rule_cache: dict[int, set[int]] = {}
    for ap in annotated.paragraphs:
        ptext = paragraph_text(ap.doc)
        base = ap.start
        multiples = word_multiples(ptext, lambda pos: _sentence_text(annotated, base + pos))
        mentions = sorted((m for m in (*find_numbers(ptext), *multiples) if _is_candidate(m, ptext)),
                          key=lambda m: m.start)
        if not mentions:
            continue
        counted: set[tuple[float, str]] = set()  # (value, counted noun) of this paragraph
        for m in mentions:
            sent = annotated.sentence_at(base + m.num_start)
            if sent is None:
                continue
            if sent.start not in rule_cache:
                parsed = ap.doc.char_span(sent.start - base, sent.end - base,
                                          alignment_mode="expand")
                stext = text[sent.start:sent.end]  # a legal limit cited in narration is a
                rules = rule_mentions(stext, parsed)  # a replaced amount stays a figure ("from 40,000 francs to …")
                old = {id(r) for r in replaced(stext, rules) if r.kind == "money"}
                rule_cache[sent.start] = {  # provision too ("did not pass the 7 percent threshold")
                    sent.start + r.num_start
                    for r in (*rules, *legal_limits(stext), *changed_rules(stext), *pay_rates(stext),
                              *present_shares(stext, parsed), *quorum_shares(stext, parsed),
                              *standing_limits(stext, parsed), *bound_terms(stext, parsed)) if id(r) not in old}
            if base + m.num_start in rule_cache[sent.start]:
                continue
            if m.kind == "count" and rule_cache[sent.start] and PERIOD_COUNT.match(ptext, m.num_end):
                continue  # "at least one 24-hour rest period": the rule's period, no count
            if m.kind == "money" and _fine_of_a_rule(m, ptext, text[sent.start:sent.end]):
                continue  # "Violators may be fined up to 960,000 shillings": the rule's quantity
            root = _root_token(ap.doc, m)
            if root is not None and names_a_thing(root):
                continue  # "the 4.5 formula": a label, not a count
            noun = _counted_noun(root, m) if root is not None else None
            if m.kind == "count" and noun is not None and (_duration(noun, ptext)
                                                           or _length(noun)):
                continue
            if root is not None and _in_rule_clause(noun if noun is not None else root):
                continue  # "NGOs must register with three entities": a rule's quantity
            if (m.kind == "count" and noun is not None and noun.i < root.i
                    and noun.dep_ == "compound"):
                continue
            if _word_one(m, ptext) and noun is not None and (
                    noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORT_VERBS
                    or ACCORDING_TO.search(ptext[max(0, m.start - 16):m.start])):
                continue  # "One NGO reported …", "according to one NGO": "one" picks a source
            if _word_one(m, ptext) and noun is not None and _one_of_a_pair(m, ptext, noun):
                continue  # "as long as one parent is a citizen": "one" picks a member of a pair
            if noun is None and _pronoun_one(m, ptext, root):
                continue  # "two reporters were beaten, one in May and one in July"
            if noun is None and _points_back(m, ptext, root):
                continue  # "The government charged the 11 with …", "released all 11"
            if m.kind == "count" and noun is not None:
                key = (float(m.value), noun.lemma_.lower())
                if key in counted and POINTER_BEFORE.search(ptext[max(0, m.start - 8):m.start]):
                    continue  # "charged six officers … Four of the six officers": points back
                counted.add(key)
            out.append(Figure(
                id=f"{doc_id}:fig:{len(out) + 1}", doc=doc_id, value=m.value, unit=_unit(m, noun),
                what=_what(root, noun, m), qualifier=m.qualifier,
                source=_source(root, text[sent.start:sent.end]) if root is not None else None,
                section=annotated.section_at(base + m.num_start),
                evidence=Span.of(text, sent.start, sent.end), value_end=m.value_end,
            ))
    return out


def _sentence_text(annotated: "Annotated", offset: int) -> str:
    """The text of the parsed sentence holding ``offset`` ("" outside every sentence)."""
    sent = annotated.sentence_at(offset)
    return annotated.text[sent.start:sent.end] if sent is not None else ""


# ---------------------------------------------------------------------------- filters


def _is_candidate(m: NumberMention, ptext: str) -> bool:
    if m.kind not in FIGURE_KINDS:
        return False
    before = ptext[max(0, m.num_start - 2):m.num_start]
    after = ptext[m.num_end:m.num_end + 2]
    if re.fullmatch(r"[A-Za-z]-", before):            # COVID-19, Kazakhstan-2050
        return False
    if m.kind == "count" and re.match(r"-[A-Za-z]", after) and not SIZED.match(ptext, m.num_end):
        return False  # "three-step", not "155-seat"
    if m.value == 1 and m.value_end is None and any(
            i.start() <= m.num_start < i.end() for i in ONE_IDIOM.finditer(ptext, max(0, m.num_start - 4), m.num_end + 12)):
        return False  # "In one case, …", "One such law …"
    if m.kind == "count" and (SUSPENDED_TIME.match(ptext, m.num_end) or m.value < 1
                              and TIME_AND.search(ptext[max(0, m.start - 16):m.start])):
        return False  # "one- to three-month extensions", "a year and one-half": durations
    if m.kind == "count" and RATE_BEFORE.search(ptext[max(0, m.start - 16):m.start]):
        return False  # the denominator of a rate
    if (m.kind == "count" and m.value == 1 and m.value_end is None
            and re.match(r"\s+of\s+(?:the|these|those|its|his|her|their|our|them|us|which|whom)\b",
                         ptext[m.num_end:m.num_end + 12], re.I)):
        return False  # "one of the defendants": the count is the other number
    if _word_one(m, ptext) and re.match(r"\s+of\b", ptext[m.num_end:m.num_end + 4], re.I):
        return False  # "one of two traditions", "one of six categories": a pronoun
    if _word_one(m, ptext) and m.qualifier == "more than":
        return False  # "to have more than one wife": a plural, not a count
    if _word_one(m, ptext) and _one_and_other(ptext, m.num_end):
        return False  # "separatists from one country on the territory of the other"
    return True


def _duration(noun: "Token", ptext: str) -> bool:
    """"three years", "45 minutes": a length of time (no figure). "N times" counts occurrences or
    multiplies ("stabbed 17 times", "four times its capacity"), a figure, unless a period makes it
    a frequency ("three times a week")."""
    if noun.lower_ in TIMES_WORDS:
        return bool(FREQUENCY.match(ptext, noun.idx + len(noun.text)))  # "three times a week"
    return noun.lemma_.lower() in TIME_NOUNS


def _length(noun: "Token") -> bool:
    """"18 miles", "five feet": a length (a measure, no figure); "120 square kilometers" is
    an area, a figure (kestria gold)."""
    return ((noun.lemma_.lower() in LENGTH_NOUNS or noun.lower_ in LENGTH_NOUNS)
            and not any(c.lower_ in ("square", "cubic") for c in noun.children))


def _in_rule_clause(tok: "Token") -> bool:
    """Is the verb that governs ``tok`` under a modal of obligation or permission ("must
    register", "should receive", "may be derived"), not one of conjecture ("may have killed")?"""
    verb = _governing_verb(tok)
    if verb is None:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & RULE_MODALS) and "have" not in aux


def _fine_of_a_rule(m: NumberMention, ptext: str, sentence: str) -> bool:
    """Is the amount a fine that a rule sets ("may be fined up to 960,000 shillings ($274)",
    "the fine is increased to …", "carry a 685,055 shilling ($195) fine")? data/figures.toml."""
    near = (FINE_BEFORE.search(ptext[max(0, m.start - 80):m.start])
            or FINE_AFTER.search(ptext[m.end:m.end + 24]))
    return bool(near) and RULE_MOOD.search(sentence) is not None


def _one_and_other(ptext: str, end: int) -> bool:
    """Is "one <noun>" the first half of a contrast ("from one country … of the other",
    "dominated by one clan … from another clan", "One perpetrator was sentenced to 10 years
    and the other to 15", "passed from one owner to another", "favor one race over another"),
    where "one" picks a member of a pair or group, not a count? data/figures.toml ``contrast_after``."""
    noun = re.match(r"\s+([a-z]+)", ptext[end:end + 30])
    if noun is None:
        return False
    rest = ptext[end + noun.end():end + noun.end() + 90]
    word = re.escape(noun.group(1).rstrip("s"))
    ends = rf"(?=\s*[.,;)]|\s+{word}\b|\s+{CONTRAST_AFTER}\b)"  # "the other for …", "to another as gifts"
    return bool(re.search(rf"\b(?:the\s+other|another){ends}", rest, re.I))


def _one_of_a_pair(m: NumberMention, ptext: str, noun: "Token") -> bool:
    """Does "one" pick a member of a pair in a condition or after a preposition ("as long as one
    parent is a citizen", "born of one citizen parent", "by one domestic partner"; data/figures.toml
    ``pair_nouns``, ``pair_before``), not joined to another count ("of one parent and two children")?"""
    if noun.lemma_.lower() not in PAIR_NOUNS and noun.lower_ not in PAIR_NOUNS:
        return False
    if not PAIR_BEFORE.search(ptext[max(0, m.start - 24):m.start]):
        return False
    joined = [noun.head] if noun.dep_ == "conj" else []
    joined += [c for c in noun.children if c.dep_ == "conj"]
    return not any(c.dep_ == "nummod" for t in joined for c in t.children)


def _word_one(m: NumberMention, ptext: str) -> bool:
    """Is the mention the word "one" alone (not "1", not "one-third", not a range)?"""
    return (m.kind == "count" and m.value == 1 and m.value_end is None
            and ptext[m.num_start:m.num_end].lower() == "one")


# "one in five", "one to 14,800", "one out of ten", "one for every three": a ratio's half
RATIO_AFTER = re.compile(r"\s+(?:in|to|out\s+of|for\s+every)\s+(?:\d|a\b|an\b|every\b|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b)",
                         re.I)


def _pronoun_one(m: NumberMention, ptext: str, tok: "Token | None") -> bool:
    """The word "one" counting no noun is a pronoun ("one was serving a sentence", "one in
    Bengo", "one for foreign outlets"), not a figure (docs/EVALUATION.md), unless it is
    half of a ratio or adds to a count of its own ("three citizens and one from abroad")."""
    if not _word_one(m, ptext) or RATIO_AFTER.match(ptext, m.num_end):
        return False
    return not (tok is not None and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "nummod" for c in tok.head.children))


def _points_back(m: NumberMention, ptext: str, tok: "Token | None") -> bool:
    """A bare count after "the"/"all" with no noun of its own ("charged the 11 with …", "released
    all 11", "the two were arrested") stands for persons counted before: not a new figure."""
    return (m.kind == "count" and m.value_end is None and m.qualifier == "exact" and tok is not None
            and tok.pos_ == "NUM" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
            and POINTING_BACK.search(ptext[max(0, m.start - 12):m.start]) is not None)


# ---------------------------------------------------------------------------- parse


def _root_token(doc: "Doc", m: NumberMention) -> "Token | None":
    span = doc.char_span(m.num_start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _counted_noun(tok: "Token", m: NumberMention) -> "Token | None":
    """The noun the number counts: "persons" in "238 persons", "cases" in "25 percent of
    cases", "deaths" in "the number of deaths was 260"."""
    t = tok
    if t.lower_ == "dozen":  # "a dozen journalists"
        if t.head.pos_ in ("NOUN", "PROPN") and t.head is not t:
            return t.head
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
        return None
    # percent/currency inside the mention: the counted noun hangs off "of"
    if m.kind in ("percent", "money") or t.pos_ in ("NOUN", "PROPN") and t.like_num is False:
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None if m.kind != "count" else t
    if t.dep_ == "nummod" and t.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return t.head
    if (t.dep_ in ("quantmod", "compound") and t.head.dep_ == "nummod"
            and t.head.head.pos_ in ("NOUN", "PROPN")):
        return t.head.head
    if t.head.lemma_ == "be" and t.dep_ in ("attr", "npadvmod", "acomp", "dobj"):
        # "the number of deaths was … approximately 260", "the toll was 40"
        for subj in t.head.children:
            if subj.dep_ == "nsubj" and subj.lemma_.lower() in COUNT_NOUNS:
                for child in subj.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        return next((o for o in child.children if o.dep_ == "pobj"), subj)
                return subj
    for child in t.children:  # "12 of the 20 persons", "one of the defendants"
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _noun_phrase(noun: "Token") -> str:
    """The noun with its adjectives/compounds and one "of/with/from/against/in" complement."""
    words = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and not c.like_num
             and c.pos_ not in ("DET", "NUM", "PRON")]
    parts = [w.text.lower() if w.pos_ != "PROPN" else w.text for w in words]
    parts.append(noun.text.lower() if noun.pos_ != "PROPN" else noun.text)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "with", "from", "against", "in"):
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if objs and len(" ".join(parts)) < 40:
                obj = objs[0]
                mods = [c.text.lower() for c in obj.lefts if c.dep_ in ("amod", "compound")
                        and not c.like_num and c.pos_ not in ("DET", "NUM", "PRON")]
                parts.extend([child.lower_, *mods,
                              obj.text.lower() if obj.pos_ != "PROPN" else obj.text])
            break
    return " ".join(parts)


def _governing_verb(tok: "Token") -> "Token | None":
    """The nearest verb above ``tok`` ("died" for "persons" in "238 persons … died")."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("ROOT",) and t.pos_ not in ("VERB", "AUX"):
            return None
        t = t.head
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT"):
            return t
    return None


def _what(root: "Token | None", noun: "Token | None", m: NumberMention) -> str | None:
    if root is None:
        return None
    anchor = noun if noun is not None else root
    verb = _governing_verb(anchor)
    head = _noun_phrase(noun) if noun is not None and not noun.like_num else None
    if m.kind == "percent" and head:
        head = f"percent of {head}" if not head.startswith("percent") else head
    elif m.kind == "percent":
        head = "percent"
    elif m.kind == "money" and head is None:
        head = "money"
    verb_text = verb.text.lower() if verb is not None and verb.lemma_ != "be" else None
    return " ".join(p for p in (head, verb_text) if p) or None


def _unit(m: NumberMention, noun: "Token | None") -> str | None:
    if m.kind == "percent":
        return "percent"
    if m.kind == "money" or m.unit == "times":
        return m.unit  # a word multiplier: "double the rate" (multiples.py)
    if noun is None or noun.like_num or noun.pos_ in ("PRON", "DET"):
        return None
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS:
        return "persons"
    return lemma


def _source(root: "Token", sentence: str) -> str | None:
    """To whom the sentence attributes the number, or None."""
    acc = ACCORDING.search(sentence)
    if acc:
        return _clean_source(acc.group("src"))
    t = root
    for _ in range(10):
        if t.head is t:
            break
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in REPORT_VERBS:
            for child in t.children:
                if child.dep_ in ("nsubj",) and not any(x.i == root.i for x in child.subtree):
                    return _clean_source(_subtree_text(child))
                if child.dep_ == "agent":  # "was reported by X"
                    objs = [o for o in child.children if o.dep_ == "pobj"]
                    if objs:
                        return _clean_source(_subtree_text(objs[0]))
    return None


def _subtree_text(tok: "Token") -> str:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i:toks[-1].i + 1].text


def _clean_source(src: str) -> str | None:
    src = SOURCE_STOP.sub("", src).strip()
    src = re.sub(r"^(?:data|statistics|figures|information)\s+(?:from|of|by)\s+", "", src,
                 flags=re.I)
    if not src or src.lower() in ("it", "he", "she", "they", "we", "this", "which", "who"):
        return None
    words = src.split()
    if len(words) > 10:
        src = " ".join(words[:10])
    if words[0] in ("The",):
        src = "the " + src[4:]
    return src
