"""Build the hand-made DEV gold file for Peru 2022 (a page of the public collection).

``2022_peru.jsonl`` annotates ``html/2022/peru.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2022/peru.html`` by ``scripts/collection.sh``: the 2022
edition (seven sections, Section 5 "Governmental Posture Towards International ..."). Split
``dev`` (the team may tune on it), annotated with the method of
``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_peru2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_peru2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_peru.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2022/peru.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

OMBUDSMAN = "Ombudsman’s Office"
MIMP = "Ministry of Women and Vulnerable Populations"
MOL = "Ministry of Labor and Employment Promotion"
MINJUS = "Ministry of Justice and Human Rights"
HEALTH = "Ministry of Health"
ANP = "Peruvian National Association of Journalists"
IACHR = "Inter-American Commission on Human Rights"
CASTILLO = "José Pedro Castillo Terrones"
BOLUARTE = "Dina Ercilia Boluarte Zegarra"
PNP = "Peruvian National Police"
#: the valley region and its acronym
VRAEM = ("Valley of the Apurímac, Ene, and Mantaro Rivers", "VRAEM")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "United Nations")
    d.ent("organization", MINJUS)
    d.ent("organization", "Vice Ministry of Human Rights and Access to Justice")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", MIMP, "Ministry of Women and Vulnerable Population")
    d.ent("organization", MOL, "Ministry of Labor", "Labor Ministry")
    d.ent("organization", OMBUDSMAN)

    d.sec("6")
    d.ent("organization", "Attorney General’s Office")
    d.ent("organization", HEALTH, "Health Ministry")
    d.ent("organization", "Ministry of Culture")
    d.ent("organization", "National Identity and Civil Status Registry")
    d.ent("organization", "Más Igualdad Perú")
    d.ent("organization", "Department of State")
    d.ent("place", "Amazon")
    d.ent("place", "Madre de Dios")
    d.ent("place", "Huancayo")
    d.ent("place", "La Libertad")
    d.ent("place", "Loreto")
    d.ent("place", "Piura")
    d.ent("place", "San Martín")
    d.ent("place", "Indonesia")
    d.ent("person", "Aníbal Torres Vásquez", "Torres")
    d.ent("person", "Adolf Hitler")
    d.not_entity("Victims and Witness Assistance Program", "Demographic and Family Health Survey",
                 "Escazú Agreement", "National Health Survey", "Trafficking in Persons Report")
    d.prov("stipulates penalties ranging from 14 years to life in prison", "penalty", 14,
           "years", "from 14 years to life in prison", "rape")
    d.prov("stipulates penalties ranging from 14 years to life in prison", "penalty", None,
           None, "life in prison", "rape")
    d.prov("The minimum sentence for femicide is generally 20 years", "penalty", 20, "years",
           "generally 20 years", "femicide")
    d.prov("The minimum sentence for femicide is generally 20 years", "penalty", 30, "years",
           "30 years",
           "aggravated femicide")
    d.ev("began tracking cases of missing women and girls in monthly reports", "other", Y,
         source=OMBUDSMAN)
    d.ev("reported 3,528 cases of women who went missing", "other", "2022-01",
         date_end="2022-09", source=OMBUDSMAN)
    d.fig("reported 3,528 cases of women who went missing", 3528,
          "women missing and not found, January to September", source=OMBUDSMAN)
    d.fig("reported 3,528 cases of women who went missing", 22,
          "increase of missing women over the first nine months of 2021", unit="percent",
          source=OMBUDSMAN)
    d.fig("Of the missing persons, 68 percent were young girls", 68,
          "share of girls and teenagers among the missing", unit="percent")
    d.prov("penalties generally range from one month to six years in prison", "penalty", 1,
           "months", "from one month to six years in prison", "domestic violence")
    d.prov("investigation of domestic violence to take place within five days", "time_limit", 5,
           "days", "within five days of a complaint", "police inquiry into domestic violence")
    d.fig("reported 71 percent of women victims of violence did not file", 71,
          "share of women victims who did not file charges", unit="percent", source=MIMP)
    d.fig("operated 430 service centers for victims of domestic violence", 430,
          "service centers for victims of violence")
    d.fig("Almost half of the centers were embedded in police stations.", 0.5,
          "share of centers in police stations", "approximately")
    d.fig("an NGO reported 15 percent of criminal prosecutors did not make", 15,
          "share of prosecutors who did not request protection", unit="percent",
          source="an NGO")
    d.prov("The penalty for sexual harassment is up to eight years in prison.", "penalty", 8,
           "years", "up to eight years in prison", "sexual harassment")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("Of births nationwide, 94 percent occurred in institutional facilities", 94,
          "share of births in institutional facilities", unit="percent")
    d.fig("This figure dropped to 84 percent in rural areas.", 84,
          "share of rural births in institutional facilities", unit="percent")
    d.ev("from the Demographic and Family Health Survey reported 8 percent", "report_published",
         "2020")
    d.fig("from the Demographic and Family Health Survey reported 8 percent", 8,
          "share of adolescent girls ever pregnant", unit="percent")
    d.fig("from the Demographic and Family Health Survey reported 8 percent", 12,
          "share of rural adolescent girls ever pregnant", unit="percent")
    d.prov("the law obliges only women to wait 300 days", "requirement", 300, "days",
           "wait 300 days", "remarriage of women")
    d.prov("It carries penalties up to four years in prison and fines", "penalty", 4, "years",
           "up to four years in prison", "racial or ethnic discrimination")
    d.prov("It carries penalties up to four years in prison and fines", "penalty", 1900000,
           "PEN", "up to 1.9 million soles", "racial or ethnic discrimination")
    d.prov("It carries penalties up to four years in prison and fines", "penalty", 500000,
           "USD", "$500,000", "racial or ethnic discrimination")
    d.fig("The ministry recognized 55 Indigenous peoples entitled", 55,
          "Indigenous peoples entitled to prior consultation")
    d.fig("The ministry recognized 55 Indigenous peoples entitled", 24,
          "Indigenous peoples in voluntary isolation")
    d.fig("the government initiated 81 prior consultations with 801 Indigenous", 81,
          "prior consultations initiated")
    d.fig("the government initiated 81 prior consultations with 801 Indigenous", 801,
          "Indigenous communities consulted")
    d.fig("the government initiated 81 prior consultations with 801 Indigenous", 19,
          "Indigenous peoples of the communities consulted")
    d.fig("the government initiated 81 prior consultations with 801 Indigenous", 487,
          "agreements of the consultations")
    d.fig("Of the 81 prior-consultation processes, 70 were concluded", 81,
          "prior-consultation processes")
    d.fig("Of the 81 prior-consultation processes, 70 were concluded", 70,
          "prior-consultation processes concluded")
    d.fig("Of the 81 prior-consultation processes, 70 were concluded", 11,
          "prior-consultation processes continuing")
    d.ev("They criticized congress for refusing to ratify the agreement.", "other", Y,
         source="experts")
    d.fig("with 14 percent of citizens (4.4 million individuals)", 14,
          "share of citizens with Quechua as first language", unit="percent")
    d.fig("with 14 percent of citizens (4.4 million individuals)", 4400000,
          "citizens with Quechua as first language")
    d.fig("More than 98 percent of resident citizens had a valid", 98,
          "share of resident citizens with an identification card", "more than",
          unit="percent")
    d.fig("More than 98 percent of resident citizens had a valid", 96,
          "identification coverage in rural Amazonian areas", unit="percent")
    d.prov("The law imposes prison sentences ranging between six years", "penalty", 6, "years",
           "six years’ and life", "child abuse")
    d.prov("The law imposes prison sentences ranging between six years", "penalty", None, None,
           "life imprisonment", "child abuse")
    d.ev("The 2020 (the latest available) National Health Survey reported", "report_published",
         "2020")
    d.fig("The 2020 (the latest available) National Health Survey reported", 9,
          "share of parents who hit their children", unit="percent")
    d.fig("operated six specialized shelters for girl trafficking victims", 6,
          "shelters for girl trafficking victims")
    d.prov("The legal minimum age of marriage is 18.", "threshold", 18, "age", "18",
           "minimum age of marriage")
    d.prov("The law allows a civil judge to authorize minors 16 and 17", "threshold", 16,
           "age", "16", "marriage authorized by a judge")
    d.prov("The law allows a civil judge to authorize minors 16 and 17", "threshold", 17,
           "age", "17", "marriage authorized by a judge")
    d.prov("The law prohibits child pornography and stipulates a penalty of six", "penalty", 6,
           "years", "six to 12 years’ imprisonment", "child pornography", value_end=12)
    d.prov("with prescribed penalties of 12 to 20 years in prison", "penalty", 12, "years",
           "12 to 20 years in prison", "child sex trafficking, victim 14 to 17", value_end=20)
    d.prov("with prescribed penalties of 12 to 20 years in prison", "threshold", 14, "age",
           "14 to 17", "child sex trafficking", value_end=17)
    d.prov("with prescribed penalties of 12 to 20 years in prison", "penalty", 25, "years",
           "at least 25 years", "child sex trafficking, victim 13 or younger")
    d.prov("with prescribed penalties of 12 to 20 years in prison", "threshold", 13, "age",
           "13 or younger", "child sex trafficking")
    d.prov("The minimum age for consensual sex is 14.", "threshold", 14, "age", "14",
           "age of consent")
    d.prov("A conviction for rape of a child younger than 14", "threshold", 14, "age",
           "younger than 14", "rape of a child")
    d.prov("A conviction for rape of a child younger than 14", "penalty", None, None,
           "life imprisonment", "rape of a child")
    d.fig("Estimates of the Jewish population ranged from 3,000 to 4,000", 3000,
          "Jewish population", "approximately", value_end=4000)
    d.ev("There were no serious reports of antisemitism.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("praised Adolf Hitler’s infrastructure developments", "other", "2022-04",
         place="Huancayo")
    d.ev("The international community and media condemned Torres’ comment", "other", Y)
    d.ev("a lower court ordered the National Identity and Civil Status Registry", "other",
         "2022-06")
    d.ev("following the August detention of two transgender Peruvian citizens",
         "detention_or_arrest", "2022-08", place="Indonesia")
    d.ev("and the death of one of them under Indonesian police custody", "death_in_custody", Y,
         place="Indonesia")  # t-tidy14: "August" labels the detention; the death has no date of its own (year)
    d.fig("following the August detention of two transgender Peruvian citizens", 2,
          "transgender citizens detained in Indonesia")
    d.ev("According to a September study by the domestic NGO", "report_published", "2022-09",
         source="Más Igualdad Perú")
    d.fig("According to a September study by the domestic NGO", 40,
          "share of LGBTQI+ persons who underwent conversion therapy", unit="percent",
          source="Más Igualdad Perú")
    d.fig("Half of reported instances occurred in a religious institution", 0.5,
          "share of conversion therapy in religious settings")
    d.fig("approximately 87 percent of children with disabilities did not attend", 87,
          "share of children with disabilities out of school", "approximately",
          unit="percent", source=OMBUDSMAN)
    d.fig("approximately 87 percent of children with disabilities did not attend", 76,
          "share of persons with disabilities not working", unit="percent",
          source=OMBUDSMAN)
    d.fig("One government survey reported that 70 percent of employers", 70,
          "share of employers who would not hire a person with a disability",
          unit="percent")
    d.prov("provide employees up to 56 hours of leave per year", "right", 56, "hours",
           "up to 56 hours of leave per year", "leave to accompany relatives with disabilities")
    d.ev("public remarks by the president of the council of ministers in October", "other",
         "2022-10")

    d.sec("7")
    d.ent("organization", "América TV")
    d.ent("organization", "Militarized Communist Party of Perú")
    d.ent("organization", "Shining Path", "Sendero Luminoso")
    d.ent("place", *VRAEM)
    d.ent("organization", "Department of Labor")
    d.ent("organization", "National Council for the Integration of Persons with Disabilities")
    d.ent("organization", "National Occupational Safety and Health commission")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("By law at least 20 workers must join to form", "threshold", 20, "workers",
           "at least 20 workers", "enterprise-level union")
    d.prov("By law at least 20 workers must join to form", "threshold", 50, "workers",
           "50 workers", "sector-wide union or federation")
    d.fig("which represented 96.5 percent of all businesses", 96.5,
          "share of small and medium-sized businesses", unit="percent")
    d.ev("In 2021, congress approved the progressive elimination", "law_or_decree", "2021")
    d.fig("Private-sector labor law sets out nine categories", 9,
          "kinds of short-term labor contracts")
    d.prov("has a five-year overall limit on the consecutive use", "time_limit", 5, "years",
           "five-year overall limit", "consecutive short-term contracts")
    d.prov("exempts employers from this five-year limit", "time_limit", 5, "years",
           "this five-year limit", "consecutive short-term contracts")
    d.ev("congress passed a revised nontraditional exports promotion law", "law_or_decree",
         "2020")
    d.prov("gradually raises workers’ participation in revenue sharing", "requirement", 5,
           "percent", "the current 5 percent", "workers' revenue sharing")
    d.prov("gradually raises workers’ participation in revenue sharing", "requirement", 10,
           "percent", "10 percent in 2027", "workers' revenue sharing")
    d.prov("with prior notice of five days for the private sector", "requirement", 5, "days",
           "five days", "strike notice, private sector")
    d.prov("with prior notice of five days for the private sector", "requirement", 10, "days",
           "10 days", "strike notice, public sector")
    d.prov("with prior notice of five days for the private sector", "requirement", 15, "days",
           "15 days", "strike notice, emergency services")
    d.ev("In October workers at the major television channel América TV", "other", "2022-10")
    d.ev("Authorities launched an investigation of the matter", "investigation", Y)
    d.prov("The law prescribes penalties of eight to 15 years’ imprisonment", "penalty", 8,
           "years", "eight to 15 years’ imprisonment", "labor trafficking", value_end=15)
    d.prov("The law prescribes penalties of eight to 15 years’ imprisonment", "penalty", 6,
           "years", "six to 12 years’ imprisonment", "forced labor", value_end=12)
    d.prov("The law establishes employment quotas for persons with disabilities", "requirement",
           3, "percent", "3 percent", "disability quota, private businesses")
    d.prov("The law establishes employment quotas for persons with disabilities", "threshold",
           50, "employees", "more than 50 employees", "disability quota, private businesses")
    d.prov("The law establishes employment quotas for persons with disabilities", "requirement",
           5, "percent", "5 percent", "disability quota, public sector")
    d.ev("In 2021, the national statistical institute reported", "report_published", "2021",
         source="national statistical institute")
    d.fig("In 2021, the national statistical institute reported", 72,
          "women's average salary relative to men's", unit="percent")
    d.prov("The law provides for a 48-hour workweek", "prohibition", 48, "hours",
           "48-hour workweek", "workweek")
    d.prov("The law provides for a 48-hour workweek", "right", 1, "days", "one day of rest",
           "weekly rest")
    d.prov("The law stipulates 30 calendar days of paid annual vacation.", "right", 30, "days",
           "30 calendar days", "paid annual vacation")
    d.fig("there were 11 fatal workplace accidents", 11, "fatal workplace accidents",
          source=MOL)
    d.fig("there were 11 fatal workplace accidents", 1469, "serious workplace accidents",
          source=MOL)
    d.fig("there were 11 fatal workplace accidents", 1571, "light workplace accidents",
          source=MOL)
    d.fig("Manufacturing accidents contributed 25 percent to this total.", 25,
          "share of accidents in manufacturing", unit="percent")
    d.fig("76 percent of workers were found in the informal sector", 76,
          "share of workers in the informal sector", unit="percent")
    d.fig("76 percent of workers were found in the informal sector", 95,
          "share of rural workers in the informal sector", unit="percent")
    d.fig("76 percent of workers were found in the informal sector", 66,
          "share of workers in the informal sector in 2019", unit="percent")
    d.fig("Nearly 90 percent of Venezuelan migrant workers", 90,
          "share of Venezuelan migrant workers in the informal sector", "approximately",
          unit="percent")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Institute for Press and Society")
    d.ent("organization", "Association of Foreign Press of Perú")
    d.ent("organization", OMBUDSMAN)
    d.ent("organization", ANP, "ANP")
    d.ent("organization", IACHR, "IACHR")
    d.ent("organization", "Diario ABC")
    d.ent("organization", "Penguin Random House Perú", "Penguin Random House")
    d.ent("person", "Paola Ugaz")
    d.ent("person", "Christopher Acosta", "Acosta")
    d.ent("person", "Jerónimo Pimentel")
    d.ent("person", "César Acuña", "Acuña")
    d.ent("person", CASTILLO, "Castillo", "Pedro Castillo")
    d.not_entity("Annual Report on Press Freedom")
    d.ev("denounced an increase in aggression and intimidation towards journalists",
         "attack_or_threat", Y, polarity="alleged", source="Institute for Press and Society")
    d.ev("denounced an increase in aggression and intimidation towards journalists", "protest",
         "2022-12")
    d.ev("Annual Report on Press Freedom, published on December 31", "report_published",
         "2022-12-31", source=ANP)
    d.ev("Annual Report on Press Freedom, published on December 31", "attack_or_threat", Y,
         source=ANP)
    d.ev("Annual Report on Press Freedom, published on December 31", "other", "2005",
         source=ANP)
    d.fig("Annual Report on Press Freedom, published on December 31", 303,
          "attacks on journalists in the year", source=ANP)
    d.ev("The highest number of incidents occurred in December (63)", "attack_or_threat",
         "2022-12", source=ANP)
    d.fig("The highest number of incidents occurred in December (63)", 63,
          "attacks against journalists in December", source=ANP)
    d.ev("Other critical months were April (34) during agricultural blockades",
         "attack_or_threat", "2022-04", source=ANP)
    d.ev("Other critical months were April (34) during agricultural blockades",
         "attack_or_threat", "2022-09", source=ANP)
    d.ev("Other critical months were April (34) during agricultural blockades",
         "election_or_referendum", "2022-10-02")
    d.fig("Other critical months were April (34) during agricultural blockades", 34,
          "attacks against journalists in April", source=ANP)
    d.fig("Other critical months were April (34) during agricultural blockades", 28,
          "attacks against journalists in September", source=ANP)
    d.fig("Two-thirds of cases were physical or verbal attacks.", 2 / 3,
          "share of cases that were physical or verbal attacks", source=ANP)
    d.fig("The remaining third involved harassment, intimidation, and threats.", 1 / 3,
          "share of cases of harassment and threats", source=ANP)
    d.ev("reported they suffered multiple threats and government-sponsored intimidation",
         "attack_or_threat", "2022-11", polarity="alleged", source="Paola Ugaz")
    d.ev("These sentiments echoed June findings from the IACHR.", "report_published",
         "2022-06", source=IACHR)
    d.ev("In January a lower court sentenced journalist and author Christopher Acosta",
         "conviction_or_sentence", "2022-01")
    d.pen("prison", 2, "years", "two-year suspended prison sentence")
    d.fig("In January a lower court sentenced journalist and author Christopher Acosta",
          400000, "civil reparation ordered", unit="PEN")
    d.fig("In January a lower court sentenced journalist and author Christopher Acosta",
          103000, "civil reparation ordered", unit="USD")
    d.ev("Acosta wrote a book published by Penguin Random House Perú in 2021", "other",
         "2021")
    d.ev("Acosta wrote a book published by Penguin Random House Perú in 2021",
         "election_or_referendum", "2016")
    d.ev("threatened press freedom by intimidating local journalists", "attack_or_threat", Y,
         polarity="alleged", source="NGO representatives")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports the government monitored", "surveillance", Y, polarity="negated")

    d.sec("2.b")
    d.ent("place", *VRAEM)
    d.ent("organization", "Militarized Communist Party of Perú")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")
    d.ev("The government declared a 30-day, countrywide state of emergency", "law_or_decree",
         "2022-12-15")
    d.dur(30, "days", "30-day")
    d.fig("The government declared a 30-day, countrywide state of emergency", 15,
          "provinces under curfew")
    d.fig("The government declared a 30-day, countrywide state of emergency", 8,
          "regions of the provinces under curfew")
    d.ev("protests in some areas turned violent, resulting in at least 55 deaths", "killing",
         Y)
    d.ev("protests in some areas turned violent, resulting in at least 55 deaths", "killing",
         "2022-12")
    d.fig("protests in some areas turned violent, resulting in at least 55 deaths", 55,
          "deaths in violent protests", "at least")
    d.fig("protests in some areas turned violent, resulting in at least 55 deaths", 26,
          "deaths in the December protests", "at least")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ent("organization", "Peruvian Catholic Migration Commission")
    d.ent("organization", "Office of Migration")
    d.ent("organization", MIMP, "Ministry of Women and Vulnerable Population")
    d.ent("organization", "National Registry for Displaced Persons")
    d.ent("organization", "Reparations Council")
    d.sec("2.d")
    d.ev("On December 15, the government declared a state of emergency", "law_or_decree",
         "2022-12-15")
    d.fig("On December 15, the government declared a state of emergency", 15,
          "provinces under evening curfew")
    d.fig("On December 15, the government declared a state of emergency", 8,
          "regions of the provinces under evening curfew")
    d.sec("2.e")
    d.fig("More than 1.5 million foreign-born persons", 1500000, "foreign-born residents",
          "more than")
    d.fig("Venezuelans were by far the largest nationality, numbering 1.49 million", 1490000,
          "Venezuelans in the country", source="government officials")
    d.fig("434,000 Venezuelans had regular migratory resident status", 434000,
          "Venezuelans with regular resident status")
    d.fig("434,000 Venezuelans had regular migratory resident status", 532000,
          "Venezuelans with asylum-seeker status")
    d.ev("In July the government expanded the validity of temporary migration status",
         "other", "2022-07")
    d.ev("granted refugee status to persons who applied from within the country",
         "asylum_or_citizenship_decision", Y)
    d.ev("The Office of Migration started a working group", "other", Y)
    d.fig("the government provided temporary protection to 532,000 individuals", 532000,
          "persons under temporary protection")
    d.sec("2.f")
    d.fig("recognized 59,846 internally displaced persons (IDPs)", 59846,
          "internally displaced persons registered")
    d.ev("recognized 59,846 internally displaced persons (IDPs)", "other", "1980",
         date_end="2000")
    d.ev("some IDPs who were victims of the 1980-2000 internal conflict", "other", "1980",
         date_end="2000")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("person", CASTILLO, "Castillo", "Pedro Castillo")
    d.ent("person", BOLUARTE, "Dina Boluarte", "Boluarte")
    d.ent("person", "Keiko Fujimori")
    d.ent("organization", "Free Perú")
    d.ent("organization", "Popular Force")
    d.ev("In July 2021 national elections, José Pedro Castillo Terrones",
         "election_or_referendum", "2021-07")
    d.ev("presented legal challenges to the second-round result", "other", "2021")
    d.ev("Electoral authorities reviewed the challenges per the electoral rules", "other",
         "2021")
    d.ev("Citizens elected all 130 members of the single chamber congress",
         "election_or_referendum", "2021")
    d.fig("Citizens elected all 130 members of the single chamber congress", 130,
          "members of congress elected")
    d.ev("Vice President Dina Boluarte assumed the presidency on December 7", "other",
         "2022-12-07")

    d.sec("4")
    d.ent("person", "Liz Patricia Benavides Vargas")
    d.ent("organization", "Odebrecht")
    d.ent("organization", PNP)
    d.ev("There were numerous reports of corruption by government officials during the year",
         "other", Y, polarity="alleged")
    d.ev("additional charges were filed in December after former President Castillo",
         "charge", "2022-12")
    d.fig("was investigating six corruption cases with alleged involvement", 6,
          "corruption cases under investigation involving the former president")
    d.ev("Prosecutors continued an investigation initiated following 2018 media reports",
         "investigation", "2018")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Peru")
    d.ent("person", BOLUARTE, "Dina Boluarte", "Boluarte")
    d.ent("person", CASTILLO, "Castillo", "Pedro Castillo")
    d.ent("organization", PNP)
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Peruvian Armed Forces")
    d.ent("organization", "Ministry of Defense")
    d.ev("Dina Ercilia Boluarte Zegarra assumed the presidency on December 7", "other",
         "2022-12-07")
    d.ev("Dina Ercilia Boluarte Zegarra assumed the presidency on December 7",
         "election_or_referendum", "2021-07")
    d.ev("elected in 2021 alongside the executive, continued with their terms",
         "election_or_referendum", "2021")
    d.fig("elected in 2021 alongside the executive, continued with their terms", 130,
          "members of congress")
    d.ev("There were reports that members of security forces committed some abuses.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government took steps to investigate and, in some cases, prosecute",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", HEALTH, "Health Ministry")
    d.ent("organization", "Attorney General’s Office")
    d.ent("organization", IACHR, "IACHR")
    d.ent("person", BOLUARTE, "Dina Boluarte", "Boluarte")
    d.ent("person", CASTILLO, "Castillo", "Pedro Castillo")
    d.ent("place", "Lima")
    d.ent("place", "Cusco")
    d.ent("place", "Ayacucho")
    d.ent("place", "San Miguel del Ene")
    d.ent("place", *VRAEM)
    d.ent("organization", "Joint Command of the Armed Forces")
    d.ent("organization", "Militarized Communist Party of Perú")
    d.ent("organization", "Shining Path", "Sendero Luminoso")
    d.ent("person", "Inti Sotelo")
    d.ent("person", "Brian Pintado")
    d.ent("person", "Vizcarra")
    d.ent("person", "Jorge Muñoz")
    d.ent("place", "Chao")
    d.ent("place", "La Libertad")
    d.ent("person", "Raúl Prado Ravines", "Prado")
    d.ent("person", "Carlos Llanto Ponce", "Ponce")
    d.ent("person", "William Castaño Martínez", "Castaño")
    d.ent("place", "Amazon")
    d.ent("person", "Juan Fernández Hanco")
    d.ent("place", "Tambopata")
    d.ent("place", "Madre de Dios")
    d.ent("person", "Ulises Rumiche")
    d.ent("place", "Satipo")
    d.ent("place", "Junín")
    d.ent("place", "Puerto Inca")
    d.ent("place", "Huánuco")
    d.ent("person", "Vilca Ampichi López")
    d.ev("There were reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="alleged")
    d.ev("The Ministry of Health reported 28 protest-related deaths", "killing", Y,
         source=HEALTH)
    d.fig("The Ministry of Health reported 28 protest-related deaths", 28,
          "protest-related deaths", source=HEALTH)
    d.ev("conducted a visit on December 20-22", "other", "2022-12-20",
         date_end="2022-12-22")
    d.ev("The delegation met with the president in Lima", "other", "2022-12-20",
         date_end="2022-12-22")
    d.ev("The IACHR also consulted with detained citizens and organizations", "other",
         "2022-12-20", date_end="2022-12-22")
    d.ev("during protests that took place between December 7 and December 20", "protest",
         "2022-12-07", date_end="2022-12-20")
    d.ev("continued investigating the May 2021 killing of 16 persons", "killing", "2021-05",
         place="San Miguel del Ene")
    d.fig("continued investigating the May 2021 killing of 16 persons", 16,
          "persons killed in San Miguel del Ene")
    d.fig("continued investigating the May 2021 killing of 16 persons", 2,
          "children among the persons killed")
    d.ev("The Joint Command of the Armed Forces attributed the killings", "killing",
         "2021-05", polarity="alleged", source="Joint Command of the Armed Forces")
    d.ev("In July the Attorney General’s Office suspended its investigation", "other",
         "2022-07")
    d.ev("In July the Attorney General’s Office suspended its investigation", "killing",
         "2020", polarity="alleged")
    d.ev("The suspension followed a court ruling that the case did not amount", "other", Y)
    d.ev("The Attorney General’s Office appealed the ruling.", "other", Y)
    d.ev("continued investigating the 2020 death of demonstrator Jorge Muñoz", "killing",
         "2020", polarity="alleged", place="Chao")
    d.ev("In March courts sentenced former midlevel police officer", "conviction_or_sentence",
         "2022-03")
    d.pen("prison", 35, "years", "35 years in prison")
    d.ev("In March courts sentenced former midlevel police officer", "killing", "2012",
         date_end="2015")
    d.ev("also received 35-year sentences, and nine more police officers",
         "conviction_or_sentence", "2022-03")
    d.pen("prison", 35, "years", "35-year sentences")
    d.fig("also received 35-year sentences, and nine more police officers", 9,
          "other police officers sentenced")
    d.ev("The case, under investigation since 2016, involved the alleged killing",
         "investigation", "2016")
    d.ev("The case, under investigation since 2016, involved the alleged killing", "killing",
         "2012", date_end="2015", polarity="alleged")
    d.fig("The case, under investigation since 2016, involved the alleged killing", 27,
          "criminal suspects killed", "more than")
    d.fig("The case, under investigation since 2016, involved the alleged killing", 9,
          "police operations", "at least")
    d.ev("at least three Indigenous environmental rights defenders in the Amazon region",
         "killing", Y)
    d.fig("at least three Indigenous environmental rights defenders in the Amazon region", 3,
          "Indigenous environmental defenders killed", "at least")
    d.ev("In March authorities found the body of Juan Fernández Hanco", "killing", "2022-03",
         place="Tambopata")
    d.fig("In March authorities found the body of Juan Fernández Hanco", 2, "gunshot wounds")
    d.ev("In April Ulises Rumiche died of a gunshot in the head", "killing", "2022-04",
         place="Satipo")
    d.ev("authorities in Puerto Inca, Huánuco, found the body", "killing", "2022-12-07",
         place="Puerto Inca")
    d.fig("authorities in Puerto Inca, Huánuco, found the body", 14, "gunshot wounds")
    d.ev("Courts issued sentences for only one of at least 11 killings",
         "conviction_or_sentence", Y)
    d.ev("Courts issued sentences for only one of at least 11 killings", "killing", "2020",
         date_end=Y)
    d.fig("Courts issued sentences for only one of at least 11 killings", 1,
          "killings of environmental defenders sentenced")
    d.fig("Courts issued sentences for only one of at least 11 killings", 11,
          "killings of environmental defenders since 2020", "at least")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("person", "Manuel Merino", "Merino")
    d.ent("person", "Ántero Flores Aráoz")
    d.ent("person", "Gastón Rodríguez")
    d.ent("organization", "National Penitentiary Institute", "INPE")
    d.ent("organization", "Pedro Ruiz Gallo University")
    d.ent("organization", OMBUDSMAN)
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", MIMP, "Ministry of Women and Vulnerable Population")
    d.ent("organization", "UNICEF")
    d.not_entity("Lurigancho penitentiary")
    d.ev("but there were reports that government officials employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Investigations of police abuses against protesters during the five-day presidency",
         "torture_or_abuse", "2020")
    d.ev("In June congress formally allowed criminal charges to proceed", "charge",
         "2022-06")
    d.fig("including two confirmed killings", 2, "confirmed killings of the 2020 abuses")
    d.ev("for the alleged abuses by security forces during the 2020 political protests",
         "torture_or_abuse", "2020", polarity="alleged")
    d.fig("reported the prison system held 90,155 prisoners in 68 facilities", 90155,
          "prisoners", source="National Penitentiary Institute")
    d.fig("reported the prison system held 90,155 prisoners in 68 facilities", 68,
          "prison facilities", source="National Penitentiary Institute")
    d.fig("reported the prison system held 90,155 prisoners in 68 facilities", 41018,
          "prison capacity", source="National Penitentiary Institute")
    d.fig("was 2.8 times above its prescribed capacity", 2.8,
          "population of the largest prison relative to capacity", unit="times")
    d.fig("Almost 40 percent of the inmates were in pretrial detention.", 40,
          "share of inmates in pretrial detention", "approximately", unit="percent")
    d.ev("A study by researchers from Pedro Ruiz Gallo University found", "report_published",
         Y, source="Pedro Ruiz Gallo University")
    d.ev("Assaults on inmates by prison guards and fellow inmates occurred.",
         "torture_or_abuse", Y)
    d.ev("Independent and government authorities investigated credible allegations",
         "investigation", Y)
    d.ev("resumed after a two-year halt due to COVID-19 restrictions", "other", Y)

    d.sec("1.d")
    d.ent("organization", "Attorney General’s Office")
    d.ev("nationwide during the national state of emergency for COVID-19, effective until",
         "law_or_decree", "2022-10")
    d.prov("Authorities are required to arraign arrested persons within 24 hours",
           "time_limit", 24, "hours", "within 24 hours", "arraignment")
    d.prov("Authorities are required to arraign arrested persons within 24 hours",
           "time_limit", 15, "days", "within 15 days", "arraignment in terrorism cases")
    d.prov("Military authorities must transfer persons they detain to police within 24",
           "time_limit", 24, "hours", "within 24 hours", "transfer of detainees to police")
    d.prov("Police must file a report with the Attorney General’s Office within 24",
           "time_limit", 24, "hours", "within 24 hours of an arrest", "police arrest report")
    d.prov("Police may detain suspected terrorists incommunicado for 10 days.", "time_limit",
           10, "days", "for 10 days", "incommunicado detention of terrorism suspects")
    d.ev("According to a May report by INPE, 39.5 percent", "report_published", "2022-05",
         source="National Penitentiary Institute")
    d.fig("According to a May report by INPE, 39.5 percent", 39.5,
          "share of prisoners in pretrial detention", unit="percent",
          source="National Penitentiary Institute")
    d.ev("courts released prisoners held more than nine months", "release", Y)
    d.prov("courts released prisoners held more than nine months", "time_limit", 9, "months",
           "more than nine months", "pretrial detention")
    d.prov("courts released prisoners held more than nine months", "time_limit", 36, "months",
           "up to 36 months in complex cases", "pretrial detention in complex cases")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect", "other", Y,
         polarity="negated")
    d.ent("place", *VRAEM)
    d.ent("place", "La Pampa")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def peru() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_peru", FILE, 2022, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2022_peru": peru}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
