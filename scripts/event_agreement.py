"""A second annotator finds the events of whole paragraphs blind: sample, then score (round t-agree2, issue 14).

t-agree1 measured how often two annotators give the same type to a gold event; this measures how
well they agree on *which* events a passage holds and on their dates — the event target (date +
overlapping sentence) read against human agreement. The system is never run: only gold files and
report text are read.

``sample`` draws, with a fixed seed, N whole paragraphs from each section group of the test gold
files (default exec, 1, 2, 3-4, 5-7; at most one paragraph per file and group, so a group's
paragraphs come from different files) and M paragraphs from the dev gold files that are not held out
(all groups, at most one per file), and writes outside the repository (paragraphs are report text):

- ``paragraphs.txt``: each paragraph's id, file, group, section and subsection titles and text —
  **not** the gold records;
- ``sample.json``: the ids with their file, group and offsets (for ``score``).

The second annotator writes one line per event into a TSV (``#`` lines skipped):
``para_id  evidence_snippet  date  date_end  precision  type  polarity`` — the snippet is a piece of
the evidence sentence, found inside the paragraph (first occurrence; ``snippet@@k`` for the k-th),
and its span is widened to the sentence. ``score`` turns the lines into export records and scores
them against the gold restricted to the sampled paragraphs with the evaluator's own matching
(``scoring.score``: same date, overlapping evidence), per group and split: P/R/F1 and type
agreement on matched pairs; ``--errors`` lists every disagreement (gold only / second only / type).

    PYTHONPATH=src python scripts/event_agreement.py sample --out /tmp/t-agree2 [--seed 17]
    PYTHONPATH=src python scripts/event_agreement.py score /tmp/t-agree2/sample.json /tmp/t-agree2/blind.tsv [--errors]
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
from pathlib import Path
from typing import Any

from rightsledger.analysis.evaluation.evaluate import held_out, load_jsonl, text_path
from rightsledger.analysis.evaluation.scoring import PRF, score
from rightsledger.read import read_path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold" / "shared"
GROUPS = ("exec", "1", "2", "3-4", "5-7")
GROUP_OF = {"1": "1", "2": "2", "3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7", "7": "5-7"}
_SECTION = re.compile(r"^[#\s]*Section\s+(\d)\b")
_SENT_END = re.compile(r"[.!?][\"'”)\]]?\s+(?=\S)")


def is_heading(block: str) -> bool:
    """A title line: short, one line, no sentence end (headings are printed, never sampled)."""
    b = block.strip()
    return len(b) < 160 and "\n" not in b and not b.endswith((".", ":", ";", '"', "”", ")"))


def paragraphs(text: str, scope: dict[str, Any]) -> list[dict[str, Any]]:
    """The scope's sampleable paragraphs (blocks between blank lines, headings left out), each with
    its section group and the titles above it.

    The group is read from the text's "Section N" headings (exec before the first one), the same
    for every layout; a paragraph outside the scope's ranges is left out."""
    lo, hi = scope.get("start", 0), scope.get("end", len(text))
    ranges = scope.get("ranges") or [[lo, hi]]
    out, group, section, sub = [], "exec", "", ""
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        block, s = m.group(0), m.start()
        sec = _SECTION.match(block)
        if sec:
            group, section, sub = GROUP_OF.get(sec.group(1), "other"), block.strip("# \n"), ""
            continue
        if is_heading(block):
            sub = block.strip("# \n")
            continue
        e = m.end()
        if len(block.strip()) < 40 or not any(a <= s < b for a, b in ranges) or not lo <= s < hi:
            continue
        out.append({"start": s, "end": e, "group": group, "section": section, "sub": sub})
    return out


def load_text(gold_dir: Path, doc: str, text_dir: Path | None) -> tuple[dict[str, Any], str]:
    """A gold file's scope and its report's text (``text_dir``: plain text files, for tests)."""
    scope = load_jsonl(gold_dir / f"{doc}.jsonl")[0]
    if text_dir is not None:
        return scope, (text_dir / scope["file"]).read_text(encoding="utf-8")
    p = text_path(scope)
    return scope, (read_path(p).text if p else "")


def sample(gold_dir: Path, out: Path, seed: int, test_n: int, dev_n: int,
           groups: tuple[str, ...] = GROUPS, text_dir: Path | None = None,
           skip: set[str] | None = None) -> list[dict[str, Any]]:
    """Draw the paragraphs, write ``paragraphs.txt`` and ``sample.json`` under ``out``; return the draw.

    Per test group: the group's paragraphs of all test files pooled, then ``test_n`` drawn at most one
    per file (a file drawn twice is passed over). Dev: ``dev_n`` from the non-held-out dev files, the
    same way, all groups."""
    skip = held_out() if skip is None else skip
    rng = random.Random(seed)
    pools: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    texts: dict[str, str] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        doc = path.stem
        scope = load_jsonl(path)[0]
        split = scope.get("split", "dev")
        if split != "test" and doc in skip:
            continue
        scope, text = load_text(gold_dir, doc, text_dir)
        if not text:
            continue
        texts[doc] = text
        for p in paragraphs(text, scope):
            p = dict(p, doc=doc, split=split)
            if split == "test" and p["group"] in groups:
                pools[f"test {p['group']}"].append(p)
            elif split != "test":
                pools["dev all"].append(p)
    drawn: list[dict[str, Any]] = []
    for name in [f"test {g}" for g in groups] + ["dev all"]:
        pool = pools.get(name, [])
        want = test_n if name.startswith("test") else dev_n
        order = rng.sample(pool, len(pool))
        seen: set[str] = set()
        for p in order:
            if len([d for d in drawn if d["stratum"] == name]) >= want:
                break
            if p["doc"] in seen:
                continue
            seen.add(p["doc"])
            drawn.append(dict(p, stratum=name, id=f"{name.replace(' ', '_')}-{len(seen):02d}"))
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "paragraphs.txt", "w", encoding="utf-8") as fh:
        for p in drawn:
            fh.write(f"=== {p['id']}  {p['doc']} [{p['start']}:{p['end']}] group {p['group']}\n"
                     f"--- {p['section']} / {p['sub']}\n{texts[p['doc']][p['start']:p['end']]}\n\n")
    (out / "sample.json").write_text(json.dumps(drawn, indent=1), encoding="utf-8")
    return drawn


