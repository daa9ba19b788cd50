"""Build the hand-made DEV gold file for Lesotho 2018 (a page of the public collection).

``2018_lesotho.jsonl`` annotates ``html/2018/lesotho.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2018/lesotho.html`` by ``scripts/collection.sh``: the 2018
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence before the
system was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_lesotho2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_lesotho2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_lesotho.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2018/lesotho.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

class LesothoDoc(CollectionDevDoc):
    """A name may stand before "-affiliated" ("the Lesotho Workers Party-affiliated Factory
    Workers Union" names the party)."""

    MENTION_AFTER = r"(?!\w|-(?!affiliated)\w)"


OMBUDSMAN = "Office of the Ombudsman"
LCS = ("Lesotho Correctional Service", "LCS")
TRC = ("Transformation Resource Center", "TRC")
LMPS = ("Lesotho Mounted Police Service", "LMPS")
CGPU = ("Child and Gender Protection Unit", "CGPU")
MOLE = "Ministry of Labor and Employment"
DDPR = ("Directorate of Dispute Prevention and Resolution", "DDPR")
BOS = ("Lesotho Bureau of Statistics", "Bureau of Statistics")
FAWU = ("Factory Workers Union", "FAWU")
NSS = ("National Security Service", "NSS")
ABC = ("All Basotho Convention Party", "ABC")
LDF = ("Lesotho Defense Force", "LDF")
COMMS = ("Ministry of Communications", "Ministry of Communication")
BNP = "Basotho National Party"
THABANE = "Motsoahae Thomas Thabane"
DCEO = ("Directorate on Corruption and Economic Offenses", "DCEO")
SADC = ("Southern African Development Community", "SADC")
SAPMIL = ("SADC Preventive Mission in Lesotho", "SAPMIL")
LEPSSA = ("Lesotho Public Servants Staff Association", "LEPSSA")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", OMBUDSMAN)
    d.ent("place", "Maseru")
    d.ent("organization", *LCS)
    d.ent("person", "Thabang Mothepu", "Mothepu")
    d.ent("organization", *TRC)
    d.ev("in May the Office of the Ombudsman held a public inquiry", "investigation",
         "2018-05")
    d.fig("in May the Office of the Ombudsman held a public inquiry", 60,
          "correctional officers whose promotions were inquired into")
    d.ev("the government did not establish one by year’s end", "other", Y, polarity="negated")

    d.sec("6")
    d.ent("organization", *LMPS)
    d.ent("organization", *CGPU)
    d.ent("place", "Lithabaneng")
    d.ent("organization", "Ministry of Education")
    d.ent("place", "Butha-Buthe", "Butha-Buthe District")
    d.ent("person", "Mamokhoane Mofolo")
    d.ent("person", "Matebatso Doti")
    d.ent("organization", "Maseru Magistrate’s Court")
    d.ent("organization", "Ministry of Social Development")
    d.ent("organization", "Department of State")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Lesotho National Federation of Organizations of the Disabled",
          "LNFOD")
    d.ent("organization", "Matrix")
    d.ent("organization", "Health Ministry")
    d.ent("place", "Rothe")
    d.ent("person", "Bereng Mohlalefi Bereng")
    d.ent("place", "Qoaling")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "International-Parental-Child-Abduction")
    d.prov("Rape convictions carry a minimum sentence of 10 years’ imprisonment.", "penalty",
           10, "years", "minimum sentence of 10 years", "rape")
    d.ev("authorities had received 527 reports of rape, almost double", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("authorities had received 527 reports of rape, almost double", "torture_or_abuse",
         "2017", polarity="alleged")
    d.fig("authorities had received 527 reports of rape, almost double", 527,
          "rape reports received as of August 23")
    d.fig("authorities had received 527 reports of rape, almost double", 247,
          "rapes reported in the same period of 2017")
    # multiples are figures with unit "times" (settled 2026-12-08)
    d.fig("authorities had received 527 reports of rape, almost double", 2,
          "rape reports against the same period of 2017", "approximately", unit="times")
    d.fig("Of the 527 reported rapes, 325 involved children.", 527, "reported rapes")
    d.fig("Of the 527 reported rapes, 325 involved children.", 325,
          "reported rapes involving children")
    d.ev("the press reported the fatal stabbing of a woman in Lithabaneng", "killing",
         "2018-08-13", source="the press", place="Lithabaneng")
    # t-conv16 settlement: N2 a negated act outside the taxonomy on a class (did not compile data): no event.
    # was: d.ev("did not compile data on domestic violence", "report_published", Y,
    # was: polarity="negated")
    d.ev("Assault and spousal abuse are criminal offenses, but few cases were prosecuted.",
         "charge", Y)
    d.ev("In March the queen urged the wives of principal chiefs", "other", "2018-03")
    d.fig("The government had one shelter in Maseru for abused women.", 1,
          "shelters for abused women")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.prov("The law stipulates registration within three months of birth", "time_limit", 3,
           "months", "within three months of birth", "birth registration")
    d.prov("The law stipulates registration within three months of birth", "time_limit", 1,
           "years", "up to one year without penalty", "late birth registration")
    d.prov("tuition free beginning at age six", "threshold", 6, "age", "age six",
           "primary education")
    d.prov("set the maximum age for free primary education at 13", "threshold", 13, "age", "13",
           "free primary education")
    d.prov("impose a fine of not less than 1,000 maloti", "penalty", 1000, "LSL",
           "not less than 1,000 maloti", "failing to assure school attendance")
    d.prov("impose a fine of not less than 1,000 maloti", "penalty", 77, "USD", "$77",
           "failing to assure school attendance")
    d.ev("Mamokhoane Mofolo of Butha-Buthe District whipped to death", "killing", "2018-08-20",
         place="Butha-Buthe")
    d.ev("Minister of Social Development Matebatso Doti denounced on television", "other",
         "2018-08-31")
    d.prov("Civil law defines a child as a person under age 18", "threshold", 18, "age",
           "under age 18", "definition of a child")
    d.prov("Civil law defines a child as a person under age 18", "threshold", 16, "age",
           "age 16", "marriage of a girl")
    d.ev("In March the queen called upon the wives of principal chiefs", "other", "2018-03")
    d.prov("The law sets the minimum age for consensual sex at 18.", "threshold", 18, "age",
           "18", "age of consent")
    d.prov("is liable to not less than 10 years’ imprisonment", "penalty", 10, "years",
           "not less than 10 years’ imprisonment", "commercial sexual exploitation of a child")
    d.prov("are liable to a fine of two million maloti", "penalty", 2000000, "LSL",
           "two million maloti", "trafficking children into prostitution")
    d.prov("are liable to a fine of two million maloti", "penalty", 153846, "USD", "$153,846",
           "trafficking children into prostitution")
    d.prov("are liable to a fine of two million maloti", "penalty", None, None,
           "life imprisonment", "trafficking children into prostitution")
    d.prov("The death penalty may be applied if an HIV-positive perpetrator", "penalty", None,
           None, "death penalty", "knowingly infecting a child with HIV")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("on March 28, the Constitutional Court repealed the law", "other", "2018-03-28")
    d.ev("the government did not incorporate objectives or guidelines", "other", Y,
         polarity="negated")
    d.ev("The Ministry of Social Development drafted a disability equity bill", "other", Y)
    d.ev("There were few reports of persons with disabilities being abused", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("The government involved Matrix during the drafting", "other", Y)
    d.ev("There were no reports of employment discrimination.", "other", Y, polarity="negated")
    d.ev("police allowed LGBTI persons to conduct a march", "protest", "2018-05-19")
    d.ev("Police also issued a statement pledging to cooperate with LGBTI groups.", "other", Y)
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of societal violence.", "attack_or_threat", Y, polarity="alleged")
    d.ev("music gang gunmen shot and killed five women in Rothe", "killing", "2018-07-23",
         place="Rothe")
    d.fig("music gang gunmen shot and killed five women in Rothe", 5, "women shot dead")
    d.ev("brought the number of gang-related killings to 14", "killing", "2018-01",
         date_end="2018-07", source="Bereng Mohlalefi Bereng")
    d.fig("brought the number of gang-related killings to 14", 14,
          "gang-related killings in seven months", source="Bereng Mohlalefi Bereng")
    d.ev("a mob attacked and severely beat a former police constable", "attack_or_threat",
         "2018-10-22", place="Qoaling")
    d.ev("He fled and died in hiding at a friend’s house.", "killing", "2018-10-22")

    d.sec("7")
    d.ent("organization", "Registrar of Trade Unions")
    d.ent("organization", *DDPR)
    d.ent("organization", "Public Service Joint Advisory Council")
    d.ent("organization", "Public Service Tribunal")
    d.ent("organization", "Department of Labor")
    d.ent("organization", MOLE)
    d.ent("organization", "Labor Court")
    d.ent("organization", "Judicial Service Commission")
    d.ent("organization", *FAWU)
    d.ent("organization", "Lesotho Clothing and Allied Workers Union")
    d.ent("organization", "National Union of Textile Workers")
    d.ent("organization", "Independent Democratic Union of Lesotho")
    d.ent("organization", "National Clothing Textile and Allied Workers Union", "NACTWU")
    d.ent("person", "Tsepang Makakole")
    d.ent("place", "Maputsoe")
    d.ent("organization", "Lesotho Workers Party")
    d.ent("organization", "Avani Lesotho Hotel", "Lesotho Sun")
    d.ent("organization", *LEPSSA)
    d.ent("organization", "Human Trafficking Unit")
    d.ent("organization", "Beautiful Dream Society")
    d.ent("organization", *BOS)
    d.ent("organization", "UNICEF")
    d.ent("organization", "Women and Law in Southern Africa")
    d.not_entity("Household Budget Survey", "Findings on the Worst Forms of Child Labor")
    d.prov("A registered union with a 51-percent majority of staff", "threshold", 51,
           "percent", "51-percent majority of staff", "strike on a dispute of interest")
    d.prov("members of any association representing at least 50 percent of civil servants",
           "threshold", 50, "percent", "at least 50 percent of civil servants",
           "association on the advisory council")
    d.ev("despite a 2011 law transferring it to the judiciary", "law_or_decree", "2011")
    d.ev("In April the Judicial Service Commission appointed two additional judges", "other",
         "2018-04")
    d.fig("In April the Judicial Service Commission appointed two additional judges", 2,
          "additional labor judges appointed")
    d.fig("The DDPR had nine arbitrators nationwide", 9, "arbitrators of the DDPR")
    d.prov("to represent 50 percent of workers, and only a few factories", "threshold", 50,
           "percent", "50 percent of workers", "union negotiating with management")
    d.ev("merged to form the Independent Democratic Union of Lesotho", "other", "2015")
    d.ev("police arrested and charged NACTWU deputy secretary general", "charge", "2018-08-09",
         place="Maputsoe")
    d.ev("Factory workers embarked on violent illegal strikes on August 9, 15, and 21",
         "strike", "2018-08-09")
    d.ev("Factory workers embarked on violent illegal strikes on August 9, 15, and 21",
         "strike", "2018-08-15")
    d.ev("Factory workers embarked on violent illegal strikes on August 9, 15, and 21",
         "strike", "2018-08-21")
    d.fig("Factory workers embarked on violent illegal strikes on August 9, 15, and 21", 2000,
          "minimum wage demanded", unit="LSL")
    d.fig("Factory workers embarked on violent illegal strikes on August 9, 15, and 21", 154,
          "minimum wage demanded", unit="USD")
    d.fig("At the time the minimum wage was 1,237 maloti", 1237,
          "minimum wage before the strikes", unit="LSL")
    d.fig("At the time the minimum wage was 1,237 maloti", 95, "minimum wage before the strikes",
          unit="USD")
    d.ev("the government decided on a minimum wage of 1,696 maloti", "law_or_decree", Y)
    d.prov("the government decided on a minimum wage of 1,696 maloti", "threshold", 1696,
           "LSL", "1,696 maloti", "minimum wage, trainee machine operator")
    d.prov("the government decided on a minimum wage of 1,696 maloti", "threshold", 130, "USD",
           "$130", "minimum wage, trainee machine operator")
    d.prov("the government decided on a minimum wage of 1,696 maloti", "threshold", 2000,
           "LSL", "2,000 maloti", "minimum wage, trained machine operator")
    d.prov("the government decided on a minimum wage of 1,696 maloti", "threshold", 154, "USD",
           "$154", "minimum wage, trained machine operator")
    d.fig("The latter constitutes approximately 80 percent of the more than 40,000", 80,
          "share of trained operators in the factory workforce", "approximately",
          unit="percent")
    d.fig("The latter constitutes approximately 80 percent of the more than 40,000", 40000,
          "members of the factory workforce", "more than")
    d.ev("were on strike from December 2014 to the end of 2015", "strike", "2014-12",
         date_end="2015-12")
    d.fig("were on strike from December 2014 to the end of 2015", 14,
          "salary increase demanded", unit="percent")
    d.ev("employees filed a court case against their employer", "other", Y)
    d.ev("In May the management reinstated 81 employees", "other", "2018-05")
    d.fig("In May the management reinstated 81 employees", 81, "employees reinstated")
    d.fig("In May the management reinstated 81 employees", 20000,
          "compensation offered to each employee", unit="LSL")
    d.fig("In May the management reinstated 81 employees", 1538,
          "compensation offered to each employee", unit="USD")
    d.ev("On September 6, the Labor Court overturned the DDPR’s ruling", "other",
         "2018-09-06")
    d.ev("The court instructed the DDPR to award teachers unions", "other", "2018-09-06")
    d.ev("The teachers suspended the strike following negotiations", "strike", Y)
    d.fig("approximately 34 percent of civil servants belonged to the association", 34,
          "share of civil servants in the association", "approximately", unit="percent",
          source=LEPSSA[0])
    d.prov("including two million maloti ($153,848) or 25 years’ imprisonment", "penalty",
           2000000, "LSL", "two million maloti", "forced labor")
    d.prov("including two million maloti ($153,848) or 25 years’ imprisonment", "penalty",
           153848, "USD", "$153,848", "forced labor")
    d.prov("including two million maloti ($153,848) or 25 years’ imprisonment", "penalty", 25,
           "years", "25 years’ imprisonment", "forced labor")
    d.prov("The law defines the legal minimum age for employment as 15", "threshold", 15, "age",
           "15", "minimum age for employment")
    d.prov("The law defines the legal minimum age for employment as 15", "threshold", 18, "age",
           "18 for hazardous employment", "hazardous employment")
    d.prov("free and compulsory primary school at age 13", "threshold", 13, "age", "age 13",
           "completion of primary school")
    d.ev("and the CGPU investigated cases of working children", "investigation", Y)
    d.fig("The ministry had only two child labor inspectors.", 2, "child labor inspectors")
    d.fig("Police reported six pending child-labor court cases.", 6,
          "pending child-labor court cases", source="police")
    d.ev("The NGO Beautiful Dream Society reported no cases of child labor", "other", Y,
         polarity="negated", source="Beautiful Dream Society")
    d.ev("In 2015 the government approved the guidelines for herdboys", "other", "2015")
    d.prov("The guidelines apply to children under age 18", "threshold", 18, "age",
           "under age 18", "herdboy guidelines")
    d.ev("the 2011 Household Budget Survey, reported 3.5 percent", "report_published", "2011",
         source=BOS[0])
    d.fig("the 2011 Household Budget Survey, reported 3.5 percent", 3.5,
          "share of children in economic activities", unit="percent", source=BOS[0])
    d.ev("In its most recent report in 2014, UNICEF estimated", "report_published", "2014",
         source="UNICEF")
    d.fig("In its most recent report in 2014, UNICEF estimated", 23,
          "share of children working", unit="percent", source="UNICEF")
    d.fig("Two-thirds of these children were engaged in subsistence farming", 2 / 3,
          "share of working children in subsistence farming")
    d.fig("Child labor was higher among boys (86.6 percent", 86.6,
          "boys' share of child workers", unit="percent")
    d.fig("Child labor was higher among boys (86.6 percent", 13.4,
          "girls' share of child workers", unit="percent")
    d.ev("did not report any cases during the year of discrimination", "report_published", Y,
         polarity="negated", source=MOLE)
    d.fig("The general minimum monthly wage varied from 1,500 maloti", 1500,
          "general minimum monthly wage", unit="LSL", value_end=1637)
    d.fig("The general minimum monthly wage varied from 1,500 maloti", 115,
          "general minimum monthly wage", unit="USD", value_end=126)
    d.fig("official estimate for the poverty income level was 246.60 maloti", 246.6,
          "poverty income level per month", unit="LSL", source=BOS[0])
    d.fig("official estimate for the poverty income level was 246.60 maloti", 18.97,
          "poverty income level per month", unit="USD", source=BOS[0])
    d.prov("including a maximum 45-hour workweek", "prohibition", 45, "hours",
           "maximum 45-hour workweek", "workweek")
    d.prov("including a maximum 45-hour workweek", "right", 24, "hours", "at least 24 hours",
           "weekly rest period")
    d.prov("including a maximum 45-hour workweek", "right", 1, "hours", "one hour",
           "daily rest period")
    d.prov("including a maximum 45-hour workweek", "right", 12, "days",
           "at least 12 days of paid leave", "paid leave")
    d.prov("in excess of the standard 45-hour workweek are paid", "threshold", 45, "hours",
           "standard 45-hour workweek", "overtime pay")
    d.prov("The maximum overtime allowed is 11 hours per week", "prohibition", 11, "hours",
           "11 hours per week", "overtime")
    d.prov("at a rate not less than 25 percent more", "requirement", 25, "percent",
           "not less than 25 percent more", "overtime premium")
    d.ev("A recent study on the rural and informal economy estimated", "report_published", Y)
    d.fig("A recent study on the rural and informal economy estimated", 47.8,
          "share of workers in the informal economy", "approximately", unit="percent")
    d.ev("did not compile any reports on workplace fatalities", "report_published", Y,
         polarity="negated", source=MOLE)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", *NSS)
    d.ent("organization", "People’s Choice FM")
    d.ent("person", "Malehlohonolo Ramathe", "Ramathe")
    d.ent("organization", *ABC)
    d.ent("organization", *LDF)
    d.ent("organization", "Lesotho Times")
    d.ent("person", "Lloyd Muntungamiri", "Muntungamiri")
    d.ent("organization", "MoAfrika FM")
    d.ent("organization", *COMMS)
    d.ent("organization", "Lesotho Communications Authority")
    d.ent("organization", "Media Institute of Southern Africa")
    d.ent("organization", "Open Society Initiative Southern Africa")
    d.ent("organization", "Lesotho National Broadcasting Service")
    d.ent("organization", "International Telecommunication Union")
    d.ev("marked by several incidents of censorship, intimidation of journalists",
         "censorship_or_blocking", Y)
    d.ev("The government did not arrest or convict anyone for violating the law.",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("The NSS reportedly monitored political meetings.", "surveillance", Y,
         polarity="alleged")
    d.ev("censorship, intimidation of journalists, and suspension of radio broadcasting rights",
         "censorship_or_blocking", Y)
    d.ev("In May an unidentified individual threatened People’s Choice FM", "attack_or_threat",
         "2018-05")
    d.ev("Ramathe reported the threats to police who continued to investigate", "other", Y)
    d.ev("By year’s end no trial date was set for the five LDF suspects", "trial", Y,
         polarity="negated")
    d.ev("By year’s end no trial date was set for the five LDF suspects",
         "detention_or_arrest", "2017-11")
    d.ev("By year’s end no trial date was set for the five LDF suspects", "attack_or_threat",
         "2016")
    d.fig("By year’s end no trial date was set for the five LDF suspects", 5,
          "army suspects arrested for the shooting")
    d.ev("In May, Muntungamiri briefly returned to the country", "other", "2018-05")
    d.ev("The government restricted antigovernment broadcaster MoAfrika FM",
         "censorship_or_blocking", Y)
    d.ev("In August and again in September, the Ministry of Communication filed", "charge",
         "2018-08")
    d.ev("In August and again in September, the Ministry of Communication filed", "charge",
         "2018-09")
    d.ev("The ministry sought suspension of the station’s license.", "other", Y)
    d.ev("Although the ministry’s charges were dismissed, MoAfrika FM reported", "acquittal",
         Y)
    d.ev("The government issued a public service announcement", "other", Y)
    d.ev("In December 2017 the Lesotho Communications Authority resumed issuance", "other",
         "2017-12")
    d.ev("In December 2017 the Lesotho Communications Authority resumed issuance",
         "censorship_or_blocking", "2015")
    d.ev("no licenses had been issued by year’s end", "registration_decision", Y,
         polarity="negated")
    d.ev("engaged an independent consultant to review the country’s laws", "other", Y)
    d.ev("The report concluded that freedom of the press was not provided", "report_published",
         Y, source="Media Institute of Southern Africa")
    # t-conv16 settlement: N2 a negated act on access: no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y, polarity="negated")
    d.fig("29.8 percent of the population had access to the internet", 29.8,
          "share of the population with internet access in 2017", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    d.sec("2.b")
    d.prov("the law requires organizers to obtain permits seven days in advance",
           "requirement", 7, "days", "seven days in advance", "permits for public meetings")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    # undated cooperation: a general condition, no event (settled 2026-12-06)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", *ABC)
    d.ent("organization", "Alliance of Democrats")
    d.ent("organization", BNP)
    d.ent("organization", "Reformed Congress of Lesotho")
    d.ent("person", "Pakalitha Mosisili", "Mosisili")
    d.ent("person", THABANE, "Thabane")
    d.ent("organization", *LDF)
    d.ent("organization", "National Assembly")
    d.ent("organization", "Senate")
    d.ent("organization", "Independent Electoral Commission")
    d.ev("In March 2017 parliament passed a motion of no confidence", "other", "2017-03")
    d.ev("In June 2017 parliamentary elections were held", "election_or_referendum", "2017-06")
    d.fig("the opposition ABC party won 51 of 120 seats", 51, "seats won by the ABC")
    d.fig("the opposition ABC party won 51 of 120 seats", 120, "seats of the National Assembly")
    d.ev("In June 2017 former prime minister Pakalitha Mosisili peacefully handed", "other",
         "2017-06")
    # an observers' verdict is dated by the election it judges (settled 2026-12-06)
    d.ev("Domestic and international observers characterized the election as peaceful",
         "other", "2017-06")
    d.ev("Observers expressed concern, however, regarding LDF presence", "other", "2017-06")
    d.prov("The law provides for the allocation of one-third of the seats", "threshold", 1 / 3,
           "share", "one-third of the seats", "council seats for women")
    d.prov("Party lists for the 40 proportional representation seats", "threshold", 40, "seats",
           "40 proportional representation seats", "equal numbers of women and men")

    d.sec("4")
    d.ent("organization", "Lesotho Television")
    d.ent("organization", "Public Accounts Committee", "PAC")
    d.ent("organization", "Channel 24")
    d.ent("person", "Thesele Maseribane", "Maseribane")
    d.ent("person", "Arron Banks", "Banks", "Arron Bank")
    d.ent("organization", *DCEO)
    d.ent("organization", *DDPR)
    d.ent("organization", MOLE)
    d.ent("person", "Koto Mejaro", "Mejaro")
    d.ent("person", "Nthoateng Russell", "Russell")
    d.ev("During the year Lesotho Television broadcast Public Accounts Committee", "other", Y)
    d.ev("In July British Channel 24 stated that in 2014", "other", "2018-07",
         polarity="alleged", source="Channel 24")
    d.ev("In July British Channel 24 stated that in 2014", "other", "2014",
         polarity="alleged", source="Channel 24")
    d.fig("In July British Channel 24 stated that in 2014", 330000,
          "sum allegedly received for a mining license", unit="LSL", source="Channel 24")
    d.fig("In July British Channel 24 stated that in 2014", 25385,
          "sum allegedly received for a mining license", unit="USD", source="Channel 24")
    d.ev("Both Maseribane and Banks denied the allegations.", "other", Y)
    d.ev("investigated the allegation and on September 21, informed Maseribane",
         "investigation", "2018-09-21")
    d.ev("The DCEO announced that it would not press charges", "other", Y)
    # t-conv18 settlement (S6b): the dated report beside the act of its own date is report_published (was other, alleged)
    d.ev("In August media reported that a 2017 case", "report_published", "2018-08",
         source="media")
    d.ev("In August media reported that a 2017 case", "other", "2017", polarity="alleged",
         source="media")
    d.ev("Mejaro confessed to PAC that the group offered him", "other", Y)
    d.fig("Mejaro confessed to PAC that the group offered him", 2000, "bribe offered",
          unit="LSL")
    d.fig("Mejaro confessed to PAC that the group offered him", 154, "bribe offered",
          unit="USD")
    d.fig("Mejaro confessed to PAC that the group offered him", 1200, "bribe passed on",
          unit="LSL")
    d.fig("Mejaro confessed to PAC that the group offered him", 92, "bribe passed on",
          unit="USD")
    d.ev("In August 2017 leaders of the four-party coalition government signed", "other",
         "2017-08")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Lesotho")
    d.ent("person", "Pakalitha Mosisili", "Mosisili")
    d.ent("person", THABANE, "Thabane")
    d.ent("organization", *ABC)
    d.ent("organization", "Democratic Congress Party")
    d.ent("organization", *LDF)
    d.ent("organization", *SADC)
    d.ent("organization", *SAPMIL)
    d.ev("former prime minister Pakalitha Mosisili lost a vote of confidence", "other",
         "2017-03")
    d.ev("former prime minister Pakalitha Mosisili lost a vote of confidence",
         "election_or_referendum", "2017-06")
    d.ev("All major parties accepted the outcome, and Motsoahae Thomas Thabane", "other",
         "2017")
    d.ev("Mosisili transferred power peacefully to Thabane", "other", "2017")
    # an observers' verdict is dated by the election it judges (settled 2026-12-06)
    d.ev("Local and international observers assessed the election as peaceful", "other",
         "2017-06")
    d.ev("During the year civilian control over the army improved following", "other", Y)
    d.ev("In December 2017 the government requested additional Southern African", "other",
         "2017-12")
    d.ev("The SADC accepted the government’s request to extend", "other", Y)
    d.ev("Human rights issues included arbitrary deprivation of life; torture;", "killing", Y)
    d.ev("The government took steps to investigate and prosecute army members",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", *LMPS)
    d.ent("place", "Butha-Buthe", "Butha-Buthe District")
    d.ent("person", "Terene Pitae", "Pitae")
    d.ent("organization", *LDF)
    d.ent("person", "Maaparankoe Mahao")
    d.not_entity("Kao Mine")
    d.ev("There were several reports members of the Lesotho Mounted Police", "killing", Y,
         polarity="alleged")
    d.ev("on February 8, Butha-Buthe police killed Terene Pitae", "killing", "2018-02-08",
         place="Butha-Buthe")
    d.ev("According to the press, police shot and killed Pitae", "killing", "2018-02-08",
         source="the press")
    d.fig("According to the press, police shot and killed Pitae", 2, "villagers wounded",
          source="the press")
    d.ev("the case of eight LDF members charged with murder", "killing", "2015")
    d.ev("the case of eight LDF members charged with murder", "trial", Y, polarity="negated")
    d.fig("the case of eight LDF members charged with murder", 8,
          "army members charged with the murder")
    d.fig("All eight LDF members remained incarcerated.", 8, "army members incarcerated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("person", "Maseqobela Mohale")
    d.ent("place", "Matelile")
    d.ent("organization", *TRC)
    d.ent("organization", "Office of the Commissioner of Police")
    d.ent("organization", *LCS)
    d.ent("place", "Maseru")
    d.ent("place", "Leribe")
    d.ent("place", "Quthing")
    d.ent("place", "Berea")
    d.ent("person", "Mahali Phamotse")
    d.ent("place", "Qacha’s Nek")
    d.ent("organization", "Lesotho Times")
    d.ent("person", "Limpho Lebitsa")
    d.ent("place", "Mokhotlong")
    d.ent("organization", OMBUDSMAN)
    d.ent("organization", "Magistrate Court")
    d.ent("organization", "Lesotho Red Cross Society")
    d.ent("organization", "International Committee of the Red Cross")
    d.not_entity("Qacha’s Nek Correctional Institution", "Maseru Central Correctional Institution",
                 "Mafeteng Correctional Institution", "Berea Correctional Institution")
    d.ev("there were several credible reports police tortured suspects", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("media reported that Maseqobela Mohale suffered a miscarriage", "torture_or_abuse",
         "2018-03-31", source="media", place="Matelile")
    d.ev("Police also reportedly forced gang members to roll on the ground",
         "torture_or_abuse", "2018-03-31", polarity="alleged")
    d.ev("The LMPS acknowledged receiving seven reports of police torture.",
         "torture_or_abuse", Y, polarity="alleged", source=LMPS[0])
    d.fig("The LMPS acknowledged receiving seven reports of police torture.", 7,
          "reports of police torture received", source=LMPS[0])
    d.ev("it took disciplinary measures against one police officer", "other", Y,
         source=LMPS[0])
    d.fig("it took disciplinary measures against one police officer", 1,
          "police officers disciplined", source=LMPS[0])
    d.fig("it took disciplinary measures against one police officer", 2,
          "police officers investigated", source=LMPS[0])
    d.ev("On June 26 and June 27, the TRC conducted a human rights workshop", "other",
         "2018-06-26", date_end="2018-06-27")
    d.ev("sent representatives to police stations to emphasize", "other", Y)
    d.ev("Prisoners reported 11 cases of physical abuse by correctional officers",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("Prisoners reported 11 cases of physical abuse by correctional officers", 11,
          "cases of physical abuse by correctional officers reported")
    d.ev("LCS authorities registered 24 cases of prisoner-on-prisoner violence",
         "torture_or_abuse", Y)
    d.fig("LCS authorities registered 24 cases of prisoner-on-prisoner violence", 24,
          "cases of prisoner-on-prisoner violence registered")
    d.fig("LCS authorities registered 24 cases of prisoner-on-prisoner violence", 22,
          "cases with disciplinary action")
    d.fig("LCS authorities registered 24 cases of prisoner-on-prisoner violence", 2,
          "cases referred to police")
    d.ev("The LCS reported five inmate-on-inmate rape cases.", "torture_or_abuse", Y,
         source=LCS[0])
    d.fig("The LCS reported five inmate-on-inmate rape cases.", 5,
          "inmate-on-inmate rape cases", source=LCS[0])
    d.ev("two inmates allegedly raped another inmate", "torture_or_abuse", "2018-07",
         polarity="alleged", place="Qacha’s Nek")
    d.fig("two inmates allegedly raped another inmate", 2, "inmates who allegedly raped")
    d.ev("In January the Lesotho Times newspaper reported that Superintendent", "other",
         "2018-01", source="Lesotho Times")
    d.ev("The LCS investigated 11 cases of physical abuse by correctional officers",
         "investigation", Y)
    d.fig("The LCS investigated 11 cases of physical abuse by correctional officers", 11,
          "cases of physical abuse investigated")
    d.fig("The LCS investigated 11 cases of physical abuse by correctional officers", 24,
          "cases of prisoner-on-prisoner violence investigated")
    d.fig("The LCS investigated 11 cases of physical abuse by correctional officers", 16,
          "allegations of verbal abuse investigated")
    d.ev("Authorities formally took disciplinary action in cases of physical abuse", "other",
         Y)
    d.fig("Authorities formally took disciplinary action in cases of physical abuse", 1,
          "cases of verbal abuse with disciplinary action")
    d.ev("Prison instituted disciplinary action in 22 cases", "other", Y)
    d.fig("Prison instituted disciplinary action in 22 cases", 22,
          "cases of prisoner violence with disciplinary action")
    d.ev("stated it received one complaint from a prisoner", "other", Y, polarity="alleged",
         source=OMBUDSMAN)
    d.fig("stated it received one complaint from a prisoner", 1,
          "prisoner complaints received by the ombudsman", source=OMBUDSMAN)
    d.ev("The LCS referred no complaints to the Magistrate Court during the year.", "other",
         Y, polarity="negated")
    d.ev("Representatives of the Lesotho Red Cross Society and the TRC", "other", Y)
    d.ev("The LCS reported the renovation of cellblocks", "other", Y, source=LCS[0])

    d.sec("1.d")
    d.ent("organization", *NSS)
    d.ent("organization", *SAPMIL)
    d.ent("person", "Pitso Ramoepane")
    d.ent("person", "Boiketsiso Fonane")
    d.ent("person", "Litekanyo Nyakane")
    d.ent("person", "Motsomotso")
    d.ent("organization", "African Commission on Human and Peoples’ Rights")
    d.ent("organization", "Police Complaints Authority", "PCA")
    d.ent("organization", "Prosecutor’s Office")
    d.ent("organization", "Legal Aid Division")
    d.ent("organization", "Ministry of Justice and Correctional Service")
    d.ev("Following a January change in command of the LDF", "other", "2018-01")
    d.ev("more than 30 soldiers implicated in crimes were arrested", "detention_or_arrest", Y)
    d.fig("more than 30 soldiers implicated in crimes were arrested", 30,
          "soldiers arrested, charged and incarcerated", "more than")
    d.ev("In May the LDF court martialed Major Pitso Ramoepane", "trial", "2018-05")
    d.ev("In May the LDF court martialed Major Pitso Ramoepane", "killing", "2017-09")
    d.ev("In June the TRC reported an increase in human rights abuses", "torture_or_abuse",
         "2018-06", polarity="alleged", source=TRC[0])
    d.ev("In June the TRC reported an increase in human rights abuses", "other", "2018-10",
         source="African Commission on Human and Peoples’ Rights")
    d.ev("the prime minister urged the minister of police and public safety", "other",
         "2018-10-20")
    d.ev("The PCA did not publish its findings or recommendations.", "report_published", Y,
         polarity="negated")
    d.prov("present suspects in court within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "presentation in court")
    d.prov("detained them for more than the prescribed 48 hours", "time_limit", 48, "hours",
           "the prescribed 48 hours", "detention before charge")
    d.prov("may not hold a suspect in custody for more than 90 days", "time_limit", 90, "days",
           "more than 90 days", "custody before trial")
    d.fig("The division had only 15 lawyers and two vehicles", 15, "legal aid lawyers")
    d.fig("The division had only 15 lawyers and two vehicles", 2, "legal aid vehicles")
    d.ev("There were no reports of suspects detained incommunicado", "detention_or_arrest", Y,
         polarity="negated")
    d.fig("Pretrial detainees constituted 23 percent of the prison population.", 23,
          "share of pretrial detainees in the prison population", unit="percent")
    d.fig("The average length of pretrial detention was 60 days", 60,
          "average length of pretrial detention", unit="days")

    d.sec("1.e")
    d.ent("organization", "High Court")
    d.ent("organization", "United Nations")
    d.ent("person", "Kelebone Maope", "Maope")
    d.ent("organization", "Magistrate Court")
    d.ev("on August 6, the High Court found the principal secretary",
         "conviction_or_sentence", "2018-08-06")
    d.ev("on August 6, the High Court found the principal secretary", "other", "2018-03-23")
    d.ev("Consequently, the court ordered the government to pay Maope", "other", "2018-08-06")
    d.ev("There were no reported instances in which the outcomes of trials", "trial", Y,
         polarity="negated")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def lesotho() -> LesothoDoc:
    return assemble(LesothoDoc, "2018_lesotho", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_lesotho": lesotho}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
