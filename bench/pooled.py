"""Pooled relevance judgments for the corpus scope of ``ask`` (issue #16, round t-ask4).

Across the corpus, "What share of the population went online?" has an answer in every
report; the strict figure of ``bench/ask_eval.py`` counts only the question's own report.
Information-retrieval evaluations measure such questions with *pooled* judgments (TREC):
the top results of every ranking compared are pooled and each pooled result is judged once.
Written before anything was judged (docs/rounds/2026-12-06-11-t-ask4.md):

**The pool.** For every question of the held-out set (``questions_paraphrase``), the dev
set (``questions_dev``), the fresh set (``questions_fresh``, round t-ask8) and the fourth set
(``questions_fresh2``, round t-ask17) and the fifth (``questions_fresh3``, round t-ask20) that does
*not* identify its report (``bench/identifying.py``), the
union of the top 5 corpus-scope hits of ``bm25``, ``hybrid`` and ``rerank`` (the re-ranker
when installed), less the hits of the question's own report (its answer spans decide
those). A later ranking adds its own top 5 to the pool; what it adds is judged the same way
(and until then counted as unjudged).

**The criterion.** A sentence of another report answers a question that names nothing of
its report when, read alone as a sentence of that report (its country, its year), it states
the fact the question asks: for a "how many / how much / how long / what share" question,
the figure of the thing asked (not a figure of something near it: the injured for the dead,
arrests for prisoners held, a law's maximum for a sentence given); for a "did / was / is"
question, the act or its absence; for "who", the person or body; for "when", the date or
period; for "where", the place; for "what", the thing asked. Every restriction the question
states (a group, a place kind, an institution, "late in the year", "at the border") must
hold in the sentence. A sentence that only names the topic, says a figure is unknown, or
needs another sentence to give the fact does not answer (as in the strict gold, a hit is
one sentence).

**Blind judging.** ``pool`` writes two files: the items to judge (item number, question,
sentence; shuffled with a fixed seed; no report name, no ranking, no score) and a key (item
number → question id, report file name, span). The judge reads only the first and writes one
verdict a line (``N y`` or ``N n``); ``record`` joins the verdicts to the key and appends them
to ``eval/judgments_corpus.jsonl``: ``{"id", "file", "span": [start, end], "answers": bool}``,
offsets into the report as in the question sets, no report text (the reports are not ours
to redistribute; the two pool files stay outside the repository).

**Scoring** (:func:`verdict`): a hit of another report answers when its span overlaps a span
judged to answer that question in that file; it does not when it overlaps only spans judged
not to; otherwise it is unjudged, counts as not answering, and is counted.

    python bench/ask_eval.py --db DB --scopes corpus --pool-out /tmp/pool   # writes the pool
    python bench/pooled.py record /tmp/pool --verdicts /tmp/pool/verdicts.txt
    python bench/ask_eval.py --rescore RUN.json   # a --json run, re-scored with every judgment
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "eval" / "judgments_corpus.jsonl"
POOL_SETS = ("questions_paraphrase", "questions_dev", "questions_fresh", "questions_fresh2", "questions_fresh3")
SEED = 16

Judged = dict[tuple[str, str], list[tuple[int, int, bool]]]


def load_judgments(path: Path = JUDGMENTS) -> Judged:
    """(question id, file stem) → [(start, end, answers)]."""
    out: Judged = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                out.setdefault((j["id"], Path(j["file"]).stem), []).append((j["span"][0], j["span"][1], j["answers"]))
    return out


def verdict(judged: Judged, qid: str, file: str, start: int, end: int) -> bool | None:
    """Whether a hit answers by the judgments: True, False, or None (unjudged)."""
    seen = [ok for s, e, ok in judged.get((qid, file), []) if start < e and end > s]
    if any(seen):
        return True
    return False if seen else None


def write_pool(folder: Path, items: list[dict]) -> int:
    """Shuffle the unjudged items (question id, question, file, start, end, sentence), one per
    (question, file, span), and write ``items.txt`` (to read) and ``key.jsonl``."""
    unique = {(i["id"], i["file"], i["start"], i["end"]): i for i in items}
    order = sorted(unique)
    random.Random(SEED).shuffle(order)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "items.txt", "w", encoding="utf-8") as read, \
            open(folder / "key.jsonl", "w", encoding="utf-8") as key:
        for n, k in enumerate(order, 1):
            item = unique[k]
            read.write(f"[{n}] Q: {item['question']}\n    S: {' '.join(item['sentence'].split())}\n")
            key.write(json.dumps({"n": n, "id": item["id"], "file": item["file"],
                                  "span": [item["start"], item["end"]]}) + "\n")
    return len(order)


def record(folder: Path, verdicts: Path, out: Path = JUDGMENTS) -> int:
    """Append the verdicts (``N y|n`` a line) joined to the pool's key; every item must have one."""
    key = {j["n"]: j for j in map(json.loads, (folder / "key.jsonl").read_text().splitlines()) if j}
    said = {}
    for line in verdicts.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit() and parts[1] in ("y", "n"):
            said[int(parts[0])] = parts[1] == "y"
    missing = sorted(set(key) - set(said))
    if missing:
        raise SystemExit(f"no verdict for items {missing[:20]}{' …' if len(missing) > 20 else ''}")
    with open(out, "a", encoding="utf-8") as f:
        for n in sorted(key):
            j = key[n]
            f.write(json.dumps({"id": j["id"], "file": j["file"], "span": j["span"],
                                "answers": said[n]}) + "\n")
    return len(key)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record", help="append the verdicts of a pool to eval/judgments_corpus.jsonl")
    rec.add_argument("folder", type=Path)
    rec.add_argument("--verdicts", type=Path, required=True)
    args = ap.parse_args()
    n = record(args.folder, args.verdicts)
    print(f"{n} judgments appended to {JUDGMENTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
