"""How the DEV gold annotates each open convention (docs/rounds/2026-12-06-06-t-conv.md).

For every dev gold file (scope split "dev" or none; test gold files are skipped before their
records are read; ``--split test`` reads the test gold instead, for the annotators who bring
the test gold to the settled conventions and change no extractor: docs/EVALUATION.md,
"Protocol"), the report text is read with ``rightsledger.read.read_path``, split into
sentences, and every sentence of a convention's shape inside the gold's scope is looked up in the
gold: which events (type, polarity), figures and provisions overlap it. The table says, per
file, how the gold reads the shape. Shapes are regular expressions: a candidate list to be read,
not a classifier (``--list`` prints offsets and gold readings; ``--text`` adds the sentence).

    PYTHONPATH=src python scripts/convention_census.py            # every shape, per file
    PYTHONPATH=src python scripts/convention_census.py kidnap --list --text
    PYTHONPATH=src python scripts/convention_census.py kidnap --no-held-out   # a rule round's census

The held-out dev reports are dev gold: a convention's census (the lead's, an annotator's) reads them;
a rule round's census leaves them out (``--no-held-out``), as it never reads their gold.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.read import read_path

SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-Z\"“(‘0-9])|[.!?]?\s*$|\n)", re.MULTILINE)
MONTH_OR_YEAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|19\d\d|20\d\d)\b")
NUMBER_WORD = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                         r"fifteen|twenty|thirty|forty|fifty|hundred)\b", re.IGNORECASE)
Record = dict[str, Any]
Reading = Callable[[str, list[Record]], "str | None"]


#: The held-out dev reports (tests/gold/held_out.toml): rule rounds never read their errors, and a
#: census of dev evidence skips them (the protocol in docs/EVALUATION.md).
HELD_OUT = tuple(sorted(ev.held_out()))


def held_out(doc: str) -> bool:
    """Whether a gold file's stem or document id names a held-out dev report."""
    return doc.startswith(HELD_OUT)


def dev_documents(split: str = "dev", held_out_too: bool = True) -> Iterator[tuple[str, str, list[list[int]], list[Record]]]:
    """(doc, text, scope ranges, records) of every gold file of ``split`` whose text is available;
    without the held-out dev reports when ``held_out_too`` is false (a rule round's census)."""
    for path in ev.gold_files():
        if (ev.split_of(path) == "test") != (split == "test"):
            continue  # a test gold file's records are read only when asked for by --split test
        if not held_out_too and held_out(path.stem):
            continue  # read before its records: a rule round never reads a held-out report's gold
        records = ev.load_jsonl(path)
        scope = records[0]
        text_file = ev.text_path(scope)
        if text_file is None:
            print(f"skipped (text absent): {path.name}", file=sys.stderr)
            continue
        ranges = scope.get("ranges") or [[scope["start"], scope["end"]]]
        yield scope["doc"], read_path(text_file).text, ranges, records[1:]


def sentences(text: str, ranges: list[list[int]]) -> Iterator[tuple[int, int, str]]:
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        if end - start >= 3 and any(a <= start < b for a, b in ranges):
            yield start, end, text[start:end]


def overlapping(records: list[Record], start: int, end: int) -> list[Record]:
    return [r for r in records if r.get("evidence")
            and r["evidence"]["start"] < end and start < r["evidence"]["end"]]


def events_of(recs: list[Record]) -> list[Record]:
    return [r for r in recs if r["kind"] == "event"]


# -- readings: what the gold made of one sentence --------------------------------------------
def event_reading(_: str, recs: list[Record]) -> str:
    marks = {"negated": "/neg", "alleged": "/alleged"}
    types = sorted({r["type"] + marks.get(r.get("polarity", ""), "") for r in events_of(recs)})
    return "+".join(types) or "no event"


def wage_reading(text: str, recs: list[Record]) -> str | None:
    if not re.search(r"\d", text):
        return None
    money = [r for r in recs if r["kind"] == "figure" and r.get("unit") not in (None, "percent")]
    rules = [r for r in recs if r["kind"] == "provision"
             and (r.get("quantity") or {}).get("unit") not in ("hours", "days", "years", "age")]
    return {(True, True): "figure+provision", (True, False): "figure",
            (False, True): "provision:" + "/".join(sorted({r["norm"] for r in rules})),
            (False, False): "neither"}[(bool(money), bool(rules))]


