"""scripts/type_agreement.py (round t-agree1): the seeded sample of gold events for a blind second
typing, and its comparison, on a fictional report and fictional gold files."""
from __future__ import annotations

from pathlib import Path

from .gold_files import write_split_golds
from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
type_agreement = load_script(ROOT / "scripts" / "type_agreement.py")

TEXT = ("Section 2. Respect for Civil Liberties\n\n"
        "The Lorvanian press council met in March. On May 4, police in Arvel detained the editor of the "
        "Arvel Courier. He was released on May 6.\n\n"
        "Section 3. Freedom to Participate\n\n"
        "On June 1, voters in Lorvania elected a new parliament. Observers described the vote as orderly.\n\n"
        "Section 6. Discrimination\n\n"
        "In July the ministry conducted a campaign against child marriage.\n")


def _event(text: str, sentence: str, type_: str, date: str, section: str) -> dict:
    start = text.index(sentence)
    return {"kind": "event", "type": type_, "date": date, "date_end": None, "precision": "day",
            "section": section, "polarity": "asserted", "evidence": {"start": start, "end": start + len(sentence)}}


def _gold(tmp_path: Path) -> tuple[Path, Path]:
    events = [
        _event(TEXT, "On May 4, police in Arvel detained the editor of the Arvel Courier.", "detention_or_arrest",
               "2031-05-04", "2.a"),
        _event(TEXT, "He was released on May 6.", "release", "2031-05-06", "2.a"),
        _event(TEXT, "On June 1, voters in Lorvania elected a new parliament.", "election_or_referendum",
               "2031-06-01", "3"),
        _event(TEXT, "Observers described the vote as orderly.", "other", "2031-06-01", "3"),
        _event(TEXT, "In July the ministry conducted a campaign against child marriage.", "other", "2031-07", "6"),
    ]
    return write_split_golds(tmp_path, TEXT, events)


def test_group_of_reads_the_evaluators_section_groups():
    assert [type_agreement.group_of(s) for s in ("2.a", "3", "4.b", "6", "exec", None)] == \
        ["2", "3-4", "3-4", "5-7", "exec", "none"]


def test_allocate_is_proportional_and_sums_to_n():
    assert type_agreement.allocate({"a": 30, "b": 10}, 4) == {"a": 3, "b": 1}
    assert sum(type_agreement.allocate({"a": 5, "b": 5, "c": 5}, 7).values()) == 7
    assert type_agreement.allocate({"a": 2}, 5) == {"a": 2}


def test_previous_sentence_stays_in_its_paragraph():
    at = TEXT.index("He was released")
    assert type_agreement.previous_sentence(TEXT, at).startswith("On May 4, police")
    assert type_agreement.previous_sentence(TEXT, TEXT.index("On June 1")) == ""


def test_sample_hides_the_type_and_is_seeded(tmp_path):
    golds, texts = _gold(tmp_path)
    n = type_agreement.sample(golds, tmp_path / "out", 17, 1, 2, text_dir=texts, skip={"2031_kept-out"})
    assert n == 5  # one per test group (2, 3-4, 5-7) and two dev events
    sheet = (tmp_path / "out" / "sheet.tsv").read_text().splitlines()
    key = (tmp_path / "out" / "key.tsv").read_text().splitlines()
    assert len(sheet) == n + 1 and len(key) == n
    assert not any(t in line for line in sheet[1:] for t in ("detention_or_arrest", "election_or_referendum"))
    assert all(line.split("\t")[3] != "2031_kept-out" for line in sheet[1:])
    first = open(tmp_path / "out" / "sheet.tsv").read()
    type_agreement.sample(golds, tmp_path / "again", 17, 1, 2, text_dir=texts, skip={"2031_kept-out"})
    assert (tmp_path / "again" / "sheet.tsv").read_text() == first


def test_compare_scores_agreement_kappa_and_confusions():
    key = {"test_2-001": "release", "test_2-002": "other", "test_3-4-003": "other", "dev_all-004": "charge"}
    typed = {"test_2-001": "release", "test_2-002": "release", "test_3-4-003": "other", "dev_all-004": "charge"}
    res = type_agreement.compare(key, typed)
    assert res["all"]["n"] == 4 and res["all"]["agree"] == 0.75
    assert res["test_2"]["confusions"] == [(("other", "release"), 1)]
    assert res["test"]["n"] == 3 and "dev" not in res  # one dev stratum: no duplicate split line
    assert res["dev_all"]["kappa"] == 1.0
