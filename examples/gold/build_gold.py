"""Build the gold files ``examples/gold/<doc-id>.jsonl`` from hand-written annotations.

The annotations live next to this script in ``src/<doc-id>.ann``, one directive a line.
They were written by hand, sentence by sentence (see docs/EVALUATION.md); this script
only turns quoted text into character offsets and checks that every quote is found
exactly once. Run it after editing a report or an annotation file::

    .venv/bin/python examples/gold/build_gold.py          # writes the .jsonl files
    .venv/bin/python examples/gold/build_gold.py --check  # fails if they are stale

Annotation language (fields separated by `` | ``; ``#`` starts a comment line)::

    @ <file name in examples/reports/>           the report (first directive)
    S <id> | <title>                              section; its heading line is found from
                                                  the id prefix ("Section 1.", "a.", "A.",
                                                  "#### Section 1", ...) and the title
    T <section> | <title>                         subtopic: a heading line of its own or a
                                                  run-in label "<title>:" at a line start
    P|O|L <name> | <alias; alias> | <kind>        person / organization / place
    X <form>                                      a name that is no entity (a facility):
                                                  its words are no mentions ("Zagora prison")
    > <text>                                      the sentence that contains <text> (unique)
                                                  becomes the evidence of what follows
    E <type> | <date> [| end=<date>] [| pol=alleged|negated] [| src=<source>]
    F <value> | <qualifier> | <unit or -> | <what> [| end=<value_end>] [| src=<source>]
    V <norm> | <value or -> | <unit or -> | <quantity text, found inside the sentence>

Derived, not written by hand: offsets; section levels, parents and ends (a section ends
at the last non-blank character before the next heading of the same or a higher level);
subtopic ends (a sub-heading on its own line ends before the next such sub-heading or
section heading; a run-in topic also ends before the next run-in topic); the precision of a date
(from its form); the ``section`` of events, figures and provisions (the most specific
section containing the evidence); entity mentions (every occurrence of the name or an
alias, whole words, case-sensitive, the longest form winning where forms overlap).

Sentences: a paragraph is a non-heading line; sentences end at ``.``/``?``/``!`` (plus
closing quotes or brackets) followed by white space and an upper-case letter, digit,
quote or bracket. A run-in label ("Administration: ") is not part of its first sentence.
The reports are written so that this rule is right (no "Dr.", "U.S." and the like).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE.parent / "reports"
SRC = HERE / "src"

PREFIX = {"person": "P", "organization": "O", "place": "L"}
TYPES = {v: k for k, v in PREFIX.items()}


class AnnotationError(Exception):
    pass


def parse_value(s: str):
    s = s.strip().replace(",", "")
    if s in ("-", "null", ""):
        return None
    if "/" in s:
        a, b = s.split("/")
        return int(a) / int(b)
    return float(s) if any(c in s for c in ".e") else int(s)


def precision_of(date: str) -> str:
    return {10: "day", 7: "month", 4: "year"}[len(date)]


class Doc:
    def __init__(self, path: Path):
        self.path = path
        self.id = path.stem
        self.text = path.read_text(encoding="utf-8")
        self.sections: list[dict] = []
        self.subtopics: list[dict] = []
        self.heading_spans: list[tuple[int, int]] = []  # (start, end) of heading lines
        self.runin: dict[int, int] = {}  # line start -> first character after the label

    # -- structure ---------------------------------------------------------------
    def find_section(self, sid: str, title: str) -> dict:
        words = r"\s+".join(re.escape(w) for w in title.split())
        if sid == "exec":
            pre = r"(?:#+[ \t]*)?"
            level, parent = 1, None
        elif "." not in sid:
            pre = rf"(?:#+[ \t]*)?Section[ \t]+{sid}\.?[ \t]+"
            level, parent = 1, None
        else:
            num, letter = sid.split(".")
            pre = rf"(?:#+[ \t]*)?[{letter}{letter.upper()}]\.[ \t]+"
            level, parent = 2, num
        hits = list(re.finditer(rf"(?m)^{pre}{words}[ \t]*$", self.text))
        if len(hits) != 1:
            raise AnnotationError(f"section {sid} {title!r}: {len(hits)} heading lines")
        m = hits[0]
        self.heading_spans.append((m.start(), m.end()))
        return {"kind": "section", "doc": self.id, "id": sid, "title": " ".join(title.split()),
                "level": level, "parent": parent, "start": m.start(), "end": None}

    def find_subtopic(self, section: str, title: str) -> dict:
        words = r"\s+".join(re.escape(w) for w in title.split())
        own = list(re.finditer(rf"(?m)^(?:#+[ \t]*)?{words}[ \t]*$", self.text))
        run = list(re.finditer(rf"(?m)^{words}:[ \t]+", self.text))
        if len(own) + len(run) != 1:
            raise AnnotationError(f"subtopic {title!r}: {len(own) + len(run)} places")
        if own:
            m = own[0]
            self.heading_spans.append((m.start(), m.end()))
        else:
            m = run[0]
            self.runin[m.start()] = m.end()
        return {"kind": "subtopic", "doc": self.id, "section": section, "title": title,
                "start": m.start(), "end": None}

    def finish_structure(self) -> None:
        secs = sorted(self.sections, key=lambda s: s["start"])
        n = len(self.text.rstrip())
        for i, s in enumerate(secs):
            end = n
            for t in secs[i + 1:]:
                if t["level"] <= s["level"]:
                    end = t["start"]
                    break
            s["end"] = len(self.text[:end].rstrip())
        # a subtopic on a line of its own ends at the next one of its own or the next
        # section heading; a run-in topic also ends at the next run-in topic
        own = [t["start"] for t in self.subtopics if t["start"] not in self.runin]
        runin = [t["start"] for t in self.subtopics if t["start"] in self.runin]
        for t in self.subtopics:
            heads = [s["start"] for s in secs] + own
            if t["start"] in self.runin:
                heads += runin
            nxt = sorted(h for h in heads if h > t["start"])
            end = nxt[0] if nxt else n
            t["end"] = len(self.text[:end].rstrip())
            sec = self.section_at(t["start"])
            if sec != t["section"]:
                raise AnnotationError(f"subtopic {t['title']!r} is in section {sec}, not {t['section']}")

    def section_at(self, pos: int) -> str | None:
        best = None
        for s in self.sections:
            if s["start"] <= pos < s["end"] or (s["start"] <= pos and s["end"] == pos):
                if best is None or s["level"] > best["level"]:
                    best = s
        return best["id"] if best else None

    # -- sentences ---------------------------------------------------------------
    def sentences(self) -> list[tuple[int, int]]:
        heads = {a for a, _ in self.heading_spans}
        out = []
        for m in re.finditer(r"[^\n]+", self.text):
            a, b = m.start(), m.end()
            if a in heads or not m.group().strip():
                continue
            if any(a > hs and a < he for hs, he in self.heading_spans):  # wrapped heading line
                continue
            a = self.runin.get(a, a)
            line = self.text[a:b]
            start = a + (len(line) - len(line.lstrip()))
            for e in re.finditer(r"[.?!][”’\"')]*(?=\s+[A-Z0-9“\"(])", line):
                end = a + e.end()
                out.append((start, end))
                start = end + 1
                while self.text[start] == " ":
                    start += 1
            end = a + len(line.rstrip())
            if end > start:
                out.append((start, end))
        return out

    def sentence_with(self, quote: str, sents: list[tuple[int, int]]) -> tuple[int, int]:
        n = self.text.count(quote)
        if n != 1:
            raise AnnotationError(f"quote found {n} times: {quote!r}")
        i = self.text.index(quote)
        for a, b in sents:
            if a <= i and i + len(quote) <= b:
                return a, b
        raise AnnotationError(f"quote not inside one sentence: {quote!r}")


def fields_of(rest: str) -> tuple[list[str], dict[str, str]]:
    pos, kw = [], {}
    for part in re.split(r"\s*\|\s*", rest):
        part = part.strip()
        m = re.match(r"^(end|pol|src)=(.*)$", part)
        if m:
            kw[m.group(1)] = m.group(2).strip()
        else:
            pos.append(part)
    return pos, kw


def build(ann: Path) -> tuple[str, list[dict]]:
    lines = ann.read_text(encoding="utf-8").splitlines()
    doc: Doc | None = None
    entities: list[dict] = []
    not_entities: list[str] = []
    pending: list[tuple[int, str]] = []
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        try:
            if tag == "@":
                doc = Doc(REPORTS / rest.strip())
            elif doc is None:
                raise AnnotationError("first directive must be @")
            elif tag == "S":
                sid, title = [x.strip() for x in rest.split(" | ", 1)]
                doc.sections.append(doc.find_section(sid, title))
            elif tag == "T":
                sec, title = [x.strip() for x in rest.split(" | ", 1)]
                doc.subtopics.append(doc.find_subtopic(sec, title))
            elif tag in TYPES:
                parts = [x.strip() for x in re.split(r"\s*\|\s*", rest)]
                aliases = [a.strip() for a in parts[1].split(";") if a.strip()] if len(parts) > 1 else []
                ent = {"kind": "entity", "id": "", "type": TYPES[tag], "name": parts[0],
                       "aliases": aliases, "attributes": {}, "mentions": []}
                if len(parts) > 2 and parts[2]:
                    ent["attributes"]["kind"] = parts[2]
                entities.append(ent)
            elif tag == "X":
                not_entities.append(rest.strip())
            else:
                pending.append((no, line))
        except AnnotationError as e:
            raise AnnotationError(f"{ann.name}:{no}: {e}") from None
    assert doc is not None
    doc.finish_structure()
    sents = doc.sentences()
    records: list[dict] = []
    ev = None
    counters = {"event": 0, "figure": 0, "provision": 0}
    for no, line in pending:
        tag, _, rest = line.partition(" ")
        try:
            if tag == ">":
                a, b = doc.sentence_with(rest.strip(), sents)
                ev = {"start": a, "end": b, "text": doc.text[a:b]}
                continue
            if ev is None:
                raise AnnotationError("no sentence selected")
            pos, kw = fields_of(rest)
            section = doc.section_at(ev["start"])
            if tag == "E":
                etype, date = pos[0], pos[1]
                counters["event"] += 1
                rec = {"kind": "event", "id": f"{doc.id}-e{counters['event']}", "doc": doc.id,
                       "type": etype, "date": date, "date_end": kw.get("end"),
                       "precision": precision_of(date), "participants": [], "place": None,
                       "section": section, "polarity": kw.get("pol", "asserted"),
                       "source": kw.get("src"), "evidence": dict(ev)}
            elif tag == "F":
                value, qual, unit, what = pos[0], pos[1], pos[2], pos[3]
                counters["figure"] += 1
                rec = {"kind": "figure", "id": f"{doc.id}-f{counters['figure']}", "doc": doc.id,
                       "value": parse_value(value), "unit": None if unit == "-" else unit,
                       "what": what, "qualifier": qual, "source": kw.get("src"),
                       "section": section, "evidence": dict(ev),
                       "value_end": parse_value(kw["end"]) if "end" in kw else None}
            elif tag == "V":
                norm, value, unit, qtext = pos[0], pos[1], pos[2], pos[3]
                if qtext not in ev["text"]:
                    raise AnnotationError(f"quantity text {qtext!r} not in sentence")
                counters["provision"] += 1
                rec = {"kind": "provision", "id": f"{doc.id}-p{counters['provision']}",
                       "doc": doc.id, "norm": norm,
                       "quantity": {"value": parse_value(value),
                                    "unit": None if unit == "-" else unit, "text": qtext},
                       "subject": None, "section": section, "evidence": dict(ev)}
            else:
                raise AnnotationError(f"unknown directive {tag!r}")
            records.append(rec)
        except (AnnotationError, IndexError, KeyError, ValueError) as e:
            raise AnnotationError(f"{ann.name}:{no}: {e}") from None
    # mentions: every occurrence of every form, longest first, no overlaps
    forms: list[tuple[str, int | None]] = [(f, None) for f in not_entities]
    for i, ent in enumerate(entities):
        for f in [ent["name"], *ent["aliases"]]:
            forms.append((f, i))
    owner: dict[str, int | None] = {}
    for f, i in forms:
        if f in owner and owner[f] != i:
            raise AnnotationError(f"{ann.name}: form {f!r} belongs to two entities")
        owner[f] = i
    taken: list[tuple[int, int]] = []
    for f, i in sorted(forms, key=lambda x: -len(x[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", doc.text):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            if i is not None:
                entities[i]["mentions"].append([a, b])
    for n, ent in enumerate(entities, 1):
        ent["id"] = f"{doc.id}-{PREFIX[ent['type']]}{n}"
        ent["mentions"].sort()
        if not ent["mentions"]:
            raise AnnotationError(f"{ann.name}: entity {ent['name']!r} has no mention")
        used = {doc.text[a:b] for a, b in ent["mentions"]}
        for f in ent["aliases"]:
            if f not in used:
                raise AnnotationError(f"{ann.name}: alias {f!r} of {ent['name']!r} never used")
    scope = {"kind": "scope", "doc": doc.id, "file": doc.path.name, "start": 0,
             "end": len(doc.text), "kinds": ["section", "subtopic", "entity", "event",
                                             "figure", "provision"]}
    out = [scope, *sorted(doc.sections, key=lambda s: s["start"]),
           *sorted(doc.subtopics, key=lambda s: s["start"]), *entities, *records]
    return doc.id, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if a .jsonl file is stale")
    ap.add_argument("files", nargs="*", type=Path, help="annotation files (default: src/*.ann)")
    args = ap.parse_args(argv)
    stale = 0
    for ann in args.files or sorted(SRC.glob("*.ann")):
        doc_id, recs = build(ann)
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
        target = HERE / f"{doc_id}.jsonl"
        counts: dict[str, int] = {}
        for r in recs:
            key = r["kind"] if r["kind"] != "entity" else r["type"]
            counts[key] = counts.get(key, 0) + 1
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != body:
                print(f"stale: {target}", file=sys.stderr)
                stale += 1
        else:
            target.write_text(body, encoding="utf-8")
        print(doc_id, " ".join(f"{k}={v}" for k, v in counts.items()))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