def sentence_span(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around ``[start, end)`` inside the paragraph ``[lo, hi)``."""
    para = text[lo:hi]
    bounds = [0] + [m.end() for m in _SENT_END.finditer(para)] + [len(para)]
    s = max(b for b in bounds if b <= start - lo)
    e = min(b for b in bounds if b >= end - lo)
    return lo + s, lo + e


def records(lines: list[str], drawn: dict[str, dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """The annotator's TSV lines as export event records (with ``doc`` and ``para``)."""
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        pid, snip, date, date_end, prec, typ, pol = (cols + [""] * 7)[:7]
        p = drawn[pid]
        text = texts[p["doc"]]
        k = 1
        if "@@" in snip:
            snip, k = snip.rsplit("@@", 1)[0], int(snip.rsplit("@@", 1)[1])
        at = p["start"] - 1
        for _ in range(k):
            at = text.find(snip, at + 1, p["end"])
        if at < 0:
            raise ValueError(f"{pid}: snippet not in paragraph: {snip!r}")
        s, e = sentence_span(text, at, at + len(snip), p["start"], p["end"])
        out.append({"kind": "event", "doc": p["doc"], "para": pid, "type": typ, "date": date,
                    "date_end": date_end or None, "precision": prec, "polarity": pol or "asserted",
                    "evidence": {"start": s, "end": e}})
    return out


def score_sample(drawn: list[dict[str, Any]], lines: list[str], gold_dir: Path,
                 text_dir: Path | None = None) -> dict[str, Any]:
    """P/R/F1 and type agreement per stratum, split and overall, and the disagreements."""
    by_id = {p["id"]: p for p in drawn}
    texts = {d: load_text(gold_dir, d, text_dir)[1] for d in {p["doc"] for p in drawn}}
    mine = records(lines, by_id, texts)
    bins: dict[str, list] = collections.defaultdict(lambda: [PRF(), 0])
    errors = []
    for p in drawn:
        gold = load_jsonl(gold_dir / f"{p['doc']}.jsonl")
        scope = dict(gold[0], ranges=[[p["start"], p["end"]]], kinds=["event"])
        s = score([r for r in mine if r["para"] == p["id"]], [scope, *gold[1:]], keep_errors=True)
        prf = s.kinds["event"]
        for name in (p["stratum"], p["split"], "all"):
            bins[name][0] += prf
            bins[name][1] += s.event_type_correct
        for g in s.errors["event"]["fn"]:
            errors.append((p["id"], "gold only", g))
        for r in s.errors["event"]["fp"]:
            errors.append((p["id"], "second only", r))
        for a, g in getattr(s, "event_pairs", []):
            if a["type"] != g["type"]:
                errors.append((p["id"], f"type {g['type']} -> {a['type']}", g))
    res = {}
    for name, (prf, same) in bins.items():
        res[name] = dict(prf.as_dict(), type_agree=round(same / prf.tp, 4) if prf.tp else None)
    return {"scores": res, "errors": errors, "texts": texts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--seed", type=int, default=17)
    s.add_argument("--test-n", type=int, default=8)
    s.add_argument("--dev-n", type=int, default=10)
    s.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    c = sub.add_parser("score")
    c.add_argument("sample", type=Path)
    c.add_argument("annotation", type=Path)
    c.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    c.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    if args.cmd == "sample":
        print(len(sample(args.gold_dir, args.out, args.seed, args.test_n, args.dev_n)), "paragraphs drawn")
        return
    drawn = json.loads(args.sample.read_text(encoding="utf-8"))
    res = score_sample(drawn, args.annotation.read_text(encoding="utf-8").splitlines(), args.gold_dir)
    for name, r in sorted(res["scores"].items()):
        print(f"{name:10} tp={r['tp']:3} only2nd={r['fp']:3} onlygold={r['fn']:3} "
              f"P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} type={r['type_agree']}")
    if args.errors:
        for pid, what, rec in res["errors"]:
            ev = rec["evidence"]
            doc = next(p["doc"] for p in drawn if p["id"] == pid)
            snippet = " ".join(res["texts"][doc][ev["start"]:ev["end"]].split())[:140]
            print(f"{pid} {what}: {rec['date']} {rec.get('precision')} {rec['type']} "
                  f"{rec.get('polarity', 'asserted')} @{ev['start']} {snippet}")


if __name__ == "__main__":
    main()
