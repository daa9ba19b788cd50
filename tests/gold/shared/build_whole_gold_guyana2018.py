"""Build the hand-made DEV gold file for Guyana 2018 (a page of the public collection).

``2018_guyana.jsonl`` annotates ``html/2018/guyana.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2018/guyana.html`` by ``scripts/collection.sh``: the 2018
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_guyana2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_guyana2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_guyana.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2018/guyana.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

DOS = "Department of State"
MSP = "Ministry of Social Protection"
UNHCR = "Office of the UN High Commissioner for Refugees"
WGPAD = "UN Working Group of Experts on People of African Descent"
GPS = "Guyana Prison Service"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("6")
    d.ent("organization", DOS)
    d.ent("organization", "UNICEF")
    d.ent("organization", "National Commission on Disabilities")
    d.ent("organization", "UN")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "International-Parental-Child-Abduction")
    d.prov("The law provides stringent penalties for rape, with life imprisonment", "penalty",
           None, None, "life imprisonment", "rape")
    B = "Penalties for violation of protection orders include fines up to 10,000"
    d.prov(B, "penalty", 10000, "GYD", "fines up to 10,000 Guyanese dollars",
           "violation of protection orders")
    d.prov(B, "penalty", 47, "USD", "$47", "violation of protection orders")
    d.prov(B, "penalty", 12, "months", "12 months’ imprisonment",
           "violation of protection orders")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of police accepting bribes from perpetrators", "other", Y, polarity="alleged")
    d.ev("no cases had been filed as of October", "charge", Y, polarity="negated")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.fig("women earned approximately 61 percent less than men", 61,
          "how much less women earned than men for equal work", "approximately", unit="percent")
    d.prov("The law requires that births be registered within 14 days", "time_limit", 14,
           "days", "within 14 days", "birth registration")
    d.prov("The legal age for marriage is 18 years", "threshold", 18, "age", "18 years",
           "legal age for marriage")
    d.prov("The legal age for marriage is 18 years", "threshold", 16, "age", "age 16",
           "marriage with parental consent or judicial authority")
    B = "UNICEF reported that 23 percent of women were married"
    d.fig(B, 23, "share of women married before age 18", unit="percent", source="UNICEF")
    d.fig(B, 6, "share of girls married before age 15", unit="percent", source="UNICEF")
    d.prov("The age of sexual consent is 16 years.", "threshold", 16, "age", "16 years",
           "age of sexual consent")
    B = "By law a person who has sexual relations with a child under 16"
    d.prov(B, "threshold", 16, "age", "under 16", "sexual relations with a child")
    d.prov(B, "penalty", None, None, "imprisoned for life", "sexual relations with a child")
    d.prov("commercial sexual exploitation of children 18 and younger", "threshold", 18, "age",
           "18 and younger", "commercial sexual exploitation of minors")
    d.fig("perhaps fewer than 20 members", 20, "members of the Jewish community", "fewer than")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("as well as performing sensitization workshops with the Ministries", "other", Y)
    B = "According to the 2012 census, the indigenous population constituted 10.5"
    d.ev(B, "report_published", "2012")
    d.fig(B, 10.5, "indigenous share of the population (2012 census)", unit="percent")
    d.fig("There were nine recognized tribal groups.", 9, "recognized tribal groups")
    d.fig("Ninety percent of indigenous communities were in the remote interior.", 90,
          "share of indigenous communities in the remote interior", unit="percent")
    d.prov("is punishable by up to two years in prison", "penalty", 2, "years",
           "up to two years in prison", "consensual same-sex sexual activity among men")
    d.prov("Anal intercourse is punishable with a maximum sentence of life", "penalty", None,
           None, "life in prison", "anal intercourse")
    d.ev("These laws were not enforced during the year", "charge", Y, polarity="negated")
    d.ev("the government permitted the first gay pride parade in June", "protest", "2018-06")
    B = "According to a 2014 survey, approximately 12 percent of men"
    d.ev(B, "report_published", "2014")
    d.fig(B, 12, "share of men who have sex with men experiencing stigma daily",
          "approximately", unit="percent")
    d.fig(B, 30, "share of transgender youth and adults encountering stigma regularly",
          "approximately", unit="percent")
    B = "A 2014 UNICEF survey reported only 23 percent of persons"
    d.ev(B, "report_published", "2014", source="UNICEF")
    d.fig(B, 23, "share of persons 15-49 with accepting attitudes towards persons with HIV",
          unit="percent", source="UNICEF")

    d.sec("7.a")
    d.ent("organization", MSP)
    d.ent("organization", "Department of Public Service")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "Transport and Harbors Department")
    d.ent("organization", "National Drainage and Irrigation Board")
    d.prov("Unions must have 40 percent support of workers under the law.", "threshold", 40,
           "percent", "40 percent support of workers", "union recognition")
    d.prov("may strike if they provide a one-month notice", "requirement", 1, "months",
           "a one-month notice", "strikes by essential-service employees")

    d.sec("7.b")
    d.ent("organization", DOS)

    d.sec("7.c")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Geology and Mines Commission")
    d.ent("organization", "Guyana Forestry Commission")
    d.ent("organization", "National Insurance Scheme")
    d.ent("organization", "Guyana Police Force")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("prohibits the employment of children younger than 15 years old", "threshold", 15,
           "age", "younger than 15 years old", "minimum age for employment")
    d.prov("Technical schools may employ children as young as age 14", "threshold", 14, "age",
           "as young as age 14", "employment by technical schools")
    d.prov("No person under 18 may be employed in industrial work at night.", "threshold", 18,
           "age", "under 18", "industrial work at night")
    d.prov("Exceptions are for those ages 16 and 17 whose work", "threshold", 16, "age",
           "ages 16 and 17", "night work requiring continuity", value_end=17)
    d.prov("The law permits children under 15 to be employed only", "threshold", 15, "age",
           "under 15", "employment in family enterprises")
    B = "The law prohibits children under 15 from working in factories"
    d.prov(B, "threshold", 15, "age", "under 15", "work in factories")
    d.prov(B, "threshold", 18, "age", "under 18", "removal from hazardous factory work")
    d.ev("The government did not prosecute any employers for violations", "charge", Y,
         polarity="negated")

    d.sec("7.e")
    B = "The national minimum wage for regular working hours of full-time"
    d.fig(B, 55000, "monthly minimum wage of full-time public-sector employees", unit="GYD")
    d.fig(B, 260, "monthly minimum wage of full-time public-sector employees", unit="USD")
    B = "A normal workweek is 40 hours, distributed over no more than five"
    d.prov(B, "prohibition", 40, "hours", "40 hours", "normal workweek")
    d.prov(B, "prohibition", 5, "days", "no more than five days per week", "normal workweek")
    d.ev("Labor inspections carried out during the year targeted all sectors", "investigation",
         Y)
    B = "In 2017, 207 workplace accidents were reported, of which 153"
    d.ev(B, "other", "2017")
    d.fig(B, 207, "workplace accidents reported in 2017")
    d.fig(B, 153, "workplace accidents investigated in 2017")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Office of the Prime Minister")
    d.ent("organization", "International Telecommunication Union")
    # t-conv16 settlement: N2 a negated act on access: no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y, polarity="negated")
    d.fig("37 percent of citizens used the internet in 2017", 37,
          "share of citizens using the internet in 2017", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom or cultural events.",
    # was: "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", DOS)
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", UNHCR, "UNHCR")
    d.not_entity("Convention on Refugees")
    d.ev("NGOs reported some displaced Venezuelan women experienced rights violations",
         "torture_or_abuse", Y, source="NGOs")
    d.ev("the government reported that it did not prosecute or deport Venezuelans", "charge",
         Y, polarity="negated", source="government")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "APNU+AFC")
    d.ent("organization", "A Partnership for National Unity", "APNU")
    d.ent("organization", "Alliance for Change", "AFC")
    d.ent("organization", "People’s Progressive Party/Civic")
    d.ent("person", "David Granger")
    d.prov("where members elect indigenous leaders every 33 to 36 months", "requirement", 33,
           "months", "every 33 to 36 months", "election of indigenous leaders", value_end=36)
    d.ev("National and regional elections were held in 2015.",
         "election_or_referendum", "2015")
    d.ev("won by a slim margin against the People’s Progressive Party/Civic",
         "election_or_referendum", "2015")
    d.ev("The coalition leader and former opposition leader, David Granger, was elected",
         "election_or_referendum", "2015")
    d.ev("International observers concluded the elections were free, fair, and credible.",
         "other", "2015", source="International observers")
    d.ev("Local government elections were held in 2016 in all eligible communities",
         "election_or_referendum", "2016")
    d.ev("New local government elections were scheduled to take place in November.",
         "election_or_referendum", "2018-11")

    d.sec("4")
    d.ev("There were isolated reports of government corruption during the year",
         "other", Y, polarity="alleged")
    d.ev("There were no reports the government prosecuted any members of the police",
         "charge", Y, polarity="negated")
    d.prov("fines, and imprisonment for six to 12 months", "penalty", 6, "months",
           "imprisonment for six to 12 months", "failure to comply with asset declaration",
           value_end=12)
    d.ev("Although the integrity commission was reconstituted in February after a 12-year",
         "other", "2018-02")
    d.ev("No publications or convictions occurred during the first nine months",
         "other", Y, polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Guyana", "Cooperative Republic of Guyana")
    d.ent("organization", "APNU+AFC")
    d.ent("organization", "A Partnership for National Unity", "APNU")
    d.ent("organization", "People’s National Congress/Reform")
    d.ent("organization", "Alliance for Change", "AFC")
    d.ent("person", "David Granger")
    d.ev("National and regional elections took place in 2015, and the APNU+AFC",
         "election_or_referendum", "2015")
    d.ev("Former opposition leader David Granger led the election coalition",
         "election_or_referendum", "2015")
    d.ev("International and local observers considered the 2015 elections free", "other",
         "2015", source="International and local observers")
    d.ev("Human rights issues included reports of unlawful killings", "killing", Y,
         polarity="alleged")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Marlon Fredericks", "Fredericks")
    d.ev("the government or its agents committed arbitrary or unlawful killings", "killing",
         Y, polarity="alleged")
    d.ev("In January police shot and killed Marlon Fredericks", "killing", "2018-01")
    d.ev("Police alleged Fredericks was killed as he attempted to escape", "killing",
         "2018-01", polarity="alleged", source="Police")
    d.ev("The officer was charged, and the prosecution was in progress", "charge", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("person", "Jameek Hakim", "Hakim")
    d.ent("organization", GPS)
    d.ent("organization", "Inter-American Development Bank")
    d.ent("organization", WGPAD)
    d.not_entity("Lusignan Prison")
    d.ev("that prison officials mistreated inmates as well as claims", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("In July, Jameek Hakim alleged police tortured him", "torture_or_abuse", "2018-07",
         polarity="alleged", source="Jameek Hakim")
    B = "In January the government charged a police officer for raping a minor"
    d.ev(B, "charge", "2018-01")
    d.ev(B, "torture_or_abuse", "2017-08")
    B = "In October the Guyana Prison Service reported there were 2,216"
    d.ev(B, "report_published", "2018-10", source=GPS)
    d.fig(B, 2216, "prisoners", source=GPS)
    d.fig(B, 8, "prison facilities", source=GPS)
    d.fig(B, 1505, "combined design capacity of the prisons", source=GPS)
    d.fig("who constituted approximately 30 percent of the total prison population", 30,
          "pretrial detainees' share of the prison population", "approximately",
          unit="percent")
    B = "In May the government released the findings of a 2017 independent study"
    d.ev(B, "report_published", "2018-05")
    d.ev(B, "report_published", "2017")
    d.ev("During the year the UN Working Group of Experts on People", "other", Y)

    d.sec("1.d")
    d.ent("organization", "Guyana Police Force")
    d.ent("organization", "Ministry of Public Security")
    d.ent("organization", "Guyana Defense Force")
    d.ent("organization", "Defense Board")
    d.ent("organization", "Georgetown Legal Aid Clinic", "Legal Aid Clinic")
    d.ent("organization", "High Court")
    d.ev("There were no reports of impunity involving the security forces during the year.",
         "other", Y, polarity="negated")
    d.prov("cannot be held for more than 72 hours unless brought before", "time_limit", 72,
           "hours", "more than 72 hours", "detention before being charged in court")

    d.sec("1.e")
    d.ent("organization", "Caribbean Court of Justice")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def guyana() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2018_guyana", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_guyana": guyana}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
