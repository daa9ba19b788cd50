"""Build the hand-made DEV gold file for Lithuania 2019 (a page of the public collection).

``2019_lithuania.jsonl`` annotates ``html/2019/lithuania.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2019/lithuania.html`` by ``scripts/collection.sh``: the
2019 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_vanuatu2017.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_lithuania2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_lithuania2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_lithuania.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/lithuania.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "3-4", "2", "1"]

LT = "Lithuania"
SBGS = "State Border Guards Service"
SIS = "Special Investigative Service"
UNHCR = "Office of the UN High Commissioner for Refugees"
LRTK = "Radio and Television Commission of Lithuania"
STATE = "Department of State"
CPT = "Committee for the Prevention of Torture"
OMB = "Office of the Parliamentary Ombudsman"
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report")


def lithuania(d: CollectionDevDoc) -> None:
    d.ent("place", LT, "Republic of Lithuania")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    lithuania(d)
    d.ent("organization", "Seimas")
    d.ent("organization", "Office of the President")
    d.ent("organization", SBGS)
    d.ent("organization", "Ministry of the Interior")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", SIS)
    # an observers' verdict is dated by the election it judges: one record per election date
    B = "Observers evaluated the presidential elections on May 12 and 26"
    d.ev(B, "other", "2019-05-12", date_end="2019-05-26", source="observers")
    d.ev(B, "other", "2019-05-26", source="observers")
    d.ev(B, "other", "2016", source="observers")
    d.ev("Significant human rights issues included harsh and life-threatening prison",
         "other", Y)
    d.ev("The government took measures to prosecute or otherwise punish officials", "charge",
         Y)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Communist Party")
    d.ev("Presidential elections, including a runoff between the two candidates",
         "election_or_referendum", "2019-05-12", date_end="2019-05-26")
    d.fig("Presidential elections, including a runoff between the two candidates", 2,
          "candidates in the presidential runoff")
    d.ev("European Parliamentary elections coincided with the presidential runoff",
         "election_or_referendum", "2019-05-26")
    d.ev("National parliamentary elections took place in 2016.", "election_or_referendum",
         "2016")
    # a verdict on the three elections just named: dated by the first (the presidential vote)
    d.ev("Observers evaluated these elections as generally free and fair.", "other",
         "2019-05-12", date_end="2019-05-26", source="observers")

    d.sec("4")
    B = "In July media reported that 48 persons, including eight judges"
    d.ev(B, "report_published", "2019-07", source="media")
    d.fig(B, 48, "persons suspected of judicial corruption", source="media")
    d.fig(B, 8, "judges suspected of judicial corruption", source="media")
    d.fig(B, 6, "attorneys suspected of judicial corruption", source="media")
    d.fig(B, 110, "criminal acts in the judicial corruption case", source="media")
    B = "According to the pretrial investigation, these judges received a total"
    d.ev(B, "other", Y, source="pretrial investigation")
    d.fig(B, 400000, "bribes received by the judges", unit="EUR",
          source="pretrial investigation")
    d.fig(B, 440000, "bribes received by the judges", unit="USD",
          source="pretrial investigation")
    B = "In September parliament passed resolutions to dismiss four of eight judges"
    d.ev(B, "dismissal", "2019-09")
    d.fig(B, 4, "judges dismissed by parliament")
    d.fig(B, 8, "judges involved in the judicial corruption case")
    d.fig("As of September, 155 pretrial investigations of corruption", 155,
          "pretrial investigations of corruption in progress")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", LRTK, "LRTK")
    d.ent("organization", "EU")
    d.ent("organization", "European Economic Area")
    d.ent("organization", "Council of Europe")
    d.not_entity("Law on the Provision of Information to the Public",
                 "Convention on Transfrontier Television")
    d.prov("Inciting hatred against a group of persons is punishable by imprisonment",
           "penalty", 2, "years", "imprisonment for up to two years", "inciting hatred")
    d.prov("Inciting violence against a group of persons is punishable", "penalty", 3,
           "years", "imprisonment for up to three years", "inciting violence")
    d.ev("agencies overseeing publishing and broadcast media took prejudicial action",
         "censorship_or_blocking", Y, polarity="alleged", source="LGBTI groups")
    B = "On April 26, parliament amended the Law on the Provision of Information"
    d.ev(B, "law_or_decree", "2019-04-26")
    d.prov(B, "penalty", 72, "hours", "a 72-hour suspension", "suspension of television programs")
    d.ev("Authorities did not invoke it during the year.", "charge", Y, polarity="negated")
    d.ev("The government did not restrict or disrupt access to the internet",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
         Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "Communist Party")

    d.sec("2.c")
    d.ent("organization", STATE)
    d.not_entity(*REPORTS)

    d.sec("2.f")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("place", "Europe")
    d.not_entity("Dublin III Regulation")
    B = "During the year four refugees were settled permanently in the country."
    d.ev(B, "other", Y)
    d.fig(B, 4, "refugees settled permanently")
    B = "in 2018 the authorities extended temporary protection to 20 persons"
    d.ev(B, "asylum_or_citizenship_decision", "2018")
    d.fig(B, 20, "persons granted temporary protection in 2018")

    d.sec("2.g")
    d.fig("According to UNHCR as of 2018, 3,320 stateless persons", 3320,
          "stateless persons in the country", source="UNHCR")
    d.prov("The law permits persons born on the territory or legally residing", "threshold",
           10, "years", "for 10 years", "residence for citizenship of stateless persons")


# =========================================================================================
# Section 1
# =========================================================================================
PRISONS = ("Alytus, Marijampole, and Pravieniskes Prisons",
           "Marijampole and Pravieniskes Prisons", "Lukiskes Remand Prison", "Lukiskes prison",
           "Alytus Prison", "Alytus, Pravieniskes, Vilnius, Kaunas, and Marijampole Prisons",
           "Pabrade Foreigners’ Registration Center")


def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Council of Europe")
    d.ent("organization", CPT, "CPT")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", OMB)
    d.ent("place", "Vilnius")
    d.not_entity(*PRISONS)
    d.ev("the Council of Europe’s Committee for the Prevention of Torture (CPT) stated",
         "report_published", "2019-06-25", source=CPT)
    B = "On July 4, the Ministry of Justice closed the Lukiskes Remand Prison"
    d.ev(B, "other", "2019-07-04", place="Vilnius")
    d.fig(B, 599, "prisoners relocated from the Lukiskes Remand Prison")
    d.fig(B, 5, "remaining prisons")
    d.ev("The 2019 CPT report noted substandard conditions", "report_published", Y,
         source=CPT)
    # the official minimum cell sizes are rules with a quantity; the CPT's recommended
    # sizes are amounts stated, figures
    B = "The official minimum cell size for a single prisoner remained 33 square feet"
    d.prov(B, "threshold", 33, "square feet", "33 square feet", "minimum cell size, single")
    d.prov(B, "threshold", 37, "square feet", "37 square feet per person",
           "minimum cell size per person, multiple occupancy")
    B = "The CPT recommended increasing the standard to 43 square feet"
    d.fig(B, 43, "recommended minimum cell size, single", unit="square feet", source=CPT)
    d.fig(B, 65, "recommended minimum cell size, multiple occupancy", unit="square feet",
          source=CPT)
    d.ev("The CPT received a number of allegations of deliberate physical mistreatment",
         "torture_or_abuse", Y, polarity="alleged", source=CPT)
    d.ev("The CPT also noted that prison staff used excessive force including punches",
         "torture_or_abuse", Y, source=CPT)
    d.ev("On September 19, the Office of the Parliamentary Ombudsman reported",
         "report_published", "2019-09-19", source=OMB)
    B = "the CPT found that the investigation of an incident of violence by authorities"
    d.ev(B, "report_published", "2019-06-25", source=CPT)
    d.ev(B, "torture_or_abuse", "2017")
    B = "The CPT visited the country in April 2018 and published the report"
    d.ev(B, "other", "2018-04", source=CPT)
    d.ev(B, "report_published", "2019-06-25", source=CPT)
    d.ev("Between January and September, the government renovated housing", "other",
         "2019-01", date_end="2019-09")

    d.sec("1.d")
    d.prov("Police may detain suspects for up to 48 hours before formally charging",
           "time_limit", 48, "hours", "up to 48 hours", "detention before charge")

    d.sec("1.e")
    d.ent("organization", "European Court of Human Rights")
    d.not_entity("European Convention on Human Rights")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("A philanthropic foundation created in 2011 to receive government compensation",
         "other", "2011")
    B = "the foundation was to disburse 36 million euros"
    d.fig(B, 36000000, "funds the foundation was to disburse by 2023", unit="EUR")
    d.fig(B, 39600000, "funds the foundation was to disburse by 2023", unit="USD")
    B = "In 2013 and 2014, the foundation distributed a one-time payment"
    d.ev(B, "other", "2013", date_end="2014")
    d.fig(B, 870000, "one-time payment to individual survivors", unit="EUR")
    d.fig(B, 1200000, "one-time payment to individual survivors", unit="USD")
    B = "As in 2018 the foundation received 3.6 million euros"
    d.ev(B, "other", Y)
    d.fig(B, 3600000, "funds received by the foundation during the year", unit="EUR")
    d.fig(B, 4000000, "funds received by the foundation during the year", unit="USD")
    d.fig(B, 21600000, "total received by the foundation as of January", unit="EUR")
    d.fig(B, 23800000, "total received by the foundation as of January", unit="USD")
    B = "when the country’s existing restitution law stopped allowing citizens"
    d.ev(B, "law_or_decree", "2001")
    B = "Despite changes to the citizenship law in 2011 that made it easier"
    d.ev(B, "law_or_decree", "2011")
    d.ev(B, "other", Y, polarity="negated")

    d.sec("1.f")
    d.ent("organization", "State Data Protection Inspectorate")
    d.ev("but there were reports that the government failed to respect these", "other", Y,
         polarity="alleged")
    B = "In the first nine months of the year, the State Data Protection Inspectorate"
    d.ev(B, "investigation", "2019-01", date_end="2019-09")
    d.fig(B, 580, "allegations of privacy violations investigated in nine months")
    d.fig(B, 618, "allegations of privacy violations in the first nine months of 2018")


PART_BUILDERS = {"exec": executive_summary, "3-4": sections_3_4, "2": section_2,
                 "1": section_1}


def lithuania2019() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_lithuania", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_lithuania": lithuania2019}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
