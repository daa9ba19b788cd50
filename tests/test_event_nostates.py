"""Negated states that are no event (settled 2026-12-13, "negated states, standing functions"; round
t-neg17, events/undated/nostates.py), on sentences of a fictional report (Lorvania, 2021) written for these
tests, one paragraph each:

- "There were no <restriction> …" without a frame of the year is a state: no event (restrictions,
  limits, censorship, also on party formation);
- a "no (credible) reports that …" conjunct of the attribute keeps its own negated event
  (surveillance), also when the parser hangs the reports under the attribute's complement;
- the other side: "during the year" keeps the negated event, as do "There were no reports of
  restrictions …" (what is reported) and "no efforts to" (efforts.py);
- a negated act of the trigger tables on a class, a right or access is no event ("did not detain
  journalists incommunicado", "did not restrict or disrupt access to …"), also with a coordinated
  clause that is one too; a "no reports that" clause after it keeps its negated event;
- the other side: a negated step on a particular object ("did not investigate the shooting", "did
  not arrest the three protesters"), one person's step ("The prosecutor did not charge …"), "during
  the year", a passive ("No journalists were detained").
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

CASES = [
    # a state of the year: no event
    ("There were no official restrictions on scholarly research or theater performances.", []),
    ("There were no known limits on the teaching of history at the Dornet academies.", []),
    ("There was no censorship of blogs, apart from sites run by armed groups.", []),
    ("There were no formal restrictions on forming trade associations beyond a filing fee.", []),
    # a "no reports that" conjunct keeps its negated event
    ("There were no official restrictions on access to online forums or reports that the police "
     "monitored private messaging applications.", [("surveillance", "2021", "negated")]),
    ("There were no official restrictions on access to the web or credible reports that the police "
     "monitored private messaging applications.", [("surveillance", "2021", "negated")]),
    # the other side: a frame of the year, what is reported, efforts not made
    ("There were no restrictions on scholarly research during the year.",
     [("censorship_or_blocking", "2021", "negated")]),
    ("There were no reports of official restrictions on theater performances.",
     [("censorship_or_blocking", "2021", "negated")]),
    ("There were no official efforts to lift restrictions on the rural press.", [("other", "2021", "negated")]),
    # a negated practice on a class, a right or access: no event
    ("Authorities did not detain journalists incommunicado.", []),
    ("The ministry did not restrict or disrupt access to online forums.", []),
    ("The army did not attack refugees or forcibly return them to the border.", []),
    ("Warders did not investigate complaints of abuse in the Dornet prison, and the ministry did not "
     "inspect or monitor prison conditions.", []),
    ("The ministry did not restrict or disrupt access to online forums, and there were no credible reports "
     "that the police monitored private communications.", [("surveillance", "2021", "negated")]),
    # the other side: a particular object, one person, a frame of the year
    ("Police did not investigate the shooting of the two farmers.", [("investigation", "2021", "negated")]),
    ("The government did not arrest the three protesters.", [("detention_or_arrest", "2021", "negated")]),
    ("The prosecutor did not charge journalists for publishing the leaked files.", [("charge", "2021", "negated")]),
    ("Authorities did not detain suspects incommunicado during the year.",
     [("detention_or_arrest", "2021", "negated")]),
    ("Since March 2020 the police had not released data on disappearances.",
     [("report_published", "2020-03", "negated")]),
    # a standing function on a class of matters (N3, round t-neg18): no event
    ("The Lorvanian Human Rights Commission received complaints from prisoners about food.", []),
    ("The Ombudsperson’s Office referred cases to the competent authorities and filed cases with the "
     "Attorney General’s Office.", []),
    ("The Supreme Court heard appeals from farmers.", []),
    ("The Dornet Labor Office handled grievances of domestic workers and resolved disputes over wages.", []),
    ("The justice commission uncovered prisoner cases that had languished for years and cases in which "
     "inmates were jailed without commitment papers.", []),
    # the other side: a taxonomy verb (the summary event of the year), a particular case, the year,
    # what is reported (an alleged event)
    ("The Ministry of Labor investigated cases of forced labor on plantations.",
     [("investigation", "2021", "asserted")]),
    ("The Human Rights Office heard complaints, conducted investigations, and made recommendations to "
     "the ministries.", [("other", "2021", "asserted")]),  # (kept; the rules alone type it other)
    ("After the editor’s conviction, the Ministry of Justice turned down multiple petitions from his family "
     "to reduce the sentence.", [("other", "2021", "asserted")]),
    ("The housing commission received complaints from tenants, and police arrested three landlords.",
     [("detention_or_arrest", "2021", "asserted")]),
    ("The government dismissed claims that border guards had beaten migrants at the Dornet crossing.",
     [("torture_or_abuse", "2021", "alleged")]),
    ("The Ombudsperson’s Office referred the case of the missing teacher to the Attorney General’s Office.",
     [("other", "2021", "asserted")]),
    ("The Lorvanian Human Rights Commission received complaints during the year from prisoners about food.",
     [("other", "2021", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_negated_state(extracted, sentence, expected):
    assert extracted[sentence] == expected
