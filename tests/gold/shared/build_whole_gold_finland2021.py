"""Build the hand-made TEST gold file for Finland 2021 (a page of the public collection).

``2021_finland.jsonl`` annotates ``html/2021/finland.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2021/finland.html`` by ``scripts/collection.sh``: the
2021 edition, classic seven-section layout (Section 5 "Governmental Posture Towards
International ..."). Annotated BLIND (split ``test``): every record below was decided by hand,
reading the report sentence by sentence before the system was ever run on it; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. Method of
``build_whole_gold_botswana2022.py`` (``CollectionTestDoc`` of ``collection_gold.py``, as
``build_whole_gold_brunei2016.py``). The scope line lists in ``"ranges"`` exactly the section
groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_finland2021.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_finland2021.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2021_finland.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2021/finland.html"
Y = "2021"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

FI = ("Republic of Finland", "Finland")
CPT = ("Committee for the Prevention of Torture", "CPT")
AI = "Amnesty International"
STATE = "Department of State"
ECHR = "European Court of Human Rights"
NBI = "National Bureau for Investigation"
UNHCR = ("Office of the UN High Commissioner for Refugees", "UNHCR")
MIGRI = "Finnish Immigration Service"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", *FI)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", "Eduskunta")
    d.ent("organization", "Finnish Customs")
    d.ent("organization", "Border Guard")
    d.ent("organization", "Defense Forces")
    d.ent("organization", "Ministry of the Interior", "Ministry of Interior")
    d.ent("organization", "Ministry of Defense")
    # the government appointed in 2019: an occurrence cited in a noun phrase with its year
    d.ev("approved by parliament and appointed by the president in 2019", "other", "2019")
    # the verdict on the elections, dated by the election it judges (one per date expression)
    B = "The parliamentary election in 2019 and the presidential election in 2018"
    d.ev(B, "other", "2019")
    d.ev(B, "other", "2018")
    d.ev("There were no reports that members of the security forces committed abuses.",
         "torture_or_abuse", Y, polarity="negated")
    # the list of issues: its one item names no occurrence
    d.ev("Significant issues included the existence of criminal libel laws.", "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("There were no significant reports regarding prison or detention center", "other", Y,
         polarity="negated")
    d.ent("organization", "Council of Europe")
    d.ent("organization", *CPT)
    # police stations named by their towns: facilities, no place mention
    d.not_entity("Espoo, Haukipudas, Pasila, and Ylivieska police stations",
                 "Espoo, Kemijarvi, and Pasila police stations")
    d.ev("In its most recent report on May 5 on prison and detention center", "report_published",
         "2021-05-05", source="CPT")
    d.ent("organization", "Yle")
    d.ev("A review of instances of prisoner violence by the public broadcaster Yle",
         "report_published", "2021-07", source="Yle")
    d.ent("organization", AI)
    d.ent("organization", "World Health Organization")
    d.fig("the country’s vaccination rate among prisoners was 34.4 percent", 34.4,
          "vaccination rate among prisoners", unit="percent",
          source="World Health Organization")
    d.fig("Approximately 42 percent of the general population was fully vaccinated", 42,
          "share of the general population fully vaccinated", "approximately", unit="percent")
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)
    B = "On May 5, the CPT released the report on its most recent visit"
    d.ev(B, "report_published", "2021-05-05", source="CPT")
    d.ev(B, "other", "2020-09")

    d.sec("1.d")
    d.prov("Police must obtain a warrant within three days if an individual", "time_limit", 3,
           "days", "within three days", "warrant for an arrest in the act")
    d.prov("Arrested persons must receive a court hearing within three days", "time_limit", 3,
           "days", "within three days of arrest", "court hearing after arrest")
    d.ev("The May 5 CPT report noted that delays in notification of custody",
         "report_published", "2021-05-05", source="CPT")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.ent("organization", ECHR)
    d.ent("organization", STATE)
    d.not_entity("Terezin Declaration",
                 "Justice for Uncompensated Survivors Today (JUST) Act report to Congress")
    d.ev("Act report to Congress, released publicly in July 2020", "report_published",
         "2020-07", source=STATE)

    d.sec("1.f")
    d.ent("organization", "Office of the Deputy Data Protection Ombudsman")
    d.ent("organization", "National Police Board", "Police Board")
    d.ent("organization", NBI, "National Bureau of Investigation")
    d.ent("organization", "Child Sexual Exploitation Unit")
    d.ev("In September the Office of the Deputy Data Protection Ombudsman reprimanded",
         "other", "2021-09")
    d.ev("In response the National Bureau for Investigation said it would stop", "other", Y)


def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", "Finns Party")
    d.ent("person", "Sebastian Tynkkynen", "Tynkkynen")
    d.ent("organization", "Facebook")
    B = "On October 4, a court convicted Finns Party member of parliament"
    d.ev(B, "conviction_or_sentence", "2021-10-04")
    # the posts, an occurrence cited with its year in a noun phrase
    d.ev(B, "other", "2017")
    # the posts named again and told by a predicate of their own: their date
    d.ev("In the posts Tynkkynen published several pictures and texts", "other", "2017")
    # the rest of the October 4 verdict
    B = "The court sentenced Tynkkynen to fines totaling 4,410 euros"
    d.ev(B, "conviction_or_sentence", "2021-10-04")
    d.pen("fine", 4410, "EUR", "fines totaling 4,410 euros ($5,070)")
    d.fig(B, 4410, "fines imposed on Tynkkynen", unit="EUR")
    d.fig(B, 5070, "fines imposed on Tynkkynen in dollars", unit="USD")
    d.ent("organization", "Helsingin Sanomat")
    d.ent("person", "Laura Halminen")
    d.ent("person", "Tuomo Pietilainen")
    d.ent("person", "Kalle Silfverberg")
    d.ent("place", "Central Finland")
    B = "On October 29, the deputy state prosecutor filed charges of disclosure"
    d.ev(B, "charge", "2021-10-29")
    d.ev(B, "report_published", "2017")
    B = "If convicted, the employees face a minimum of four months and maximum"
    d.prov(B, "penalty", 4, "months", "a minimum of four months", "disclosure of state secrets")
    d.prov(B, "penalty", 4, "years", "maximum of four years in prison",
           "disclosure of state secrets")
    d.ev("The pretrial investigation found that the newspaper did not illegally acquire",
         "investigation", Y)
    d.prov("Defamation and aggravated defamation laws carry a maximum penalty of two years",
           "penalty", 2, "years", "maximum penalty of two years", "defamation")
    d.prov("Conviction carries a penalty of up to six months’ imprisonment", "penalty", 6,
           "months", "up to six months’ imprisonment", "blasphemy")
    d.ev("On October 1, a law came into force that facilitates the prosecution",
         "law_or_decree", "2021-10-01")
    d.ent("place", "Russia")
    d.ev("reported harassment by private entities, including being targeted for defamation",
         "attack_or_threat", Y, source="journalists")
    d.ent("person", "Jessikka Aro")
    d.ev("Journalist Jessikka Aro, who was the target of harassment", "other", Y,
         source="Jessikka Aro")
    d.ev("there were no credible reports the government monitored private online",
         "surveillance", Y, polarity="negated")
    B = "In March, 1,500 workers from the country’s cultural sector held"
    d.ev(B, "protest", "2021-03")
    d.fig(B, 1500, "cultural-sector workers at an outdoor demonstration")

    d.sec("2.b")
    d.ent("place", "Helsinki")
    d.ent("organization", "Extinction Rebellion Finland")
    d.ev("In October 2020, during a demonstration in Helsinki, police used pepper spray",
         "attack_or_threat", "2020-10")
    d.ev("In June the special prosecutor stated that an investigation of the officers",
         "investigation", "2021-06", source="the special prosecutor")
    d.ent("organization", "National Police Board", "Police Board")
    d.ev("the National Police Board announced it would launch a second investigation",
         "investigation", "2021-10")

    d.sec("2.c")
    d.ent("organization", STATE)
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.not_entity("Dublin III Regulation")
    d.ent("place", "Syria")
    d.ent("place", "al-Hol")
    d.not_entity("al-Hol refugee camp", "al-Hol camp")
    B = "In July authorities confirmed the repatriation of a woman and her two children"
    d.ev(B, "other", "2021-07")
    d.fig(B, 2, "children repatriated with a woman in July")
    d.ent("organization", "ISIS")
    B = "From 2019 through July 2021, the government repatriated six women"
    d.ev(B, "other", "2019", date_end="2021-07")
    d.fig(B, 6, "women repatriated from Syria since 2019")
    d.fig(B, 20, "children repatriated from Syria since 2019")
    B = "at least four women and 11 children of those repatriated had left"
    d.fig(B, 4, "repatriated women who had left al-Hol on their own", "at least")
    d.fig(B, 11, "repatriated children who had left al-Hol on their own", "at least")
    d.ent("organization", "Ministry of Foreign Affairs")
    B = "estimated an additional five women and 10 children were in Syria"
    d.fig(B, 5, "Finnish women still in Syria", "approximately",
          source="Ministry of Foreign Affairs")
    d.fig(B, 10, "Finnish children still in Syria", "approximately",
          source="Ministry of Foreign Affairs")
    d.ent("organization", "Human Rights Watch")
    d.fig("an estimated 22 Finnish nationals were in Syrian refugee camps", 22,
          "Finnish nationals in Syrian refugee camps", "approximately",
          source="Human Rights Watch")

    d.sec("2.f")
    d.ent("organization", *UNHCR)
    d.ent("organization", "EU")
    d.ent("place", "Mediterranean")
    # a count of arrivals to an as-of date: an event of the year
    B = "As of October 25, 43 persons arrived in during the year from the EU"
    d.ev(B, "other", Y)
    d.fig(B, 43, "persons relocated from Mediterranean EU countries")
    B = "The arrivals were part of the 174 vulnerable asylum seekers"
    d.ev(B, "other", "2020")
    d.fig(B, 174, "vulnerable asylum seekers the government agreed to accept")
    for place in ("Greece", "Cyprus", "Malta", "Italy", "Afghanistan", "Somalia"):
        d.ent("place", place)
    B = "Under this agreement, from July 2020 through May 2021, 108 unaccompanied"
    d.ev(B, "other", "2020-07", date_end="2021-05")
    d.fig(B, 108, "unaccompanied minor asylum seekers arrived from Greece")
    d.fig(B, 14, "unaccompanied minors from Cyprus")
    d.fig(B, 47, "single-parent family asylum seekers arrived")
    B = "An additional five persons from the region arrived between May and October."
    d.ev(B, "other", "2021-05", date_end="2021-10")
    d.fig(B, 5, "additional persons arrived from the region")
    B = "Between January and August, immigration services made 86 positive decisions"
    d.ev(B, "asylum_or_citizenship_decision", "2021-01", date_end="2021-08")
    d.fig(B, 86, "positive decisions for unaccompanied minors")
    B = "In March 2020 the nondiscrimination ombudsman published a study highlighting"
    d.ev(B, "report_published", "2020-03", source="the nondiscrimination ombudsman")
    d.fig(B, 0.5, "share of family reunification denials with restrictive justifications",
          "approximately")
    d.ev("The Finnish branch of Amnesty International highlighted in its annual report",
         "report_published", Y, source=AI)
    d.ent("organization", ECHR)
    B = "On July 13, the European Court of Human Rights overturned its 2019 decision"
    d.ev(B, "other", "2021-07-13")
    d.ev(B, "other", "2019")
    d.ent("organization", "Helsinki District Court")
    B = "In February the Helsinki District Court sentenced the daughter and former"
    d.ev(B, "conviction_or_sentence", "2021-02")
    d.pen("prison", 2, "years", "prison sentences of less than two years")
    d.ent("organization", "Jehovah’s Witnesses")
    d.ent("organization", MIGRI)
    d.ev("The Finnish Immigration Service rejected most of the claims by members",
         "asylum_or_citizenship_decision", Y)
    d.ent("organization", "Supreme Administrative Court")
    d.fig("During the first half of the year, 15 asylum applications by members", 15,
          "asylum applications of Jehovah's Witnesses pending")
    d.ent("organization", "UN Humans Rights Committee")
    B = "two asylum-seeking families who identified as members of Jehovah’s Witnesses"
    d.ev(B, "other", Y, source="church representatives")
    d.fig(B, 2, "asylum-seeking families granted interim decisions")
    d.fig("the government planned to accept 1,050 quota refugees during the year", 1050,
          "quota refugees to be accepted", source=MIGRI)
    B = "From January to August, the government provided subsidiary protection to 102"
    d.ev(B, "asylum_or_citizenship_decision", "2021-01", date_end="2021-08")
    d.fig(B, 102, "individuals granted subsidiary protection")
    # "During the same period": the January-August period named again
    B = "the government also offered humanitarian residence permits to 125 individuals"
    d.ev(B, "asylum_or_citizenship_decision", "2021-01", date_end="2021-08")
    d.fig(B, 125, "individuals granted humanitarian residence permits")

    d.sec("2.g")
    d.fig("According to UNHCR, 3,428 stateless persons resided in the country", 3428,
          "stateless persons at the end of 2020", source="UNHCR")
    B = "have a shorter residency requirement – four years instead of six"
    d.prov(B, "threshold", 4, "years", "four years", "residency before citizenship, stateless")
    d.prov(B, "threshold", 6, "years", "six", "residency before citizenship, others")


def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    # the verdict on the elections, dated by the election it judges (as the exec)
    B = "The country’s national parliamentary election in 2019 and the presidential"
    d.ev(B, "other", "2019")
    d.ev(B, "other", "2018")
    d.ent("place", "Espoo")
    # a named actor's request on a specific occurrence (the drive-in polling station)
    d.ev("the parliamentary ombudsman asked the city of Espoo for a statement", "other", Y)

    d.sec("4")
    d.ev("There were isolated reports of government corruption.", "other", Y,
         polarity="alleged")
    d.ent("organization", NBI, "National Bureau of Investigation")
    d.ent("organization", "National Audit Office")
    d.ent("person", "Tytti Yli-Viikari", "Yli-Viikari")
    d.ent("person", "Mikko Koiranen", "Koiranen")
    d.ev("were suspected of aggravated abuse of office and breach of duty", "investigation", Y,
         polarity="alleged", source=NBI)
    d.ev("Parliament fired Yli-Viikari; Koiranen was suspended from his duties.", "dismissal",
         Y)


def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("5")
    d.ent("organization", "Human Rights Center")
    d.ent("organization", "Office of the Parliamentary Ombudsman")
    d.ent("organization", "Constitutional Law Committee")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Occupational Safety and Health Administration",
          "Occupational Safety Administration", "OSHA")
    d.ent("organization", "Ministry of Social Affairs and Health")
    d.ent("organization", "Advisory Board for Ethnic Relations")
    d.ent("organization", "Unit for Democracy, Language Affairs, and Fundamental Rights")
    section_6(d)
    section_7(d)


def section_6(d: CollectionTestDoc) -> None:
    d.sec("6")
    d.prov("Rape is punishable by up to six years’ imprisonment.", "penalty", 6, "years",
           "up to six years’ imprisonment", "rape")
    d.prov("the offense is considered aggravated, and the penalty may be up to 10 years",
           "penalty", 10, "years", "up to 10 years", "aggravated rape")
    B = "The penalty for physical domestic violence ranges from a minimum of six months"
    d.prov(B, "penalty", 6, "months", "a minimum of six months", "physical domestic violence")
    d.prov(B, "penalty", 10, "years", "a maximum of 10 years in prison",
           "physical domestic violence")
    B = "estimated that more than 100,000 persons experienced violence annually"
    d.fig(B, 100000, "persons experiencing violence annually", "more than", source=AI)
    d.fig(B, 76, "share of victims of violence who were women", unit="percent", source=AI)
    d.fig("only 10 percent of these incidents were reported to authorities", 10,
          "share of violent incidents reported to authorities", unit="percent", source=AI)
    d.ent("organization", "Institute for Health and Welfare", "THL")
    d.fig("36.3 percent of intimate partner violence cases were directed to mediation", 36.3,
          "share of intimate partner violence cases directed to mediation", unit="percent",
          source="THL")
    B = "cases of intimate-partner violence reported to police increased by 6 percent"
    d.fig(B, 6, "increase in intimate-partner violence cases reported to police",
          unit="percent")
    d.fig(B, 11, "growth in use of the federation's online services", unit="percent")
    d.ent("organization", "Federation of Mother and Child Homes and Shelters")
    d.fig("also reported a 31 percent increase in individuals seeking assistance", 31,
          "increase in individuals seeking telephone support in 2020", unit="percent")
    # a count of reported cases over a stated period: an event of that period
    B = "From January through July, 160 cases of rape were reported to police"
    d.ev(B, "attack_or_threat", "2021-01", date_end="2021-07")
    d.fig(B, 160, "rape cases reported to police or border guards")
    d.fig(B, 24, "increase in reported rape cases over 2020", unit="percent")
    d.ent("organization", "Ministry of Justice")
    B = "There were 29 shelters for victims of domestic violence, and the number"
    d.fig(B, 29, "domestic violence shelters")
    d.fig(B, 231, "places in shelters")
    d.fig(B, 179, "places in shelters in 2018")
    d.fig("stated that 550 places were needed to support the number of victims", 550,
          "shelter places needed", source=AI)
    d.ent("organization", "Human Rights Center")
    d.ev("A survey of shelter services published by the THL during the year", "report_published",
         Y, source="THL")
    d.fig("the total required number of family places in shelters varied between 262", 262,
          "family places in shelters required", "approximately", source="THL", value_end=367)
    B = "A school health survey released by the THL in June 2020"
    d.ev(B, "report_published", "2020-06", source="THL")
    d.fig(B, 0.2, "share of high school girls who had undergone FGM/C", unit="percent",
          source="THL")
    d.fig(B, 10, "girls mutilated in Finland", "at least", source="THL")
    d.prov("penalties ranging from fines to up to six months’ imprisonment", "penalty", 6,
           "months", "up to six months’ imprisonment", "sexual harassment")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("In 2019 a group of parents, midwives, and doulas", "other", "2019")
    d.fig("The equality ombudsman estimated that half of all calls relating", 0.5,
          "share of workplace discrimination calls about pregnancy", "approximately",
          source="the equality ombudsman")

    d.ent("organization", "Yle")
    d.ent("organization", "Helsinki Police Department")
    B = "The public broadcaster Yle reported in July that the Helsinki Police Department"
    d.ev(B, "dismissal", "2021-07", source="Yle")
    d.fig(B, 2, "police officers fired for racist communications")
    B = "an additional five police officers and one guard with ties to far-right"
    d.fig(B, 5, "further police officers under investigation")
    d.fig(B, 1, "guard under investigation")
    d.ev("In June the chief inspector of the ombudsman for equality confirmed", "other",
         "2021-06", source="equality ombudsman's chief inspector")
    d.ev("The statement confirmed the key finding of a 2018 study", "report_published", "2018")
    B = "An investigation by Yle in May indicated that internal guidelines"
    d.ev(B, "report_published", "2021-05", source="Yle")
    # the police's recording of Roma, running since 2013
    d.ev(B, "surveillance", "2013")
    d.ev("Police representatives stated they had stopped recording the movements", "other",
         "2017", source="police representatives")
    d.fig("53 percent of Finnish respondents would be uncomfortable with a Romani", 53,
          "respondents uncomfortable with a Romani neighbor", unit="percent")
    d.ent("organization", "Office of the Equality Ombudsman")
    # complaints received over a period: figures only (a standing function)
    d.fig("the Office of the Equality Ombudsman received 753 reports of housing", 753,
          "reports of housing discrimination received")
    B = "In June 2020, the latest year for which statistics from the National Crime"
    d.ev(B, "report_published", "2020-06", source="the nondiscrimination ombudsman")
    d.fig(B, 80, "respondents of African background who experienced discrimination",
          unit="percent")
    d.fig(B, 67, "respondents who encountered discrimination in education", unit="percent")
    d.fig(B, 60, "respondents who encountered discrimination in the workplace",
          unit="percent")
    d.fig(B, 27, "respondents who experienced physical violence", unit="percent")
    d.fig("More than one-half of the respondents said they had not reported", 0.5,
          "respondents who had not reported discrimination", "more than")
    B = "36 percent of Arabic-speaking respondents and 31 percent of Russian-speaking"
    d.fig(B, 36, "Arabic-speaking respondents who experienced job discrimination",
          unit="percent")
    d.fig(B, 31, "Russian-speaking respondents who experienced job discrimination",
          unit="percent")
    d.ent("organization", "Organization for Economic Cooperation and Development")
    B = "45 percent of immigrant students were in the bottom quarter of the PISA"
    d.fig(B, 45, "immigrant students in the bottom quarter", unit="percent")
    d.fig(B, 24, "nonimmigrant students in the bottom quarter", unit="percent")
    d.ent("organization", "Helsingin Sanomat")
    d.ent("organization", "Nordic Resistance Movement", "NRM")
    d.ev("In January Helsingin Sanomat reported that the banned Nordic Resistance",
         "report_published", "2021-01", source="Helsingin Sanomat")
    d.ent("organization", "Toward Freedom!", "Kohti Vapautta!")
    d.not_entity("Tampere Central Market")
    B = "In June prosecutors charged nine NRM members with engaging in illegal"
    d.ev(B, "charge", "2021-06")
    d.fig(B, 9, "NRM members charged")
    # the sentence splits at "Toward Freedom!": the demonstration's date is in the next part
    d.ev("and leading a demonstration at Tampere Central Market in October 2020", "protest",
         "2020-10")
    d.ent("organization", "Save the Children")
    d.ent("organization", "Hope Not Hate")
    d.ent("organization", "National Partisan Movement")
    d.ent("organization", "Finnish Intelligence Service")
    d.ev("In September the Ministry of Justice and the nondiscrimination ombudsman launched",
         "other", "2021-09")
    d.ent("organization", "EU")
    d.not_entity("Fundamental Rights, Equality, and Citizenship Program")

    d.fig("The Sami, who constituted less than 0.1 percent of the population", 0.1,
          "Sami share of the population", "fewer than", unit="percent")
    d.ent("organization", "Samediggi", "Sami parliament")
    d.fig("A 21-member Sami parliament (Samediggi), popularly elected", 21,
          "members of the Sami parliament")
    d.not_entity("Sami Language Law")
    d.ev("Reports issued by the Sami parliament in February and December 2020",
         "report_published", "2020-02", date_end="2020-12", source="Samediggi")
    B = "The number of students in all Sami languages decreased by 3.5 percent"
    d.fig(B, 3.5, "decrease in students of Sami languages", unit="percent")
    d.fig(B, 710, "pupils in Sami languages")
    # a negated step running since a date
    d.ev("Funds appropriated for Sami language social and health care have not", "other",
         "2004", polarity="negated")
    d.ent("organization", "Regional Council of Lapland")
    d.ent("place", "Helsinki")
    d.ev("In May the Regional Council of Lapland agreed to rewrite its draft", "other",
         "2021-05")

    d.prov("The law prohibits child abuse, defining children as individuals younger than 16",
           "threshold", 16, "age", "younger than 16", "definition of a child, child abuse")
    B = "Child neglect and physical or psychological violence carry penalties"
    d.prov(B, "penalty", 6, "months", "up to six months in prison", "child neglect")
    d.prov(B, "penalty", 2, "years", "up to two years in prison",
           "physical or psychological violence against a child")
    B = "Sexual abuse of a child carries a minimum penalty of four months"
    d.prov(B, "penalty", 4, "months", "minimum of four months",
           "sexual abuse of a child")
    d.prov(B, "penalty", 6, "years", "a maximum of six years", "sexual abuse of a child")
    d.prov("The law defines rape of a minor (younger than 18) as aggravated rape.",
           "threshold", 18, "age", "younger than 18", "rape of a minor")
    d.prov("Rape of a child carries a minimum penalty of two years’", "penalty", 2, "years",
           "two to 10 years", "rape of a child",
           value_end=10)
    d.prov("Aggravated rape of a child carries a minimum penalty of four years’", "penalty", 4,
           "years", "four to 12 years",
           "aggravated rape of a child", value_end=12)
    B = "In October a man was sentenced to four months in prison for physically"
    d.ev(B, "conviction_or_sentence", "2021-10")
    d.pen("prison", 4, "months", "four months in prison")
    d.fig("The man had two previous convictions for assaulting the mother", 2,
          "previous convictions of the man")
    # the rest of the October sentence
    d.ev("The prison sentence was converted to 120 hours of community service.",
         "conviction_or_sentence", "2021-10")
    d.pen("other", 120, "hours", "120 hours of community service")
    d.prov("minimum age of marriage is 18", "threshold", 18, "age",
           "minimum age of marriage is 18", "marriage")
    d.ent("organization", "National Assistance System for Victims of Human Trafficking")
    B = "In the first half of the year, the National Assistance System"
    d.ev(B, "other", "2021-01", date_end="2021-06",
         source="National Assistance System for Victims of Human Trafficking")
    d.fig(B, 19, "new cases of forced marriage")
    B = "In 2020 the system assisted 45 women and girls"
    d.ev(B, "other", "2020")
    d.fig(B, 45, "women and girls assisted as victims of forced marriage in 2020")
    d.prov("The minimum age for consensual sex is 16.", "threshold", 16, "age",
           "minimum age ... is 16", "consensual sex")
    d.prov("who may reasonably be assumed to be younger than 18, as a child", "threshold", 18,
           "age", "younger than 18", "definition of a child, sexual exploitation")
    B = "From January to June, there were 993 reported cases of child exploitation"
    d.ev(B, "other", "2021-01", date_end="2021-06")
    d.ev(B, "other", "2020-01", date_end="2020-06")
    d.fig(B, 993, "reported cases of child exploitation, January to June")
    d.fig(B, 838, "reported cases of child exploitation, January to June 2020")
    # a case passed to prosecutors: the referral typed as the charge
    d.ev("In June police passed to prosecutors a case involving a man suspected",
         "charge", "2021-06")
    d.fig("As of September all of the more than 30 victims identified were girls", 30,
          "victims identified in the case", "more than")
    B = "In June a man was sentenced to four years and six months in prison"
    d.ev(B, "conviction_or_sentence", "2021-06")
    d.pen("prison", 4.5, "years", "four years and six months in prison")
    d.ev(B, "attack_or_threat", "2019", date_end="2020")
    d.fig(B, 2, "minors abused")
    # the rest of the June sentence
    d.ev("The perpetrator’s self-reporting the crimes and cooperating with the prosecution",
         "conviction_or_sentence", "2021-06")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction")
    d.ent("organization", STATE)

    d.not_entity("Helsinki synagogue")
    d.fig("place the size of the Jewish population between 1,500 and 2,500", 1500,
          "size of the Jewish population", source="government statistics and Jewish leaders",
          value_end=2500)
    # hate acts of the year (settled 2026-12-08)
    d.ev("Stickers and posters with anti-Semitic images and messages were placed",
         "attack_or_threat", Y)
    d.ev("Stickers specifically targeted Jewish community members at lesbian", "attack_or_threat",
         Y)
    d.ev("police made no arrests in the incidents", "detention_or_arrest", Y,
         polarity="negated", source="representatives of the Jewish community")
    d.ent("organization", "Central Council of Finnish Jewish Communities")
    B = "reported that funding had recently been cut in half"
    d.ev(B, "other", Y, source="Central Council of Finnish Jewish Communities")
    d.fig(B, 0.5, "share of synagogue security funding cut")
    d.ent("organization", "Helsinki District Court")
    B = "On August 30, the Helsinki District Court ruled that the men who carried"
    d.ev(B, "acquittal", "2021-08-30")
    d.ev(B, "protest", "2018")
    # the rest of the August 30 verdict
    d.ev("The court found that the defendants had not directly threatened", "acquittal",
         "2021-08-30")
    d.not_entity("Trafficking in Persons Report")

    B = "During the year a report on the results of the Fundamental Rights Barometer"
    d.ev(B, "report_published", Y, source="Ministry of Justice")
    d.fig(B, 40, "persons with disabilities who disagreed that access was facilitated",
          unit="percent", value_end=60)
    d.fig(B, 29, "persons with disabilities treated disrespectfully", unit="percent")
    d.fig("noted that only two police officers in the country were able", 2,
          "police officers able to communicate in sign language",
          source="Ministry of the Interior")
    B = "An estimate from 2019, the most recent data available, suggested that 15"
    d.ev(B, "report_published", "2019")
    d.fig(B, 15, "share of residential buildings accessible", unit="percent")
    d.ent("organization", "Finnish Association on Intellectual and Developmental Disabilities",
          "FAIDD")
    d.fig("114 children with intellectual disabilities lived in institutional", 114,
          "children with intellectual disabilities in institutions")
    B = "The parliamentary ombudsman’s annual report published in June saw an increase"
    d.ev(B, "report_published", "2021-06", source="the parliamentary ombudsman")
    d.fig(B, 281, "disability-rights complaints in 2019")
    d.fig(B, 306, "disability-rights complaints in 2020")
    d.fig("During the same period, a total of 80 complaints related to the COVID-19", 80,
          "COVID-19 complaints concerning persons with disabilities")
    d.ent("organization", "Office of the Parliamentary Ombudsman")
    d.ent("organization", "Association of the Deaf")
    B = "a municipality may grant tax-free pay of between zero and 12 euros"
    d.prov(B, "prohibition", 0, "EUR", "between zero and 12 euros", "pay for labor activities",
           value_end=12)
    d.prov(B, "prohibition", 13.8, "USD", "$13.80", "pay for labor activities")
    d.ent("organization", "Ministry of Social Affairs and Health")

    B = "In April a citizens’ initiative to reform laws for obtaining legal gender"
    d.ev(B, "other", "2021-04")
    d.fig(B, 50000, "signatures for the citizens' initiative on gender recognition")
    d.ent("organization", "Pentecostal Church")
    d.ev("Stickers for the banned NRM targeted LGBTQI+ pride events", "attack_or_threat", Y)

    d.ent("organization", "Central Finland District Court")
    d.ent("organization", "Finns Party")
    d.ent("place", "Central Finland")
    d.ent("person", "Pekka Kataja", "Kataja")
    d.ev("On March 11, the Central Finland District Court dismissed the charges",
         "acquittal", "2021-03-11")
    d.ev("Kataja was attacked at his home in July 2020", "attack_or_threat", "2020-07")
    # the rest of the March 11 verdict
    d.ev("The district court ruled that the crime was a political act", "acquittal",
         "2021-03-11")
    d.ent("organization", "Pirkanmaa District Court")
    d.ent("organization", "Finnish People First Party")
    d.ent("person", "Marco de Wit", "de Wit", "De Wit")
    d.ev("In May the Pirkanmaa District Court convicted and fined for libel",
         "conviction_or_sentence", "2021-05")
    # the 2019 campaign named in the sentence
    d.ev("During the 2019 campaign, de Wit published and disseminated", "other", "2019")
    # another part of the May verdict, added with "also"
    d.ev("He was also found guilty of aggravated libel for accusing the police",
         "conviction_or_sentence", "2021-05")


def section_7(d: CollectionTestDoc) -> None:
    d.sec("7.a")
    d.ev("and there were no reports of violations.", "other", Y, polarity="negated")
    d.sec("7.b")
    d.ent("organization", "Victim Support Finland")
    B = "From January 1 through June 30, Victim Support Finland, an NGO, supported 545"
    d.ev(B, "other", "2021-01-01", date_end="2021-06-30")
    d.fig(B, 545, "clients supported by Victim Support Finland")
    d.fig(B, 98, "new clients supported by Victim Support Finland")
    d.ent("organization", STATE)
    d.sec("7.c")
    d.prov("but allows persons between the ages of 15 and 18 to enter",
           "threshold", 15, "age", "between the ages of 15 and 18", "employment contract",
           value_end=18)
    d.prov("It provides that workers between the ages of 15 and 18 may not",
           "threshold", 15, "age", "between the ages of 15 and 18", "night and hazardous work",
           value_end=18)
    d.ent("organization", "Ministry of Economic Affairs and Employment")
    d.ev("There were no reports of children engaged in work outside the parameters", "other",
         Y, polarity="negated")
    d.sec("7.d")
    # reports received: figures only (a standing function)
    d.fig("received 600 reports of workplace discrimination in 2020", 600,
          "reports of workplace discrimination received in 2020", source="OSHA")
    B = "Of the 140 reports that resulted in further inspection, 28 percent"
    d.fig(B, 140, "reports leading to further inspection", source="OSHA")
    d.fig(B, 28, "share concerning ethnicity, nationality, language or religion",
          unit="percent", source="OSHA")
    d.fig(B, 14, "share concerning age discrimination", unit="percent", source="OSHA")
    d.fig(B, 5, "share concerning disability", unit="percent", source="OSHA")
    d.ent("organization", "Helsingin Sanomat")
    d.ent("organization", "University of Helsinki")
    d.ev("In October, Helsingin Sanomat reported that the University of Helsinki",
         "report_published", "2021-10", source="Helsingin Sanomat")
    B = "Three students stated that interviews for a position to teach Islam"
    d.ev(B, "other", Y, source="three students")
    d.fig(B, 3, "students who reported discriminatory interviews")
    d.ent("organization", "Faculty of Theology")
    d.ent("organization", "Twitter")
    d.ev("The Faculty of Theology acknowledged and apologized for the incident", "other", Y)
    # a plan adopted is `other` (settled 2026-12-04)
    d.ev("In June the government adopted a four-year gender equality action plan", "other",
         "2021-06")
    d.ev("A report from the equality ombudsman’s office published in June detailed",
         "report_published", "2021-06", source="the equality ombudsman's office")
    d.ev("The equality ombudsman found that the woman’s occupational safety", "other", Y)
    d.sec("7.e")
    B = "The standard workweek established by law is no more than 40 hours"
    d.prov(B, "prohibition", 40, "hours", "no more than 40 hours of work per week",
           "standard workweek")
    d.prov(B, "prohibition", 8, "hours", "eight hours work per day", "standard workday")
    B = "so that the average is 40 hours during a period of no more"
    d.prov(B, "prohibition", 40, "hours", "the average is 40 hours", "averaged workweek")
    d.prov(B, "time_limit", 52, "weeks", "a period of no more than 52 weeks",
           "averaging period")
    d.prov("The law entitles employees working shifts or during the weekend to one 24-hour",
           "right", 24, "hours", "one 24-hour rest period per week", "weekly rest")
    B = "The law limits a worker to 250 hours of overtime per year and 138"
    d.prov(B, "prohibition", 250, "hours", "250 hours of overtime per year", "overtime")
    d.prov(B, "prohibition", 138, "hours", "138 overtime hours per four months",
           "overtime")
    B = "there were 800 cases of wage and hour disagreements between employees"
    d.fig(B, 800, "wage and hour disagreements in 2020",
          source="a service-sector trade union")
    d.fig(B, 35, "share of disagreements from the service, restaurant and leisure industry",
          unit="percent", source="a service-sector trade union")
    d.ent("place", "Thailand")
    d.ent("place", "Rovaniemi")
    B = "In Rovaniemi, 180 of 262 foreign seasonal berry pickers were diagnosed"
    d.fig(B, 180, "berry pickers diagnosed with COVID-19 in Rovaniemi")
    d.fig(B, 262, "foreign seasonal berry pickers in Rovaniemi")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def finland2021() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2021_finland", FILE, 2021, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2021_finland": finland2021}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
