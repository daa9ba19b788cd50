"""Summary statements of the year (issue 14; docs/gold/2023_somalia.md, 2020_guinea.md): an
undated sentence whose main verb, in the simple past, says what an actor did during the year is an
event of the year even when its trigger also names a practice ("restricted", "harassed",
"prosecuted"); what a thing did, a practice told by frequency, a modal, "continued to" or "in
practice", and a trigger noun that is only reported, are not. Sentences of a fictional report
(Lorvania, 2021) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

# (sentence, [(type, date, polarity), ...]; [] for "no event")
CASES = [
    # an actor's act told in the simple past: an occurrence of the year
    ("Authorities restricted access to mobile data networks in the eastern provinces.",
     [("censorship_or_blocking", "2021", "asserted")]),
    ("The government restricted and disrupted access to the internet.",
     [("censorship_or_blocking", "2021", "asserted")]),
    ("Members of the gendarmerie committed numerous abuses.", [("torture_or_abuse", "2021", "asserted")]),
    ("Authorities prosecuted very few corruption cases.", [("charge", "2021", "asserted")]),
    ("Journalists were intimidated for covering the miners' strike.",
     [("attack_or_threat", "2021", "asserted")]),
    ("Rights monitors reported the government blocked several opposition news sites.",
     [("censorship_or_blocking", "2021", "asserted")]),
    # the means and the act: "used these laws to harass" states the harassment (not the habit "used to")
    ("Officials used these decrees to harass opposition leaders and reporters.",
     [("attack_or_threat", "2021", "asserted")]),
    ("Police used to detain street vendors in Dornet.", []),
    # a right or freedom restricted in general is no occurrence (access restricted is, above)
    ("The government used this provision to restrict media freedom.", []),
    ("The government restricted freedoms of press and movement.", []),
    # a practice: frequency, modal, "continued to", "in practice", the present tense
    ("Police officers usually harassed street vendors in Dornet.", []),
    ("Police continued to harass street vendors in Dornet.", []),
    ("Police may restrict access to the central square without notice.", []),
    ("Officials harass reporters who cover land disputes.", []),
    ("The constitution provides for freedom of the press; however, the government restricted this right in "
     "practice.", []),
    # a thing is no actor; a reported trigger noun is no statement of an occurrence
    ("Checkpoints manned by smugglers restricted travel along the northern highway.", []),
    ("Editors reported widespread self-censorship.", []),
    # activities of the year (annotator C; "Angola 2008"): a completed act placed "during the year" by
    # the verb itself is an occurrence of type other, also with "received", "became", "permitted" and an
    # actor noun for subject; a count is a statistic, and without the year the same verbs state nothing
    ("Border guards received human rights training during the year.", [("other", "2021", "asserted")]),
    ("The government permitted foreign diplomats to visit prisons during the year.",
     [("other", "2021", "asserted")]),
    ("During the year the labor ministry became a member of the regional council.",
     [("other", "2021", "asserted")]),
    ("The ministry began distributing free textbooks during the year.", [("other", "2021", "asserted")]),
    ("The ombudsman received 296 complaints of abuse during the year.", []),
    ("The state broadcaster received 4.6 billion crowns in subsidies during the year.", []),
    ("Ninety workers died in mining accidents during the year.", []),
    ("Police received training.", [("other", "2021", "asserted")]),  # training received (settled 2026-12-08)
    ("Political parties held numerous meetings during the year.", []),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "lorvania-2021")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_summary_statement(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
