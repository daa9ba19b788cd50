"""Build t-iaa2's blind SECOND annotation of Mauritania 2024 (a page of the public collection,
2024 layout), for inter-annotator agreement (issue 14, item 1).

``2024_mauritania.jsonl`` here annotates ``html/2024/mauritania.html`` of the public collection
of state.gov pages, checked out next to the repository as ``../collection/html/2024/
mauritania.html`` by ``scripts/collection.sh``. It was made blind to the first annotation
(``tests/gold/shared/2024_mauritania.jsonl``, its builder and notes were never opened, nor the
system's output on the report, before this file was committed): every record below was decided
by hand, reading the report sentence by sentence, with docs/EVALUATION.md as the only rule book;
the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``, in annotation order). The
output holds offsets, names and values but no report text.

Section groups of the 2024 layout: Life is group ``1``, Liberty group ``2``, Security of the
Person group ``3-4`` (as the 2024 Liberia gold).

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2024_mauritania.py
    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2024_mauritania.py --show

Decisions where docs/EVALUATION.md is silent are written down in
docs/gold/second/2024_mauritania.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from second_gold import SecondCollectionDoc as Doc  # noqa: E402

import build_shared_gold  # noqa: E402
from collection_gold import assemble  # noqa: E402

FILE = "html/2024/mauritania.html"
Y = "2024"

#: the section groups of the 2024 outline (opening heading, heading that ends the group)
ALL_PARTS = {
    "exec": (None, "Section 1."),
    "1": ("Section 1.", "Section 2."),
    "2": ("Section 2.", "Section 3."),
    "3-4": ("Section 3.", None),
}
#: the groups annotated whole so far, in annotation order
DONE = ["1", "2", "3-4", "exec"]

STATE = "Department of State"
UNHCR = "Office of the UN High Commissioner for Refugees"


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: Doc) -> None:
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
    # an arrest after a protest is a later step of another kind: not dated by the episode
    d.ev("were arrested and taken into custody by gendarmes", "detention_or_arrest", Y)
    d.fig("In Kaedi, four men, Mbare Abdoulaye Diop", 4,
          "men arrested for joining the celebrations")
    d.ev("The men died while in custody at the Kaedi gendarmerie on July 2",
         "death_in_custody", "2024-07-02")
    d.fig("with more than 30 detainees held in a cramped room", 30,
          "detainees held in one room at the gendarmerie", "more than")
    d.ev("There was no investigation of these deaths at year", "investigation", Y,
         polarity="negated")
    d.ev("On March 20, a court sentenced four of eight defendants",
         "conviction_or_sentence", "2024-03-20")
    d.pen("life", None, None, "life imprisonment")
    d.ev("for torturing and causing the 2023 death of Soufi Ould Cheine", "killing", "2023")
    d.fig("On March 20, a court sentenced four of eight defendants", 4,
          "defendants sentenced to life imprisonment")
    d.fig("On March 20, a court sentenced four of eight defendants", 8,
          "police officers tried for a death")
    # the same verdict (the remaining defendants of the March 20 trial)
    d.ev("One policeman was sentenced to two years and three other defendants",
         "conviction_or_sentence", "2024-03-20")
    d.pen("prison", 2, "years", "two years")
    d.fig("One policeman was sentenced to two years and three other defendants", 3,
          "defendants found not guilty")

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: Doc) -> None:
    d.sec("2.a")
    d.ent("organization", "Constitutional Council")
    d.ent("person", "Ould Samba", "Samba")
    d.ent("person", "Maria Cheikh Abdallahi Obed", "Obed")
    d.ent("place", "Nouakchott")
    d.ent("organization", "Alakhbar Agency")
    d.ent("person", "Mohamed Ould Isselmou")
    d.ent("person", "Salek Zeïd")
    d.ent("organization", "Reporters Without Borders")
    d.ev("Authorities arrested persons for expressing political or religious views online",
         "detention_or_arrest", Y)
    d.ev("Most of the activists arrested were charged on the basis of content", "charge", Y)
    d.ev("via a video blog on October 2 and directly criticized", "other", "2024-10-02")
    # "subsequently": an arrest is a later step of another kind, not dated by the episode
    d.ev("He was subsequently arrested under provisions of the national symbols law",
         "detention_or_arrest", Y)
    d.ev("his legal team appealed to the Constitutional Council", "other", Y)
    d.ev("The Constitutional Council struck down a section of the law", "other", Y)
    d.prov("The law also prescribed a mandatory death penalty", "penalty", None, None,
           "mandatory death penalty")
    d.ev("There were no reports of new prosecutions under the blasphemy law", "charge", Y,
         polarity="negated")
    d.ev("Obed was charged under the blasphemy and national symbol laws", "charge", Y)

    d.ev("Some journalists were subjected to violence, harassment, or intimidation",
         "attack_or_threat", Y)
    d.ev("There were cases of arbitrary arrest and detention of journalists",
         "detention_or_arrest", Y)
    d.ev("During a May 7 demonstration, police attacked Alakhbar Agency photographer",
         "attack_or_threat", "2024-05-07")
    d.ev("confiscated their equipment.||Police did not investigate the incident",
         "investigation", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Court of Arbitration")
    d.ent("organization", STATE)
    d.ent("organization", "Women Heads of Households")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Labor Office")
    d.ent("organization", "Ministry of Labor")
    d.prov("for at least five years", "threshold", 5, "years", "at least five years")
    d.ev("the government had not authorized union elections since 2014", "other", "2014",
         polarity="negated")
    d.prov("the meeting had to occur 15 days following a statement", "time_limit", 15, "days",
           "15 days")
    d.prov("wait up to four additional months before they could legally strike", "time_limit",
           4, "months", "up to four additional months")
    d.prov("The law required advance notice of one month for civil service unions",
           "requirement", 1, "months", "one month")
    d.prov("The law required advance notice of one month for civil service unions",
           "requirement", 10, "days", "at least 10 working days")
    d.prov("Such notices legally restricted workers from striking for a period", "time_limit",
           4, "months", "a period of four months")
    d.ev("Workers and unions organized several strikes", "strike", Y)
    d.prov("could not exceed either 40 hours or six days per week", "prohibition", 40, "hours",
           "40 hours")
    d.prov("could not exceed either 40 hours or six days per week", "prohibition", 6, "days",
           "six days per week")
    d.prov("Domestic workers and certain other categories could work 56 hours", "prohibition",
           56, "hours", "56 hours per week")
    d.fig("more than 2,000 cases of professional disputes were waiting", 2000,
          "professional disputes awaiting the labor courts", "more than",
          source="trade union workers")
    d.fig("more than 120 cases of which were collective disputes", 120,
          "collective disputes awaiting the labor courts", "more than",
          source="trade union workers")
    d.fig("almost two-thirds of the population was not formally employed", 2 / 3,
          "share of the population not formally employed", "approximately",
          source="International Labor Organization")
    d.fig("more than 56 percent of the working population labored", 56,
          "share of the working population in the informal sector", "more than",
          unit="percent", source="International Labor Organization")

    d.sec("2.c")
    d.ent("organization", "Front for Change")
    d.ent("person", "Mohamed Ould Abdel Aziz")
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("During the year authorities arbitrarily arrested and detained protesters",
         "detention_or_arrest", Y)
    d.ev("On June 29, police arrested four leaders of the nonrecognized",
         "detention_or_arrest", "2024-06-29")
    d.ev("for allegedly calling for a boycott of the June presidential election",
         "election_or_referendum", "2024-06")
    d.fig("On June 29, police arrested four leaders of the nonrecognized", 4,
          "opposition party leaders arrested")
    d.ev("The four detainees were released on July 11 without any charges", "release",
         "2024-07-11")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: Doc) -> None:
    d.sec("3.a")
    d.ent("organization", "National Union of Mauritanian Students")
    d.ent("place", "Nouakchott")
    d.ent("organization", "National Guard")
    d.ent("organization", "National Police")
    d.ent("organization", "National Statistics Office")
    d.ent("organization", "Ministry of Health")
    d.ev("there were credible reports government officials employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("On February 29, police fired tear gas and attacked protesters",
         "attack_or_threat", "2024-02-29")
    # a casualty told in the very next sentence after the dated dispersal
    d.ev("A number of protesters were injured and required hospitalization",
         "attack_or_threat", "2024-02-29")
    d.ev("required hospitalization as a result of police violence.||Police did not investigate",
         "investigation", Y, polarity="negated")
    d.ev("the 2019-21 Demographic and Health Survey", "report_published", "2019",
         date_end="2021", source="National Statistics Office")
    d.fig("64 percent of women ages 15 to 49", 64, "women 15 to 49 who had undergone FGM/C",
          unit="percent", source="National Statistics Office")
    d.fig("45 percent of girls up to age 14", 45, "girls up to 14 who had undergone FGM/C",
          unit="percent", source="National Statistics Office")
    d.fig("Approximately 58 percent of these procedures took place before age", 58,
          "FGM/C procedures before age five", "approximately", unit="percent")

    d.sec("3.b")
    d.ent("organization", "Department of Labor")
    d.prov("The legal age of marriage was 18", "threshold", 18, "age", "18")

    d.sec("3.c")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", "International Organization for Migration")
    d.ent("organization", "National Consultative Commission on Refugees")
    d.ent("organization", STATE)
    d.ent("place", "Spain")
    d.ent("place", "Canary Islands")
    d.ent("organization", "European Union")
    d.ent("place", "Senegal")
    d.ent("place", "Mali")
    d.prov("to remain in the country for up to three months", "right", 3, "months",
           "up to three months")
    d.ev("On September 10, parliament approved a law amending", "law_or_decree", "2024-09-10")
    d.ev("This agreement was reportedly strengthened by an August migration agreement",
         "other", "2024-08", polarity="alleged")
    d.ev("The government reached a similar agreement with the European Union", "other", Y)

    d.sec("3.d")
    d.ev("no reports of antisemitic incidents", "attack_or_threat", Y, polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: Doc) -> None:
    d.sec("exec")
    d.ent("place", "Mauritania")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government took steps to identify and punish officials", "investigation", Y)


PART_BUILDERS = {"1": section_1, "2": section_2, "3-4": section_3,
                 "exec": executive_summary}


def mauritania() -> Doc:
    return assemble(Doc, "2024_mauritania", FILE, 2024, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2024_mauritania": mauritania}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
