"""Build the hand-made DEV gold file for Jamaica 2020 (a page of the public collection).

``2020_jamaica.jsonl`` annotates ``html/2020/jamaica.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2020/jamaica.html`` by ``scripts/collection.sh``: the 2020
edition, classic seven-section layout (Section 5 "Governmental Attitude Regarding …"). Split
``dev`` (the team may tune on it), annotated with the method of
``build_whole_gold_lebanon2023.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever
run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_jamaica2020.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_jamaica2020.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2020_jamaica.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2020/jamaica.html"
Y = "2020"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

JCF = "Jamaica Constabulary Force"
JDF = "Jamaica Defense Force"
MNS = "Ministry of National Security"
MLSS = "Ministry of Labor and Social Security"
OPD = "Office of the Public Defender"
ODPP = "Office of the Director of Public Prosecutions"
SIMU = "Jamaica Constabulary Force Statistics and Information Management Unit"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", OPD)
    d.ent("organization", "Parliament")

    d.sec("6")
    d.ent("organization", "Jamaica Constabulary Force Statistics and Information Management Unit")
    d.ent("organization", "Statistical Institute of Jamaica")
    d.ent("organization", "Victim Support Unit", "VSU")
    d.ent("organization", "Child Protection and Family Services Agency", "CPFSA")
    d.ent("organization", "Ministry of Health and Wellness")
    d.ent("organization", "Jamaicans for Justice")
    d.ent("place", "Kingston")
    d.ent("place", "Portmore")
    d.ent("organization", "Department of State")
    d.ent("person", "Kojo Dawes")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "National Environment and Planning Agency")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ent("organization", "J-FLAG", "Jamaica Forum for Lesbians, All-Sexuals, and Gays")
    d.ent("organization", "Emergency Plan for AIDS Relief")
    d.ent("organization", "Global Fund")
    d.not_entity("Trafficking in Persons Report", "International Religious Freedom Report",
                 "Annual Report on International Parental Child Abduction",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Findings on the Worst Forms of Child Labor")
    d.prov("it is illegal and carries a penalty of 15 years", "penalty", 15, "years",
           "15 years’ to life imprisonment", "rape of a woman")
    d.prov("may be punished by only a maximum of 10 years in prison", "penalty", 10, "years",
           "a maximum of 10 years in prison", "anal penetration of a woman or man")
    d.fig("there were 411 rape cases reported through November", 411,
          "rape cases reported through November", source=SIMU)
    d.fig("there were 411 rape cases reported through November", 14,
          "reduction of reported rape cases from the same period in 2019", "approximately",
          unit="percent", source=SIMU)
    d.fig("with 11 of every 100,000 women killed annually", 11, "female homicide rate",
          unit="per 100,000 women")
    d.fig("one in five women ages 15 to 24 experienced partner violence", 1,
          "women ages 15 to 24 who experienced partner violence (one in five)",
          source="Statistical Institute of Jamaica")
    d.fig("one in five women ages 15 to 24 experienced partner violence", 5,
          "women ages 15 to 24 (one in five experienced partner violence)",
          source="Statistical Institute of Jamaica")
    d.fig("The VSU managed 13 independent parish offices", 13, "parish offices of the VSU")
    d.ev("included gender-based violence sensitization training for all COVID-19", "other", Y)
    d.fig("One in four women reported being sexually harassed", 1,
          "women sexually harassed during their lifetime (one in four)")
    d.fig("One in four women reported being sexually harassed", 4,
          "women (one in four sexually harassed during their lifetime)")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("Every person born in the country after independence in 1962", "other", "1962")
    d.prov("a prison sentence with hard labor for a period not to exceed three months",
           "penalty", 3, "months", "not to exceed three months", "child abuse")
    d.fig("The CPFSA stated that more than 14,000 incidents of abuse", 14000,
          "incidents of child abuse reported in 2019", "more than", source="CPFSA")
    d.prov("with a potential penalty of a large fine, six months", "penalty", 6, "months",
           "six months’ imprisonment", "failure to report child abuse")
    d.fig("showed that 80 percent of children experienced psychological", 80,
          "children who experienced violence as discipline", unit="percent",
          source="Jamaicans for Justice")
    d.prov("The legal minimum age for marriage is 18", "threshold", 18, "age", "18",
           "minimum age for marriage")
    d.prov("The legal minimum age for marriage is 18", "threshold", 16, "age", "at 16",
           "marriage with parental consent")
    d.prov("The crime carries a maximum penalty of 20 years", "penalty", 20, "years",
           "maximum penalty of 20 years’", "child sexual exploitation")
    d.prov("prescribes a penalty of up to 30 years", "penalty", 30, "years",
           "up to 30 years’ imprisonment", "child sex trafficking")
    d.prov("The law criminalizes sexual relations between an adult and a child", "threshold",
           16, "age", "younger than 16", "sexual relations with a child")
    d.prov("The law criminalizes sexual relations between an adult and a child", "penalty",
           15, "years", "from 15 years’ to life",
           "sexual relations with a child")
    d.prov("A person who commits anal rape of a child is punished by 10 years", "penalty", 10,
           "years", "10 years in prison", "anal rape of a child")
    d.fig("The risk of sexual assault reportedly was three times higher", 3,
          "risk of sexual assault for children against adults", unit="times")
    d.ev("in August two men were arrested and charged with rape", "detention_or_arrest",
         "2020-08")
    d.fig("in August two men were arrested and charged with rape", 2,
          "men arrested and charged with rape in August")
    d.fig("Approximately 500 persons in the country practiced Judaism.", 500,
          "persons practicing Judaism", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("In September, Kojo Dawes won a Supreme Court case", "other", "2020-09")
    d.ev("In September, Kojo Dawes won a Supreme Court case", "dismissal", "2019")
    d.fig("NGOs indicated there were at least 10 similar cases", 10,
          "similar cases over the past five years", "at least", source="NGOs")
    d.prov("with penalties of up to 10 years in prison with hard labor", "penalty", 10,
           "years", "up to 10 years in prison",
           "consensual same-sex conduct of men")
    d.prov("Attempted same-sex sexual conduct between men is criminalized", "penalty", 7,
           "years", "up to seven years in prison", "attempted same-sex sexual conduct")
    d.prov("is punishable by two years in prison under gross indecency laws", "penalty", 2,
           "years", "two years in prison", "gross indecency")
    d.prov("is punishable by 15 years to life in prison", "penalty", 15, "years",
           "15 years to life in prison", "rape of a woman")
    d.prov("would be punishable by only up to 10 years in prison", "penalty", 10, "years",
           "up to 10 years in prison", "penile anal penetration")
    d.fig("with approximately 45 percent of adolescent mothers with HIV", 45,
          "adolescent mothers with HIV sexually abused as children", "approximately",
          unit="percent", source="NGOs")

    d.sec("7.a")
    d.ent("organization", "Industrial Disputes Tribunal", "IDT")
    d.ent("organization", MLSS)
    d.ent("organization", "International Labor Organization", "ILO")
    d.fig("The government defines the following 10 categories", 10,
          "categories of essential services")
    d.prov("If two or more unions each represent less than 30 percent", "threshold", 2,
           "unions", "two or more unions", "joint bargaining rights")
    d.prov("If two or more unions each represent less than 30 percent", "threshold", 30,
           "percent", "less than 30 percent of workers", "joint bargaining rights")
    d.prov("While cases should by law be resolved within 21 days", "time_limit", 21, "days",
           "within 21 days", "resolution of cases by the IDT")

    d.sec("7.b")
    d.ev("The task force also facilitated sensitization training programs", "other", Y)
    d.ev("between April 2019 and March, two persons were charged", "charge", "2019-04",
         date_end="2020-03")
    d.fig("between April 2019 and March, two persons were charged", 2,
          "persons charged with labor trafficking")

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.prov("prohibits night work between 10 p.m. and 5 a.m.", "prohibition", None, None,
           "between 10 p.m. and 5 a.m.", "night work of children")
    d.prov("The minimum age for general employment is 15", "threshold", 15, "age", "15",
           "minimum age for general employment")
    d.prov("The minimum age for general employment is 15", "threshold", 13, "age",
           "younger than 13", "prohibition of employing children")
    d.prov("The law permits children between ages 13 and 15", "threshold", 13, "age",
           "between ages 13 and 15", "light work", value_end=15)
    d.fig("Government surveys estimated that more than 53,000 children", 53000,
          "children ages five to 17 engaged in child labor", "more than",
          source="Government surveys")

    d.sec("7.e")
    d.ent("organization", "Occupational Safety and Health Department")
    d.ent("organization", "Ministry of Finance and Public Service")
    d.ent("organization", MNS)
    d.ent("organization", "Inter-American Development Bank")
    d.fig("some minimum-wage earners held two or more jobs", 2,
          "jobs held by some minimum-wage earners", "at least")
    d.prov("The law provides for a standard 40-hour workweek", "prohibition", 40, "hours",
           "a standard 40-hour workweek", "working hours")
    d.prov("The law provides for a standard 40-hour workweek", "right", 1, "days",
           "at least one day of rest per week", "weekly rest")
    d.prov("Employers are required to compensate work in excess of 40 hours", "requirement",
           40, "hours", "in excess of 40 hours per week", "overtime pay")
    d.prov("the law that restricts workdays to 12 hours or less", "prohibition", 12, "hours",
           "12 hours or less", "daily working hours")
    d.ev("It conducted inspections, investigated accidents, warned violators", "investigation",
         Y)
    d.ev("In 2017 the Inter-American Development Bank estimated", "report_published", "2017",
         source="Inter-American Development Bank")
    d.fig("In 2017 the Inter-American Development Bank estimated", 40,
          "share of GDP generated by the informal economy", "more than", unit="percent",
          source="Inter-American Development Bank")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Broadcasting Commission of Jamaica")
    # t-conv16 settlement: the negated act on access is no event; the "no credible reports that" clause keeps its own
    # negated event: negated surveillance (was censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.ev("The Broadcasting Commission of Jamaica barred certain lyrics",
         "censorship_or_blocking", Y)

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.f")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Jamaica Labour Party")
    d.ent("organization", "House of Representatives")
    d.ev("Jamaica Labour Party won 48 of the 63 seats", "election_or_referendum",
         "2020-09-03")
    d.fig("Jamaica Labour Party won 48 of the 63 seats", 48,
          "seats won by the Jamaica Labour Party")
    d.fig("Jamaica Labour Party won 48 of the 63 seats", 63,
          "seats in the House of Representatives")
    d.ev("Observers judged the elections to be transparent", "other", "2020-09-03",
         source="Observers")
    d.ev("18 women (29 percent of total seats) were elected", "election_or_referendum",
         "2020-09-03")
    d.ev("18 women (29 percent of total seats) were elected", "election_or_referendum",
         "2016")
    d.fig("18 women (29 percent of total seats) were elected", 18,
          "women elected to the House of Representatives")
    d.fig("18 women (29 percent of total seats) were elected", 29,
          "share of seats won by women", unit="percent")
    d.fig("18 women (29 percent of total seats) were elected", 30,
          "women candidates for the House of Representatives")

    d.sec("4")
    d.ent("organization", "Manchester Parish Court")
    d.ent("organization", "Manchester Parish Council")
    d.ent("organization", "Parliament")
    d.ev("There were numerous reports of government corruption during the year", "other", Y,
         polarity="alleged")
    d.ev("In May, Manchester Parish Court convicted five former", "conviction_or_sentence",
         "2020-05")
    d.fig("In May, Manchester Parish Court convicted five former", 5,
          "former local government officials convicted of corruption")
    d.ev("The charges stemmed from 2016 allegations", "other", "2016", polarity="alleged")
    d.prov("civil servants earning 3.5 million Jamaican dollars", "threshold", 3500000, "JMD",
           "3.5 million Jamaican dollars", "financial disclosure")
    d.prov("civil servants earning 3.5 million Jamaican dollars", "threshold", 25000, "USD",
           "$25,000", "financial disclosure")
    d.ev("There were no reports of noncompliance or that the government sanctioned", "other",
         Y, polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Jamaica")
    d.ent("organization", "Department of State")
    d.ent("organization", "Jamaica Labour Party")
    d.ent("person", "Andrew Michael Holness")
    d.ent("organization", "House of Representatives")
    d.ent("organization", MNS)
    d.ent("organization", JDF)
    d.ent("organization", "Jamaican Defense Board")
    d.ent("organization", JCF, "JCF")
    d.ent("organization", "Parliament")
    d.ent("organization", "Passport, Immigration, and Citizenship Agency")
    d.ev("In national elections on September 3, the Jamaica Labour Party, led by",
         "election_or_referendum", "2020-09-03")
    d.fig("In national elections on September 3, the Jamaica Labour Party, led by", 48,
          "seats won by the Jamaica Labour Party")
    d.fig("In national elections on September 3, the Jamaica Labour Party, led by", 63,
          "seats in the House of Representatives")
    d.ev("International and local election observers deemed the elections", "other",
         "2020-09-03", source="election observers")
    d.ev("Members of the security forces committed some abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included: numerous reports of unlawful", "killing",
         Y, polarity="alleged")
    d.ev("The government took some steps to investigate and prosecute officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", JCF, "JCF")
    d.ent("organization", JDF)
    d.ent("person", "Garrett Davis", "Davis")
    d.ent("person", "Christobel Smith", "Smith")
    d.ent("organization", "JCF Mobile Reserve")
    d.ent("person", "Omar Marshall")
    d.ent("place", "Clarendon")
    d.ev("There were numerous reports during the year that government security forces",
         "killing", Y, polarity="alleged")
    d.ev("with 83 reports as of September 29, compared with 67", "killing", Y)
    d.ev("with 83 reports as of September 29, compared with 67", "killing", "2019")
    d.fig("with 83 reports as of September 29, compared with 67", 83,
          "reported fatalities involving security forces as of September 29")
    d.fig("with 83 reports as of September 29, compared with 67", 67,
          "reported fatalities involving security forces by September 29, 2019")
    d.ev("although first brought before the court in 2014", "trial", "2014")
    d.ev("although first brought before the court in 2014", "conviction_or_sentence", "2019")
    d.ev("although first brought before the court in 2014", "conviction_or_sentence",
         "2020-01")
    d.ev("Constable Davis was sentenced to life in prison", "conviction_or_sentence",
         "2020-01")
    d.pen("life", None, None, "life in prison")
    d.ev("Constable Davis was sentenced to life in prison", "killing", "2009")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Independent Commission of Investigations", "INDECOM")
    d.ent("person", "Noel Chambers", "Chambers")
    d.ent("place", "Kingston")
    d.ent("person", "Gavin Wynter")
    d.ent("organization", ODPP)
    d.ent("person", "Kamoza Clarke")
    d.ent("organization", "Privy Council")
    d.ent("organization", "UNAIDS")
    d.ent("organization", "Police Civilian Oversight Authority", "PCOA")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", MNS)
    d.not_entity("Tower Street Adult Correctional Center", "Tower Street",
                 "St. Catherine Adult Correctional Center")
    d.ev("There were allegations of cruel, inhuman, and degrading treatment",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("investigated reports of alleged abuse committed by police and prison officials",
         "investigation", Y)
    d.ev("who died on January 27 at Tower Street", "death_in_custody", "2020-01-27")
    d.ev("Chambers, originally incarcerated in 1980", "detention_or_arrest", "1980")
    d.ev("In July, Correctional Officer Gavin Wynter was arrested", "detention_or_arrest",
         "2020-07", place="Kingston")
    d.ev("As of October the case had not been tried.", "trial", Y, polarity="negated")
    d.ev("INDECOM investigated actions by members of the security forces", "investigation", Y)
    d.ev("did not go to trial due to continued delays", "trial", Y, polarity="negated")
    d.ev("These problems were exacerbated by a Privy Council ruling in May", "other",
         "2020-05")
    d.fig("Fewer than 10 percent of the investigations of abuse", 10,
          "investigations of abuse resulting in recommendations for discipline or charges",
          "fewer than", unit="percent")
    d.fig("Fewer than 10 percent of the investigations of abuse", 2,
          "investigations of abuse leading to a conviction", "fewer than", unit="percent")
    d.fig("held 200 percent of the intended capacity", 200,
          "occupancy of maximum-security cells at Tower Street against capacity",
          unit="percent")
    d.ev("There were reports of prisoner-on-prisoner violence, including the June",
         "attack_or_threat", "2020-06", polarity="alleged")
    d.fig("The HIV prevalence rate among incarcerated populations", 6.9,
          "HIV prevalence among incarcerated populations", "more than", unit="percent")
    d.fig("The HIV prevalence rate among incarcerated populations", 3,
          "HIV prevalence among prisoners against the general population", "up to",
          unit="times")
    d.fig("Four part-time psychiatrists cared for at least 313", 4, "part-time psychiatrists")
    d.fig("Four part-time psychiatrists cared for at least 313", 313,
          "inmates diagnosed with mental disabilities", "at least")
    d.fig("Four part-time psychiatrists cared for at least 313", 11,
          "facilities holding inmates with mental disabilities")
    d.ev("Independent authorities investigated allegations of abuse and inhuman",
         "investigation", Y)

    d.sec("1.d")
    d.ent("place", "St. James")
    d.ent("place", "St. Catherine")
    d.ent("person", "Gavin Noble")
    d.ent("organization", "Supreme Court")
    # t-gold20b (decision 3 withdrawn; 2026-12-06 Entities): a town naming a facility is no place mention (its only mention)
    d.not_entity("Negril police station")
    d.prov("The prime minister may declare an SOE for 14 days or less", "time_limit", 14,
           "days", "14 days or less", "state of emergency declared by the prime minister")
    d.ev("During the year the prime minister declared or extended eight such zones",
         "law_or_decree", Y)
    d.fig("During the year the prime minister declared or extended eight such zones", 8,
          "zones of special operations declared or extended")
    d.fig("Combined, these areas included more than 50 percent", 50,
          "share of the population in SOE and ZOSO areas", "more than", unit="percent")
    d.ev("Arbitrary and lengthy detentions took place in ZOSOs and SOEs.",
         "detention_or_arrest", Y)
    d.prov("The decision to charge or release must be made within 48 hours", "time_limit", 48,
           "hours", "within 48 hours", "decision to charge or release")
    d.ev("There were reports of arrests and prolonged periods of detention",
         "detention_or_arrest", Y, polarity="alleged")
    d.fig("NGOs estimated that 90 percent of all arrests", 90,
          "arrests made without a warrant", unit="percent", source="NGOs")
    d.ev("The government declared an SOE in these areas", "law_or_decree", Y)
    d.ev("The government deployed the military there", "other", Y)
    d.ev("Under these orders security forces carried out a wide-ranging campaign",
         "detention_or_arrest", Y)
    d.prov("Lockups are intended for short-term detentions of 48 hours or less", "time_limit",
           48, "hours", "48 hours or less", "detention in lockups")
    d.ev("NGOs estimated hundreds of detainees endured such treatment", "detention_or_arrest",
         "2018", date_end=Y, source="NGOs")
    d.dur(458, "days", "for 458 days")
    d.ev("NGOs estimated hundreds of detainees endured such treatment", "other", "2020-09")

    d.sec("1.e")
    d.ent("organization", ODPP)
    d.fig("failed to convict in approximately 7 percent fewer murder cases", 7,
          "decrease of murder convictions from the previous year", "approximately",
          unit="percent", source="Supreme Court")
    d.fig("failed to convict in approximately 7 percent fewer murder cases", 22,
          "conviction rate in the court's first quarter", unit="percent",
          source="Supreme Court")
    d.ev("There were no reports of political prisoners or detainees.",
         "detention_or_arrest", Y, polarity="negated")

    d.sec("1.f")
    d.ent("organization", OPD)
    d.ev("government security forces took biometrics from temporarily detained",
         "surveillance", Y)
    d.ev("Security forces apprehended wide swaths of the population", "detention_or_arrest", Y)


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def jamaica() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2020_jamaica", FILE, 2020, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2020_jamaica": jamaica}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
