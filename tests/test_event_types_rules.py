"""Classes of event-type errors of the rules (issue 14), found on the dev reports 2023 Somalia and
2020 Guinea and checked on reports without gold (2001 Somalia, 2008 Angola, 2014 DRC, state.gov
2016 Chad, 2018 Burundi, 2021 Angola, 2022 Sierra Leone): the type the trigger tables give, on
sentences of a fictional report (Orlavia, 2022) written for these tests.

The trained typer (``typemodel.py``) is switched off here: these tests pin the rules' own type,
the typer's main feature. Each case is one paragraph, so no date or episode carries over.
"""
from __future__ import annotations

import pytest

from rightsledger.records import Event

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# (sentence, expected type, expected date)
CASES = [
    # elections named as labels: the sentence's own occurrence, else other
    ("There were several reports of killings by police in Tarvel related to the March legislative election.",
     "killing", "2022-03"),
    # ... after a preposition of sequence the election is its own event, the arrests of the year
    # (settled 2026-12-12)
    ("Soldiers arrested 40 opposition supporters in Tarvel following the October presidential election.",
     "detention_or_arrest", "2022"),
    ("Regional observers abstained from observing the March elections.", "other", "2022-03"),
    # ... but an election stated as held stays an election
    ("Legislative elections were held on March 22.", "election_or_referendum", "2022-03-22"),
    ("On May 2, the commission announced the results of the presidential election.", "election_or_referendum",
     "2022-05-02"),
    # censorship by penalty or interruption of the media
    ("On June 3, the information minister halted the operations of Kala TV in Tarvel.",
     "censorship_or_blocking", "2022-06-03"),
    ("In April widespread internet disruptions occurred in the northern provinces.",
     "censorship_or_blocking", "2022-04"),
    ("The government penalized media outlets and journalists who criticized the governor.",
     "censorship_or_blocking", "2022"),
    # ... not other interruptions
    ("In May the ministry halted construction of the Tarvel dam.", "other", "2022-05"),
    # a person of the media suspended is a dismissal; a registration revoked is a registration decision
    # (2008 Angola, docs/gold/2008_angola.md)
    ("The station suspended a reporter for two weeks in May.", "dismissal", "2022-05"),
    ("Its registration was revoked in July 2019.", "registration_decision", "2019-07"),
    ("In June the government revoked the licenses of two radio stations.", "censorship_or_blocking", "2022-06"),
    # announced results are a publication at the announcement
    ("In August the prosecutor's office announced the results of an audit of the customs service.",
     "report_published", "2022-08"),
    # deaths of detainees of disease, in hospital
    ("Mr. Varo Dessan, held in pretrial detention since January, became ill on May 16 and was taken to a "
     "hospital, where he succumbed to an unknown illness on May 17.", "death_in_custody", "2022-05-17"),
    ("In May the prison administration reported two cholera deaths at Tarvel Central Prison.",
     "death_in_custody", "2022-05"),
    # gender-based violence and forced marriage or sex
    ("The militia committed gender-based violence, including through forced marriages.", "torture_or_abuse",
     "2022"),
    # negated antisemitism is a negated attack
    ("There were no reports of anti-Semitic acts.", "attack_or_threat", "2022"),
    ("Observers reported no incidents of antisemitism in society.", "attack_or_threat", "2022"),
    # audits and screenings are investigations
    ("Between January and March, the child protection unit screened 400 army recruits.", "investigation",
     "2022-01"),
    ("In June an audit of the Tarvel port authority revealed embezzlement of public funds.", "investigation",
     "2022-06"),
    # bans by what is banned (2008 Angola, 2016 Chad, 2020 Guinea, 2023 Somalia, 2024 Liberia): a rule on
    # an activity; a protest banned and a travel ban are other (settled 2026-12-06; round t-types8: 2016 Niger,
    # 2017 Togo gold); media and speech banned stay censorship
    ("In July the government banned artisanal diamond digging along the Orla River to prevent floods.",
     "law_or_decree", "2022-07"),
    ("In March authorities announced a nationwide ban on the sale of charcoal.", "law_or_decree", "2022-03"),
    ("In 2021, authorities announced a national ban on FGM/C for three years.", "law_or_decree", "2021"),
    ("In October the interior minister banned opposition demonstrations in Tarvel.", "other", "2022-10"),
    ("In May the minister imposed a travel ban on the opposition leader Kessa Moruan.", "other", "2022-05"),
    ("In April prison administrators banned in-person meetings between prisoners and relatives.", "other",
     "2022-04"),
    # ... and associations banned or suspended are registration decisions (2018 Burundi, no gold)
    ("In June the government banned four CSOs that it accused of supporting the opposition.",
     "registration_decision", "2022-06"),
    ("On May 4, the security council announced a three-month suspension of foreign NGOs.", "registration_decision",
     "2022-05-04"),
    ("On June 9, the media council banned all reporting on the Tarvel prison riot.", "censorship_or_blocking",
     "2022-06-09"),
    ("In August authorities banned two musicians from performing on state radio.", "censorship_or_blocking",
     "2022-08"),
    # shutting down access to the internet is censorship; a shutdown called by parties is a strike; closing
    # an office is other
    ("On April 11, the day of the referendum, the government shut down all access to the internet.",
     "censorship_or_blocking", "2022-04-11"),
    ("On February 14, opposition parties led a nationwide shutdown to protest the new tax law.", "strike",
     "2022-02-14"),
    ("The government's closure of the regional human rights office in May hampered police training.", "other",
     "2022-05"),
    # a restriction of anything but media or speech is no censorship (2023 Somalia, 2010 Liberia)
    ("In May armed groups restricted the passage of relief convoys in the northern provinces.", "other",
     "2022-05"),
    ("In July police confiscated the camera of a reporter covering the march.", "censorship_or_blocking",
     "2022-07"),
    ("In June the government restricted access to the internet in Tarvel.", "censorship_or_blocking", "2022-06"),
    # excessive force is abuse (2016 Chad, 2020 Guinea, 2023 Somalia); force to disperse a crowd stays an attack
    ("Gendarmes used excessive force against market traders in Tarvel in March.", "torture_or_abuse", "2022-03"),
    ("In June police used excessive force to disperse a student march in Tarvel.", "attack_or_threat",
     "2022-06"),
    # an attack coordinated with a killing is a killing (2016 Chad, 2023 Somalia)
    ("In September militants attacked and killed six farmers near Tarvel.", "killing", "2022-09"),
]

