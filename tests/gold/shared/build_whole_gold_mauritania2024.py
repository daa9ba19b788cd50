"""Build the hand-made DEV gold file for Mauritania 2024 (a page of the public collection).

``2024_mauritania.jsonl`` annotates ``html/2024/mauritania.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2024/mauritania.html`` by ``scripts/collection.sh``: the
2024 edition, whose outline has three broad sections ("Section 1." Life, "Section 2." Liberty,
"Section 3." Security of the Person) with lettered topics under each. Sections are grouped by
their number, as the 2024 Liberia gold does (``build_whole_gold_liberia2024.py``): Life is group
``1``, Liberty (with Worker Rights and Disappearance and Abduction) group ``2``, Security of the
Person group ``3-4``; there is no group ``5-7``. Split ``dev``, annotated with the method of
``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever
run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_mauritania2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_mauritania2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_mauritania.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2024/mauritania.html"
Y = "2024"

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["2", "3-4", "exec", "1"]

UNHCR = "Office of the UN High Commissioner for Refugees"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Mauritania")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government took steps to identify and punish officials", "investigation", Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Kaedi")
    d.ent("person", "Mbare Abdoulaye Diop")
    d.ent("person", "Harouna Mody Diallo")
    d.ent("person", "Abbas Hamady Samba Niang")
    d.ent("person", "Amadou Diobel")
    d.ent("person", "Mokhtar Isselmou Siddou")
    d.ent("person", "Soufi Ould Cheine")
    d.ev("There were several reports the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("On July 1, protests occurred in cities across the country", "protest", "2024-07-01")
    B = "were arrested and taken into custody by gendarmes for taking part"
    d.ev(B, "detention_or_arrest", Y, place="Kaedi")
    d.fig(B, 4, "men arrested in Kaedi")
    d.ev("The men died while in custody at the Kaedi gendarmerie on July 2.",
         "death_in_custody", "2024-07-02", place="Kaedi")
    d.ev("There was no investigation of these deaths at year’s end.", "investigation", Y,
         polarity="negated")
    d.fig("with more than 30 detainees held in a cramped room", 30,
          "detainees held in one room at the gendarmerie", "more than")
    B = "On March 20, a court sentenced four of eight defendants"
    d.ev(B, "conviction_or_sentence", "2024-03-20")
    d.pen("life", None, None, "life imprisonment")
    d.ev(B, "killing", "2023")
    d.fig(B, 4, "police officers sentenced to life imprisonment")
    d.fig(B, 8, "police officers tried")
    B = "One policeman was sentenced to two years and three other defendants"
    # the rest of the March 20 verdict takes its date (settled 2026-12-08)
    d.ev(B, "conviction_or_sentence", "2024-03-20")
    d.pen("prison", 2, "years", "two years")
    d.fig(B, 1, "policeman sentenced to two years")
    d.fig(B, 3, "defendants found not guilty")

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "WhatsApp")
    d.ent("person", "Ould Samba", "Samba")
    d.ent("organization", "Constitutional Council")
    d.ent("person", "Maria Cheikh Abdallahi Obed", "Obed")
    d.ent("place", "Nouakchott")
    d.ent("organization", "Alakhbar Agency")
    d.ent("person", "Mohamed Ould Isselmou")
    d.ent("person", "Salek Zeïd")
    d.ent("organization", "Reporters Without Borders")
    d.ev("Authorities arrested persons for expressing political or religious views online",
         "detention_or_arrest", Y)
    d.ev("Most of the activists arrested were charged on the basis", "charge", Y)
    d.ev("publicly denounced racism and the exclusion of the descendants of slaves", "other",
         "2024-10-02")
    d.ev("He was subsequently arrested under provisions of the national symbols law",
         "detention_or_arrest", Y)
    d.ev("his legal team appealed to the Constitutional Council", "other", Y)
    d.ev("The Constitutional Council struck down a section of the law", "other", Y)
    d.prov("The law also prescribed a mandatory death penalty", "penalty", None, None,
           "mandatory death penalty", "blasphemous remarks and sacrilege")
    d.ev("There were no reports of new prosecutions under the blasphemy law", "charge", Y,
         polarity="negated")
    d.ev("Since July 2023, Maria Cheikh Abdallahi Obed remained in pretrial",
         "detention_or_arrest", "2023-07")
    d.ev("Obed was charged under the blasphemy and national symbol laws.", "charge", Y)
    d.ev("Some journalists were subjected to violence, harassment, or intimidation",
         "attack_or_threat", Y)
    d.ev("There were cases of arbitrary arrest and detention of journalists",
         "detention_or_arrest", Y)
    d.ev("During a May 7 demonstration, police attacked Alakhbar Agency photographer",
         "attack_or_threat", "2024-05-07")
    d.ev("During a May 7 demonstration||Police did not investigate the incident",
         "investigation", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Court of Arbitration")
    d.ent("organization", "Women Heads of Households")
    d.ent("organization", "Department of State")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Labor Office")
    d.ent("organization", "Ministry of Labor")
    d.not_entity("Trafficking in Persons Report")
    d.prov("in the profession represented by the trade union for at least five years",
           "threshold", 5, "years", "at least five years", "noncitizen trade union officials")
    d.ev("the government had not authorized union elections since 2014", "other", "2014",
         polarity="negated")
    d.prov("The law provided that the meeting had to occur 15 days", "time_limit", 15, "days",
           "15 days", "collective bargaining meeting")
    d.prov("workers were required to wait up to four additional months", "time_limit", 4,
           "months", "up to four additional months", "waiting period before a strike")
    B = "The law required advance notice of one month for civil service unions"
    d.prov(B, "requirement", 1, "months", "one month", "strike notice in the civil service")
    d.prov(B, "requirement", 10, "working days", "at least 10 working days",
           "strike notice in the private sector")
    # a period during which the law bars an act: time_limit (settled 2026-12-08)
    d.prov("Such notices legally restricted workers from striking for a period", "time_limit",
           4, "months", "a period of four months", "strikes after a notice to negotiate")
    d.ev("Workers and unions organized several strikes", "strike", Y)
    B = "workweek could not exceed either 40 hours or six days per week"
    d.prov(B, "prohibition", 40, "hours per week", "40 hours", "working hours")
    d.prov(B, "prohibition", 6, "days per week", "six days per week", "working days")
    # a maximum the law permits: prohibition (settled 2026-12-08)
    d.prov("Domestic workers and certain other categories could work 56 hours", "prohibition", 56,
           "hours per week", "56 hours per week", "working hours of domestic workers")
    d.ev("although it was prohibited in a 2013 law", "law_or_decree", "2013")
    B = "more than 2,000 cases of professional disputes were waiting"
    d.fig(B, 2000, "professional disputes awaiting labor courts", "more than",
          source="trade union workers")
    d.fig(B, 120, "collective disputes awaiting labor courts", "more than",
          source="trade union workers")
    B = "almost two-thirds of the population was not formally employed"
    d.fig(B, 2 / 3, "share of the population not formally employed", "approximately",
          source="International Labor Organization")
    d.fig(B, 56, "share of the working population in the informal sector", "more than",
          unit="percent", source="International Labor Organization")

    d.sec("2.c")
    d.ent("organization", "Front for Change")
    d.ent("person", "Mohamed Ould Abdel Aziz")
    d.not_entity("International Religious Freedom Report")
    d.ev("There were no reports of enforced disappearances", "other", Y, polarity="negated")
    d.ev("During the year authorities arbitrarily arrested and detained protesters",
         "detention_or_arrest", Y)
    B = "On June 29, police arrested four leaders of the nonrecognized"
    d.ev(B, "detention_or_arrest", "2024-06-29")
    d.ev(B, "election_or_referendum", "2024-06")
    d.fig(B, 4, "party leaders arrested")
    d.ev("The four detainees were released on July 11 without any charges.", "release",
         "2024-07-11")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: CollectionDevDoc) -> None:
    d.sec("3.a")
    d.ent("organization", "National Union of Mauritanian Students")
    d.ent("place", "Nouakchott")
    d.ent("organization", "National Guard")
    d.ent("organization", "National Police")
    d.ent("organization", "National Statistics Office")
    d.ent("organization", "Ministry of Health")
    d.not_entity("Demographic and Health Survey")
    d.ev("there were credible reports government officials employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("On February 29, police fired tear gas and attacked protesters", "attack_or_threat",
         "2024-02-29", place="Nouakchott")
    d.ev("A number of protesters were injured and required hospitalization", "attack_or_threat",
         "2024-02-29", place="Nouakchott")
    d.ev("On February 29, police fired tear gas||Police did not investigate the incident", "investigation", Y,
         polarity="negated")
    B = "2019-21 Demographic and Health Survey carried out by the National"
    d.ev(B, "report_published", "2019", date_end="2021", source="National Statistics Office")
    d.fig(B, 64, "share of women 15-49 who had undergone FGM/C", unit="percent",
          source="National Statistics Office")
    d.fig(B, 45, "share of girls up to 14 who had undergone FGM/C", unit="percent",
          source="National Statistics Office")
    d.fig("Approximately 58 percent of these procedures took place before age five", 58,
          "share of FGM/C procedures before age five", "approximately", unit="percent")

    d.sec("3.b")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The legal age of marriage was 18", "threshold", 18, "age", "18",
           "legal age of marriage")

    d.sec("3.c")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", "International Organization for Migration")
    d.ent("organization", "National Consultative Commission on Refugees")
    d.ent("place", "Spain")
    d.ent("place", "Canary Islands")
    d.ent("organization", "European Union")
    d.ent("place", "Senegal")
    d.ent("place", "Mali")
    d.prov("The government allowed nationals of West African states to remain", "right", 3,
           "months", "up to three months", "stay of West African nationals")
    d.ev("On September 10, parliament approved a law amending certain provisions",
         "law_or_decree", "2024-09-10")
    d.ev("This agreement was reportedly strengthened by an August migration agreement",
         "other", "2024-08", polarity="alleged")
    d.ev("The government reached a similar agreement with the European Union", "other", Y)

    d.sec("3.d")
    d.ev("no reports of antisemitic incidents", "attack_or_threat", Y, polarity="negated")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": section_3}


def mauritania() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2024_mauritania", FILE, 2024, GROUPS, DONE,
                    PART_BUILDERS)


DOCS = {"2024_mauritania": mauritania}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
