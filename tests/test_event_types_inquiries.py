"""Investigative acts told by a verb no trigger table holds (issue 14, round t-types10).

The class recurs in six dev reports (2017 Azerbaijan, 2017 Tunisia, 2018 Mauritius, 2019 Ecuador, 2020
Senegal, 2021 Costa Rica gold): someone sent or appointed to investigate, a person interrogated, typed
``other`` by the rules. Pinned here on sentences of a fictional report (Orlavia, 2022) written for these
tests, through the shipped pipeline (the rules, then the trained typer), with the readings that must stay:
a body's mandate in the passive, a call to investigate, and inspections (left to a convention: the dev gold
is split on them).

Also here: an observers' verdict in the main clause on an election named with its date is the verdict
(``other``, dated by the election; settled 2026-12-06), which the dated path typed by the election word
(2018 Guyana, 2023 Comoros, 2023 Papua New Guinea gold); an election the main clause states stays one.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 7. Worker Rights\n\n")

# (sentence, expected type, expected date)
CASES = [
    ("The Ministry of Health sent inspectors to investigate reported cases of abuse in clinics.", "investigation",
     "2022"),
    ("In March the Senate appointed a special committee to investigate the contract.", "investigation", "2022-03"),
    ("On April 4, the governor dispatched a team to investigate the fire at the Tarvel market.", "investigation",
     "2022-04-04"),
    ("On February 18, police interrogated relatives of an exiled poet.", "investigation", "2022-02-18"),
    # what must stay as it was
    ("The Orlavian Truth Commission was established in 2014 to investigate abuses of the former regime.",
     "other", "2014"),
    ("In May several unions called on the prosecutor to investigate the dismissals.", "other", "2022-05"),
    ("From January to April, the ombudsman conducted 300 unannounced prison inspections.", "other", "2022-01"),
    # an observers' verdict in the main clause on a dated election is the verdict (2018 Guyana, 2023 Comoros,
    # 2023 PNG gold) ...
    ("In 2021, foreign and local observers considered the presidential election neither free nor fair.", "other",
     "2021"),
    ("International observers considered the 2020 elections free, fair, and credible.", "other", "2020"),
    ("An observer group from the NGO Clear Vote described a flawed electoral process, with failures in the "
     "preparation and conduct of the 2021 election.", "other", "2021"),
    # ... and an election the main clause states stays the election
    ("In 2020 the country held free and fair parliamentary elections that observers described as credible.",
     "election_or_referendum", "2020"),
    ("The 2018 elections were characterized by international observers as free and transparent.",
     "election_or_referendum", "2018"),
    ("The commission conducted the national elections on October 11; international and national observers "
     "declared them to be free, fair, and credible.", "election_or_referendum", "2022-10-11"),
    ("International observers also declared the November 8 runoff free, fair, and transparent.", "other",
     "2022-11-08"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, list(dict.fromkeys(c[0] for c in CASES)), 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in CASES])
def test_inquiry_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]
