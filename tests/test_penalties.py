"""Penalties and durations on events (extract/terms/penalties.py, durations.py, event_terms.py), on sentences of our own making."""
from __future__ import annotations

from pathlib import Path

import pytest

from rightsledger.extract.terms.durations import find_durations
from rightsledger.extract.terms.penalties import find_penalties

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "penalties" / "dravonia-2021.txt"


def _p(sentence):
    return [(p.kind, p.value, p.unit) for _, p in find_penalties(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("On March 3, a court in Tolven sentenced the blogger to five years' imprisonment.", [("prison", 5, "years")]),
    ("The court fined the editor 500,000 tenge ($1,100) for spreading false information.", [("fine", 500000, "KZT")]),
    ("In June the military court sentenced the former commander to life imprisonment.", [("life", None, None)]),
    ("Three soldiers received death sentences in absentia in May.", [("death", None, None)]),
    ("The journalist received a two-year suspended sentence on April 9.", [("prison", 2, "years")]),
    ("A court sentenced him to three years of restricted freedom.", [("restricted_freedom", 3, "years")]),
    ("In October the court sentenced Ivanov to 18 months in prison and fined him 2 million CFA francs.",
     [("prison", 18, "months"), ("fine", 2000000, "XAF")]),
    ("The law provides for up to five years' imprisonment for insulting the president.", []),
    ("Police detained him for 48 hours.", []),
])
def test_penalties(sentence, expected):
    assert _p(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Police detained the activist on May 5 and held him for 48 hours without charge.", (48, "hours", "detention")),
    ("She was detained for two weeks in August before a judge ordered her release.", (2, "weeks", "detention")),
    ("Authorities held the journalists for approximately three hours before releasing them.", (3, "hours", "release")),
    ("The opposition newspaper was suspended for three months in July.", (3, "months", "detention")),
    ("The detainee spent 10 days in custody before being charged.", (10, "days", "detention")),
    ("He was held for over a week.", (1, "weeks", "detention")),
    ("In October the court sentenced Ivanov to 18 months in prison.", None),
])
def test_durations(sentence, expected):
    got = [(d.value, d.unit, cue) for _, d, cue in find_durations(sentence)]
    assert (got[0] if got else None) == expected


@pytest.mark.model
def test_pipeline_exports_penalties_and_durations(nlp, tmp_path):
    import json
    import subprocess
    import sys

    from rightsledger.run.pipeline import process

    bundle = process(FIXTURE, year=2021, nlp=nlp)
    by_start = {}
    for ev in bundle.events:
        by_start.setdefault(ev.evidence.text[:25], []).append(ev)

    def one(prefix, typ):
        evs = [e for k, v in by_start.items() if k.startswith(prefix) for e in v if e.type == typ]
        assert evs, (prefix, typ, {k: [e.type for e in v] for k, v in by_start.items()})
        return evs[0]

    p = one("On March 3, the Tolven", "conviction_or_sentence").penalty
    assert (p.kind, p.value, p.unit) == ("prison", 5, "years")
    assert one("On April 9, a court", "conviction_or_sentence").penalty.kind == "prison"
    assert one("In June the Supreme", "conviction_or_sentence").penalty.kind == "life"
    assert one("On July 14, the region", "conviction_or_sentence").penalty.kind == "death"
    assert one("On September 20, the co", "conviction_or_sentence").penalty.kind == "restricted_freedom"
    d = one("Police detained the act", "detention_or_arrest").duration
    assert (d.value, d.unit) == (48, "hours")
    d = one("On October 11, police d", "detention_or_arrest").duration
    assert (d.value, d.unit) == (2, "weeks")
    # the contract: penalty and duration are exported and pass the shared checker
    from rightsledger.store.export import write_jsonl

    recs = [{"kind": "event", **e.as_dict()} for e in bundle.events]
    assert any(r["penalty"] for r in recs) and any(r["duration"] for r in recs)
    checker = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_export.py"
    if checker.is_file():
        out = tmp_path / "e.jsonl"
        with open(out, "w", encoding="utf-8") as fh:
            write_jsonl(recs, fh)
        res = subprocess.run([sys.executable, str(checker), str(out), str(FIXTURE)], capture_output=True, text=True)
        assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize("sentence, expected", [
    ("On May 2, the court ordered the weekly to pay 3 million francs in damages to the minister.",
     [("other", 3000000, "francs")]),
    ("The court imposed a fine of 300,000 dinars on the editor.", [("fine", 300000, "dinars")]),
])
def test_damages_and_fines_imposed(sentence, expected):
    # the currency code of "francs"/"dinars" depends on the country: compare kind and value
    assert [(k, v) for k, v, _ in _p(sentence)] == [(k, v) for k, v, _ in expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Police arrested the editor on May 3 and released him two days later.", (2, "days", "later")),
    ("The ministry ordered the weekly to suspend publication for six months.", (6, "months", "detention")),
    ("The authorities suspended the newspaper for one month.", (1, "months", "detention")),
])
def test_more_durations(sentence, expected):
    got = [(d.value, d.unit, cue) for _, d, cue in find_durations(sentence)]
    assert got == [expected]


