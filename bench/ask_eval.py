"""Recall@5 and MRR of ``ask`` on both question sets, for every ranking, within a report and
across the corpus; plus the latency of ``ask``.

    python bench/ask_eval.py [--db DB] [--k 5] [--sets questions,questions_paraphrase]
                             [--rankings bm25,hybrid,rerank] [--scopes within,corpus,country]
                             [--latency] [--cold [--cold-runs N]] [--pool-out DIR] [-v]
    python bench/ask_eval.py --rescore RUN.json   # the pooled table of an earlier --json run, today's judgments

Question sets: ``eval/questions.jsonl`` (written with the ranking in view; mostly about the
example reports) and ``eval/questions_paraphrase.jsonl`` (held out: written from reading six
shared reports before any ranking ran, worded away from the report; never tuned on) and
``eval/questions_dev.jsonl`` (written the same way from four other shared reports; the set
to tune on) and ``eval/questions_fresh.jsonl`` (round t-ask8: written the same way from five
shared reports the other sets use least, after the held-out set had been run at the end of
four rounds; held out like it) and ``eval/questions_fresh2.jsonl`` (round t-ask17: 88 questions
written the same way from five reports of 1999-2024, three of them state.gov pages; measured
once as fresh, a dev set since) and ``eval/questions_fresh3.jsonl`` (round t-ask20: 80 questions
written the same way from five reports of 1999-2020, two of them state.gov pages; measured once
as fresh, a dev set since).
Each question names its report (``file``) and the character span(s) of the sentence(s)
that answer it; a hit counts if it is in that report and overlaps an answer span.

Rankings: ``bm25`` (``ask(semantic=False)``: the question's words, BM25 re-scored by
coverage and intent, sentences only), ``hybrid`` (the default ``ask``: BM25 over
sentences and headings fused with the stored sentence vectors, no transformer), ``rerank``
(hybrid + the ``[semantic]`` extra's transformer, whichever is installed:
``analysis/questions/rerank.py``; skipped when none is), ``rerank-e5`` / ``rerank-minilm`` (that one,
when installed: to compare them in one run).
Scopes: ``within`` asks inside the question's report (``doc=``), ``corpus`` across every report,
``country`` across every report of the question's country (``country=``: what a reader who
picks the country, as the web UI's filter does, gets; most questions name no country or
year, so across the whole corpus several reports hold an equally good answer and only the
question's own report counts).

Without ``--db`` the reports (examples + ../shared) are put in a fresh database with the
cheap sentence split of ``bench/search.py`` and their headings and vectors computed
(``rightsledger reindex``); with ``--db`` an ingested database is used, its documents matched
to the questions by file name (``rightsledger ingest ../shared/reports/kazakhstan-2022.txt
../shared/reports/usdos examples/reports --db DB`` gives the real pipeline's sentences).
Questions whose report is missing (../shared absent) are skipped and counted.

Identifying questions (``bench/identifying.py``, declared before any score was computed with
it): a question identifies its report when it names the report's country or a demonym, the
report's year (or a year written in at most two reports), or a proper name or a phrase of
two or more content words written in the report and in at most two reports of the corpus,
computed from the texts of the database's reports. Across the corpus, no ranking can tell
which report a question that identifies none means; the corpus scope is printed for all
questions and for the identifying ones only (``corpus, identifying (n)``). ``-v`` prints
each question's reasons.

Pooled judgments (``bench/pooled.py``, round t-ask4; the pool and the criterion were written
before anything was judged). For the questions that identify nothing, the corpus scope is
measured as IR evaluations measure it, with pooled relevance judgments: the pool is, for
every non-identifying question of the held-out and dev sets, the union of the top 5 corpus
hits of ``bm25``, ``hybrid`` and ``rerank``; every pooled hit of another report is judged
once, blind (shuffled, no ranking, no report name shown), by this criterion: a sentence of
another report answers a question that names nothing of its report when it states, for that
report's country and year, the fact the question asks — a figure of the thing asked for a
"how many / how much / how long / what share" question, the act or its absence for a
"did / was" question, the person or body for "who", the date for "when", the place for
"where" — with every restriction the question states; a sentence that only names the topic,
says the figure is unknown or needs another sentence does not answer. The judgments are in
``eval/judgments_corpus.jsonl`` (question id, report file name, span, verdict; no report text).
The corpus scope is then printed strict (own report only) and pooled (a hit answers when it
overlaps the question's answer spans or a span judged to answer), for all / identifying /
other questions; a pooled hit not judged counts as not answering and is counted
(``unjudged``), so a later ranking shows how much of its top 5 is unjudged;
``--pool-out DIR`` writes those hits, shuffled, to judge (``bench/pooled.py record``), and
``--rescore RUN.json`` re-scores an earlier ``--json`` run with the judgments of today.

``--no-report-stage``: the ranking as it was before the report-level stage (round t-ask2),
for before/after figures in one run of the same code; ``--no-unit-cover``: before the outline
units' coverage (round t-ask7, ``analysis/questions/units.py``).

``--latency``: ask p50/p95 over every question of both sets, warm (model and vectors
loaded), corpus-wide, wall and CPU time (the CPU time is less sensitive to other load).
``--cold``: one question from a fresh ``rightsledger ask --no-rerank`` process, median of
``--cold-runs`` (5) rounds, wall and CPU, beside ``python -c pass`` and ``rightsledger --help``
run in the same rounds (the ratio to ``--help`` moves less with the machine's load; t-cold1).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pooled import JUDGMENTS, POOL_SETS, Judged, load_judgments, verdict, write_pool  # noqa: E402

from rightsledger.store import Store  # noqa: E402

SETS = {"questions": ROOT / "eval" / "questions.jsonl",
        "questions_paraphrase": ROOT / "eval" / "questions_paraphrase.jsonl",
        "questions_dev": ROOT / "eval" / "questions_dev.jsonl",
        "questions_fresh": ROOT / "eval" / "questions_fresh.jsonl",
        # round t-ask17: 88 questions over Sierra Leone 1999, Eritrea 2002 and the state.gov pages
        # Chad 2016, Guinea 2020, Liberia 2024 (ingest those pages too); a dev set after its first run
        "questions_fresh2": ROOT / "eval" / "questions_fresh2.jsonl",
        # round t-ask20: 80 questions over Sierra Leone 1999, Congo 2000, Liberia 2010 and the
        # state.gov pages Chad 2016, Guinea 2020; a dev set after its first run
        "questions_fresh3": ROOT / "eval" / "questions_fresh3.jsonl",
        # round t-ask12: 27 who questions written from the dev reports (Congo 2000, Liberia 2010,
        # Guinea 2011), asking with nouns people use ("which watchdogs", "which aviation boss")
        "questions_dev_who": ROOT / "eval" / "questions_dev_who.jsonl"}
RANKINGS = ("bm25", "hybrid", "rerank")   # also rerank-e5, rerank-minilm: that re-ranker


def load_questions(name: str) -> list[dict]:
    path = SETS[name]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_files() -> list[Path]:
    files = sorted((ROOT / "examples" / "reports").glob("*.*"))
    shared = ROOT.parent / "shared" / "reports"
    if shared.is_dir():
        files += [shared / "kazakhstan-2022.txt", *sorted((shared / "usdos").glob("*.md"))]
    return [f for f in files if f.suffix in (".txt", ".md")]


def build_db(path: str) -> tuple[Store, dict[str, str]]:
    """A database of every example and shared report (cheap split, headings and vectors)."""
    from search import bundle_for  # bench/search.py

    from rightsledger.run.vectors import embed_stored

    store = Store(path)
    for f in corpus_files():
        text = f.read_text(encoding="utf-8-sig")
        store.save(bundle_for(f.stem, text, f.stem.split("-")[0].split("_")[-1].title(), 2000), "eval")
    embed_stored(store, store.doc_ids())
    return store, {f.name: f.stem for f in corpus_files()}


def doc_map(store: Store) -> dict[str, str]:
    """Document ids by source file name, and by file stem (a database built by ``build_db``
    records ``X.md`` as ``X.txt``)."""
    docs = {d["source"]: d["id"] for d in store.documents() if d.get("source")}
    return {**{Path(name).stem: doc for name, doc in docs.items()}, **docs}


def question_doc(q: dict, docs: dict[str, str]) -> str | None:
    """The document a question is about (its ``file``, "set:path" or a path), by ``doc_map``."""
    path = Path(q["file"].split(":", 1)[-1])
    return docs.get(path.name) or docs.get(path.stem)


SCOPE_TITLES = {"within": "within one report", "corpus": "whole corpus",
                "country": "the report's country, all years"}


def scope_filter(store: Store, doc: str, scope: str) -> dict[str, str]:
    """The ``ask`` filters of a scope for a question about ``doc``."""
    if scope == "within":
        return {"doc": doc}
    if scope == "country":
        return {"country": store.document(doc).country}
    return {}


def evaluate(store: Store, questions: list[dict], docs: dict[str, str], *, k: int, ranking: str,
             scope: str, verbose: bool, identifying: dict[str, list[str]] | None = None,
             judged: "Judged | None" = None, pool: list[dict] | None = None) -> dict:
    """Recall@k and MRR of one ranking in one scope; with ``identifying`` (question id →
    reasons), also over the questions that identify their report (``id_*``) and the others
    (``other_*``). With ``judged`` (corpus scope, ``bench/pooled.py``), the pooled figures too
    (``pooled_*``: a hit of another report answers when judged to), the unjudged hits counted
    and, into ``pool``, those of the questions that identify nothing."""
    from rightsledger.analysis.questions.ask import ask

    ident = identifying or {}
    stems = {doc: stem for stem, doc in docs.items() if "." not in stem}
    names = {doc: name for name, doc in docs.items() if "." in name}
    per, skipped = [], 0
    opts = {"bm25": dict(semantic=False, rerank=False), "hybrid": dict(rerank=False)}.get(ranking, dict(rerank=True))
    use_reranker(ranking)
    t0 = time.perf_counter()
    for q in questions:
        doc = question_doc(q, docs)
        if doc is None:
            skipped += 1
            continue
        hits = ask(store, q["question"], limit=k, **opts, **scope_filter(store, doc, scope))
        rank = next((h.rank for h in hits if h.doc == doc and any(
            h.start < e and h.end > s for s, e in q["answers"])), None)
        others = [(stems.get(h.doc, h.doc), h.start, h.end, h.rank) for h in hits if h.doc != doc]
        row = {"id": q["id"], "rank": rank, "identifies": q["id"] in ident, "others": others}
        per.append(_pooled(row, judged) if judged is not None else {**row, "pooled": rank, "unjudged": 0})
        if pool is not None and q["id"] not in ident:
            pool += [{"id": q["id"], "question": q["question"], "file": names.get(h.doc, h.doc),
                      "start": h.start, "end": h.end, "sentence": h.text} for h in hits if h.doc != doc
                     and verdict(judged or {}, q["id"], stems.get(h.doc, h.doc), h.start, h.end) is None]
        pooled = per[-1]["pooled"]
        if verbose:
            why = ident.get(q["id"])
            top = hits[0].text[:80] if hits else "-"
            shown = f"@{rank}" if rank else "miss"
            if judged is not None and pooled != rank:
                shown += f" pooled @{pooled}"
            print(f"    {q['id']} {shown:>5}  {q['question'][:60]:<60}  | {top}"
                  + (f"  [identifies: {', '.join(why)}]" if why else ""))
    return {"skipped": skipped, "seconds": time.perf_counter() - t0, **summarise(per)}


def use_reranker(ranking: str) -> None:
    """``rerank-e5`` / ``rerank-minilm``: that encoder re-ranks (``rerank``: the installed one)."""
    from rightsledger.analysis.questions import rerank

    rerank.PREFERRED = ranking.removeprefix("rerank-") if ranking.startswith("rerank-") else None


def _pooled(row: dict, judged: "Judged") -> dict:
    """A question's row with its pooled rank (its own answer, or the first hit of another report
    judged to answer) and its count of unjudged hits of other reports."""
    said = [(verdict(judged, row["id"], stem, s, e), rank) for stem, s, e, rank in row["others"]]
    ranks = [r for r in [row["rank"], *(rank for ok, rank in said if ok)] if r]
    return {**row, "pooled": min(ranks) if ranks else None, "unjudged": sum(ok is None for ok, _ in said)}


def summarise(per: list[dict]) -> dict:
    """Recall and MRR, strict and pooled, over all questions, the identifying ones (``id_``) and
    the others (``other_``), from the rows of :func:`evaluate`."""
    out = {"questions": len(per), "misses": [r["id"] for r in per if r["rank"] is None], "per_question": per}
    for prefix, keep in (("", lambda r: True), ("id_", lambda r: r["identifies"]),
                         ("other_", lambda r: not r["identifies"])):
        rows = [r for r in per if keep(r)]
        for key, name in (("rank", ""), ("pooled", "pooled_")):
            found = [r[key] for r in rows if r[key]]
            out[f"{name}{prefix}recall"] = len(found) / len(rows) if rows else 0.0
            out[f"{name}{prefix}mrr"] = sum(1.0 / x for x in found) / len(rows) if rows else 0.0
        out[f"{prefix}questions"] = len(rows)
        out[f"{prefix}unjudged"] = sum(r["unjudged"] for r in rows)
    return out


def rescore(path: Path, judged: "Judged") -> list[str]:
    """The pooled table of a ``--json`` file of an earlier run, with today's judgments (after the
    hits that run left unjudged have been judged, without asking again)."""
    results = json.loads(path.read_text())
    rows = []
    for key, r in results.items():
        if key.endswith("/corpus") and "per_question" in r:
            name, ranking, _ = key.split("/")
            r = summarise([_pooled(row, judged) for row in r["per_question"]])
            rows.append(_pooled_row(f"{name} ({r['questions']} asked)", ranking, r))
    return rows


def _pooled_row(label: str, ranking: str, r: dict) -> str:
    return (f"| {label} | {ranking} | " + " | ".join(
        _cell(r, p) for p in ("", "id_", "other_", "pooled_", "pooled_id_", "pooled_other_"))
        + f" | {r['other_unjudged']} |")


POOLED_HEADER = ("| set | ranking | strict all | strict identifying | strict others | pooled all "
                 "| pooled identifying | pooled others | unjudged |\n" + "|" + "---|" * 9)


def _cell(r: dict, prefix: str) -> str:
    """``recall / MRR`` of the figures under ``prefix`` (with n for a subset)."""
    n = f" (n={r[prefix.removeprefix('pooled_') + 'questions']})" if prefix.endswith("_") and prefix != "pooled_" else ""
    return f"{r[prefix + 'recall']:.2f} / {r[prefix + 'mrr']:.2f}{n}"


def identifying_questions(store: Store, questions: list[dict], docs: dict[str, str]) -> dict[str, list[str]]:
    """Question id → why it identifies its report across the corpus (bench/identifying.py);
    questions that identify none are left out."""
    from identifying import load_corpus, reasons

    from rightsledger.analysis.questions.ask import QUESTION_WORDS, STOP_WORDS

    corpus = load_corpus(store)
    out = {}
    for q in questions:
        doc = question_doc(q, docs)
        why = reasons(q["question"], doc, corpus, STOP_WORDS | QUESTION_WORDS) if doc else []
        if why:
            out[q["id"]] = why
    return out


def latency(store: Store, questions: list[str], runs: int = 1, rerank: bool = False) -> dict[str, float]:
    """Warm ``ask`` (hybrid, or with the re-ranker; answers included) over the whole corpus:
    p50 / p95 in ms."""
    from rightsledger.analysis.questions.answers import answer
    from rightsledger.analysis.questions.ask import ask
    from rightsledger.analysis.questions.rerank import clear_cache

    ask(store, questions[0], rerank=rerank)  # load the models and the vectors
    clear_cache()  # the evaluation's sentences would make the re-ranker look fast
    times, cpu = [], []
    for _ in range(runs):
        for q in questions:
            t0, c0 = time.perf_counter(), time.process_time()
            answer(store, q, ask(store, q, rerank=rerank))
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    times.sort()
    cpu.sort()
    at95 = min(len(times) - 1, int(0.95 * len(times)))
    return {"n": len(times), "p50": statistics.median(times), "p95": times[at95], "max": times[-1],
            "cpu_p50": statistics.median(cpu), "cpu_p95": cpu[at95]}


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of one fresh process."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold(db: str, question: str, runs: int = 5) -> dict[str, dict[str, float]]:
    """One question from a fresh ``rightsledger ask --no-rerank`` process (interpreter start
    included), beside two yardsticks run in the same rounds, in turn: ``python -c pass`` and
    ``rightsledger --help`` (the CLI's own start-up). Per command the median wall and CPU seconds
    over ``runs`` rounds (after one round not counted: files into the page cache); ``ask`` also as
    its median ratio to ``--help``, round by round (t-cold1: a ratio moves less with the machine's
    load than seconds do)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    exe = Path(sys.executable).parent / "rightsledger"
    cli = [str(exe)] if exe.exists() else [sys.executable, "-c", "from rightsledger.cli import main; main()"]
    commands = {"python": [sys.executable, "-c", "pass"], "help": [*cli, "--help"],
                "ask": [*cli, "ask", question, "--db", db, "--no-rerank", "--format", "jsonl"]}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for i in range(runs + 1):
        for name, cmd in commands.items():
            wall_cpu = _timed(cmd, env)
            if i:
                times[name].append(wall_cpu)
    out = {name: {"wall": statistics.median(w for w, _ in t), "cpu": statistics.median(c for _, c in t)}
           for name, t in times.items()}
    out["ask"]["wall_to_help"] = statistics.median(a[0] / h[0] for a, h in zip(times["ask"], times["help"]))
    out["ask"]["cpu_to_help"] = statistics.median(a[1] / h[1] for a, h in zip(times["ask"], times["help"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="an ingested database (default: build a cheap one in a temp dir)")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--rankings", default=",".join(RANKINGS))
    ap.add_argument("--scopes", default="within,corpus,country")
    ap.add_argument("--latency", action="store_true", help="warm ask p50/p95 over every question")
    ap.add_argument("--cold", action="store_true", help="one question from a fresh CLI process")
    ap.add_argument("--cold-runs", type=int, default=5, help="rounds of --cold (median)")
    ap.add_argument("--json", help="write the results here too")
    ap.add_argument("--no-report-stage", action="store_true",
                    help="the ranking before round t-ask2: no report evidence, no second search of the "
                         "reports it points at, no phrases in the report prior (for before/after)")
    ap.add_argument("--no-unit-cover", action="store_true",
                    help="the ranking before round t-ask7: no outline unit coverage (analysis/questions/units.py)")
    ap.add_argument("--judgments", default=str(JUDGMENTS), help="pooled judgments (bench/pooled.py)")
    ap.add_argument("--pool-out", help="write the unjudged pooled hits of the corpus scope here, to judge "
                                       "blind (bench/pooled.py)")
    ap.add_argument("--rescore", metavar="JSON", help="print the pooled table of an earlier run's --json "
                                                     "with today's judgments, asking nothing")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.rescore:
        print(POOLED_HEADER)
        print("\n".join(rescore(Path(args.rescore), load_judgments(Path(args.judgments)))))
        return 0
    if args.no_report_stage:
        from rightsledger.analysis.questions import ask as ask_module

        ask_module.PHRASES, ask_module.REPORT_WEIGHT, ask_module.REPORTS_SEARCHED = False, 0.0, 0
    if args.no_unit_cover:
        from rightsledger.analysis.questions import ask as ask_module

        ask_module.UNIT_COVER = 0.0
    if args.db:
        store, db = Store(args.db), args.db
        docs = doc_map(store)
    else:
        tmp = tempfile.mkdtemp(prefix="rl-ask-eval-")
        db = str(Path(tmp) / "eval.db")
        store, docs = build_db(db)
    from rightsledger.analysis.questions.rerank import installed, semantic_available

    rankings = [r for r in args.rankings.split(",") if r]
    for ranking in [r for r in rankings if r.startswith("rerank")]:
        use_reranker(ranking)
        if not semantic_available() or (ranking != "rerank" and installed() != ranking.removeprefix("rerank-")):
            print(f"{ranking}: re-ranker not installed (make setup-reranker): skipped")
            rankings.remove(ranking)
    sets = [s for s in args.sets.split(",") if s]
    scopes = [s for s in args.scopes.split(",") if s]
    results: dict[str, dict] = {}
    judged = load_judgments(Path(args.judgments))
    pool: list[dict] | None = [] if args.pool_out else None
    print(f"recall@{args.k} / MRR; {len(store.doc_ids())} reports in the database; "
          f"{sum(map(len, judged.values()))} pooled judgments ({args.judgments})")
    titles = [SCOPE_TITLES[s] for s in scopes] + (
        ["corpus, identifying questions", "corpus, the others"] if "corpus" in scopes else [])
    rows, pooled_rows = [], []
    for name in sets:
        qs = load_questions(name)
        ident = identifying_questions(store, qs, docs)
        results[f"{name}/identifying"] = ident
        for ranking in rankings:
            cells = []
            for scope in scopes:
                if args.verbose:
                    print(f"  {name} {ranking} {scope}:")
                corpus = scope == "corpus"
                r = evaluate(store, qs, docs, k=args.k, ranking=ranking, scope=scope,
                             verbose=args.verbose, identifying=ident, judged=judged if corpus else None,
                             pool=pool if corpus and name in POOL_SETS else None)
                results[f"{name}/{ranking}/{scope}"] = r
                cells.append(_cell(r, ""))
            n = results[f"{name}/{ranking}/{scopes[0]}"]
            label = f"{name} ({n['questions']} asked, {n['skipped']} skipped)"
            if "corpus" in scopes:
                r = results[f"{name}/{ranking}/corpus"]
                cells += [_cell(r, "id_"), _cell(r, "other_")]
                pooled_rows.append(_pooled_row(label, ranking, r))
            rows.append(f"| {label} | {ranking} | {' | '.join(cells)} |")
    print(f"| set | ranking | {' | '.join(titles)} |")
    print("|" + "---|" * (2 + len(titles)))
    print("\n".join(rows))
    if pooled_rows:
        print("\ncorpus scope, strict (the question's own report) and pooled (+ hits judged to answer, "
              "bench/pooled.py); unjudged: hits of other reports in the top k of the others with no judgment")
        print(POOLED_HEADER)
        print("\n".join(pooled_rows))
    if pool is not None:
        print(f"{write_pool(Path(args.pool_out), pool)} unjudged pooled hits written to {args.pool_out}")
    for key, r in results.items():
        if r.get("misses"):
            print(f"missed ({key}): {' '.join(r['misses'])}")
    if args.latency:
        qs = [q["question"] for s in sets for q in load_questions(s)]
        lat = latency(store, qs)
        results["latency"] = lat
        print(f"ask, warm, corpus-wide ({lat['n']} questions, answers included): "
              f"p50 {lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms, max {lat['max']:.0f} ms; "
              f"CPU p50 {lat['cpu_p50']:.0f} ms, p95 {lat['cpu_p95']:.0f} ms")
        for ranking in [r for r in rankings if r.startswith("rerank")]:
            use_reranker(ranking)
            lat = latency(store, qs, rerank=True)
            results[f"latency_{ranking}"] = lat
            print(f"ask + re-ranker ({installed()}), warm, corpus-wide ({lat['n']} questions, answers included): "
                  f"p50 {lat['p50']:.0f} ms, p95 {lat['p95']:.0f} ms, max {lat['max']:.0f} ms; "
                  f"CPU p50 {lat['cpu_p50']:.0f} ms, p95 {lat['cpu_p95']:.0f} ms")
    if args.cold:
        c = cold(db, "How many people died in the January events?", runs=args.cold_runs)
        results["cold_cli_seconds"] = c["ask"]["wall"]
        results["cold"] = c
        print(f"ask, cold CLI (one question, fresh process, --no-rerank; median of {args.cold_runs}): "
              f"{c['ask']['wall']:.2f} s wall, {c['ask']['cpu']:.2f} s CPU; "
              f"{c['ask']['wall_to_help']:.1f}× / {c['ask']['cpu_to_help']:.1f}× `rightsledger --help` "
              f"({c['help']['wall']:.2f} s / {c['help']['cpu']:.2f} s; `python -c pass` {c['python']['wall']:.2f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
