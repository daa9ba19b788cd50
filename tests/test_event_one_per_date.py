"""One record per date of a sentence (issue 14, round t-events75): ``dating/one_per_date.one_per_date``.

Two date expressions of one sentence that give the same date to the same type of occurrence ("On March 4,
media reported … killed … on March 4", "the 2019 legislative elections … the 2019 elections", "on April 2 …
on the same day") tell one occurrence: one record (docs/EVALUATION.md, "One record per date"). Records of
different types on one date, and a negated record beside an asserted one, stay apart. Sentences of a fictional
report (Lorvania, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

from rightsledger.records import Event, Participant, Span

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings\n\n")

ONE = {
    # a teller's date and the occurrence's date, the same day
    "On March 4, media reported that unknown gunmen shot and killed two village chiefs near Port Lerin on March 4.":
        [("killing", "2022-03-04", "asserted")],
    # an election named twice by its year, judged by observers
    "International observers of the 2019 legislative elections deemed the 2019 elections credible.":
        [("other", "2019", "asserted")],
    # the same day named again
    "On June 9, police released the editor of the Lerin Courier, and on June 9 they released two reporters.":
        [("release", "2022-06-09", "asserted")],
    # "on the same day"
    "On April 2, about 5,000 persons marched peacefully in Port Lerin, and a second march drew 3,000 persons "
    "in Osk on the same day.": [("protest", "2022-04-02", "asserted")],
}

APART = {
    # two types on one day
    "On November 15, a judge ordered the closure of two radio stations but ordered them reopened that same day.":
        [("censorship_or_blocking", "2022-11-15", "asserted"), ("other", "2022-11-15", "asserted")],
    # a negated step beside an asserted one of the same day
    "On July 3, police detained a journalist, and on July 3 the court did not release him.":
        [("detention_or_arrest", "2022-07-03", "asserted"), ("release", "2022-07-03", "negated")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, list(ONE) + list(APART), 2022)


@pytest.mark.model
@pytest.mark.parametrize("sentence", list(ONE))
def test_one_date_twice_is_one_record(extracted, sentence):
    assert extracted[sentence] == ONE[sentence]


@pytest.mark.model
@pytest.mark.parametrize("sentence", list(APART))
def test_other_types_and_negations_stay_apart(extracted, sentence):
    assert sorted(extracted[sentence]) == sorted(APART[sentence])


def _event(n: int, type_: str, date: str, polarity: str = "asserted", source: str | None = None,
           who: list[str] | None = None) -> Event:
    return Event(id=f"x:ev:{n}", doc="x", type=type_, date=date, date_end=None, precision="day",
                 participants=[Participant(None, w, "target") for w in who or []], place=None, section="1",
                 polarity=polarity, source=source, evidence=Span(0, 10, "0123456789"))


def test_the_second_record_is_folded_into_the_first():
    from rightsledger.extract.events.dating.one_per_date import one_per_date

    a = _event(1, "killing", "2022-03-04", who=["Ana Vel"])
    b = _event(2, "killing", "2022-03-04", source="media", who=["Ana Vel", "Ivo Marr"])
    c = _event(3, "killing", "2022-03-04", polarity="negated")
    d = _event(4, "release", "2022-03-04")
    out = one_per_date([a, b, c, d])
    assert [e.id for e in out] == ["x:ev:1", "x:ev:3", "x:ev:4"]
    assert out[0].source == "media"
    assert [p.name for p in out[0].participants] == ["Ana Vel", "Ivo Marr"]
