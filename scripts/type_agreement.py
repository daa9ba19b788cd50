"""A second annotator types gold events blind: sample, then compare (round t-agree1, issue 14).

Event type accuracy on test stays under the .85 target in groups 2, 3-4 and 5-7; this measures how
often two careful annotators give the same type to the same gold event there, so that the target can
be read against human agreement and the gold's slips found. The system is never run: only gold files
and report text are read.

``sample`` draws, with a fixed seed, N events from each section group of the test gold files
(default groups 2, 3-4 and 5-7) and M events from the dev gold files that are not held out (all
groups), each stratum allocated to its files in proportion to their events (largest remainder), and
writes two files outside the repository (the sentences are report text):

- ``sheet.tsv``: id, split, group, doc, start, date, date_end, precision, polarity, the sentence
  before the event's evidence and the evidence itself — **not** the gold type;
- ``key.tsv``: id and gold type, for ``compare`` only, opened after the sheet is typed.

``compare`` reads the second annotator's ``id<TAB>type`` lines and the key, and prints raw agreement
and Cohen's kappa per stratum and split, and the confusion pairs (gold → second).

    PYTHONPATH=src python scripts/type_agreement.py sample --out /tmp/t-agree1 [--seed 17]
    PYTHONPATH=src python scripts/type_agreement.py compare /tmp/t-agree1/key.tsv /tmp/t-agree1/typed.tsv
"""
from __future__ import annotations

import argparse
import collections
import random
import re
from pathlib import Path
from typing import Any

from rightsledger.analysis.evaluation.agreement import cohen_kappa
from rightsledger.analysis.evaluation.evaluate import held_out, load_jsonl, text_path
from rightsledger.read import read_path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold" / "shared"
GROUP_OF = {"exec": "exec", "1": "1", "2": "2", "3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7", "7": "5-7"}
_SENT_END = re.compile(r"[.!?][\"')\]]?\s+(?=\S)")


def group_of(section: str | None) -> str:
    """The evaluator's section group of a gold event's ``section`` ("2.a" → "2", "7.b" → "5-7")."""
    top = (section or "").split(".")[0]
    return GROUP_OF.get(top, "none")


def allocate(counts: dict[str, int], n: int) -> dict[str, int]:
    """``n`` draws over files in proportion to their event counts (largest remainder, ties by name)."""
    total = sum(counts.values())
    if total <= n:
        return dict(counts)
    exact = {k: n * c / total for k, c in counts.items()}
    out = {k: int(v) for k, v in exact.items()}
    rest = sorted(counts, key=lambda k: (-(exact[k] - out[k]), k))
    for k in rest[: n - sum(out.values())]:
        out[k] += 1
    return out


def previous_sentence(text: str, start: int) -> str:
    """The sentence before ``start`` within its paragraph (empty at a paragraph's start)."""
    head = text[max(0, start - 1200):start]
    para = head.rsplit("\n\n", 1)[-1] if "\n\n" in head else head
    para = para.rstrip()
    if not para:
        return ""
    ends = [m.end() for m in _SENT_END.finditer(para[:-1])]
    return para[ends[-1]:] if ends else para


