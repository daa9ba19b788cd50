"""Search latency on a corpus of 500+ reports, next to a raw FTS5 MATCH on the same table.

    python bench/search.py [--reports 520] [--db /tmp/rl-bench-search.db] [--rebuild] [--repeat 5]

Builds (once; reused unless --rebuild) a database of perturbed copies of our example
reports and of the shared reports (../shared/reports): countries renamed, years shifted,
paragraphs shuffled within their sections. Records go straight through ``Store.save``
with a cheap regex sentence split (no spaCy), a few organization mentions and dated
events from keywords, so that every filter of ``search`` has something to work on.
Then it times ``rightsledger.store.search.sqlite.search`` (parse, filters, BM25, highlight, citations)
over a set of queries — phrases, NEAR, prefixes, booleans, filters — and, in the same
run, the bare FTS5 query ``SELECT rowid, bm25(..) FROM sentences_fts WHERE sentences_fts
MATCH ? ORDER BY bm25(..) LIMIT 20``. Prints p50/p95 of both and their ratio. Target:
search p95 < 50 ms.

``--ask``: also computes the sentence vectors of every report (once) and times warm ``ask``
(hybrid, answers included, no re-ranker) over both question sets of ``bench/ask_eval.py``
on this corpus. Target: p95 < 300 ms on 500 reports.

``--cold N``: N runs of one question from a fresh ``rightsledger ask`` process (interpreter
start and imports included; the vector matrix mapped from its files next to the database
once a first run wrote them), CPU time (user + system, of the child) and wall time of each.
Target: under 2 s on 500 reports.

The third-party report texts are read from ../shared at run time, never copied.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rightsledger.records import (  # noqa: E402
    Document, Entity, Event, Paragraph, Sentence, Span,
)
from rightsledger.store import Bundle, Store  # noqa: E402

SHARED = ROOT.parent / "shared" / "reports"
COUNTRIES = ["Veridia", "Kestria", "Lumeria", "Ostrava", "Belmora", "Zandor", "Quorvia",
             "Tessaly", "Marrowind", "Sulvania", "Halvor", "Dravenia", "Ithria", "Corvel",
             "Nantessa", "Pellucia", "Rovania", "Estmark", "Galdor", "Yvernia"]
ORGS = ["Human Rights Watch", "Amnesty International", "International Committee of the Red Cross",
        "UNHCR", "Freedom House", "Committee to Protect Journalists"]
EVENT_WORDS = [("detention_or_arrest", re.compile(r"\b(arrest|detain)", re.I)),
               ("killing", re.compile(r"\bkill", re.I)),
               ("torture_or_abuse", re.compile(r"\btortur", re.I)),
               ("protest", re.compile(r"\b(protest|demonstrat)", re.I))]
MONTH_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)\b")
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"], 1)}
SENT_RE = re.compile(r"\S.*?(?:[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|$)", re.S)

QUERIES: list[tuple[str, dict]] = [
    ("torture", {}),
    ("police", {}),
    ('"security forces"', {}),
    ('"freedom of expression"', {}),
    ('"arbitrary arrest"', {}),
    ("torture NEAR/5 custody", {}),
    ("journalist* NEAR/10 detain*", {}),
    ("detain*", {}),
    ("prison* conditions", {}),
    ("(rape OR \"sexual violence\") NOT child*", {}),
    ("election* AND fraud", {}),
    ("refugee* OR asylum", {}),
    ("police", {"country": "Kestria"}),
    ("torture", {"year": 2015}),
    ("torture", {"section": "1"}),
    ("prison*", {"section": "1.c"}),
    ("arrest*", {"country": "Veridia", "year": 2010}),
    ('"security forces"', {"entity": "Human Rights Watch"}),
    ("police", {"event_type": "detention_or_arrest"}),
    ("protest*", {"date_from": "2012-01", "date_to": "2012-06"}),
    ('"human rights"', {"doc": "b0007"}),
    ("", {"entity": "Amnesty International", "country": "Zandor"}),
]


# -- the corpus ------------------------------------------------------------------------------
def base_reports() -> list[tuple[str, str, str | None, int | None]]:
    """(name, text, country, year) of our examples and the shared reports."""
    from rightsledger.read.metadata import detect_metadata

    files = sorted((ROOT / "examples" / "reports").glob("*.txt")) + sorted((ROOT / "examples" / "reports").glob("*.md"))
    if SHARED.is_dir():
        files += [SHARED / "kazakhstan-2022.txt", *sorted((SHARED / "usdos").glob("*.md"))]
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8-sig")
        try:
            meta = detect_metadata(text, f.name)
            country, year = meta.country, meta.year
        except Exception:
            country, year = None, None
        out.append((f.stem, text, country, year))
    return out


def perturb(text: str, country: str | None, year: int | None, rng: random.Random,
            new_country: str, new_year: int) -> str:
    if country:
        text = re.sub(re.escape(country), new_country, text, flags=re.I)
    if year:
        text = re.sub(rf"\b{year}\b", str(new_year), text)
        text = re.sub(rf"\b{year - 1}\b", str(new_year - 1), text)
    # shuffle paragraphs inside each run of prose paragraphs (headings stay in place)
    paras = text.split("\n\n")
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and len(paras[j]) > 200:
            j += 1
        if j - i > 1:
            block = paras[i:j]
            rng.shuffle(block)
            paras[i:j] = block
        i = j + 1
    return "\n\n".join(paras)


def cheap_outline(text: str, doc_id: str):
    try:
        from rightsledger.structure import outline

        out = outline(text, doc_id)
        return out.sections, out.subtopics, out.paragraphs
    except Exception:  # the outline stage is not the subject here
        paras = []
        for n, m in enumerate(re.finditer(r"[^\n]+", text), 1):
            paras.append(Paragraph(doc_id, None, None, n, m.start(), m.end()))
        return [], [], paras


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in SENT_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def bundle_for(doc_id: str, text: str, country: str, year: int) -> Bundle:
    sections, subtopics, paragraphs = cheap_outline(text, doc_id)
    sentences = [Sentence(doc_id, p.section, p.n, s, e)
                 for p in paragraphs for s, e in split_sentences(text, p.start, p.end)]
    entities = []
    for org in ORGS:
        ms = [[m.start(), m.end()] for m in re.finditer(re.escape(org), text)]
        if ms:
            entities.append(Entity(re.sub(r"\W+", "-", org.lower()), "organization", org, [], {}, ms))
    events = []
    for snt in sentences:
        st = text[snt.start:snt.end]
        for etype, rx in EVENT_WORDS:
            if rx.search(st):
                mm = MONTH_RE.search(st)
                date = f"{year}-{MONTHS[mm.group(1)]:02d}" if mm else str(year)
                events.append(Event(f"{doc_id}-e{len(events)}", doc_id, etype, date, None,
                                    "month" if mm else "year", [], None, snt.section, "asserted",
                                    None, Span.of(text, snt.start, snt.end)))
                break
    doc = Document(doc_id, f"{year} Country Report on Human Rights Practices: {country}", country,
                   country[:2].upper(), year, f"{doc_id}.txt", "txt",
                   hashlib.sha256(text.encode()).hexdigest(), len(text))
    return Bundle(doc, f"/bench/{doc_id}.txt", text, sections, subtopics, paragraphs, sentences,
                  entities, events, [], [])


def build(db: str, n_reports: int, seed: int = 7) -> dict[str, float]:
    rng = random.Random(seed)
    bases = base_reports()
    if not bases:
        raise SystemExit("no reports: examples/reports and ../shared/reports are both empty")
    store = Store(db)
    t0 = time.perf_counter()
    n_sent = 0
    for k in range(n_reports):
        name, text, country, year = bases[k % len(bases)]
        new_country = COUNTRIES[(k // len(bases) + k) % len(COUNTRIES)]
        new_year = 1999 + (k * 7) % 26
        ptext = perturb(text, country, year, rng, new_country, new_year)
        b = bundle_for(f"b{k:04d}", ptext, new_country, new_year)
        store.save(b, "bench")
        n_sent += len(b.sentences)
        if (k + 1) % 100 == 0:
            print(f"  {k + 1} reports, {n_sent} sentences, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO sentences_fts(sentences_fts) VALUES ('optimize')")
        conn.exec_driver_sql("ANALYZE")
    return {"reports": n_reports, "sentences": n_sent, "seconds": time.perf_counter() - t0}


# -- the timing ------------------------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


def run(db: str, repeat: int) -> int:
    from rightsledger.store.search import search, to_fts

    store = Store(db)
    raw = sqlite3.connect(db)
    raw_sql = ("SELECT rowid, bm25(sentences_fts) FROM sentences_fts WHERE sentences_fts MATCH ? "
               "ORDER BY bm25(sentences_fts) LIMIT 20")
    n_docs = len(store.doc_ids())
    n_sent = raw.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
    print(f"corpus: {n_docs} reports, {n_sent} sentences ({db})")
    ours: list[float] = []
    bare: list[float] = []
    ours_cpu: list[float] = []
    bare_cpu: list[float] = []
    rows = []
    for q, filters in QUERIES:  # warm up: page cache, citation outlines
        search(store, q, limit=20, **filters)
    for q, filters in QUERIES:
        t_ours, t_bare = [], []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            hits = search(store, q, limit=20, **filters)
            t_ours.append((time.perf_counter() - t) * 1000)
            ours_cpu.append((time.process_time() - c) * 1000)
            if q:
                fts = to_fts(q)
                t, c = time.perf_counter(), time.process_time()
                raw.execute(raw_sql, (fts,)).fetchall()
                t_bare.append((time.perf_counter() - t) * 1000)
                bare_cpu.append((time.process_time() - c) * 1000)
        ours += t_ours
        bare += t_bare
        label = q + ("  " + " ".join(f"{k}={v}" for k, v in filters.items()) if filters else "")
        rows.append((label, len(hits), statistics.median(t_ours),
                     statistics.median(t_bare) if t_bare else float("nan")))
    w = max(len(r[0]) for r in rows)
    print(f"{'query':<{w}}  hits  search ms  raw FTS5 ms")
    for label, n, a, b in rows:
        print(f"{label:<{w}}  {n:>4}  {a:>9.1f}  {b:>11.1f}")
    p50, p95 = pct(ours, 50), pct(ours, 95)
    r50, r95 = pct(bare, 50), pct(bare, 95)
    print(f"\nsearch():  p50 {p50:.1f} ms  p95 {p95:.1f} ms  ({len(ours)} runs)")
    print(f"raw FTS5:  p50 {r50:.1f} ms  p95 {r95:.1f} ms  ({len(bare)} runs)")
    print(f"ratio:     p50 {p50 / r50:.2f}x  p95 {p95 / r95:.2f}x")
    c50, c95, b50, b95 = pct(ours_cpu, 50), pct(ours_cpu, 95), pct(bare_cpu, 50), pct(bare_cpu, 95)
    print(f"CPU time (less sensitive to other load on the machine): search() p50 {c50:.1f} / p95 "
          f"{c95:.1f} ms, raw FTS5 p50 {b50:.1f} / p95 {b95:.1f} ms, ratio p95 {c95 / b95:.2f}x")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average during the run: {load:.1f} on {os.cpu_count()} CPUs")
    ok = p95 < 50
    print(f"target p95 < 50 ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=520)
    ap.add_argument("--db", default="/tmp/rl-bench-search.db")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--ask", action="store_true", help="also time warm ask (vectors computed once)")
    ap.add_argument("--cold", type=int, default=0, metavar="N",
                    help="N runs of one question from a fresh CLI process (CPU and wall)")
    args = ap.parse_args()
    path = Path(args.db)
    fresh = args.rebuild or not path.exists()
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        info = build(str(path), args.reports)
        print(f"built {info['reports']} reports, {info['sentences']} sentences in {info['seconds']:.0f} s")
    status = run(str(path), args.repeat)
    if args.ask:
        time_ask(str(path))
    if args.cold:
        time_cold(str(path), args.cold)
    return status


COLD_QUESTION = "How many people died in the January events?"


def time_cold(db: str, runs: int) -> None:
    """CPU (user + system) and wall seconds of ``rightsledger ask`` in a fresh process, per run."""
    import resource
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "rightsledger", "ask", COLD_QUESTION, "--db", db, "--no-rerank",
           "--format", "jsonl"]
    for i in range(1, runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"ask, cold CLI, run {i}: CPU {cpu:.2f} s, wall {wall:.2f} s (target < 2 s)")


def time_ask(db: str) -> None:
    """Warm ``ask`` p50/p95 over both question sets, on this corpus (vectors computed once)."""
    from ask_eval import SETS, latency, load_questions  # bench/ask_eval.py

    from rightsledger.api.app import limit_blas_threads
    from rightsledger.run.vectors import embed_stored

    limit_blas_threads(1)          # as a server worker runs it (RIGHTSLEDGER_BLAS_THREADS)
    store = Store(db)
    t0 = time.perf_counter()
    missing = sorted(set(store.doc_ids()) - _docs_with_vectors(store))
    if missing:
        embed_stored(store, missing)
        print(f"vectors of {len(missing)} reports in {time.perf_counter() - t0:.0f} s")
    qs = [q["question"] for name in SETS for q in load_questions(name)]
    lat = latency(store, qs)
    print(f"ask, warm, {len(store.doc_ids())} reports ({lat['n']} questions, answers included, no re-ranker): "
          f"p50 {lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms, max {lat['max']:.0f} ms (target p95 < 300 ms); "
          f"CPU p50 {lat['cpu_p50']:.0f} ms, p95 {lat['cpu_p95']:.0f} ms")


def _docs_with_vectors(store) -> set[str]:
    from sqlalchemy import text as sql

    with store.engine.connect() as conn:
        return set(conn.execute(sql("SELECT DISTINCT doc FROM sentence_vectors")).scalars())


if __name__ == "__main__":
    raise SystemExit(main())
