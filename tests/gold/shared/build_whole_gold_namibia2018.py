"""Build the hand-made TEST gold file for Namibia 2018 (a page of the public collection).

``2018_namibia.jsonl`` annotates ``html/2018/namibia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/namibia.html`` by ``scripts/collection.sh``: the
2018 edition, classic seven-section layout. Split ``test``, annotated BLIND with the method of
``build_whole_gold_malawi2016.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_namibia2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_namibia2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_namibia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2018/namibia.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

NAMPOL = "Namibian Police Force"
ACC = "Anti-Corruption Commission"
MGECW = "Ministry of Gender Equality and Child Welfare"
MOL = "Ministry of Labor, Industrial Relations, and Employment Creation"
NEF = "Namibian Employers’ Federation"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    d.sec("5")
    d.ent("organization", "United Nations")
    d.ent("organization", "Office of the Ombudsman", "Ombudsman’s Office")
    d.ent("organization", ACC, "ACC")
    d.ent("organization", NAMPOL, "NamPol")

    d.sec("6")
    d.ent("organization", MGECW)
    d.ent("organization", "Office of the First Lady")
    d.ent("organization", "Department of State")
    d.ent("place", "Windhoek")
    d.ent("organization", "Office of the Vice President")
    d.ent("organization", "National Disability Council of Namibia")
    d.ent("organization", NEF)
    d.not_entity("Hague Convention on the Civil Aspects of International Child",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    d.ev("The courts tried numerous cases of rape during the year", "trial", Y)
    # t-tfixA (2026-12-09): speaking against a phenomenon in general is no event (criticism
    # of a practice or trend in general, 2026-12-06); record removed. A ministry that
    # "conducted public awareness campaigns" is a campaign of the year (2026-12-06).
    d.ev("conducted public awareness campaigns aimed at preventing child abuse", "other", Y)
    d.prov("range from a fine of N$300 ($23) for simple offenses", "penalty", 300, "NAD",
           "a fine of N$300", "domestic violence (simple offenses)")
    d.prov("range from a fine of N$300 ($23) for simple offenses", "penalty", 23, "USD",
           "$23", "domestic violence (simple offenses)")
    d.prov("range from a fine of N$300 ($23) for simple offenses", "penalty", 10, "years",
           "10 years’ imprisonment", "aggravated domestic assault")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("The law prohibits civil marriage before age 18", "threshold", 18, "age",
           "before age 18", "civil marriage")
    d.prov("sexual exploitation of children under age 18.", "threshold", 18, "age",
           "under age 18", "sexual exploitation of children")
    d.prov("soliciting a child under age 16 for sex", "threshold", 16, "age", "under age 16",
           "soliciting a child for sex")
    d.prov("soliciting a child under age 16 for sex", "penalty", 40000, "NAD",
           "a fine of up to N$40,000", "commercial sexual exploitation of children")
    d.prov("soliciting a child under age 16 for sex", "penalty", 3100, "USD", "$3,100",
           "commercial sexual exploitation of children")
    d.prov("soliciting a child under age 16 for sex", "penalty", 10, "years",
           "up to 10 years’ imprisonment", "commercial sexual exploitation of children")
    d.prov("Penalties for conviction in cases involving children ages 16 and 17", "threshold",
           16, "age", "ages 16 and 17", "sexual exploitation of children aged 16 and 17",
           value_end=17)
    d.prov("including individuals under age 18 or against whom", "threshold", 18, "age",
           "under age 18", "protection of vulnerable witnesses")
    d.prov("An adult convicted of engaging in sexual relations with a child", "threshold", 16,
           "age", "under age 16", "sex with a child in prostitution")
    d.prov("An adult convicted of engaging in sexual relations with a child", "penalty", 15,
           "years", "up to 15 years", "sex with a child in prostitution (first offense)")
    d.prov("An adult convicted of engaging in sexual relations with a child", "penalty", 45,
           "years", "up to 45 years", "sex with a child in prostitution (repeat offense)")
    d.prov("Any person who aids and abets trafficking in persons", "penalty", 1000000, "NAD",
           "up to one million Namibian dollars", "aiding trafficking in persons")
    d.prov("Any person who aids and abets trafficking in persons", "penalty", 75600, "USD",
           "$75,600", "aiding trafficking in persons")
    d.prov("Any person who aids and abets trafficking in persons", "penalty", 50, "years",
           "imprisonment for up to 50 years", "aiding trafficking in persons")
    d.prov("Conviction of solicitation of a prostitute, living off the earnings", "penalty",
           40000, "NAD", "N$40,000", "solicitation of a prostitute")
    d.prov("Conviction of solicitation of a prostitute, living off the earnings", "penalty",
           3100, "USD", "$3,100", "solicitation of a prostitute")
    d.prov("Conviction of solicitation of a prostitute, living off the earnings", "penalty",
           10, "years", "10 years’ imprisonment", "solicitation of a prostitute")
    d.prov("The minimum legal age for consensual sex is 16.", "threshold", 16, "age", "16",
           "age of consent")
    d.prov("The penalty for conviction of statutory rape", "threshold", 14, "age",
           "under age 14", "statutory rape")
    d.prov("The penalty for conviction of statutory rape", "threshold", 3, "years",
           "more than three years older", "statutory rape (age difference)")
    d.prov("The penalty for conviction of statutory rape", "penalty", 15, "years",
           "a minimum of 15 years in prison", "statutory rape of a child under 13")
    d.prov("The penalty for conviction of statutory rape", "threshold", 13, "age",
           "under 13", "statutory rape")
    d.prov("The penalty for conviction of statutory rape", "penalty", 5, "years",
           "a minimum of five years", "statutory rape of a child of 13")
    d.prov("There is no minimum penalty for conviction of sexual relations", "threshold", 14,
           "age", "between ages 14 and 16", "sexual relations with a child", value_end=16)
    d.ev("The government trained police officers in handling of child sex abuse", "other", Y)
    d.fig("There was a small Jewish community in the country of fewer than 100", 100,
          "members of the Jewish community", "fewer than")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were isolated reports of transgender persons being harassed", "attack_or_threat",
         Y, polarity="alleged")
    d.ev("but there were no reports of employment discrimination specifically", "other", Y,
         polarity="negated")

    d.sec("7")
    d.ent("organization", "Namibian Broadcasting Corporation")
    d.ent("organization", "University of Namibia")
    d.ent("organization", MOL)
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Employment Equity Commission")
    d.ent("organization", "Social Security Commission")
    d.ent("organization", "Namibian Defense Force", "National Defense Force")
    d.ent("organization", "Namibian Intelligence Service")
    d.ent("organization", "Prison Service")
    d.not_entity("Combating Trafficking in Persons Act", "Labor Act",
                 "Child Care and Protection Act", "Findings on the Worst Forms of Child Labor")
    d.prov("once mandatory conciliation procedures lasting 30 days are exhausted", "time_limit",
           30, "days", "lasting 30 days", "conciliation before a strike")
    d.prov("once mandatory conciliation procedures lasting 30 days are exhausted", "requirement",
           48, "hours", "48 hours’ notice", "notice of a strike")
    d.prov("when more than half of workers are members of that union", "threshold", 0.5,
           None, "more than half of workers", "exclusive collective bargaining power")
    d.ev("engaged in orderly strikes during the year", "strike", Y)
    d.prov("face a maximum fine of N$ one million", "penalty", 1000000, "NAD",
           "a maximum fine of N$ one million", "trafficking in persons")
    d.prov("face a maximum fine of N$ one million", "penalty", 77600, "USD", "$77,600",
           "trafficking in persons")
    d.prov("face a maximum fine of N$ one million", "penalty", 30, "years",
           "30 years’ imprisonment", "trafficking in persons")
    # t-gold21: "did not report any allegations of forced … labor": a negated act on a class,
    # no event (settled 2026-12-13; negated reporting, settled 2026-12-16).
    d.ev("Penalties for violations had yet to be applied under the trafficking act",
         "conviction_or_sentence", Y, polarity="negated")
    d.prov("The minimum age for employment is 14.", "threshold", 14, "age", "14",
           "minimum age for employment")
    d.prov("Children under age 18 may not engage in hazardous work", "threshold", 18, "age",
           "under age 18", "hazardous work")
    d.prov("Children ages 16 and 17 may perform hazardous work", "threshold", 16, "age",
           "ages 16 and 17", "hazardous work with approval", value_end=17)
    d.prov("Persons convicted of employing children face a maximum fine", "penalty", 20000,
           "NAD", "a maximum fine of N$20,000", "employing children")
    d.prov("Persons convicted of employing children face a maximum fine", "penalty", 1550,
           "USD", "$1,550", "employing children")
    d.prov("Persons convicted of employing children face a maximum fine", "penalty", 4,
           "years", "four years’ imprisonment", "employing children")
    d.ev("The government trained all inspectors to identify the worst forms", "other", Y)
    d.fig("Men occupied approximately two-thirds of upper management positions", 2 / 3,
          "men's share of upper management positions", "approximately")
    d.prov("The standard legal workweek was 45 hours", "prohibition", 45, "hours",
           "45 hours", "standard workweek")
    d.prov("The standard legal workweek was 45 hours", "right", 36, "hours",
           "at least 36 consecutive hours of rest", "rest between workweeks")
    d.prov("By law an employer may not require more than 10 hours’ overtime", "prohibition", 10,
           "hours", "more than 10 hours’ overtime", "overtime")
    d.prov("The law mandates 20 workdays of annual leave per year", "right", 20, "days",
           "20 workdays of annual leave", "annual leave (five-day workweek)")
    d.prov("The law mandates 20 workdays of annual leave per year", "right", 24, "days",
           "24 workdays of annual leave", "annual leave (six-day workweek)")
    d.prov("receive five days of compassionate leave per year", "right", 5, "days",
           "five days of compassionate leave", "compassionate leave")
    d.prov("receive five days of compassionate leave per year", "right", 30, "days",
           "at least 30 workdays of sick leave", "sick leave")
    d.prov("receive five days of compassionate leave per year", "right", 3, "months",
           "three months of maternity leave", "maternity leave")
    d.prov("face a maximum fine of N$10,000 ($775)", "penalty", 10000, "NAD",
           "a maximum fine of N$10,000", "violating safety regulations")
    d.prov("face a maximum fine of N$10,000 ($775)", "penalty", 775, "USD", "$775",
           "violating safety regulations")
    d.prov("face a maximum fine of N$10,000 ($775)", "penalty", 2, "years",
           "two years’ imprisonment", "violating safety regulations")
    # t-gold20, settled 2026-12-16 (1): reports of a phenomenon with no actor and no taxonomy act
    # (violations of safety standards) are a trend, no event (settled 2026-12-08)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2")
    d.ent("organization", "South West African People’s Organization", "Swapo")
    d.ent("place", "Namibia")
    d.ent("organization", "Central Intelligence Services")
    d.ent("organization", "High Court", "Windhoek High Court")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Department of State")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Komeho Namibia")
    d.ent("organization", "ICRC")
    d.not_entity("International Religious Freedom Report", "Osire refugee settlement")
    d.ev("There was one instance of national security concerns invoked", "censorship_or_blocking",
         Y)
    d.fig("There was one instance of national security concerns invoked", 1,
          "instances of national security invoked to restrict press freedom")
    d.ev("Central Intelligence Services filed for an injunction on national security",
         "censorship_or_blocking", Y)
    # t-conv16 settlement (t-tfix17): a negated act on access is no event
    # (negated censorship_or_blocking removed); the "no credible reports ... monitored" clause
    # keeps its negated surveillance.
    d.ev("The government did not restrict or disrupt access to the internet", "surveillance", Y,
         polarity="negated")
    d.fig("36.8 percent of individuals used the internet in 2017", 36.8,
          "share of individuals using the internet (2017)", unit="percent",
          source="International Telecommunication Union")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    d.sec("3")
    d.ent("organization", "South West African People’s Organization", "Swapo")
    d.ent("person", "Hage Geingob")
    d.ev("In the 2015 regional and local council elections, the ruling Swapo",
         "election_or_referendum", "2015")
    d.fig("In the 2015 regional and local council elections, the ruling Swapo", 112,
          "regional council seats won by Swapo (2015)")
    d.fig("In the 2015 regional and local council elections, the ruling Swapo", 121,
          "regional council seats")
    d.fig("In the 2015 regional and local council elections, the ruling Swapo", 54,
          "local districts controlled by Swapo (2015)")
    d.fig("In the 2015 regional and local council elections, the ruling Swapo", 57,
          "local districts")
    d.ev("Voting proceeded in an orderly and effective manner", "other", "2015")
    d.ev("In the 2014 presidential and parliamentary elections, voters elected",
         "election_or_referendum", "2014")
    d.fig("In the 2014 presidential and parliamentary elections, voters elected", 87,
          "Geingob's share of the presidential vote (2014)", unit="percent")
    d.ev("Swapo candidates won 77 of the 96 elected seats", "election_or_referendum", "2014")
    d.fig("Swapo candidates won 77 of the 96 elected seats", 77,
          "national assembly seats won by Swapo (2014)")
    d.fig("Swapo candidates won 77 of the 96 elected seats", 96,
          "elected seats of the national assembly")
    d.fig("Swapo candidates won 77 of the 96 elected seats", 8,
          "appointed seats of the national assembly")
    d.ev("Section 3. Freedom to Participate||International observers characterized the elections",
         "other",
         "2014", date_end="2015", source="International observers")
    d.prov("Presidential elections take place every five years.", "time_limit", 5, "years",
           "every five years", "presidential term")
    # t-tfixA: a rule of a party is no provision (2026-12-06); record removed.

    d.sec("4")
    d.ent("organization", ACC, "ACC")
    d.ent("organization", NAMPOL, "NamPol")
    d.not_entity("National Anticorruption Strategy and Action Plan")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of corruption by individuals in government.", "other", Y, polarity="alleged")
    d.ev("there were no cases reported of publicly owned enterprises", "other", Y,
         polarity="negated")
    d.ev("In 2017 a major government bank was forced to close", "other", "2017")
    d.fig("In 2017 a major government bank was forced to close", 200000000,
          "funds that disappeared from a government bank (NAD)", unit="NAD")
    d.fig("In 2017 a major government bank was forced to close", 15500000,
          "funds that disappeared from a government bank (USD)", unit="USD")
    d.ev("NamPol had yet to conclude its investigation of the matter", "investigation", Y,
         polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", "Namibia")
    d.ent("organization", "South West African People’s Organization", "Swapo")
    d.ent("person", "Hage Geingob")
    d.ev("In local and regional elections held in 2015, the ruling", "election_or_referendum",
         "2015")
    d.fig("In local and regional elections held in 2015, the ruling", 112,
          "regional council seats won by Swapo (2015)")
    d.fig("In local and regional elections held in 2015, the ruling", 121,
          "regional council seats")
    d.fig("In local and regional elections held in 2015, the ruling", 54,
          "local authorities controlled by Swapo (2015)")
    d.fig("In local and regional elections held in 2015, the ruling", 57, "local authorities")
    d.ev("Elections held in 2014 resulted in the election of Prime Minister",
         "election_or_referendum", "2014")
    d.ev("EXECUTIVE SUMMARY||International observers characterized the elections in 2014",
         "other", "2014", date_end="2015", source="International observers")
    d.ev("There were no reports of egregious human rights abuses.", "other", Y,
         polarity="negated")
    d.ev("The government took steps to prosecute or administratively punish officials",
         "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing", Y,
         polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Office of the Ombudsman", "Ombudsman’s Office")
    d.ent("organization", "Internal Affairs Division")
    d.ev("stated it received some reports of police mistreatment of detainees",
         "torture_or_abuse", Y, polarity="alleged", source="Ombudsman’s Office")
    d.ev("stated it received some reports of police mistreatment of detainees",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("in four cases reported by the press in October", "torture_or_abuse", "2018-10",
         polarity="alleged", source="the press")
    d.ev("in four cases reported by the press in October", "detention_or_arrest", Y)
    d.fig("in four cases reported by the press in October", 4,
          "cases of police abuse reported by the press in October", source="the press")
    d.ev("there were no significant reports regarding prison conditions", "other", Y,
         polarity="negated")
    # t-tfixA: an undated report of a state is no event (2026-12-06); record removed.
    d.ev("investigated credible allegations of inhuman conditions", "investigation", Y)

    d.sec("1.d")
    d.ent("organization", NAMPOL, "NamPol")
    d.ent("organization", "Ministry of Safety and Security")
    d.ent("organization", "Namibian Defense Force", "National Defense Force")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Legal Aid Directorate", "LAD")
    d.ent("organization", "Judicial Service Commission")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "High Court", "Windhoek High Court")
    d.ent("organization", "Office of the Prosecutor General")
    d.prov("Authorities must arraign arrested persons within 48 hours", "time_limit", 48,
           "hours", "within 48 hours of their detention", "arraignment")
    d.prov("in the government’s gazette within 14 days of their apprehension", "time_limit", 14,
           "days", "within 14 days of their apprehension", "publication of detainees' names")
    d.prov("must review their cases within one month of detention", "time_limit", 1, "months",
           "within one month of detention", "review of detention in an emergency")
    d.prov("must review their cases within one month of detention", "time_limit", 3, "months",
           "every three months thereafter", "review of detention in an emergency")
    d.prov("advisory boards to have no more than five members", "threshold", 5, "members",
           "no more than five members", "advisory board")
    d.prov("advisory boards to have no more than five members", "threshold", 3, "members",
           "at least three of whom", "judges on the advisory board")

    d.sec("1.e")
    d.ent("organization", "Legal Aid Directorate", "LAD")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect", "other", Y,
         polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def namibia() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2018_namibia", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_namibia": namibia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
