"""A step told as not done, in the passive, with no time in the sentence is no occurrence of the report
year (issue 14, round t-events54): ``nonevents/untimed_passive.py``. The sentence's main verb, passive and
negated, in a sentence that names no date or time, makes no undated record; the same step with a time ("by
year's end", "during the year"), an active negated step, an act whose subject is denied ("No complaints were
filed") and an asserted occurrence keep their readings. Sentences of a fictional report (Lorvania, 2021)
written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 5. Governmental Posture Towards Investigation of Alleged Abuses\n\n")

UNTIMED = [
    "The wardens involved in the beating were not disciplined.",
    "The harbor fund had never been audited by the Chamber of Accounts.",
    "Such online comments were not censored or removed.",
    "Dock workers escaped from the warehouse before the fire; however, the porters were not freed from the "
    "storeroom.",
]

KEPT = {
    # a time in the sentence: the negated step of the year ("Negated steps")
    "The guards who beat the detainee were not disciplined by year's end.": [("other", "2021", "negated")],
    "The case of the murdered fisherman was not investigated during the year.":
        [("investigation", "2021", "negated")],
    # active: not read here
    "Police did not investigate the shooting of the fisherman.": [("investigation", "2021", "negated")],
    # an act whose subject is denied (negsteps.denied_act): no "not"
    "No complaints were filed with the labor ministry.": [("other", "2021", "negated")],
    "Police arrested 12 protesters in Port Lerin.": [("detention_or_arrest", "2021", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, UNTIMED + list(KEPT), 2021)


@pytest.mark.parametrize("sentence", UNTIMED)
def test_an_untimed_negated_passive_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_timed_active_and_denied_steps_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_untimed_negated_passive_reads_the_parse(nlp):
    from rightsledger.extract.dates.scan import find_dates
    from rightsledger.extract.events.nonevents.untimed_passive import untimed_negated_passive

    def root_of(text):
        return next(nlp(text).sents).root, find_dates(text, 2021)

    assert untimed_negated_passive(*root_of("The wardens were not disciplined."))
    assert not untimed_negated_passive(*root_of("The wardens were not disciplined during the year."))
    assert not untimed_negated_passive(*root_of("The wardens were disciplined."))
    assert not untimed_negated_passive(*root_of("The warden did not discipline the guards."))
    assert not untimed_negated_passive(None, [])
