"""A trigger inside a penalty statement is no occurrence of the report year (issue 14, round t-events61):
``nonevents/penalty_statements.py``. The clause of a verb whose subject is a rule's penalty noun, of a verb of
facing a penalty term, or of "be liable to" names the offence or the offenders the penalty is for; an undated
record on a trigger in it is dropped. A clause of its own beside it ("…, and several convicted arsonists
received long sentences", "…; however, there were no known prosecutions") and any other sentence keep their
records. Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 7. Worker Rights\n\n")

PENALTIES = [
    "Employers that dismiss striking dockworkers face a fine of six months' wages for each worker wrongfully "
    "dismissed.",
    "Traders who previously received suspended sentences faced five to eight years in prison under the amended "
    "code.",
    "Criminal penalties are limited to cases where factory owners deliberately violated safety rules, and where "
    "inspectors had repeatedly warned owners who did not adopt corrective measures.",
]

KEPT = {
    # a clause of its own beside the penalty statement keeps its record
    "The penalty for conviction of arson was up to 10 years in prison, and several convicted arsonists received "
    "long sentences.": [("conviction_or_sentence", "2021", "asserted")],
    "The law prohibits forced labor, and penalties include fines; however, there were no known prosecutions.":
        [("charge", "2021", "negated")],
    "Police arrested 12 protesters in Port Lerin.": [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, PENALTIES + list(KEPT), 2021)


@pytest.mark.parametrize("sentence", PENALTIES)
def test_a_trigger_in_a_penalty_statement_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_other_clauses_and_sentences_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_in_penalty_statement_reads_the_parse(nlp):
    from rightsledger.extract.dates.scan import find_dates
    from rightsledger.extract.events.nonevents.penalty_statements import in_penalty_statement

    def holds(text, word):
        doc = nlp(text)
        tok = next(t for t in doc if t.text == word)
        return in_penalty_statement(tok, find_dates(text, 2021))

    assert holds("The maximum penalty for conviction of smuggling migrants is 12 years in prison.", "conviction")
    assert holds("Employers that dismiss strikers face a fine.", "dismiss")
    # a case's sentence, not a rule's penalty
    assert not holds("Their sentences were reduced after the guards were convicted.", "convicted")
    assert not holds("This sentence was reduced after the guards were convicted.", "convicted")
    # a date or time in the sentence: not read here
    assert not holds("In March employers that dismiss strikers faced a fine.", "dismiss")
