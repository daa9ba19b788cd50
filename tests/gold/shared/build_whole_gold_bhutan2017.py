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
DONE = ["5-7"]

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
    d.ev("Several humanitarian training activities took place following the launch.", "other",
         "2017-05")
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


PART_BUILDERS = {"5-7": sections_5_7}


def bhutan() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2017_bhutan", FILE, 2017, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2017_bhutan": bhutan}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
