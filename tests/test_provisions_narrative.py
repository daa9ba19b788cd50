"""Law statements as the narrative of the older layouts writes them (issue 14, round 4):
"the code states that …", past duties ("were to be charged", "was not to exceed"), a limit
stated as the predicate of its noun, the requirement a practice sentence says was broken,
rules in a list joined by ", and", "there is a prohibition on …", terms of office in the past
tense. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions.build import _legal_limits, _terms, rule_mentions
from rightsledger.extract.provisions.deadlines import present_limits as _present_limits

RULES = [
    ("The Criminal Procedure Code states that a suspect may be held for 72 hours before appearing "
     "before a judge.", [72]),
    ("Under the Criminal Procedure Code, detainees were to be brought before a magistrate within 48 hours.", [48]),
    ("Detainees were to be charged within 48 hours of arrest.", [48]),
    ("Suspects were supposed to be brought before a judge within 48 hours.", [48]),
    ("Pretrial detention was not to exceed 6 months.", [6]),
    ("The maximum period of pretrial detention was six months.", [6]),
    ("The legal time limit for detention without charge is 48 hours.", [48]),
    ("Police custody (garde a vue) is limited to 48 hours, renewable once.", [48, 1]),
    ("Police custody, known as garde a vue, was limited to 48 hours.", [48]),
    ("Police routinely violated the requirement that detainees be charged and appear before a "
     "magistrate within seven days of arrest.", [7]),
    ("Although schooling is tuition-free, universal, and compulsory between ages six and 15, parents "
     "often paid the teachers, and pupils were required to buy books.", [6]),
    ("Under the old statutes, daughters could inherit land, but only half of the share of their brothers.", [0.5]),
    ("In the formal sector there is a prohibition on compulsory overtime of more than two hours a day "
     "or 180 hours a year.", [2, 180]),
    ("There is a ban on the employment of children under 15 in quarries.", [15]),
    ("Judges were appointed for six-year terms.", [6]),
    ("The constitution stipulated that the president served a five-year term, renewable once.", [5]),
    ("The assembly consisted of 90 members elected for five years.", [5]),
    # thresholds and notices of the older layouts
    ("Children under 14 were prohibited from working in the mines.", [14]),
    ("Strikes required 10 days' notice.", [10]),
    ("The age of consent was 16.", [16]),
    # a period renewed once, a state of emergency as the instrument
    ("Judicial police officers may hold a suspect for 48 hours, a period that may be renewed once.", [48]),
    ("The state of emergency, in effect since 1995, allowed authorities to detain persons for up to "
     "12 days.", [12]),
]

NOT_RULES = [
    "He was supposed to be released within two weeks but remained in detention.",
    "Anton Varga was to appear before a judge within 10 days.",
    "In May detainees were to be charged within 48 hours.",
    "The average length of pretrial detention was six months.",
    "The maximum period of detention was exceeded in 40 percent of cases.",
    "He served a five-year term in prison for fraud.",
    "There was a ban on demonstrations of more than 20 persons in May.",
    "The report stated that 40 detainees were held for more than 48 hours.",
    "The spokesman stated that the decree would be applied within 30 days.",
    "During the state of emergency police detained 300 persons for up to 12 days in March.",
    # what an official said would happen is no rule
    "He stated that the ministry would review the files, but that NGOs failing to provide documents "
    "within three months would be closed.",
    # "under the 1951 Convention" is no age threshold
    "The government sheltered approximately 40 foreigners who may not qualify as refugees under the "
    "1951 Convention.",
]


def _values(nlp, sentence: str) -> list:
    sent = nlp(sentence)[:]
    found = rule_mentions(sentence, sent) or _present_limits(sentence, sent)
    seen = {m.start for m in found}
    found += [m for m in _legal_limits(sentence) + _terms(sentence) if m.start not in seen]
    return [m.value for m in sorted(found, key=lambda m: m.start)]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_narrative_law_statements(nlp, sentence: str, values: list) -> None:
    assert _values(nlp, sentence) == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narration_and_one_persons_duties_are_not_rules(nlp, sentence: str) -> None:
    assert _values(nlp, sentence) == []
