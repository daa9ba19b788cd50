"""Build the hand-made DEV gold file for Laos 2021 (a page of the public collection).

``2021_laos.jsonl`` annotates ``html/2021/laos.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2021/laos.html`` by ``scripts/collection.sh``: the 2021
edition, classic seven-section layout (laws in the present tense). Split ``dev``, annotated with
the method and ``CollectionDevDoc`` of ``collection_gold.py``: every record below was decided by
hand, reading the report sentence by sentence before the system was ever run on it; the script
only turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives),
each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_laos2021.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_laos2021.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2021_laos.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2021/laos.html"
Y = "2021"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

LWU = "Lao Women’s Union"
MOL = "Ministry of Labor and Social Welfare"
LFTU = "Lao Federation of Trade Unions"
LAA = "Labor Administration Agency"
ILO = "International Labor Organization"
LPRP = "Lao People’s Revolutionary Party"
MIC = "Ministry of Information, Culture, and Tourism"
MPS = "Ministry of Public Security"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "UN")
    d.ent("organization", "National Committee on Human Rights")
    d.ent("organization", "Prime Minister’s Office")
    d.ent("organization", "National Assembly")
    d.ent("organization", LPRP, "LPRP")
    d.ent("organization", "Department of Treaties and Legal Affairs")
    d.ent("organization", "Ministry of Foreign Affairs")
    d.ent("organization", "National Human Rights Steering Committee")
    d.not_entity("Universal Periodic Review")
    d.ev("In 2020 civil society representatives were, for the first time", "other", "2020")

    d.sec("6")
    d.ent("organization", LWU)
    d.ent("organization", MOL, "Ministry of Labor")
    d.ent("organization", "Counseling and Protection Center for Women and Children")
    d.ent("place", "Vientiane")
    d.ent("organization", "UNFPA")
    d.ent("organization", "UN")
    d.ent("organization", "UNICEF")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Department of State")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", "Lao Disabled People’s Association")
    d.ent("organization", LPRP, "LPRP")
    d.not_entity("Phou Bia Mountain", "Hague Convention on the Civil Aspects of International",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "International-Parental-Child-Abduction")
    d.prov("The law criminalizes rape of “a person” and provides for penalties", "penalty", 4,
           "years", "four to six years’ imprisonment", "rape", value_end=6)
    d.prov("may include life imprisonment if the victim is younger than age 18", "penalty",
           None, None, "life imprisonment", "aggravated rape")
    d.prov("may include life imprisonment if the victim is younger than age 18", "threshold",
           18, "age", "younger than age 18", "aggravated rape")
    d.ev("In September an advocate for women’s rights said", "other", "2021-09",
         source="an advocate for women's rights")
    d.prov("may be punished by six months to three years in prison", "penalty", 6, "months",
           "six months to three years in prison", "indecent sexual behavior")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("UNFPA reported that information on and access to sexual", "report_published", Y,
         source="UNFPA")
    d.fig("According to 2017 UN estimates, the maternal mortality rate", 185,
          "maternal mortality rate (2017)", unit="deaths per 100,000 live births", source="UN")
    d.fig("According to 2017 UN estimates, the maternal mortality rate", 1,
          "lifetime risk of maternal death (numerator)", source="UN")
    d.fig("According to 2017 UN estimates, the maternal mortality rate", 150,
          "lifetime risk of maternal death (denominator)", source="UN")
    d.fig("The adolescent birth rate remained high at 83 births", 83, "adolescent birth rate",
          unit="births per 1,000 girls")
    d.fig("most prominent of the 50 officially recognized ethnic groups", 50,
          "officially recognized ethnic groups")
    d.ev("in March government troops launched a new campaign of attacks", "attack_or_threat",
         "2021-03", source="international and local sources")
    d.prov("Children born of one citizen parent acquire citizenship", "threshold", 1,
           "parents", "one citizen parent", "citizenship by descent")
    d.ev("According to a 2020 UNICEF study, access to early childhood", "report_published",
         "2020", source="UNICEF")
    d.ev("There were no reports of cases brought to court under this law.", "trial", Y,
         polarity="negated")
    d.prov("The legal minimum age of marriage for boys and girls is 18", "threshold", 18, "age",
           "18", "minimum age of marriage")
    d.prov("The legal minimum age of marriage for boys and girls is 18", "threshold", 15, "age",
           "as young as 15 with parental consent", "marriage with parental consent")
    d.fig("According to UNICEF data from 2017, approximately 35 percent", 35,
          "share of girls married before 18", "approximately", unit="percent", source="UNICEF")
    d.fig("According to UNICEF data from 2017, approximately 35 percent", 9,
          "share of girls married before 15", unit="percent", source="UNICEF")
    d.prov("poses varying penalties between three and 20 years’ imprisonment", "penalty", 3,
           "years", "between three and 20 years", "sex with minors",
           value_end=20)
    d.prov("The penalty for possession of child pornography is three months", "penalty", 3,
           "months", "three months to one year’s imprisonment", "possession of child "
           "pornography")
    d.prov("The penalty for possession of child pornography is three months", "penalty", 1,
           "years", "one to three years", "dissemination of child pornography", value_end=3)
    d.ev("The government and NGOs hosted seminars in 2020 to train", "other", "2020")
    d.ev("The government and NGOs hosted seminars in 2020 to train", "other", Y,
         polarity="negated")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.ev("Ministry of Labor regulations resulted in construction of additional sidewalk",
         "other", Y)
    d.ev("There were no official reports of discrimination, but observers said", "other", Y,
         polarity="negated")
    # "there were no government efforts to <aim>": the efforts rule (settled 2026-12-08)
    d.ev("there were no government efforts to address it", "other", Y, polarity="negated")

    d.sec("7.a")
    d.ent("organization", LFTU, "LFTU")
    d.ent("organization", LPRP, "LPRP")
    d.ent("organization", LAA)
    d.ent("organization", MOL, "Ministry of Labor")
    d.prov("The law requires a workforce of 10 or more workers", "threshold", 10, "workers",
           "10 or more workers", "election of employee representatives")
    d.prov("The law requires a workforce of 10 or more workers", "requirement", 1,
           "representatives", "one or more employee representatives",
           "employee representatives")
    d.ev("there were no reports of enforcement", "other", Y, polarity="negated")

    d.sec("7.b")
    d.ent("organization", "Department of State")
    d.ev("During the year antitrafficking resources and inspection officials were diverted",
         "other", Y)

    d.sec("7.c")
    d.ent("organization", "National Commission for Mothers and Children")
    d.prov("The law allows children from ages 14 to 18 to work", "threshold", 14, "age",
           "from ages 14 to 18", "work by children", value_end=18)
    d.prov("The law allows children from ages 14 to 18 to work", "prohibition", 8,
           "hours per day", "a maximum of eight hours per day", "working hours of children")
    d.prov("Children 12 to 14 may perform light work", "threshold", 12, "age", "12 to 14",
           "light work", value_end=14)
    d.ev("Similar activities for the year were postponed", "other", Y)
    d.ev("There were reports of commercial sexual exploitation of children (see",
         "other", Y, polarity="alleged")

    d.sec("7.e")
    d.ent("organization", "Department of Labor Management")
    d.ent("place", "Bolikhamxay Province")
    d.ent("organization", ILO)
    d.ent("place", "Vietnam")
    d.ent("place", "Burma")
    d.ent("place", "China")
    d.ent("place", "Golden Triangle")
    d.ent("place", "Bokeo Province")
    d.ev("In 2018 the government raised the monthly minimum wage", "law_or_decree", "2018")
    d.prov("The law provides for a workweek limited to 48 hours", "prohibition", 48, "hours",
           "workweek limited to 48 hours", "workweek")
    d.prov("The law provides for a workweek limited to 48 hours", "prohibition", 36, "hours",
           "36 hours", "workweek in dangerous work")
    d.prov("Overtime may not exceed 45 hours per month", "prohibition", 45, "hours per month",
           "45 hours per month", "overtime per month")
    d.prov("Overtime may not exceed 45 hours per month", "prohibition", 3, "hours",
           "three hours", "each period of overtime")
    d.prov("a minimum of four days off work", "threshold", 4, "days",
           "a minimum of four days off work", "reporting of workplace accidents")
    d.ev("In May two migrant workers at a Chinese banana plantation", "other", "2021-05",
         polarity="alleged", place="Bolikhamxay Province")
    d.fig("In May two migrant workers at a Chinese banana plantation", 2,
          "migrant workers who died of chemical exposure")
    d.ev("initiate sanctions but did not do so due to COVID-19", "other", Y,
         polarity="negated")
    d.ev("The International Labor Organization estimated that more than 93 percent",
         "report_published", Y, source=ILO)
    d.fig("The International Labor Organization estimated that more than 93 percent", 93,
          "share of workers in the informal economy", "more than", unit="percent", source=ILO)
    d.ev("In late October the Ministry of Labor told local media", "other", "2021-10",
         source="Ministry of Labor")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("place", "Savannakhet Province", "Savannakhet")
    d.ent("person", "Ther Una")
    d.ent("person", "Houayheuang Xayabouly", "Houayheuang", "Muay", "Xayabouly")
    d.ent("organization", "Facebook")
    d.ent("place", "Champasak")
    d.ent("place", "Salavan")
    d.ent("place", "China")
    d.ent("place", "Vietnam")
    d.ent("person", "Thongloun Sisoulith")
    d.ent("organization", MIC, "Ministry of Information")
    d.ent("organization", "Mass Media Department")
    d.ent("organization", "Ministry of Posts and Telecommunications")
    d.ent("organization", "National Internet Committee")
    d.ent("organization", "Prime Minister’s Office")
    d.ent("organization", LPRP, "LPRP")
    d.ent("organization", "Radio Free Asia")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", MPS)
    d.ev("Savannakhet provincial police arrested Ther Una for singing songs",
         "detention_or_arrest", "2021-07", source="international media",
         place="Savannakhet Province")
    d.ev("She was arrested in 2019 and pleaded guilty to charges", "detention_or_arrest",
         "2019")
    d.ev("particularly after the 2012 disappearance of an internationally respected", "other",
         "2012")
    d.ev("In September 2020 the army started a new television channel", "other", "2020-09")
    d.ev("In August 2020 then prime minister Thongloun Sisoulith urged", "other", "2020-08")
    d.ev("The government restricted the activities of foreign journalists.",
         "censorship_or_blocking", Y)
    d.ev("Authorities denied journalists free access to information sources",
         "censorship_or_blocking", Y)
    d.ev("Authorities prohibited dissemination of materials deemed subversive",
         "censorship_or_blocking", Y)
    d.prov("was subject to a fine of one to three times the value", "penalty", 1,
           "times the value", "one to three times the value",
           "importing offensive publications", value_end=3)
    d.prov("was subject to a fine of one to three times the value", "penalty", 1, "years",
           "imprisonment of up to one year", "importing offensive publications")
    # "did not block access": a negated act on access, no event (Settled 2026-12-13, N2; t-events28)
    d.ev("Authorities individually warned social media bloggers to stop posting",
         "attack_or_threat", Y)
    # t-conv18 settlement (S6a): the undated act under a dated reporting verb takes that date; no report_published
    d.ev("In May, Radio Free Asia reported the government announced the creation", "other", "2021-05",
         source="Radio Free Asia")
    d.ev("The government punished a Ministry of Public Security staff person", "other", Y)

    d.sec("2.b")
    d.ent("person", "Sithon Thippavong", "Sithon Tippravong", "Sithon")
    d.ent("organization", "Ministry of Foreign Affairs")
    d.ent("organization", "National Assembly")
    d.prov("Participation in such activities is punishable by a maximum of five years",
           "penalty", 5, "years", "a maximum of five years’ imprisonment",
           "unauthorized demonstrations")
    d.ev("In April authorities released Sithon Thippavong", "release", "2021-04")
    d.ev("In April authorities released Sithon Thippavong", "charge", "2020-02")
    d.fig("In April authorities released Sithon Thippavong", 2, "gatherings organized")
    d.prov("to receive foreign funding greater than $60,000", "threshold", 60000, "USD",
           "greater than $60,000", "foreign funding needing approval")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "International Organization for Migration")
    d.ent("place", "Thailand")
    d.ent("organization", "UN")
    d.ent("place", "Attapeu Province")
    d.fig("more than 400,000 Lao migrant workers have returned from Thailand", 400000,
          "migrant workers returned from Thailand", "more than",
          source="International Organization for Migration")
    d.prov("These workers were required to spend 14 days in one of 106", "requirement", 14,
           "days", "14 days", "quarantine of returning workers")
    d.prov("These workers were required to spend 14 days in one of 106", "requirement", 14,
           "days", "an additional 14 days", "additional local quarantine")
    d.fig("These workers were required to spend 14 days in one of 106", 106,
          "government-run quarantine centers")
    d.ev("The 2018 collapse of a dam under construction in Attapeu Province", "other", "2018",
         place="Attapeu Province")
    d.fig("The 2018 collapse of a dam under construction in Attapeu Province", 6000,
          "persons displaced by the dam collapse", "approximately")
    d.fig("international and national media reported more than 4,000 of these", 4000,
          "persons still displaced in September", "more than",
          source="international and national media")

    d.sec("2.f")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", MPS)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", LPRP, "LPRP")
    d.ent("organization", "National Assembly")
    d.ent("organization", "National Election Committee")
    d.ent("organization", "LPRP Central Committee")
    d.ent("organization", "Politburo")
    d.ev("The most recent elections for National Assembly members were on February 21.",
         "election_or_referendum", "2021-02-21")
    d.ev("The government prohibited independent observers from monitoring polling stations",
         "other", Y)
    d.ev("Elections were not free and fair; the LPRP selected all candidates", "other", Y)
    d.fig("Of the population, 80 percent lived in rural areas", 80,
          "share of the population living in rural areas", unit="percent")
    d.fig("Of the population, 80 percent lived in rural areas", 3,
          "share of village chiefs who were women", "fewer than", unit="percent")
    d.ev("Party Congress elections in January increased the number of female members",
         "election_or_referendum", "2021-01")
    for value, what in ((71, "members of the LPRP Central Committee"),
                        (7, "women on the Central Committee before"),
                        (12, "women on the Central Committee after"),
                        (1, "women in the Politburo before"), (2, "women in the Politburo after"),
                        (13, "members of the Politburo")):
        d.fig("Party Congress elections in January increased the number of female members",
              value, what)
    d.ev("Of the 164 members elected to the National Assembly in February", "election_or_referendum",
         "2021-02")
    for value, what in ((164, "National Assembly members elected"),
                        (36, "women elected to the National Assembly"),
                        (29, "members of minority ethnic groups elected")):
        d.fig("Of the 164 members elected to the National Assembly in February", value, what)

    d.sec("4")
    d.ev("there were numerous reports of government corruption during the year", "other", Y,
         polarity="alleged")
    d.ev("During the year local media reported that investigating agencies uncovered",
         "report_published", Y, source="local media")
    d.ev("During the year local media reported that investigating agencies uncovered",
         "investigation", Y, source="local media")
    for value, what, qual, unit in ((1.5e12, "losses to corruption uncovered", "more than", "LAK"),
                                    (323000, "losses to corruption uncovered (USD)", "exact",
                                     "USD"),
                                    (24, "persons investigated for corruption", "exact", None),
                                    (16, "government employees among them", "exact", None)):
        d.fig("During the year local media reported that investigating agencies uncovered",
              value, what, qual, unit=unit, source="local media")


# =========================================================================================
# Executive summary (with the title line) and Section 1
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Laos", "Lao People’s Democratic Republic")
    d.ent("organization", LPRP, "LPRP")
    d.ent("organization", "National Assembly")
    d.ent("person", "Phankham Viphavan")
    d.ent("organization", MPS)
    d.ent("organization", "Ministry of Defense")
    d.ev("The National Assembly elections, held February 21, were not free",
         "election_or_referendum", "2021-02-21")
    d.ev("The ruling party selected all candidates and voting was mandatory", "other", Y)
    d.ev("On March 22, the National Assembly approved Phankham Viphavan", "other", "2021-03-22")
    d.ev("There were credible reports that members of the security forces committed",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of: arbitrary", "killing",
         Y, polarity="alleged")
    d.ev("While the government prosecuted and punished officials for corruption", "charge", Y)
    d.ev("While the government prosecuted and punished officials for corruption", "charge", Y,
         polarity="negated")
    d.ev("While the government prosecuted and punished officials for corruption",
         "torture_or_abuse", Y)


def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "UN")
    d.ent("person", "Chue Youa Vang", "Vang")
    d.ev("In April several UN special rapporteurs wrote a letter", "other", "2021-04",
         source="UN special rapporteurs")
    d.ev("In April several UN special rapporteurs wrote a letter", "killing", "2021-03-08",
         polarity="alleged", source="UN special rapporteurs")
    d.ev("In April several UN special rapporteurs wrote a letter", "other", "2020-03")
    d.fig("In April several UN special rapporteurs wrote a letter", 2,
          "Hmong victims related to Vang")
    d.fig("In April several UN special rapporteurs wrote a letter", 4,
          "Hmong who disappeared in March 2020")
    d.ev("The letter alleged Vang was shot and killed by soldiers", "killing", "2021-03-08",
         polarity="alleged", source="UN special rapporteurs")

    d.sec("1.b")
    d.ent("person", "Sombath Somphone", "Sombath")
    d.ent("place", "Vientiane")
    d.ev("Unlike in previous years, there were no reports of disappearances", "other", Y,
         polarity="negated")
    d.ev("There was no progress in the 2012 abduction of Sombath Somphone", "other", "2012",
         place="Vientiane")
    d.ev("In November Sombath’s spouse was informed that Sombath’s assets", "other",
         "2021-11")

    d.sec("1.c")
    d.ent("place", "Xiangkhuang Province")
    d.ent("organization", "Inspection Department")
    d.ent("place", "Savannakhet Province", "Savannakhet")
    d.ev("there were no credible reports that government officials employed them",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("The April letter noted above from UN special rapporteurs also", "other", "2021-04",
         source="UN special rapporteurs")
    d.ev("The April letter noted above from UN special rapporteurs also", "torture_or_abuse",
         Y, polarity="alleged", source="UN special rapporteurs",
         place="Xiangkhuang Province")
    d.fig("Prison cells were crowded, with beds no wider than 20 inches.", 20,
          "width of prison beds", "up to", unit="inches")
    d.ev("including an outbreak of more than 100 cases in one prison", "other", Y,
         place="Savannakhet Province")
    d.fig("including an outbreak of more than 100 cases in one prison", 100,
          "COVID-19 cases in one prison", "more than")
    d.ev("There were no reports of such requests, possibly due", "other", Y,
         polarity="negated")
    d.ev("Government officials did not permit regular independent monitoring", "other", Y,
         polarity="negated")

    d.sec("1.d")
    d.ent("organization", "Department of Customs")
    d.ent("organization", "Ministry of Finance")
    d.ent("person", "Houayheuang Xayabouly", "Houayheuang", "Muay", "Xayabouly")
    d.ent("person", "Sithon Thippavong", "Sithon Tippravong", "Sithon")
    d.ent("organization", "Lao Evangelical Church")
    d.ent("organization", "Office of the Prosecutor General")
    d.ev("In July the Department of Customs in the Ministry of Finance", "law_or_decree",
         "2021-07")
    d.prov("inform next of kin of detentions within 24 hours of arrest", "time_limit", 24,
           "hours", "within 24 hours of arrest", "notice of charges and detention")
    d.ev("International press reported, for example, that Houayheuang", "detention_or_arrest",
         "2019", source="international press")
    d.ev("In March 2020 police arrested Sithon Tippravong", "detention_or_arrest", "2020-03",
         place="Savannakhet Province")
    d.ev("Sithon was not informed of the charges against him until February.", "charge",
         "2021-02")
    d.prov("The law limits detention without trial to one year.", "time_limit", 1, "years",
           "one year", "detention without trial")
    d.prov("The length of detention without a pretrial hearing or formal charges", "time_limit",
           1, "years", "one year", "detention without a hearing or charges")

    d.sec("1.e")
    d.ent("person", "Somphone Phimmasone")
    d.ent("person", "Soukan Chaithad")
    d.ent("person", "Lodkham Thammavong")
    d.ent("person", "Od Sayavong", "Od")
    d.ent("place", "Thailand")
    d.ent("place", "China")
    d.ent("organization", "National Assembly")
    d.prov("state secrets, or children younger than age 16", "threshold", 16, "age",
           "younger than age 16", "closed trials involving children")
    d.ev("Three political prisoners (Somphone Phimmasone, Soukan Chaithad", "conviction_or_sentence",
         "2017")
    d.ev("Three political prisoners (Somphone Phimmasone, Soukan Chaithad", "other",
         "2021-04", source="UN special rapporteur")
    d.fig("Three political prisoners (Somphone Phimmasone, Soukan Chaithad", 3,
          "political prisoners named")
    d.ev("As of December the whereabouts of Od Sayavong", "other", "2019")
    d.ev("on the situation of human rights defenders stated in 2019", "other", "2019",
         source="UN special rapporteur")
    d.ev("A UN special rapporteur in 2019 issued a report criticizing", "report_published",
         "2019", source="UN special rapporteur")

    d.sec("1.f")
    d.ent("organization", "Ministry of Posts and Telecommunications")
    d.ent("organization", "Lao Women’s Union")
    d.ent("organization", "Lao Youth Union")
    d.ent("organization", "Lao Front for National Development")
    d.ev("monitored citizens’ activities through a surveillance network", "surveillance", Y)
    d.ev("Lao Youth Union, and the Lao Front for National Development, also monitored",
         "surveillance", Y)


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def laos() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2021_laos", FILE, 2021, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2021_laos": laos}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
