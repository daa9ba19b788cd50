"""How the DEV gold dates the narration of a past election (round t-events33, issue 14).

A candidate is a sentence without a date expression of its own that follows, in the same paragraph
(``same-para``) or in the next one (``next-para``), a sentence that names an election (a trigger of
``election_or_referendum`` in ``events.toml``) with a date of a year before the report year; a sentence
dated to another year ends the narration, one dated to the election's year does not. Found from the text
and the parse alone (``find_dates``, the pipeline's spaCy model, the trigger tables): an annotator of
held-out or test gold can list the candidates blind (``--candidates``). Sub-shapes: ``next`` (the very next
sentence of the paragraph) or ``later``; ``election`` (the sentence names the election or its vote,
results, campaign, candidates) or ``other`` (another kind). On the dev gold files that are not held out,
the gold reading: ``episode`` (an overlapping gold event of the election's year), ``year`` (gold events of
the report year, none of the election's), ``other-date``, ``none``.

    PYTHONPATH=src python scripts/past_election_census.py [--list] [--text]
    PYTHONPATH=src python scripts/past_election_census.py --candidates held-out|test [--text]

``--text`` prints the sentences at run time (nothing of it is committed).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention_census import dev_documents, events_of, held_out, overlapping  # noqa: E402
from dating_census import _year, paragraphs  # noqa: E402

from rightsledger.extract.annotate import load_nlp  # noqa: E402
from rightsledger.extract.dates import find_dates  # noqa: E402
from rightsledger.extract.events.lexicon import EPISODE_NAMED, NOUN_TYPES, VERB_TYPES  # noqa: E402
from rightsledger.read import read_path  # noqa: E402

ELECTION = "election_or_referendum"
ELECTION_STEMS = ("elect", "vote", "voting", "poll", "ballot", "campaign", "candidat")


def _is_election(doc) -> bool:
    return any((VERB_TYPES.get(t.lemma_.lower()) if t.pos_ in ("VERB", "AUX") else NOUN_TYPES.get(t.lemma_.lower()))
               == ELECTION for t in doc)


def _names_election(doc) -> bool:
    return _is_election(doc) or any(t.lemma_.lower() in EPISODE_NAMED or t.lower_.startswith(ELECTION_STEMS)
                                    for t in doc)


def candidates(nlp, text: str, ranges: list[list[int]], year: int) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, sub-shape, election year, sentence) of one report."""
    episode: tuple[str, int, int] | None = None  # (election year, its sentence, its paragraph)
    for p, para in enumerate(paragraphs(text, ranges)):
        if episode is not None and episode[2] < p - 1:
            episode = None  # the paragraph after the election's, no further
        parsed = list(nlp.pipe([t for _, _, t in para], batch_size=64))
        for k, ((s, e, t), doc) in enumerate(zip(para, parsed)):
            years = {m.date[:4] for m in find_dates(t, year) if m.date}
            if years:
                past = sorted(y for y in years if int(y) < year)
                if past and _is_election(doc):
                    episode = (past[0], k, p)
                elif episode is not None and years != {episode[0]}:
                    episode = None
                continue
            if episode is None:
                continue
            where = "same-para" if episode[2] == p else "next-para"
            pos = "next" if where == "same-para" and k == episode[1] + 1 else "later"
            kind = "election" if _names_election(doc) else "other"
            yield s, e, f"{where} {pos} {kind}", episode[0], t


def reading(recs: list[dict], election: str, year: int) -> str:
    evs = events_of(recs)
    if not evs:
        return "none"
    if any((r.get("date") or "")[:4] == election for r in evs):
        return "episode"
    return "year" if any((r.get("date") or "")[:4] == str(year) for r in evs) else "other-date"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for flag in ("--list", "--text"):  # every candidate with its reading; the sentences too (at run time only)
        parser.add_argument(flag, action="store_true")
    parser.add_argument("--candidates", choices=("held-out", "test"),
                        help="list the candidates of the held-out dev or test texts (no gold read)")
    args = parser.parse_args(argv)
    nlp = load_nlp()
    if args.candidates:
        blind(nlp, args.candidates, args.text)
        return
    rows = []
    for doc, text, ranges, records in dev_documents("dev"):
        y = _year(doc)
        if held_out(doc) or y is None:
            continue
        for s, e, sub, when, t in candidates(nlp, text, ranges, y):
            rows.append((doc, s, e, sub, when, reading(overlapping(records, s, e), when, y), t))
    per_doc: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for doc, _, _, sub, _, r, _ in rows:
        where = sub.split()[0]
        for key in (sub, f"{where} (all)"):
            per_doc[key][doc][r] += 1
    for key in sorted(per_doc):
        total = sum((c for c in per_doc[key].values()), Counter())
        docs = per_doc[key]
        ep = sorted(d for d, c in docs.items() if c["episode"] and not c["year"])
        yr = sorted(d for d, c in docs.items() if c["year"] and not c["episode"])
        both = sorted(d for d, c in docs.items() if c["year"] and c["episode"])
        print(f"{key:26s} sentences " + "  ".join(f"{k} {n}" for k, n in sorted(total.items())))
        print(f"    by report: episode only {len(ep)} {ep}; year only {len(yr)} {yr}; both {len(both)} {both}")
    if args.list:
        for doc, s, e, sub, when, r, t in rows:
            print(f"{doc} {s}-{e} {sub} {when} {r}" + (f"  {t[:200]!r}" if args.text else ""))


def blind(nlp, which: str, show_text: bool) -> None:
    """The candidates of the held-out dev or test scopes, from the text alone (no gold record read)."""
    from rightsledger.analysis.evaluation import evaluate as ev
    for path in ev.gold_files():
        scope = json.loads(path.read_text().splitlines()[0])
        is_test = ev.split_of(path) == "test"
        if which == "test" and not is_test or which == "held-out" and (is_test or not held_out(scope["doc"])):
            continue
        text_file, y = ev.text_path(scope), _year(scope["doc"])
        if text_file is None or y is None:
            continue
        text = read_path(text_file).text
        for s, e, sub, when, t in candidates(nlp, text, scope.get("ranges") or [[scope["start"], scope["end"]]], y):
            print(f"{path.stem} {s}-{e} {sub} {when}" + (f"  {t[:200]!r}" if show_text else ""))


if __name__ == "__main__":
    main()