def _events(sentence, specs):
    from rightsledger.records import Event, Span

    return [Event(f"d:ev:{k}", "d", typ, date, None, "day", [], None, "1.d", "asserted", None,
                  Span.of(sentence, 0, len(sentence))) for k, (typ, date) in enumerate(specs)]


class _Ann:  # attach_penalties reads the text and the report year only
    def __init__(self, text, year):
        self.text, self.year = text, year


def test_penalty_and_duration_land_on_the_nearest_event():
    from rightsledger.extract.event_terms import attach_penalties

    s = ("Police detained Ana Berin on March 2 and held her for 10 days; on June 5 a court "
         "convicted her and sentenced her to four years in prison.")
    out = attach_penalties(_Ann(s, 2021), _events(s, [("detention_or_arrest", "2021-03-02"),
                                                      ("conviction_or_sentence", "2021-06-05")]))
    assert out[0].duration.value == 10 and out[0].penalty is None
    assert (out[1].penalty.kind, out[1].penalty.value) == ("prison", 4) and out[1].duration is None
    s2 = ("On April 4 a court sentenced Ivo Darn to six years in prison, and on May 9 a court in "
          "Tolven sentenced Mira Hask to death.")
    out = attach_penalties(_Ann(s2, 2021), _events(s2, [("conviction_or_sentence", "2021-04-04"),
                                                        ("conviction_or_sentence", "2021-05-09")]))
    assert [(e.penalty.kind, e.penalty.value) for e in out] == [("prison", 6), ("death", None)]


def test_penalty_without_a_conviction_event_goes_to_the_sentence_event():
    from rightsledger.extract.event_terms import attach_penalties

    s = "In May the former mayor was tried, convicted, and sentenced to death in absentia."
    out = attach_penalties(_Ann(s, 2021), _events(s, [("trial", "2021-05")]))
    assert out[0].penalty.kind == "death"
    s2 = "In May the court released the teacher after he had served a five-year sentence."
    out = attach_penalties(_Ann(s2, 2021), _events(s2, [("release", "2021-05")]))
    assert out[0].penalty is None


def test_changed_sentence_and_open_ended_term() -> None:
    """A sentence shortened on appeal keeps the new term (one conviction event); "12 years or more of imprisonment"
    is a prison term (issue 14, round 5; sentences of our own making)."""
    from rightsledger.extract.terms.penalties import final_terms

    sentence = ("In March 2023 Mira Olsen received a seven-year prison sentence on blasphemy charges, "
                "although her sentence was shortened to four years in June.")
    got = find_penalties(sentence)
    assert [(p.kind, p.value) for _, p in got] == [("prison", 7), ("prison", 4)]
    assert [(p.kind, p.value, p.unit) for _, p in final_terms(sentence, got)] == [("prison", 4, "years")]
    got = find_penalties("On May 4, a district court sentenced three men including a former mayor to "
                         "12 years or more of imprisonment for the attack.")
    assert [(p.kind, p.value, p.unit) for _, p in got] == [("prison", 12, "years")]
    got = find_penalties("A court sentenced him to five years in prison and a fine of 200 crowns.")
    assert [(p.kind, p.value) for _, p in got] == [("prison", 5), ("fine", 200)]


