"""bench/answers_eval.py: the answers panel measured (shown, first right, by value, answers
shown for questions that ask for none), on the fictional Kestria reports (our own wording)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
try:
    from tests._search_corpus import build_db, doc_text
except ImportError:  # pragma: no cover - run from tests/
    from _search_corpus import build_db, doc_text  # type: ignore[no-redef]

from answers_eval import evaluate, judge, summarise  # noqa: E402


def _span(doc: str, words: str) -> list[int]:
    """The sentence of ``doc`` holding ``words``, as a character span."""
    text = doc_text(doc)
    at = text.index(words)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    return [start, text.index(".", at) + 1]


def _q(qid: str, question: str, words: str, kind: str) -> dict:
    return {"id": qid, "question": question, "file": "kestria-2022.txt", "doc": "kestria-2022",
            "answers": [_span("kestria-2022", words)], "kind": kind}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("answers") / "a.db")


def test_panel_figures_on_fictional_questions(store):
    from ask_eval import doc_map

    qs = [_q("k1", "How many people were held after the demonstrations in March?", "1,300 persons", "count"),
          _q("k2", "How many died in the unrest over fuel prices?", "12 deaths", "count"),
          _q("k3", "What is the legal limit before a detainee sees a judge?", "48 hours", "what")]
    r = evaluate(store, qs, doc_map(store), scope="within")
    rows = {row["id"]: row for row in r["per"]}
    assert rows["k1"]["shown"] and rows["k1"]["first_right"] and rows["k1"]["value_first"]
    assert rows["k1"]["ceiling"]
    assert rows["k2"]["first_right"] and rows["k2"]["kind"]
    assert rows["k3"]["want"] is None and "first_right" not in rows["k3"]
    assert r["asked"]["n"] == 2 and r["other"]["n"] == 1 and r["figure"]["n"] == 2


def test_judge_kind_value_and_pooled():
    spans = [[100, 200]]
    fig = {"type": "figure", "doc": "d", "start": 120, "end": 180, "value": 19}
    # the right sentence, a figure the span does not hold: right by the sentence, not by value
    assert judge(fig, "figure", "d", spans, {12.0}, {}, "q", {}) == (True, False)
    # another sentence of the report stating the span's figure: right both ways
    assert judge({**fig, "start": 400, "end": 450, "value": 12}, "figure", "d", spans, {12.0}, {}, "q", {}) == (True, True)
    # an answer of another kind is never right
    assert judge({**fig, "type": "who"}, "figure", "d", spans, {19.0}, {}, "q", {}) == (False, False)
    # another report: right when its sentence is judged to answer
    judged = {("q", "other-2020"): [(10, 60, True)]}
    far = {"type": "date", "doc": "o", "start": 20, "end": 50, "value": "2020-01-01"}
    assert judge(far, "date", "d", spans, set(), judged, "q", {"o": "other-2020"}) == (True, True)
    assert judge(far, "date", "d", spans, set(), {}, "q", {"o": "other-2020"}) == (False, False)


def test_summary_counts_answers_shown_for_other_questions():
    per = [{"want": "figure", "shown": True, "kind": True, "first_right": False, "any_right": True,
            "value_first": False, "ceiling": True},
           {"want": None, "shown": True}, {"want": None, "shown": False}]
    s = summarise(per)
    assert s["asked"]["first_right"] == 0.0 and s["asked"]["any_right"] == 1.0
    assert s["other"] == {"n": 2, "shown": 0.5}
    assert s["date"]["n"] == 0


def test_strict_who_and_when():
    """t-ask11: a who answer is right only when it shows the name the span gives, a when answer
    only when its date is the span's; the organization of the right sentence is not the prisoner."""
    from answers_eval import name_right

    gold = {"names": [["Tomas Varga", "Varga"], ["Kestrian Watch", "KW"]], "dates": ["2022-03-14"]}
    spans = [[100, 200]]
    who = {"type": "who", "doc": "d", "start": 120, "end": 180, "value": "Tomas Varga"}
    assert name_right(who, gold) and name_right({**who, "value": "Mr. Varga"}, gold)
    assert name_right({**who, "value": "the KW"}, gold)
    assert not name_right({**who, "value": "Vargas Front"}, gold)       # whole words only
    org = {**who, "value": "Kestrian Bar Association"}
    assert judge(org, "who", "d", spans, set(), {}, "q", {}) == (True, True)          # t-ask10's rule
    assert judge(org, "who", "d", spans, set(), {}, "q", {}, gold) == (False, False)  # strict
    # the right name from another sentence of the report counts; from another report it does not
    assert judge({**who, "start": 500, "end": 560}, "who", "d", spans, set(), {}, "q", {}, gold) == (True, True)
    assert judge({**who, "doc": "e"}, "who", "d", spans, set(), {}, "q", {}, gold) == (False, False)
    day = {"type": "date", "doc": "d", "start": 120, "end": 180, "value": "2022-03-14"}
    assert judge(day, "date", "d", spans, set(), {}, "q", {}, gold) == (True, True)
    assert judge({**day, "value": "2022-03"}, "date", "d", spans, set(), {}, "q", {}, gold) == (False, False)
