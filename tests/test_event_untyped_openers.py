"""A violent act right after a dated occurrence of no violent type (round t-dates1; docs/EVALUATION.md
"Dating by episode"): the act or casualty told in the very next sentence, without a date, a source or a
teller of its own, takes the date of a dated occurrence the taxonomy leaves untyped (an abduction, an
escape, a refusal: ``other``) or of a death in custody, as it takes a violent opener's. A teller ("she
said that", "there were reports"), a later sentence or a dated occurrence of another type (a verdict)
keep the report year. Paragraphs of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import dates_of, report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

PARAGRAPHS = [
    # an abduction (`other`), then the abuse of the same persons in the next sentence
    "In March a militia commander abducted two herders near Vel and took them to a camp in the hills. "
    "They were tortured and beaten before being released.",
    # an escape that overpowered the guards, then a killing
    "On June 5, more than 200 inmates overpowered the guards and escaped from Kessa Central Prison. "
    "They seized rifles and killed two guards.",
    # a death in custody, then the beating that caused it
    "On May 2, a detainee died in the holding cell of the Tarn police station. Two officers and a "
    "guard reportedly beat him.",
    # a teller of the act: the report year
    "On October 30, a student filed a complaint against her landlord in Port Lerin. She said that the "
    "landlord had beaten her twice.",
    # "there were reports": the report year
    "On January 4, police searched the house of a union leader in Siva. There were reports police used "
    "excessive force during the search.",
    # a later sentence, not the next: the report year
    "In August, a militia abducted a trader on the road to Vel. His family paid a sum for his return. "
    "Militia members beat three other traders at a market.",
    # a dated verdict (not untyped): the act of the next sentence keeps the report year
    "On April 8, a court in Vel convicted the town's mayor of fraud. Supporters of the mayor attacked "
    "the courthouse.",
]

EXPECTED = [
    ("They were tortured and beaten before being released.", "2021-03", "month"),
    ("They seized rifles and killed two guards.", "2021-06-05", "day"),
    ("Two officers and a guard reportedly beat him.", "2021-05-02", "day"),
    ("She said that the landlord had beaten her twice.", "2021", "year"),
    ("There were reports police used excessive force during the search.", "2021", "year"),
    ("Militia members beat three other traders at a market.", "2021", "year"),
    ("Supporters of the mayor attacked the courthouse.", "2021", "year"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, PARAGRAPHS, "lorvania-2021", rules=False)


@pytest.mark.parametrize("sentence,date,precision", EXPECTED, ids=[e[0][:40] for e in EXPECTED])
def test_untyped_opener(extracted, sentence, date, precision):
    assert dates_of(extracted, sentence) == {(date, precision)}


def test_teller(nlp):
    from rightsledger.extract.events.dating.untyped_openers import told

    said = nlp("She said that the landlord had beaten her twice.")
    assert told(said[:], next(t for t in said if t.lower_ == "beaten"))
    reports = nlp("There were reports police used excessive force during the search.")
    assert told(reports[:], next(t for t in reports if t.lower_ == "used"))
    plain = nlp("They seized rifles and killed two guards.")
    assert not told(plain[:], next(t for t in plain if t.lower_ == "killed"))
