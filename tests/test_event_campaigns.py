"""Campaigns of the year and acts named by a year after "a" (issue 14; dev-gold counts in
docs/rounds/2026-12-06-05-t-events4.md). Sentences of a fictional report (Lorvania, 2021) written for
these tests, one paragraph each.

- An actor that conducted, organized, sponsored, launched or held campaigns, seminars, workshops or
  trainings did so in the report year, as did an actor that received training: an event of type ``other``
  (events/undated/campaigns.py); not a habit,
  not a modal, not the present, not cooperation, work or assistance provided (the dev gold is split
  on those), not meetings (gatherings are events only when dated).
- "a 2010 media law that abolished …", "a 2007 police killing", "a 2023 court ruling": the year after
  "a" dates the act the noun names, as after "the" (extract/dates/scan.py, events/dating/dated.py).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

OTHER = [("other", "2021", "asserted")]
CASES = [
    ("The Ministry of Family Affairs conducted educational campaigns against early marriage.", OTHER),
    ("The government sponsored radio seminars on the dangers of child labor.", OTHER),
    ("During the year the labor inspectorate organized workshops and seminars for employers in Dornet.", OTHER),
    ("The government, with support from donors, launched an awareness campaign against trafficking.", OTHER),
    ("The ministry launched a hotline and conducted training of judges in the northern districts.", OTHER),
    ("The commission conducted a series of sensitization programs for village chiefs.", OTHER),
    ("With support from donors, the prison service undertook rehabilitation activities at Dornet prison.", OTHER),
    ("The Ministry of Health held awareness campaigns in Port Vell; it also distributed leaflets.", OTHER),
    ("The law prohibits discrimination against persons with disabilities, and the government sponsored "
     "broadcasts to counter prejudice.", OTHER),
    # habits, plans, the present, negations: no occurrence of the year (negations are efforts.py's)
    ("The ministry frequently held workshops with employers on child labor.", []),
    ("The government continued to conduct awareness campaigns against trafficking.", []),
    ("The ministry conducts awareness campaigns in every province.", []),
    ("The women's union may hold workshops in the capital.", []),
    ("The Ministry of Education has a unit that implemented programs for girls.", []),
    # cooperation, work and assistance: the dev gold is split, no rule
    ("The government cooperated with the Office of the UN High Commissioner for Refugees in providing "
     "protection to refugees.", []),
    ("The government worked with UNICEF to train teachers on children's rights.", []),
    ("Two NGOs provided legal assistance to indigent defendants.", []),
    ("Political parties held numerous meetings across the country.", []),
    # training received, in the simple past without frequency, as training given (settled 2026-12-08)
    ("Officers of the border police received additional training on human rights.", OTHER),
    ("Judges attended a workshop on the rights of detainees organized by the bar association.", OTHER),
    ("Police officers regularly received training on human rights.", []),
    ("Some prison guards had received training in previous years.", []),
    ("Police recruits receive training on the use of force.", []),
    ("The detainees received medical care.", []),
    # a program without a campaign's modifier is no campaign
    ("The pension fund implemented a program that extended coverage to domestic workers.", []),
]

DATED = [
    ("Despite a 2010 media law that abolished prison sentences for libel, police arrested and detained "
     "persons for libel.", [("law_or_decree", "2010", "asserted"), ("detention_or_arrest", "2021", "asserted")]),
    ("An investigation was still pending regarding a 2017 police killing of two fishermen in Dornet.",
     [("killing", "2017", "asserted")]),
    ("The eviction was upheld by a 2020 court ruling resulting from a petition of the city council.",
     [("other", "2020", "asserted")]),
    ("General Osk has ruled the country since taking power in a 1998 coup.", [("other", "1998", "asserted")]),
    ("The army deployed a 2000-strong force to the border.", []),
    # an act banned in the past passive by a dated instrument: its adoption (settled 2026-12-08)
    ("Child marriage remained common, although it was prohibited in a 2013 law.",
     [("law_or_decree", "2013", "asserted")]),
    ("Forced labor is prohibited under the 2012 labor code.", []),
    ("The 2018 parity law, which requires 36 percent of candidates to be women, was ignored by most parties.", []),
]


@pytest.fixture(scope="module")
def found(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + DATED], 2021)


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_campaigns_of_the_year(found, sentence, expected):
    assert found[sentence] == expected


@pytest.mark.parametrize("sentence,expected", DATED, ids=[c[0][:40] for c in DATED])
def test_year_after_an_article_dates_the_act(found, sentence, expected):
    assert sorted(found[sentence]) == sorted(expected)