def penalty_reading(text: str, recs: list[Record]) -> str | None:
    if NUMBER_WORD.search(text):
        return None
    norms = [r["norm"] for r in recs if r["kind"] == "provision"]
    return "penalty provision, value null" if "penalty" in norms else "no provision"


def rule_reading(text: str, recs: list[Record]) -> str | None:
    if not re.search(r"\d|percent|half|third", text):
        return None
    kinds = {"provision:" + r["norm"] for r in recs if r["kind"] == "provision"}
    kinds |= {"figure"} if any(r["kind"] == "figure" for r in recs) else set()
    return "+".join(sorted(kinds)) or "nothing"


def undated(reading: Reading) -> Reading:
    return lambda text, recs: None if MONTH_OR_YEAR.search(text) else reading(text, recs)


def with_year(reading: Reading) -> Reading:
    return lambda text, recs: reading(text, recs) if re.search(r"\b(19|20)\d\d\b", text) else None


# -- the shapes (key, question, pattern, reading) ---------------------------------------------
SHAPES: list[tuple[str, str, str, Reading]] = [
    ("verdict", "observers' verdict on an election",
     r"observers?\b.*\b(free and fair|free, fair|credible|peaceful|transparent|irregularit)",
     event_reading),
    ("wage", "a minimum wage amount", r"minimum (monthly |daily )?wages?\b", wage_reading),
    ("penalty", "a penalty without a number",
     r"\b(punish\w*|penalt\w*|sentence)\b.*\b(life imprisonment|death|imprisonment|fine)\b",
     penalty_reading),
    ("dismissed", "charges or a case dismissed, dropped, discharged",
     (r"\b(dismiss\w*|dropp?\w*|withdr\w*)\b[^.]{0,60}\b(charges?|case)\b|"
     r"\b(charges?|case)\b[^.]{0,40}\b(was|were)\s+(\w+\s+)?(dismissed|dropped)\b"), event_reading),
    ("kidnap", "kidnappings and abductions", r"\b(kidnap\w*|abduct\w*)", event_reading),
    ("disappearance", "disappearances", r"\b(disappear\w*|went missing)\b", event_reading),
    ("issues", "the executive summary's list of issues",
     r"(human rights (issues|problems|abuses) included|problems included)", event_reading),
    ("unhcr", "cooperation boilerplate (UNHCR)",
     r"cooperated with the (Office of the )?(UN|United Nations) High Commission", event_reading),
    ("cooperation", "cooperation and assistance",
     (r"\b(cooperated|worked|collaborated|partnered)\s+with\b|\bin (cooperation|collaboration|"
     r"partnership) with\b"), event_reading),
    ("reaction", "reactions and condemnations",
     r"\b(condemned|criticized|denounced|expressed (deep |serious )?concern|called for)\b",
     event_reading),
    ("no-action", "no action against persons",
     (r"\bno (\w+ )?action (was taken )?against\b|\btook no action\b|"
     r"\bdid not (take|initiate) (any )?(legal |disciplinary )?action\b"), event_reading),
    ("as-of", "as-of and year's-end sentences",
     (r"\bas of\b|\b(at|by) (the )?(year'?s|year’s) end\b|"
      r"\bthrough (January|February|March|April|May|June|July|August|September|October|November)\b"),
     event_reading),
    ("period", "counts over a period from January",
     r"\b(from|between) January (to|through|and) \w+|\bfirst (\w+) months\b", event_reading),
    ("release", "a release in a second clause",
     (r"\b(arrest\w*|detain\w*|charg\w*|convict\w*|held)\b.{3,200}\b(and|but|then|later|before|"
     r"after)\b[^.]{0,80}\b(released|freed)\b"), event_reading),
    ("reported", "undated 'X reported that …'",
     r"^[^,]{0,120}\b(reported|stated|alleged|claimed|documented|noted)\s+that\b",
     undated(event_reading)),
    ("yet", "'had yet to' / 'had not … by year's end' / 'did not investigate'",
     (r"\b(had yet to|was yet to|were yet to|had not yet)\b|"
      r"\b(had not|were not|was not)\b[^.]{0,120}\b(year'?s|year’s) end\b|"
      r"\bdid not (\w+ )?(investigate|prosecute)\b"), event_reading),
    ("registration", "registration requests pending or unanswered",
     r"(regist|accredit|recogni[sz])[^.]{0,120}(pending|yet|never|no response|did not respond)",
     event_reading),
    ("emergency", "states of emergency", r"state of (emergency|siege|alert)", event_reading),
    ("survey", "surveys and studies cited with their year", r"\b(survey|study|census)\b",
     with_year(event_reading)),
    ("since", "occurrences and negations 'since' a date",
     (r"\bsince (January|February|March|April|May|June|July|August|September|October|November|"
     r"December|late|early|\d{4})\b"), event_reading),
    ("dispersal", "dispersal of demonstrations", r"\b(dispers\w*|broke up)\b", event_reading),
    ("ban", "bans of rallies",
     (r"\b(bann?\w*|refused to authorize|denied)\b[^.]{0,80}\b(rall(y|ies)|demonstrations?|"
     r"protests?|gatherings?|marches)\b"), event_reading),
    ("visit", "monitors' visits", r"\b(fact-finding|visited|conducted a visit)\b", event_reading),
    ("looting", "looting and raids", r"\b(loot\w*|raid\w*|ransack\w*)\b", event_reading),
    ("introduced", "legislation introduced or drafted",
     (r"\b(introduced|submitted|drafted|tabled|proposed)\b[^.]{0,60}\b(bill|law|legislation|"
     r"revision)\b"), event_reading),
    ("accused", "'accused X of …'", r"\baccus(ed|ing)\s+(?!of\b)[^.]{1,60}?\bof\b",
     event_reading),
    ("privacy", "the privacy formula", r"failed to respect these prohibitions", event_reading),
    # settled 2026-12-08 (the agreement of two annotators; round t-goldfix3)
    ("permission", "standing permissions (a state)",
     r"\b(permitted|allowed)\b[^.]{0,80}\b(monitor\w*|visits?|access|observers?)\b",
     undated(event_reading)),
    ("neg-duty", "negated general duties and 'no efforts / no steps'",
     (r"\b(did not|failed to)\s+(\w+\s+)?(enforce|counter|address|combat|implement|protect|"
      r"prevent|provide|promote)\b|\b(was|were) not (effectively |always )?(enforced|"
      r"implemented)\b|\bno (\w+ )?(efforts|steps|measures|initiatives)\b"), undated(event_reading)),
    ("since-held", "detention 'since' a date",
     r"\b(detained|detention|held|imprisoned|custody|jailed)\b[^.]{0,60}\bsince\b", event_reading),
    ("phenomenon", "reports of a phenomenon",
     (r"\bthere (were|was) (some |several |credible )?reports? (that )?(?!of\b)[^.]{0,80}"
      r"\b(occurred|took place|worked|existed|happened|persisted|did not always respect)\b"),
     event_reading),
    ("resulted", "'resulted in deaths' without actor",
     r"\bresult(ed|ing) in (\w+ ){0,3}(deaths?|fatalities|injuries)\b", undated(event_reading)),
    ("noun-occurrence", "occurrences cited in a noun phrase; 'prohibited in a YEAR law'",
     (r"\b(established|created|founded|set up|formed) (in|on) (January|February|March|April|May|"
      r"June|July|August|September|October|November|December|\d{4})|\ba (19|20)\d\d (court |"
      r"supreme court |high court )?(ruling|decision|verdict|judgment)\b|\b(prohibited|banned|"
      r"abolished|criminalized|outlawed) (in|by|under) (a|the) (19|20)\d\d\b"), event_reading),
    ("body-found", "a body found", (r"\bbod(y|ies)\b[^.]{0,80}\b(found|discovered|recovered)\b|"
     r"\b(found|discovered)\b[^.]{0,40}\bbod(y|ies)\b"), event_reading),
    ("hate", "hate acts", (r"anti-?semit|\bhate (crimes?|acts?)\b|\bviolence against (LGBT|"
     r"lesbian|gay|persons based on)|\bxenophobic (attacks?|violence)"), event_reading),
    ("training", "training received", r"\b(received|underwent|completed) (\w+ ){0,3}training\b",
     event_reading),
    ("currency", "currency conversions in provisions", r"\(\$[\d,.]+( million| billion)?\)",
     lambda text, recs: "+".join(sorted(f"{r['quantity'].get('unit')}" for r in recs
                                        if r["kind"] == "provision")) or None),
    ("times", "multiples as figures", r"\b(twice|double|triple|thrice|\w+ times)\b",
     lambda text, recs: "+".join(sorted(f"{r['value']:g} {r.get('unit')}" for r in recs
                                        if r["kind"] == "figure")) or "no figure"),
    ("party", "party and order rules with a quantity",
     r"\b(party|parties|guidelines|statutes|bylaws)\b[^.]{0,120}\b(percent|quota|at least|half)\b",
     rule_reading),
]


