"""The answers panel measured: is an answer shown above the passages, and is it right?

    python bench/answers_eval.py --db DB [--sets questions_dev] [--scopes within,corpus]
                                 [--json OUT] [-v]

``ask`` shows, above the ranked passages, the figures, dates and people or bodies that the
best sentences hold (``analysis/questions/answers.py``). Passage ranking has been measured since round
t-ask1; the panel had not been (round t-ask10). This harness measures it on the question sets
of ``bench/ask_eval.py`` (the same questions, the same answer spans), with the default
install's ranking (hybrid, no re-ranker) and ``answers.answer`` exactly as ``Ledger.ask``
calls it.

What a question asks for is the annotator's ``kind``, not ``question.intent`` (so that a
question the intent reading misses counts as uncovered): ``count`` → a figure, ``when`` → a
date, ``who`` → a person or body; ``what`` and ``where`` ask for none of these.

An answer is **right** when it is of the kind asked and

- its cited sentence is in the question's report and overlaps an answer span, or
- (a figure) it is in the question's report and its value is the value of a figure record
  or of a provision's quantity extracted from an answer span (the same figure stated in
  another sentence), or
- (across the corpus) its cited sentence is a span of another report judged to answer the
  question (``eval/judgments_corpus.jsonl``, ``bench/pooled.py``).

**Who and when are strict** (round t-ask11): for a question whose names or dates the
annotators wrote down from its answer spans (``eval/answer_names_SET.jsonl``: ``names``, one
list of accepted spellings per person or body the spans give; ``dates``, ISO prefixes at the
precision the spans state), a "who" answer is right only when the name it shows holds one of
those spellings as whole words ("Rodney Sieh" holds "Sieh"; the organization of the right
sentence does not), a "when" answer only when its date starts with one of those dates; and
its sentence is in the question's report, or (across the corpus) a span of another report
judged to answer. Without such a line, the sentence rule above (counted as ``unnamed``).
``sentence_first``: the first answer right by the sentence rule alone (t-ask10's measure).

A figure is also scored **by value** (``value_*``): right only when its value is a value of a
figure record of an answer span (in the question's report), or, in another report, its
sentence is judged to answer; the sentence rule alone lets a wrong figure of the right sentence
pass ("12 deaths, while … at least 19": either).

Per scope, over the questions asking for a figure / date / person or body: ``shown`` (any
answer shown), ``kind`` (an answer of the kind asked shown), ``first_right`` (the first answer is
right), ``any_right`` (a right answer among those shown), ``value_first`` (figures, by value),
``ceiling`` (an answer span is among the top 5 passages, in its report: what the panel could
find), ``grouped`` (figure questions whose summary joins two or more values, "238, according
to the government; approximately 260, according to …") and ``grouped_wrong`` (of those, the
ones joining a value that is not right by value); over the others: ``shown`` (an answer is
shown although none is asked for). ``-v``
prints each question's first answer and verdict — for the sets one may tune on only
(``questions``, ``questions_dev``, ``questions_dev_who``); the held-out sets print aggregates only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ask_eval import SETS, doc_map, load_questions, question_doc, scope_filter  # noqa: E402
from pooled import JUDGMENTS, Judged, load_judgments, verdict  # noqa: E402

from rightsledger.store import Store  # noqa: E402

KINDS = {"count": "figure", "when": "date", "who": "who"}
# -v prints per-question verdicts only for these (questions_fresh2 / fresh3: dev sets after their first
# run, t-ask17 / t-ask20)
TUNABLE = ("questions", "questions_dev", "questions_dev_who", "questions_fresh2", "questions_fresh3")
DEPTH = 5


def load_names(set_name: str) -> dict[str, dict]:
    """The names and dates the annotators read off each who/when question's answer spans."""
    path = ROOT / "eval" / f"answer_names_{set_name.removeprefix('questions_')}.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


def _norm(name: str) -> str:
    """Lower case, curly quotes straight, punctuation out, a leading "the" dropped."""
    words = re.findall(r"[\w']+", name.lower().replace("’", "'"))
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def name_right(item: dict, gold: dict) -> bool:
    """Whether a who/date answer names what the answer spans name (see the module's doc)."""
    if item["type"] == "who":
        shown = f" {_norm(str(item.get('value') or ''))} "
        return any(f" {_norm(alt)} " in shown for alts in gold.get("names", []) for alt in alts if _norm(alt))
    if item["type"] == "date":
        return any(str(item.get("value") or "").startswith(d) for d in gold.get("dates", []))
    return False


