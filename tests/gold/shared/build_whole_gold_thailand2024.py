"""Build the hand-made DEV gold file for Thailand 2024 (a page of the public collection).

``2024_thailand.jsonl`` annotates ``html/2024/thailand.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2024/thailand.html`` by ``scripts/collection.sh``: the
2024 edition, whose outline has three broad sections ("Section 1." Life, "Section 2." Liberty,
"Section 3." Security of the Person) with lettered topics under each, grouped by their number as
the 2024 Liberia gold does (``GROUPS`` of ``build_whole_gold_liberia2024.py``; no group
``5-7``). Split ``dev``, annotated with the method of ``build_whole_gold_malawi2016.py``
(``CollectionDevDoc`` of ``collection_gold.py``): every record below was decided by hand,
reading the report sentence by sentence before the system was ever run on it; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. The scope line lists in ``"ranges"``
exactly the section groups annotated whole (``DONE``). The output holds offsets, names and
values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_thailand2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_thailand2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_thailand.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2024/thailand.html"
Y = "2024"

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["2", "3-4", "exec", "1"]

ISOC = "Internal Security Operations Command"
DUAYJAI = "Duay Jai Group"
MOL = "Ministry of Labor"
DLPW = "Department of Labor Protection and Welfare"
NFAT = "National Fisheries Association of Thailand"
TLHR = "Thai Lawyers for Human Rights"
DOC = "Department of Corrections"
PARK = "National Park, Wildlife and Plant Conservation Department"
OAG = "Office of the Attorney General"
NHRCT = "National Human Rights Commission of Thailand"
BOOK = "Infiltrating Society: The Thai Military’s Internal Security Affairs"


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Suchard Sawadsri")
    d.ent("organization", "iLaw")
    d.ent("organization", "King Protection Group")
    d.ent("person", "Arnon Nampha")
    d.ent("person", "Prawit Wongsuwan")
    d.ent("organization", "National Broadcasting and Telecommunications Commission")
    d.ent("organization", ISOC, "ISOC")
    d.ent("person", "Puangthong Pawakapan", "Puangthong")
    d.ent("organization", "Chulalongkorn University")
    d.ent("organization", "Facebook")
    d.ent("place", "Deep South")
    d.not_entity(BOOK, "Computer Crimes Act", "Section 112")
    d.ev("The government imposed legal restrictions on criticism of the government",
         "censorship_or_blocking", Y)
    d.prov("punishable by a fine or three to 15 years’ imprisonment for each offense",
           "penalty", 3, "years", "three to 15 years’ imprisonment", "lèse majesté",
           value_end=15)
    d.ev("On September 17, Suchard Sawadsri, a well-known writer, was accused", "charge",
         "2024-09-17")
    d.ev("The suit was filed by the ultraroyalist King Protection Group.", "charge",
         "2024-09-17")
    B = "As of August, 37 cases were pending from charges filed following"
    d.ev(B, "protest", "2020")
    d.fig(B, 37, "cases pending from charges after the 2020 youth protests")
    d.fig(B, 8, "lèse majesté cases in the north's provincial courts")
    d.fig(B, 4, "cases involving freedom of expression on an online platform")
    d.ev("On August 16, Prawit Wongsuwan, a high-ranking political party leader",
         "attack_or_threat", "2024-08-16")
    d.ev("Authorities monitored the content of all media, including international media.",
         "surveillance", Y)
    B = "According to media reports, on September 14, ISOC attempted to ban"
    d.ev(B, "censorship_or_blocking", "2024-09-14", source="media reports")
    d.ev(B, "report_published", "2021")
    # t-conv15 settlement (2026-12-13): a statement after the attempted ban, another kind: the year
    d.ev("ISOC criticized the book as misleading", "other", Y, source=ISOC)
    d.ev("On September 23, media reported Chulalongkorn University canceled a forum", "other",
         "2024-09-23", source="media")
    B = "On September 25, however, Puangthong announced on Facebook"
    d.ev(B, "other", "2024-09-25")
    d.ev(B, "other", "2024-09-27")

    d.sec("2.b")
    d.ent("organization", "Labor Relations Committee")
    d.ent("place", "Mae Sot")
    d.ent("place", "Tak Province")
    d.ent("organization", DLPW)
    d.ent("organization", MOL)
    d.ent("place", "Samut Sakhon")
    d.ent("organization", "Court of Appeals")
    d.ent("organization", NFAT)
    d.ent("organization", "Department of State")
    d.ent("organization", "International Transport Workers Federation")
    d.not_entity("Trafficking in Persons Report", "Labor Protection Act",
                 "Labor Protection in Fishing Work law")
    d.prov("To register a union, at least 10 workers were required", "threshold", 10,
           "persons", "at least 10 workers", "union registration")
    d.prov("The law required unions to have 20 percent of workforce membership", "threshold",
           20, "percent", "20 percent of workforce membership", "collective bargaining")
    B = "there were more than 1,000 registered labor unions in the country"
    d.fig(B, 1000, "registered labor unions", "more than", source=MOL)
    d.fig(B, 0.5, "share of registered unions inactive", "approximately", source=MOL)
    B = "In SOEs the law allowed only one union per enterprise"
    d.prov(B, "prohibition", 1, "unions", "only one union per enterprise", "SOE unions")
    d.prov(B, "threshold", 25, "percent", "below 25 percent of the workforce",
           "dissolution of an SOE union")
    d.prov("submit collective demands if at least 15 percent of employees", "threshold", 15,
           "percent", "at least 15 percent of employees", "collective demands")
    d.ev("In September migrant workers in a fishery business in Samut Sakhon", "other",
         "2024-09", place="Samut Sakhon")
    d.fig("The large size of the workforce – 20,000 to 30,000 employees", 20000,
          "employees of the fishery business", value_end=30000)
    d.prov("Employees in private enterprises with more than 50 workers", "threshold", 50,
           "persons", "more than 50 workers", "employee or welfare committees")
    d.prov("obtain strike approval from at least 50 percent of union members", "threshold", 50,
           "percent", "at least 50 percent of union members", "strike approval")
    d.ev("A June appeal filed by a union leader at a plastics manufacturing", "other",
         "2024-06")
    d.ev("the company imposed a written exam requirement on workers", "other", Y)
    B = "In 2023 a bus manufacturing company fired two union organizers"
    d.ev(B, "dismissal", "2023")
    d.fig(B, 2, "union organizers fired")
    d.ev("The employer appealed.", "other", Y)
    d.ev("Rather than issue a ruling, the court mediated the appeal", "other", Y)
    d.ev("In August the mediation resulted in an agreement", "other", "2024-08")
    B = "union membership at the company reportedly shrank from approximately 400"
    d.fig(B, 400, "union members at the company before the case", "approximately")
    d.fig(B, 75, "union members at the company after the case")
    d.ev("a worker advocate received several threats through Facebook", "attack_or_threat", Y)
    d.ev("reportedly invited the advocate to a one-on-one meeting", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("In September, the fisheries association published and circulated a notice",
         "report_published", "2024-09", source=NFAT)
    d.ev("In April the Ministry of Labor issued new regulations", "law_or_decree", "2024-04")
    B = "The maximum workweek by law was 48 hours"
    d.prov(B, "prohibition", 48, "hours", "48 hours", "workweek")
    d.prov(B, "prohibition", 8, "hours", "eight hours per day", "working day")
    d.prov(B, "prohibition", 36, "hours", "overtime limit of 36 hours per week", "overtime")
    d.prov("could work a maximum of 42 hours per week", "prohibition", 42, "hours",
           "a maximum of 42 hours per week", "dangerous work")
    B = "Petrochemical industry employees could not work more than 12 hours"
    d.prov(B, "prohibition", 12, "hours", "more than 12 hours per day", "petrochemical work")
    d.prov(B, "prohibition", 28, "days", "a maximum period of 28 days",
           "continuous petrochemical work")
    B = "In January more than 130 Burmese garment workers filed a court appeal"
    d.ev(B, "other", "2024-01")
    d.fig(B, 130, "Burmese garment workers who filed a court appeal", "more than")
    d.ev("In April the government amended the Labor Protection Act", "law_or_decree",
         "2024-04")
    d.prov("The law prohibited pregnant women and children younger than 18", "threshold", 18,
           "age", "younger than 18", "hazardous work")
    d.ev("The government conducted investigations following complaints.", "investigation", Y)
    d.ev("NGOs reported government entities performed some training", "other", Y,
         source="NGOs")
    d.ev("cohosted a series of OSH seminars with an NGO", "other", "2024-11")
    d.ev("Civil society groups reported in 2023 that the government did not track",
         "report_published", "2023", source="civil society groups")
    d.fig("The country’s informal sector was estimated at approximately half", 0.5,
          "informal sector's share of GDP", "approximately")

    d.sec("2.c")
    d.ent("person", "Porlajee Rakchongcharoen", "Porlajee “Billy” Rakchongcharoen")
    d.ent("organization", PARK)
    d.ent("organization", "Wartani")
    d.ent("organization", DUAYJAI, "Duay Jai", "Duayjai")
    d.ent("place", "Bannang Sata")
    d.ent("place", "Yala")
    d.ent("organization", TLHR)
    d.ent("person", "Netiporn Sanesangkhom", "Netiporn “Bung” Sanesangkhom", "Bung")
    d.ent("organization", DOC)
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")
    B = "The family of Karen rights activist Porlajee"
    d.ev(B, "other", "2014")
    d.ev(B, "other", "2024-04-04")
    d.ev(B, "acquittal", "2023")
    d.ev("although there were arbitrary arrests and detentions in security",
         "detention_or_arrest", Y)
    B = "which gave the government authority to detain persons without charge"
    d.prov(B, "time_limit", 30, "days", "a maximum of 30 days", "detention without charge")
    d.fig(B, 15, "districts where the emergency decree remained in effect")
    d.prov("permitted detention of persons arrested without a warrant for up to seven days",
           "time_limit", 7, "days", "up to seven days", "detention without a warrant")
    B = "On June 27, the NGOs Wartani and Duayjai reported"
    d.ev(B, "detention_or_arrest", "2024-06-27", source="Wartani", place="Bannang Sata")
    d.fig(B, 4, "Muslim villagers apprehended")
    d.ev("The villagers were released on June 29.", "release", "2024-06-29")
    d.ev("Authorities reportedly did not conduct an investigation of the group", "investigation",
         Y, polarity="negated")
    d.ev("political detainees were denied bail by courts", "other", Y)
    B = "of the 109 bail applications it submitted between January and June"
    d.ev(B, "other", "2024-01", date_end="2024-06", source=TLHR)
    d.fig(B, 109, "bail applications submitted for persons charged with lèse majesté",
          source=TLHR)
    d.fig(B, 5, "bail applications granted", source=TLHR)
    d.ev("died on May 14 while in pretrial custody", "death_in_custody", "2024-05-14")
    d.ev("On January 27, after her bail was revoked, she started", "protest", "2024-01-27")
    d.ev("On May 15, the Department of Corrections promised an investigation",
         "investigation", "2024-05-15")
    d.prov("The law required an autopsy and inquiry within 30 to 90 days", "time_limit", 30,
           "days", "within 30 to 90 days of death", "autopsy and inquiry", value_end=90)
    d.ev("reported the death was determined to be from natural causes", "other", Y,
         source=DOC)

    d.sec("2.d")
    d.not_entity("International Religious Freedom Report")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: CollectionDevDoc) -> None:
    d.sec("3.a")
    d.ent("place", "Yala")
    d.ent("place", "Narathiwat", "Narathiwat Province", "Narithiwat")
    d.ent("place", "Pattani", "Pattani Province")
    d.ent("place", "Deep South")
    d.ent("place", "Songkhla Province")
    d.ent("organization", "Department of Special Investigation")
    d.ent("organization", OAG)
    d.ent("person", "Phanya Khongsaenkham")
    d.ent("organization", "National Anti-Corruption Commission")
    d.ent("organization", "Narathiwat Provincial court")
    d.ent("place", "Tak Bai", "Tak Bai District")
    d.ent("organization", "Fifth Infantry Division")
    d.ent("person", "Chalermchai Wirunpeth")
    d.ent("person", "Paetongtarn Shinawatra")
    d.ent("organization", "Office of the Council of State")
    d.not_entity("Prevention and Suppression of Torture and Enforced Disappearance Act",
                 "Sa Kaeo Provincial police station")
    d.ev("there were credible reports government officials employed such practices",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("An emergency decree in effect in the three southernmost provinces", 3,
          "southernmost provinces under the emergency decree")
    B = "The decree was lifted in 11 districts in the Deep South"
    d.ev(B, "law_or_decree", "2023")
    d.fig(B, 11, "districts where the emergency decree was lifted")
    d.fig(B, 3, "provinces where the decree was lifted in districts")
    d.fig(B, 4, "districts of Songkhla Province where the decree was lifted")
    d.fig(B, 15, "districts where the emergency decree remained in effect")
    d.ev("There were reports police abused and extorted prisoners and detainees.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("On July 11, a joint investigation panel made up of officials", "investigation",
         "2024-07-11")
    d.ev("Police were attempting to extract a confession for the murder", "torture_or_abuse",
         "2024-01")
    B = "Two officers were identified as suspects, and the results"
    d.ev(B, "investigation", "2024-07-11")
    d.fig(B, 2, "officers identified as suspects of torture")
    B = "On August 24, victims and immediate family members filed suit"
    d.ev(B, "charge", "2024-08-24")
    d.ev(B, "attack_or_threat", "2004", place="Tak Bai")
    d.fig(B, 7, "former government officials sued over the Tak Bai dispersal")
    d.fig(B, 78, "demonstrators killed in the 2004 Tak Bai dispersal")
    B = "The court scheduled witness examinations for September 12"
    d.ev(B, "trial", "2024-09-12")
    d.ev(B, "other", "2024-10-25")
    B = "On September 18, the Office of the Attorney General announced"
    d.ev(B, "charge", "2024-09-18", source=OAG)
    d.fig(B, 8, "individuals accused of intentional homicide in the second case")
    d.ev("Chalermchai Wirunpeth, was charged in both cases", "charge", Y)
    d.ev("None of the defendants appeared in court.", "trial", Y, polarity="negated")
    d.ev("On October 24, Prime Minister Paetongtarn Shinawatra stated", "other", "2024-10-24",
         source="Paetongtarn Shinawatra")
    # t-conv15 settlement (2026-12-13): the same person in a step of another kind: the year
    d.ev("She expressed deep regret over the incident", "other", Y,
         source="Paetongtarn Shinawatra")
    d.ev("On October 26, media reported a local official", "other", "2024-10-26",
         source="media")

    d.sec("3.b")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    B = "The minimum legal age for marriage was 17"
    d.prov(B, "threshold", 17, "age", "17", "minimum age for marriage")
    d.prov(B, "threshold", 20, "age", "younger than 20", "marriage without parental consent")
    d.prov("A court could grant permission for children younger than 17", "threshold", 17,
           "age", "younger than 17", "marriage with a court's permission")
    B = "While the minimum legal age to marry was 17, a Muslim"
    d.prov(B, "threshold", 17, "age", "younger than 17", "marriage of Muslims with consent")
    d.prov(B, "requirement", 3, "members", "a special committee of three members",
           "committee considering the marriage of a Muslim minor")
    d.prov(B, "requirement", 1, "persons", "at least one woman",
           "committee considering the marriage of a Muslim minor")

    d.sec("3.c")
    d.ent("organization", "UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "International Organization for Migration")
    d.ent("place", "Burma")
    d.not_entity("National Screening Mechanism")
    d.fig("The country hosted more than 95,000 refugees and asylum seekers", 95000,
          "refugees and asylum seekers hosted", "more than")
    d.ev("During the year, the government introduced the National Screening Mechanism",
         "other", Y)
    B = "The government periodically allowed UNHCR to monitor the status"
    d.fig(B, 88000, "registered Burmese refugees in camps", "approximately")
    d.fig(B, 9, "refugee camps along the border with Burma")
    d.fig("operated a resettlement program for registered Burmese refugees", 9,
          "refugee camps of the resettlement program")

    d.sec("3.d")
    d.fig("The Jewish population was estimated to be between 200 and 1,000.", 200,
          "Jewish population", "approximately", value_end=1000)
    d.ev("There were no official reports of antisemitic incidents.", "attack_or_threat", Y,
         polarity="negated")

    d.sec("3.e")
    d.ent("organization", NHRCT, "NHRCT")
    d.ent("place", "Laos")
    d.ent("place", "Cambodia")
    d.ent("place", "Vietnam")
    d.ent("place", "Thailand")
    d.ev("there were no reports authorities engaged in acts of transnational repression",
         "other", Y, polarity="negated")
    B = "On June 10, the National Human Rights Commission of Thailand"
    d.ev(B, "report_published", "2024-06-10", source=NHRCT)
    d.fig(B, 9, "cases of enforced disappearance and death of asylum seekers abroad",
          source=NHRCT)
    B = "The Thai asylum seekers were residing in Laos, Cambodia, and Vietnam"
    d.ev(B, "other", "2017", date_end="2021", source=NHRCT)
    d.fig(B, 2, "disappeared asylum seekers later found dead", source=NHRCT)
    B = "In March police from Vietnam visited two areas in Thailand"
    d.ev(B, "other", "2024-03")
    d.fig(B, 2, "areas in Thailand visited by Vietnamese police")
    d.ev("Thai police reportedly accompanied the Vietnamese officers", "other", "2024-03",
         polarity="alleged")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Thailand")
    d.ev("Significant human rights issues included credible reports of",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Authorities took some steps to investigate and punish officials", "investigation", Y)
    d.ev("Insurgents in the southernmost provinces committed human rights abuses",
         "torture_or_abuse", Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Roning Dolah", "Roning")
    d.ent("place", "Pattani", "Pattani Province")
    d.ent("organization", ISOC, "ISOC")
    d.ent("organization", DUAYJAI, "Duay Jai", "Duayjai")
    d.ent("organization", "Cross Cultural Foundation")
    d.ent("organization", "Civil Society Assembly for Peace")
    d.ent("organization", "Network of People Affected by Special Laws")
    d.ent("organization", "Patani Human Rights Network Organizations")
    d.ent("person", "Pakkamol Sririrat")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")
    d.ev("There were reports of killings by both government and insurgent forces", "killing",
         Y, polarity="alleged")
    d.ev("On June 25, Roning Dolah, a human rights activist", "killing", "2024-06-25",
         place="Pattani")
    d.ev("The following day, Internal Security Operations Command", "other", "2024-06-26",
         source=ISOC)
    d.ev("issued a joint statement voicing concern that Roning’s killing", "other",
         "2024-07-03")

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Yala")
    d.ent("place", "Narathiwat", "Narathiwat Province", "Narithiwat")
    d.ent("organization", "Deep South Watch")
    d.ent("place", "Khok Pho")
    d.ent("place", "Si Sakhon", "Si Sakhon District")
    d.ev("Martial law, imposed in 2004, significantly empowered", "law_or_decree", "2004")
    B = "as of August there were 72 raids by security forces"
    d.ev(B, "other", Y, source="Deep South Watch")
    d.fig(B, 72, "raids by security forces as of August", source="Deep South Watch")
    d.fig(B, 7, "suspected insurgents killed", source=DUAYJAI)
    d.fig(B, 1, "government security force members killed", source=DUAYJAI)
    B = "as of September violence resulted in 93 deaths and 272 injuries"
    d.ev(B, "killing", Y, source="Deep South Watch")
    d.fig(B, 93, "deaths from violence in the south as of September", source="Deep South Watch")
    d.fig(B, 272, "injuries from violence in the south as of September",
          source="Deep South Watch")
    d.fig(B, 475, "violent incidents in the south as of September", source="Deep South Watch")
    B = "On August 1, security forces killed three suspected insurgents"
    d.ev(B, "killing", "2024-08-01", place="Khok Pho")
    d.fig(B, 3, "suspected insurgents killed in the Khok Pho shootout")
    d.ev("The regional ISOC spokesman said that during the standoff", "other", "2024-08-01",
         source=ISOC)
    d.ev("On March 3, an insurgent group launched a combined bombing", "attack_or_threat",
         "2024-03-03", place="Si Sakhon")
    B = "Two officers were killed and injured in the attack."
    d.ev(B, "killing", "2024-03-03")
    d.fig(B, 2, "officers killed and injured in the March 3 attack")
    d.ev("after investigating a March 2 attack at a different military base",
         "attack_or_threat", "2024-03-02")


PART_BUILDERS = {"2": section_2, "3-4": section_3, "exec": executive_summary,
                 "1": section_1}


def thailand() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2024_thailand", FILE, 2024, GROUPS, DONE, PART_BUILDERS)


DOCS = {"2024_thailand": thailand}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
