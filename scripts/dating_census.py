"""How the DEV gold dates open dating shapes (rounds t-conv14 and t-conv15, issue 14).

The dating companion of ``act_census.py``: candidates are found from the report text and the parse
alone (the pipeline's date finder ``extract.dates.scan.find_dates``, its spaCy model, the trigger tables
of ``extract/data/events.toml``; no system output), so that an annotator of held-out or test gold can
list them blind (``--candidates``). On the dev gold files that are not held out, each candidate
sentence is looked up in the gold (the events whose evidence overlaps it, and their dates).

- ``P`` (a past-year episode continued): a sentence without a date expression of its own, in the
  same paragraph as, and after, a sentence whose only dates name a year before the report year
  (no day or month), with no dated sentence between them. Sub-shapes by the tie the episode rule
  of docs/EVALUATION.md ("Dating by episode") names: ``tied`` (a follower, a wound word or "the
  same <episode noun>"), ``next-act`` (a violent act or casualty, ``episode_acts``, in the very
  next sentence after an opener, ``episode_openers``), ``next-same`` (the next sentence holds a
  trigger of a type the episode's sentence holds), ``next-other``, ``later`` (further on, untied:
  later steps and other kinds, which the convention leaves ``year`` whatever the episode's
  precision), ``election`` (the episode is an election: settled before, ``episodes.past_election``).
  Only sentences with a gold event say anything about dating. The gold reading:
  ``episode`` (an overlapping gold event dated to the earlier year), ``year`` (gold events, none of
  that year), ``no event``.
- ``M`` (a month-labelled noun): a month or day without a year of its own that modifies a noun (the
  parse: ``compound``/``nmod``/``amod``/``npadvmod``; what ``date_labels.month_label`` dates since round
  t-dates7). Sub-shapes by the noun's place: ``ref`` (the object of a preposition of sequence,
  ``reference_preps``: "after the July ceasefire", "following the March ban", "ahead of the May
  vote"), ``of`` (the object of "of" under another noun: "the results of the March elections"),
  ``frame`` (the object of another preposition: "during the June campaign", "at a May hearing"),
  ``core`` (subject or object of its clause: "A May inspection found …"). The gold reading:
  ``month`` (an overlapping gold event dated to that month or day), ``other`` (gold events, none of
  that month), ``no event``.

- ``E`` (round t-conv15): a sentence narrated on after a day- or month-dated episode of its paragraph,
  beyond the written ties; shapes and readings in ``episode_shapes.py``.

    PYTHONPATH=src python scripts/dating_census.py [--list] [--text]
    PYTHONPATH=src python scripts/dating_census.py --candidates held-out|test [--offsets] [--annotator]

``--text`` prints the sentences at run time (nothing of it is committed).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention_census import SENTENCE, dev_documents, events_of, overlapping  # noqa: E402
from convention_census import held_out as _held_out  # noqa: E402

from rightsledger.extract.annotate import load_nlp  # noqa: E402
from rightsledger.extract.dates import find_dates  # noqa: E402
from rightsledger.extract.events.dating.attach import date_root  # noqa: E402
from rightsledger.extract.events.lexicon import (  # noqa: E402
    EPISODE_ACTS, EPISODE_FOLLOWERS, EPISODE_NOUNS, EPISODE_OPENERS, EPISODE_WOUNDS, NOUN_TYPES, VERB_TYPES,
)
from rightsledger.read import read_path  # noqa: E402
from episode_shapes import e_reading, episode_candidates  # noqa: E402

_HAS_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# prepositions that place another occurrence before or after the labelled one (its reference point)
REFERENCE_PREPS = frozenset({"after", "following", "before", "since", "until", "prior", "ahead", "pending",
                             "despite", "amid", "preceding"})
LABEL_DEPS = ("compound", "nmod", "amod", "npadvmod")
# the held-out dev reports (preamble of this session): never read by a tuning census
def paragraphs(text: str, ranges: list[list[int]]) -> Iterator[list[tuple[int, int, str]]]:
    """The sentences of the scope, grouped by paragraph (a line break ends one)."""
    para: list[tuple[int, int, str]] = []
    last = None
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        if end - start < 3 or not any(a <= start < b for a, b in ranges):
            continue
        if para and "\n" in text[last:start]:
            yield para
            para = []
        para.append((start, end, text[start:end].rstrip("\n")))
        last = end
    if para:
        yield para


def _types(parsed) -> set[str]:
    return {VERB_TYPES.get(t.lemma_.lower()) if t.pos_ in ("VERB", "AUX") else NOUN_TYPES.get(t.lemma_.lower())
            for t in parsed} - {None}


def _tied(parsed) -> bool:
    for tok in parsed:
        low = tok.lemma_.lower()
        if tok.lower_ in EPISODE_FOLLOWERS or low in EPISODE_WOUNDS and tok.dep_ == "pobj":
            return True
        if tok.lower_ == "same" and tok.head.lemma_.lower() in EPISODE_NOUNS:
            return True
    return False


def past_year_candidates(nlp, text: str, ranges: list[list[int]], year: int
                         ) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, sub-shape, earlier year, sentence) of the P candidates of one report. The episode is
    the last dated sentence of the paragraph when all its dates name one earlier year and no sentence
    before it in the paragraph was dated to the day or month (that episode stands: the 2009 massacre
    named in a sentence about a rally of September 27 is a label)."""
    for para in paragraphs(text, ranges):
        parsed = list(nlp.pipe([t for _, _, t in para], batch_size=64))
        episode: str | None = None
        kinds: set[str] = set()
        fine = False  # a sentence of the paragraph was dated to the day or month
        since = -1
        for k, ((s, e, t), doc) in enumerate(zip(para, parsed)):
            dates = [m for m in find_dates(t, year) if m.date]
            if dates:
                years = {m.date[:4] for m in dates}
                fine = fine or any(m.precision in ("day", "month") for m in dates)
                if not fine and len(years) == 1 and int(min(years)) < year:
                    episode, kinds, since = min(years), _types(doc), k
                else:
                    episode = None
                continue
            if episode is None:
                continue
            types = _types(doc)
            if "election_or_referendum" in kinds:
                sub = "election"  # settled: a past election's paragraph (episodes.past_election)
            elif _tied(doc):
                sub = "tied"
            elif k != since + 1:
                sub = "later"
            elif kinds & EPISODE_OPENERS and types & EPISODE_ACTS:
                sub = "next-act"
            elif (kinds & types) - {"other"}:
                sub = "next-same"
            else:
                sub = "next-other"
            yield s, e, sub, episode, t


