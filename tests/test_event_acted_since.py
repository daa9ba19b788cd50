"""An act running since a date, the "since" after the act's own verb, takes that date (issue 14, round
t-events60): ``undated/acted_since.py``. The settlement "An occurrence or negation running 'since' a date
takes that date" was read for a "Since <date>" opening an undated past clause, for a detention held since a
date and for a negation; not for an act in the passive, the present or past perfect, with the date after
its verb. Not a state verb, a negation, a modal, a habit, nor "the first elections since …". Sentences of a
fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

ADDED = {
    # the passive, the date after the verb
    "According to the Office of the Prime Minister, 23 charities were dissolved by court order since 2014 "
    "for failing to declare foreign donations.": [("registration_decision", "2014", "asserted")],
    # the present perfect under a teller
    "Human rights groups reported that approximately 4,000 stateless residents have received citizenship "
    "since 2017.": [("asylum_or_citizenship_decision", "2017", "asserted")],
    # "Since <date>" opening a present perfect (the undated path wants the past)
    "Since 2016 the government has released 31 political prisoners, including two pardoned by the president.":
        [("release", "2016", "asserted")],
    # a state verb of granting, in the past perfect
    "The interior minister stated in a speech that the government had granted refugee status to about 9,000 "
    "persons since 2003.": [("asylum_or_citizenship_decision", "2003", "asserted")],
    # a relative clause beside a dated one: both records, the dated one kept
    "In March the broadcasting authority resumed issuance of radio licenses, which had been suspended since 2016.":
        [("other", "2021-03", "asserted"), ("other", "2016", "asserted")],
}

NONE = [
    # a state verb
    "The Free Lorvania Party has remained in opposition since 2009 and held no seats in the parliament.",
    # a modal
    "Under the charity law, associations could be dissolved since 2014 for failing to declare donations.",
]

KEPT = {
    # a rank on the object: the election's own date, not the "since" date
    "On May 9, the government held the first free municipal elections since 1994.":
        [("election_or_referendum", "2021-05-09", "asserted")],
    # a negation running since a date (negated_since.py): unchanged
    "The parliament had not included members of the main opposition parties since 2012.":
        [("other", "2012", "negated")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [*ADDED, *NONE, *KEPT], 2021)


@pytest.mark.parametrize("sentence", list(ADDED))
def test_an_act_done_since_a_date_takes_that_date(extracted, sentence):
    assert extracted[sentence] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_a_state_or_a_modal_since_a_date_makes_none(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_a_rank_or_a_negation_since_a_date_is_unchanged(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_acted_since_reads_the_parse(nlp):
    from rightsledger.extract.dates.scan import find_dates
    from rightsledger.extract.events.undated.acted_since import acted_since

    def acts(text):
        sent = next(iter(nlp(text).sents))
        return [(v.lower_, t, m.date) for v, t, m in acted_since(sent, find_dates(text, 2021), text, 0)]

    assert acts("In all, 23 charities were dissolved by court order since 2014.") == [
        ("dissolved", "registration_decision", "2014")]
    assert acts("The ministry had not dissolved any charity since 2014.") == []
    assert acts("The government held the first free elections since 1994.") == []