def test_blockades_and_release_after_a_stated_time() -> None:
    """How long a blockade lasted, and "After 12 days … released" as the length of the
    detention told with the release (issue 14, round 5; sentences of our own making)."""
    got = find_durations("After 12 days authorities dropped the charges and released the three activists.")
    assert [(d.value, d.unit, cue) for _, d, cue in got] == [(12, "days", "release")]
    got = find_durations("The militia blockaded the main road linking the two cities for 12 days in May.")
    assert [(d.value, d.unit) for _, d, _ in got] == [(12, "days")]
    assert find_durations("After two years of talks, the parties signed an accord.") == []


# -- the classes of issue 14, deliverable 5 (round 6), on sentences of our own making --------
@pytest.mark.parametrize("sentence, expected", [
    # a term told in years and months: one term, exact
    ("In April the court sentenced the former minister, Ivo Darn, to 14 years and six months in prison.",
     [("prison", 14.5, "years")]),
    ("On May 9, the Kettrin City Court sentenced blogger Lena Moss to two years and 10 months imprisonment.",
     [("prison", 34, "months")]),
    # a term with an article instead of a number
    ("The court sentenced the editor to a year in prison for defamation.", [("prison", 1, "years")]),
    # a term added to one being served
    ("On October 3, the Orlen City Court added seven years to the prison sentence of Emil Brask.",
     [("prison", 7, "years")]),
    ("The court handed him a 10-year prison term in March.", [("prison", 10, "years")]),
    # restricted movement is restricted freedom
    ("A court sentenced each of the three men to seven years of restricted movement.",
     [("restricted_freedom", 7, "years")]),
    # a suspended term keeps its kind; the period it is suspended for is not a duration
    ("The court sentenced her to two years' imprisonment, suspended for three years.", [("prison", 2, "years")]),
    ("The court sentenced him to eight years in prison and fined him 2 million dinars.",
     [("prison", 8, "years"), ("fine", 2000000, "dinars")]),
    ("In June a military court sentenced the two officers to death.", [("death", None, None)]),
    ("The law provides for a sentence of up to 10 years in prison for treason.", []),
])
def test_penalty_classes(sentence, expected):
    assert _p(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Authorities released the lawyer after two nights in police custody.", [(2, "nights", "release")]),
    ("Police held him for two years and six months without trial.", [(2.5, "years", "detention")]),
    ("The governor imposed a three-week curfew in Ulmar after the clashes.", [(3, "weeks", "detention")]),
    ("The government declared a state of emergency for 30 days in the north.", [(30, "days", "detention")]),
    ("Workers at the Pirsk mine went on strike for 12 days in March.", [(12, "days", "detention")]),
    ("Authorities shut down internet access in Talgor Region for 10 days.", [(10, "days", "detention")]),
    ("He died in May following a month-long detention in Sarnova prison.", [(1, "months", "detention")]),
    ("The court placed the singer under pretrial arrest for two months.", [(2, "months", "detention")]),
    ("The blockade of Mirevo, imposed on May 3, lasted three months.", [(3, "months", "detention")]),
    ("The strike at the Pirsk mine lasted more than five days.", [(5, "days", "detention")]),
    # not the length of a detention or restriction
    ("Teachers said their salaries had remained too low for 10 years.", []),
    ("The court sentenced her to two years' imprisonment, suspended for three years.", []),
    ("In April the court sentenced Ivo Darn to 14 years and six months in prison.", []),
])
def test_duration_classes(sentence, expected):
    assert [(d.value, d.unit, cue) for _, d, cue in find_durations(sentence)] == expected


def test_changed_term_goes_to_the_later_conviction():
    """Two conviction events in one sentence: the term first imposed to the first, the term
    as shortened to the later one."""
    from rightsledger.extract.event_terms import attach_penalties

    s = ("In October 2022, Mira Olsen received a seven-year prison sentence on blasphemy charges, "
         "although her sentence was shortened to four years in May.")
    out = attach_penalties(_Ann(s, 2023), _events(s, [("conviction_or_sentence", "2022-10"),
                                                      ("conviction_or_sentence", "2023-05")]))
    assert [(e.penalty.kind, e.penalty.value) for e in out] == [("prison", 7), ("prison", 4)]


