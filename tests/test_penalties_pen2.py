"""Round t-pen2 (issue 14, item 5): a quantity inside a rule's range is the rule's, and the pairing
script of the round refuses test gold. Sentences of our own making, about a fictional country.

The end of a mixed-unit range ("punishable by three months to two years in prison") was read as the
length of the charge the sentence dates: the rule's quantity starts at "three months", and only
quantities starting where a rule quantity starts were left out (dev 2016 Chad, unscored there because
that gold sets no duration)."""
from __future__ import annotations

import json
from pathlib import Path

from rightsledger.extract.event_terms import attach_penalties

from .load_script import load_script
from .test_penalties import _Ann, _events

ROOT = Path(__file__).resolve().parents[1]


def test_the_end_of_a_rule_s_range_is_no_length_of_a_charge() -> None:
    s = ("Prosecutors first charged Odo Varn with insulting a magistrate, punishable by one to four months "
         "in prison, but later changed the charge to sedition, punishable by six months to three years in "
         "prison and a fine of up to 900,000 crowns.")
    out = attach_penalties(_Ann(s, 2021), _events(s, [("charge", "2021")]))
    assert out[0].duration is None and out[0].penalty is None


def test_a_length_served_beside_a_rule_is_kept() -> None:
    # the detention's length is told outside the rule's quantity: it stays the charge's
    s = ("Lia Dorn was detained for five days and charged on May 3 with sedition, punishable by six months "
         "to three years in prison.")
    out = attach_penalties(_Ann(s, 2021), _events(s, [("charge", "2021-05-03")]))
    assert (out[0].duration.value, out[0].duration.unit) == (5, "days")


def _script():
    mod = load_script(ROOT / "scripts" / "penalty_pairs.py")
    return mod


def _event(start, typ, date, text, **fields):
    return {"kind": "event", "type": typ, "date": date, "evidence": {"start": start, "end": start + len(text),
                                                                     "text": text}, **fields}


def test_penalty_pairs_lists_disagreements_and_refuses_test_gold(tmp_path, capsys) -> None:
    mod = _script()
    s = "On May 2 a court sentenced Ivo Tarn to three years and three months in prison."
    scope = {"kind": "scope", "doc": "d", "file": "x", "start": 0, "end": 1000, "split": "dev",
             "kinds": ["event"]}
    gold = [scope, _event(0, "conviction_or_sentence", "2021-05-02", s,
                          penalty={"kind": "prison", "value": 39, "unit": "months", "text": "x"})]
    pred = [_event(0, "conviction_or_sentence", "2021-05-02", s,
                   penalty={"kind": "prison", "value": 3, "unit": "years", "text": "x"})]
    rows = mod.pairs_of(pred, gold)
    assert [(r["field"], r["agree"]) for r in rows] == [("penalty", False)]
    same = [dict(pred[0], penalty=dict(pred[0]["penalty"], value=3.25))]  # 3.25 years = 39 months
    assert [(r["field"], r["agree"]) for r in mod.pairs_of(same, gold)] == [("penalty", True)]
    (tmp_path / "g").mkdir()
    (tmp_path / "p").mkdir()
    for name, recs in (("g/dev1.jsonl", gold), ("p/dev1.jsonl", pred),
                       ("g/test1.jsonl", [dict(scope, split="test"), *gold[1:]]), ("p/test1.jsonl", pred)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in recs))
    assert mod.main([str(tmp_path / "p"), str(tmp_path / "g/dev1.jsonl"), str(tmp_path / "g/test1.jsonl")]) == 0
    out = capsys.readouterr()
    assert "ERR dev1" in out.out and "test1" not in out.out and "test gold, refused" in out.err
