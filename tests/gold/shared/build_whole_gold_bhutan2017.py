"""Build the hand-made DEV gold file for Bhutan 2017 (a page of the public collection).

``2017_bhutan.jsonl`` annotates ``html/2017/bhutan.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2017/bhutan.html`` by ``scripts/collection.sh``: the 2017
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_bhutan2017.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_bhutan2017.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2017_bhutan.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2017/bhutan.html"
Y = "2017"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

MOLHR = "Ministry of Labor and Human Resources"
NAHRC = "National Assembly Human Rights Committee"
ICRC = "International Committee for the Red Cross"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", ICRC, "ICRC")
    d.ent("place", "Bhutan")
    d.ent("place", "Nepal")
    d.ent("organization", "Bhutan Red Cross Society")
    d.ent("organization", "UN")
    d.ent("organization", "UN Development Program")
    d.ent("organization", "UNICEF")
    d.ent("organization", NAHRC, "NAHRC")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Civil Society Organization Authority", "CSO Authority",
          "Civil Society Organization (CSO) Authority")
    d.ev("The government did not renew its agreement with the ICRC", "other", "2013",
         polarity="negated")
    d.ev("In May the ICRC helped launch the Bhutan Red Cross Society.", "other", "2017-05")
    # t-conv15 settlement (2026-12-13): a later occurrence after the launch (reference point): the year
    d.ev("Several humanitarian training activities took place following the launch.", "other",
         Y)
    d.fig("Fifty CSOs were registered of which 38", 50, "CSOs registered")
    d.fig("Fifty CSOs were registered of which 38", 38, "CSOs categorized as public benefit")
    d.fig("Fifty CSOs were registered of which 38", 12, "CSOs categorized as mutual benefit")

    d.sec("6")
    d.ent("organization", "Department of State")
    d.ent("organization", "Department of Labor")
    d.ent("place", "India")
    d.ent("organization", MOLHR)
    d.not_entity("Domestic Violence Act", "Labor Employment Act", "BMIS",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "Annual Report 2015-2016",
                 "Findings on the Worst Forms of Child Labor")
    d.prov("In cases of rape involving minors, sentences range from five", "penalty", 5,
           "years", "from five to 15 years in prison", "rape involving minors", value_end=15)
    d.prov("In extreme cases a person convicted of rape may be imprisoned", "penalty", None,
           None, "imprisoned for life", "rape")
    d.prov("Penalties for perpetrators of domestic violence range from a prison", "penalty", 1,
           "months", "one month to three years", "domestic violence")
    d.prov("Offenders also are fined the daily national minimum wage for 90", "penalty", 90,
           "days", "minimum wage for 90 days", "domestic violence")
    d.fig("Three police stations housed women and child protection units", 3,
          "police stations with women and child protection units")
    d.fig("Three police stations housed women and child protection units", 8,
          "police stations with desks for women and children")
    d.ev("The government passed rules and regulations clarifying the Domestic Violence",
         "law_or_decree", Y)
    d.ev("There were no reports of coerced abortion, involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("Parents must register a birth before a child turns one year", "time_limit", 1,
           "years", "before a child turns one year old", "birth registration")
    d.prov("The government provides 11 years of universal free education", "right", 11,
           "years", "11 years of universal free education", "free education")
    d.prov("provides for a minimum penalty of one year’s imprisonment", "penalty", 1, "years",
           "one year’s imprisonment", "child abuse")
    d.ev("there were no reported incidents in monasteries", "torture_or_abuse", Y,
         polarity="negated")
    d.prov("The statutory minimum age of marriage for both men and women", "threshold", 18,
           "age", "18", "minimum age of marriage")
    d.ev("Statistics from the 2010 BMIS (the latest available) indicated", "report_published",
         "2010")
    d.fig("Statistics from the 2010 BMIS (the latest available) indicated", 31,
          "share of marriages before age 18", unit="percent")
    d.fig("Statistics from the 2010 BMIS (the latest available) indicated", 7,
          "share of marriages before age 15", unit="percent")
    d.prov("The legal age of consent is 16 for both boys and girls.", "threshold", 16, "age",
           "16", "age of consent")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.prov("The penal code imposes penalties of up to one year in prison", "penalty", 1,
           "years", "up to one year in prison", "prohibited sexual conduct")

    d.sec("7.a")
    d.prov("Workers can form a union with the participation of at least 12", "threshold", 12,
           "employees", "at least 12 employees", "forming a union")
    d.ev("No unions formed during the year.", "other", Y, polarity="negated")
    d.ev("encouraged employee organization by conducting awareness-raising activities", "other",
         Y)
    d.ev("noted the areas of improvement on working conditions included", "report_published",
         "2015", date_end="2016", precision="year", source=MOLHR)
    d.ev("noted that 24 labor inspectors conducted 2,434 inspections", "report_published",
         "2015", date_end="2016", precision="year", source=MOLHR)
    d.fig("noted that 24 labor inspectors conducted 2,434 inspections", 24, "labor inspectors",
          source=MOLHR)
    d.fig("noted that 24 labor inspectors conducted 2,434 inspections", 2434,
          "labor inspections conducted", source=MOLHR)
    d.fig("noted that 24 labor inspectors conducted 2,434 inspections", 418,
          "improvement and prohibition notices issued", source=MOLHR)
    d.fig("noted that 24 labor inspectors conducted 2,434 inspections", 40,
          "penalties imposed by labor inspectors", source=MOLHR)
    d.fig("The ministry received 190 complaints, of which it resolved 185", 190,
          "labor complaints received")
    d.fig("The ministry received 190 complaints, of which it resolved 185", 185,
          "labor complaints resolved")
    d.fig("The ministry received 190 complaints, of which it resolved 185", 5,
          "labor complaints pending at year's end")

    d.sec("7.b")
    d.prov("are felonies subject to three to five years’ imprisonment", "penalty", 3, "years",
           "three to five years’ imprisonment", "labor law violations", value_end=5)
    d.fig("noted approximately 54,000 migrants worked in the country", 54000,
          "migrants working in the country", "approximately", source=MOLHR)
    d.ev("The NAHRC conducted an investigation into drayungs", "investigation", Y)

    d.sec("7.c")
    d.prov("The minimum age for employment is 13, and the minimum age", "threshold", 13, "age",
           "13", "minimum age for employment")
    d.prov("The minimum age for employment is 13, and the minimum age", "threshold", 18, "age",
           "18", "minimum age for hazardous work")
    d.prov("Children under the age of 18 are prohibited from working", "threshold", 18, "age",
           "under the age of 18", "work in dangerous occupations")
    d.prov("Penalties included up to nine years of nonbailable imprisonment", "penalty", 9,
           "years", "up to nine years", "child labor")
    d.fig("In 2011 an estimated 19.6 percent of children", 19.6,
          "share of children aged 5 to 14 in child labor", "approximately", unit="percent")
    d.fig("The BMIS established that 18.4 percent of the labor force", 18.4,
          "share of the labor force under 18 in 2010", unit="percent")

    d.sec("7.e")
    d.prov("The law defined the workday as eight hours per day", "requirement", 8, "hours",
           "eight hours per day", "workday")
    d.prov("The law defined the workday as eight hours per day", "right", 1, "hours",
           "a one-hour lunch break", "lunch break")
    d.prov("Work in excess of the legal workday must be paid at 1.5 times", "right", 1.5,
           "times", "1.5 times the normal rate", "overtime pay")
    d.not_entity("Mangdechu hydropower project")
    d.ev("In August five workers were buried in a landslide", "other", "2017-08")
    d.fig("In August five workers were buried in a landslide", 5,
          "workers buried in a landslide")
    d.ev("noted a total of 60 accidents took place during the period", "report_published",
         "2015", date_end="2016", precision="year", source=MOLHR)
    d.fig("noted a total of 60 accidents took place during the period", 60,
          "workplace accidents", source=MOLHR)
    d.fig("noted a total of 60 accidents took place during the period", 24,
          "fatal workplace accidents", source=MOLHR)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Ministry of Information and Communications")
    d.not_entity("Freedom in the World 2016", "Annual Statistics 2017")
    d.ev("Freedom House reported that a 2015 survey of 119 current", "report_published", "2016",
         source="Freedom House")
    d.ev("Freedom House reported that a 2015 survey of 119 current", "report_published", "2015",
         source="Freedom House")
    d.fig("Freedom House reported that a 2015 survey of 119 current", 119,
          "journalists surveyed", source="Freedom House")
    d.ev("Government officials stated the government did not block access",
         "censorship_or_blocking", Y, polarity="negated", source="government officials")
    d.ev("The Annual Statistics 2017 of the Ministry of Information", "report_published", Y,
         source="Ministry of Information and Communications")
    d.fig("The Annual Statistics 2017 of the Ministry of Information", 72,
          "internet users as a share of the population", unit="percent",
          source="Ministry of Information and Communications")

    d.sec("2.b")
    d.not_entity("National Security Act", "International Religious Freedom Report")
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.ev("Freedom House stated the government did not permit the operation",
         "report_published", "2016", source="Freedom House")

    d.sec("2.d")
    d.ent("place", "China")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Central Tibetan Administration", "CTA")
    d.ent("organization", "Department of Immigration")
    d.ent("organization", "UN Committee on the Rights of the Child", "UNCRC")
    d.ent("organization", "National Commission for Women and Children")
    d.not_entity("Tashichhodzong", "Citizenship Act of 1985")
    d.ev("there were no reported cases of forced exile during the year", "other", Y,
         polarity="negated")
    d.ev("the government reportedly forced between 80,000 and 100,000", "other", "1990",
         polarity="alleged")
    d.fig("the government reportedly forced between 80,000 and 100,000", 80000,
          "Nepali-speaking residents forced to leave", value_end=100000)
    d.ev("Freedom House stated that 18,000 Nepali-speaking refugees remained",
         "report_published", "2016", source="Freedom House")
    d.fig("Freedom House stated that 18,000 Nepali-speaking refugees remained", 18000,
          "Nepali-speaking refugees remaining in Nepal", source="Freedom House")
    d.fig("approximately 8,000 Nepali-speaking refugees remained in two refugee camps", 8000,
          "Nepali-speaking refugees in camps in Nepal", "approximately")
    d.fig("approximately 8,000 Nepali-speaking refugees remained in two refugee camps", 2,
          "refugee camps in Nepal")
    d.prov("can apply for citizenship up to their first birthday", "time_limit", 1, "years",
           "up to their first birthday", "application for citizenship")
    d.ev("NGOs reported that approximately 9,000 applicants have received citizenship",
         "asylum_or_citizenship_decision", "2006", source="NGOs")
    d.fig("NGOs reported that approximately 9,000 applicants have received citizenship", 9000,
          "applicants granted citizenship since 2006", "approximately", source="NGOs")
    d.ev("In June the king granted 137 persons citizenship", "asylum_or_citizenship_decision",
         "2017-06")
    d.fig("In June the king granted 137 persons citizenship", 137,
          "persons granted citizenship by the king")
    d.prov("reapplication for citizenship after a two-year probationary period", "time_limit", 2,
           "years", "a two-year probationary period", "reapplication for citizenship")
    d.fig("who were initially located in seven settlements", 7,
          "settlements of Tibetan refugees", source="Central Tibetan Administration")
    d.fig("approximately 1,600 had applied for and received citizenship", 1600,
          "Tibetans who received citizenship", "approximately", source="government")
    d.fig("Department of Immigration records showed 2,583 Tibetan refugees", 2583,
          "Tibetan refugees in Bhutan", source="Department of Immigration")
    d.fig("According to the CTA, 13 Tibetan refugees have received licenses", 13,
          "Tibetan refugees with business licenses", source="Central Tibetan Administration")
    d.ev("A nationwide census in 1985 resulted in a determination", "other", "1985")
    d.ev("Officials repeated the census in 1988-89 in the southern districts.", "other", "1988",
         date_end="1989", precision="year")
    d.ev("categorized those who did not meet the new criteria as illegal", "other", "1988",
         date_end="1989", precision="year")
    d.ev("Officials conducted the last census in 2005.", "other", "2005")
    d.fig("informed sources estimated 1,000 families are stateless", 1000,
          "stateless families", source="informed sources")
    d.ev("According to 2014 NGO reports, more than 700 children", "report_published", "2014",
         source="NGOs")
    d.fig("According to 2014 NGO reports, more than 700 children", 700,
          "children not recognized as citizens", "more than", source="NGOs")
    d.fig("the government claimed that 20 children in the kingdom", 20,
          "children not recognized as citizens", source="government")
    d.ev("In May the UN Committee on the Rights of the Child", "other", "2017-05",
         source="UN Committee on the Rights of the Child")
    d.ev("The UNCRC also requested that the government amend the Citizenship", "other", Y,
         source="UN Committee on the Rights of the Child")
    # (the Citizenship Act of 1985 is a label, no event: settled 2026-12-07)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "People’s Democratic Party")
    d.ent("organization", "Druk Phensum Tshogpa")
    # "the Cabinet" alone is generic, like "the government" (settled 2026-12-11, t-orgs11)
    d.ev("The government successfully held national elections in July 2013.",
         "election_or_referendum", "2013-07")
    d.ev("Voters elected the country’s second National Assembly", "election_or_referendum",
         "2013-07")
    d.ev("The opposition People’s Democratic Party won 32 of 47 seats",
         "election_or_referendum", "2013-07")
    d.fig("The opposition People’s Democratic Party won 32 of 47 seats", 32,
          "seats won by the opposition party")
    d.fig("The opposition People’s Democratic Party won 32 of 47 seats", 47,
          "seats of the National Assembly")
    d.ev("International observers generally considered the elections free and fair.", "other",
         "2013-07", source="international observers")
    # "during the election process": the date of the one dated election (settled 2026-12-08)
    d.ev("There were no reports of significant irregularities during the election", "other",
         "2013-07",
         polarity="negated")
    d.ev("While only two political parties contested the 2008 national elections",
         "election_or_referendum", "2008")
    d.ev("five parties contested the 2013 elections", "election_or_referendum", "2013")
    d.fig("While only two political parties contested the 2008 national elections", 2,
          "parties contesting the 2008 elections")
    d.fig("While only two political parties contested the 2008 national elections", 5,
          "parties contesting the 2013 elections")
    d.fig("Women occupied 8 percent of the seats", 8,
          "share of National Assembly seats held by women", unit="percent")
    d.fig("Nine of the country’s 47 constituencies had women candidates", 9,
          "constituencies with women candidates")
    d.fig("Nine of the country’s 47 constituencies had women candidates", 47,
          "constituencies of the country")
    d.ev("While the Cabinet rejected a proposal to impose a gender quota", "other", Y)
    d.fig("While the Cabinet rejected a proposal to impose a gender quota", 33,
          "proposed gender quota", unit="percent")

    d.sec("4")
    d.ent("organization", "Anticorruption Commission", "ACC")
    d.ent("organization", "Public Accounts Committee")
    d.ent("organization", "Royal Audit Authority")
    d.ent("organization", "Royal Civil Service Commission")
    d.ent("organization", "Bhutan Transparency Initiative")
    d.not_entity("UN Convention against Corruption", "Anticorruption Act",
                 "National Corruption Barometer Survey 2016")
    d.ev("There were isolated reports of government corruption during the year.", "other", Y)
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.ev("The 2016 ACC report detailed 149 complaints", "report_published", "2016",
         source="Anticorruption Commission")
    d.fig("The 2016 ACC report detailed 149 complaints", 149,
          "complaints of abuse of functions", source="Anticorruption Commission")
    d.fig("The 2016 ACC report detailed 149 complaints", 3, "complaints of bribery",
          source="Anticorruption Commission")
    d.fig("The 2016 ACC report detailed 149 complaints", 153,
          "complaints of deception and other corruption offenses",
          source="Anticorruption Commission")
    d.ev("conducted by the Bhutan Transparency Initiative listed favoritism",
         "report_published", "2016", source="Bhutan Transparency Initiative")
    d.fig("The survey also reported 63 percent of judges", 63,
          "share of judges involved in corruption", unit="percent",
          source="Bhutan Transparency Initiative")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("person", "Khesar Namgyel Wangchuck")
    d.ent("person", "Tshering Tobgay")
    d.ev("In July 2013 the country held its second general elections",
         "election_or_referendum", "2013-07")
    d.ev("International election observers reported the elections were generally free",
         "other", "2013-07", source="international election observers")
    d.ev("The most significant human rights issues included continued incarceration",
         "detention_or_arrest", Y)
    d.ev("There were no reports of impunity for abuses by government security", "other", Y,
         polarity="negated")
    d.ev("There have been no reports of criminal charges against military", "charge", Y,
         polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("No international human rights groups sought access to monitor prisons", "other", Y,
         polarity="negated")
    d.ev("has not renewed its memorandum of understanding with the government since",
         "other", "2012", polarity="negated")
    d.ev("has not renewed its memorandum of understanding with the government since",
         "other", Y, polarity="negated")

    d.sec("1.d")
    d.ent("organization", "Royal Bhutan Police", "RBP")
    d.ent("organization", "Royal Bhutan Army", "RBA")
    d.ent("organization", "Ministry of Home and Cultural Affairs")
    d.ent("organization", "Police Service Board")
    d.not_entity("Civil and Criminal Procedure Code", "CCPC", "Anticorruption Act of Bhutan")
    d.ev("There were no reports of impunity involving security forces during", "other", Y,
         polarity="negated")
    d.prov("The law requires authorities to bring an arrested person before a court",
           "time_limit", 24, "hours", "within 24 hours", "bringing an arrested person to court")
    d.prov("Police can hold remanded suspects for 10 days pending investigation",
           "time_limit", 10, "days", "10 days", "holding remanded suspects")
    d.prov("Police can hold remanded suspects for 10 days pending investigation",
           "time_limit", 49, "days", "extend to 49 days", "holding remanded suspects")
    d.prov("the period can then be extended to 108 days", "time_limit", 108, "days",
           "extended to 108 days", "detention for heinous crimes")
    d.prov("The law expressly prohibits pretrial detention beyond 108 days.", "time_limit", 108,
           "days", "beyond 108 days", "pretrial detention")
    d.prov("The arrested individual must make a court appearance within 24 hours.",
           "time_limit", 24, "hours", "within 24 hours", "court appearance after arrest")

    d.sec("1.e")
    d.ent("organization", "High Court")
    d.ent("organization", "Royal Advisory Council")
    d.ent("place", "Thimphu")
    d.not_entity("Chamgang Central Jail")
    d.prov("A court must hold a preliminary hearing within 10 days", "time_limit", 10, "days",
           "within 10 days", "preliminary hearing")
    d.prov("a standing rule for courts to clear all cases within a year", "time_limit", 1,
           "years", "within a year", "clearing cases")
    d.ev("There were no reports that the courts denied any groups the right", "trial", Y,
         polarity="negated")
    d.fig("claimed that 28 political prisoners remained in Chamgang Central Jail", 28,
          "political prisoners in Chamgang Central Jail", source="NGOs")
    d.fig("as of December 2016, there were 57 prisoners serving sentences", 57,
          "prisoners serving National Security Act sentences", source="government")
    d.ev("No international monitors sought access to these prisoners.", "other", Y,
         polarity="negated")
    d.ev("Since 2010 the government has released 47 political prisoners", "release", "2010")
    d.fig("Since 2010 the government has released 47 political prisoners", 47,
          "political prisoners released since 2010")
    d.fig("Since 2010 the government has released 47 political prisoners", 1,
          "political prisoners granted amnesty by the king")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def bhutan() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2017_bhutan", FILE, 2017, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2017_bhutan": bhutan}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
