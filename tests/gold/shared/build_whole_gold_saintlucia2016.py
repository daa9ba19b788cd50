"""Build the hand-made held-out DEV gold file for Saint Lucia 2016 (a page of the public collection).

``2016_saint-lucia.jsonl`` annotates ``html/2016/saint-lucia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/saint-lucia.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout, about 36,000 characters. Split ``dev``, held out
(``tests/gold/held_out.toml``): annotated blind, before any run of the system on the page, with the
method of ``build_whole_gold_eqguinea2023.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor
(at most 14 words) occurring once in the document. The scope line lists in ``"ranges"`` exactly the
section groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_saintlucia2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_saintlucia2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_saint-lucia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/saint-lucia.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

LC = "Saint Lucia"
UWP = ("United Workers Party", "UWP")
SLP = ("Saint Lucia Labor Party", "SLP")
CHASTANET = ("Allen Chastanet", "Chastanet")
POLICE = ("Royal Saint Lucia Police Force", "Royal St. Lucia Police Force")
DPP = ("Office of the Director of Public Prosecutions", "DPP")
PSC = ("Public Service Commission", "Public Services Commission")
GENDER = "Department of Gender Relations"
MOL = "Ministry of Infrastructure, Ports, Energy, and Labor"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", LC)
    d.ent("organization", *UWP)
    d.ent("organization", "House of Assembly")
    d.ent("organization", *SLP)
    d.ent("person", *CHASTANET)
    d.ev("In generally free and fair elections on June 6, the United Workers",
         "election_or_referendum", "2016-06-06")
    d.fig("won 11 of the 17 seats in the House of Assembly", 11, "seats won by the UWP")
    d.fig("won 11 of the 17 seats in the House of Assembly", 17, "seats of the House of Assembly")
    # the election's follower on its subject (dev gold: 2018 Guyana, 2018 Lesotho)
    d.ev("UWP leader Allen Chastanet became prime minister.", "other", "2016-06-06")
    # the list of issues: its first item names (reports of) police killings
    d.ev("The most serious human rights problems included long delays", "killing", Y)
    # the second list: its first item names trials (postponed)
    d.ev("Other human rights problems included continued postponements of trials", "trial", Y)
    d.ev("Although the government took limited steps to prosecute officials", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1")
    section_1_a(d)
    section_1_c(d)
    section_1_d(d)
    section_1_ef(d)


def section_1_a(d: CollectionDevDoc) -> None:
    d.ent("organization", *POLICE)
    d.ent("place", "Vieux Fort")
    d.ent("person", "John Baptiste McFarlane")
    d.ent("person", "Allan Louisy")
    d.ent("person", "Mitchel Cadette")
    d.ent("person", "Myron Dupal")
    d.ent("person", "Kevin Ferdinand")
    d.ent("organization", *DPP)
    d.not_entity("Operation Restore Confidence")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")
    d.ev("An inquest was convened on May 27 to review five killings", "investigation",
         "2016-05-27")
    d.ev("An inquest was convened on May 27 to review five killings", "killing", "2011",
         polarity="alleged", place="Vieux Fort")
    d.fig("An inquest was convened on May 27 to review five killings", 5,
          "killings reviewed by the inquest")
    # the inquest's verdicts continue the dated inquest (settled 2026-12-08: its date)
    d.ev("The inquest determined that in the case of three of the victims", "other",
         "2016-05-27")
    d.fig("The inquest determined that in the case of three of the victims", 3,
          "victims whose killings the inquest found unlawful")
    d.ev("In the case of Myron Dupal, the jury returned an open verdict", "other", "2016-05-27")
    d.ev("In the case of Kevin Ferdinand, the jury found death", "other", "2016-05-27")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")


def section_1_c(d: CollectionDevDoc) -> None:
    d.ent("organization", "Board of Visiting Justices")
    d.ent("organization", "Intelligence Unit")
    d.not_entity("Bordelais Correctional Facility")
    d.ev("Civil society reported that police assaulted persons under arrest", "torture_or_abuse",
         Y, source="Civil society")
    d.ev("From July 2015 to July 2016, citizens filed 118 complaints", "other", "2015-07",
         date_end="2016-07")
    d.fig("From July 2015 to July 2016, citizens filed 118 complaints", 118,
          "complaints filed against the police")
    d.fig("That facility, which has a capacity of 500 inmates", 500, "capacity of the prison")
    d.fig("That facility, which has a capacity of 500 inmates", 559, "inmates held in July")
    d.ev("but there were no such complaints during the year", "other", Y, polarity="negated")
    d.ev("conduct health and welfare inspections, but it did not do so", "other", Y,
         polarity="negated")
    d.ev("the prison refurbished the CCTV system that allows guards to monitor", "other", Y,
         source="director of corrections")


def section_1_d(d: CollectionDevDoc) -> None:
    d.ent("organization", "Ministry of Home Affairs, Justice, and National Security")
    d.ent("organization", "Criminal Investigations Division")
    d.ent("organization", "Internal Police Complaints Unit")
    d.ent("organization", "Police Complaints Commission")
    d.ent("organization", *PSC)
    d.ent("organization", "Caribbean Community’s Implementing Agency for Crime and Security",
          "IMPACS")
    d.ent("person", "Kenny Anthony")
    # standing functions told in the simple past with a taxonomy verb (settled 2026-12-17)
    d.ev("A special unit of three police officers assigned to assist", "investigation", Y)
    d.fig("A special unit of three police officers assigned to assist", 3,
          "police officers of the unit assisting the commission")
    d.ev("A team of seven police headed by the assistant superintendent", "investigation", Y)
    d.fig("A team of seven police headed by the assistant superintendent", 7,
          "police of the complaints team")
    d.ev("The Public Service Commission investigated public complaints", "investigation", Y)
    d.ev("into the multiple killings during 2010 and 2011 allegedly by officers", "killing",
         "2010", date_end="2011", polarity="alleged")
    d.ev("concluded an investigation into the killings in 2014", "investigation", "2014")
    d.ev("In 2015 former prime minister Kenny Anthony revealed that the report", "other",
         "2015")
    d.ev("In response to the IMPACS report, the government established", "other", Y)
    d.prov("Victims’ families have six months to initiate civil proceedings", "time_limit", 6,
           "months", "six months", "initiating civil proceedings for an unlawful killing")
    d.prov("requires a court hearing within 72 hours of detention", "time_limit", 72, "hours",
           "within 72 hours of detention", "court hearing after detention")


def section_1_ef(d: CollectionDevDoc) -> None:
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("there were no reports that the government failed to respect these", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Department of State")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.not_entity("International Religious Freedom Report")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y,
         polarity="negated")
    d.fig("52 percent of the population used the internet in 2015", 52,
          "share of the population using the internet (2015)", unit="percent",
          source="International Telecommunication Union")
    d.ev("UNHCR reported that the government issued certificates for four",
         "asylum_or_citizenship_decision", Y, source="UNHCR")
    d.fig("UNHCR reported that the government issued certificates for four", 4,
          "asylum seekers issued certificates", source="UNHCR")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", *UWP)
    d.ent("organization", *SLP)
    d.ent("person", *CHASTANET)
    d.ev("In elections on June 6, the United Workers Party (UWP) defeated",
         "election_or_referendum", "2016-06-06")
    d.fig("winning 11 of 17 parliamentary seats", 11, "seats won by the UWP")
    d.fig("winning 11 of 17 parliamentary seats", 17, "parliamentary seats")
    d.ev("who previously had led the opposition, became prime minister", "other", "2016-06-06")
    # a specific step of the year's election not taken (negated steps; not dated by episode)
    d.ev("The previous administration did not invite international election observation",
         "other", Y, polarity="negated")
    d.fig("Two women were elected to the 17-seat parliament.", 2,
          "women elected to parliament")
    d.fig("Two women were elected to the 17-seat parliament.", 17, "seats of parliament")

    d.sec("4")
    d.ent("person", "Walid Ahmed Juffali")
    d.ent("organization", "International Maritime Organization")
    d.ent("organization", "Eastern Caribbean Court of Appeal")
    d.ent("organization", *PSC)
    d.ent("organization", "Integrity Commission")
    d.ev("There were isolated reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    d.ev("In July the Eastern Caribbean Court of Appeal reinstated", "other", "2016-07")
    # a court dismissing the case (settled 2026-12-06: acquittal)
    d.ev("A judge had dismissed the case in 2015", "acquittal", "2015")
    d.ev("In 2013 the attorney general initially filed the claim", "other", "2013")
    d.ev("during the 2011 general elections as then government minister", "other", "2011",
         polarity="alleged")
    d.fig("the expenditure of more than 102,000 East Caribbean dollars", 102000,
          "public funds allegedly spent", "more than", unit="XCD")
    d.fig("the expenditure of more than 102,000 East Caribbean dollars", 38000,
          "public funds allegedly spent", "more than", unit="USD")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("6")
    section_6_women(d)
    section_6_children(d)
    section_6_others(d)
    d.sec("7")
    section_7_abc(d)
    section_7_de(d)


def section_6_women(d: CollectionDevDoc) -> None:
    d.ent("organization", "Family Court")
    d.ent("organization", "Saint Lucia Crisis Center")
    d.ent("organization", "Women’s Support Center")
    d.ent("organization", GENDER)
    d.ent("organization", "Ministry of Education, Innovation, Gender Relations, and Sustainable Development",
          "Education, Innovation, Gender Relations and Sustainable Development Ministry")
    d.ent("organization", "Department of Human Services and Family Affairs")
    d.ent("organization", "National Organization of Women")
    d.not_entity("National Dialogue on Violence Against Women and Children")
    d.prov("The law criminalizes rape, which is punishable by 14 years", "penalty", 14, "years",
           "14 years’ to life imprisonment", "rape")
    d.prov("The penalty for a husband or wife who commits the offense", "penalty", 14, "years",
           "imprisonment for 14 years", "spousal rape")
    d.ev("The government held a National Dialogue on Violence Against Women", "other", Y)
    d.fig("which included a four-part televised series to spread awareness", 4,
          "parts of the televised series")
    d.prov("The maximum amount of child support that the court can award", "threshold", 250,
           "XCD", "$250 XCD ($93) per month per child", "child support awarded")
    d.prov("The maximum amount of child support that the court can award", "threshold", 93,
           "USD", "($93) per month per child", "child support awarded")
    d.ev("ran a number of gender-based violence prevention programs", "other", Y)
    d.fig("The police had two vulnerable persons units", 2, "vulnerable persons units of the police")


def section_6_children(d: CollectionDevDoc) -> None:
    d.ent("organization", "Department of Human Services and Family Affairs")
    d.ent("organization", "Saint Lucia Crisis Center")
    d.ent("organization", "Catholic Church")
    d.ent("organization", "Department of State")
    d.not_entity("Holy Family Home", "Counter-Trafficking Act",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    # courts hearing cases: no event; convicting and sentencing a class: an event (2026-12-19)
    d.ev("Nonetheless, courts heard some child sexual abuse cases", "conviction_or_sentence", Y)
    d.fig("with space for up to 20 children referred to the center", 20,
          "children the home can take", "up to")
    d.prov("The legal minimum age for marriage is 18 years", "threshold", 18, "age",
           "18 years", "minimum age for marriage")
    d.prov("The legal minimum age for marriage is 18 years", "threshold", 16, "age",
           "16 with parental consent", "minimum age for marriage with parental consent")
    d.prov("unlawful sexual intercourse with children under 16", "threshold", 16, "age",
           "under 16", "sexual intercourse with a child")
    d.prov("The age of consent is 16 years, but a consent defense", "threshold", 16, "age",
           "16 years", "age of consent")
    d.prov("The age of consent is 16 years, but a consent defense", "threshold", 12, "age",
           "between 12 and 16", "consent defense", value_end=16)
    d.prov("No defense of consent is allowed when the child is under age 12", "threshold", 12,
           "age", "under age 12", "no consent defense")
    d.prov("prohibits forced labor or sex trafficking of children under age 18", "threshold", 18,
           "age", "under age 18", "trafficking of children")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y, polarity="negated")


def section_6_others(d: CollectionDevDoc) -> None:
    d.ent("person", "Marvin Anthony Augustin")
    d.ent("organization", "United and Strong")
    d.ent("organization", "Ministry of Health")
    d.ev("While there were no official reports of discrimination", "other", Y,
         polarity="negated")
    d.prov("Indecency statutes carry a maximum penalty of five years", "penalty", 5, "years",
           "five years’ imprisonment", "indecency")
    d.prov("Indecency statutes carry a maximum penalty of five years", "penalty", 10, "years",
           "10 years in prison", "anal intercourse")
    d.ev("There were few reported incidents of violence or abuse during the year.",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("There was no progress in the police investigation of the 2015 killing",
         "investigation", Y, polarity="negated")
    d.ev("There was no progress in the police investigation of the 2015 killing", "killing",
         "2015")
    d.ev("conducted human rights training for selected police, customs", "other", Y)
    d.ev("The Ministry of Health provided sensitization training and workshops", "other", Y)


def section_7_abc(d: CollectionDevDoc) -> None:
    d.ent("organization", MOL)
    d.ent("organization", "Department of State")
    d.ent("organization", "Department of Labor")
    d.not_entity("Essential Services Act", "Counter-Trafficking Act",
                 "Occupational Health and Safety Act", "Trafficking in Persons Report",
                 "Findings on the Worst Forms of Child Labor")
    d.prov("They must give 30 days’ notice before striking.", "requirement", 30, "days",
           "30 days’ notice", "notice before striking in essential services")
    d.ev("A labor code adopted in 2012 further defined worker rights", "law_or_decree", "2012")
    d.ev("had not established implementing regulations for the 2012 code", "law_or_decree", Y,
         polarity="negated")
    d.fig("The eight labor inspectors looked for child and forced labor", 8, "labor inspectors")
    d.prov("Forced labor violations can result in fines of up to $5,000", "penalty", 5000, "XCD",
           "fines of up to $5,000 XCD ($1,850)", "forced labor")
    d.prov("Forced labor violations can result in fines of up to $5,000", "penalty", 1850, "USD",
           "($1,850)", "forced labor")
    d.prov("Forced labor violations can result in fines of up to $5,000", "penalty", 1, "years",
           "imprisonment not exceeding one year", "forced labor")
    d.prov("prohibits trafficking for forced labor, punishable by up to five years", "penalty", 5,
           "years", "up to five years’ imprisonment", "trafficking for forced labor")
    d.prov("prohibits trafficking for forced labor, punishable by up to five years", "penalty",
           100000, "XCD", "fines of up to $100,000 XCD ($37,000)", "trafficking for forced labor")
    d.prov("prohibits trafficking for forced labor, punishable by up to five years", "penalty",
           37000, "USD", "($37,000)", "trafficking for forced labor")
    d.ev("there were no reports of forced labor during the year", "other", Y, polarity="negated")
    d.prov("The law provides for a minimum legal working age of 15", "threshold", 15, "age",
           "15", "minimum working age")
    d.prov("The minimum legal age for industrial work is 18.", "threshold", 18, "age", "18",
           "minimum age for industrial work")
    d.prov("special protections for workers younger than 18", "threshold", 18, "age",
           "younger than 18", "special protections for young workers")
    d.prov("prohibits children under age 18 from working in industrial undertakings",
           "threshold", 18, "age", "under age 18", "industrial undertakings")
    d.prov("Children ages 15 to 18 need a parent’s permission to work.", "threshold", 15, "age",
           "ages 15 to 18", "parent's permission to work", value_end=18)
    d.ev("There were no formal reports of violations of child labor laws.", "other", Y,
         polarity="negated")


def section_7_de(d: CollectionDevDoc) -> None:
    d.ent("organization", "Statistics Department")
    d.ent("organization", MOL)
    d.prov("equaling one-year’s imprisonment, a fine of $5,000 XCD", "penalty", 1, "years",
           "one-year’s imprisonment", "discrimination")
    d.prov("equaling one-year’s imprisonment, a fine of $5,000 XCD", "penalty", 5000, "XCD",
           "a fine of $5,000 XCD ($1,850)", "discrimination")
    d.prov("equaling one-year’s imprisonment, a fine of $5,000 XCD", "penalty", 1850, "USD",
           "($1,850)", "discrimination")
    d.ev("The government did not penalize any company or person for discrimination", "other",
         Y, polarity="negated")
    d.ev("No formal complaints of discrimination were made to the ministry.", "other", Y,
         polarity="negated")
    d.fig("calculated the poverty income level in 2011 as $3,320", 3320,
          "poverty income level per year (2011)", unit="XCD", source="Statistics Department")
    d.fig("calculated the poverty income level in 2011 as $3,320", 1230,
          "poverty income level per year (2011)", unit="USD", source="Statistics Department")
    d.ev("A national poverty assessment conducted in 2005/06 found", "report_published", "2005",
         date_end="2006")
    d.fig("A national poverty assessment conducted in 2005/06 found", 29,
          "share of the population below the poverty line", unit="percent")
    d.prov("The legislated workweek is 40 hours with a maximum of eight", "prohibition", 40,
           "hours", "40 hours", "workweek")
    d.prov("The legislated workweek is 40 hours with a maximum of eight", "prohibition", 8,
           "hours", "a maximum of eight hours per day", "working day")
    d.prov("Pay is time and a half for work over eight hours", "requirement", 8, "hours",
           "work over eight hours", "overtime pay")
    d.prov("Monthly paid workers are entitled to a minimum of 14 paid vacation", "right", 14,
           "days", "a minimum of 14 paid vacation days", "paid vacation")
    d.prov("Monthly paid workers are entitled to a minimum of 14 paid vacation", "threshold", 1,
           "years", "after one year", "paid vacation")
    d.prov("have a minimum of 14 vacation days after 200 working days", "right", 14, "days",
           "a minimum of 14 vacation days", "vacation")
    d.prov("have a minimum of 14 vacation days after 200 working days", "threshold", 200,
           "days", "after 200 working days", "vacation")
    d.prov("provides penalties for violations of labor standards of up to", "penalty", 10000,
           "XCD", "up to $10,000 XCD ($3,700)", "violations of labor standards")
    d.prov("provides penalties for violations of labor standards of up to", "penalty", 3700,
           "USD", "($3,700)", "violations of labor standards")
    d.prov("provides penalties for violations of labor standards of up to", "penalty", 2,
           "years", "two years’ imprisonment", "violations of labor standards")
    d.fig("Eight compliance officers monitored compliance with pension", 8,
          "compliance officers")
    d.ev("There were no reported violations of wage laws.", "other", Y, polarity="negated")
    d.ev("There were no reported workplace fatalities or major accidents.", "other", Y,
         polarity="negated")
    d.fig("There was one OSH inspector and one OSH consultant", 1, "OSH inspectors")
    d.fig("There was one OSH inspector and one OSH consultant", 1, "OSH consultants")
    d.fig("There was one OSH inspector and one OSH consultant", 8, "labor inspectors")
    d.ev("closed multiple offices during the year for failing to meet OSH", "other", Y)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def saint_lucia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_saint-lucia", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_saint-lucia": saint_lucia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