def span_values(store: Store, doc: str, spans: list[list[int]]) -> set[float]:
    """The values (and range ends) of the figure records and of the legal provisions' quantities
    ("within 48 hours") extracted from the answer spans."""
    from sqlalchemy import text as sql

    out: set[float] = set()
    with store.reading() as conn:
        for s, e in spans:
            for table in ("figures", "provisions"):
                for (data,) in conn.execute(sql(f'SELECT data FROM {table} WHERE doc = :d AND start < :e '
                                                'AND "end" > :s'), {"d": doc, "s": s, "e": e}):
                    f = json.loads(data)
                    f = f.get("quantity") or {} if table == "provisions" else f
                    out.update(float(v) for v in (f.get("value"), f.get("value_end")) if v is not None)
    return out


def judge(item: dict, want: str, doc: str, spans: list[list[int]], values: set[float],
          judged: Judged, qid: str, stem_of: dict[str, str], gold: dict | None = None) -> tuple[bool, bool]:
    """(right, right by value or name) for one answer (``Answer.as_dict()``): for a figure,
    right by the sentence rule or by value; for who/when with ``gold`` names or dates, right by
    name (and in the question's report or a judged sentence); otherwise by the sentence rule."""
    if item["type"] != want:
        return False, False
    if gold and want in ("who", "date"):
        same = item["doc"] == doc
        other = (not same) and verdict(judged, qid, stem_of.get(item["doc"], item["doc"]), item["start"], item["end"]) is True
        ok = name_right(item, gold) and (same or other)
        return ok, ok
    same = item["doc"] == doc
    overlaps = same and any(item["start"] < e and item["end"] > s for s, e in spans)
    value_ok = same and want == "figure" and item.get("value") is not None and float(item["value"]) in values
    other = (not same) and verdict(judged, qid, stem_of.get(item["doc"], item["doc"]), item["start"], item["end"]) is True
    by_value = value_ok or other if want == "figure" else overlaps or other
    return overlaps or value_ok or other, by_value


def evaluate(store: Store, questions: list[dict], docs: dict[str, str], *, scope: str,
             judged: Judged | None = None, verbose: bool = False, names: dict | None = None) -> dict:
    """The panel's figures for one scope (``within`` / ``corpus`` / ``country``), and per question."""
    from rightsledger.analysis.questions.answers import answer
    from rightsledger.analysis.questions.ask import ask

    judged = judged or {}
    stem_of = {doc: stem for stem, doc in docs.items() if "." not in stem}
    per, skipped = [], 0
    t0 = time.perf_counter()
    for q in questions:
        doc = question_doc(q, docs)
        if doc is None:
            skipped += 1
            continue
        hits = ask(store, q["question"], limit=DEPTH, rerank=False, **scope_filter(store, doc, scope))
        ans = answer(store, q["question"], hits).as_dict()
        want = KINDS.get(q.get("kind", ""))
        items = ans["items"]
        row = {"id": q["id"], "want": want, "wants": ans["wants"], "shown": bool(items),
               "first_type": items[0]["type"] if items else None,
               "first": items[0]["text"] if items else None}
        if want:
            values = span_values(store, doc, q["answers"]) if want == "figure" else set()
            gold = names.get(q["id"]) if names else None
            verdicts = [judge(a, want, doc, q["answers"], values, judged, q["id"], stem_of, gold) for a in items]
            lenient = [judge(a, want, doc, q["answers"], values, judged, q["id"], stem_of)[0] for a in items[:1]]
            row.update(kind=any(a["type"] == want for a in items),
                       first_right=bool(verdicts) and verdicts[0][0],
                       sentence_first=bool(lenient) and lenient[0],
                       unnamed=want in ("who", "date") and not gold,
                       any_right=any(v[0] for v in verdicts),
                       value_first=bool(verdicts) and verdicts[0][1],
                       grouped=sum(bool(a.get("grouped")) for a in items) > 1,
                       grouped_wrong=sum(bool(a.get("grouped")) for a in items) > 1 and not all(
                           v[1] for a, v in zip(items, verdicts) if a.get("grouped")),
                       ceiling=any(h.doc == doc and any(h.start < e and h.end > s for s, e in q["answers"])
                                   for h in hits[:DEPTH]))
        per.append(row)
        if verbose:
            mark = ("ok " if row.get("first_right") else "NO ") if want else ("!! " if items else "-- ")
            print(f"    {q['id']} {mark} want={want or '-':6} intent={','.join(ans['wants']) or '-':12} "
                  f"{q['question'][:58]:<58} | {(row['first'] or '-')[:70]}"
                  + (f"  [passage@5: {'yes' if row['ceiling'] else 'no'}]" if want else ""))
    return {"scope": scope, "skipped": skipped, "seconds": round(time.perf_counter() - t0, 1),
            **summarise(per), "per": per}


