"""An undated sentence told in the past perfect steps back before the narrated time (issue 14, round t-events73):
``undated/told_before.told_before``. Its main clause ("The weekly had published an article …", "Authorities had
sentenced the nine …", "Twelve percent of reporters had been threatened …") tells what had happened before the
occurrence the paragraph narrates, or a count of persons to whom something had happened at some time: no record
of the report year. A negated step in the past perfect, a date, a past perfect that a reporting verb tells and a
clause in the simple past keep their readings. Sentences of a fictional report (Lorvania, 2022) written for
these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "a. Freedom of Expression, Including for Members of the Press and Other Media\n\n")

TOLD_BEFORE = [
    # background of a later arrest: a publication before it
    "The weekly Lorvan Courier had published an article that criticized the governor's remarks about herders.",
    # a blogger's earlier post
    "The blogger had posted a video urging residents of Osk to ignore the curfew.",
    # an earlier sentence behind the narrated appeal
    "Authorities had sentenced the nine for plotting against the president.",
    # persons to whom something had happened at some time, counted
    "Twelve percent of reporters surveyed had been threatened by local officials.",
]

KEPT = {
    # a dated past perfect keeps its date
    "In May police had arrested the editor of the Lorvan Courier.": [("detention_or_arrest", "2022-05", "asserted")],
    # a past perfect the report tells
    "The Lorvan Courier reported that police had arrested two of its reporters.": [
        ("detention_or_arrest", "2022", "asserted")],
    # the simple past: an occurrence of the year
    "Police arrested two reporters of the Lorvan Courier.": [("detention_or_arrest", "2022", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, TOLD_BEFORE + list(KEPT), 2022)


@pytest.mark.parametrize("sentence", TOLD_BEFORE)
def test_an_undated_past_perfect_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_dated_reported_and_simple_past_clauses_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def _root(nlp, sentence):
    return next(iter(nlp(sentence).sents)).root


def test_told_before_reads_the_parse(nlp):
    from rightsledger.extract.events.undated.told_before import told_before

    assert told_before(_root(nlp, "The activist had published a video."), [])
    # negated steps keep the negsteps settlement
    assert not told_before(_root(nlp, "The court had not ruled on his appeal."), [])
    assert not told_before(_root(nlp, "No officer had been charged."), [])
    # the simple past is not the past perfect
    assert not told_before(_root(nlp, "The activist published a video."), [])
    assert not told_before(None, [])