def census(keys: list[str], split: str = "dev",
           held_out_too: bool = True) -> dict[str, list[tuple[str, int, int, str, str]]]:
    shapes = [(k, re.compile(p, re.IGNORECASE), read)
              for k, _, p, read in SHAPES if not keys or k in keys]
    found: dict[str, list[tuple[str, int, int, str, str]]] = {k: [] for k, _, _ in shapes}
    for doc, text, ranges, records in dev_documents(split, held_out_too):
        for start, end, sentence in sentences(text, ranges):
            for key, pattern, read in shapes:
                if pattern.search(sentence):
                    reading = read(sentence, overlapping(records, start, end))
                    if reading is not None:
                        found[key].append((doc, start, end, reading, sentence))
    return found


def lower_case_bodies(split: str = "dev") -> list[str]:
    """Lower-case "parliament"/"congress": a mention of a gold organization or not, per file."""
    lines = []
    for doc, text, ranges, records in dev_documents(split):
        mentions = {tuple(m): r for r in records if r["kind"] == "entity"
                    for m in r.get("mentions") or []}
        seen = Counter()
        for m in re.finditer(r"\b(parliament|congress)\b", text):
            if any(a <= m.start() < b for a, b in ranges):
                hit = [r for (a, b), r in mentions.items() if a <= m.start() < b]
                seen["organization " + hit[0]["name"] if hit else "no entity"] += 1
        if seen:
            lines.append(f"  {doc:28s} " + ", ".join(f"{k} {v}" for k, v in sorted(seen.items())))
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shapes", nargs="*", help="keys of the shapes (default: all)")
    parser.add_argument("--list", action="store_true", help="every sentence: offsets, reading")
    parser.add_argument("--text", action="store_true", help="with --list: the sentence too")
    parser.add_argument("--split", choices=("dev", "test"), default="dev",
                        help="which gold to read (test: only for annotators of the test gold)")
    parser.add_argument("--no-held-out", action="store_true",
                        help="leave out the held-out dev reports (a rule round's census: it never reads them)")
    args = parser.parse_args(argv)
    titles = {k: t for k, t, _, _ in SHAPES}
    for key, rows in census(args.shapes, args.split, not args.no_held_out).items():
        total = Counter(r[3] for r in rows)
        print(f"## {key}: {titles[key]}  (all {args.split} files: {json.dumps(dict(total.most_common()))})")
        per_doc: dict[str, Counter] = {}
        for doc, _, _, reading, _ in rows:
            per_doc.setdefault(doc, Counter())[reading] += 1
        for doc, counts in per_doc.items():
            print(f"  {doc:28s} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        if args.list:
            for doc, start, end, reading, sentence in rows:
                excerpt = f"  {sentence[:160]!r}" if args.text else ""
                print(f"    {doc} {start}-{end} {reading}{excerpt}")
    if not args.shapes or "lower-case" in args.shapes:
        print("## lower-case: lower-case parliament / congress")
        print("\n".join(lower_case_bodies(args.split)))


if __name__ == "__main__":
    main()