def strata(gold_dir: Path, test_groups: dict[str, int], dev_n: int,
           skip: set[str] | None = None) -> dict[str, tuple[str, list[tuple[str, dict]]]]:
    """The pools: ``{stratum: (split, [(doc, event), …])}``; test by group, dev all groups."""
    skip = held_out() if skip is None else skip
    pools: dict[str, tuple[str, list[tuple[str, dict]]]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        recs = load_jsonl(path)
        scope = recs[0]
        split = scope.get("split", "dev")
        if split != "test" and path.stem in skip:
            continue
        for r in recs[1:]:
            if r.get("kind") != "event":
                continue
            g = group_of(r.get("section"))
            if split == "test" and g in test_groups:
                pools.setdefault(f"test {g}", ("test", []))[1].append((path.stem, r))
            elif split != "test" and dev_n:
                pools.setdefault("dev all", ("dev", []))[1].append((path.stem, r))
    return pools


def draw(pool: list[tuple[str, dict]], n: int, rng: random.Random) -> list[tuple[str, dict]]:
    """``n`` events of ``pool`` allocated to files by their share, drawn per file without replacement."""
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for doc, r in pool:
        by_doc[doc].append(r)
    quota = allocate({d: len(v) for d, v in by_doc.items()}, n)
    out = []
    for doc in sorted(by_doc):
        out += [(doc, r) for r in rng.sample(by_doc[doc], quota[doc])]
    return out


def sample(gold_dir: Path, out: Path, seed: int, test_n: int, dev_n: int,
           groups: tuple[str, ...] = ("2", "3-4", "5-7"), text_dir: Path | None = None,
           skip: set[str] | None = None) -> int:
    """Write ``sheet.tsv`` and ``key.tsv`` under ``out``; returns the number of events drawn.

    ``text_dir`` reads the reports as plain text from there (tests); by default from the evaluator's
    text directories. ``skip``: the dev reports left out (default: the held-out list)."""
    rng = random.Random(seed)
    pools = strata(gold_dir, {g: test_n for g in groups}, dev_n, skip)
    rows, keys = [], []
    texts: dict[str, str] = {}
    order = [f"test {g}" for g in groups] + ["dev all"]
    for name in order:
        if name not in pools:
            continue
        split, pool = pools[name]
        picked = draw(pool, test_n if split == "test" else dev_n, rng)
        rng.shuffle(picked)
        for doc, r in picked:
            if doc not in texts:
                scope = load_jsonl(gold_dir / f"{doc}.jsonl")[0]
                if text_dir is not None:
                    texts[doc] = (text_dir / scope["file"]).read_text(encoding="utf-8")
                else:
                    p = text_path(scope)
                    texts[doc] = read_path(p).text if p else ""
            text = texts[doc]
            s, e = r["evidence"]["start"], r["evidence"]["end"]
            ident = f"{name.replace(' ', '_')}-{len(rows) + 1:03d}"  # stratum-number
            clean = lambda t: " ".join(t.split())  # noqa: E731 - one line per row
            rows.append([ident, split, name.split()[1], doc, str(s), r.get("date") or "", r.get("date_end") or "",
                         r.get("precision") or "", r.get("polarity") or "asserted",
                         clean(previous_sentence(text, s)), clean(text[s:e])])
            keys.append([ident, r["type"], doc, str(s)])
    out.mkdir(parents=True, exist_ok=True)
    head = ["id", "split", "group", "doc", "start", "date", "date_end", "precision", "polarity", "before", "evidence"]
    (out / "sheet.tsv").write_text("\n".join("\t".join(x) for x in [head] + rows) + "\n", encoding="utf-8")
    (out / "key.tsv").write_text("\n".join("\t".join(x) for x in keys) + "\n", encoding="utf-8")
    return len(rows)


def read_tsv(path: Path) -> dict[str, str]:
    """``id → type`` from a key or a typed file (first two columns; ``#`` lines and the header skipped)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and not line.startswith("#") and cols[0] != "id":
            out[cols[0]] = cols[1].strip()
    return out


def compare(key: dict[str, str], typed: dict[str, str]) -> dict[str, Any]:
    """Raw agreement, Cohen's kappa and confusion pairs per stratum, split and overall."""
    bins: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    strata_of: dict[str, set[str]] = collections.defaultdict(set)
    for ident, gold in key.items():
        if ident not in typed:
            continue
        stratum = ident.rsplit("-", 1)[0]
        pair = (gold, typed[ident])
        bins[stratum].append(pair)
        strata_of[stratum.split("_")[0]].add(stratum)
        bins[stratum.split("_")[0]].append(pair)
        bins["all"].append(pair)
    for split, names in strata_of.items():  # a split of one stratum is that stratum
        if len(names) == 1:
            del bins[split]
    res: dict[str, Any] = {}
    for name, pairs in sorted(bins.items()):
        same = sum(a == b for a, b in pairs)
        res[name] = {"n": len(pairs), "agree": round(same / len(pairs), 4), "kappa": round(cohen_kappa(pairs) or 0.0, 4),
                     "confusions": collections.Counter((a, b) for a, b in pairs if a != b).most_common()}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--seed", type=int, default=17)
    s.add_argument("--test-n", type=int, default=70)
    s.add_argument("--dev-n", type=int, default=60)
    s.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    c = sub.add_parser("compare")
    c.add_argument("key", type=Path)
    c.add_argument("typed", type=Path)
    args = ap.parse_args()
    if args.cmd == "sample":
        print(sample(args.gold_dir, args.out, args.seed, args.test_n, args.dev_n), "events drawn")
        return
    for name, r in compare(read_tsv(args.key), read_tsv(args.typed)).items():
        print(f"{name:10} n={r['n']:3} agree={r['agree']:.3f} kappa={r['kappa']:.3f}")
        for (a, b), k in r["confusions"]:
            print(f"    {a} -> {b}: {k}")


if __name__ == "__main__":
    main()
