"""Build the hand-made DEV gold file for the Democratic Republic of the Congo 2014
(``usdos/2014_drc.md``, the ecoi.net Markdown layout of the 2010s).

Method of ``build_whole_gold_angola2008.py``: every record below was decided by hand, reading
the report sentence by sentence before the system was run on it; the script only turns the
decisions into offsets. The report is read through ``rightsledger.read.read_path``
(``PageDoc``), so every offset is into the document text rightsledger exports. Each anchor (at
most 14 words of the report) occurs exactly once in the document text. The scope line lists
in ``"ranges"`` exactly the character ranges annotated (one per section group annotated
whole); entity mentions are kept only inside them. The output holds offsets, names and values
but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_drc2014.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_drc2014.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2014_drc.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import PageDoc  # noqa: E402

FILE = "usdos/2014_drc.md"
Y = "2014"

#: the section groups (opening heading, heading that ends the group); the Section 5 heading
#: of this report is a plain line
ALL_PARTS = {
    "exec": (None, "#### Section 1. Respect for the Integrity"),
    "1": ("#### Section 1. Respect for the Integrity", "#### Section 2. Respect for Civil"),
    "2": ("#### Section 2. Respect for Civil", "#### Section 3. Respect for Political"),
    "3-4": ("#### Section 3. Respect for Political", "Section 5. Governmental Attitude"),
    "5-7": ("Section 5. Governmental Attitude", None),
}
#: the groups annotated so far, in the order they were done
DONE = ["5-7", "2", "3-4", "exec", "1"]

MOJ = "Ministry of Justice and Human Rights"
CHILD_LABOR_COMMITTEE = "National Committee to Combat the Worst Forms of Child Labor"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- entities first met here ---
    for place in ("Minova", "Kinshasa", "Kasai Occidental", "Lubumbashi"):
        d.ent("place", place)
    d.ent("place", "Kasai Oriental", "Kasai Orientale", "Kasai Orientale province")
    d.ent("place", "North Kivu", "North Kivu province")
    d.ent("place", "South Kivu", "South Kivu province")
    d.ent("place", "Katanga", "Katanga province")
    d.ent("place", "Orientale", "Orientale province")
    d.ent("person", "Scott Campbell")
    d.ent("person", "Joseph Kabila", "Kabila")
    d.ent("person", "Bedi Mobuli Engangela", "Engangela", "Colonel 106")
    d.ent("organization", MOJ)
    d.ent("organization", "National Intelligence Agency", "ANR")
    d.ent("organization", "UN Joint Human Rights Office", "UNJHRO")
    d.ent("organization", "Congolese National Police", "PNC")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "North Kivu Military Operational Court",
          "Military Operational Court of the Minova Trial", "Military Operational Court")
    d.ent("organization", "South Kivu Military Court")
    d.ent("organization", "FARDC")
    d.ent("organization", "World Health Organization")
    d.ent("organization", "UN Children’s Fund", "UNICEF")
    d.ent("organization", "UN Human Rights Commission")
    d.ent("organization", "World Bank")
    d.ent("organization", "Physicians for Human Rights")
    d.ent("organization", "Department of State")
    d.ent("organization", "Ministry of Social Affairs")
    d.ent("organization", "Dynamic of Indigenous Peoples")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Union Confederation of Congo")
    d.ent("organization", "National Union of Congolese Workers", "UNTC")
    d.ent("organization", "Democratic Confederation of Work", "CDT")
    d.ent("organization", "National Labor Council")
    d.ent("organization", "Congo National Railway Company")
    d.ent("organization", "National Union of Teachers in Registered Schools")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Congolese Labor Federation")
    d.ent("organization", CHILD_LABOR_COMMITTEE)
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Ministry of Gender, Family, and Children")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Pact")
    d.not_entity("Bukavu Central Prison", "Peace Court", "106 Battalion",
                 "travel.state.gov/content/childabduction/english/country/Congo.html",
                 "Demographic and Health Survey", "Hague Convention")

    # --- 5 ---
    d.sec("5")
    d.ev("On October 17, the government expelled Scott Campbell", "other", "2014-10-17")
    d.ev("In March 2013 President Kabila promulgated a law", "law_or_decree", "2013-03")
    d.ev("In March 2013 President Kabila promulgated a law", "other", Y, polarity="negated")

    # --- 6: women ---
    d.sec("6")
    d.prov("The minimum penalty prescribed for rape is a prison sentence of five years.",
           "penalty", 5, "years", "a prison sentence of five years", "rape (minimum)")
    d.ev("The SSF, RMGs, and civilians perpetrated widespread sexual violence",
         "torture_or_abuse", Y)
    d.ev("The United Nations registered 3,635 victims of sexual violence", "torture_or_abuse",
         "2010-01", date_end="2013-12", source="United Nations")
    d.fig("The United Nations registered 3,635 victims of sexual violence", 3635,
          "victims of sexual violence registered", source="United Nations")
    d.ev("Some prosecutions occurred for rape and other types of sexual violence.", "charge", Y)
    d.ev("from July 2011 to December 2013, military courts convicted 187",
         "conviction_or_sentence", "2011-07", date_end="2013-12", source="United Nations")
    d.fig("from July 2011 to December 2013, military courts convicted 187", 187,
          "individuals convicted of sexual violence", source="United Nations")
    d.fig("from July 2011 to December 2013, military courts convicted 187", 183,
          "convicted who were SSF or other state actors", source="United Nations")
    d.ev("Following the November 2012 killings, rapes, and pillaging", "killing", "2012-11",
         place="Minova")
    d.ev("Following the November 2012 killings, rapes, and pillaging", "conviction_or_sentence",
         Y)
    d.pen("life", None, None, "life imprisonment")
    d.fig("Following the November 2012 killings, rapes, and pillaging", 126,
          "women and girls raped", "at least", source="United Nations")
    d.fig("Following the November 2012 killings, rapes, and pillaging", 2,
          "SSF members convicted")
    d.ev("On August 11, the South Kivu Military Court began the trial", "trial", "2014-08-11")
    d.ev("when he ordered attacks on villages in South Kivu province between 2005",
         "attack_or_threat", "2005", date_end="2007", polarity="alleged")
    d.ev("A 2012 study found 64 percent of girls", "report_published", "2012")
    d.fig("A 2012 study found 64 percent of girls", 64,
          "share of girls and women who suffered physical violence", unit="percent")
    d.fig("A 2012 study found 64 percent of girls", 49,
          "share of them who suffered violence again within 12 months", unit="percent")
    d.ev("There were no reports of judicial authorities taking action", "charge", Y,
         polarity="negated")
    fgm = "provides a sentence of two to five years in prison"
    d.prov(fgm, "penalty", 2, "years", "two to five years in prison", "FGM/C")
    d.prov(fgm, "penalty", 200000, "CDF", "up to 200,000 Congolese francs", "FGM/C (fine)")
    d.prov(fgm, "penalty", 218, "USD", "$218", "FGM/C (fine)")
    d.prov(fgm, "penalty", None, None, "life imprisonment", "FGM/C causing death")
    d.ev("A 2010 study conducted by the World Health Organization", "report_published", "2010",
         source="World Health Organization")
    d.fig("A 2010 study conducted by the World Health Organization", 64,
          "share of workers who experienced sexual harassment", unit="percent",
          source="World Health Organization")
    d.prov("the minimum penalty prescribed by law is a prison sentence of one year", "penalty",
           1, "years", "a prison sentence of one year", "sexual harassment (minimum)")
    d.ev("According to the 2014 Demographic and Health Survey", "report_published", "2014")
    d.fig("According to the 2014 Demographic and Health Survey", 7.8,
          "share of women using modern contraception", unit="percent")
    d.fig("the maternal mortality ratio was 846 deaths per 100,000", 846,
          "maternal deaths per 100,000 live births")
    d.fig("the maternal mortality ratio was 846 deaths per 100,000", 80,
          "share of births at a health facility", unit="percent")
    d.fig("there were 21,000 maternal deaths in 2013", 21000, "maternal deaths in 2013",
          source="UN")
    d.fig("there were 21,000 maternal deaths in 2013", 23,
          "lifetime risk of maternal death (one in 23)", source="UN")
    d.prov("Courts may sentence women found guilty of adultery", "penalty", 1, "years",
           "up to one year in prison", "adultery by women")
    d.ev("In their 2009 report to the UN Human Rights Commission", "report_published", "2009")
    d.fig("In their 2009 report to the UN Human Rights Commission", 7,
          "UN rapporteurs and representatives who wrote the report")

    # --- 6: children ---
    d.fig("According to UNICEF, 25 percent of children born", 25,
          "share of children born in a medical facility who were registered", unit="percent",
          source="UNICEF")
    d.prov("provide for free and compulsory primary education to age 15", "threshold", 15,
           "age", "to age 15", "compulsory education")
    d.prov("provide for free and compulsory primary education to age 15", "threshold", 8,
           "grade", "through the eighth grade", "compulsory education")
    d.fig("parents typically funded 60 percent or more of school expenses", 60,
          "share of school expenses funded by parents", "at least", unit="percent")
    d.fig("parents typically funded 60 percent or more of school expenses", 11,
          "share of family spending on education", unit="percent")
    d.ev("A 2013 study found that nationally an estimated 28 percent", "report_published",
         "2013")
    d.fig("A 2013 study found that nationally an estimated 28 percent", 28,
          "share of school-age children not enrolled", "approximately", unit="percent")
    d.fig("46 percent of girls and 42 percent of boys were out of school", 46,
          "share of girls out of school in North Kivu", unit="percent")
    d.fig("46 percent of girls and 42 percent of boys were out of school", 42,
          "share of boys out of school in North Kivu", unit="percent")
    d.ev("The World Bank reported in 2012 that 72 percent", "report_published", "2012",
         source="World Bank")
    d.fig("The World Bank reported in 2012 that 72 percent", 72,
          "share of women aged 15-24 attending school", unit="percent", source="World Bank")
    d.fig("The World Bank reported in 2012 that 72 percent", 78,
          "share of men aged 15-24 attending school", unit="percent", source="World Bank")
    d.fig("Teachers subjected one in four children to corporal punishment", 4,
          "children (one in four subjected to corporal punishment)")
    d.fig("Teachers subjected one in four children to corporal punishment", 5,
          "girls (one in five pressured for sexual favors)")
    d.fig("UNICEF stated that as many as 70 percent", 70,
          "share of street children who claimed to have been accused of witchcraft", "up to",
          unit="percent", source="UNICEF")
    d.prov("the law prohibits the marriage of boys and girls under age 18", "threshold", 18,
           "age", "under age 18", "marriage")
    d.prov("Courts may sentence parents convicted of forcing a child to marry", "penalty", 12,
           "years", "up to 12 years' hard labor", "forced marriage of a child")
    d.prov("Courts may sentence parents convicted of forcing a child to marry", "penalty",
           92500, "CDF", "a fine of 92,500 Congolese francs", "forced marriage of a child (fine)")
    d.prov("Courts may sentence parents convicted of forcing a child to marry", "penalty", 100,
           "USD", "$100", "forced marriage of a child (fine)")
    d.prov("The penalty doubles when the child is under age 15.", "threshold", 15, "age",
           "under age 15", "doubled penalty for forced marriage")
    d.ev("There were no reports of prosecutions for forced marriage.", "charge", Y,
         polarity="negated")
    d.ev("there were few isolated reports of FGM/C", "torture_or_abuse", Y, polarity="alleged")
    d.prov("The minimum age of consensual sex is 18", "threshold", 18, "age", "18",
           "consensual sex")
    d.prov("The minimum age of consensual sex is 18", "threshold", 18, "age", "under age 18",
           "prostitution")
    d.prov("The penal code prohibits child pornography", "penalty", 10, "years",
           "imprisonment of 10 to 20 years", "child pornography")
    d.ev("According to a 2010 World Bank report, 26 percent", "report_published", "2010",
         source="World Bank")
    d.fig("According to a 2010 World Bank report, 26 percent", 26,
          "share of street children who were girls", unit="percent", source="World Bank")
    d.fig("According to a 2010 World Bank report, 26 percent", 70,
          "share of those girls who were victims of rape", unit="percent", source="World Bank")
    d.fig("According to a 2010 World Bank report, 26 percent", 90,
          "share of those girls who were victims of forced prostitution", unit="percent",
          source="World Bank")
    d.ev("The United Nations recorded 906 cases of rape of children", "torture_or_abuse",
         "2010-01", date_end="2013-12", source="United Nations")
    d.fig("The United Nations recorded 906 cases of rape of children", 906,
          "cases of rape of children recorded", source="United Nations")
    d.ev("There were also reports that child soldiers, particularly girls", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Armed groups recruited boys and girls", "other", Y)
    d.fig("there were an estimated 8.2 million orphans", 8200000,
          "orphans and other vulnerable children", "approximately")
    d.fig("Ninety-one percent received no external support", 91,
          "share receiving no external support", unit="percent")
    d.fig("Ninety-one percent received no external support", 3,
          "share receiving medical support", unit="percent")
    d.fig("An estimated 30,000 to 40,000 children lived on the streets", 30000,
          "street children", "approximately", value_end=40000)
    d.ev("The SSF abused and arbitrarily arrested street children", "torture_or_abuse", Y)
    # hate acts are attack_or_threat (settled 2026-12-08)
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")

    # --- 6: indigenous people, sexual orientation, HIV ---
    d.fig("The country had a population of between 250,000 to two million", 250000,
          "indigenous population", "approximately", value_end=2000000)
    d.ev("Throughout the year conflict between indigenous peoples and Balubakat",
         "other", Y, place="Katanga")
    d.ev("By September the UNHCR estimated the IDP population", "report_published", "2014-09",
         source="UNHCR")
    d.fig("By September the UNHCR estimated the IDP population", 300000,
          "IDPs in Katanga at the end of 2013", source="UNHCR")
    d.fig("By September the UNHCR estimated the IDP population", 607000,
          "IDPs in Katanga by September", source="UNHCR")
    d.prov("indigenous populations receive 10 percent of the profits", "right", 10, "percent",
           "10 percent of the profits", "share of profits from indigenous land")
    d.ev("In some areas surrounding tribes kidnapped and forced indigenous peoples", "other", Y)
    d.ev("harassment by the SSF occurred", "attack_or_threat", Y)
    d.ev("In a 2012 UN-sponsored survey of 1,475 persons", "report_published", "2012")
    d.fig("In a 2012 UN-sponsored survey of 1,475 persons", 1475, "persons with HIV/AIDS surveyed")
    d.fig("In a 2012 UN-sponsored survey of 1,475 persons", 18,
          "share who reported losing their job", unit="percent")
    d.fig("In a 2012 UN-sponsored survey of 1,475 persons", 6,
          "share denied access to health care", unit="percent")
    d.fig("In a 2012 UN-sponsored survey of 1,475 persons", 50,
          "share whose children were denied education", unit="percent")
    d.fig("the adult HIV prevalence rate in 2012 was 1.1 percent", 1.1,
          "adult HIV prevalence rate in 2012", unit="percent", source="UNICEF")
    d.fig("the adult HIV prevalence rate in 2012 was 1.1 percent", 480000,
          "persons with HIV", "approximately", source="UNICEF")
    d.ev("There were no reports of societal violence or discrimination based on HIV/AIDS",
         "attack_or_threat", Y, polarity="negated")

    # --- 7.a ---
    d.sec("7.a")
    d.prov("a minimum of 10 employees is required to form a union", "threshold", 10,
           "employees", "a minimum of 10 employees", "forming a union in a business")
    d.prov("Foreigners may not hold union office unless they have lived", "threshold", 20,
           "years", "at least 20 years", "residence of foreigners holding union office")
    d.prov("Collective bargaining requires a minimum of 10 union committee members",
           "threshold", 10, "members", "a minimum of 10 union committee members",
           "collective bargaining")
    d.prov("Collective bargaining requires a minimum of 10 union committee members",
           "requirement", 1, "representative", "one employer representative",
           "collective bargaining")
    d.prov("If the employer does not reply within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "employer's reply to a strike notice")
    d.prov("negotiations--which may take up to three months--begin", "time_limit", 3, "months",
           "up to three months", "negotiations before a strike")
    d.prov("an infraction of the rules on strikes may lead to incarceration", "penalty", 6,
           "months", "up to six months", "infraction of the rules on strikes")
    d.fig("The government recognized 12 unions at the national level.", 12,
          "unions recognized at the national level")
    d.fig("Three different unions represent them.", 3, "unions representing the public sector")
    d.ev("The CDT alleged that management interfered in union elections", "other", Y,
         polarity="alleged", source="CDT")
    d.ev("In March 2013 the Congo National Railway Company management suspended", "dismissal",
         "2013-03")
    d.ev("In March 2013 the Congo National Railway Company management suspended", "other", Y)
    d.ev("whom the government suspended following a strike in 2009", "dismissal", "2009")
    d.ev("whom the government suspended following a strike in 2009", "other", Y,
         polarity="negated")
    d.ev("In July 2013 an International Labor Organization (ILO) delegation visited",
         "other", "2013-07", place="Kinshasa")
    d.ev("The government had taken no action in the case by year", "other", Y,
         polarity="negated")
    d.ev("lodged with the ILO by 13 trade unions", "strike", "2010")
    d.fig("lodged with the ILO by 13 trade unions", 13, "trade unions that lodged the complaint")

    # --- 7.b ---
    d.sec("7.b")
    d.prov("forced labor is punishable by a maximum of six months", "penalty", 6, "months",
           "a maximum of six months' imprisonment", "forced labor")
    d.prov("The law also provides for a penalty of 10 to 20 years", "penalty", 10, "years",
           "10 to 20 years' imprisonment", "enrolling children in the armed forces or police")
    d.prov("The law also provides for a penalty of 10 to 20 years", "threshold", 18, "age",
           "under age 18", "enrolling children in the armed forces or police")
    d.ev("there were reports that armed groups violently attacked mining communities",
         "attack_or_threat", Y, polarity="alleged", place="Orientale")
    d.ev("FARDC units and RMGs forced civilians to work for them", "other", Y)
    d.ev("Some police officers arrested individuals arbitrarily to extort money",
         "detention_or_arrest", Y)
    # t-gold22, settled 2026-12-17 (2): "There were no (qualified) efforts" is the efforts rule, aim or none
    d.ev("there was no effective government effort underway to limit child labor", "other", Y,
         polarity="negated")

    # --- 7.c ---
    d.sec("7.c")
    d.prov("set the minimum age for work at 16 years", "threshold", 16, "age", "16 years",
           "work")
    d.prov("sets the minimum age for hazardous work at 18 years", "threshold", 18, "age",
           "18 years", "hazardous work")
    d.prov("children may not work for more than four hours per day", "prohibition", 4, "hours",
           "more than four hours per day", "working hours of children")
    d.prov("which are one to three years of imprisonment", "penalty", 1, "years",
           "one to three years of imprisonment", "worst forms of child labor")
    d.prov("which are one to three years of imprisonment", "penalty", 200000, "CDF",
           "as high as 200,000 Congolese francs", "worst forms of child labor (fine)")
    d.prov("which are one to three years of imprisonment", "penalty", 218, "USD", "$218",
           "worst forms of child labor (fine)")
    d.ev("Although the government in 2011 approved a national action plan", "other", "2011")
    d.ev("Although the government in 2011 approved a national action plan", "other", Y,
         polarity="negated")
    d.ev("According to data from a 2010 UNICEF survey", "report_published", "2010",
         source="UNICEF")
    d.fig("According to data from a 2010 UNICEF survey", 42,
          "share of children aged 5-14 in child labor", "approximately", unit="percent",
          source="UNICEF")
    d.fig("The same survey indicated 46 percent of children in rural areas", 46,
          "share of rural children in child labor", unit="percent", source="UNICEF")
    d.fig("The same survey indicated 46 percent of children in rural areas", 34,
          "share of urban children in child labor", unit="percent", source="UNICEF")
    d.fig("Children made up as much as 30 percent of the work force", 30,
          "share of children in the artisanal mining work force", "up to", unit="percent")

    # --- 7.e ---
    d.sec("7.e")
    d.fig("minimum wage of 1,680 Congolese francs ($1.83) per day", 1680,
          "minimum wage per day", unit="CDF")
    d.fig("minimum wage of 1,680 Congolese francs ($1.83) per day", 1.83,
          "minimum wage per day", unit="USD")
    d.ev("As of August the government had not set wages.", "law_or_decree", Y,
         polarity="negated")
    d.prov("The law defines different standard workweeks, ranging from 45 to 72 hours",
           "threshold", 45, "hours", "ranging from 45 to 72 hours", "standard workweek")
    d.fig("ranging from 45,000 to 75,000 Congolese francs", 45000,
          "monthly government salaries", unit="CDF", value_end=75000)
    d.fig("ranging from 45,000 to 75,000 Congolese francs", 49,
          "monthly government salaries", unit="USD", value_end=82)
    d.ev("In 2012 the government began paying some civil servant salaries", "other", "2012")
    d.fig("More than 90 percent of laborers worked in subsistence agriculture", 90,
          "share of laborers in informal pursuits", "more than", unit="percent")
    d.fig("between 500,000 and two million miners worked in the informal sector", 500000,
          "informal miners", source="World Bank", value_end=2000000)
    d.fig("between 500,000 and two million miners worked in the informal sector", 16,
          "share of the population relying on artisanal mining", "up to", unit="percent",
          source="World Bank")
    d.ev("In 2010 the international NGO Pact estimated", "report_published", "2010",
         source="Pact")
    d.fig("In 2010 the international NGO Pact estimated", 200000,
          "miners in North and South Kivu", "approximately", source="Pact", value_end=250000)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    # --- entities first met here ---
    for place in ("Kisangani", "Maniema", "Uganda", "Rutshuru", "Goma", "Rwanda",
                  "Central African Republic", "Kigali", "Bas-Congo", "Congo River"):
        d.ent("place", place)
    d.ent("person", "Mike Mukebayi", "Mukebayi")
    d.ent("organization", "Congo News")
    d.ent("organization", "Gombe Peace Tribunal")
    d.ent("organization", "High Council for the Audiovisual and Communications", "CSAC")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Ministry of Communications")
    d.ent("organization", "Republican Guard", "RG")
    d.ent("organization", "Radio Television Mungano")
    d.ent("organization", "Journalists in Danger")
    d.ent("organization", "Union for Democracy and Social Progress")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Democratic Forces for the Liberation of Rwanda", "FDLR")
    d.ent("organization", "DGM")
    d.ent("organization", "M23")
    d.ent("organization", "National Commission on Refugees")
    d.ent("organization", "International Organization for Migration")
    d.not_entity("Makala Central Prison", "Journal d’Informations Judiciares",
                 "International Religious Freedom Report",
                 "Organization of African Unity Convention")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("Plainclothes security agents allegedly monitored political rallies", "surveillance",
         Y, polarity="alleged")
    d.ev("On August 21, authorities arrested the editor of Congo News", "detention_or_arrest",
         "2014-08-21")
    d.ev("On August 25, the PNC arrested 30 journalists", "detention_or_arrest", "2014-08-25")
    d.fig("On August 25, the PNC arrested 30 journalists", 30, "journalists arrested")
    d.ev("In October while Mukebayi was in Makala Central Prison", "censorship_or_blocking",
         "2014-10")
    d.ev("on July 4, the CSAC suspended the television show", "censorship_or_blocking",
         "2014-07-04")
    d.ev("By year’s end the Supreme Court had not ruled on the case.", "trial", Y,
         polarity="negated")
    d.ev("the government licensed a large number of daily newspapers", "registration_decision",
         Y)
    d.ev("the government registered 134 television stations", "registration_decision", "2012",
         source="Ministry of Communications")
    d.fig("the government registered 134 television stations", 134, "television stations "
          "registered in 2012", source="Ministry of Communications")
    d.fig("the government registered 134 television stations", 463, "radio stations "
          "registered in 2012", source="Ministry of Communications")
    d.fig("the government registered 134 television stations", 445, "newspapers registered in "
          "2012", source="Ministry of Communications")
    d.fig("Only two media outlets had quasi-national coverage.", 2,
          "media outlets with quasi-national coverage")
    d.prov("The government required newspapers to pay a one-time license fee", "requirement",
           250000, "CDF", "250,000 Congolese francs",
           "newspaper license")
    d.prov("The government required newspapers to pay a one-time license fee", "requirement",
           272, "USD", "$272", "newspaper license")
    d.fig("The state owned three radio stations and three television stations", 3,
          "state-owned radio stations")
    d.fig("The state owned three radio stations and three television stations", 3,
          "state-owned television stations")
    d.fig("The state owned three radio stations and three television stations", 2,
          "television stations of the president's family")
    d.ev("The SSF beat, arbitrarily arrested, harassed, and intimidated local journalists",
         "torture_or_abuse", Y)
    # beating or injuring persons not in custody is attack_or_threat (settled 2026-12-08; t-types9)
    d.ev("on January 20, RG agents reportedly beat a journalist", "attack_or_threat",
         "2014-01-20", polarity="alleged")
    # t-conv15 settlement (2026-12-13): another occurrence by other persons after the episode: the year
    d.ev("ANR agents reportedly ordered the camera to be returned", "other", Y,
         polarity="alleged")
    d.ev("On June 23, PNC and ANR agents arrested three journalists", "detention_or_arrest",
         "2014-06-23")
    d.fig("On June 23, PNC and ANR agents arrested three journalists", 3, "journalists arrested")
    d.ev("The ANR reportedly ordered the arrests", "detention_or_arrest", "2014-06-23",
         polarity="alleged")
    d.ev("government authorities neither killed journalists nor caused any to disappear",
         "killing", Y, polarity="negated")
    d.ev("authorities assaulted 18 journalists and threatened or harassed 21",
         "attack_or_threat", Y, source="Journalists in Danger")
    d.fig("authorities assaulted 18 journalists and threatened or harassed 21", 18,
          "journalists assaulted", source="Journalists in Danger")
    d.fig("authorities assaulted 18 journalists and threatened or harassed 21", 21,
          "journalists threatened or harassed", source="Journalists in Danger")
    d.fig("a decrease in press freedom violations from 175 in 2012", 175,
          "press freedom violations in 2012", source="Journalists in Danger")
    d.fig("a decrease in press freedom violations from 175 in 2012", 119,
          "press freedom violations in 2013", source="Journalists in Danger")
    d.ev("Other incidents included government detentions or questioning of journalists",
         "detention_or_arrest", Y)
    d.ev("At year’s end the government had not punished any perpetrators",
         "conviction_or_sentence", Y, polarity="negated")
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("a local court in Kasai Orientale province convicted a member",
         "conviction_or_sentence", Y)
    d.pen("prison", 12, "months", "12 months in prison")
    d.fig("a local court in Kasai Orientale province convicted a member", 450000,
          "fine for libel", unit="CDF")
    d.fig("a local court in Kasai Orientale province convicted a member", 490,
          "fine for libel", unit="USD")
    # t-conv16 settlement: N2 a negated act on access (did not restrict access to the internet): no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y, polarity="negated")
    d.ev("At year’s end the CSAC had not refused authorization", "registration_decision", Y,
         polarity="negated")
    d.fig("2.2 percent of individuals in the country used the internet", 2.2,
          "share of individuals using the internet in 2013", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.prov("they must do so in writing within five days of registration", "time_limit", 5,
           "days", "within five days", "denial of authorization of a public event")
    d.ev("on August 11, the FARDC announced its decision to prohibit", "other", "2014-08-11")

    # --- 2.d ---
    d.sec("2.d")
    # t-gold22, settled 2026-12-17 (1): "widespread reports of" a practice is a practice told by frequency: no event
    # d.ev("There also were widespread reports of FARDC soldiers", "other", Y, polarity="alleged")
    d.ev("In September 2013 the DGM announced a suspension", "other", "2013-09")
    d.ev("on September 25, it announced that the suspension would remain", "other", "2014-09-25")
    d.ev("The DGM made some exceptions and issued permits", "other", Y)
    d.fig("the number of IDPs by September was more than 2.6 million", 2600000, "IDPs",
          "more than", source="UNHCR")
    d.fig("Approximately 56 percent of the country’s IDPs", 56,
          "share of IDPs in North and South Kivu", "approximately", unit="percent")
    d.ev("Combatants and other civilians abused some IDPs", "torture_or_abuse", Y)
    d.ev("the UNHCR and its partners documented 2,234 protection incidents", "other", Y,
         source="UNHCR")
    d.fig("the UNHCR and its partners documented 2,234 protection incidents", 2234,
          "protection incidents in South Kivu", source="UNHCR")
    d.ev("With the surrender of M23 in 2013", "other", "2013")
    d.ev("The UNHCR reported Congolese refugees in Uganda began returning", "other", Y,
         source="UNHCR")
    d.ev("In May the government, through the National Commission on Refugees", "other",
         "2014-05")
    d.ev("7,200 persons declared their intention to return", "other", "2013-11",
         date_end="2014", source="International Organization for Migration")
    d.fig("7,200 persons declared their intention to return", 7200,
          "persons intending to return", source="International Organization for Migration")
    d.fig("7,200 persons declared their intention to return", 53000,
          "persons who left the IDP camps around Goma", "approximately",
          source="International Organization for Migration")
    d.fig("the UNHCR reported 121, 935 refugees in the country", 121935, "refugees",
          source="UNHCR")
    d.fig("the UNHCR reported 121, 935 refugees in the country", 7,
          "adjacent countries of origin of refugees", source="UNHCR")
    d.ev("ceased to be refugees in June 2012", "other", "2002")
    d.ev("ceased to be refugees in June 2012", "asylum_or_citizenship_decision", "2012-06")
    d.ev("On August 19, the UNHCR launched the final assisted voluntary repatriation", "other",
         "2014-08-19")
    d.ev("By September, 959 Angolans had returned home", "other", Y)
    d.fig("By September, 959 Angolans had returned home", 959, "Angolan refugees returned")
    d.fig("By September, 959 Angolans had returned home", 37336,
          "Angolan refugees awaiting return")
    d.ev("The UNHCR recommended invocation of the cessation clause", "other", "2014-06-30",
         source="UNHCR")
    d.ev("As of October the government declined to implement the clause", "other", Y)
    d.ev("As of October the government declined to implement the clause", "other",
         "2014-06-20", date_end="2014-06-21", place="Kigali")
    d.ev("In February the National Commission on Refugees performed a preliminary survey",
         "report_published", "2014-02")
    d.fig("In February the National Commission on Refugees performed a preliminary survey",
          241626, "possible Rwandan refugees counted")
    d.ev("By September 4, a total of 495 refugees had returned to Rwanda", "other", Y)
    d.fig("By September 4, a total of 495 refugees had returned to Rwanda", 495,
          "refugees returned to Rwanda")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    # --- entities first met here ---
    for place in ("Equateur", "Bukavu", "Luxembourg", "Malaysia", "Hong Kong"):
        d.ent("place", place)
    d.ent("person", "Denis Engunda")
    d.ent("person", "Vitale Kamerhe", "Kamerhe")
    d.ent("organization", "Independent National Electoral Commission", "CENI")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "Christian Democratic Party")
    d.ent("organization", "National Assembly")
    d.ent("organization", "People’s Party for Reconstruction and Democracy")
    d.ent("organization", "Social Movement for Renewal")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Union for the Congolese Nation", "UNC")
    d.ent("organization", "Senate")
    d.ent("organization", "Court of Accounts")
    d.ent("organization", "Congolese Anti-Corruption League")
    d.ent("organization", "Financial Intelligence Unit")
    d.ent("organization", "UN Group of Experts", "UNGOE")
    d.ent("organization", "Extractive Industries Transparency Initiative", "EITI")
    d.ent("organization", "Organization for European Cooperation and Development")
    d.ent("organization", "International Conference on the Great Lakes Region")
    d.not_entity("Regional Initiative on Natural Resources")

    # --- 3 ---
    d.sec("3")
    d.ev("held presidential and parliamentary elections in 2011", "election_or_referendum",
         "2011")
    d.ev("Several international observer missions stated the results", "other", "2011",
         source="international observer missions")
    d.ev("reported security forces killed or arbitrarily detained dozens", "killing", "2011",
         source="NGOs")
    d.ev("The United Nations confirmed that at least 41 persons were killed", "killing", "2011",
         source="United Nations")
    d.fig("The United Nations confirmed that at least 41 persons were killed", 41,
          "persons killed during the elections", "at least", source="United Nations")
    d.ev("Losing candidates contested the election results", "other", "2011")
    d.fig("Losing candidates contested the election results", 340, "parliamentary seats "
          "contested", "approximately")
    d.fig("Losing candidates contested the election results", 500, "parliamentary seats")
    d.ev("In April 2012 the Supreme Court certified the results", "other", "2012-04")
    d.fig("In April 2012 the Supreme Court certified the results", 482,
          "parliamentary contests certified")
    d.ev("On July 24, Denis Engunda of the Christian Democratic Party", "election_or_referendum",
         "2014-07-24", place="Equateur")
    d.ev("In April 2013 the government established a new CENI", "other", "2013-04")
    d.ev("On May 26, CENI announced that it would hold local elections", "other", "2014-05-26")
    d.ev("by year’s end CENI had not set a date for the elections", "other", Y,
         polarity="negated")
    d.ev("There were reports of government intimidation of opposition members",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("on February 20, in Bukavu, South Kivu province, the PNC intervened",
         "attack_or_threat", "2014-02-20", place="Bukavu")
    d.ev("The SSF injured 26 civilians, including 10 UNC supporters.", "attack_or_threat",
         "2014-02-20")
    d.fig("The SSF injured 26 civilians, including 10 UNC supporters.", 26, "civilians injured")
    d.fig("The SSF injured 26 civilians, including 10 UNC supporters.", 10,
          "UNC supporters injured")
    d.ev("Authorities reportedly previously prevented Kamerhe from flying", "other", Y,
         polarity="alleged")
    women = "Women held approximately 10 percent of the seats in the National Assembly"
    d.fig(women, 10, "share of National Assembly seats held by women", "approximately",
          unit="percent")
    d.fig(women, 50, "seats held by women in the National Assembly")
    d.fig(women, 493, "seats in the National Assembly")
    d.fig(women, 6, "share of provincial assembly seats held by women", unit="percent")
    d.fig(women, 43, "seats held by women in the provincial assemblies")
    d.fig(women, 690, "seats in the provincial assemblies")
    d.fig("Four of 108 senators were women.", 4, "women senators")
    d.fig("Four of 108 senators were women.", 108, "senators")
    ministers = "Among the 37 government ministers and vice ministers, six were women"
    d.fig(ministers, 37, "ministers and vice ministers")
    d.fig(ministers, 6, "women ministers and vice ministers")
    d.fig(ministers, 9, "share of women in the 2012 government", unit="percent")
    d.fig(ministers, 16, "share of women in the government", unit="percent")

    # --- 4 ---
    d.sec("4")
    d.ev("In 2008 the Extractive Industries Transparency Initiative (EITI)", "other", "2008")
    d.ev("On April 18, the international EITI board suspended", "other", "2014-04-18")
    d.ev("In July the EITI board noted these efforts", "other", "2014-07")
    d.ev("According to the mid-term report published by the UNGOE in June", "report_published",
         "2014-06", source="UNGOE")
    d.ev("the government had validated 39 mining sites", "other", Y, source="UNGOE")
    d.fig("the government had validated 39 mining sites", 39, "mining sites validated",
          source="UNGOE")
    d.fig("the government had validated 39 mining sites", 25, "green mining sites",
          source="UNGOE")
    d.fig("the government had validated 39 mining sites", 2, "yellow mining sites",
          source="UNGOE")
    d.fig("the government had validated 39 mining sites", 10, "red mining sites",
          source="UNGOE")
    d.ev("The UNGOE further reported the government had launched", "other", "2014-01-20",
         source="UNGOE")
    d.ev("By May the mechanism issued four certificates", "other", Y)
    d.fig("By May the mechanism issued four certificates", 4,
          "certificates for cassiterite exports")
    d.fig("By May the mechanism issued four certificates", 2, "certificates for coltan exports")


# =========================================================================================
# Executive summary (title line included)
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    d.ent("place", "Democratic Republic of the Congo", "DRC")

    d.sec("exec")
    d.ev("The government held multi-party presidential and National Assembly elections",
         "election_or_referendum", "2011")
    d.ev("The most important human rights problems included armed conflict", "killing", Y)
    d.ev("Other major human rights problems included severe and life-threatening",
         "detention_or_arrest", Y)
    d.ev("Authorities did not prosecute or punish the majority of abusers.", "charge", Y,
         polarity="negated")
    d.ev("These abuses included unlawful killings, disappearances, torture", "killing", Y)
    d.ev("The RMGs also recruited, abducted, and retained child soldiers", "other", Y)
    d.ev("The government took military action against some RMGs but", "attack_or_threat", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    # --- entities first met here ---
    for place in ("Beni", "Mutarule", "Manguredjipa", "Masisi", "Bas Uele", "Haut Uele",
                  "Ituri", "Lubero", "Nyiragongo", "China", "Burundi"):
        d.ent("place", place)
    d.ent("place", "South Sudan", "Republic of South Sudan")
    d.ent("person", "Jean Bertrand Ewanga", "Ewanga")
    d.ent("person", "Eugene Diomi", "Diomi")
    d.ent("person", "Paul Sadala", "Sadala", "Morgan")
    d.ent("organization", "Military Garrison Tribunal of Ndjili")
    d.ent("organization", "Lord’s Resistance Army", "LRA")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "UN Stabilization Mission in the country", "MONUSCO")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Rapid Intervention Police")
    d.ent("organization", "Integrated Police Unit")
    d.ent("organization", "Military Garrison Tribunal of Beni-Butembo")
    d.ent("organization", "Bakata Katanga")
    d.ent("organization", "Mai Mai Morgan")
    d.ent("organization", "Mai Mai Lumumba")
    d.ent("organization", "High Council of Magistrates")
    d.ent("organization", "Court of State Security")
    d.ent("organization", "Alliance of Patriots for a Free and Sovereign Congo", "APCLS")
    d.ent("organization", "Allied Democratic Forces/National Army for the Liberation of Uganda",
          "ADF/NALU", "ADF")
    d.ent("organization", "National Forces of Liberation", "FNL")
    for group in ("Coalition of Ituri Armed Groups", "Forces of the Congolese Defense",
                  "Forces of the Patriotic Resistance of Ituri", "Nyatura",
                  "Congolese Resistance Patriots", "Raia Mutomboki", "Cheka", "Gedeon",
                  "Kifuafua", "Pareco", "Shetani", "Yakutumba"):
        d.ent("organization", group)
    d.ent("organization", "UN Security Council")
    d.ent("organization", "UN Office for the Coordination of Humanitarian Affairs")
    d.ent("organization", "Mercy Corps")
    d.not_entity("Operation Likofi", "Goma Central Prison", "Boma Prison", "Kapapa Prison",
                 "Morgan/Simba/Lumumba/Manu/Luc", "Garamba National Park")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("There were reports that the Congolese National Police", "killing", Y,
         polarity="alleged")
    d.ev("On October 17, the government expelled the director", "other", "2014-10-17")
    d.ev("On October 17, the government expelled the director", "killing", "2013-11",
         date_end="2014-04")
    d.ev("the PNC committed nine extrajudicial killings and 32 forced disappearances", "killing",
         Y, source="UNJHRO")
    d.fig("the PNC committed nine extrajudicial killings and 32 forced disappearances", 9,
          "extrajudicial killings", source="UNJHRO")
    d.fig("the PNC committed nine extrajudicial killings and 32 forced disappearances", 32,
          "forced disappearances", source="UNJHRO")
    d.ev("Human Rights Watch also published a report on Operation Likofi", "report_published",
         "2014-11-17", source="Human Rights Watch")
    d.fig("Human Rights Watch also published a report on Operation Likofi", 51,
          "extrajudicial killings documented", source="Human Rights Watch")
    d.fig("Human Rights Watch also published a report on Operation Likofi", 33,
          "forced disappearances documented", source="Human Rights Watch")
    d.ev("dragged victims from their homes, and shot and killed them in public", "killing", Y)
    d.ev("SSF members extracted others from holding cells", "other", Y)
    d.ev("The PNC reported it had created a commission to investigate", "investigation", Y,
         source="PNC")
    d.ev("the government convicted one SSF member in relation to Operation Likofi",
         "conviction_or_sentence", Y, source="United Nations")
    d.fig("the government convicted one SSF member in relation to Operation Likofi", 1,
          "SSF member convicted", source="United Nations")
    d.ev("the Military Garrison Tribunal of Ndjili sentenced", "conviction_or_sentence",
         "2014-07-24")
    d.pen("prison", 10, "years", "10 years’ imprisonment")
    d.fig("the Military Garrison Tribunal of Ndjili sentenced", 2,
          "chief superintendents acquitted")
    d.ev("There were reports the SSF committed arbitrary or unlawful killings", "killing", Y,
         polarity="alleged")
    d.ev("the United Nations reported that in July a member of the national army", "killing",
         "2014-07", source="United Nations")
    d.fig("the United Nations reported that in July a member of the national army", 2,
          "boys killed", source="United Nations")
    d.ev("The RMGs committed arbitrary and unlawful killings throughout the year", "killing", Y)
    d.ev("The United Nations reported RMGs killed 178 civilians", "killing", "2014-10",
         date_end="2014-11", source="United Nations", place="Beni")
    d.fig("The United Nations reported RMGs killed 178 civilians", 178, "civilians killed",
          source="United Nations")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were reports of disappearances attributable", "other", Y, polarity="alleged")
    d.ev("The UNJHRO reported the PNC forcibly abducted", "other", Y, source="UNJHRO")
    d.fig("The UNJHRO reported the PNC forcibly abducted", 32, "individuals abducted",
          source="UNJHRO")
    d.ev("The RMGs and some FARDC elements kidnapped numerous persons", "other", Y)

    # --- 1.c ---
    d.sec("1.c")
    d.ev("on July 10, a member of the FARDC Navy in Equateur province", "torture_or_abuse",
         "2014-07-10", polarity="alleged", source="United Nations", place="Equateur")
    d.ev("The government continued a campaign initiated in 2011", "other", "2011")
    d.ev("In May 2013 the vice minister for justice and human rights organized", "other",
         "2013-05")
    d.ev("On several occasions the SSF utilized cruel, inhuman", "torture_or_abuse", Y)
    d.ev("in June in Orientale province, PNC agents reportedly tortured a civilian",
         "torture_or_abuse", "2014-06", polarity="alleged", place="Orientale")
    d.ev("They allegedly handcuffed him with iron cables", "torture_or_abuse", "2014-06",
         polarity="alleged")
    d.ev("The SSF released him on July 9 due to a lack of evidence.", "release", "2014-07-09")
    d.ev("An agent of the National Intelligence Agency (ANR) arrested a civilian",
         "detention_or_arrest", "2014-07", place="South Kivu")
    d.fig("An agent of the National Intelligence Agency (ANR) arrested a civilian", 9200,
          "unpaid debt", unit="CDF")
    d.fig("An agent of the National Intelligence Agency (ANR) arrested a civilian", 10,
          "unpaid debt", unit="USD")
    d.ev("The PNC handcuffed the civilian and placed him in a holding cell",
         "detention_or_arrest", "2014-07")
    d.fig("the number of persons in pretrial detention in 2010 exceeded 18,000", 18000,
          "persons in pretrial detention in 2010", "more than")
    d.fig("the number of persons in pretrial detention in 2010 exceeded 18,000", 500,
          "women in pretrial detention in 2010", "approximately")
    d.fig("The reported total number of sentenced prisoners did not exceed 4,000", 4000,
          "sentenced prisoners", "up to")
    d.fig("The reported total number of sentenced prisoners did not exceed 4,000", 100,
          "women sentenced prisoners", "approximately")
    d.fig("in September 2012 the Makala Central Prison in Kinshasa held 6,078", 6078,
          "detainees in Makala Central Prison")
    d.fig("in September 2012 the Makala Central Prison in Kinshasa held 6,078", 4,
          "times the capacity of Makala Central Prison", unit="times")
    d.fig("in September 2012 the Makala Central Prison in Kinshasa held 6,078", 1500,
          "capacity of Makala Central Prison")
    d.fig("The Goma Central Prison held 1,208 detainees", 1208, "detainees in Goma Central "
          "Prison")
    d.fig("The Goma Central Prison held 1,208 detainees", 8,
          "times the capacity of Goma Central Prison", unit="times")
    d.fig("The Goma Central Prison held 1,208 detainees", 150, "capacity of Goma Central Prison")
    d.fig("more than 220 men slept in a room the size of a shipping container", 220,
          "men sleeping in one room", "more than")
    d.ev("On May 31, in Boma Prison in Katanga province", "death_in_custody", "2014-05-31",
         polarity="alleged", place="Katanga")
    d.fig("On May 31, in Boma Prison in Katanga province", 4, "prisoners who died")
    d.ev("On May 1, at Kapapa Prison in Lubumbashi", "death_in_custody", "2014-05-01",
         polarity="alleged", place="Lubumbashi")
    d.fig("On May 1, at Kapapa Prison in Lubumbashi", 1, "detainee who died")
    d.ev("In May the United Nations reported that in a number of detention centers",
         "report_published", "2014-05", source="United Nations")
    d.ev("The United Nations reported that 50 individuals died in detention",
         "death_in_custody", "2014-01", date_end="2014-09", source="United Nations")
    d.fig("The United Nations reported that 50 individuals died in detention", 50,
          "individuals who died in detention", source="United Nations")
    d.ev("on June 5, more than 300 detainees overpowered prison security guards", "other",
         "2014-06-05")
    d.fig("on June 5, more than 300 detainees overpowered prison security guards", 300,
          "detainees who escaped", "more than")
    d.ev("They managed to obtain rifles and killed two FARDC soldiers.", "killing",
         "2014-06-05")
    d.fig("They managed to obtain rifles and killed two FARDC soldiers.", 2,
          "FARDC soldiers killed")
    d.ev("The media reported authorities had rearrested at least 54 prisoners",
         "detention_or_arrest", Y, source="media")
    d.fig("The media reported authorities had rearrested at least 54 prisoners", 54,
          "prisoners rearrested", "at least", source="media")
    d.ev("There were no reports of authorities preventing prisoners", "other", Y,
         polarity="negated")
    d.ev("The ICRC reported having visited at least 17,393 detainees", "other", Y,
         source="ICRC")
    d.fig("The ICRC reported having visited at least 17,393 detainees", 17393,
          "detainees visited", "at least", source="ICRC")
    d.fig("The ICRC reported having visited at least 17,393 detainees", 18,
          "prisons supported", source="ICRC")
    d.ev("In May the vice minister of justice and human rights visited", "other", "2014-05",
         place="Kinshasa")
    # t-conv15 settlement (2026-12-13): a later step of another kind after the visits (reference point): the year
    d.ev("Following these visits, he released 99 persons", "release", Y)
    d.fig("Following these visits, he released 99 persons", 99, "persons released")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("following an intervention by the UNJHRO in June", "release", "2014-06",
         place="Equateur")
    d.fig("following an intervention by the UNJHRO in June", 7, "individuals released")
    d.ev("on June 6, the FARDC did not respond to ethnic violence", "killing", "2014-06-06",
         place="Mutarule")
    d.fig("on June 6, the FARDC did not respond to ethnic violence", 34, "persons killed",
          "at least")
    d.fig("on June 6, the FARDC did not respond to ethnic violence", 17, "women killed")
    d.fig("on June 6, the FARDC did not respond to ethnic violence", 8, "children killed")
    d.ev("Several victims were burned alive, while others were shot.", "killing", "2014-06-06")
    d.ev("Authorities arrested two FARDC officers for complicity", "detention_or_arrest", Y)
    d.fig("Authorities arrested two FARDC officers for complicity", 2, "FARDC officers arrested")
    d.ev("convicted some SSF agents for human rights abuses, impunity remained",
         "conviction_or_sentence", Y)
    d.ev("Military courts convicted SSF agents for human rights abuses.",
         "conviction_or_sentence", Y)
    d.ev("the Military Garrison Tribunal of Beni-Butembo", "conviction_or_sentence",
         "2014-03-17")
    d.pen("prison", 2, "years", "between two years to life imprisonment")
    d.fig("the Military Garrison Tribunal of Beni-Butembo", 17, "FARDC members convicted")
    d.fig("the Military Garrison Tribunal of Beni-Butembo", 5, "PNC members convicted")
    d.fig("the Military Garrison Tribunal of Beni-Butembo", 5, "Mai Mai combatants convicted")
    d.ev("the revised military statutes passed in January 2013", "law_or_decree", "2013-01")
    d.ev("on May 5, the North Kivu Military Operational Court handed down",
         "conviction_or_sentence", "2014-05-05")
    d.ev("on May 5, the North Kivu Military Operational Court handed down", "torture_or_abuse",
         "2012", place="Minova")
    d.ev("Of the 39 FARDC soldiers who were defendants", "acquittal", "2014-05-05")
    d.fig("Of the 39 FARDC soldiers who were defendants", 39, "FARDC soldiers tried")
    d.fig("Of the 39 FARDC soldiers who were defendants", 13, "commanding officers acquitted")
    d.prov("By law arrests for offenses punishable by more than six months", "threshold", 6,
           "months", "more than six months’ imprisonment", "arrests requiring a warrant")
    d.prov("Detainees must appear before a magistrate within 48 hours.", "time_limit", 48,
           "hours", "within 48 hours", "appearance before a magistrate")
    d.ev("on July 16, the PNC issued a decree reforming arrest", "law_or_decree", "2014-07-16")
    d.ev("on August 15, the UNJHRO obtained the release of seven persons", "release",
         "2014-08-15", place="Manguredjipa")
    d.fig("on August 15, the UNJHRO obtained the release of seven persons", 7,
          "persons released")
    d.ev("Following the defeat of the M23 in 2013", "other", "2013")
    d.ev("Following the defeat of the M23 in 2013", "law_or_decree", "2014-02")
    d.ev("By August the government granted 506 persons amnesty", "other", Y)
    d.fig("By August the government granted 506 persons amnesty", 506, "persons granted amnesty")
    d.ev("It granted amnesty to members previously associated with the M23", "other", Y)

    # --- 1.e ---
    d.sec("1.e")
    d.prov("Defendants have the right to a trial within 15 days", "time_limit", 15, "days",
           "within 15 days", "trial after a charge")
    d.prov("Defendants have the right to a trial within 15 days", "time_limit", 45, "days",
           "a maximum of 45 days", "extended period before trial")
    d.ev("There were reports of political prisoners and detainees", "detention_or_arrest", Y,
         polarity="alleged")
    d.ev("On August 5, the ANR arrested Jean Bertrand Ewanga", "detention_or_arrest",
         "2014-08-05")
    d.ev("On August 5, the ANR arrested Jean Bertrand Ewanga", "protest", "2014-08-04")
    d.ev("The Supreme Court ruled that his case", "other", Y)
    d.ev("officials moved Ewanga to a hotel", "other", Y)
    d.ev("On September 11, the Supreme Court sentenced him", "conviction_or_sentence",
         "2014-09-11")
    d.pen("prison", 12, "months", "12 months’ imprisonment")
    d.ev("On March 26, the Supreme Court sentenced Eugene Diomi", "conviction_or_sentence",
         "2014-03-26")
    d.pen("prison", 10, "years", "10 years’ imprisonment")
    d.ev("On March 26, the Supreme Court sentenced Eugene Diomi", "detention_or_arrest",
         "2013-04")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("The SSF harassed and robbed civilians", "attack_or_threat", Y)
    d.ev("on February 15, the FARDC reportedly razed and looted", "other", "2014-02-15",
         polarity="alleged", place="Masisi")
    d.fig("on February 15, the FARDC reportedly razed and looted", 200, "households razed",
          "more than")

    # --- 1.g ---
    d.sec("1.g")
    d.ev("there were no credible reports of foreign government support", "other", Y,
         polarity="negated")
    d.ev("The government took military action against several major RMGs.",
         "attack_or_threat", Y)
    d.ev("In concert with MONUSCO forces", "other", "2013-11")
    d.ev("During the year the government launched a military campaign", "attack_or_threat", Y)
    d.ev("Also in May and June, 184 members", "other", "2014-05", date_end="2014-06")
    d.fig("Also in May and June, 184 members", 184, "FDLR members who disarmed")
    d.ev("Despite progress there were credible reports", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("In March the UN Security Council extended", "other", "2014-03")
    d.fig("At year’s end MONUSCO consisted", 19000, "MONUSCO personnel", "approximately")
    d.ev("summarily executed or otherwise killed civilians", "killing", Y,
         source="UN agencies and NGOs")
    d.ev("throughout the month of October, the ADF", "killing", "2014-10", polarity="alleged",
         place="Beni")
    d.fig("throughout the month of October, the ADF", 80, "persons killed", "more than")
    d.ev("ADF members allegedly killed at least 30", "killing", "2014-10", polarity="alleged")
    d.fig("ADF members allegedly killed at least 30", 30, "victims killed with machetes",
          "at least")
    d.ev("on April 14, FARDC shot and killed Paul Sadala", "killing", "2014-04-14",
         source="UNGOE")
    d.ev("UN agencies and NGOs reported that the RMGs and some SSF units abducted", "other", Y,
         source="UN agencies and NGOs")
    d.ev("on January 6, LRA combatants reportedly abducted", "other", "2014-01-06",
         polarity="alleged")
    d.fig("on January 6, LRA combatants reportedly abducted", 7, "men abducted")
    # t-conv15 settlement (2026-12-13): the same persons in a step of another kind: the year
    d.ev("They forced the victims to carry the looted goods", "other", Y)
    d.fig("They forced the victims to carry the looted goods", 7, "miles carried",
          unit="miles")
    d.ev("UN agencies and NGOs reported the SSF arrested", "detention_or_arrest", Y,
         source="UN agencies and NGOs")
    d.ev("The RMGs committed abuses in rural areas", "torture_or_abuse", Y)
    d.ev("Increasingly during the year, the RMGs forcibly recruited", "other", Y)
    d.ev("In certain areas in the East, the RMGs looted", "other", Y)
    d.ev("on June 20, Mai Mai Lumumba combatants", "torture_or_abuse", "2014-06-20",
         polarity="alleged", place="Lubero")
    d.fig("on June 20, Mai Mai Lumumba combatants", 3, "civilians mutilated")
    d.ev("Both male and female RMG members raped", "torture_or_abuse", Y)
    d.ev("In July the UNGOE reported the ADF", "attack_or_threat", "2014-07", source="UNGOE")
    d.ev("By September the United Nations documented", "other", Y, source="United Nations")
    d.fig("By September the United Nations documented", 50, "children recruited",
          source="United Nations")
    d.fig("By September the United Nations documented", 41, "boys recruited",
          source="United Nations")
    d.fig("By September the United Nations documented", 9, "girls recruited",
          source="United Nations")
    d.fig("In nearly half of these reported instances", 0.5,
          "share of instances where children were used as combatants", "approximately")
    d.ev("In multiple instances FARDC commanders", "other", Y)
    d.ev("By November the United Nations reported there were no", "other", Y,
         polarity="negated", source="United Nations")
    d.ev("as of July humanitarian agency personnel", "attack_or_threat", Y,
         source="UN Office for the Coordination of Humanitarian Affairs")
    d.fig("as of July humanitarian agency personnel", 85, "security incidents",
          source="UN Office for the Coordination of Humanitarian Affairs")
    d.ev("on October 27, unknown armed combatants attacked", "attack_or_threat", "2014-10-27",
         source="United Nations", place="Masisi")
    d.ev("The assailants left the Mercy Corps staff unharmed", "other", "2014-10-27")
    # t-conv13: practice told in the simple past, no taxonomy verb, general object: no event (Settled 2026-12-11)


GROUPS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
          "exec": executive_summary, "1": section_1}


def drc() -> PageDoc:
    d = PageDoc("2014_drc", FILE, 2014, {g: ALL_PARTS[g] for g in DONE})
    for group in DONE:
        GROUPS[group](d)
    return d


DOCS = {"2014_drc": drc}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