def summarise(per: list[dict]) -> dict:
    """Rates over the questions asking for an answer (all, and by kind) and over the others."""
    asked = [r for r in per if r["want"]]
    other = [r for r in per if not r["want"]]

    def rates(rows: list[dict]) -> dict:
        n = len(rows)
        out: dict = {"n": n}
        for key in ("shown", "kind", "first_right", "sentence_first", "any_right", "ceiling"):
            out[key] = round(sum(bool(r.get(key)) for r in rows) / n, 3) if n else None
        figs = [r for r in rows if r["want"] == "figure"]
        out["value_first"] = round(sum(r["value_first"] for r in figs) / len(figs), 3) if figs else None
        out["unnamed"] = sum(bool(r.get("unnamed")) for r in rows)
        out["grouped"] = sum(bool(r.get("grouped")) for r in figs) if figs else None
        out["grouped_wrong"] = sum(bool(r.get("grouped_wrong")) for r in figs) if figs else None
        return out

    return {"asked": rates(asked), **{k: rates([r for r in asked if r["want"] == k]) for k in ("figure", "date", "who")},
            "other": {"n": len(other), "shown": round(sum(r["shown"] for r in other) / len(other), 3) if other else None}}


def table(label: str, r: dict) -> list[str]:
    """Markdown rows: all asked, each kind, the others."""
    def cell(x: float | None) -> str:
        return "–" if x is None else f"{x:.2f}"

    rows = []
    for key in ("asked", "figure", "date", "who"):
        a = r[key]
        if a["n"]:
            rows.append(f"| {label} | {key} ({a['n']}) | {cell(a['shown'])} | {cell(a['kind'])} | "
                        f"{cell(a['first_right'])} | {cell(a['sentence_first'])} | {cell(a['any_right'])} | {cell(a['value_first'])} | "
                        f"{cell(a['ceiling'])} | {_grouped(a)} | {a['unnamed'] or ''} |")
    o = r["other"]
    rows.append(f"| {label} | none asked ({o['n']}) | {cell(o['shown'])} (wrongly shown) | | | | | | | | |")
    return rows


def _grouped(a: dict) -> str:
    return "" if a["grouped"] is None else f"{a['grouped']} ({a['grouped_wrong']} wrong)"


HEADER = ("| set / scope | questions | shown | kind shown | first right | first right, sentence rule "
          "(t-ask10) | a right one shown | first right, by value (figures) | answer in top-5 passages | "
          "summaries joining values | who/when without names |"
          "\n|---|---|---|---|---|---|---|---|---|---|---|")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="an ingested database (rightsledger ingest …)")
    ap.add_argument("--sets", default="questions_dev")
    ap.add_argument("--scopes", default="within,corpus")
    ap.add_argument("--judgments", default=str(JUDGMENTS))
    ap.add_argument("--json", help="write the figures and the per-question rows here")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="each question's first answer (tunable sets only)")
    args = ap.parse_args()
    store = Store(args.db)
    docs = doc_map(store)
    judged = load_judgments(Path(args.judgments))
    results, rows = {}, []
    for name in [s for s in args.sets.split(",") if s]:
        qs = load_questions(name)
        names = load_names(name)
        for scope in [s for s in args.scopes.split(",") if s]:
            verbose = args.verbose and name in TUNABLE
            if verbose:
                print(f"  {name} {scope}:")
            r = evaluate(store, qs, docs, scope=scope, judged=judged if scope == "corpus" else None,
                         verbose=verbose, names=names)
            results[f"{name}/{scope}"] = r
            rows += table(f"{name} {scope}", r)
    print(HEADER)
    print("\n".join(rows))
    if args.json:  # per-question rows of the tunable sets only: the held-out sets' errors stay unread
        Path(args.json).write_text(json.dumps({k: v if k.split("/")[0] in TUNABLE else
                                               {x: y for x, y in v.items() if x != "per"}
                                               for k, v in results.items()}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
