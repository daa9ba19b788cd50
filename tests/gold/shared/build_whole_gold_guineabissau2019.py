"""Build the hand-made DEV gold file for Guinea-Bissau 2019 (a state.gov page, classic layout).

``2019_guinea-bissau.jsonl`` annotates ``html/2019/guinea-bissau.html`` of the public
collection of state.gov pages (checked out next to the repository as
``../collection/html/2019/guinea-bissau.html`` by ``scripts/collection.sh``; never committed),
with the method of ``build_whole_gold_chad2016.py`` (``PageDoc`` of
``build_whole_gold_dev.py``): every record below was decided by hand, reading the report
sentence by sentence before the system was ever run on it; the script only turns the
decisions into offsets. Offsets are into the document text rightsledger reads from the page
(``rightsledger.read.read_path``), which is what ``rightsledger export`` cites and
``rightsledger evaluate`` scores. Each anchor (at most 14 words of the report) occurs exactly
once in the document. The scope line lists in ``"ranges"`` exactly the character ranges
annotated, one per section group annotated whole (``DONE``); entity mentions are kept only
inside them. The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_guineabissau2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_guineabissau2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_guinea-bissau.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from collection_gold import assemble  # noqa: E402
from build_whole_gold_chad2016 import fine  # noqa: E402
from build_whole_gold_dev import CollectionDoc, PageDoc, seven_section_parts  # noqa: E402

Y = "2019"
FILE = "html/2019/guinea-bissau.html"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

UNIOGBIS = "UN Integrated Peacebuilding Office in Guinea-Bissau"
PAIGC = "African Party for the Independence of Guinea-Bissau and Cabo Verde"
AFC = "Association of the Friends of Children"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- Section 5 ---
    d.sec("5")
    d.ent("organization", "National Commission on Human Rights",
          "National Commission for Human Rights")

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", "UN Population Fund")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "UN Integrated Peacebuilding Office in Guinea-Bissau")
    d.ent("place", "Guinea-Bissau")
    d.not_entity("Joint Program on FGM/C", "Report on the Right of Health in Guinea-Bissau")
    fine(d, "provides penalties for conviction of two to 12 years in prison", 2, 12, "years",
         "two to 12 years in prison", "rape")
    d.ev("The government did not undertake specific measures", "other", Y, polarity="negated")
    d.prov("punishable by a fine of up to five million Central African", "penalty", 5000000,
           "XAF", "up to five million CFA francs", "FGM/C")
    d.prov("punishable by a fine of up to five million Central African", "penalty", 8490,
           "USD", "$8,490", "FGM/C")  # the conversion in brackets: a provision of its own (dev census)
    d.prov("punishable by a fine of up to five million Central African", "penalty", 5,
           "years", "five years in prison", "FGM/C")
    # a call against a practice in general: no event (settled 2026-12-06)
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ev("The 2017 UN Integrated Peacebuilding Office", "report_published", "2017",
         source=UNIOGBIS)
    d.fig("The 2017 UN Integrated Peacebuilding Office", 45,
          "share of women who had undergone FGM/C", unit="percent", source=UNIOGBIS)
    d.ev("The government undertook no initiatives to combat the problem", "other", Y,
         polarity="negated")
    d.ev("There were no reports of coerced abortion", "other", Y, polarity="negated")

    # --- Section 6: children ---
    d.ent("organization", "Association of the Friends of Children")
    d.ent("organization", "Department of State")
    d.ent("place", "Bijagos Islands")
    d.ent("place", "Guinea")
    d.ent("place", "Bissau")
    d.ent("place", "Bafata")
    d.ent("place", "Gabu")
    d.ent("place", "Senegal")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "International Religious Freedom Report")
    d.prov("The legal minimum age of marriage is 16", "threshold", 16, "age", "16",
           "minimum age of marriage")
    d.ev("There were no government efforts to mitigate the problems", "other", Y,
         polarity="negated")
    d.fig("6 percent of all girls were married by age 15", 6,
          "share of girls married by age 15", unit="percent", source="UNICEF")
    d.fig("6 percent of all girls were married by age 15", 24,
          "share of girls married by age 18", unit="percent", source="UNICEF")
    d.prov("prohibiting sex with a person younger than age 16", "threshold", 16, "age",
           "younger than age 16", "statutory rape")
    fine(d, "The rape law carries a penalty for conviction of two to 12", 2, 12, "years",
         "two to 12 years in prison", "statutory rape")
    fine(d, "prescribes penalties of three to 15 years", 3, 15, "years",
         "three to 15 years' imprisonment", "commercial sexual exploitation of minors")
    # reports of a phenomenon, no actor and no instance: a trend, no event (settled 2026-12-08)
    d.fig("estimated up to 500 children, mostly from neighboring Guinea", 500,
          "street children", "up to", source=AFC)
    # services not provided: the negation of what is no event (assistance, 2026-12-06)
    d.ev("The government worked with Senegal to return 171 children", "other", Y)
    d.fig("The government worked with Senegal to return 171 children", 171,
          "children returned from Senegal")
    d.ev("There were small communities of Jews in the country and no reports",
         "attack_or_threat", Y, polarity="negated")

    # --- Section 6: disabilities, sexual orientation ---
    # a negated general duty: no event (settled 2026-12-08); assistance provided: no event
    d.ev("There were no reported violent incidents or other human rights abuses",
         "attack_or_threat", Y, polarity="negated")

    # --- 7.a ---
    d.sec("7.a")
    d.ent("organization", "National Council for Social Consultation")
    # consultations are meetings, not campaigns: no event (settled 2026-12-06)
    d.prov("but workers must give 72-hour prior notice", "requirement", 72, "hours",
           "72-hour prior notice", "notice of a strike")
    d.ev("Many sectors of the economy were on strike", "strike", Y)
    d.ev("Workers in the education, media, and public sectors struck", "strike", Y)
    d.ev("A national teachers’ strike that began in October 2018", "strike", "2018-10",
         date_end=Y)

    # --- 7.b ---
    d.sec("7.b")
    d.ev("did not use these or other relevant laws to prosecute", "charge", Y,
         polarity="negated")
    # reports of a phenomenon: a trend, no event (settled 2026-12-08)

    # --- 7.c ---
    d.sec("7.c")
    # "The Ministries of Justice and of Civil Service and Labor" names no single body
    # (settled 2026-12-08)
    d.ent("organization", "Institute of Women and Children")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The legal minimum age is 14 for general factory labor", "threshold", 14, "age",
           "14", "minimum age for factory labor")
    d.prov("The legal minimum age is 14 for general factory labor", "threshold", 18, "age",
           "18", "minimum age for heavy or dangerous labor")
    d.prov("prohibits children younger than age 18 from conducting heavy work", "threshold", 18,
           "age", "younger than age 18", "heavy and hazardous work")
    d.ev("did not arrest or prosecute any violators", "detention_or_arrest", Y,
         polarity="negated")
    # reports of a phenomenon: a trend, no event (settled 2026-12-08)
    d.fig("nine in 10 domestic workers suffered sexual abuse", 9,
          "domestic workers who suffered sexual abuse (per 10)", source="an NGO survey")
    d.fig("nine in 10 domestic workers suffered sexual abuse", 10, "domestic workers (ratio)",
          source="an NGO survey")
    d.ev("doused her with boiling water in December 2018", "torture_or_abuse", "2018-12")

    # --- 7.e ---
    d.sec("7.e")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "World Bank")
    d.ent("organization", "National Assembly")
    d.fig("which includes an estimated 80 percent of workers", 80,
          "share of workers in the informal sector", "approximately", unit="percent")
    d.prov("The law provides for a maximum 45-hour workweek", "prohibition", 45, "hours",
           "maximum 45-hour workweek", "weekly working hours")
    d.prov("overtime may not exceed 200 hours per year", "prohibition", 200, "hours",
           "200 hours per year", "overtime")
    d.prov("There is a mandatory 12-hour rest period between workdays", "requirement", 12,
           "hours", "12-hour rest period", "rest between workdays")
    d.ev("which the National Assembly had not adopted into law", "law_or_decree", Y,
         polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "No Pintcha")
    d.ev("there were reports the government did not always respect this right", "other", Y,
         polarity="alleged")  # the settled formula (2026-12-08)
    d.ent("organization", "Movement for a Democratic Alternation")
    d.ev("The government took no steps to preserve the safety", "other", Y, polarity="negated")
    d.ev("During the parliamentary elections in March, supporters", "attack_or_threat",
         "2019-03")
    d.ev("The journalists’ union publicly condemned the incident.", "other", Y)
    # "there were no X" without "during the year": a state, no event
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y, polarity="negated")
    # "there were no X" without "during the year": a state, no event

    d.sec("2.b")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Movement of Nonconforming Citizens")
    d.ent("organization",
          "Economic Community of West African States Community Court of Justice")
    d.ev("In October opposition parties protested the organization", "protest", "2019-10")
    d.ev("During the protest a body was found at an opposition party", "killing", "2019-10",
         polarity="alleged", source="protesters")
    # "was investigating the case at year's end": a state, no event
    d.ev("In May 2018 the Movement of Nonconforming Citizens filed", "other", "2018-05")

    d.sec("2.f")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("person", "Jose Mario Vaz", "Vaz")
    d.ent("place", "Casamance Region", "Casamance")
    d.ent("place", "Liberia")
    d.ent("place", "Sierra Leone")
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ev("The government did not grant refugee status or asylum during the year",
         "asylum_or_citizenship_decision", Y, polarity="negated")
    # assistance and services provided: no event (settled 2026-12-06)
    d.ev("In December 2018 President Jose Mario Vaz granted citizenship",
         "asylum_or_citizenship_decision", "2018-12")
    d.fig("In December 2018 President Jose Mario Vaz granted citizenship", 7000,
          "refugees granted citizenship", "more than")
    d.ev("the government had issued official identification to more than 5,000", "other", Y)
    d.fig("the government had issued official identification to more than 5,000", 5000,
          "refugees issued identification", "more than")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    d.sec("3")
    d.ent("organization", PAIGC)
    d.ent("organization", "Economic Community of West African States")
    d.ent("organization", "National Elections Commission of Guinea-Bissau",
          "National Election Commission")
    d.ent("person", "Aristides Gomes")
    d.ent("person", "Domingos Simoes Pereira")
    d.ent("person", "Umaro Sissoco Embalo", "Umaro Sissoco", "Embalo")
    d.ev("Legislative elections were held on March 10", "election_or_referendum", "2019-03-10")
    # an observers' verdict is dated by the election it judges (settled 2026-12-06)
    d.ev("Independent observers stated the elections were free and fair.", "other", "2019-03-10",
         source="independent observers")
    d.ev("won a plurality with 47 members of parliament", "election_or_referendum", Y)
    d.fig("won a plurality with 47 members of parliament", 47,
          "members of parliament won by the PAIGC")
    d.fig("won a plurality with 47 members of parliament", 3,
          "other parties in the governing coalition")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause
    # (three months after the March 10 elections -> the month)
    d.ev("Political conflict delayed the inauguration of the new government", "other", "2019-06")
    d.ev("On July 3, under pressure from the Economic Community", "other", "2019-07-03")
    d.ev("The first round of the presidential election took place on November 24",
         "election_or_referendum", "2019-11-24")
    d.ev("met in a runoff election on December 29", "election_or_referendum", "2019-12-29")
    d.fig("The top two finishers from the first round", 2, "top finishers of the first round")
    d.ev("The National Election Commission declared Embalo the winner.",
         "election_or_referendum", Y)
    d.ev("International Observers characterized the election as free", "other", "2019-12-29",
         source="international observers")
    # an episode named without its date takes the date of the one dated occurrence of that
    # name (settled 2026-12-08); "the August 2018 gender-parity law, which requires": a label
    d.ev("During legislative elections no political party complied", "other", "2019-03-10",
         polarity="negated")
    d.prov("which requires 36 percent of candidates to be female", "requirement", 36, "percent",
           "36 percent of candidates", "female candidates")
    d.fig("There were 14 women in the 102-member National Assembly", 14,
          "women in the National Assembly")
    d.fig("There were 14 women in the 102-member National Assembly", 102,
          "members of the National Assembly")
    d.fig("with eight of the 16 ministries led by women", 8, "ministries led by women")
    d.fig("with eight of the 16 ministries led by women", 16, "ministries")

    d.sec("4")
    d.ent("organization", "Court of Audits")
    d.prov("The law provides criminal penalties of one month to 10 years", "penalty", 1,
           "months", "one month to 10 years in prison", "corruption by officials")
    # conduct over years, no taxonomy verb: no event
    d.ev("By year’s end no public officials had disclosed", "other", Y, polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    d.sec("exec")
    d.ent("organization", "Judicial Police")
    d.ent("organization", "Public Order Police")
    d.ent("organization", "State Information Service")
    d.ent("organization", "Border Police")
    d.ent("organization", "Rapid Intervention Police")
    d.ent("organization", "Maritime Police")
    d.ev("In March the country held legislative elections", "election_or_referendum",
         "2019-03")
    d.fig("In March the country held legislative elections", 102,
          "seats in the National Assembly")
    d.ev("Presidential elections held in November resulted in two finalists",
         "election_or_referendum", "2019-11")
    d.fig("Presidential elections held in November resulted in two finalists", 2,
          "finalists of the presidential election")
    d.ev("declared Umaro Sissoco the winner of the December 29", "election_or_referendum",
         "2019-12-29")
    d.ev("The National Elections Commission of Guinea-Bissau declared", "election_or_referendum",
         Y)  # t-tidy14: the clause's declaration of the winner keeps its own date, the year (settled 2026-12-12)
    d.ev("International observers considered all elections in the 2019 cycle", "other", Y,
         source="international observers")
    d.ev("Significant human rights issues included: harsh and life-threatening", "other", Y)
    d.ev("While the government took steps to investigate and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed", "killing", Y,
         polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Mansoa")
    d.ent("place", "Cacine")
    d.ent("place", "Catio")
    d.ent("place", "Bigene")
    d.ent("place", "Bissora")
    d.ev("there were no reports that government authorities employed them", "torture_or_abuse",
         Y, polarity="negated")
    d.ev("There were no reported deaths in police custody.", "death_in_custody", Y,
         polarity="negated")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated taxonomy act on a class (allegations): no event.
    # was: d.ev("Authorities did not investigate allegations of inhuman conditions.", "investigation",
    # was: Y, polarity="negated")
    d.ev("In 2018 the National Commission for Human Rights recommended", "other", "2018")
    d.ev("In 2018 the National Commission for Human Rights recommended", "other", Y,
         polarity="negated")
    d.fig("In 2018 the National Commission for Human Rights recommended", 4,
          "pretrial detention centers recommended for closure")
    # a standing permission is a state: no event (settled 2026-12-08)

    d.sec("1.d")
    d.prov("By law detainees must be brought before a magistrate within 48 hours",
           "time_limit", 48, "hours", "within 48 hours of arrest", "detainees before a magistrate")

    d.sec("1.e")
    d.ev("In January, 10 military officials accused of an attempted coup", "release",
         "2019-01")
    # "who had been detained since 2017": the detention dated by its "since" date (2026-12-08)
    d.ev("In January, 10 military officials accused of an attempted coup",
         "detention_or_arrest", "2017")
    d.fig("In January, 10 military officials accused of an attempted coup", 10,
          "military officials cleared and released")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")


def guinea_bissau() -> PageDoc:
    # In reading order of annotation (5-7, 2, 3-4, exec, 1): each entity is declared once,
    # by the first part that names it (its mentions are found in every range).
    return assemble(CollectionDoc, "2019_guinea-bissau", FILE, 2019, ALL_PARTS, DONE, PART_BUILDERS)


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4, "exec": executive_summary,
                 "1": section_1}


DOCS = {"2019_guinea-bissau": guinea_bissau}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