def test_length_told_with_the_release_goes_to_the_release():
    """"held for a month … released after 56 days of detention": one release event takes the
    length told with it, not the first one stated."""
    from rightsledger.extract.event_terms import attach_penalties

    s = ("He was held for a month without charges and released after 56 days of detention when a "
         "judge in Sarnova dismissed the case.")
    out = attach_penalties(_Ann(s, 2023), _events(s, [("release", "2023-10-12")]))
    assert (out[0].duration.value, out[0].duration.unit) == (56, "days")


def test_a_length_before_after_is_not_a_date():
    """"suspended the union for six months after finding …" dates the suspension by its own
    date, not six months later."""
    from rightsledger.extract.dates import find_dates

    s = ("Effective April 29, 2021, the Pirsk Economic Court suspended the miners' union for six "
         "months after finding its registration improper.")
    assert [m.date for m in find_dates(s, 2022) if m.date] == ["2021-04-29"]
    s2 = "Police detained Ivo Darn on May 3, and he was released two days later."
    assert [m.date for m in find_dates(s2, 2022) if m.date] == ["2022-05-03", "2022-05-05"]


@pytest.mark.model
def test_release_after_a_length_counts_from_the_arrest(nlp, tmp_path):
    """"released after 56 days" counts from the arrest dated to the day, not from a date named
    in between ("his August 16 report"), and carries the 56 days."""
    from rightsledger.run.pipeline import process

    path = tmp_path / "orlenia-2023.txt"
    path.write_text(
        "Section 1. Respect for the Integrity of the Person\n\n"
        "On August 17, authorities in Sarnova arrested Ivo Darn, a journalist with an online "
        "broadcaster. Darn was reportedly beaten over his August 16 report on police corruption. "
        "He was held for a month without charges and released after 56 days of detention when a "
        "judge dismissed the case against him.\n", encoding="utf-8")
    bundle = process(path, year=2023, nlp=nlp)
    rel = [e for e in bundle.events if e.type == "release"]
    assert [(e.date, e.duration.value, e.duration.unit) for e in rel] == [("2023-10-12", 56, "days")]


@pytest.mark.parametrize("sentence, expected", [
    # the court "issued" the term; a conviction that "resulted in" it
    ("On May 2, the court of Tolven issued six-month suspended prison sentences for the four organizers.",
     [("prison", 6, "months")]),
    ("One of the cases against the former mayor resulted in a sentence of 12 years' imprisonment.",
     [("prison", 12, "years")]),
    # terms listed for several defendants share one unit: the first stated is the event's
    ("On June 2, the tribunal sentenced the guards Aro, Belin, and Cade to 12, nine, and seven years in "
     "jail, respectively.", [("prison", 12, "years")]),
    ("Two other guards received eight and five month sentences, respectively, for negligence.",
     [("prison", 8, "months")]),
    ("On May 3 the court sentenced 12 activists to five years in prison.", [("prison", 5, "years")]),
    # a term the court "gave" or was "giving"
    ("The court gave the editor a six-month prison term in May.", [("prison", 6, "months")]),
    ("On July 7, the court released the two students after giving them a suspended two-year prison term.",
     [("prison", 2, "years")]),
])
def test_terms_issued_or_resulting(sentence, expected):
    assert _p(sentence) == expected


def test_a_date_right_after_the_term_dates_the_sentencing():
    from rightsledger.extract.event_terms import attach_penalties

    s = "A fifth organizer, Ivo Darn, was summoned on March 3 and sentenced to a two-month suspended sentence on March 20."
    out = attach_penalties(_Ann(s, 2021), _events(s, [("conviction_or_sentence", "2021-03-03"),
                                                      ("conviction_or_sentence", "2021-03-20")]))
    assert out[0].penalty is None
    assert (out[1].penalty.kind, out[1].penalty.value, out[1].penalty.unit) == ("prison", 2, "months")


def test_a_length_told_with_an_ing_verb():
    s = "On May 2, the court ordered the commissioner to pay damages for arresting and detaining him for 12 days."
    assert [(d.value, d.unit) for _, d, _ in find_durations(s)] == [(12, "days")]
