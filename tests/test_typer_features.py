"""The trained event typer's features (extract/events/learned/typemodel.py) generalise across reports:
names and numbers of one report stand as their entity label, the trigger is paired with its
object, and the shipped model file matches the feature version. Sentences of a fictional report
(Orlesia, 2022) written for these tests."""
from __future__ import annotations

import json

import pytest

from rightsledger.extract.events.learned import typemodel
pytestmark = pytest.mark.model

HEADER = "2022 Country Reports on Human Rights Practices: Orlesia\n\nSection 2. Respect for Civil Liberties\n\n"


def _collected(nlp, sentences: list[str]) -> list[tuple[str, str, list[str]]]:
    """(event id, rules' type, features of the newest version) of every event extracted."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(sentences) + "\n"
    doc = Document("orlesia-2022", "Orlesia", None, None, 2022, "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    with typemodel.collecting() as rows:
        extract_events(annotated, [])
    return [(i, t, f[typemodel.FEATURE_VERSION]) for i, t, f in rows]


def test_names_and_numbers_are_masked(nlp):
    rows = _collected(nlp, [("On May 5, police in Vastrow detained Miroslav Tekhlenko and 14 other "
                            "members of the Orlesian Farmers Union.")])
    feats = [f for _, _, fs in rows for f in fs]
    assert feats
    words = {f for f in feats if f.startswith("w=")}
    assert not {"w=tekhlenko", "w=miroslav", "w=vastrow"} & words, words
    lexical = [f for f in feats if f.split("=")[0] in ("w", "arg", "parg", "tparg", "tobj", "rootarg", "head")]
    assert not any(ch.isdigit() for f in lexical for ch in f), lexical
    assert any(f.startswith("arg=") and "<" in f for f in feats), feats  # an argument stands as its label


def test_the_trigger_is_paired_with_its_object(nlp):
    rows = _collected(nlp, [("On March 3, the president signed a decree that dissolved the national "
                            "broadcasting council."),
                            "On June 12, unknown persons sent the editor a funeral wreath."])
    feats = {f for _, _, fs in rows for f in fs}
    assert "tobj=sign:decree" in feats, sorted(f for f in feats if f.startswith("tobj"))
    assert "tobj=send:wreath" in feats, sorted(f for f in feats if f.startswith("tobj"))


def test_a_model_of_other_features_is_not_used(tmp_path):
    path = tmp_path / "event_types.json"
    path.write_text(json.dumps({"feature_version": "0", "policy": "model", "weights": {"other": {"bias": 1}}}))
    assert typemodel.load_model(str(path)) is None
    current = tmp_path / "current.json"
    current.write_text(json.dumps({"feature_version": typemodel.FEATURE_VERSION, "policy": "model",
                                   "weights": {"other": {"bias": 1}}}))
    assert typemodel.load_model(str(current))["policy"] == "model"


def test_the_first_version_keeps_every_lemma(nlp):
    """The shipped typer of version 1 is scored on the features it was fitted on."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events.types.triggers import sentence_triggers
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "On March 3, the president signed a decree that dissolved the council of Vastrow.\n"
    doc = Document("orlesia-2022", "Orlesia", None, None, 2022, "", "txt", "", len(text))
    sent = next(s for p in annotate(text, doc, outline(text, doc.id), nlp).paragraphs for s in p.doc.sents
                if "decree" in s.text)
    trig = next(t for t, _ in sentence_triggers(sent) if t.lemma_ == "sign")
    old = typemodel.features(sent, trig, "law_or_decree", "2", "day", "asserted", (), version="1")
    new = typemodel.features(sent, trig, "law_or_decree", "2", "day", "asserted", ())
    assert "w=vastrow" in old and "w=vastrow" not in new
    assert not any(f.startswith(("tobj=", "tparg=", "vn=")) for f in old)
    assert "tobj=sign:decree" in new


def test_the_shipped_typer_is_loaded():
    model = json.loads(typemodel.MODEL_FILE.read_text(encoding="utf-8"))
    assert str(model.get("feature_version", "1")) in typemodel.FEATURE_VERSIONS
    assert typemodel.load_model() is not None


def test_the_shipped_typer_is_version_3_3_and_types_a_raid_as_the_settled_convention(nlp):
    """The typer shipped under the rule of 2026-12-10 (docs/rounds/2026-12-10-06-t-typer7.md):
    feature version 2 (t-typer9b's 3.3 was withdrawn at the 0.1.27 merge), fitted with the
    first-run type as the rules' type. A raid on an office is
    `other` by the settled convention (docs/EVALUATION.md, "looting and raids on property"); the
    rules call it an attack, the typer overrides them; a sentencing it leaves to the rules."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    model = json.loads(typemodel.MODEL_FILE.read_text(encoding="utf-8"))
    assert model["feature_version"] == "2" and model["candidate"] == "first_run"
    assert model["policy"] != "rules" and "2019_moldova" in model["first_runs"]
    sentences = ["On November 20, police raided the offices of the Orlesian Farmers Union and seized computers.",
                 ("On August 14, a court in Vastrow sentenced the blogger Ilya Kern to three years in prison "
                  "for insulting the president.")]
    text = HEADER + "\n\n".join(sentences) + "\n"
    doc = Document("orlesia-2022", "Orlesia", None, None, 2022, "", "txt", "", len(text))
    with typemodel.collecting() as rows:
        events = extract_events(annotate(text, doc, outline(text, doc.id), nlp), [])
    rules = {i: t for i, t, _ in rows}
    got = {word: (rules[e.id], e.type) for e in events for word in ("raided", "sentenced") if word in e.evidence.text}
    assert got["raided"] == ("attack_or_threat", "other")
    assert got["sentenced"] == ("conviction_or_sentence", "conviction_or_sentence")


def test_the_guard_reads_the_settled_conventions_from_data():
    """typer_guard.toml names each convention; the guard is the rules' type with its trigger."""
    from rightsledger.analysis.training import typer_cv as tc

    conventions = typemodel.lexicon("typer_guard")["convention"]
    assert all(c["name"] and c["where"] and c["triggers"] for c in conventions)
    assert "rule_trig=other:dismiss" in tc.guard()
    assert tc.guarded(["bias", "rule=charge", "rule_trig=charge:take"])
    assert not tc.guarded(["bias", "rule=other", "rule_trig=other:raid", "notrig"])



