"""One record per date expression (docs/EVALUATION.md, "One record per date"; round t-events7): verbs
coordinated with a dated verb share its date and take no record of the report year beside it; a clause
under another, and a date that labels a noun, keep their own reading. Sentences of a fictional report
(Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "d. Arbitrary Arrest or Detention\n\n")

CASES = [
    # coordinated with the dated verb: one record
    ("On February 26, a teacher in Arvel was arrested and charged with distributing leaflets; he was "
     "released after paying a fine.", [("detention_or_arrest", "2021-02-26", "asserted")]),
    ("On June 12, the Dornish militia arrested six clan elders for attending a meeting; the elders were "
     "released after a week.", [("detention_or_arrest", "2021-06-12", "asserted")]),
    ("He was charged with insulting the president, sentenced on August 5 to six months in prison, and fined "
     "1,000 dollars.", [("conviction_or_sentence", "2021-08-05", "asserted")]),
    ("Rabhi appealed and was released from prison on October 22.", [("release", "2021-10-22", "asserted")]),
    ("Kramer was fined and dismissed from office in May.", [("dismissal", "2021-05", "asserted")]),
    ("Protesters attacked and attempted to burn the offices of the Arvel Times on October 12.",
     [("attack_or_threat", "2021-10-12", "asserted")]),
    # a dated clause under the main one: the main clause is an occurrence of the year
    ("Five soldiers were dismissed for misconduct following allegations they had assaulted residents of "
     "the town in July.", [("torture_or_abuse", "2021-07", "alleged"), ("dismissal", "2021", "asserted")]),
    # the date of a report is not the date of what it reports
    ("In March a parliamentary committee reported 40 persons were held on charges of vagrancy; four persons "
     "were sentenced to eight years in prison.", [("report_published", "2021-03", "asserted"),
                                                   ("conviction_or_sentence", "2021", "asserted")]),
    # a date that labels a noun after a preposition of sequence is that noun's event, not the arrests'
    # date (settled 2026-12-12): the visit of September 14, and one record for the clause's year
    ("Several protesters were arrested and fined in advance of the president's September 14 visit to the "
     "country.", [("other", "2021-09-14", "asserted"), ("conviction_or_sentence", "2021", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_one_record_per_date(extracted, sentence, expected):
    assert extracted[sentence] == expected

