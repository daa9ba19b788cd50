"""A count hanging on a clause ("two weeks after he published the article") is dated in one place
(issue 14, t-dates21): ``find_dates`` reads text only and leaves it unresolved; ``dates/anchors.py``
dates it from the parse in the events pipeline. The callers that read ``find_dates`` alone (the
penalties' event positions in ``event_terms``, the web reader's date highlights) no longer see the
forward count "March 3 + two weeks" where the clause happened two weeks *before* the main date.
Sentences of our own making."""
from __future__ import annotations

import pytest

from rightsledger.extract.dates import find_dates
from rightsledger.records import Event, Span

# the sentence's own date dates the main clause; the publication happened two weeks before it
MAIN_DATED = "On March 3, police detained Ana Berin, two weeks after she published the article."
# the mirror: "after that" names the previous clause, so the count runs forward from its date
MIRROR = "On March 3 she published the article; two weeks after that, police detained her."
# a penalty between a count and the date of the occurrence it belongs to
APPEAL = ("On March 3 a court convicted Ana Berin of slander, two weeks after she published the article, "
          "and sentenced her to four years in prison; an appeals court upheld the verdict on March 17.")


def _counts(text: str, year: int = 2022, **kw) -> list[tuple[str, str | None]]:
    return [(m.text, m.date) for m in find_dates(text, year, **kw) if m.kind == "relative"]


@pytest.mark.parametrize("text, expected", [
    (MAIN_DATED, [("two weeks after", None)]),  # was 2022-03-17: counted forward from March 3
    ("Police detained him on March 3, two weeks after he published the article.", [("two weeks after", None)]),
    ("On June 30, the mayor resigned, a year after being elected.", [("a year after", None)]),
    ("On May 2 the court freed him, three days before he was due to appeal.", [("three days before", None)]),
    (MIRROR, [("two weeks after", "2022-03-17")]),
    ("Police detained him on March 3. Two weeks later he was released.", [("Two weeks later", "2022-03-17")]),
    ("On March 3 he was released; two days before, police had warned him.", [("two days before", "2022-03-01")]),
    ("On March 3 he was released; two weeks afterward he left the country.", [("two weeks afterward", "2022-03-17")]),
])
def test_find_dates_leaves_a_count_on_a_clause_unresolved(text, expected) -> None:
    assert _counts(text) == expected


def test_a_count_on_a_clause_is_not_counted_from_the_previous_sentence() -> None:
    """"He was released two weeks after he was detained", the arrest dated a sentence before: the text
    alone cannot say whether the count dates the release or the arrest; unresolved (was March 17)."""
    previous = find_dates("Police detained him on March 3.", 2022)[0]
    assert _counts("He was released two weeks after he was detained.", previous=previous) == \
        [("two weeks after", None)]
    assert _counts("He was released two weeks later.", previous=previous) == [("two weeks later", "2022-03-17")]


def _events(text: str, specs: list[tuple[str, str]]) -> list[Event]:
    return [Event(f"d:ev:{k}", "d", typ, date, None, "day", [], None, "1.d", "asserted", None,
                  Span.of(text, 0, len(text))) for k, (typ, date) in enumerate(specs)]


class _Ann:  # attach_penalties reads the text and the report year only
    def __init__(self, text: str, year: int) -> None:
        self.text, self.year = text, year


def test_penalty_is_not_drawn_by_a_forward_count() -> None:
    """The appeal (March 17) stood at "two weeks after" when ``find_dates`` counted forward, nearer the
    prison term than the conviction's "March 3": the term went to the appeal. Its date now stands at
    "March 17", after the term; the term goes to the conviction."""
    from rightsledger.extract.event_terms import attach_penalties

    out = attach_penalties(_Ann(APPEAL, 2022), _events(APPEAL, [("conviction_or_sentence", "2022-03-03"),
                                                                ("conviction_or_sentence", "2022-03-17")]))
    assert (out[0].penalty.kind, out[0].penalty.value) == ("prison", 4)
    assert out[1].penalty is None


def test_web_highlight_marks_the_date_that_was_written() -> None:
    """The reader's date highlight of the March 17 event is "March 17", not the count "two weeks
    after" (which the text alone cannot date); the March 3 event keeps "March 3"."""
    from rightsledger.web.highlight import event_marks

    marks = event_marks(APPEAL, _events(APPEAL, [("conviction_or_sentence", "2022-03-03"),
                                                 ("conviction_or_sentence", "2022-03-17")]))
    assert [(APPEAL[m.start:m.end], m.rec) for m in marks] == [("March 3", "v:d:ev:0"), ("March 17", "v:d:ev:1")]


def test_web_reader_shows_no_date_mark_on_an_unresolved_count() -> None:
    """An event the parse dated by the count (the publication, March 3 minus two weeks) gets no date
    mark: ``find_dates`` has no date for the count, and no other expression states February 17. The
    rendered mark of the other event is escaped as before."""
    from rightsledger.web.highlight import event_marks, render_span, with_status

    marks = event_marks(MAIN_DATED, _events(MAIN_DATED, [("detention_or_arrest", "2022-03-03"),
                                                         ("other", "2022-02-17")]))
    assert [(MAIN_DATED[m.start:m.end], m.rec) for m in marks] == [("March 3", "v:d:ev:0")]
    html = render_span(MAIN_DATED, 0, len(MAIN_DATED), with_status(marks, {"d:ev:0": {"status": 'x"<y'}}))
    assert '<mark class="hl hl-date rv rv-x&quot;&lt;y" data-rec="v:d:ev:0" title="x&quot;&lt;y"' in html
    assert "two weeks after she" in html and "<mark" not in html.split("March 3</mark>")[1]
