"""Build the hand-made DEV gold file for Chad 2016 (a state.gov page, classic layout).

``2016_chad.jsonl`` annotates ``stategov/2016_chad.html`` with the method of
``build_whole_gold_guinea2020.py`` (``PageDoc`` of ``build_whole_gold_dev.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets. Offsets are into the
document text rightsledger reads from the page (``rightsledger.read.read_path``), which is
what ``rightsledger export`` cites and ``rightsledger evaluate`` scores. Each anchor (at most
14 words of the report) occurs exactly once in the document. The scope line lists in
``"ranges"`` exactly the character ranges annotated, one per section group annotated whole
(``DONE``); entity mentions are kept only inside them. The output holds offsets, names and
values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_chad2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_chad2016.py --show

Decisions where docs/EVALUATION.md is silent are written down there ("Chad 2016").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import PageDoc, seven_section_parts  # noqa: E402

Y = "2016"
FILE = "stategov/2016_chad.html"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]
PARTS = {label: ALL_PARTS[label] for label in ALL_PARTS if label in DONE}

MWOMEN = "Ministry of Women, Early Childhood Protection, and National Solidarity"
INSEED = "Chadian National Statistical Institute"
DHS = "According to the 2014-15 Demographic and Health Survey"


def fine(d: PageDoc, anchor: str, value: float, end: float | None, unit: str, text: str,
         subject: str, norm: str = "penalty") -> None:
    """A provision whose quantity may be a range (``value_end``)."""
    d.prov(anchor, norm, value, unit, text, subject)
    if end is not None:
        d.records[-1]["quantity"]["value_end"] = end


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- Section 5 ---
    d.sec("5")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "Ministry of Justice and Human Rights")
    d.ev("there were no reports authorities harassed or expelled staff members",
         "attack_or_threat", Y, polarity="negated")

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", INSEED, "National Institute of Statistics")
    d.ent("organization", MWOMEN, "Ministry of Women, Social Action, and National Solidarity")
    d.ent("organization", "UN Population Fund", "UNFPA")
    d.ent("organization", "UN Children's Fund", "UNICEF")
    d.ent("organization", "House of the Chadian Woman")
    d.ent("organization", "Directorate of Gender Issues")
    d.ent("place", "Hadjer-Lamis Region")
    d.ent("place", "Tandjile Region", "Tandjile")
    d.ent("place", "Kanem")
    d.ent("place", "Lac")
    d.ent("place", "Salamat")
    d.ent("place", "Eastern Region")
    d.ent("place", "Sudan")
    d.ent("place", "N'Djamena")
    d.not_entity("Demographic and Health Survey")
    d.ev("Authorities fined and released most suspects.", "conviction_or_sentence", Y)
    d.ev("15 percent of women suffered physical violence in the last 12 months",
         "report_published", "2014", date_end="2015", source=INSEED)
    d.fig("15 percent of women suffered physical violence in the last 12 months", 15,
          "share of women who suffered physical violence", unit="percent")
    d.fig("reported the fewest incidents (3 percent)", 3,
          "women reporting violence in Hadjer-Lamis Region", unit="percent")
    d.fig("reported the fewest incidents (3 percent)", 31,
          "women reporting violence in Tandjile Region", unit="percent")
    d.fig("Six percent of women had been victimized by sexual violence", 6,
          "share of women victims of sexual violence", unit="percent")
    d.fig("According to 2015 UNICEF statistics, 44 percent", 44,
          "share of girls and women excised", unit="percent", source="UNICEF")
    d.fig("According to 2015 UNICEF statistics, 44 percent", 90,
          "excision rate in some regions", "up to", unit="percent", value_end=100)
    d.ev(DHS + ", 38 percent", "report_published", "2014", date_end="2015")
    d.fig(DHS + ", 38 percent", 38, "share of women cut", unit="percent")
    d.fig("with 1 percent of women excised in the regions of Kanem", 1,
          "share of women excised in Kanem and Lac", unit="percent")
    d.fig("with 1 percent of women excised in the regions of Kanem", 96,
          "share of women excised in Salamat", unit="percent")
    d.fig("Forty-seven percent of women had undergone the procedure", 47,
          "women cut between ages five and nine", unit="percent")
    d.fig("Forty-seven percent of women had undergone the procedure", 37,
          "women cut between ages 10 and 14", unit="percent")
    d.fig("Practitioners performed all three types of FGM/C", 3, "types of FGM/C performed")
    d.ev("authorities prosecuted no cases during the year", "charge", Y, polarity="negated")
    d.ev("conducted public awareness campaigns to discourage FGM/C", "other", Y)
    d.fig("The UNFPA estimated only 3 percent of women", 3,
          "share of women using contraception", unit="percent", source="UN Population Fund")
    d.fig("The UNFPA estimated only 3 percent of women", 5,
          "share of married women using modern contraception", unit="percent", source=INSEED)
    d.ev(DHS + ", skilled and trained personnel", "report_published", "2014", date_end="2015")
    d.fig(DHS + ", skilled and trained personnel", 24, "share of births attended",
          unit="percent")
    d.fig(DHS + ", skilled and trained personnel", 73, "share of births attended in N'Djamena",
          unit="percent")
    d.fig("The maternal mortality rate was 860 deaths", 860, "maternal mortality rate",
          unit="deaths per 100,000 live births")
    d.fig("(fewer than 400 physicians)", 400, "physicians", "fewer than")
    d.ev("In February 2015 the government staffed the House", "other", "2015-02")
    d.ev("In February 2015 the government staffed the House", "other", "2014")
    d.ev("In August 2015 the Ministry of Women, Social Action", "other", "2015-08")
    d.ev("The ministry established a Directorate of Gender Issues", "other", Y)
    d.ev("the budget for the House of the Chadian Woman reportedly", "other", Y,
         polarity="alleged")

    # --- Section 6: children ---
    d.ent("organization", "World Bank")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Department of State")
    d.ent("place", "Central African Republic", "CAR")
    d.ent("place", "Mandou")
    d.ent("place", "Ouaddai")
    d.not_entity("National Registry Code",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    d.ev("The government began to implement the 2013 National Registry Code", "other", Y)
    fine(d, "is tuition-free, universal, and compulsory between ages six and 16", 6, 16,
         "age", "between ages six and 16", "compulsory education", norm="threshold")
    d.fig("six girls attended primary school for every 10 boys", 6,
          "girls in primary school per 10 boys", source="World Bank")
    d.fig("six girls attended primary school for every 10 boys", 10, "boys (ratio)",
          source="World Bank")
    d.ev("In June 2015 the National Assembly ratified a law", "law_or_decree", "2015-06")
    d.prov("In June 2015 the National Assembly ratified a law", "threshold", 18, "age", "18",
           "minimum age for marriage")
    fine(d, "prescribes sentences of five to 10 years", 5, 10, "years",
         "five to 10 years' imprisonment", "child marriage")
    fine(d, "prescribes sentences of five to 10 years", 500000, 5000000, "XAF",
         "500,000 to 5,000,000 CFA francs", "child marriage")
    fine(d, "prescribes sentences of five to 10 years", 851, 8517, "USD", "$851 to $8,517",
         "child marriage")
    d.fig("68 percent of girls were married before age 18", 68,
          "share of girls married before 18", unit="percent", source=MWOMEN)
    d.fig("68 percent of girls were married before age 18", 29,
          "share of girls married before 15", unit="percent", source=MWOMEN)
    fine(d, "The law prohibits the prostitution of children, with punishments", 5, 10, "years",
         "five to 10 years' imprisonment", "child prostitution")
    d.prov("The law prohibits the prostitution of children, with punishments", "penalty",
           1000000, "XAF", "up to one million CFA francs", "child prostitution")
    d.prov("The law prohibits the prostitution of children, with punishments", "penalty",
           1700, "USD", "$1,700", "child prostitution")
    d.ev("but no cases were prosecuted during the year", "charge", Y, polarity="negated")
    d.prov("prohibits sexual relations with girls under age 14", "threshold", 14, "age",
           "under age 14", "sexual relations with girls")
    d.ev("no cases of child pornography were reported during the year", "other", Y,
         polarity="negated")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y, polarity="negated")

    # --- Section 6: disabilities, minorities, sexual orientation, HIV ---
    d.ent("organization", "Support Group for the Disabled in Chad")
    d.ent("organization", "Chadian Women Lawyers' Association")
    d.ent("place", "Bedaya")
    d.ent("place", "Mandoul Region")
    d.fig("There were approximately 200 ethnic groups", 200, "ethnic groups", "approximately")
    d.fig("There were approximately 200 ethnic groups", 120, "languages and dialects",
          "more than")
    d.fig("affiliated with one of two regional and cultural traditions", 2,
          "regional and cultural traditions")
    d.ev("and resulted in deaths and injuries", "killing", Y)
    d.ev("In January, five persons were killed during a conflict", "killing", "2016-01",
         place="Bedaya")
    d.fig("In January, five persons were killed during a conflict", 5, "persons killed")
    d.ev("On December 12, the National Assembly approved a revision", "law_or_decree",
         "2016-12-12")
    d.prov("On December 12, the National Assembly approved a revision", "penalty", 15, "days",
           "not more than 15 days", "same-sex relations")
    fine(d, "On December 12, the National Assembly approved a revision", 5000, 20000, "XAF",
         "5,000 to 20,000 CFA francs", "same-sex relations")
    fine(d, "On December 12, the National Assembly approved a revision", 8, 32, "USD",
         "$8 to $32", "same-sex relations")
    d.ev("The president had not signed the proposed revision into law", "law_or_decree", Y,
         polarity="negated")
    d.ev("there were no reports of violence toward the LGBTI community", "attack_or_threat", Y,
         polarity="negated")
    # general criticism of a practice: no event (settled 2026-12-06)

    # --- 7.a ---
    d.sec("7.a")
    d.ent("organization", "Ministry of Public Security and Immigration")
    d.ent("organization", "International Trade Union Confederation")
    d.ent("organization", "Union des Syndicats du Tchad")
    d.ent("organization", "Chinese National Petroleum Corporation")
    d.prov("The law requires 72-hour notification before a strike", "requirement", 72, "hours",
           "72-hour notification", "notice of a strike")
    d.ev("There were no reports of restrictions on collective bargaining", "other", Y,
         polarity="negated")
    d.fig("More than 90 percent of employees in the formal sector", 90,
          "share of formal-sector employees in unions", "more than", unit="percent")
    d.ev("The government protected the rights of Chadian employees", "other", Y)
    d.ev("Public-sector employee unions staged a number of strikes", "strike", Y)
    d.ev("in September the major unions complained the government", "other", "2016-09")
    d.ev("Simultaneously, student unions staged strikes and protests", "strike", Y)

    # --- 7.b ---
    d.sec("7.b")
    d.prov("The minimum age for military recruitment is 18", "threshold", 18, "age", "18",
           "minimum age for military recruitment")
    d.prov("The minimum age for military recruitment is 18", "threshold", 20, "age", "20",
           "minimum age for conscription")
    fine(d, "prohibits forced and bonded labor, prescribing fines", 50000, 500000, "XAF",
         "50,000 to 500,000 CFA francs", "forced and bonded labor")
    fine(d, "prohibits forced and bonded labor, prescribing fines", 85, 850, "USD", "$85-$850",
         "forced and bonded labor")

    # --- 7.c ---
    d.sec("7.c")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Office of Labor Inspection", "Office of the Labor Inspector")
    d.ent("organization", "Department of Labor")
    d.ent("place", "Cameroon")
    d.ent("place", "Nigeria")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The labor code stipulates the minimum age for employment is 14", "threshold", 14,
           "age", "14", "minimum age for employment")
    d.prov("light work in agriculture and domestic service at age 12", "threshold", 12, "age",
           "age 12", "light work")
    d.ev("but authorities did not prosecute any cases during the year", "charge", Y,
         polarity="negated")
    d.prov("Penalties range from six days", "penalty", 6, "days",
           "six days' to three months' imprisonment", "child labor")
    fine(d, "Penalties range from six days", 147000, 294000, "XAF",
         "147,000 to 294,000 CFA francs", "child labor")
    fine(d, "Penalties range from six days", 250, 500, "USD", "$250 to $500", "child labor")
    d.prov("Penalties range from six days", "penalty", 882000, "XAF",
           "up to 882,000 CFA francs", "child labor, repeat offenders")
    d.prov("Penalties range from six days", "penalty", 1500, "USD", "$1,500",
           "child labor, repeat offenders")

    # --- 7.d ---
    d.sec("7.d")
    A = "The final decision and amount of any fine depend"
    fine(d, A, 147000, 294000, "XAF", "147,000 to 294,000 CFA francs",
         "employment discrimination, initial offense")
    fine(d, A, 250, 500, "USD", "$250 to $500", "employment discrimination, initial offense")
    fine(d, A, 288000, 882000, "XAF", "288,000 to 882,000 CFA francs",
         "employment discrimination, subsequent offense")
    fine(d, A, 490, 1500, "USD", "$490 to $1,500",
         "employment discrimination, subsequent offense")
    fine(d, A, 6, 10, "days", "six to 10 days in prison",
         "employment discrimination, subsequent offense")
    d.prov("Women generally were not permitted to work at night", "prohibition", 12, "hours",
           "more than 12 hours a day", "women's daily working hours")

    # --- 7.e ---
    d.sec("7.e")
    d.ent("organization", "Office of the General Inspectorate of the Ministry of Labor")
    d.ent("organization", "Ministry of Public Works")
    d.fig("The minimum wage was 60,000 CFA francs", 60000, "monthly minimum wage", unit="XAF")
    d.fig("The minimum wage was 60,000 CFA francs", 102, "monthly minimum wage", unit="USD")
    d.prov("The law limits most employment to 39 hours per week", "prohibition", 39, "hours",
           "39 hours per week", "weekly working hours")
    d.prov("Agricultural work is limited to 2,400 hours per year", "prohibition", 2400, "hours",
           "2,400 hours per year", "agricultural working hours")
    d.prov("Agricultural work is limited to 2,400 hours per year", "prohibition", 46, "hours",
           "46 hours per week", "agricultural working hours")
    fine(d, "uninterrupted rest periods of between 24 and 48 hours", 24, 48, "hours",
         "between 24 and 48 hours per week", "weekly rest", norm="right")
    fine(d, "penalties ranging from approximately 75,000 to 300,000 CFA", 75000, 300000, "XAF",
         "75,000 to 300,000 CFA francs", "safety and health violations")
    fine(d, "penalties ranging from approximately 75,000 to 300,000 CFA", 128, 511, "USD",
         "$128 to $511", "safety and health violations")
    B = "Penalties for second offenses may include fines"
    d.prov(B, "penalty", 500000, "XAF", "more than 500,000 CFA francs",
           "safety and health, second offenses")
    d.prov(B, "penalty", 850, "USD", "$850", "safety and health, second offenses")
    fine(d, B, 1, 10, "days", "between one and 10 days' imprisonment",
         "safety and health, second offenses")
    d.fig("The 20 labor inspectors in the Ministry of Public Works", 20, "labor inspectors")

# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    d.sec("2.a")
    d.ev("civil society gatherings, particularly before and after the April", "election_or_referendum",
         "2016-04")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    RSF = "Reporters Without Borders"
    d.ent("place", "Chad")
    d.ent("organization", "Freedom House")
    d.ent("organization", "High Council of Communication")
    d.ent("organization", "Radiodiffusion Nationale Tchadienne")
    d.ent("person", "Madjissembaye Ngardinon", "Ngardinon")
    d.ent("organization", "Abba Garde")
    d.ent("organization", RSF, "RSF")
    d.ent("organization", "Facebook")
    d.ent("organization", "Blackberry")
    d.not_entity("Freedom in the World")
    d.ev("Authorities used threats and legal prosecutions to curb critical reporting",
         "attack_or_threat", Y)
    d.prov("which is punishable by up to two years in prison", "penalty", 2, "years",
           "up to two years in prison", "inciting hatred")
    fine(d, "which is punishable by up to two years in prison", 1000000, 3000000, "XAF",
         "one to three million CFA francs", "inciting hatred")
    fine(d, "which is punishable by up to two years in prison", 1700, 5110, "USD",
         "$1,700 to $5,110", "inciting hatred")
    d.ev("Despite a 2010 media law that abolished prison sentences", "law_or_decree", "2010")
    d.ev("Despite a 2010 media law that abolished prison sentences", "detention_or_arrest", Y)
    d.ev("In August authorities banned two singers from performing", "censorship_or_blocking",
         "2016-08")
    d.fig("In August authorities banned two singers from performing", 2, "singers banned")
    d.ev("According to Freedom in the World 2016, “broadcast media", "report_published", Y,
         source="Freedom House")
    d.fig("There were approximately a dozen private stations", 12, "private radio stations",
          "approximately", source="Freedom House")
    d.fig("The country had three television stations", 3, "television stations")
    d.fig("The country had three television stations", 1, "government-owned television station")
    d.fig("The country had three television stations", 2, "private television stations")
    d.ev("Authorities reportedly harassed, threatened, arrested, and assaulted journalists",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("on June 24, police arrested Madjissembaye Ngardinon", "detention_or_arrest",
         "2016-06-24", place="N'Djamena")
    d.ev("Ngardinon was detained after photographing police officers", "detention_or_arrest",
         "2016-06-24", source=RSF)
    d.ev("In a June 20 article, Ngardinon also had criticized", "other", "2016-06-20")
    d.ev("Authorities initially charged Ngardinon with contempt of court", "charge", Y)
    fine(d, "Authorities initially charged Ngardinon with contempt of court", 1, 6, "months",
         "one to six months in prison", "contempt of court")
    d.prov("Authorities initially charged Ngardinon with contempt of court", "penalty", 3,
           "months", "three months to two years in prison", "rebellion")
    d.prov("Authorities initially charged Ngardinon with contempt of court", "penalty", 500000,
           "XAF", "up to 500,000 CFA francs", "rebellion")
    d.prov("Authorities initially charged Ngardinon with contempt of court", "penalty", 850,
           "USD", "$850", "rebellion")
    d.ev("RSF called the charges", "other", Y, source=RSF)
    d.ev("The government penalized those who published items counter", "censorship_or_blocking",
         Y)
    d.ev("On April 10, the day of the presidential election", "censorship_or_blocking",
         "2016-04-10")
    d.ev("Although internet access was restored two days later", "other", "2016-04-12")
    d.ev("On April 21, the day provisional election results", "other", "2016-04-21")
    d.ev("On April 21, the day provisional election results", "other", "2016-12-03")
    d.ev("At the same time, the government blocked access to international data",
         "censorship_or_blocking", Y)
    d.fig("between 2.7 and 10.2 percent of citizens had access", 2.7,
          "share of citizens with internet access by computer", unit="percent",
          value_end=10.2)
    d.fig("between 2.7 and 10.2 percent of citizens had access", 99,
          "share of population with mobile internet access", "up to", unit="percent")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom or cultural",
    # was: "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.b")
    d.ev("in advance of the August 8 inauguration", "other", "2016-08-08")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ent("organization", "Boko Haram")
    d.prov("notify the Ministry of Public Security and Immigration five days", "requirement", 5,
           "days", "five days in advance", "notice of demonstrations")
    d.ev("During the April election campaign, the government allowed ruling", "other",
         "2016-04")
    d.ev("on May 24, police denied permission for an opposition press", "other", "2016-05-24")
    d.ev("also banned opposition rallies scheduled for August 6 and 7", "other", Y)
    d.ev("There were violent student protests, and security forces used lethal", "protest", Y)
    d.ev("there were no reports the ordinance was enforced", "registration_decision", Y,
         polarity="negated")

    d.sec("2.c")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Detachment for the Protection of Humanitarian Workers and Refugees",
          "DPHR")
    d.ent("place", "Lake Chad")
    d.ent("place", "Ati")
    d.ent("place", "Mongo")
    d.ent("place", "Darfur")
    d.not_entity("National Birth Registry Code")
    d.ev("There were reports of rape, attempted rape, and sexual", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("UNHCR enlisted the support of a local NGO", "other", Y)
    d.ev("there were no reports of recruitment of refugees in refugee camps", "other", Y,
         polarity="negated")
    d.ev("Armed criminals carjacked a UN vehicle in May", "attack_or_threat", "2016-05",
         place="Ati")
    d.ev("Armed criminals carjacked a UN vehicle in May", "attack_or_threat", "2016-06",
         place="Mongo")
    d.ev("Beginning in 2013 approximately 100,000 persons", "other", "2013", date_end=Y)
    d.fig("Beginning in 2013 approximately 100,000 persons", 100000,
          "persons with claims to Chadian nationality who fled the CAR", "approximately")
    d.fig("Approximately 45,000 returnees remained in camps", 45000,
          "returnees in camps at year's end", "approximately")
    d.ev("issued nearly 8,000 birth certificates to returnee children", "other", Y)
    d.fig("issued nearly 8,000 birth certificates to returnee children", 8000,
          "birth certificates issued to returnee children", "approximately")
    d.ev("Throughout 2015 and during the year, Chadians residing", "other", "2015",
         date_end=Y)
    d.ev("By October the United Nations estimated 76,225", "report_published", "2016-10",
         source="United Nations")
    d.ev("By October the United Nations estimated 76,225", "other", "2015-05",
         date_end="2016-10")
    d.fig("By October the United Nations estimated 76,225", 76225,
          "citizens displaced in the Lake Chad area", source="United Nations")
    d.ev("In 2013 the government adopted the National Birth Registry Code", "law_or_decree",
         "2013")
    d.fig("Approximately 307,000 Sudanese refugees from Darfur", 307000,
          "Sudanese refugees", "approximately")
    d.fig("Approximately 307,000 Sudanese refugees from Darfur", 13, "camps")
    d.fig("An estimated 73,000 refugees from the CAR", 73000, "refugees from the CAR",
          "approximately")
    d.fig("An estimated 73,000 refugees from the CAR", 5, "camps in the south")
    d.ev("The government pledged to extend citizenship", "other", Y)
    d.fig("The government pledged to extend citizenship", 3,
          "share of returnees holding nationality documents", unit="percent")
    d.ev("The government allowed referral for resettlement", "asylum_or_citizenship_decision",
         Y)

# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    d.sec("3")
    AU = "African Union"
    d.ent("person", "Idriss Deby Itno", "Deby")
    d.ent("person", "Saleh Kebzabo", "Kebzabo")
    d.ent("organization", AU)
    d.ent("organization", "Africa 24")
    d.ent("organization", "FM Liberte")
    d.ent("organization", "Independent National Electoral Commission")
    d.ent("organization", "National Opposition Front for Alternation and Change")
    d.ent("organization", "N'Djamena Court of First Instance")
    d.ent("organization", "TV5Monde")
    d.ent("organization", "EU")
    d.ent("organization", "Organization Internationale de la Francophonie")
    d.ent("organization", "Patriotic Salvation Movement", "MPS")
    d.ent("organization", "Constitutional Council")
    d.ent("organization", "Ca Suffit")
    d.ev("In the presidential election held from April 8 to 10", "election_or_referendum",
         "2016-04-08", date_end="2016-04-10")
    d.fig("In the presidential election held from April 8 to 10", 59.92,
          "Deby's share of the vote", unit="percent")
    d.fig("In the presidential election held from April 8 to 10", 12.80,
          "Kebzabo's share of the vote", unit="percent")
    d.fig("81 percent of ballot boxes observed had not been checked", 81,
          "ballot boxes not checked empty", unit="percent", source=AU)
    d.fig("81 percent of ballot boxes observed had not been checked", 10,
          "polling stations without secrecy", unit="percent", source=AU)
    d.ev("Runner-up Kebzabo refused to accept the outcome of the vote", "other", Y)
    d.ev("Other opposition politicians cited alleged ballot stuffing", "other", Y)
    d.ev("a significant portion of the military voted on April 9", "election_or_referendum",
         "2016-04-09")
    d.ev("more than two dozen military members were reportedly jailed", "detention_or_arrest",
         Y, polarity="alleged", source="Africa 24")
    d.fig("more than two dozen military members were reportedly jailed", 24,
          "military members jailed and beaten", "more than", source="Africa 24")
    d.ev("Security forces detained, tortured, and held incommunicado opposition members",
         "detention_or_arrest", Y)
    d.ev("on November 17, security forces arrested 11 opposition members",
         "detention_or_arrest", "2016-11-17", place="N'Djamena")
    d.fig("on November 17, security forces arrested 11 opposition members", 11,
          "opposition members arrested")
    d.ev("The government charged the 11 with", "charge", Y)
    d.ev("On December 7, the N’Djamena Court of First Instance released", "release",
         "2016-12-07")
    d.ev("On April 8, the first day of voting, the government shut down",
         "censorship_or_blocking", "2016-04-08")
    d.ev("because the government had not renewed their filming licenses",
         "censorship_or_blocking", Y)
    d.ev("Authorities confiscated the equipment of French broadcaster TV5Monde",
         "detention_or_arrest", Y)
    d.ev("deemed the 2011 elections legitimate and credible", "other", "2011")
    d.ev("The presidential vote in 2011 occurred without violence", "election_or_referendum",
         "2011")
    d.ev("Local groups, however, criticized the lack of participation", "other", "2011")
    d.fig("Local groups, however, criticized the lack of participation", 3,
          "opposition candidates in 2011")
    d.fig("There were 139 registered political parties", 139, "registered political parties")
    d.fig("There were 139 registered political parties", 100,
          "parties associated with the MPS", "more than")
    d.ev("Of the 23 candidates who deposited their credentials", "registration_decision", Y)
    d.fig("Of the 23 candidates who deposited their credentials", 23,
          "candidates who deposited credentials")
    d.fig("Of the 23 candidates who deposited their credentials", 14,
          "candidates allowed to continue")
    d.ev("Nine candidates were disqualified for incomplete files", "registration_decision", Y)
    d.fig("Nine candidates were disqualified for incomplete files", 9,
          "candidates disqualified")
    d.prov("Nine candidates were disqualified for incomplete files", "requirement", 10000000,
           "XAF", "10 million CFA francs", "candidate's deposit")
    d.prov("Nine candidates were disqualified for incomplete files", "requirement", 17036,
           "USD", "$17,036", "candidate's deposit")
    d.ev("Two women registered as candidates, one as an independent",
         "registration_decision", Y, polarity="alleged")
    d.fig("Two women registered as candidates, one as an independent", 2,
          "women registered as candidates")
    d.ev("On February 24, opposition parties led a nationwide shutdown", "strike",
         "2016-02-24")
    d.ev("The nationwide strike brought many of the country", "strike", "2016-02-24")
    d.ev("Opposition leaders accused the government of denying them funds",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("opposition leaders conducted rallies and marches to protest the results", "protest",
         Y)

    d.sec("4")
    d.ent("organization", "Ministry of Finance and Budget")
    d.ent("organization", "International Monetary Fund")
    d.not_entity("Worldwide Governance Indicators")
    d.ev("There were no reports of government officials being investigated for corruption",
         "investigation", Y, polarity="negated")
    d.ev("reported police extorted and verbally abused motorists", "other", Y,
         source="local human rights organizations")
    d.ev("Security forces arbitrarily arrested travelers on pretexts", "detention_or_arrest",
         Y)
    d.ev("the president pledged to continue the campaign to eliminate corruption", "other", Y)
    d.ev("In October 2015, for example, the president removed the director", "dismissal",
         "2015-10")
    d.ev("In 2014, for example, the government launched investigations", "investigation",
         "2014")
    d.ev("All charges were eventually dropped, and the ministers were reappointed", "other", Y)
    d.ev("During the year the government launched the", "other", Y)

# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    d.sec("exec")
    d.ev("and assembly, particularly before and after the April election", "election_or_referendum", "2016-04")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("In April, President Idriss Deby Itno, leader of the Patriotic",
         "election_or_referendum", "2016-04")
    d.fig("In April, President Idriss Deby Itno, leader of the Patriotic", 59.92,
          "Deby's share of the vote", unit="percent")
    d.ev("Runner-up Saleh Kebzabo, who received 12.80 percent", "other", Y)
    d.fig("Runner-up Saleh Kebzabo, who received 12.80 percent", 12.80,
          "Kebzabo's share of the vote", unit="percent")
    d.ev("In the 2011 legislative elections, the ruling MPS won 118", "election_or_referendum",
         "2011")
    d.fig("In the 2011 legislative elections, the ruling MPS won 118", 118, "seats won by MPS")
    d.fig("In the 2011 legislative elections, the ruling MPS won 118", 188,
          "seats in the National Assembly")
    d.ev("International observers deemed that election legitimate and credible.", "other",
         "2011")
    d.ev("The most significant human rights problems were security force abuse",
         "torture_or_abuse", Y)
    d.ev("Other human rights abuses included arbitrary killings by security forces",
         "killing", Y)
    d.ev("The government seldom took steps to prosecute or punish officials", "charge", Y)
    d.ev("the Nigerian militant terrorist group, killed numerous persons", "killing", Y)
    d.ev("There were allegations of sexual exploitation and abuse committed by personnel",
         "torture_or_abuse", Y, polarity="alleged")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    AI = "Amnesty International"
    UN = "United Nations"
    d.sec("1.a")
    d.ent("person", "Zouhoura")
    d.ent("person", "Ousmane Abachou Hassan")
    d.ent("organization", "Police Mobile Intervention Group")
    d.ent("organization", "National and Nomadic Guard of Chad", "GNNT")
    d.ent("place", "Faya Largeau")
    d.ent("place", "Lake Chad Region")
    d.ent("place", "Guie")
    d.ent("place", "Miterine")
    d.not_entity("Radina substation", "Koro-Toro Prison")
    d.ev("There were reports the government or its agents committed arbitrary", "killing", Y,
         polarity="alleged")
    d.ev("Human rights groups credibly accused security forces of killing", "killing", Y,
         polarity="alleged", source="Freedom House")
    d.ev("Security forces used excessive force to disperse demonstrators, which resulted",
         "killing", Y)
    d.ev("on February 15, hundreds of youths marched towards", "protest", "2016-02-15",
         place="N'Djamena")
    d.ev("on February 15, hundreds of youths marched towards", "other", "2016-02")
    d.ev("Police Mobile Intervention Group personnel dispersed the crowd", "attack_or_threat",
         "2016-02-15")
    d.ev("Meanwhile another protest broke out in front of Zouhoura", "protest", "2016-02-15")
    d.ev("protesters reportedly threw rocks at and barred passage", "attack_or_threat",
         "2016-02-15", polarity="alleged")
    d.ev("the bullet ricocheted and killed Ousmane Abachou Hassan", "killing", "2016-02-15")
    d.ev("On February 22, in the northern town of Faya Largeau", "killing", "2016-02-22",
         place="Faya Largeau")
    d.fig("On February 22, in the northern town of Faya Largeau", 1, "person killed")
    d.fig("On February 22, in the northern town of Faya Largeau", 5, "persons injured")
    d.ev("The government released no information on its investigation", "other", Y,
         polarity="negated")
    d.ev("The government released no information on its investigation", "death_in_custody",
         "2015-08", place="N'Djamena")
    d.fig("The government released no information on its investigation", 2,
          "detainees killed in August 2015")
    d.ev("the two were arrested after they had refused to flee", "detention_or_arrest", Y,
         source="their parents")
    d.ev("The two gendarmes responsible for the beatings were arrested", "detention_or_arrest",
         Y)
    d.fig("The two gendarmes responsible for the beatings were arrested", 2,
          "gendarmes arrested")
    # a class of occurrences that "resulted in deaths", no actor, no date: a condition (2026-12-08)
    d.ev("Boko Haram members attacked and killed civilians", "killing", Y)
    d.ev("on January 31, in the Lake Chad area, simultaneous", "killing", "2016-01-31",
         source="local media")
    d.fig("on January 31, in the Lake Chad area, simultaneous", 3, "deaths",
          source="local media")
    d.fig("on January 31, in the Lake Chad area, simultaneous", 56, "persons injured",
          source="local media")
    d.ev("In 2015 Boko Haram suicide bombings in N’Djamena resulted", "killing", "2015",
         place="N'Djamena")
    d.fig("In 2015 Boko Haram suicide bombings in N’Djamena resulted", 67, "civilian deaths")
    d.ev("Ten Boko Haram members were executed by firing squad", "killing", "2015")  # t-conv14: the 2015 episode (settled 2026-12-12)
    d.fig("Ten Boko Haram members were executed by firing squad", 10,
          "Boko Haram members executed")
    d.fig("Ten Boko Haram members were executed by firing squad", 350,
          "Boko Haram members in pretrial detention")

    d.sec("1.b")
    d.ev("Following the April 10 presidential election, there were", "election_or_referendum",
         "2016-04-10")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ent("person", "Laoukein Kourayo Medard")
    d.ent("organization", "Chadian Convention for Peace and Development", "TCDC")
    d.ev("There were reports of politically motivated disappearances", "other", Y,
         polarity="alleged")
    d.ev("there were reports of missing soldiers allegedly arrested", "detention_or_arrest", Y,
         polarity="alleged")
    d.ev("reported the disappearance and arrest of several members", "detention_or_arrest", Y,
         source="Laoukein Kourayo Medard")

    d.sec("1.c")
    d.ent("organization", AI)
    d.ent("person", "Dionadji Dionheur", "Dionheur")
    d.ent("organization", "National Security Agency", "ANS")
    d.ent("place", "Moundou")
    d.ent("organization", "UN Multidimensional Integrated Stabilization Mission in Mali",
          "MINUSMA")
    d.ent("organization", "Directorate of Prison Management and Social Reintegration")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.not_entity("Amsinene Prison", "Sarh Prison")
    d.ev("but there were reports government officials employed them", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Amnesty International noted that", "report_published", "2013", source=AI)
    d.ev("More than two dozen military members reportedly were jailed", "detention_or_arrest",
         "2016-04", polarity="alleged")
    d.fig("More than two dozen military members reportedly were jailed", 24,
          "military members jailed and beaten", "more than")
    d.ev("agents arrested him on April 20 and subsequently beat", "detention_or_arrest",
         "2016-04-20", source="Dionadji Dionheur")
    d.ev("ANS agents handed him over to the Ministry of Justice", "other", Y)
    d.ev("Dionheur said he was released after his lawyers filed", "release", Y,
         source="Dionadji Dionheur")
    d.ev("Security forces used excessive force against demonstrators.", "torture_or_abuse", Y)
    d.ev("it received one allegation of sexual exploitation and abuse", "torture_or_abuse",
         "2016-01", date_end="2016-12", polarity="alleged", source=UN)
    d.fig("it received one allegation of sexual exploitation and abuse", 1,
          "allegations of sexual abuse received", source=UN)
    d.fig("Conditions in the country’s 45 prisons remained harsh", 45, "prisons")
    d.prov("a doctor must visit each prison three times a week", "requirement", 3, "times",
           "three times a week", "doctor's prison visits")
    d.ev("there were no reports of inmate escapes or revolts", "other", Y, polarity="negated")
    # t-gold22, settled 2026-12-17 (5): an inspection of prisons by a commission is a visit (`other`)
    d.ev("From January to February 2015, a commission organized", "other", "2015-01",
         date_end="2015-02")
    d.fig("the inspection team found approximately 1,300 inmates", 1300,
          "inmates in Amsinene Prison", "approximately")
    d.fig("the inspection team found approximately 1,300 inmates", 300,
          "designed capacity of Amsinene Prison")
    d.ev("In its final report, the commission recommended", "report_published", Y)
    d.fig("the guard force at Sarh Prison was one-third", 1 / 3,
          "guard force at Sarh Prison as a share of its mandated strength",
          source="Directorate of Prison Management and Social Reintegration")
    d.fig("only 30 of the 70 guard positions were filled", 30, "guard positions filled")
    d.fig("only 30 of the 70 guard positions were filled", 70, "guard positions")
    d.ev("the ICRC conducted such visits during the year", "other", Y)

    d.sec("1.d")
    d.ent("organization", "ANT")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "National Antipoaching and Environmental Protection Mobile Brigade")
    d.ent("organization", "Ministry of Environment and Fisheries")
    d.ent("organization", "Customs Mobile Brigade")
    d.ent("organization", "Judicial Police")
    d.ent("organization", "National Judiciary Investigations Section")
    d.ent("organization", "Special Intervention Squad of the Gendarmerie")
    d.ent("person", "Mahamat Nour Ahmed Ibedou")
    d.ent("person", "Celine Narmadji")
    d.ent("person", "Kaina Nadjo")
    d.ent("person", "Younous Mahadjir")
    d.ent("person", "Albissaty Allazam Saleh")
    d.ev("In its Freedom in the World 2016 report, Freedom House", "report_published", Y,
         source="Freedom House")
    d.ev("Amnesty International stated, “People continued", "report_published", "2013",
         source=AI)
    d.fig("Two gendarmerie entities, the National Judiciary Investigations", 2,
          "gendarmerie entities investigating killings")
    d.ev("Police and gendarmes also detained individuals for civil matters",
         "detention_or_arrest", Y)
    d.ev("there were no reports that detainees were held in police cells",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("There were isolated reports of former soldiers posing", "other", Y,
         polarity="alleged")
    d.prov("By law detainees must be charged within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "charge or release of detainees")
    d.ev("Security forces arbitrarily arrested journalists, demonstrators",
         "detention_or_arrest", Y)
    d.ev("On March 21, security force members arrested Mahamat", "detention_or_arrest",
         "2016-03-21")
    d.ev("On March 21, security force members arrested Mahamat", "protest", Y)
    d.ev("On March 22, police arrested three other prominent", "detention_or_arrest",
         "2016-03-22")
    d.fig("On March 22, police arrested three other prominent", 3, "activists arrested")
    d.ev("On April 7, the court of N’Djamena issued six-month", "conviction_or_sentence",
         "2016-04-07")
    d.pen("prison", 6, "months", "six-month suspended prison sentences")
    d.ev("On April 7, the court of N’Djamena issued six-month", "conviction_or_sentence", Y)
    d.pen("prison", 4, "months", "four-month suspended sentences")
    d.ev("was summoned on April 4 and sentenced", "other", "2016-04-04")
    d.ev("was summoned on April 4 and sentenced", "conviction_or_sentence", "2016-04-18")
    d.pen("prison", 4, "months", "four-month suspended sentence")

    d.sec("1.e")
    d.ev("the government had not established a military court", "other", Y,
         polarity="negated")
    d.ev("members of the military were tried in civilian courts", "trial", Y)
    d.ev("There were no reports of political prisoners.", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("In May and June, the government began demolishing", "attack_or_threat", "2016-05",
         date_end="2016-06", place="N'Djamena")
    d.ev("Homes in the seventh district were demolished", "attack_or_threat", "2016-05",
         date_end="2016-06")
    d.ev("The previous mayor was fired, and homeowners", "dismissal", Y)

    d.sec("1.f")
    # t-conv13: practice told in the simple past, no taxonomy verb, general object: no event (Settled 2026-12-11)


def chad() -> PageDoc:
    d = PageDoc("2016_chad", FILE, 2016, PARTS)
    # In reading order of annotation (5-7, 2, 3-4, exec, 1): each entity is declared once,
    # by the first part that names it (its mentions are found in every range).
    sections_5_7(d)
    section_2(d)
    sections_3_4(d)
    executive_summary(d)
    section_1(d)
    return d


DOCS = {"2016_chad": chad}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
