"""A term told of a participant's past, in a clause about that participant, goes only to an event of its
own kind (round t-terms1, read on four state.gov pages nobody annotated: 2020 Burma, 2021 Saudi Arabia,
2020 Yemen; docs/rounds/2026-12-25-02-t-terms1.md).

"RSF called for the release of X, who received a 15-year prison sentence" (a call), "two boys, sentenced to
two years' incarceration, died" (a death), "Amnesty urged authorities to release ten men detained without
charge for 16 months" (a call), "X, who has been detained for four years despite a court ordering his
release in 2019" (a release order): the base code put the term on the sentence's event of another kind.
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.event_terms import attach_penalties

from .test_penalties import _Ann, _events


def _terms(sentence, specs):
    out = attach_penalties(_Ann(sentence, 2021), _events(sentence, specs))
    return [((e.penalty.kind, e.penalty.value) if e.penalty else None,
             (e.duration.value, e.duration.unit) if e.duration else None) for e in out]


@pytest.mark.parametrize("sentence, specs", [
    # a penalty in a relative clause, on a call
    ("On May 3, the Arvel Press Union called for the release of blogger Tomas Vell, who received a 12-year "
     "prison sentence for his posts.", [("other", "2021-05-03")]),
    # a penalty in a participle set off by commas, on a death
    ("On June 9, two teenage boys, sentenced to three years’ incarceration at the Dunmore youth center for "
     "theft, died after an escape attempt.", [("killing", "2021-06-09")]),
    # a length after a plural noun, on a call
    ("On April 2, a rights group urged authorities to release seven farmers detained without charge for 14 "
     "months after a land dispute.", [("other", "2021-04-02")]),
    # a length still running (present perfect), on a release order
    ("Authorities continued to hold Ivo Ranta, a trader who has been arbitrarily detained for more than three "
     "years despite a court ordering his release in March 2019.", [("release", "2019-03")]),
])
def test_a_participant_s_past_term_stays_off_an_event_of_another_kind(sentence, specs):
    assert _terms(sentence, specs) == [(None, None)]


@pytest.mark.parametrize("sentence, specs, expected", [
    # the event the clause itself dates takes the term (mistyped or not)
    ("Rights groups said Lena Marek and Ana Berin, who were sentenced to six years in prison in 2018, were "
     "released on June 2.", [("other", "2018"), ("release", "2021-06-02")], [(("prison", 6), None), (None, None)]),
    # a conviction takes a past term as before
    ("On March 13 the Supreme Court ordered a new trial for the former mayor, who was convicted in 2019 of fraud "
     "and sentenced to 40 years in prison.", [("trial", "2021-03-13"), ("conviction_or_sentence", "2019")],
     [(None, None), (("prison", 40), None)]),
    # a past length on a step of the custody stays (the acquittal, the release)
    ("In July a court acquitted a farmer, who had spent almost three years in pretrial detention, of arson.",
     [("acquittal", "2021-07")], [(None, (3, "years"))]),
    ("On May 5 police released the two reporters, who had been held for nine days without charge.",
     [("release", "2021-05-05")], [(None, (9, "days"))]),
    # not a participant's clause: a main verb, a coordinated predicate
    ("Authorities detained him on May 2 and held him for three days.", [("detention_or_arrest", "2021-05-02")],
     [(None, (3, "days"))]),
    ("He was charged with insulting the governor, sentenced on August 5 to six months in prison, and fined.",
     [("charge", "2021-08-05")], [(("prison", 6), None)]),
    # a term in the main clause keeps the fallback to the event of the sentence
    ("Authorities imprisoned and sentenced the teacher to eight years of hard labor.",
     [("detention_or_arrest", "2021")], [(("prison", 8), None)]),
])
def test_what_the_rule_leaves(sentence, specs, expected):
    assert _terms(sentence, specs) == expected


def test_the_clause_and_its_tense():
    from rightsledger.extract.terms.background import background_clause  # new in t-terms1 (the base has none)

    s = "Ivo Ranta, who has been detained for more than three years, appealed."
    assert background_clause(s, s.index("three")).tense == "ongoing"
    s = "The reporters, who were held for nine days, were released."
    clause = background_clause(s, s.index("nine"))
    assert clause.tense == "past" and s[clause.start:clause.end] == "who were held for nine days"
    assert background_clause("Police held the activist for six days.", 31) is None
    assert background_clause("Tabuya was detained for four days.", 24) is None
