"""Census of the event-type classes the agreement study left open (round t-gold21, issue 14 item 6).

Round t-agree1 found five classes of gold events that the written rules do not type: sexual or
physical abuse by private persons, instruments outside ``law_things`` (pacts, agreements), dated
announcements and negated reporting, a party electing its leader or an election postponed, and
pressure on the press without content blocked. This counts, for each class, the gold types of the
events whose sentence matches the class's word pattern, by report, so that a settlement can follow
the dev gold's majority (3 to 1 by report) or be written as open. Only gold and report text are read;
the system is never run.

    PYTHONPATH=src python scripts/type_census.py [--split dev|held|test] [--list CLASS]

``--split dev`` (default) is the dev gold without the held-out reports; ``held`` and ``test`` list
the same shapes for annotators bringing those files to the settlements (their gold, never the system's
output). The two held-out reports whose text nobody opens are skipped.
"""
from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from rightsledger.analysis.evaluation.evaluate import held_out, load_jsonl, text_path
from rightsledger.read import read_path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold" / "shared"
NEVER_OPEN = {"2019_belize", "2023_slovenia"}

_CUSTODY = re.compile(r"\b(police|officers?|guards?|soldiers?|troops|custody|detain\w*|prison\w*|"
                      r"security forces?|gendarm\w*|military|army|jail\w*|militar\w*)\b", re.I)
#: Class name → (pattern the sentence must match, pattern it must not match or None).
CLASSES: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None]] = {
    "abuse_private": (re.compile(r"\b(rape[ds]?|raping|sexual(ly)? (abuse[ds]?|assault\w*|exploit\w*)|"
                                 r"molest\w*|child abuse|defile\w*|sexual violence)\b", re.I), _CUSTODY),
    "instrument": (re.compile(r"\b(pact|accords?|agreements?|memorand\w+ of understanding|MOU|"
                              r"protocol|peace deal|ceasefire)\b", re.I), None),
    "announced": (re.compile(r"\b(announced|declared that|stated that|said that|publicly stated)\b", re.I),
                  None),
    "neg_report": (re.compile(r"\b(did not (report|publish|release|issue)|nor (issued|published)|"
                              r"had not (published|released|issued)|no (public )?reports? (was|were) "
                              r"(issued|published|released))\b", re.I), None),
    "party_elects": (re.compile(r"\b(party|congress|convention|caucus)\b[^.]{0,120}\b(elected|"
                                r"chose|selected|re-?elected)\b|\belected\b[^.]{0,60}\b(party|"
                                r"chairman|president of the)\b", re.I), None),
    "election_postponed": (re.compile(r"\b(postpone\w*|delay\w*|suspend\w*|cancel\w*|defer\w*)\b"
                                      r"[^.]{0,80}\belections?\b|\belections?\b[^.]{0,80}\b(postpone\w*|"
                                      r"delay\w*|suspend\w*|cancel\w*|defer\w*)\b", re.I), None),
    "press_pressure": (re.compile(r"\b(journalists?|reporters?|media|newspapers?|outlets?|editors?|"
                                  r"press|broadcasters?)\b", re.I), None),
}
_PRESSURE = re.compile(r"\b(reprimand\w*|warn\w*|summon\w*|pressur\w*|intimidat\w*|harass\w*|"
                       r"defamation|libel|suspend\w*|fined?|sued|lawsuits?|threaten\w*)\b", re.I)


def files(split: str) -> list[Path]:
    """The gold files of ``split``: dev (not held out), held (held out) or test."""
    held = held_out()
    out = []
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        if path.stem in NEVER_OPEN:
            continue
        sp = load_jsonl(path)[0].get("split", "dev")
        which = "test" if sp == "test" else ("held" if path.stem in held else "dev")
        if which == split:
            out.append(path)
    return out


def classes_of(sentence: str) -> list[str]:
    """The census classes a sentence falls in (press pressure also needs a pressure word)."""
    out = []
    for name, (yes, no) in CLASSES.items():
        if not yes.search(sentence) or (no is not None and no.search(sentence)):
            continue
        if name == "press_pressure" and not _PRESSURE.search(sentence):
            continue
        out.append(name)
    return out


def census(split: str, show: str | None) -> None:
    """Print per class: gold types (records, reports) and per-report type counts; ``show`` lists rows."""
    by_class: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    reports: dict[str, dict[str, set[str]]] = collections.defaultdict(lambda: collections.defaultdict(set))
    for path in files(split):
        recs = load_jsonl(path)
        p = text_path(recs[0])
        if p is None:
            print(f"# no text: {path.stem}")
            continue
        text = read_path(p).text
        for r in recs[1:]:
            if r.get("kind") != "event":
                continue
            s, e = r["evidence"]["start"], r["evidence"]["end"]
            sent = " ".join(text[s:e].split())
            for c in classes_of(sent):
                by_class[c][r["type"]] += 1
                reports[c][r["type"]].add(path.stem)
                if show == c or show == "all":
                    print(f"{c}\t{path.stem}\t{s}\t{r['type']}\t{r.get('date')}\t{r.get('precision')}\t"
                          f"{r.get('polarity', 'asserted')}\t{sent[:300]}")
    for c in CLASSES:
        row = ", ".join(f"{t} {n} ({len(reports[c][t])} reports)" for t, n in by_class[c].most_common())
        print(f"{c}: {row}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "held", "test"))
    ap.add_argument("--list", default=None, help="a class name, or 'all': print its rows")
    a = ap.parse_args()
    census(a.split, a.list)


if __name__ == "__main__":
    main()
