"""A practice told as continued is no occurrence of the report year (issue 14, round t-events52;
docs/EVALUATION.md, "Summary statements of the year": "continued to" is no occurrence):
``nonevents/continued.py``. A trigger in what a teller "continued to" tell, or in a clause on what the
continued practice is done to, makes no undated record; the expletive "There continued to be reports of …"
(the reports' frame), a coordinated clause with its own subject, and a sentence without "continued to" keep
their readings. Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

PRACTICE = [
    # a trigger in what a teller continued to tell
    "Villagers in the Osk valley continued to report that border guards detained herders suspected of smuggling.",
    "Opposition members continued to allege that police arrested their supporters before rallies.",
    # a trigger in a clause on what the continued practice is done to
    "With the help of donors, the Lorvanian government continued to facilitate the resettlement of "
    "approximately 900 herders whose land permits had been revoked by a district board.",
]

KEPT = {
    # a coordinated clause with a subject of its own keeps its negated record
    "There were no reports the government detained journalists; however, officials continued to "
    "pressure critical outlets.": [("detention_or_arrest", "2021", "negated")],
    # no "continued to": the told clause is the occurrence
    "Villagers in the Osk valley reported that border guards detained 14 herders near the river.":
        [("detention_or_arrest", "2021", "asserted")],
    # a particular occurrence told in the simple past
    "Police arrested 12 protesters in Port Lerin.": [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, PRACTICE + list(KEPT), 2021)


@pytest.mark.parametrize("sentence", PRACTICE)
def test_a_practice_told_as_continued_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_other_clauses_and_sentences_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_expletive_reports_frame_is_untouched(paragraph_events):
    """ "There continued to be reports of …" is the reports' frame (undated_frames.py), not read here:
    the rule leaves whatever that reading makes (compared with the same sentence without the rule)."""
    from unittest import mock

    from rightsledger.extract.events.nonevents import continued

    sentence = "There continued to be numerous reports of deaths from landmines in the eastern provinces."
    with_rule = paragraph_events(HEADER, [sentence], 2021)[sentence]
    with mock.patch.object(continued, "_infinitive", lambda verb: None):
        without = paragraph_events(HEADER, [sentence], 2021)[sentence]
    assert with_rule == without


def test_continued_clause_reads_the_parse(nlp):
    from rightsledger.extract.events.nonevents.continued import continued_clause

    doc = nlp("Residents continued to report that soldiers detained farmers.")
    detained = next(t for t in doc if t.lower_ == "detained")
    assert continued_clause(detained)
    doc = nlp("Residents reported that soldiers detained farmers.")
    detained = next(t for t in doc if t.lower_ == "detained")
    assert not continued_clause(detained)
    doc = nlp("There continued to be reports that soldiers detained farmers.")
    detained = next(t for t in doc if t.lower_ == "detained")
    assert not continued_clause(detained)
