"""Candidates of the 2026-12-21 and 2026-12-22 settlements' shapes in the gold's report texts (t-conv16, t-conv17).

S1  a reaction told by calling, terming, describing, labeling or branding an occurrence
    ("Her lawyers termed the charges baseless");
S2  "<persons> reported/said/alleged/claimed/complained (of) being <passive>" ("Five women reported
    being beaten by soldiers");
S3  a negated step told by "declined/refused/failed to" or by a negated light verb with a step noun
    ("The prosecutor declined to prosecute the officers", "The court did not issue a ruling").
S4  (2026-12-22) how long persons were held, told with no date of its own after a dated arrest in the
    paragraph ("He was held for five days without charge", "She spent 40 days in pretrial detention");
    S4r is the variant joined to a release ("released after 48 hours in custody"). A candidate needs an
    earlier sentence of its paragraph (one line of the text) with a month name and an arrest word; the
    listing shows that sentence and its gold events after ``<=``.
S5  (2026-12-22) "<actor> called on/urged/asked/appealed to/called for <a body> … to <verb>" (a call on a
    body; whether its object is a policy or one person is read by hand).
S6  (2027-01-01, round t-conv18) a date expression on a reporting verb whose complement is a clause ("On May 3,
    X reported that …", "In June media reported police …", "X stated on June 26 that …"); which sub-shape it is
    (S6a an undated act, S6b an act with a date of its own, S6c a state or a count) is read by hand, and the
    pattern also finds announcements of plans, "as of" counts and dates of other clauses, which are outside.

Every sentence of a gold file's annotated ranges that a shape's pattern finds is listed with the GOLD
events that overlap it (type/date/polarity); no system output is read. The patterns find candidates
to be read by hand with their paragraph; they classify nothing. Counts per shape and per report:
sentences with a gold event / without one.

    PYTHONPATH=src python scripts/settlement_census.py --candidates dev            # counts per report
    PYTHONPATH=src python scripts/settlement_census.py --candidates dev --list     # + each sentence
    PYTHONPATH=src python scripts/settlement_census.py --candidates held-out        # the gold round's
    PYTHONPATH=src python scripts/settlement_census.py --candidates test           # modes (t-gold27)

``dev`` is the dev gold that tests/gold/held_out.toml does not list; ``held-out`` the files it lists;
``test`` the files whose scope line says split "test". Rule rounds run ``dev`` only (the protocol in
docs/EVALUATION.md); the other two modes are for the annotator who brings that gold to the settlement.

Its sibling ``settlement_candidates.py`` (round t-gold27) lists the same shapes with wider patterns, as the
annotator of the held-out and test gold ran them; each round's counts are those of its own script.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.read import read_path

SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-Z\"“(‘0-9])|[.!?]?\s*$|\n)", re.MULTILINE)

_DET = r"(?:the|his|her|their|its|this|that|these|those|[A-Z][\w.-]+(?:’s|'s))"
_OCC = (r"(?:arrests?|charges?|prosecutions?|trials?|verdicts?|sentences?|sentencing|rulings?|decisions?|"
        r"detentions?|killings?|raids?|bans?|law|elections?|results|convictions?|case|indictments?|"
        r"acquittals?|dismissal|expulsion|deportation|closure|suspension|attack|murder|death|vote|"
        r"referendum|investigation|actions?|move|amendments?|decree|imprisonment|crimes?|incidents?)")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: a date expression standing before the reporter (S6)
_DATE = (r"\b(?:(?:[Oo]n|[Ii]n|[Bb]y|[Dd]uring|[Aa]s of|[Ll]ate|[Ee]arly|[Mm]id-?)\s+(?:(?:early|late|mid-?)\s*)?"
         r"(?:" + _MONTHS + r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)|"
         + _MONTHS + r"\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?)\b")
#: reporting verbs (S6)
_SAYS = (r"(?:reported|stated|announced|revealed|said|showed|found|noted|indicated|confirmed|estimated|documented|"
         r"recorded|disclosed|claimed|alleged|asserted|declared|told|publi(?:shed|cized)|released|acknowledged|"
         r"admitted|informed|wrote|explained|concluded|determined|observed|highlighted|denounced|complained)")
SHAPES: dict[str, re.Pattern[str]] = {
    "S1": re.compile(r"\b(?:called|calling|termed|terming|described|describing|labeled|labelled|branded)\s+"
                     + _DET + r"\s(?:[\w’'“”-]+\s){0,6}?" + _OCC + r"\b"),
    "S2": re.compile(r"\b(?:reported|reporting|said|alleged|alleging|claimed|claiming|complained(?: of)?|"
                     r"stated|told)\s+(?:that\s+)?(?:being|having been|(?:s?he|they|it|[A-Z]\w+)\s+(?:was|were|"
                     r"had been))\s+(?:\w+ly\s+)?\w+(?:ed|en|ght|wn|ten)\b"),
    "S5": re.compile(r"\b(?:called\s+(?:on|upon|for)|urged|asked|appealed\s+to)\s+[^.;]{1,120}?\bto\s+[“\"]?"
                     r"(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|\d)[a-z]+\b"),
    "S6": re.compile(_DATE + r",?\s+[^.;]{0,140}?\b" + _SAYS + r"\b(?!\s+(?:a|an|its|his|her|their)\s)[^.;]{0,100}?\b"
                     r"(?:\w+ed|had|was|were|has|have|did|took|made|fled|died|beat|shot|held|fought|stole|struck|told|"
                     r"sent|left|brought|caught|kept|lost|met|paid|put|ran|saw|sought|spent|threw|won|wrote)\b|"
                     r"\b" + _SAYS + r"\s+(?:on|in)\s+(?:" + _MONTHS + r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?|"
                     r"(?:19|20)\d\d),?\s+(?:that|there)\b"),
    "S3": re.compile(r"\b(?:declined|declining|refused|refusing|failed|failing)\s+to\s+\w+|"
                     r"\b(?:did|had|has|have|does)\s+not\s+(?:yet\s+)?(?:make|made|accept|accepted|take|taken|"
                     r"issue|issued|reach|reached|act|acted|respond|responded|announce|announced|hold|held|"
                     r"open|opened|launch|launched|bring|brought|file|filed|render|rendered|give|given|"
                     r"conduct|conducted|carry|carried)\b|"
                     r"\b(?:took|taken|take|made|make|issued|reached|gave)\s+no\s+(?:\w+\s+)?"
                     r"(?:action|decision|ruling|step|steps|measures?|charges?)\b|\bdid nothing to\b"),
}


def gold_files(mode: str) -> list[Path]:
    held = ev.held_out()
    out = []
    for p in ev.gold_files():
        col = ev.column_of(p)
        if (mode == "dev" and col == "dev") or (mode == "held-out" and col == "held-out") \
                or (mode == "test" and col == "test"):
            out.append(p)
    assert mode != "dev" or not any(p.stem in held for p in out)
    return out


def candidates(path: Path) -> list[tuple[str, int, list[str], str]]:
    records = ev.load_jsonl(path)
    scope = records[0]
    tp = ev.text_path(scope)
    if tp is None:
        print(f"skipped (text absent): {path.name}", file=sys.stderr)
        return []
    text = read_path(tp).text
    lo, hi = scope.get("start", 0), scope.get("end", 1 << 62)
    ranges = [(max(lo, a), min(hi, b)) for a, b in scope.get("ranges", [(lo, hi)])]
    events = [r for r in records[1:] if r.get("kind") == "event"]
    out = []
    for m in SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if e - s < 5 or not any(a <= s < b for a, b in ranges):
            continue
        sent = text[s:e]
        for shape, rx in SHAPES.items():
            if not rx.search(sent):
                continue
            g = _gold(events, s, e)
            out.append((shape, s, g, sent.strip()))
        for shape in _held_shapes(sent):
            prior = _dated_arrest_before(text, s)
            if prior is None:
                continue
            ps, pe = prior
            pg = _gold(events, ps, pe)
            out.append((shape, s, _gold(events, s, e), sent.strip() + f"  <= [{ps}] {pg} {text[ps:pe][:200]}"))
    return out


def _gold(events: list[dict[str, Any]], s: int, e: int) -> list[str]:
    out = []
    for r in events:
        if r["evidence"]["start"] < e and s < r["evidence"]["end"]:
            d = r.get("duration") or {}
            dur = f"/{d.get('value')} {d.get('unit')}" if d else ""
            out.append(f"{r['type']}/{r['date']}/{(r.get('polarity') or '')[:3]}{dur}")
    return out


_UNIT = r"(?:hours?|days?|nights?|weeks?|months?|years?)"
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|" \
         r"several|a few|a|an|\w+-\w+)"
S4_HELD = re.compile(r"\b(?:held|detained|kept|jailed|imprisoned|remained\s+in\s+(?:police\s+)?(?:custody|detention)|"
                     r"spent)\b[^.;]{0,60}?\b(?:for\s+)?(?:more than |over |nearly |almost |about |approximately )?"
                     + _COUNT + r"\s+" + _UNIT + r"\b")
S4_RELEASE = re.compile(r"\breleased\b[^.;]{0,80}?\b(?:after|following)\s+(?:more than |over |nearly |almost |about )?"
                        + _COUNT + r"\s+" + _UNIT + r"\b")
OWN_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|(?:19|20)\d\d)\b")
ARREST = re.compile(r"\b(?:arrest(?:ed|s)?|detain(?:ed)?|detention|apprehended|abducted|seized|took\s+\w+\s+into\s+"
                    r"custody|taken\s+into\s+custody|held)\b", re.I)
MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
HABIT = re.compile(r"\b(?:often|usually|routinely|frequently|generally|sometimes|may|can|could|up to|typically)\b")


def _held_shapes(sent: str) -> list[str]:
    """S4 / S4r when the sentence tells a length held and has no date of its own (no month, no year)."""
    if OWN_DATE.search(sent):
        return []
    if S4_RELEASE.search(sent):
        return ["S4r"]
    if S4_HELD.search(sent):
        return ["S4"]
    return []


def _dated_arrest_before(text: str, s: int) -> tuple[int, int] | None:
    """The nearest earlier sentence of the paragraph (line) with a month name and an arrest word."""
    ls = text.rfind("\n", 0, s) + 1
    best = None
    for m in SENTENCE.finditer(text, ls, s):
        a, b = m.start(), min(m.end(), s)
        seg = text[a:b]
        if MONTH.search(seg) and ARREST.search(seg):
            best = (a, b)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", choices=("dev", "held-out", "test"), default="dev")
    ap.add_argument("--list", action="store_true", help="print every candidate sentence and its gold events")
    ap.add_argument("--shape", choices=tuple(SHAPES) + ("S4", "S4r"), help="one shape only")
    a = ap.parse_args(argv)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for path in gold_files(a.candidates):
        for shape, s, g, sent in candidates(path):
            if a.shape and shape != a.shape:
                continue
            counts[shape][path.stem][0 if g else 1] += 1
            if a.list:
                print(f"{shape}\t{path.stem}\t{s}\tG={g}\t{sent[:400]}")
    for shape in tuple(SHAPES) + ("S4", "S4r"):
        if a.shape and shape != a.shape:
            continue
        per = counts[shape]
        sent_with = sum(v[0] for v in per.values())
        sent_without = sum(v[1] for v in per.values())
        rep_with = sum(1 for v in per.values() if v[0])
        rep_without = sum(1 for v in per.values() if v[1])
        print(f"# {shape}: sentences with a gold event {sent_with}, without {sent_without}; "
              f"reports with {rep_with}, without {rep_without}")
        for doc in sorted(per):
            print(f"#   {doc}: {per[doc][0]} with / {per[doc][1]} without")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
