"""Build the hand-made DEV gold file for Togo 2017 (a state.gov page, classic layout).

``2017_togo.jsonl`` annotates ``html/2017/togo.html`` of the public collection of state.gov
pages (checked out next to the repository as ``../collection/html/2017/togo.html`` by
``scripts/collection.sh``; never committed), with the method of
``build_whole_gold_guineabissau2019.py`` (``CollectionDoc`` of ``build_whole_gold_dev.py``):
every record below was decided by hand, reading the report sentence by sentence before the
system was ever run on it; the script only turns the decisions into offsets. Offsets are into
the document text rightsledger reads from the page (``rightsledger.read.read_path``), which is
what ``rightsledger export`` cites and ``rightsledger evaluate`` scores. Each anchor (at most 14
words of the report) occurs exactly once in the document. The scope line lists in ``"ranges"``
exactly the character ranges annotated, one per section group annotated whole (``DONE``);
entity mentions are kept only inside them. The output holds offsets, names and values but no
report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_togo2017.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_togo2017.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2017_togo.md.
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

Y = "2017"
FILE = "html/2017/togo.html"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

MCSL = "Ministry of Civil Service, Labor, and Administrative Reform"
MSOC = "Ministry of Social Action, Women's Promotion, and Elimination of Illiteracy"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- Section 5 ---
    d.sec("5")
    d.ent("organization", "National Assembly")
    d.ent("organization", "National Commission for Human Rights", "CNDH")
    d.ev("CNDH representatives visited many prisons, documented prison conditions", "other", Y)
    d.ev("The CNDH also provided training in the preparation", "other", Y)

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", "UNICEF")
    d.ent("place", "Central Region")
    d.not_entity("Demographic and Health Survey")
    B = "The law provides for five to 10 years"
    fine(d, B, 5, 10, "years", "five to 10 years' imprisonment", "rape")
    fine(d, B, 2000000, 10000000, "XAF", "two million to 10 million CFA francs", "rape")
    fine(d, B, 3400, 17010, "USD", "$3,400 to $17,010", "rape")
    B = "Conviction of spousal rape is punishable by up to 720 hours"
    d.prov(B, "penalty", 720, "hours", "up to 720 hours of community service", "spousal rape")
    fine(d, B, 200000, 1000000, "XAF", "200,000 to one million CFA francs", "spousal rape")
    fine(d, B, 340, 1701, "USD", "$340 to $1,701", "spousal rape")
    B = "A prison term for conviction of 20 to 30 years applies"
    fine(d, B, 20, 30, "years", "20 to 30 years", "aggravated rape")
    d.prov(B, "threshold", 14, "age", "under age 14", "aggravated rape (victim's age)")
    d.prov(B, "threshold", 6, "weeks", "more than six weeks", "aggravated rape (incapacitation)")
    # "Neither the government nor any group compiled statistics on rape": negated reporting on a class,
    # no event (Settled 2026-12-16, "Negated reporting"; t-events28)
    d.ev("several NGOs actively educated women on their rights", "other", Y)
    d.fig("FGM/C had been performed on 3 percent of girls", 3,
          "share of women and girls cut", unit="percent", source="UNICEF")
    d.fig("FGM/C had been performed on 3 percent of girls", 1,
          "share of girls aged 15 to 19 cut", unit="percent", source="UNICEF")
    fine(d, "Penalties for those convicted of FGM/C range from five to 10", 5, 10, "years",
         "five to 10 years' imprisonment", "FGM/C")
    d.ev("The government sponsored educational seminars on FGM/C.", "other", Y)
    d.ev("Several domestic NGOs, with international assistance, organized campaigns", "other",
         Y)
    d.ev("NGOs also worked to create alternative labor opportunities", "other", Y)
    d.ev("There were no reports of coerced abortion", "other", Y, polarity="negated")

    # --- Section 6: children ---
    d.ent("organization", "Department of State")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "International Religious Freedom Report",
                 "National Program against Child Marriage and Teenage Pregnancy")
    d.prov("School attendance is compulsory for boys and girls until age 15", "threshold", 15,
           "age", "until age 15", "compulsory schooling")
    d.prov("by law the minimum age of consensual sex is 16", "threshold", 16, "age", "16",
           "minimum age of consensual sex")
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.prov("The legal ages for marriage are 18 for girls and 20 for boys", "threshold", 18,
           "age", "18", "legal age of marriage for girls")
    d.prov("The legal ages for marriage are 18 for girls and 20 for boys", "threshold", 20,
           "age", "20", "legal age of marriage for boys")
    d.ev("The government and NGOs engaged in a range of actions", "other", Y)
    d.ev("led development of the National Program against Child Marriage", "other", Y)
    B = "provides penalties for those convicted of between one and five years"
    fine(d, B, 1, 5, "years", "between one and five years' imprisonment",
         "commercial sexual exploitation of minors")
    fine(d, B, 100000, 1000000, "XAF", "100,000 to one million CFA francs",
         "commercial sexual exploitation of minors")
    fine(d, B, 170, 1701, "USD", "$170 to $1,701", "commercial sexual exploitation of minors")
    B = "For conviction of violations involving children under age 15"
    d.prov(B, "threshold", 15, "age", "under age 15", "sexual exploitation of young children")
    d.prov(B, "penalty", 10, "years", "up to 10 years", "sexual exploitation of young children")
    d.prov("The minimum age of consensual sex is 16 for boys and girls.", "threshold", 16, "age",
           "16", "minimum age of consensual sex")
    fine(d, "The law prohibits child pornography and penalties for conviction", 5, 10, "years",
         "five to 10 years' imprisonment", "child pornography")
    d.ev("The government conducted a survey and assessment of reports", "investigation",
         "2013")
    d.ev("The government conducted a survey and assessment of reports", "report_published", Y,
         polarity="negated")
    d.ev("There is no known Jewish community", "attack_or_threat", Y, polarity="negated")

    # --- Section 6: disabilities, minorities, sexual orientation, HIV ---
    d.ent("organization", MSOC, "Social Action, Women's Promotion, and Elimination of Illiteracy")
    d.ent("organization", "Ministry of Territorial Affairs")
    d.ev("held awareness campaigns to fight discrimination and promote equality", "other", Y)
    B = "may be sentenced to one to three years"
    fine(d, B, 1, 3, "years", "one to three years' imprisonment", "same-sex sexual activity")
    fine(d, B, 1000000, 3000000, "XAF", "one million to three million CFA francs",
         "same-sex sexual activity")
    fine(d, B, 1701, 5102, "USD", "$1,701 to $5,102", "same-sex sexual activity")
    d.ev("Most human rights organizations, including the CNDH, refused", "other", Y)
    d.ev("the government sponsored broadcasts aimed at deterring discrimination", "other", Y)
    d.ev("The 2015 Demographic and Health Survey did not address", "report_published", "2015")

    # --- 7.a ---
    d.sec("7.a")
    d.not_entity("Export Processing Zone")
    d.prov("allows EPZ workers to form two unions", "right", 2, "unions", "two unions",
           "unions in the EPZ")
    d.ev("There were no reports of employers either refusing to bargain", "other", Y,
         polarity="negated")
    d.ev("There were no reports of antiunion discrimination", "other", Y, polarity="negated")

    # --- 7.b ---
    d.sec("7.b")
    B = "including light sentences ranging from six months to two years"
    d.prov(B, "penalty", 6, "months", "six months to two years' imprisonment",
           "trafficking children")
    d.prov(B, "threshold", 18, "age", "under age 18", "trafficking children")

    # --- 7.c ---
    d.sec("7.c")
    d.ent("organization", MCSL)
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    B = "The law prohibits the employment of children under age 15"
    d.prov(B, "threshold", 15, "age", "under age 15", "minimum age of employment")
    d.prov(B, "threshold", 18, "age", "under age 18", "night work")
    d.prov("It requires a daily rest period of at least 12 hours", "requirement", 12, "hours",
           "at least 12 hours", "daily rest of working children")
    B = "The minimum age for employment in hazardous work"
    d.prov(B, "threshold", 18, "age", "18", "minimum age for hazardous work")
    fine(d, B, 16, 17, "age", "ages 16 and 17", "exceptions for hazardous work",
         norm="threshold")
    d.prov("authorizes the employment of children ages 16 and older", "threshold", 16, "age",
           "ages 16 and older", "work in harmful sectors")
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ev("According to a 2015 UNICEF report, 28 percent", "report_published", "2015",
         source="UNICEF")
    d.fig("According to a 2015 UNICEF report, 28 percent", 28,
          "share of children aged five to 14 working full time", unit="percent",
          source="UNICEF")
    d.fig("in exchange for one-time fees as low as", 12500, "fees for placing children",
          unit="XAF", value_end=17500)
    d.fig("in exchange for one-time fees as low as", 21, "fees for placing children",
          unit="USD", value_end=30)

    # --- 7.d ---
    d.sec("7.d")
    B = "Penalties for violations include a fine of up to one million"
    d.prov(B, "penalty", 1000000, "XAF", "up to one million CFA francs",
           "employment discrimination")
    d.prov(B, "penalty", 1701, "USD", "$1,701", "employment discrimination")
    d.prov(B, "penalty", 6, "months", "up to six months in prison", "employment discrimination")

    # --- 7.e ---
    d.sec("7.e")
    d.ent("organization", "Delegation of the Informal Sector Organization")
    d.ent("organization", "National Social Security Fund")
    d.not_entity("Interprofessional Collective Convention")
    d.fig("The minimum wage is 35,000 CFA francs", 35000, "monthly minimum wage", unit="XAF")
    d.fig("The minimum wage is 35,000 CFA francs", 60, "monthly minimum wage", unit="USD")
    B = "The government set the poverty level at the internationally"
    d.fig(B, 1.25, "poverty level per day", unit="USD")
    d.fig(B, 735, "poverty level per day", unit="XAF")
    d.fig(B, 38, "poverty level per month", unit="USD")
    d.fig(B, 22344, "poverty level per month", unit="XAF")
    d.prov("normally are not to exceed 40 hours per week", "prohibition", 40, "hours",
           "40 hours per week", "weekly working hours")
    B = "At least one 24-hour rest period per week is compulsory"
    d.prov(B, "requirement", 24, "hours", "one 24-hour rest period per week", "weekly rest")
    d.prov(B, "right", 30, "days", "30 days of paid leave", "paid leave")
    B = "Working hours for employees in the agricultural sector are not to exceed"
    d.prov(B, "prohibition", 2400, "hours", "2,400 hours per year", "agricultural working hours")
    d.prov(B, "prohibition", 46, "hours", "46 hours per week", "agricultural working hours")
    B = "sets minimum rates for overtime work at 120 percent"
    d.prov(B, "requirement", 120, "percent", "120 percent of base salary", "overtime pay")
    d.prov(B, "threshold", 8, "hours", "the first eight hours", "overtime pay")
    d.prov(B, "requirement", 140, "percent", "140 percent", "overtime pay after eight hours")
    d.prov(B, "requirement", 165, "percent", "165 percent", "overtime pay at night and Sundays")
    d.fig("The ministry had 109 labor inspectors", 109, "labor inspectors")
    d.fig("80 percent of the country", 80, "share of economic activity in the informal sector",
          unit="percent", source="Delegation of the Informal Sector Organization")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "High Authority of Audiovisuals and Communications", "HAAC")
    d.ent("person", "Pitang Tchalla")
    d.ent("person", "Faure Gnassingbe")
    d.ent("person", "Kossi Robert Avotor")
    d.ent("organization", "L'Alternative")
    d.ent("organization", "Reporters without Borders")
    d.ent("organization", "La Nouvelle")
    d.ent("person", "Joseph Gadahn")
    d.ent("organization", "Economie et Developpement")
    d.ent("organization", "Radio Kanal FM")
    d.ent("organization", "Togolese Media Observatory")
    d.ent("organization", "International Telecommunication Union")
    d.not_entity("Freedom of Access to Public Information and Documentation Act")
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("authorities attempted to influence the press through illicit means", "other", Y)
    d.ev("For example, on February 2, the president of the High Authority", "other",
         "2017-02-02")
    d.ev("For example, on February 2, the president of the High Authority", "other", "2016-12")
    d.ev("Local and international organizations reported violence against journalists.",
         "attack_or_threat", Y, source="local and international organizations")
    d.ev("For example, on February 7, gendarmes arrested Kossi Robert Avotor",
         "detention_or_arrest", "2017-02-07")
    d.ev("He was beaten, handcuffed and held on the ground by gendarmes.", "torture_or_abuse",
         "2017-02-07")
    d.ev("Gendarmes erased his camera", "censorship_or_blocking", Y)
    d.ev("Reporters without Borders and local media organizations condemned", "other", Y)
    d.prov("including suspending publications for up to six months", "penalty", 6, "months",
           "up to six months", "suspension of publications")
    d.ev("On May 25, HAAC suspended monthly newspaper La Nouvelle", "censorship_or_blocking",
         "2017-05-25")
    d.dur(1, "months", "one month")
    d.ev("On August 21, a political opposition group threatened to lynch", "attack_or_threat",
         "2017-08-21")
    d.ev("Five local NGOs, including the Togolese Media Observatory", "other", Y)
    d.fig("Five local NGOs, including the Togolese Media Observatory", 5,
          "local NGOs that condemned the threats")
    d.ev("On May 4, the government began enforcement of the Freedom", "law_or_decree",
         "2017-05-04")
    d.ev("On May 4, the government began enforcement of the Freedom", "law_or_decree",
         "2016-03")
    d.ev("The government restricted and disrupted access to the internet",
         "censorship_or_blocking", Y)
    d.ev("In August and September, the government shut down the internet",
         "censorship_or_blocking", "2017-08", date_end="2017-09")
    d.fig("11.3 percent of the population used the internet in 2016", 11.3,
          "share of the population using the internet in 2016", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    d.sec("2.b")
    d.ev("On October 10, the government banned demonstrations during the workweek.", "other",
         "2017-10-10")
    d.ev("On October 31, the ban was ended", "other", "2017-10-31")
    d.ev("Police practices in dealing with demonstrators during the August-October",
         "torture_or_abuse", "2017-08", date_end="2017-10")
    d.ev("For example, police shot and killed some protesters and injured many more",
         "killing", "2017-08", date_end="2017-10")
    d.ev("Security forces and government-sponsored vigilantes attacked protesters",
         "attack_or_threat", "2017-08", date_end="2017-10")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commission for Refugees", "UNHCR")
    d.ev("the government restricted some of these rights", "other", Y)
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ev("The government assisted in the repatriation of 26 refugees.", "other", Y)
    d.fig("The government assisted in the repatriation of 26 refugees.", 26,
          "refugees repatriated")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    d.sec("3")
    d.ent("organization", "Union for the Republic", "UNIR")
    d.ev("In 2015 President Faure Gnassingbe was re-elected to a third", "election_or_referendum",
         "2015")
    d.fig("In 2015 President Faure Gnassingbe was re-elected to a third", 59,
          "share of the vote", unit="percent")
    d.ev("International and national observers monitoring the election declared", "other",
         "2015", source="international and national observers")
    d.ev("Security forces did not interfere with voting", "other", "2015", polarity="negated")
    d.fig("only 18 percent of parliamentarians were women", 18,
          "share of women parliamentarians", unit="percent")
    d.fig("only 18 percent of parliamentarians were women", 16, "women parliamentarians")
    d.fig("only 18 percent of parliamentarians were women", 91, "parliamentarians")

    d.sec("4")
    d.ent("organization", "National Commission for the Fight against Corruption and Economic "
          "Sabotage")
    d.ent("organization", "Government Accounting Office")
    d.ent("organization", "Finances Inspectorate")
    d.ent("organization", "High Authority for the Prevention of and Fight against Corruption",
          "High Authority")
    d.ent("organization", "Togo Revenue Authority")
    d.ev("Other state entities, such as the Government Accounting Office", "investigation", Y)
    d.ev("Authorities established toll-free and text-messaging lines", "other", Y)
    d.ev("In January the government appointed board members", "other", "2017-01")
    d.ev("The High Authority had yet to conduct any investigations", "investigation", Y,
         polarity="negated")
    d.ev("there were credible reports that judges accepted bribes", "other", Y,
         polarity="alleged")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    d.sec("exec")
    d.ent("place", "Togo")
    d.ev("Togo is a republic governed by President Faure Gnassingbe", "election_or_referendum",
         "2015")
    d.ev("In 2013 the ruling Union for the Republic party", "election_or_referendum", "2013")
    d.fig("In 2013 the ruling Union for the Republic party", 62, "seats won by UNIR")
    d.fig("In 2013 the ruling Union for the Republic party", 91,
          "seats in the National Assembly")
    d.ev("International and national observers declared it generally free", "other", "2013",
         source="international and national observers")
    d.ev("The most significant human rights issues included arbitrary deprivation", "killing",
         Y)
    d.ev("The government took limited steps to prosecute or punish officials", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Sokode")
    d.ent("place", "Mango")
    d.ev("There were reports that the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("police shot and killed three protesters when demonstrations", "killing", "2017-08",
         date_end="2017-09")
    d.fig("police shot and killed three protesters when demonstrations", 3,
          "protesters killed")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Action for the Abolition of Torture")
    d.ent("organization", "Togolese League for Human Rights")
    d.ent("organization", "Gendarmerie Research and Investigations Service")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "International Committee of the Red Cross")
    d.not_entity("Brigade for Minors facility", "Week of the Detainee")
    d.ev("There were several reports, however, that government officials employed them.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("For example, Amnesty International, Action for the Abolition of Torture",
         "torture_or_abuse", "2017-09", date_end="2017-10",
         source="Amnesty International and Togolese NGOs")
    d.ev("there were no reports prison officials withheld medical treatment", "other", Y,
         polarity="negated")
    B = "there were 4,859 prisoners and pretrial detainees"
    d.fig(B, 4859, "prisoners and pretrial detainees")
    d.fig(B, 156, "women prisoners and detainees")
    d.fig(B, 13, "prisons and jails")
    d.fig(B, 2720, "prison capacity")
    d.fig("There were 45 juveniles held in the Brigade", 45, "juveniles held")
    d.ev("There were 25 prison deaths from various causes", "death_in_custody", Y)
    d.fig("There were 25 prison deaths from various causes", 25, "prison deaths")
    d.ev("accredited by the Ministry of Justice visited prisons", "other", Y)

    d.sec("1.d")
    d.ent("organization", "National Intelligence Agency")
    d.ent("organization", "Ministry of Security and Civil Protection")
    d.ent("organization", "Ministry of Defense")
    d.ent("place", "Lome")
    d.ev("There were reports of police misusing arrest authority", "detention_or_arrest", Y,
         polarity="alleged")
    d.ev("There were no reports of persons arbitrarily detained in secret", "detention_or_arrest",
         Y, polarity="negated")
    d.prov("brought before a judicial officer within 72 hours of arrest", "time_limit", 72,
           "hours", "within 72 hours of arrest", "suspect before a judicial officer")
    fine(d, "have the right to see a detainee after 48 to 96 hours", 48, 96, "hours",
         "after 48 to 96 hours of detention", "access of attorneys and family",
         norm="time_limit")
    d.ev("No detainees were held incommunicado.", "detention_or_arrest", Y, polarity="negated")
    d.ev("security forces arbitrarily detained large groups of protesters in Lome",
         "detention_or_arrest", "2017-08", date_end="2017-09")
    d.fig("Pretrial detainees and persons in preventative detention totaled 3,222", 3222,
          "pretrial detainees")
    d.fig("Pretrial detainees and persons in preventative detention totaled 3,222", 51,
          "share of the prison population in pretrial detention", unit="percent")

    d.sec("1.e")
    d.ev("on October 20, authorities charged, tried, and convicted 30 defendants",
         "conviction_or_sentence", "2017-10-20")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause
    d.ev("only two days after their detention", "detention_or_arrest", "2017-10-18")
    d.fig("on October 20, authorities charged, tried, and convicted 30 defendants", 30,
          "defendants convicted")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ent("place", "Ghana")
    d.ev("there were reports the government failed to respect these prohibitions", "other", Y,
         polarity="alleged")
    d.ev("From August to October, there were multiple reports of security force",
         "other", "2017-08", date_end="2017-10", polarity="alleged")
    d.ev("in October security force members and government-sponsored vigilantes attacked",
         "attack_or_threat", "2017-10")
    # t-conv15 settlement (2026-12-13): a consequence of another kind, the next sentence, no tie: the year
    d.ev("These actions resulted in a number of persons fleeing", "other", Y)
    d.fig("These actions resulted in a number of persons fleeing", 500,
          "persons who fled to Ghana", "more than")


def togo() -> PageDoc:
    # In reading order of annotation (5-7, 2, 3-4, exec, 1): each entity is declared once,
    # by the first part that names it (its mentions are found in every range).
    return assemble(CollectionDoc, "2017_togo", FILE, 2017, ALL_PARTS, DONE, PART_BUILDERS)


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4, "exec": executive_summary,
                 "1": section_1}


DOCS = {"2017_togo": togo}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
