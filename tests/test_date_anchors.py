"""What "N days after …" counts from (extract/dates/anchors.py, t-dates20): a count that hangs on a
clause dates the clause inside "after" N units *before* the sentence's other date; a count that hangs
on a noun phrase carrying a date dates the main clause N units after it. Sentences of a fictional
report (Zarnakia, 2011) written for these tests.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.dates.anchors import anchor_counts
from rightsledger.extract.dates.relative import count_from
from rightsledger.extract.dates import DateMention, find_dates

from .conftest import dates_of, report_events


def _mention(date: str, precision: str) -> DateMention:
    return DateMention(0, 1, "x", date, None, precision, "event")


def test_count_from_both_ways() -> None:
    assert count_from(_mention("2011-02-05", "day"), 3, "week", -1)[:3] == ("2011-01-15", None, "day")
    assert count_from(_mention("2011-03-03", "day"), 2, "week", 1)[:3] == ("2011-03-17", None, "day")
    assert count_from(_mention("2011-06-20", "day"), 2, "month", -1)[:3] == ("2011-04", None, "month")
    # a vague count keeps the month; a count of days from a month keeps the month
    assert count_from(_mention("2011-06-20", "day"), -1, "day", -1)[:3] == ("2011-06", None, "month")
    assert count_from(_mention("2011-06", "month"), 3, "day", 1)[:3] == ("2011-06", None, "month")


@pytest.mark.model
@pytest.mark.parametrize("sentence,expected", [
    # the bug of issue 14 (t-events19, F6): the post was created three weeks before February 5
    ("On February 5, authorities secured the extradition of the blogger Mara Velt from a neighboring "
     "country, three weeks after she allegedly created a post criticizing the minister.", "2011-01-15"),
    # "before" the other way: the hearing three days after June 2
    ("On June 2, police released the lawyer Oren Tass, three days before he was due in court.", "2011-06-05"),
    # the count hangs on a noun phrase with its own date: the arrest two weeks after March 3
    ("Two weeks after the March 3 elections, police arrested the opposition leader Tomas Grell.", "2011-03-17"),
    # a gerund clause after "after": the election a month before the resignation
    ("A month after being elected, the ombudsman Karl Veno resigned on June 30.", "2011-05"),
])
def test_anchor_counts_on_the_parse(nlp, sentence: str, expected: str) -> None:
    doc = nlp(sentence)
    mentions = anchor_counts(doc[:], find_dates(sentence, 2011), 0)
    counted = [m for m in mentions if m.kind == "relative"]
    assert [m.date for m in counted] == [expected]


@pytest.mark.model
def test_a_count_without_an_anchor_in_the_sentence_is_left_alone(nlp) -> None:
    # no date outside the inner clause, no date inside the noun phrase: what find_dates said
    for sentence in ("Two weeks after the elections, police arrested the journalist Ana Pirel.",
                     "He was released two weeks after he was detained."):
        found = find_dates(sentence, 2011)
        assert anchor_counts(nlp(sentence)[:], found, 0) == found


PARAGRAPHS = [
    "On February 5, authorities secured the extradition of the blogger Mara Velt from a neighboring "
    "country, three weeks after she allegedly created a post criticizing the minister.",
    "Two weeks after the March 3 elections, police arrested the opposition leader Tomas Grell.",
    "On June 20, a court convicted the editor Lena Dorsk of defamation, two months after police arrested her.",
    # "later" still counts forward from the previous date
    "On May 10, police arrested the journalist Ana Pirel. Authorities released her two weeks later.",
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, "2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
                         "Section 1. Respect for the Integrity of the Person\n\n", PARAGRAPHS, "zarnakia-2011")


@pytest.mark.model
@pytest.mark.parametrize("sentence,dates", [
    (PARAGRAPHS[0], {("2011-02-05", "day"), ("2011-01-15", "day")}),
    (PARAGRAPHS[1], {("2011-03-17", "day"), ("2011-03-03", "day")}),
    (PARAGRAPHS[2], {("2011-06-20", "day"), ("2011-04", "month")}),
    ("Authorities released her two weeks later.", {("2011-05-24", "day")}),
])
def test_events_take_the_counted_dates(extracted, sentence: str, dates: set) -> None:
    assert dates_of(extracted, sentence) == dates


@pytest.mark.model
def test_a_bare_noun_counts_from_the_previous_date(nlp) -> None:
    """t-dates21: ``find_dates`` leaves every count on a complement unresolved; the parse decides. A
    bare noun ("until three months after elections", the elections dated a sentence before) counts
    from the previous date (the settled rule, "counts from a dated clause"); a possessive noun ("two
    months after his arrest") and a clause with no other date stay undated."""
    previous = find_dates("Voters elected a new council on March 10.", 2011)[0]
    for sentence, expected in [
            ("Unrest delayed the swearing-in of the council until three months after elections.", "2011-06"),
            ("The court freed him two months after his arrest.", None),
            ("He was released two weeks after he was detained.", None)]:
        found = find_dates(sentence, 2011, previous=previous)
        counted = [m for m in anchor_counts(nlp(sentence)[:], found, 0, previous) if m.kind == "relative"]
        assert [m.date for m in counted] == [expected], sentence


@pytest.mark.model
def test_events_take_a_count_from_a_bare_noun(nlp) -> None:
    paragraphs = ["Voters elected a new municipal council on March 10. Political unrest delayed the "
                  "inauguration of the new council until three months after elections."]
    got = report_events(nlp, "2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
                        "Section 3. Freedom to Participate in the Political Process\n\n", paragraphs, "zarnakia-2011")
    assert ("2011-06", "month") in dates_of(got, "Political unrest delayed the inauguration of the new council "
                                                 "until three months after elections.")
