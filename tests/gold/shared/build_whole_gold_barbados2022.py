"""Build the hand-made DEV gold file for Barbados 2022 (a page of the public collection).

``2022_barbados.jsonl`` annotates ``html/2022/barbados.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2022/barbados.html`` by ``scripts/collection.sh``: the
2022 edition, classic seven-section layout, a short report (about 28,000 characters). Split
``dev`` (the team may tune on it), annotated with the method of
``build_whole_gold_lebanon2023.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_barbados2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_barbados2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_barbados.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2022/barbados.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

OMB = "Office of the Ombudsman"
BCD = "Barbados Council for the Disabled"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", OMB, "Ombudsman’s Office")
    d.ent("organization", "Parliament")
    d.ev("The ombudsman’s most recent report to parliament was in 2019.", "report_published",
         "2019", source="ombudsman")

    d.sec("6")
    d.ent("organization", "Barbados Family Planning Association")
    d.ent("organization", "Child Care Board")
    d.ent("organization", "High Court")
    d.ent("organization", "Equals")
    d.ent("organization", "Department of State")
    d.ent("organization", BCD)
    d.ent("place", "Canada")
    d.not_entity("Government Industrial School", "GIS", "International Religious Freedom Report",
                 "Trafficking in Persons Report")
    d.prov("The maximum penalty is life imprisonment, but judges have the discretion",
           "penalty", None, None, "life imprisonment", "rape")
    d.prov("to the death penalty for cases in which the victim was killed", "penalty", None,
           None, "the death penalty", "domestic violence causing death")
    d.ev("but there were no reports of high-profile cases during the year", "other", Y,
         polarity="negated")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("Approximately 91 percent of the population is Afro-Barbadian.", 91,
          "share of the population that is Afro-Barbadian", "approximately", unit="percent")
    d.ev("There were no reports of any systemic discrimination.", "other", Y,
         polarity="negated")
    d.ev("In September local media reported on the findings of a government inquiry",
         "report_published", "2022-09", source="local media")
    d.ev("Following the inquiry, a child justice consultant was hired", "other", Y)
    d.prov("The legal minimum age for marriage is 18.", "threshold", 18, "age", "18",
           "minimum age for marriage")
    d.prov("Persons ages 16 and 17 may marry with parental consent.", "threshold", 16, "age",
           "ages 16 and 17", "marriage with parental consent", value_end=17)
    d.ev("Media reported the sentencing of a man, age 57, to seven years",
         "conviction_or_sentence", Y, source="Media")
    d.pen("prison", 2696, "days", "seven years and 141 days in prison")
    d.prov("The minimum age for consensual sex is 16.", "threshold", 16, "age", "16",
           "age of consent")
    d.fig("The Jewish community is estimated to be no larger than 60 persons.", 60,
          "members of the Jewish community", "up to")
    d.ev("There were no reports of antisemitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.prov("with penalties for conviction up to life imprisonment for men", "penalty", None,
           None, "up to life imprisonment", "same-sex sexual conduct between men")
    d.prov("with penalties for conviction up to life imprisonment for men", "penalty", 10,
           "years", "up to 10 years’ imprisonment", "acts of serious indecency")
    d.ev("regarding a 2021 case brought by two individuals and the civil society", "other",
         "2021")
    d.fig("regarding a 2021 case brought by two individuals and the civil society", 2,
          "individuals who brought the case")
    d.ev("There were no reports of involuntary or coercive medical or psychological",
         "other", Y, polarity="negated")
    d.ev("There were no reports of restrictions on freedom of expression, association",
         "other", Y, polarity="negated")
    d.ev("In June the Barbados Council for the Disabled reported", "report_published",
         "2022-06", source=BCD)

    d.sec("7")
    d.ent("organization", "Employment Rights Tribunal")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Inter-American Development Bank")
    d.not_entity("Migration for Employment Convention", "Shaw Act")
    d.fig("most major employers did so when more than 50 percent", 50,
          "share of employees whose request led employers to recognize a union", "more than",
          unit="percent")
    d.prov("The law provides for a minimum working age of 16 in certain sectors", "threshold",
           16, "age", "minimum working age of 16", "minimum working age")
    d.prov("The law prohibits children younger than 18 from engaging in work", "threshold", 18,
           "age", "younger than 18", "hazardous work")
    d.prov("By law children ages 14-16 may engage in light work", "threshold", 14, "age",
           "ages 14-16", "light work", value_end=16)
    d.ev("There were no confirmed reports during the year of the worst forms", "other", Y,
         polarity="negated")
    d.prov("The standard legal workweek is 40 hours in five days.", "prohibition", 40, "hours",
           "40 hours", "standard workweek")
    d.prov("The standard legal workweek is 40 hours in five days.", "prohibition", 5, "days",
           "in five days", "standard workweek")
    d.prov("The law provides employees with three weeks of paid vacation", "right", 3, "weeks",
           "three weeks of paid vacation", "paid vacation")
    d.prov("The law provides employees with three weeks of paid vacation", "right", 4, "weeks",
           "four weeks of paid vacation", "paid vacation after five years")
    d.prov("The law provides employees with three weeks of paid vacation", "threshold", 5,
           "years", "five years of service", "paid vacation")
    d.prov("The law requires overtime payment of time and a half", "requirement", 1.5, "times",
           "time and a half", "overtime pay")
    d.ev("In 2021, the International Labor Organization (ILO) renewed its observation",
         "report_published", "2021", source="International Labor Organization")
    d.ev("The act was amended in July to include additional regulations", "law_or_decree",
         "2022-07")
    d.ev("A labor union representative reported there were no formal complaints", "other", Y,
         polarity="negated", source="A labor union representative")
    d.prov("They may include small fines, imprisonment for up to three months", "penalty", 3,
           "months", "up to three months", "OSH violations")
    d.fig("estimated the informal economy in the country at approximately 33 percent", 33,
          "informal economy share of economic activity", "approximately", unit="percent",
          source="Inter-American Development Bank")
    d.fig("with up to 40 percent of workers engaged in informal work", 40,
          "share of workers in informal work", "up to", unit="percent",
          source="Inter-American Development Bank")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    d.ent("organization", "UN High Commissioner for Refugees")
    d.ent("organization", "Immigration Department")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")
    d.ev("There were no reports of any defamation or libel cases initiated", "charge", Y,
         polarity="negated")
    # t-conv16 settlement: the negated act on access is no event; the "no credible reports that" clause keeps its own
    # negated event: negated surveillance (was censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Barbados Labour Party", "BLP")
    d.ent("organization", "House of Assembly")
    d.ent("organization", "Parliament")
    d.ent("person", "Mia Mottley")
    d.ev("The most recent general election occurred in January", "election_or_referendum",
         "2022-01")
    d.fig("The most recent general election occurred in January", 30,
          "seats the BLP won in the House of Assembly")
    d.ev("The president appointed BLP leader Mia Mottley as prime minister", "other", Y)
    d.ev("In April media reported that two teachers who contested", "other", "2022-04",
         source="media")
    d.ev("In April media reported that two teachers who contested", "election_or_referendum",
         "2022-01")
    d.fig("In April media reported that two teachers who contested", 2,
          "teachers facing disciplinary action", source="media")
    d.ev("In October media reported that one of the teachers would remain",
         "report_published", "2022-10", source="media")

    d.sec("4")
    d.not_entity("Prevention of Corruption Act")
    d.ev("In October the government passed the Prevention of Corruption Act",
         "law_or_decree", "2022-10")
    d.ev("There were no reports of government corruption during the year.", "other", Y,
         polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Barbados")
    d.ent("person", "Mia Mottley")
    d.ent("organization", "Barbados Labour Party", "BLP")
    d.ent("person", "Elizabeth II")
    d.ent("organization", "Barbados Police Service", "Police Service")
    d.ent("organization", "Barbados Defence Force")
    d.ev("The Barbados Labour Party won all 30 parliamentary seats", "election_or_referendum",
         "2022-01")
    d.fig("The Barbados Labour Party won all 30 parliamentary seats", 30,
          "parliamentary seats won by the Barbados Labour Party")
    d.ev("Observers considered the election free and fair.", "other", "2022-01",
         source="Observers")
    d.ev("On the same date, the country became a republic", "other", "2021-11-30")
    d.ev("There were no reports that the security forces committed serious abuses.",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("Significant human rights issues included a law criminalizing", "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", OMB, "Ombudsman’s Office")
    d.ent("organization", "Prison Advisory Board")
    d.ev("there were no reports government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("There were no significant reports regarding adult prison or detention", "other", Y,
         polarity="negated")
    d.ev("Two agencies, the Office of the Ombudsman and the Prison Advisory Board",
         "investigation", Y)
    d.fig("Two agencies, the Office of the Ombudsman and the Prison Advisory Board", 2,
          "agencies investigating allegations of mistreatment")
    d.ev("The superintendent of prisons stated no mistreatment reports were submitted",
         "other", Y, polarity="negated", source="superintendent of prisons")
    d.ev("the superintendent of prisons reported that no visit requests were received",
         "other", Y, polarity="negated", source="superintendent of prisons")

    d.sec("1.d")
    d.not_entity("Barbados dollars")
    d.prov("Authorities may hold detainees without charge for up to five days", "time_limit",
           5, "days", "up to five days", "detention without charge")
    d.prov("Authorities may hold detainees without charge for up to five days", "time_limit",
           24, "hours", "within 24 hours", "bringing a charged person before a court")
    d.prov("any gun-related offense that is punishable by imprisonment of 10 years or more",
           "threshold", 10, "years", "10 years or more", "no bail")
    d.prov("An officer must visit detainees at least once every three hours", "requirement",
           3, "hours", "at least once every three hours", "visits to detainees")
    d.prov("After a suspect has spent 48 hours in detention", "time_limit", 48, "hours",
           "48 hours in detention", "written report on a detained suspect")
    d.ev("In August, media reported that a civil court awarded a man", "other", "2022-08",
         source="media")
    d.fig("In August, media reported that a civil court awarded a man", 100000,
          "damages awarded to a man accused of murder", unit="BBD", source="media")
    d.fig("In August, media reported that a civil court awarded a man", 50000,
          "damages awarded (US dollar equivalent)", unit="USD", source="media")

    d.sec("1.e")
    d.ent("organization", "Caribbean Court of Justice")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def barbados() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_barbados", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_barbados": barbados}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
