"""Build the hand-made DEV gold file for Montenegro 2024 (a page of the public collection).

``2024_montenegro.jsonl`` annotates ``html/2024/montenegro.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2024/montenegro.html`` by ``scripts/collection.sh``: the
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

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_montenegro2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_montenegro2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_montenegro.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2024/montenegro.html"
Y = "2024"

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["2", "3-4", "exec", "1"]

AEM = "Agency for Electronic Media"
SSPO = "Special State Prosecutor’s Office"
MTU = "Media Trade Union"
USSCG = "Union of Free Trade Unions"
UNHCR = "Office of the UN High Commissioner for Refugees"
CRI = "Center for Roma Initiatives"


class MontenegroDoc(CollectionDevDoc):
    """A name followed by "-led" is a mention ("the former Democratic Party of Socialists-led
    government"), as Lesotho's "-affiliated"."""

    MENTION_AFTER = r"(?!\w|-(?!led)\w)"


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: MontenegroDoc) -> None:
    d.sec("2.a")
    d.ent("organization", AEM)
    d.ent("organization", "Russia Today")
    d.ent("organization", "Sputnik")
    d.ent("organization", "Rossiya 1")
    d.ent("organization", "EU")
    d.ent("place", "Russian Federation", "Russia")
    d.ent("place", "Ukraine")
    d.ent("organization", "Atlantic Council of Montenegro")
    d.ent("organization", "Digital Forensic Center")
    d.ent("organization", "High Court")
    d.ent("place", "Podgorica")
    d.ent("organization", SSPO, "Special State Prosecution")
    d.ent("person", "Olivera Lakic")
    d.ent("organization", "Basic Prosecutor’s Office")
    d.ent("person", "Zoran Becirovic", "Zoran “Coco” Becirovic", "Becirovic")
    d.ent("person", "Luka Becirovic")
    d.ent("person", "Mladen Mijatović")
    d.ent("person", "Ana Raickovic")
    d.ent("organization", "Pobjeda")
    d.ent("organization", "Democratic Party of Socialists")
    d.ent("organization", MTU)
    B = "On July 3, the Agency for Electronic Media updated its 2022 ban"
    d.ev(B, "censorship_or_blocking", "2024-07-03")
    d.ev(B, "censorship_or_blocking", "2022")
    d.ev(B, "law_or_decree", "2024-06-06")
    B = "urged all local audio-visual media service providers to suspend airing"
    d.ev(B, "censorship_or_blocking", Y)
    d.fig(B, 20, "Russian media outlets whose programs were to be suspended")
    d.ev("There were no reports the government used violence against media", "attack_or_threat",
         Y, polarity="negated")
    B = "On July 31, the High Court in Podgorica confirmed the indictment proposal"
    d.ev(B, "charge", "2024-07-31", place="Podgorica")
    d.ev(B, "attack_or_threat", "2018", place="Podgorica")
    d.fig(B, 14, "individuals indicted over the shooting of Olivera Lakic")
    # the rest of the July 31 indictment takes its date (settled 2026-12-08)
    d.ev("The group accused of the assault was also charged with creating", "charge",
         "2024-07-31")
    d.ev("Several media columnists complained of being threatened during the year",
         "attack_or_threat", Y, polarity="alleged", source="media columnists")
    d.ev("Journalists faced intimidation, threats of violence, and attacks from unknown",
         "attack_or_threat", Y)
    B = "On November 11, the Basic Prosecutor’s Office in Podgorica ordered the 72-hour"
    d.ev(B, "detention_or_arrest", "2024-11-11", place="Podgorica")
    d.dur(72, "hours", "72-hour detention")
    d.ev(B, "attack_or_threat", "2024-11-10", place="Podgorica")
    d.ev("The Media Trade Union noted this was the 18th case of attacks", "attack_or_threat",
         Y, source=MTU)
    d.fig("According to the Media Trade Union, 14 of these incidents were reported", 14,
          "attacks and threats reported to police and prosecutors", source=MTU)

    d.sec("2.b")
    d.ent("organization", "Employment Agency")
    d.ent("organization", "Ministry of Labor, Employment and Social Dialogue")
    d.ent("organization", USSCG, "USSCG")
    d.ent("organization", "Department of State")
    d.ent("organization", "National Statistics Office")
    d.ent("organization", "Labor Inspectorate")
    d.ent("organization", "Agency for Peaceful Resolution of Labor Disputes")
    d.ent("organization", "European Commission")
    d.ent("organization", "Ministry of Finance")
    d.not_entity("Trafficking in Persons Report", "International Religious Freedom Report")
    d.prov("a union had to count at least 20 percent of the workforce", "threshold", 20,
           "percent", "at least 20 percent of the workforce", "enterprise-level bargaining")
    d.prov("a trade union had to include at least 15 percent of the total workforce",
           "threshold", 15, "percent", "at least 15 percent",
           "sector-level representation")
    B = "dismissal of at least 20 employees over a 90-day period"
    d.prov(B, "threshold", 20, "persons", "at least 20 employees", "collective layoff")
    d.prov(B, "threshold", 90, "days", "over a 90-day period", "collective layoff")
    d.prov("which ranged from two to 10 days, depending on circumstances", "requirement", 2,
           "days", "from two to 10 days", "strike notice", value_end=10)
    d.ev("There were no reported incidents of the government or employers using violence",
         "attack_or_threat", Y, polarity="negated")
    B = "The law limited overtime to 10 hours per week"
    d.prov(B, "prohibition", 10, "hours", "10 hours per week", "overtime")
    d.prov(B, "prohibition", 48, "hours", "48 work hours per week on average", "work time")
    d.prov("report any workplace deaths or serious injuries within 24 hours", "time_limit", 24,
           "hours", "within 24 hours", "reporting workplace deaths and injuries")
    B = "A November 2023 report by the European Commission stated the Ministry"
    d.ev(B, "report_published", "2023-11", source="European Commission")
    d.fig(B, 20.6, "informal economy's share of GDP", unit="percent",
          source="Ministry of Finance")

    d.sec("2.c")
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.prov("Police and prosecutors could detain suspects for up to 72 hours", "time_limit", 72,
           "hours", "up to 72 hours", "detention before charge")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: MontenegroDoc) -> None:
    d.sec("3.a")
    d.ent("organization", "Human Rights Center")
    d.ent("organization", "Women’s Rights Center")
    d.ent("organization", "Office of the Ombudsperson")
    d.ent("organization", SSPO, "Special State Prosecution")
    d.ent("organization", "EUROPOL")
    d.ent("organization", "Libertas Press")
    d.ent("organization", "SKY ECC")
    d.ent("organization", "Kavac")
    d.ent("organization", "Police Administration")
    d.ent("organization", "Ministry of Interior")
    d.not_entity("European Convention on Human Rights")
    d.ev("there were credible reports government officials employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("prominent NGOs reported police tortured suspects and beatings occurred",
         "torture_or_abuse", Y, source="prominent NGOs")
    d.ev("The government prosecuted some police officers and prison guards accused",
         "charge", Y)
    # t-conv18 settlement (S6c): a dated statement of a state by a verb of speech is `other` (was report_published)
    d.ev("Women’s Rights Center stated on June 26 that there was", "other",
         "2024-06-26", source="Human Rights Center")
    d.ev("In March, several NGOs called on the Special State Prosecution", "other", "2024-03",
         source="NGOs")
    B = "Citing a EUROPOL report to the Montenegrin government from May 2023"
    d.ev(B, "report_published", "2023-05", source="EUROPOL")
    d.ev(B, "report_published", Y, source="Libertas Press")
    d.ev("During the year, authorities offered numerous training sessions", "other", Y)

    d.sec("3.b")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "UN")
    d.ent("organization", CRI)
    d.ent("organization", "UNICEF")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    B = "The minimum legal age for marriage was 18 in most cases"
    d.prov(B, "threshold", 18, "age", "18", "marriage")
    d.prov(B, "threshold", 16, "age", "as young as 16", "marriage with consent")
    d.prov("Punishment for arranging forced marriages ranged from six months", "penalty", 6,
           "months", "from six months to five years in prison", "arranging forced marriages")
    d.ev("The government had not acted on recommendations by UN monitoring bodies", "other",
         Y, polarity="negated")
    B = "from 2020 to 2023, 54 percent of registered victims"
    d.fig(B, 54, "share of registered child-marriage victims aged 15-16", unit="percent",
          source=CRI)
    d.fig(B, 32, "share of registered child-marriage victims aged 12-14", unit="percent",
          source=CRI)
    B = "According to UNICEF, 32 percent of Romani girls"
    d.fig(B, 32, "share of Romani girls aged 15-19 married", unit="percent", source="UNICEF")
    d.fig(B, 1, "Romani boys aged 15-19 married (numerator)", source="UNICEF")
    d.fig(B, 6, "Romani boys aged 15-19 married (denominator)", source="UNICEF")
    d.ev("There were reports underage girls were sold into", "other", Y, polarity="alleged")

    d.sec("3.c")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("place", "Russian Federation", "Russia")
    d.ent("place", "Ukraine")
    d.ent("organization", "Red Cross of Montenegro")
    d.ent("organization", "International Organization for Migration")
    d.ent("place", "Belarus")
    d.ent("organization", "Border Police")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Civic Alliance")
    B = "more than 263,560 Ukrainians arrived in the country"
    d.ev(B, "attack_or_threat", "2022-02")
    d.fig(B, 263560, "Ukrainians who arrived since February 2022", "more than")
    B = "In March, the government extended the temporary protection (TP) regime"
    d.ev(B, "law_or_decree", "2024-03")
    d.prov(B, "time_limit", 1, "years", "for another year", "temporary protection")
    d.ev("On July 31, parliament amended the asylum law", "law_or_decree", "2024-07-31")
    d.fig("As of September, there were 43,228 citizens of the Russian Federation", 43228,
          "Russian citizens residing in the country")
    B = "Although the deadline for a decision was six months"
    d.prov(B, "time_limit", 6, "months", "six months", "asylum decision")
    d.prov(B, "time_limit", 21, "months", "up to 21 months", "extended asylum decision")

    d.sec("3.d")
    d.fig("The Jewish community population was estimated to be approximately 400", 400,
          "members of the Jewish community", "approximately", value_end=500)
    d.ev("There were no known reports of antisemitic incidents.", "attack_or_threat", Y,
         polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: MontenegroDoc) -> None:
    d.sec("exec")
    d.ent("place", "Montenegro")
    d.ev("Significant human rights issues included credible reports of", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("The government took limited credible steps to identify and punish", "investigation",
         Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: MontenegroDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Human Rights Action")
    d.ent("organization", "Civic Alliance")
    d.ent("person", "Slobodan Pekovic")
    d.ent("organization", "Bosnian Serb Army")
    d.ent("place", "Foca")
    d.ent("place", "Bosnia and Herzegovina")
    d.ent("organization", SSPO, "Special State Prosecution")
    d.ent("person", "Milivoje Katnic", "Katnic")
    d.ent("place", "Croatia")
    d.ent("place", "Yugoslavia")
    d.ent("organization", "Committee for Missing Persons")
    d.ent("organization", "Center for Civic Education")
    B = "The trial of Slobodan Pekovic, accused of the 1992 killings"
    d.ev(B, "killing", "1992", polarity="alleged", place="Foca")
    d.fig(B, 2, "Bosniaks killed")
    d.ev("In June, the Special State Prosecutor’s Office ordered an investigation",
         "investigation", "2024-06")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2, "3-4": section_3}


def montenegro() -> MontenegroDoc:
    return assemble(MontenegroDoc, "2024_montenegro", FILE, 2024, GROUPS, DONE, PART_BUILDERS)


DOCS = {"2024_montenegro": montenegro}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
