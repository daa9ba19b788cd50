"""Build the hand-made DEV gold file for Jordan 2024 (a page of the public collection).

``2024_jordan.jsonl`` annotates ``html/2024/jordan.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2024/jordan.html`` by ``scripts/collection.sh``: the 2024
edition, whose outline has three broad sections ("Section 1." Life, "Section 2." Liberty,
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

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_jordan2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_jordan2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_jordan.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2024/jordan.html"
Y = "2024"

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["2", "3-4", "exec", "1"]

OHCHR = "UN Office of the High Commissioner for Human Rights"
AI = "Amnesty International"
MOL = "Ministry of Labor"
GFJTU = "General Federation of Jordanian Trade Unions"
PSD = "Public Security Directorate"
NCHR = "National Center for Human Rights"
ILO = "International Labor Organization"
TDH = "Terre des Hommes"
MOI = "Ministry of Interior"
DAWN = "Democracy for the Arab World Now"
GID = "General Intelligence Department"
PSD_OFFICE = "PSD Human Rights and Transparency Office"
UNHCR = "Office of the UN High Commissioner for Refugees"


class JordanDoc(CollectionDevDoc):
    """A name followed by "-operated" or "-based" is a mention ("the Ministry of Social
    Development-operated shelter", "Amman-based"), as Lesotho's "-affiliated"."""

    MENTION_AFTER = r"(?!\w|-(?!operated|based)\w)"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: JordanDoc) -> None:
    d.sec("exec")
    d.ent("place", "Jordan")
    d.ev("Significant human rights issues included credible reports of", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("The government took some steps to investigate, prosecute, and punish",
         "investigation", Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: JordanDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Zaid Dabash", "Dabash")
    d.ent("organization", PSD, "PSD")
    d.ent("organization", NCHR, "NCHR")
    d.ent("organization", MOI)
    d.not_entity("Marka Prison")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")
    B = "Authorities pursued accountability for the 2022 death in custody"
    d.ev(B, "death_in_custody", "2022")
    d.ev(B, "investigation", Y)
    B = "The police court reportedly resolved the cases against all eight PSD"
    d.ev(B, "conviction_or_sentence", Y, polarity="alleged")
    d.fig(B, 8, "PSD personnel charged over Dabash's death")
    d.ev("The court reportedly sentenced the eight individuals to one month",
         "conviction_or_sentence", Y, polarity="alleged")
    d.pen("prison", 1, "months", "one month’s confinement")

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: JordanDoc) -> None:
    d.sec("2.a")
    d.ent("place", "Jordan")
    d.ent("organization", OHCHR)
    d.ent("organization", AI)
    d.ent("place", "Israel")
    d.ent("organization", "Access Now")
    d.ent("organization", "NSO Group")
    d.ent("person", "Ahmed al-Zoubi", "al-Zoubi")
    d.ent("organization", "Facebook")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "al-Rai")
    d.ent("organization", "South Amman Court")
    d.ent("person", "Hiba Abu Taha", "Abu Taha")
    d.ent("organization", "Amman Court")
    d.ent("organization", "North Amman Court")
    d.ent("place", "Gaza")
    d.ent("place", "Amman")
    d.ent("organization", "Hamas")
    d.not_entity("Pegasus")
    d.ev("the updated cybercrimes law enacted in 2023 and its implementation", "law_or_decree",
         "2023")
    d.ev("On August 13, Amnesty International reported that in the year since", "charge",
         "2024-08-13", source=AI)
    d.ev("the mobile phones of dozens of Jordanians were targeted by Pegasus", "surveillance",
         Y, source="a local NGO")
    B = "On February 1, the NGO Access Now reported it confirmed through"
    d.ev(B, "report_published", "2024-02-01", source="Access Now")
    d.ev(B, "surveillance", "2019", "year", date_end="2023-09", source="Access Now")
    d.fig(B, 35, "persons targeted with spyware", "at least", source="Access Now")
    d.fig(B, 16, "journalists targeted with spyware", source="Access Now")
    d.prov("The law permitted punishment of up to three years’ imprisonment", "penalty", 3,
           "years", "up to three years’ imprisonment", "insulting the king")
    B = "On July 2, security services arrested well-known satirical journalist"
    d.ev(B, "detention_or_arrest", "2024-07-02")
    d.ev(B, "conviction_or_sentence", "2023-08")
    d.pen("prison", 1, "years", "one year’s imprisonment")
    d.ev("the Ministry of Justice rejected multiple appeals from his lawyers", "other", Y)
    d.ev("Amnesty International characterized al-Zoubi’s detention as part", "other", Y,
         source=AI)
    d.ev("On October 8, while al-Zoubi was in prison, his employer", "dismissal", "2024-10-08",
         polarity="alleged")
    d.ev("On November 17, al-Zoubi’s lawyers filed a labor case", "other", "2024-11-17")
    d.ev("security forces demanded websites remove some articles", "censorship_or_blocking", Y,
         source="journalists")
    d.fig("A local NGO reported 97 percent of Jordanian journalists surveyed", 97,
          "share of journalists surveyed who believed colleagues self-censored",
          unit="percent", source="a local NGO")
    B = "Following her arrest on May 13, independent media reported Hiba Abu Taha"
    d.ev(B, "detention_or_arrest", "2024-05-13", source="independent media")
    d.ev(B, "conviction_or_sentence", "2024-06-11", source="independent media")
    d.pen("prison", 1, "years", "one year’s imprisonment")
    B = "On October 19, the North Amman Court fined Abu Taha 5,000 dinars"
    d.ev(B, "conviction_or_sentence", "2024-10-19")
    d.pen("fine", 5000, "JOD", "5,000 dinars ($7,000)")
    d.ev(B, "attack_or_threat", "2023-10-07")
    d.fig(B, 5000, "fine imposed on Abu Taha", unit="JOD")
    d.fig(B, 7000, "fine imposed on Abu Taha in dollars", unit="USD")

    d.sec("2.b")
    d.ent("organization", GFJTU, "GFJTU")
    d.ent("organization", MOL)
    d.ent("organization", "Aseel Universal Garments", "Aseel")
    d.ent("organization", "Ministry of Planning and International Cooperation")
    d.ent("organization", "Department of State")
    d.ent("organization", TDH)
    d.ent("organization", ILO)
    d.ent("organization", "International Finance Corporation")
    d.ent("organization", "Domestic Workers Directorate")
    d.ent("organization", PSD, "PSD")
    d.ent("organization", "Counter Trafficking Unit")
    d.ent("organization", NCHR, "NCHR")
    d.not_entity("Trafficking in Persons Report", "Better Work Jordan Program", "Labor Code")
    d.fig("It also defined 17 industries and professions", 17,
          "industries and professions in which unions could be established")
    d.fig("The law required that unions for these 17 statutorily defined", 17,
          "statutorily defined trade organizations")
    d.prov("The establishment of unions required at least 50 founding members", "threshold", 50,
           "members", "at least 50 founding members", "establishing a union")
    d.ev("The government denied recognition to independent unions organized",
         "registration_decision", Y)
    d.fig("beyond the 17 sectors established by law", 17, "sectors established by law")
    d.ev("No new trade union had been established since 1976.", "other", "1976",
         polarity="negated")
    d.ev("In October 2023, Aseel Universal Garments factory faced cash flow", "strike",
         "2023-10")
    B = "Aseel owed 1,311 workers (854 of whom were migrants)"
    d.fig(B, 1311, "workers Aseel owed wages")
    d.fig(B, 854, "migrant workers Aseel owed wages")
    d.fig(B, 2000000, "wages Aseel owed", unit="JOD")
    d.fig(B, 2700000, "wages Aseel owed in dollars", unit="USD")
    B = "told approximately 100 Bangladeshi workers who applied to return to work"
    d.ev(B, "other", Y, source="labor rights activists")
    d.fig(B, 100, "Bangladeshi workers barred from re-entering", "approximately",
          source="labor rights activists")
    d.prov("Ministry-appointed mediators were assigned to cases for up to 21 days.",
           "time_limit", 21, "days", "up to 21 days", "ministry mediation")
    d.prov("panel of ministry-appointed judges for 21 days", "time_limit", 21, "days",
           "for 21 days", "labor court adjudication")
    d.prov("a requirement to provide a minimum of 14 days’ notice", "requirement", 14, "days",
           "a minimum of 14 days’ notice", "strike notice")
    d.ev("some management representatives used threats to intimidate striking workers",
         "attack_or_threat", Y, source="labor organizations")
    B = "The Ministry of Labor reported 13 strikes through September"
    d.ev(B, "strike", Y, source=MOL)
    d.fig(B, 13, "strikes through September", source=MOL)
    d.prov("consider employment contracts void if a worker was absent more than 10",
           "threshold", 10, "days", "more than 10 consecutive days", "voiding a contract")
    d.ev("reported instances of refusing to renew foreign workers’ contracts", "dismissal", Y,
         source="labor rights organizations")
    d.ev("There were no known reports of threats of violence against union heads",
         "attack_or_threat", Y, polarity="negated")
    B = "In mid-November, the government reportedly suspended a February decision"
    d.ev(B, "law_or_decree", "2024-11", polarity="alleged")
    d.ev(B, "law_or_decree", "2024-02")
    d.prov("The law set a workweek of 48 hours", "prohibition", 48, "hours", "48 hours",
           "workweek")
    B = "actual working hours could not exceed 10 hours per day"
    d.prov(B, "prohibition", 10, "hours", "10 hours per day", "compulsory overtime")
    d.prov(B, "time_limit", 30, "days", "more than 30 days", "compulsory overtime period")
    d.prov("Employees were entitled to one day off per week.", "right", 1, "days",
           "one day off per week", "weekly rest")
    B = "The law provided for 14 days of paid sick leave"
    d.prov(B, "right", 14, "days", "14 days of paid sick leave", "sick leave")
    d.prov(B, "right", 14, "days", "14 days of paid annual leave", "annual leave")
    d.prov(B, "right", 21, "days", "21 days of paid annual leave", "annual leave")
    d.prov(B, "threshold", 5, "years", "after five years of service", "longer annual leave")
    B = "In October, the NGO Terre des Hommes reported many child workers"
    d.ev(B, "report_published", "2024-10", source=TDH)
    d.fig(B, 51, "share of child workers working five to eight hours daily", unit="percent",
          source=TDH)
    d.fig("only 22 percent of child workers received safety training", 22,
          "share of child workers who received safety training", unit="percent", source=TDH)
    d.ev("In October, Terre des Hommes reported children between ages 16", "report_published",
         "2024-10", source=TDH)
    d.fig("the government’s online platform received 2,543 complaints", 2543,
          "labor complaints received in the second quarter")
    B = "The Ministry of Labor conducted 1,605 inspections in the agricultural sector"
    d.fig(B, 1605, "inspections in the agricultural sector", source=MOL)
    d.fig(B, 174, "violations issued in the agricultural sector", source=MOL)
    B = "The PSD reported 108 domestic worker-related cases during the year"
    d.fig(B, 108, "domestic worker-related cases", source=PSD)
    d.fig(B, 11, "domestic worker cases classified as human trafficking", source=PSD)
    d.fig(B, 97, "domestic worker cases classified as labor disputes", source=PSD)
    B = "From January through September, the unit handled five cases"
    d.ev(B, "other", "2024-01", date_end="2024-09")
    d.fig(B, 5, "forced labor cases handled by the unit")
    d.fig("The NCHR reported the Ministry of Labor received 29 complaints", 29,
          "labor dispute complaints received by the ministry", source=NCHR)
    d.fig("The Ministry of Labor received 9,298 labor complaints during the year.", 9298,
          "labor complaints received")
    B = "Of these, 3,697 were resolved at the level of the enterprise"
    d.fig(B, 3697, "labor complaints resolved at the enterprise")
    d.fig(B, 287, "labor complaints under process at year's end")
    d.fig(B, 1383, "labor violations issued")
    d.ev("NGOs reported authorities administratively detained foreign domestic workers",
         "detention_or_arrest", Y, source="NGOs")
    d.fig("could account for more than 46 percent of the country’s workers", 46,
          "informal sector's share of workers", "more than", unit="percent", source=ILO)

    d.sec("2.c")
    d.ent("organization", MOI, "interior ministry")
    d.ent("organization", "Ministry of Social Development")
    d.ent("person", "Maisarah Malas")
    d.ent("person", "Ziad Ibheis")
    d.ent("organization", "National Alliance for Rights and Freedoms")
    d.ev("There were no known reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("During the year, authorities reportedly held hundreds of activists",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Several human rights activists alleged authorities held arrestees incommunicado",
         "detention_or_arrest", Y, polarity="alleged", source="human rights activists")
    d.ev("Security services also reportedly arbitrarily arrested, intimidated, and harassed",
         "detention_or_arrest", Y, polarity="alleged")
    B = "during the year 29,077 persons served in administrative detention"
    d.ev(B, "detention_or_arrest", Y, source=MOI)
    d.fig(B, 29077, "persons in administrative detention during the year", source=MOI)
    d.ev("On March 30, security forces reportedly arrested trade union activists",
         "detention_or_arrest", "2024-03-30", polarity="alleged", place="Amman")
    d.ev("Authorities reportedly held them for 47 days in administrative detention", "release",
         "2024-05-16", polarity="alleged")
    d.dur(47, "days", "for 47 days")
    d.ev("The activists’ lawyer told media that authorities released them", "release",
         "2024-05-16", source="the activists' lawyer")
    B = "In April, the National Alliance for Rights and Freedoms characterized"
    d.ev(B, "other", "2024-04", source="National Alliance for Rights and Freedoms")
    d.ev(B, "detention_or_arrest", "2023-10", date_end="2024-04",
         source="National Alliance for Rights and Freedoms")
    d.fig(B, 1500, "protesters and activists arrested", "more than",
          source="National Alliance for Rights and Freedoms")
    d.ev("Authorities released the vast majority of those arrested", "release", Y)
    d.ev("Amnesty International reported many protesters were referred to court", "charge", Y,
         source=AI)
    B = "the interior ministry immediately re-apprehended or kept protesters in custody"
    d.ev(B, "detention_or_arrest", Y, source="NGOs")
    d.fig(B, 50000, "fine threatened on detainees", unit="JOD", source="NGOs")
    d.fig(B, 70000, "fine threatened on detainees in dollars", unit="USD", source="NGOs")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: JordanDoc) -> None:
    d.sec("3.a")
    d.ent("place", "Jordan")
    d.ent("organization", PSD, "PSD")
    d.ent("organization", "PSD Human Rights and Transparency Office")
    d.ent("organization", "Jordanian Medical Association")
    d.ent("organization", DAWN, "DAWN")
    d.ent("person", "Abed Elah al-Majali", "al-Majali", "Al-Majali")
    d.ent("organization", "Jordan Heritage")
    d.ent("person", "Firas al-Rousan")
    d.ent("person", "Kamil al-Zoubi")
    d.ent("organization", "Facebook")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", GID, "GID")
    B = "the penal code provided penalties up to three years’ imprisonment"
    d.prov(B, "penalty", 3, "years", "up to three years’ imprisonment", "torture")
    d.prov(B, "penalty", 15, "years", "up to 15 years", "torture causing serious injury")
    d.ev("Some international and local NGOs alleged government officials employed torture",
         "torture_or_abuse", Y, polarity="alleged", source="international and local NGOs")
    d.ev("The government asserted that all reported allegations of abuse in custody",
         "investigation", Y, polarity="alleged", source="the government")
    B = "The PSD Human Rights and Transparency Office reported receiving seven complaints"
    d.fig(B, 7, "complaints of allegations of harm against officers", source=PSD_OFFICE)
    d.fig(B, 4, "complaints still in court at year's end", source=PSD_OFFICE)
    d.fig("the office reported receiving 36 allegations of mistreatment", 36,
          "mistreatment allegations received by the office", source=PSD_OFFICE)
    B = "As of September, seven of those cases were prosecuted and resulted"
    d.ev(B, "conviction_or_sentence", Y)
    d.fig(B, 7, "mistreatment cases prosecuted with convictions")
    d.fig(B, 7, "mistreatment cases dismissed for insufficient evidence")
    d.fig(B, 16, "mistreatment cases still in trial")
    B = "In March, six were dropped under a general pardon."
    d.ev(B, "other", "2024-03")
    d.fig(B, 6, "mistreatment cases dropped under a general pardon")
    B = "In a January 4 report, the NGO Democracy for the Arab World Now"
    d.ev(B, "report_published", "2024-01-04", source=DAWN)
    d.ev(B, "detention_or_arrest", "2022", source=DAWN)
    d.ev("al-Majali alleged in 2022 security forces forced him to disrobe", "torture_or_abuse",
         "2022", polarity="alleged", source=DAWN)
    d.ev("Al-Majali also reported physical threats against him", "attack_or_threat", Y,
         source="Abed Elah al-Majali")
    d.ev("and activist Kamil al-Zoubi were still on trial", "trial", Y)

    d.sec("3.b")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The minimum age of consensual sex was 18", "threshold", 18, "age", "18",
           "consensual sex")
    d.fig("The minimum age of consensual sex was 18||Four cases of child sexual exploitation",
          4, "cases of child sexual exploitation filed with the PSD")
    B = "The minimum age for marriage was 18, but with the consent"
    d.prov(B, "threshold", 18, "age", "18", "marriage")
    d.prov(B, "threshold", 16, "age", "as young as age 16", "marriage with consent")
    d.fig("Local authorities reported there were 5,072 child marriages in 2023", 5072,
          "child marriages in 2023", source="local authorities")
    d.fig("initiated early marriages for their daughters||Four cases of child sexual "
          "exploitation", 4, "cases of child sexual exploitation filed with the PSD")

    d.sec("3.c")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", MOI, "interior ministry")
    d.ent("place", "Sudan")
    d.not_entity("Convention Relating to the Status of Refugees")
    d.prov("allowed recognized refugees a maximum stay of one year", "time_limit", 1, "years",
           "a maximum stay of one year", "refugee stay")

    d.sec("3.d")
    d.ent("place", "Israel")
    d.ent("place", "Gaza")

    d.sec("3.e")
    d.ent("place", "Canada")
    d.ent("place", "Europe")
    d.ent("place", "Türkiye")
    d.ent("place", "United States")
    d.ev("alleged security services harassed and intimidated their Jordan-based family",
         "attack_or_threat", Y, polarity="alleged",
         source="exiled activists")
    d.ev("DAWN and other NGOs alleged the GID and PSD harassed and threatened",
         "attack_or_threat", Y, polarity="alleged", source=DAWN)
    d.ev("Reports alleged the GID harassed and intimidated Jordanian asylum seekers",
         "attack_or_threat", Y, polarity="alleged", source="reports")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2, "3-4": section_3}


def jordan() -> JordanDoc:
    return assemble(JordanDoc, "2024_jordan", FILE, 2024, GROUPS, DONE, PART_BUILDERS)


DOCS = {"2024_jordan": jordan}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
