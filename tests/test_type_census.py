"""scripts/type_census.py sorts sentences into the type classes settled 2026-12-16 (our own wording)."""
from __future__ import annotations

from pathlib import Path

from .load_script import load_script

tc = load_script(Path(__file__).resolve().parents[1] / "scripts" / "type_census.py")


def test_sexual_violence_outside_custody_only() -> None:
    assert "abuse_private" in tc.classes_of("Militia members raped women in two villages.")
    assert "abuse_private" not in tc.classes_of("Guards raped two detainees in the prison.")


def test_instruments_and_announcements() -> None:
    assert "instrument" in tc.classes_of("The unions and the employers signed a wage agreement in May.")
    assert "announced" in tc.classes_of("On May 3, the commission announced it would hold local elections.")


def test_negated_reporting_and_elections() -> None:
    assert "neg_report" in tc.classes_of("The ministry did not report any deaths from workplace accidents.")
    assert "party_elects" in tc.classes_of("In June the party's congress elected a new chairman.")
    assert "election_postponed" in tc.classes_of("The council postponed the local elections until spring.")


def test_press_pressure_needs_a_pressure_word() -> None:
    assert "press_pressure" in tc.classes_of("Officials warned two editors to stop covering the border dispute.")
    assert "press_pressure" not in tc.classes_of("Two editors covered the border dispute.")


def test_held_out_never_opened_skipped() -> None:
    stems = {p.stem for split in ("dev", "held", "test") for p in tc.files(split)}
    assert not stems & tc.NEVER_OPEN
    assert not {p.stem for p in tc.files("dev")} & tc.held_out()
