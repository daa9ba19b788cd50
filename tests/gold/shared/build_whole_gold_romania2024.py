"""Build the hand-made DEV gold file for Romania 2024 (a page of the public collection).

``2024_romania.jsonl`` annotates ``html/2024/romania.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2024/romania.html`` by ``scripts/collection.sh``: the
2024 edition, whose outline has three broad sections ("Section 1." Life, "Section 2." Liberty,
"Section 3." Security of the Person) with lettered topics under each, grouped by their number as
the 2024 Liberia gold does (``GROUPS`` of ``build_whole_gold_liberia2024.py``; no group
``5-7``). Split ``dev``, annotated with the method of the 2024 Jordan, Montenegro and Thailand
builders (``CollectionDevDoc`` of ``collection_gold.py``): every record below was decided by
hand, reading the report sentence by sentence before the system was ever run on it; the script
only turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives),
each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_romania2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_romania2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_romania.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2024/romania.html"
Y = "2024"

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["2", "3-4", "exec", "1"]

CC = "Constitutional Court"
DIICOT = "Directorate for the Investigation of Organized Crime and Terrorism"
MLSP = "Ministry of Labor and Social Protection"
NCCD = "National Council for Combating Discrimination"
ANDPDCA = "National Authority for the Protection of the Rights of the Child and Adoption"
ROMAJUST = "Association of Roma Lawyers RomaJust"
UNHCR = "Office of the UN High Commissioner for Refugees"
ECHR = "European Court of Human Rights"
SCJ = "Supreme Court of Justice"
IHRA = "International Holocaust Remembrance Alliance"
REPORTS = ("Trafficking in Persons Report", "International Religious Freedom Report")


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", CC)
    d.ent("organization", "Legionnaire movement")
    d.ent("person", "Angi Serban", "Serban")
    d.ent("organization", "Facebook")
    d.ent("organization", "Bucharest Police")
    d.ent("organization", DIICOT, "DIICOT")
    d.ent("place", "Caras Severin")
    d.ent("organization", "RISE Project", "RISE")
    d.ev("Some reporters throughout the country were harassed, sued, or threatened",
         "attack_or_threat", Y)
    # the annulment told again without its date: the December 6 ruling of the executive summary
    B = "annulled the results of the November 2024 first-round presidential elections"
    d.ev(B, "other", "2024-12-06")
    d.ev(B, "election_or_referendum", "2024-11")
    d.ev("This was criticized by some as an undue restriction on political speech",
         "other", Y)
    d.ev("but independent observers suggested that the social media campaign in question",
         "other", Y, source="independent observers")
    # "scheduled to rerun ... in May 2025": a plan, no event (the 2023 Somalia gold)
    d.ev("On January 14, police briefly detained civic activist Angi Serban", "detention_or_arrest",
         "2024-01-14")
    d.ev("According to a press release by the Bucharest Police", "other", Y,
         source="Bucharest Police")
    d.ev("were subjected to harassment and intimidation tactics by authorities",
         "attack_or_threat", Y)
    d.ev("On July 18, the Directorate for the Investigation of Organized Crime", "other",
         "2024-07-18", place="Caras Severin")
    d.ev("The RISE team said it would not submit to the ordinance.", "other", Y,
         source="RISE Project")
    d.ev("A number of media organizations signed a letter addressed to the judiciary", "other",
         Y, source="media organizations")
    d.ev("The DIICOT central office annulled the ordinance later the same day", "other",
         "2024-07-18")

    d.sec("2.b")
    d.ent("organization", "EU")
    d.ent("organization", "Labor Inspectorate")
    d.ent("organization", MLSP)
    d.ent("organization", NCCD)
    d.ent("organization", "Department of State")
    d.ent("organization", "National Authority for Fiscal Administration")
    d.ent("organization", "European Parliament")
    d.not_entity(*REPORTS)
    d.prov("The law required employers with more than 10 employees to negotiate", "threshold",
           10, "persons", "more than 10 employees", "collective agreement negotiation")
    d.prov("Unions or union confederations representing at least 35 percent of workers",
           "threshold", 35, "percent", "at least 35 percent of workers", "negotiating")
    d.prov("employers could negotiate with worker representatives who were elected",
           "threshold", 50, "percent", "at least 50 percent plus one",
           "electing worker representatives")
    d.prov("Unions were required to give employers 48 hours", "requirement", 48, "hours",
           "48 hours’ notice", "strike notice")
    B = "A union confederation was required to have branches in at least"
    d.prov(B, "threshold", 50, "percent", "at least 50 percent plus one of all counties",
           "confederation branches")
    d.prov(B, "threshold", 5, "percent", "at least 5 percent of all workers",
           "confederation representativeness")
    d.prov("For negotiations with sectors or with groups of employers", "threshold", 5,
           "percent", "at least 5 percent", "sector representativeness")
    d.prov("In negotiations with individual employers, unions were required to represent",
           "threshold", 35, "percent", "at least 35 percent", "company representativeness")
    d.prov("A union maintained its representative status for four years", "time_limit", 4,
           "years", "for four years", "representative status")
    d.ev("The National Council for Combating Discrimination fined employers",
         "conviction_or_sentence", Y)
    B = "The law provided for a standard workweek of 40 hours or five days."
    d.prov(B, "prohibition", 40, "hours", "40 hours", "standard workweek")
    d.prov(B, "prohibition", 5, "days", "five days", "standard workweek")
    d.prov("Workers were entitled to overtime pay for weekend or holiday work", "right", 40,
           "hours", "more than 40 hours", "overtime pay")
    B = "could not exceed 48 hours per week on average over a four-month period"
    d.prov(B, "prohibition", 48, "hours", "48 hours per week on average", "workweek")
    d.prov(B, "time_limit", 4, "months", "over a four-month period", "averaging period")
    d.prov("The law required a 48-hour rest period in the workweek", "requirement", 48,
           "hours", "48-hour rest period", "weekly rest")
    d.ev("The government proactively identified unsafe conditions by conducting formal",
         "investigation", Y)
    B = "For example, a national campaign, completed in April, included 2,412 inspections"
    d.ev(B, "other", "2024-04")
    d.fig(B, 2412, "inspections in the construction sector in the national campaign")
    d.ev("Labor inspectors verified legal compliance for individual employment contracts",
         "investigation", Y)
    d.fig("A European Parliament study estimated the informal economy represented", 29,
          "informal economy's share of GDP in 2022", unit="percent",
          source="European Parliament")

    d.sec("2.c")
    d.ent("organization", "Council of Europe")
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("The Council of Europe commissioner for human rights on March 6 noted",
         "report_published", "2024-03-06", source="Council of Europe")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: CollectionDevDoc) -> None:
    d.sec("3.a")
    d.ent("organization", ROMAJUST, "RomaJust")
    d.ent("place", "Reghin")
    d.ent("place", "Transylvania")
    d.ev("but there were isolated reports government officials employed excessive force",
         "torture_or_abuse", Y, polarity="alleged")
    d.prov("By law, penalties for torture ranged from two to seven years", "penalty", 2,
           "years", "from two to seven years’ imprisonment", "torture", value_end=7)
    d.prov("If torture resulted in the death of the victim, penalties ranged", "penalty", 15,
           "years", "from 15 to 25 years’ imprisonment", "torture causing death", value_end=25)
    d.prov("Penalties for inhuman or degrading treatment ranged from one to five years",
           "penalty", 1, "years", "from one to five years’ imprisonment",
           "inhuman or degrading treatment", value_end=5)
    d.ev("reported several cases of excessive use of force by police against Roma",
         "torture_or_abuse", Y, source=ROMAJUST)
    d.ev("In September, following a noise complaint, police in the city of Reghin",
         "other", "2024-09", place="Reghin")
    # t-conv15 settlement: an act of another kind than the dated intervention, with a source of its
    # own ("According to RomaJust"): the year; the detention after it is a later step: year
    d.ev("police used racial slurs against the man and beat him", "torture_or_abuse",
         Y, source=ROMAJUST)
    d.ev("Police then detained the man for 24 hours without medical care.",
         "detention_or_arrest", Y)
    d.dur(24, "hours", "for 24 hours")

    d.sec("3.b")
    d.ent("organization", MLSP)
    d.ent("organization", ANDPDCA, "ANDPDCA")
    d.prov("the minimum age for most forms of employment was 16", "threshold", 16, "age",
           "16", "employment")
    d.prov("Children age 15 could work with the consent of parents", "threshold", 15, "age",
           "age 15", "work with parental consent")
    d.prov("Children age 14 could work with the consent of parents", "threshold", 14, "age",
           "age 14", "accompanied work with parental consent")
    d.prov("The law prohibited persons younger than 18 from working in hazardous",
           "threshold", 18, "age", "younger than 18", "hazardous work")
    B = "Children ages 15 to 18 could work a maximum of six hours per day"
    d.prov(B, "threshold", 15, "age", "ages 15 to 18", "working hours of minors", value_end=18)
    d.prov(B, "prohibition", 6, "hours", "a maximum of six hours per day", "minors' workday")
    d.prov(B, "prohibition", 30, "hours", "no more than 30 hours per week", "minors' workweek")
    d.prov("Children had the right to an additional three days of annual leave", "right", 3,
           "days", "an additional three days", "minors' annual leave")
    B = "The legal minimum age for marriage was 18"
    d.prov(B, "threshold", 18, "age", "18", "marriage")
    d.prov(B, "threshold", 16, "age", "as young as 16", "marriage in certain circumstances")
    d.ev("NGOs and media reported cases of Romani girls and boys", "other", Y, source="NGOs")

    d.sec("3.c")
    d.ent("organization", UNHCR)

    d.sec("3.d")
    d.ent("organization", "Wiesel Institute")
    d.ent("place", "Bucharest")
    d.ent("organization", "Legionnaire movement")
    d.ent("organization", ECHR, "ECHR")
    d.ent("organization", SCJ)
    d.ent("organization", "Ministry of Education")
    d.ent("organization", IHRA)
    d.ent("place", "Romania")
    d.ent("organization", "Department of State")
    d.not_entity(*REPORTS, "Global Guidelines for Countering Antisemitism")
    B = "According to the 2021 census, the Jewish population numbered 2,378."
    d.ev(B, "report_published", "2021")
    d.fig(B, 2378, "Jewish population (2021 census)")
    d.fig("Representatives of the Jewish community stated the Jewish population", 7000,
          "Jewish population", "approximately", source="Jewish community")
    d.ev("Incidents of antisemitism occurred during the year.", "attack_or_threat", Y)
    d.ev("Several acts of vandalism against Jewish religious sites occurred",
         "attack_or_threat", Y)
    d.ev("Similar incidents occurred in other cities throughout the country.",
         "attack_or_threat", Y)
    d.ev("Prominent individuals, including figures in parliament, published material",
         "other", Y)
    B = "In an April 23 decision, the European Court of Human Rights"
    d.ev(B, "other", "2024-04-23", source=ECHR)
    d.ev(B, "acquittal", "1990")
    d.ev(B, "conviction_or_sentence", "1950")
    d.fig(B, 2, "officers acquitted in the 1990s")
    # the reasoning of the same 1990s acquittal (it continues that dated occurrence)
    d.ev("had ruled the two army officers were mere executors of the orders", "acquittal",
         "1990")
    B = "the Ministry of Education approved five textbooks for the course"
    d.ev(B, "other", Y)
    d.fig(B, 5, "Holocaust education textbooks approved")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Romania")
    d.ent("organization", CC)
    B = "On December 6, the Constitutional Court annulled the results of the first round"
    d.ev(B, "other", "2024-12-06")
    d.ev(B, "election_or_referendum", "2024-11-24")
    d.ev("was criticized as political interference in an election", "other", Y)
    d.ev("Significant human rights issues included credible reports of", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("The government took credible steps to identify and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "Bucharest Court of Appeal")
    d.ent("organization", "Securitate")
    d.ent("person", "Marin Parvulescu")
    d.ent("person", "Vasile Hodis")
    d.ent("person", "Tudor Postelnicu")
    d.ent("person", "Gheorghe Ursu")
    d.ent("organization", "Gheorghe Ursu Foundation")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")
    # rejecting the appeal against an acquittal upholds it (the 2023 Maldives gold)
    d.ev("In May, the Bucharest Court of Appeal rejected an extraordinary appeal",
         "acquittal", "2024-05")
    B = "The three officials were accused of committing crimes against humanity in 1985"
    d.ev(B, "killing", "1985", polarity="alleged")
    d.fig(B, 3, "former Securitate officials accused")
    d.ev("The Gheorghe Ursu Foundation and several researchers criticized the decision",
         "other", Y, source="Gheorghe Ursu Foundation")

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2, "3-4": section_3}


def romania() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2024_romania", FILE, 2024, GROUPS, DONE, PART_BUILDERS)


DOCS = {"2024_romania": romania}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