def test_the_guard_is_not_applied_by_the_pipeline():
    """G failed its rule (t-typer8): a guarded event is typed by the model as any other."""
    model = {"policy": "model", "threshold": None, "weights": {"dismissal": {"w=dismiss": 9.0}, "other": {}}}
    feats = ["bias", "rule=other", "rule_trig=other:dismiss", "w=dismiss"]
    from rightsledger.analysis.training import typer_cv as tc

    assert tc.guarded(feats) and typemodel.decide(model, "other", feats) == "dismissal"


def _all_versions(nlp, sentences: list[str]) -> list[dict[str, list[str]]]:
    """Every collected version's features of each event, the entities extracted as the pipeline does."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.entities import extract_entities
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(sentences) + "\n"
    doc = Document("orlesia-2022", "Orlesia", None, None, 2022, "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    with typemodel.collecting() as rows:
        extract_events(annotated, extract_entities(annotated))
    return [f for _, _, f in rows]


def test_the_trial_versions_are_collected_with_version_2(nlp):
    rows = _all_versions(nlp, ["On April 9, police arrested Dariusz Velkovan, a reporter, in Karsk."])
    assert rows
    assert set(typemodel.COLLECTED_VERSIONS) >= {"1", "2", "3.1", "3.2", "3.3"}
    assert all(set(r) == set(typemodel.COLLECTED_VERSIONS) for r in rows)
    additions = (typemodel.PARSE, typemodel.HEADINGS)  # each adds to version 2
    assert all(set(r["2"]) <= set(r[v]) for r in rows for v in additions)


def test_version_3_1_reads_the_kinds_of_subject_and_object_from_the_records(nlp):
    rows = _all_versions(nlp, ["On April 9, police arrested Dariusz Velkovan, a reporter, in Karsk.",
                               "On October 2, the journalist was detained by border guards."])
    feats = [set(r[typemodel.PARSE]) for r in rows]
    assert any({"objk=person", "tobjk=arrest:person", "voice=active"} <= f for f in feats), feats
    assert any("voice=passive" in f for f in feats), feats
    assert not any(f.startswith(("subjk=", "objk=", "voice=")) for r in rows for f in r["2"])


def test_version_3_2_pairs_the_trigger_with_the_headings(nlp):
    rows = _all_versions(nlp, ["On April 9, police arrested Dariusz Velkovan, a reporter, in Karsk."])
    pairs = {f for r in rows for f in r[typemodel.HEADINGS] if f.startswith("th=")}
    assert "th=arrest:hw=liberties" in pairs, sorted(pairs)


def test_version_3_3_keeps_the_words_of_the_triggers_clause(nlp):
    rows = _all_versions(nlp, [("On April 9, police arrested Dariusz Velkovan in Karsk, and the ministry "
                                "later praised the officers.")])
    arrest = next(r for r in rows if "trig=arrest" in r["2"])
    assert "w=praise" in arrest["2"] and "w=praise" not in arrest[typemodel.CLAUSE], arrest[typemodel.CLAUSE]
    assert "w=arrest" in arrest[typemodel.CLAUSE]


def test_the_feature_versions_are_numbers_the_train_path_ranks():
    """t-typer9's trial names (3p, 3h, 3c) broke ``train.choose_candidate``'s tie-break, which reads a
    version as dotted numbers; under their numeric names every collected version is ranked, the
    newest first among ties. Version 2 ships: 3c's clause words, "3.3", passed the rule and was
    withdrawn at the 0.1.27 merge (docs/EVALUATION.md, "The event typer")."""
    from rightsledger.analysis.training import train as tr

    assert (typemodel.PARSE, typemodel.HEADINGS, typemodel.CLAUSE) == ("3.1", "3.2", "3.3")
    assert typemodel.FEATURE_VERSION == "2" and typemodel.FEATURE_VERSIONS == ("1", "2")
    assert "2" in typemodel.COLLECTED_VERSIONS  # the reference a new version must beat in the same run
    tie = {("ambiguous_confident", 0.6, 3.0, None, v): 0.80 for v in typemodel.COLLECTED_VERSIONS}
    assert tr.choose_candidate(tie)[0][4] == "3.3"
    assert tr.choose_candidate({**tie, ("ambiguous_confident", 0.6, 3.0, None, "3.1"): 0.803})[0][4] == "3.3"  # a tie
    assert tr.choose_candidate({**tie, ("ambiguous_confident", 0.6, 3.0, None, "2"): 0.82})[0][4] == "2"


def test_the_feature_script_reads_help_as_an_option_not_a_cache_folder(tmp_path):
    """``typer_features_cv.py --help`` once took "--help" for the cache folder and started a full
    nested run (t-typer19); it prints its usage and builds nothing."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    for script in ("typer_features_cv.py", "typer_retypings.py"):
        run = subprocess.run([sys.executable, str(root / "scripts" / script), "--help"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=120,
                             env={"PYTHONPATH": str(root / "src"), "PATH": "/usr/bin:/bin"})
        assert run.returncode == 0, run.stderr
        assert "usage:" in run.stdout
        assert not any(tmp_path.iterdir())
