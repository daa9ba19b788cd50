"""Occurrences told in a clause of reports, and the end of proceedings (issue 14; docs/EVALUATION.md
"Angola 2008", "Liberia 2024", "Chad 2016"):

- the torture subsection's formula "The law prohibited such practices, but there were (credible)
  reports (that) government officials employed them" is an alleged occurrence of the year, "… no
  credible reports …" a negated one, of the type of the section's topic; the same pronoun under
  another topic, or the practices used without a report, are not;
- "There were reports of vigilante violence" is an alleged occurrence of the year (violence by the
  state's forces: abuse), also with "however" in between ("There were reports, however, of killings")
  or "reports alleging that …"; without a report, or counted ("412 reports of family violence": a
  statistic), it is not;
- charges dropped or a complaint withdrawn end proceedings: an occurrence of type ``other`` (not a
  charge); other things dropped are none.

Sentences of a fictional report (Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

from .conftest import rules_types

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
    ("There were reports of vigilante violence in Dornet during the year.", [("attack_or_threat", "2021", "alleged")]),
    ("There were NGO and media reports of violence by soldiers in the border districts.",
     [("torture_or_abuse", "2021", "alleged")]),
    # "however" between the reports and what they report, "reports alleging that …"
    ("There were reports, however, of police involvement in extrajudicial killings of suspected smugglers.",
     [("killing", "2021", "alleged")]),
    ("There were numerous reports, however, that soldiers committed arbitrary killings in Dornet.",
     [("killing", "2021", "alleged")]),
    ("There were reports, however, of long queues at the border crossings.", []),
    ("Vigilante violence was a problem in rural districts.", []),
    ("According to the social ministry, there were 412 reports of family violence, of which 380 victims were "
     "women.", []),
    ("The survey found that 30 percent of women had experienced violence.", []),
    ("All charges against the two teachers were eventually dropped.", [("other", "2021", "asserted")]),
    ("Prosecutors dropped the charges against the editor in March.", [("other", "2021-03", "asserted")]),
    ("After five days police dropped the charges and released the two students.",
     [("release", "2021", "asserted")]),
    ("Enrollment dropped sharply in rural districts.", []),
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
    with rules_types():  # the rules' conventions: no learned detector (conftest.rules_types)
        return extract_events(annotate(text, doc, outline(text, doc.id), nlp), [])


@pytest.mark.parametrize("sentence,expected", TORTURE + ARREST, ids=[c[0][:50] for c in TORTURE + ARREST])
def test_reported_occurrence(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
