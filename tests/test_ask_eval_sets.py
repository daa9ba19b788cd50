"""eval/questions_fresh2.jsonl (round t-ask17) and eval/questions_fresh3.jsonl (round t-ask20):
the fourth and fifth question sets of ``ask``. Their spans
parse and fall on sentences of their report, in the text rightsledger reads (for the
state.gov pages, the page's text, not its HTML); each is worded away from the report and asks
facts no other set asks; the harness knows them. Skipped where ../shared is absent."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "reports"
sys.path.insert(0, str(ROOT / "bench"))

from ask_eval import SETS  # noqa: E402
from pooled import POOL_SETS  # noqa: E402

OTHERS = ("questions.jsonl", "questions_dev.jsonl", "questions_dev_who.jsonl",
          "questions_paraphrase.jsonl", "questions_fresh.jsonl")
FRESH = ("questions_fresh2", "questions_fresh3")   # written fresh, dev sets after their first run
# one sentence stating two facts, each asked by one set (Chad 2016's election sentence: the
# incumbent's share, xd01, and the runner-up's, cd01); found after fresh3's commit, kept as written
SHARED_SENTENCES = {frozenset(("xd01", "cd01"))}


def _load(name: str) -> list[dict]:
    path = ROOT / "eval" / name
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _report(file: str) -> str:
    """``shared:stategov/2020_guinea.html`` → ``stategov/2020_guinea.html`` (also the older
    sets' ``../shared/reports/…`` paths)."""
    return file.split(":", 1)[-1].replace("../shared/reports/", "")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _others(name: str) -> tuple[str, ...]:
    return OTHERS + tuple(f + ".jsonl" for f in FRESH if f != name)


@pytest.mark.parametrize("name", FRESH)
def test_fresh_set_is_in_the_harness_and_well_formed(name):
    qs = _load(name + ".jsonl")
    assert SETS[name].name == name + ".jsonl" and name in POOL_SETS
    assert len(qs) >= 60 and len({q["id"] for q in qs}) == len(qs)
    others = {q["id"] for other in _others(name) for q in _load(other)}
    assert not others & {q["id"] for q in qs}     # ids unique across sets (judgments key on them)
    files = {q["file"] for q in qs}
    assert len(files) >= 5 and len({f for f in files if f.startswith("shared:stategov/")}) >= 2
    # no report of the held-out set: the set is tuned on after its first run
    assert not {_report(q["file"]) for q in _load("questions_paraphrase.jsonl")} & {_report(f) for f in files}
    for q in qs:
        assert set(q) == {"id", "question", "file", "doc", "answers", "kind"}
        assert q["kind"] in {"count", "when", "who", "what", "where"} and q["answers"]
        assert q["file"].startswith("shared:") and q["doc"] == Path(q["file"]).stem
        assert "answer_text" not in q            # offsets only: the reports are not ours


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    from rightsledger.read.source import read_path

    out = {}
    for q in (q for name in FRESH for q in _load(name + ".jsonl")):
        rel = _report(q["file"])
        if rel not in out:
            path = SHARED / rel
            out[rel] = read_path(path).text if path.suffix == ".html" else path.read_text(encoding="utf-8-sig")
    return out


@pytest.mark.parametrize("name", FRESH)
def test_fresh_spans_fall_on_sentences_of_their_report(texts, name):
    for q in _load(name + ".jsonl"):
        text = texts[_report(q["file"])]
        for s, e in q["answers"]:
            assert 0 <= s < e <= len(text), q["id"]
            span = text[s:e]
            assert span.strip() == span and "\n" not in span, q["id"]
            assert span[0].isupper() or span[0].isdigit(), q["id"]
            assert span[-1] in ".!?\"”’)", q["id"]
            assert s == 0 or text[s - 1] in " \n", q["id"]


@pytest.mark.parametrize("name", FRESH)
def test_fresh_set_is_worded_away_from_its_answers(texts, name):
    # no run of four words shared with an answering sentence (t-ask8's check)
    for q in _load(name + ".jsonl"):
        text = texts[_report(q["file"])]
        w = _words(q["question"])
        for s, e in q["answers"]:
            answer = " " + " ".join(_words(text[s:e])) + " "
            assert not [w[i:i + 4] for i in range(len(w) - 3) if " " + " ".join(w[i:i + 4]) + " " in answer], q["id"]


@pytest.mark.parametrize("name", FRESH)
def test_fresh_set_asks_facts_no_other_set_asks(name):
    asked: dict[str, list[tuple[int, int, str]]] = {}
    for other in _others(name):
        for q in _load(other):
            asked.setdefault(_report(q["file"]), []).extend((s, e, q["id"]) for s, e in q["answers"])
    for q in _load(name + ".jsonl"):
        for s, e in q["answers"]:
            clash = [i for a, b, i in asked.get(_report(q["file"]), []) if a < e and s < b]
            assert not [i for i in clash if frozenset((q["id"], i)) not in SHARED_SENTENCES], (q["id"], clash)


@pytest.mark.parametrize("name", FRESH)
def test_fresh_answer_names_are_read_off_the_spans(texts, name):
    # eval/answer_names_fresh*.jsonl: what bench/answers_eval.py holds a who/when answer to
    qs = {q["id"]: q for q in _load(name + ".jsonl")}
    rows = _load("answer_names_" + name.removeprefix("questions_") + ".jsonl")
    assert {r["id"] for r in rows} == {i for i, q in qs.items() if q["kind"] in {"who", "when"}}
    for r in rows:
        q = qs[r["id"]]
        spans = " ".join(texts[_report(q["file"])][s:e] for s, e in q["answers"])
        if q["kind"] == "who":
            assert r["names"] and all(alt in spans for alts in r["names"] for alt in alts), r["id"]
        else:
            assert r["dates"] and all(re.fullmatch(r"\d{4}-\d\d(-\d\d)?", d) for d in r["dates"]), r["id"]
            assert all(d[:4] in q["file"] for d in r["dates"]), r["id"]   # the report's year
