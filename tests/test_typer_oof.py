"""scripts/typer_oof.py (round t-typer19): out-of-fold event types, each report typed by a typer
fitted without it, from today's rules' type and features; on events of fictional reports (our own
short sentences, no report text)."""
from __future__ import annotations

from pathlib import Path

from rightsledger.analysis.training.train import TypedEvent

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
typer_oof = load_script(ROOT / "scripts" / "typer_oof.py")


def _event(doc: str, trig: str, rule: str, gold: str, first: str | None = None) -> TypedEvent:
    feats = ["bias", f"rule={rule}", f"trig={trig}", f"rule_trig={rule}:{trig}", f"tobj={trig}:thing"]
    return TypedEvent(doc=doc, rule_type=rule, features={"2": feats}, gold_type=gold,
                      text=f"Officials did {trig}.", group="1", first_type=first)


def test_each_report_is_typed_by_a_typer_fitted_without_it() -> None:
    # "raid" is a protest in two reports and appears in the third only: out of fold, the third
    # report's "raid" is typed from the other two, whatever its own gold says.
    data = [_event(d, "raid", "other", "protest", first="other") for d in ("2031_a", "2031_b") for _ in range(4)]
    data += [_event("2031_c", "raid", "other", "attack_or_threat", first="other") for _ in range(3)]
    data += [_event(d, "arrest", "detention_or_arrest", "detention_or_arrest", first="detention_or_arrest")
             for d in ("2031_a", "2031_b", "2031_c") for _ in range(3)]
    oof = typer_oof.oof_types(data, "2", "ambiguous_confident", 0.5, 3.0)
    assert [t for t, e in zip(oof, data) if e.doc == "2031_c" and e.gold_type == "attack_or_threat"] \
        == ["protest"] * 3
    # a rules' type that is not ambiguous and that the model is not sure against stays
    assert all(t == "detention_or_arrest" for t, e in zip(oof, data) if e.rule_type == "detention_or_arrest")


def test_first_reads_a_features_value_and_held_out_reports_are_listed() -> None:
    assert typer_oof.first(["bias", "tobj=release:document", "tobj=release:record"], "tobj") == "release:document"
    assert typer_oof.first(["bias"], "trig") == ""
    assert "2022_morocco" in typer_oof.held_out_reports()
