"""A "there were no (credible) reports …" clause after a main clause with its own trigger (issue 14;
docs/gold/2019_guinea-bissau.md; the Guinea 2020 and Togo 2017 gold): the event is the main
clause's ("did not restrict … or censor online content" → censorship_or_blocking, negated; "restricted
and disrupted access" → asserted), not the occurrence the reports clause negates after it ("… that the
government monitored …" is no surveillance event). A sentence that opens with "There were no reports"
keeps its negated trigger. Sentences of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

CASES = [
    ("The government did not block or disrupt access to the internet or censor online content, and there "
     "were no credible reports that the government monitored private online communications in Lorvania.",
     [("censorship_or_blocking", "2021", "negated")]),
    ("Authorities restricted and disrupted access to the internet but did not censor online content; there "
     "were no credible reports that the government monitored private online communications.",
     [("censorship_or_blocking", "2021", "asserted")]),
    ("There were no reports that the government monitored private online communications.",
     [("surveillance", "2021", "negated")]),
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
def test_main_clause_before_no_reports(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
