"""Provisions that define a legal category by an age, and detention periods stated with "may be
held for" (issue 14; docs/gold/2008_angola.md): "Sexual relations with a child under 14 is
considered rape", "Persons under 18 are considered minors" are threshold rules (their ages are no
figures); "Detainees may be held for 90 days without trial" is a time limit. Past narrative ("was
considered a rival", "He could be held for two days …, his lawyer said") is not a rule. Sentences
of our own making, about a fictional country (Lorvania, 2021)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CASES = [
    ("Sexual intercourse with a child under 14 is considered rape.", [("threshold", 14)], []),
    ("Persons under 18 are considered minors.", [("threshold", 18)], []),
    ("Detainees may be held for 90 days without trial.", [("time_limit", 90)], []),
    ("The newspaper was considered a rival by the ministry, which fined it 5,000 dinars.", [], [5000]),
    ("He could be held for two days before the hearing was over, his lawyer said.", [], []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
            "Section 1. Respect for the Integrity of the Person\n\n" + "\n\n".join(c[0] for c in CASES) + "\n")
    doc = Document("lorvania-2021", "Lorvania", None, None, 2021, "", "txt", "", len(text))
    ann = annotate(text, doc, outline(text, doc.id), nlp)
    return extract_provisions(ann), extract_figures(ann)


@pytest.mark.parametrize("sentence,provisions,figures", CASES, ids=[c[0][:40] for c in CASES])
def test_definition_and_period_rules(extracted, sentence, provisions, figures):
    provs, figs = extracted
    assert [(p.norm, p.quantity.value) for p in provs if p.evidence.text.strip() == sentence] == provisions
    assert [f.value for f in figs if f.evidence.text.strip() == sentence] == figures
