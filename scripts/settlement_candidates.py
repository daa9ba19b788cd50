"""Candidate sentences of the settlement of 2026-12-21 (S1, S2, S3) in one column's gold reports.

Round t-gold27 (docs/rounds/2026-12-21-01-t-gold27.md): for the annotators who bring the held-out and
test gold to a settlement from the report texts and the gold alone (docs/EVALUATION.md, "Protocol"). The
report is read with ``rightsledger.read.read_path`` on the file the gold's scope names, split into
sentences as ``convention_census.py`` splits them; a sentence inside the scope that one of a shape's
generous patterns finds is printed with the gold events whose evidence overlaps it (offsets, type,
polarity, date, source). The patterns are a candidate list to be read by hand, not a classifier.

    PYTHONPATH=src python scripts/settlement_candidates.py held-out            # offsets and gold readings
    PYTHONPATH=src python scripts/settlement_candidates.py test S3 --text      # with the sentence

Its sibling ``settlement_census.py`` (round t-conv16) counts the dev gold's candidates with the rule round's
narrower patterns; each round's counts are those of its own script.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import convention_census as cc  # noqa: E402

from rightsledger.analysis.evaluation import evaluate as ev  # noqa: E402
from rightsledger.read import read_path  # noqa: E402

OBJECT = (r"(arrests?|charges?|prosecutions?|trials?|verdicts?|sentences?|sentencing|rulings?|decisions?|"
          r"detentions?|killings?|raids?|bans?|law|bill|elections?|results|conviction|acquittal|dismissal|"
          r"indictment|case|investigation|vote|referendum|attack|shooting|murder|death|expulsion|"
          r"deportation|dissolution|suspension|closure|removal|appointment)")
CALLING = r"(called|calls|call|termed|terms|describ(ed|es|e)|label+ed|label+s|branded|brands|characteriz(ed|es))"
SHAPES: dict[str, list[re.Pattern[str]]] = {
    # S1: <actor> called/termed/described … <one occurrence> <judgment>
    "S1": [re.compile(rf"\b{CALLING}\b[^.;]{{0,120}}?\b{OBJECT}\b", re.I),
           re.compile(rf"\b{OBJECT}\b[^.;]{{0,80}}?\b(was|were|as)\b[^.;]{{0,10}}\b(called|termed|described|"
                      r"labeled|labelled|branded|characterized)\b", re.I)],
    # S2: <persons> reported/said/alleged … being <passive>
    "S2": [re.compile(r"\b(reported|reports|said|says|alleged|alleges|claimed|claims|complained( of)?|stated|"
                      r"testified|told)\b\s+(that\s+)?((being|having been)\s+\w+(ed|en|n|t)\b|(he|she|they|it|"
                      r"the\s+\w+)\s+(was|were|had been|have been|has been)\s+\w+(ed|en|t)\b)", re.I)],
    # S3: declined/refused/failed to <verb>; a negation with a step verb or noun
    "S3": [re.compile(r"\b(declined|refused|failed|neglected)\s+to\s+\w+", re.I),
           re.compile(r"\b(did not|had not|has not|have not|didn't|took no|made no|did nothing to|has yet to|"
                      r"had yet to|was not|were not)\b[^.;]{0,40}?\b(investigat\w*|prosecut\w*|charg\w*|"
                      r"indict\w*|rul\w*|decision|decide\w*|action|act\b|respond\w*|registe\w*|try|tried|trial|"
                      r"hear\w*|convict\w*|arrest\w*|punish\w*|sanction\w*|approv\w*|accept\w*|review\w*|"
                      r"examin\w*|open\w*|issu\w*|releas\w*|step|measures|inquiry|probe)", re.I)],
}


def documents(column: str):
    """(doc, text, scope ranges, records) of every gold file that ``evaluate`` counts in ``column``."""
    for path in ev.gold_files():
        if ev.column_of(path) != column:
            continue
        records = ev.load_jsonl(path)
        text_file = ev.text_path(records[0])
        if text_file is None:
            print(f"skipped (text absent): {path.name}", file=sys.stderr)
            continue
        ranges = records[0].get("ranges") or [[records[0]["start"], records[0]["end"]]]
        yield path.stem, read_path(text_file).text, ranges, records[1:]


def candidates(column: str, shapes: list[str]):
    for doc, text, ranges, records in documents(column):
        for start, end, sentence in cc.sentences(text, ranges):
            for shape in shapes:
                if any(p.search(sentence) for p in SHAPES[shape]):
                    gold = [{k: r.get(k) for k in ("type", "polarity", "date", "precision", "source")}
                            | {"evidence": [r["evidence"]["start"], r["evidence"]["end"]]}
                            for r in cc.events_of(cc.overlapping(records, start, end))]
                    yield {"doc": doc, "shape": shape, "start": start, "end": end, "gold": gold,
                           "sentence": sentence}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("column", choices=ev.COLUMNS)
    parser.add_argument("shapes", nargs="*", metavar="SHAPE", help="S1, S2 or S3 (default: all)")
    parser.add_argument("--text", action="store_true", help="print the sentence too")
    args = parser.parse_args(argv)
    if not args.shapes:
        args.shapes = list(SHAPES)
    if set(args.shapes) - set(SHAPES):
        parser.error(f"shapes are {sorted(SHAPES)}")
    counts: Counter[str] = Counter()
    for c in candidates(args.column, args.shapes):
        counts[c["shape"]] += 1
        if not args.text:
            c.pop("sentence")
        print(json.dumps(c, ensure_ascii=False))
    print("candidates:", dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
