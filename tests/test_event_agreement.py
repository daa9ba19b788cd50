"""scripts/event_agreement.py (round t-agree2): the seeded sample of whole paragraphs for a blind second
annotation of events, and its scoring by the evaluator's matching, on a fictional report and fictional
gold files."""
from __future__ import annotations

from pathlib import Path

from .gold_files import write_split_golds
from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
event_agreement = load_script(ROOT / "scripts" / "event_agreement.py")

TEXT = ("Executive Summary\n\n"
        "Lorvania is a parliamentary republic. In March voters elected a new parliament in a peaceful vote.\n\n"
        "Section 1. Respect for the Integrity of the Person\n\n"
        "a. Arbitrary Deprivation of Life\n\n"
        "On May 4, police in Arvel detained the editor of the Arvel Courier. He was released on May 6.\n\n"
        "Section 2. Respect for Civil Liberties\n\n"
        "The law provides for freedom of assembly, and the government generally respected this right.\n\n"
        "Section 6. Discrimination\n\n"
        "In July the ministry conducted a campaign against child marriage in three provinces.\n")


def _event(sentence: str, type_: str, date: str, precision: str = "day") -> dict:
    start = TEXT.index(sentence)
    return {"kind": "event", "type": type_, "date": date, "date_end": None, "precision": precision,
            "polarity": "asserted", "evidence": {"start": start, "end": start + len(sentence)}}


def _gold(tmp_path: Path) -> tuple[Path, Path]:
    events = [
        _event("In March voters elected a new parliament in a peaceful vote.", "election_or_referendum",
               "2031-03", "month"),
        _event("On May 4, police in Arvel detained the editor of the Arvel Courier.", "detention_or_arrest",
               "2031-05-04"),
        _event("He was released on May 6.", "release", "2031-05-06"),
        _event("In July the ministry conducted a campaign against child marriage in three provinces.", "other",
               "2031-07", "month"),
    ]
    return write_split_golds(tmp_path, TEXT, events)


def test_paragraphs_skip_headings_and_read_groups_from_section_titles():
    scope = {"start": 0, "end": len(TEXT)}
    paras = event_agreement.paragraphs(TEXT, scope)
    assert [p["group"] for p in paras] == ["exec", "1", "2", "5-7"]
    assert paras[1]["sub"] == "a. Arbitrary Deprivation of Life"
    assert paras[1]["section"].startswith("Section 1.")
    assert TEXT[paras[1]["start"]:paras[1]["end"]].startswith("On May 4")
    # a paragraph outside the scope's ranges is not drawn
    cut = {"start": 0, "end": len(TEXT), "ranges": [[0, TEXT.index("Section 2.")]]}
    assert [p["group"] for p in event_agreement.paragraphs(TEXT, cut)] == ["exec", "1"]


def test_sample_writes_text_without_gold_skips_held_out_and_is_seeded(tmp_path):
    golds, texts = _gold(tmp_path)
    drawn = event_agreement.sample(golds, tmp_path / "a", 17, 1, 3, text_dir=texts, skip={"2031_kept-out"})
    # one test paragraph per group, dev from the files not held out, at most one per file
    assert sorted(p["stratum"] for p in drawn if p["split"] == "test") == \
        ["test 1", "test 2", "test 5-7", "test exec"]  # no group 3-4 paragraph in the report
    assert {p["group"] for p in drawn if p["split"] == "test"} == {"exec", "1", "2", "5-7"}
    assert [p["doc"] for p in drawn if p["split"] == "dev"] == ["2031_lorvania-dev"]
    sheet = (tmp_path / "a" / "paragraphs.txt").read_text(encoding="utf-8")
    assert "On May 4, police in Arvel" in sheet
    assert "detention_or_arrest" not in sheet and "2031-05-04" not in sheet  # no gold record shown
    again = event_agreement.sample(golds, tmp_path / "b", 17, 1, 3, text_dir=texts, skip={"2031_kept-out"})
    assert [p["id"] for p in again] == [p["id"] for p in drawn]
    assert [(p["doc"], p["start"]) for p in again] == [(p["doc"], p["start"]) for p in drawn]


def test_score_matches_by_date_and_sentence_and_lists_disagreements(tmp_path):
    golds, texts = _gold(tmp_path)
    drawn = event_agreement.sample(golds, tmp_path / "a", 17, 1, 0, text_dir=texts, skip=set())
    ident = {p["group"]: p["id"] for p in drawn}
    lines = [
        "# para\tsnippet\tdate\tdate_end\tprecision\ttype\tpolarity",
        f"{ident['1']}\tpolice in Arvel detained\t2031-05-04\t\tday\tdetention_or_arrest\tasserted",
        f"{ident['1']}\tHe was released\t2031\t\tyear\trelease\tasserted",          # wrong date
        f"{ident['exec']}\tvoters elected\t2031-03\t\tmonth\tother\tasserted",      # wrong type
        f"{ident['2']}\tgenerally respected\t2031\t\tyear\tother\tasserted",        # gold has none
        f"{ident['5-7']}\tconducted a campaign\t2031-07\t\tmonth\tother\tasserted",
    ]
    res = event_agreement.score_sample(drawn, lines, golds, text_dir=texts)
    allr = res["scores"]["all"]
    assert (allr["tp"], allr["fp"], allr["fn"]) == (3, 2, 1)
    assert allr["type_agree"] == round(2 / 3, 4)
    assert res["scores"]["test 2"]["fp"] == 1
    kinds = sorted(what for _, what, _ in res["errors"])
    assert kinds == ["gold only", "second only", "second only", "type election_or_referendum -> other"]


def test_snippet_widens_to_its_sentence_and_k_th_occurrence():
    text = "Police detained him. Police detained her on May 2.\n"
    drawn = {"p": {"doc": "d", "start": 0, "end": len(text) - 1}}
    recs = event_agreement.records(["p\tPolice detained@@2\t2031-05-02\t\tday\tdetention_or_arrest\t"],
                                   drawn, {"d": text})
    ev = recs[0]["evidence"]
    assert text[ev["start"]:ev["end"]].strip() == "Police detained her on May 2."
    assert recs[0]["polarity"] == "asserted"