# (sentence, a type the rules must not give it): media named inside a relative clause, election
# results announced, power outages
NOT_CASES = [
    ("On July 2, the governor penalized officers who had beaten journalists in Tarvel.", "censorship_or_blocking"),
    ("On April 21, the day election results were announced, authorities restored text messaging.",
     "report_published"),
    ("In May power outages occurred across Tarvel for several days.", "censorship_or_blocking"),
    ("In March the ministry halted the school feeding program in Tarvel.", "censorship_or_blocking"),
    # sexual violence in a survey statistic or in a body's purpose is no abuse
    ("A 2019 survey found that 27 percent of women had experienced sexual violence, up from 22 percent in 2012.",
     "torture_or_abuse"),
    ("On July 7, the head of the army commission to combat sexual violence met journalists in Tarvel.",
     "torture_or_abuse"),
    # a practice of forced marriage is no occurrence
    ("Some girls were forced into marriages by their families.", "torture_or_abuse"),
    # a named body banned is no rule on an activity
    ("In January the government banned Ligue Orlavienne.", "law_or_decree"),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    import rightsledger.extract.events as events
    from rightsledger.extract.annotate import annotate
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = HEADER + "\n\n".join(c[0] for c in CASES + NOT_CASES) + "\n"
    doc = Document("orlavia-2022", "Orlavia", None, None, 2022, "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events, "load_model", lambda *a, **k: None)  # the rules alone
        return events.extract_events(annotated, [])


def _of(events: list[Event], sentence: str) -> list[Event]:
    return [e for e in events if e.evidence.text.strip() == sentence]


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_rules_type(extracted, sentence, type_, date):
    found = _of(extracted, sentence)
    assert (type_, date) in [(e.type, e.date) for e in found], [(e.type, e.date) for e in found]


@pytest.mark.parametrize("sentence,type_", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_rules_type_not(extracted, sentence, type_):
    assert type_ not in [e.type for e in _of(extracted, sentence)]