def month_label_candidates(nlp, text: str, ranges: list[list[int]], year: int
                           ) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, sub-shape, month date, sentence) of the M candidates of one report."""
    cands = []
    for para in paragraphs(text, ranges):
        for s, e, t in para:
            ms = [m for m in find_dates(t, year) if m.date and m.precision in ("month", "day")
                  and not _HAS_YEAR.search(m.text)]
            if ms:
                cands.append((s, e, t, ms))
    for (s, e, t, ms), doc in zip(cands, nlp.pipe([c[2] for c in cands], batch_size=64)):
        sent = doc[:]
        for m in ms:
            root = date_root(sent, m.start, m.end)
            if root is None or root.dep_ not in LABEL_DEPS or root.head.pos_ not in ("NOUN", "PROPN"):
                continue
            noun = root.head
            while noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            yield s, e, _place(noun), m.date[:7] if m.precision == "month" else m.date, t


def _place(noun) -> str:
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT", "conj") and noun.dep_ != "conj" or \
            noun.dep_ == "conj" and noun.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return "core"
    head = noun.head
    while noun.dep_ == "conj":
        noun, head = head, head.head
    if noun.dep_ == "pobj":
        prep = head.lower_
        up = head.head
        if prep in REFERENCE_PREPS or up.lower_ in REFERENCE_PREPS:  # "prior to", "ahead of"
            return "ref"
        if prep == "of" and up.pos_ in ("NOUN", "PROPN"):
            return "of"
        return "frame"
    return "core"


def p_reading(recs: list[dict], earlier: str) -> str:
    evs = events_of(recs)
    if not evs:
        return "no event"
    return "episode" if any((r.get("date") or "")[:4] == earlier for r in evs) else "year"


def m_reading(recs: list[dict], month: str) -> str:
    evs = events_of(recs)
    if not evs:
        return "no event"
    return "month" if any((r.get("date") or "").startswith(month) for r in evs) else "other"


def _year(doc: str) -> int | None:
    """The report year, from the doc stem ("2011_guinea", "kestria-2009")."""
    m = re.search(r"(?:1[89]|20)\d\d", doc)
    return int(m.group()) if m else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--text", action="store_true")
    parser.add_argument("--candidates", choices=("held-out", "test"),
                        help="count the candidates per sub-shape in the held-out dev or test texts (no gold read)")
    parser.add_argument("--offsets", action="store_true", help="with --candidates: one line per candidate")
    parser.add_argument("--annotator", action="store_true",
                        help="with --candidates: also the held-out reports extractor rounds never open "
                             "(2018 Bulgaria, 2022 Botswana, 2019 Belize, 2023 Slovenia); for annotator rounds only")
    args = parser.parse_args(argv)
    nlp = load_nlp()
    if args.candidates:
        count_candidates(nlp, args.candidates, args.offsets, args.text, args.annotator)
        return
    rows = []
    for doc, text, ranges, records in dev_documents("dev"):
        if _held_out(doc):
            continue
        y = _year(doc)
        if y is None:
            continue
        for s, e, sub, when, t in past_year_candidates(nlp, text, ranges, y):
            rows.append(("P", doc, s, e, sub, when, p_reading(overlapping(records, s, e), when), t))
        for s, e, sub, when, t in month_label_candidates(nlp, text, ranges, y):
            rows.append(("M", doc, s, e, sub, when, m_reading(overlapping(records, s, e), when), t))
        for s, e, sub, when, t in episode_candidates(nlp, paragraphs(text, ranges), y):
            rows.append(("E", doc, s, e, sub, when, e_reading(overlapping(records, s, e), when, y), t))
    for question in ("P", "M", "E"):
        table: dict[str, Counter] = defaultdict(Counter)
        per_doc: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for q, doc, _, _, sub, _, reading, _ in rows:
            if q == question:
                table[sub][reading] += 1
                per_doc[(sub, doc)][reading] += 1
        print(f"## {question}")
        for sub, c in sorted(table.items()):
            print(f"  {sub:9s} " + "  ".join(f"{k} {n}" for k, n in sorted(c.items())))
            for (sub2, doc), c2 in sorted(per_doc.items()):
                if sub2 == sub:
                    print(f"      {doc:28s} " + "  ".join(f"{k} {n}" for k, n in sorted(c2.items())))
            print("      by report: " + by_report(sub, per_doc))
    if args.list:
        for q, doc, s, e, sub, when, reading, t in rows:
            print(f"{q} {sub:9s} {doc} {s}-{e} {when} {reading}" + (f"  {t[:220]!r}" if args.text else ""))


def by_report(sub: str, per_doc: dict[tuple[str, str], Counter]) -> str:
    """Reports whose gold reads the shape one way, the other way, or both (the settlement counts
    reports: 3 to 1, docs/EVALUATION.md)."""
    first, second = ("episode", "year") if sub not in ("ref", "of", "frame", "core") else ("month", "other")
    if sub in ("tied", "next-act", "next-same", "next-other", "later", "election"):
        first, second = "episode", "year"
    a = sorted(d for (s, d), c in per_doc.items() if s == sub and c[first] and not c[second])
    b = sorted(d for (s, d), c in per_doc.items() if s == sub and c[second] and not c[first])
    both = sorted(d for (s, d), c in per_doc.items() if s == sub and c[first] and c[second])
    return f"{first} only {len(a)} {a}; {second} only {len(b)} {b}; both {len(both)} {both}"


def count_candidates(nlp, which: str, offsets: bool, show_text: bool, annotator: bool = False) -> None:
    """Candidates per file and sub-shape in the held-out dev or test gold scopes, from the text alone
    (no gold record read). 2018 Bulgaria, 2022 Botswana and this session's new held-out reports are
    skipped (their reports are not to be opened by extractor rounds) unless ``annotator`` is set: the
    annotator who brings the held-out gold to a settlement reads every held-out report."""
    from rightsledger.analysis.evaluation import evaluate as ev
    counts: Counter = Counter()
    for path in ev.gold_files():
        scope = json.loads(path.read_text().splitlines()[0])
        doc = scope["doc"]
        if not annotator and doc.startswith(("2018_bulgaria", "2022_botswana", "2019_belize", "2023_slovenia")):
            continue
        is_test = ev.split_of(path) == "test"
        if which == "test" and not is_test or which == "held-out" and (is_test or not _held_out(doc)):
            continue
        text_file = ev.text_path(scope)
        if text_file is None:
            continue
        text = read_path(text_file).text
        ranges = scope.get("ranges") or [[scope["start"], scope["end"]]]
        y = _year(doc)
        if y is None:
            continue
        gens = (("P", past_year_candidates), ("M", month_label_candidates),
                ("E", lambda nlp, text, ranges, y: episode_candidates(nlp, paragraphs(text, ranges), y)))
        for q, gen in gens:
            for s, e, sub, when, t in gen(nlp, text, ranges, y):
                counts[(path.stem, q, sub)] += 1
                if offsets:
                    print(f"{q} {sub:9s} {path.stem} {s}-{e} {when}" + (f"  {t[:200]!r}" if show_text else ""))
    if offsets:
        return
    for (stem, q, sub), n in sorted(counts.items()):
        print(f"{which} {stem:28s} {q} {sub:9s} {n}")


if __name__ == "__main__":
    main()
