"""Round t-types4 (issue 14): classes of type errors counted on seven state.gov pages nobody annotated
(2016 Ethiopia, 2017 Jordan, 2018 Nepal, 2019 Zambia, 2020 Uzbekistan, 2021 Vietnam, 2022 Haiti;
docs/rounds/2026-12-06-14-t-types4.md), pinned on sentences of a fictional report (Orlavia, 2022) written
for these tests: what someone calls for, urges, recommends, plans or welcomes (``demands.py``); the
making of legal instruments and a rule's amount changed (``instruments.py``); deaths no one inflicted,
registrations of births, a killing coordinated with a rape or a clash, an arrest listed after a
harassment, a lecturer fired "On August 9" (``cues.py``, ``triggers.py``).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

# (sentence, expected type, expected date)
CASES = [
    # a demand, a plan, a welcome: what is asked for has not happened
    ("On January 21, UN experts called on the government to end the crackdown on peaceful protests.",
     "other", "2022-01-21"),
    ("On October 7, the UN Office of the High Commissioner called for an investigation.", "other", "2022-10-07"),
    ("In March the bar association called for the removal of the 2006 rape law.", "other", "2022-03"),
    ("On June 26, the radio association demanded the reinstatement of a station manager.", "other", "2022-06-26"),
    ("On December 29, the president announced plans to grant citizenship to stateless persons.", "other",
     "2022-12-29"),
    ("In a statement on March 17, UNHCR welcomed the law.", "other", "2022-03-17"),
    ("In May the commission made recommendations for the prosecution of 12 police officers.", "other", "2022-05"),
    # ... but what happened beside the demand keeps its type
    ("On May 3, police arrested the journalist who had called for an investigation of the minister.",
     "detention_or_arrest", "2022-05-03"),
    ("In April HRW called for the release of Ana Vell, whom police arrested on March 2.",
     "detention_or_arrest", "2022-03-02"),
    ("On June 9, the victims did not press charges against the officers.", "charge", "2022-06-09"),
    # the making of a legal instrument, whatever its name; a text that binds nobody
    ("On June 7, parliament passed the Computer Crime Proclamation.", "law_or_decree", "2022-06-07"),
    ("In March 2021 the government issued an amended Media Operation Directive, which requires all websites "
     "to be registered.", "law_or_decree", "2021-03"),
    ("The enactment of the Mental Health Act in April updated the legal framework.", "law_or_decree", "2022-04"),
    ("In 2021 an ILO mission signed a joint statement with the Ministry of Labor.", "other", "2021"),
    ("Orlavia does not recognize the 1964 Tarvel Agreement that was signed by the two kingdoms.", "other", "2022"),
    ("In 2021 the government raised the minimum legal age for marriage of women from 17 to 18.",
     "law_or_decree", "2021"),
    ("In May the ministry raised the minimum wage in the formal sector.", "law_or_decree", "2022-05"),
    # deaths no one inflicted; a killing beside a rape or a clash; an arrest listed after a harassment
    ("In January a 21-year-old woman died of smoke inhalation in her hut.", "other", "2022-01"),
    ("In 2021 the government reported 8,380 occupational accidents with 966 deaths.", "other", "2021"),
    ("On July 26, a 13-year-old girl was raped and killed in Tarvel.", "killing", "2022-07-26"),
    ("In July the rape and killing of a seven-year-old child generated public anger.", "killing", "2022-07"),
    ("On June 29, residents clashed with police and killed two police officers.", "killing", "2022-06-29"),
    ("Authorities harassed, arrested, detained, charged, and prosecuted journalists critical of the government.",
     "detention_or_arrest", "2022"),
    # registrations of births are no decisions on associations; "On August 9" is no aim of a firing
    ("Birth registration was neither denied nor provided on a discriminatory basis.", "other", "2022"),
    ("The Supreme Court ruled in May 2021 that authorities must not deny the registration of birth of children.",
     "other", "2021-05"),
    ("On August 9, Tarvel University fired a lecturer for criticizing the government.", "dismissal", "2022-08-09"),
    # what a demand names with a date of its own happened; a judge's call is an order
    ("On May 29, a court recommended that two colonels face charges for ordering the torture of two men in 2016.",
     "torture_or_abuse", "2016"),
    ("On November 10, the audit team recommended that the first round of elections held October 20 must be "
     "annulled.",
     "election_or_referendum", "2022-10-20"),
    ("On January 8, Judge Clara Dova called for the mayor of Tarvel to be held in preventive detention.",
     "detention_or_arrest", "2022-01-08"),
    # a press statement issued is a publication, as before; a court's directives are no law
    ("In a press statement issued on November 26, the minister condemned the publication of the videos.",
     "report_published", "2022-11-26"),
    # kept from reporting; a music banned; a travel ban told by "from traveling"
    ("In May authorities prevented a foreign news crew from filming the construction of the railroad.",
     "censorship_or_blocking", "2022-05"),
    ("In January authorities barred private media journalists from covering the ceremony.",
     "censorship_or_blocking", "2022-01"),
    ("In 2021 authorities banned the music of a popular singer on state television.", "censorship_or_blocking",
     "2021"),
    ("Authorities banned and prevented dozens of individuals from traveling overseas.", "other", "2022"),
    # a closing without an object is what the subject did: censorship only of media
    ("In Tarvel, schools closed on September 16 following the declaration.", "other", "2022-09-16"),
    ("In May the radio station Orla FM closed after threats against its staff.", "censorship_or_blocking",
     "2022-05"),
    ("In January police prevented journalists from reporting on the protests in Tarvel, detaining them for a day.",
     "detention_or_arrest", "2022-01"),
    # tried and convicted: the conviction; a body that reveals or notes, a report that states: a publication
    ("In May former minister Rolan Dask was tried, convicted, and sentenced to death in absentia.",
     "conviction_or_sentence", "2022-05"),
    ("On October 4, the Directorate of Assets Declaration revealed that 28 members of parliament failed to "
     "declare their assets.", "report_published", "2022-10-04"),
    ("In January, the Orla Watch annual report stated that the country remained a dangerous place for women.",
     "report_published", "2022-01"),
    ("Research in 2014 by the ministry noted that rapid urbanization was adding to the problem.", "report_published",
     "2014"),
    ("Although statistics varied, one report from 2013 cited three regions as having the highest prevalence.",
     "report_published", "2013"),
    # a legislature's vote is no election; a blocking undone is no blocking
    ("Based on the discussions, parliament voted to adopt the recommendation on August 1.", "other", "2022-08-01"),
    ("On May 5, the national assembly voted to pass the bill on persons with disabilities.", "law_or_decree",
     "2022-05-05"),
    ("On April 9, a significant portion of the military voted.", "election_or_referendum", "2022-04-09"),
    ("In 2019 the government unblocked the website of the Orla Daily, which had been blocked in 2018.", "other",
     "2019"),
    ("In 2019 the government unblocked the website of the Orla Daily, which had been blocked in 2018.",
     "censorship_or_blocking", "2018"),
    # an election covered or deemed credible is the label of what the sentence tells
    ("The Media Center documented 34 violations against journalists covering the August 15 municipal elections.",
     "other", "2022-08-15"),
]

# (sentence, a type it must not get, or None when the sentence states no event at all)
NOT_CASES = [
    ("An additional immunity review from 2017 against the former president remained pending.",
     "report_published"),
    ("Social beliefs and fear of being ostracized prevented most victims from reporting incidents of rape.", None),
    ("In June the special courts issued directives to other courts regarding administrative matters.",
     "law_or_decree"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + NOT_CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_type_class(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence,type_", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_type_class_not(typed, sentence, type_):
    if type_ is None:
        assert typed[sentence] == []
    else:
        assert type_ not in [t for t, _, _ in typed[sentence]]
