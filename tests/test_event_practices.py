"""The torture subsection's formula (issue 14; docs/EVALUATION.md "Liberia 2024", "Chad 2016"):
"The law prohibited such practices, but there were (credible) reports (that) government officials
employed them" is an alleged occurrence of the year, and "… no credible reports …" a negated one, of
the type of the section's topic; the same pronoun elsewhere, or the practices used by habit, are not.
Sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n"
          "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment\n\n")
OTHER = "d. Arbitrary Arrest or Detention\n\n"

# (sentence, [(type, date, polarity), ...]; [] for "no event")
TORTURE = [
    ("The constitution and law prohibit such practices, but there were reports government officials "
     "employed them.", [("torture_or_abuse", "2021", "alleged")]),
    ("The law prohibited such practices, but there were credible reports that prison guards in Dornet "
     "employed them.", [("torture_or_abuse", "2021", "alleged")]),
    ("The law prohibited such practices, and there were no credible reports government officials employed "
     "them.", [("torture_or_abuse", "2021", "negated")]),
    # no report of it: a practice, not an occurrence
    ("The law prohibits such practices, and village elders used them rarely.", []),
]
ARREST = [
    # another topic names no practice the pronoun could take up
    ("The law prohibits such practices, but there were reports that customs officers used them.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = (HEADER + "\n\n".join(c[0] for c in TORTURE) + "\n\n" + OTHER
            + "\n\n".join(c[0] for c in ARREST) + "\n")
    doc = Document("lorvania-2021", "Lorvania", None, None, 2021, "", "txt", "", len(text))
    return extract_events(annotate(text, doc, outline(text, doc.id), nlp), [])


@pytest.mark.parametrize("sentence,expected", TORTURE + ARREST, ids=[c[0][:50] for c in TORTURE + ARREST])
def test_practices_employed(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
