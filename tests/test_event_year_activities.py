"""Activities of the year (docs/EVALUATION.md, annotator C; "Angola 2008"): a completed act of an
actor placed "during the year" by the sentence itself is an occurrence of type ``other``, also
with a verb that alone states no occurrence ("received", "became", "permitted") and with an
actor noun for subject ("Border guards"); not a count ("received 296 complaints", "Ninety
workers died …"), nor the same verbs without the year. Sentences of a fictional report
(Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

CASES = [
    ("Border guards received human rights training during the year.", [("other", "2021")]),
    ("The government permitted foreign diplomats to visit prisons during the year.", [("other", "2021")]),
    ("During the year the labor ministry became a member of the regional council.", [("other", "2021")]),
    ("The ministry began distributing free textbooks during the year.", [("other", "2021")]),
    # counts are statistics, and without the year the same verbs state no occurrence
    ("The ombudsman received 296 complaints of abuse during the year.", []),
    ("The state broadcaster received 4.6 billion crowns in subsidies during the year.", []),
    ("Ninety workers died in mining accidents during the year.", []),
    ("Police received training.", []),
    ("Political parties held numerous meetings during the year.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(c[0] for c in CASES) + "\n"
    doc = Document("lorvania-2021", "Lorvania", None, None, 2021, "", "txt", "", len(text))
    return extract_events(annotate(text, doc, outline(text, doc.id), nlp), [])


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_activity_of_the_year(extracted, sentence, expected):
    found = [(e.type, e.date) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
