"""Build the hand-made DEV gold file for El Salvador 2018 (a page of the public collection).

``2018_el-salvador.jsonl`` annotates ``html/2018/el-salvador.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/el-salvador.html`` by ``scripts/collection.sh``
(never committed). The 2018 edition, classic seven-section layout. Split ``dev``: every record
below was decided by hand, reading the report sentence by sentence before the system was ever
run on it (its first run is recorded in docs/gold/2018_el-salvador.md); the script only turns
the decisions into offsets. Method of ``build_whole_gold_gambia2022.py`` (with
``CollectionDevDoc`` of ``collection_gold.py``): offsets are into the document text rightsledger reads from the page
(``rightsledger.read.read_path``), each anchor (at most 14 words of the report) occurs exactly
once in the document, and the scope line lists in ``"ranges"`` exactly the section groups
annotated whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_elsalvador2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_elsalvador2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_el-salvador.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_chad2016 import fine  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc  # noqa: E402

FILE = "html/2018/el-salvador.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

PDDH = "Office of the Human Rights Ombudsman"
ORMUSA = "Salvadoran Organization of Women for Peace"
CONAIPD = "National Council for Comprehensive Attention to Persons with Disability"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "El Salvador")
    d.ev("Municipal and legislative elections held in March were generally free",
         "election_or_referendum", "2018-03")
    d.ev("Free and fair presidential elections took place in 2014.", "election_or_referendum",
         "2014")
    d.ev("Human rights issues included allegations of unlawful killings", "killing", Y)
    d.ev("Impunity persisted despite government steps to dismiss and prosecute", "charge", Y)
    d.ev("were significant perpetrators of violent crimes and committed acts of murder",
         "killing", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", PDDH, "PDDH")
    d.ent("organization", "Attorney General's Office", "Attorney General Office")
    d.ent("organization", "Police Reaction Group", "GRP")
    d.ent("place", "San Blas")
    d.ent("place", "San Jose Villanueva")
    d.ent("organization", "Fourth Appellate Court of Appeals")
    d.ent("organization", "INTERPOL")
    d.ent("person", "Jaime Ernesto Bonilla Martinez")
    d.ent("place", "Texas")
    d.ent("place", "San Miguel")
    d.ent("organization", "Organized Crime Court")
    d.ent("organization", "MS-13")
    d.ev("There were no reports that the government or its agents committed politically",
         "killing", Y, polarity="negated")
    d.ev("There were reports, however, of security force involvement in extrajudicial",
         "killing", Y, polarity="alleged")
    d.fig("announced it was investigating 22 complaints against police officers", 22,
          "complaints of extrajudicial killings under investigation", source="PDDH")
    B = "The case continued against nine police officers charged in September 2017"
    d.ev(B, "charge", "2017-09")
    d.fig(B, 9, "police officers charged with aggravated homicide")
    d.fig(B, 5, "persons killed in the case")
    d.fig("Three of the accused were members of the now decommissioned", 3,
          "accused who were GRP members")
    B = "On March 2, the Attorney General’s Office appealed the September 2017"
    d.ev(B, "other", "2018-03-02", place="San Blas")
    d.ev(B, "acquittal", "2017-09")
    d.ev(B, "killing", "2015", place="San Blas")
    d.fig(B, 5, "police officers acquitted")
    d.ev("On May 4, the Fourth Appellate Court of Appeals confirmed", "trial", "2018-05-04")
    B = "On February 23, police authorities in coordination with INTERPOL arrested"
    d.ev(B, "detention_or_arrest", "2018-02-23")
    d.fig(B, 8, "homicides the arrested man allegedly took part in", "at least")
    d.ev("was purportedly responsible for murder-for-hire and targeted killings", "killing", Y,
         polarity="alleged", place="San Miguel")
    B = "As of October 25, alleged gang members had killed 21 police officers."
    d.ev(B, "killing", Y)
    d.fig(B, 21, "police officers killed by alleged gang members (to October 25)")
    B = "On August 21, the Organized Crime Court convicted 61 MS-13 members"
    d.ev(B, "conviction_or_sentence", "2018-08-21")
    d.fig(B, 61, "MS-13 members convicted")

    d.sec("1.b")
    d.ent("organization", "Constitutional Chamber of the Supreme Court", "Constitutional Chamber")
    d.ent("place", "Ilopango")
    d.ent("place", "Colonia Santa Maria")
    d.ent("place", "Sonsonate")
    d.ent("organization", "Ministry of Defense")
    d.ev("There were reports alleging that members of security and law enforcement",
         "other", Y, polarity="alleged")
    d.ev("Since March 2017 law enforcement agencies had not released data", "report_published",
         "2017-03", polarity="negated")
    B = "On March 7, the Constitutional Chamber of the Supreme Court ruled"
    d.ev(B, "other", "2018-03-07")
    d.ev(B, "other", "2014", place="Ilopango")
    d.fig(B, 2, "boys who disappeared in Ilopango in 2014")
    B = "According to the court, seven soldiers detained and searched them"
    d.ev(B, "detention_or_arrest", "2014", source="the court")
    d.fig(B, 7, "soldiers who detained the boys", source="the court")
    B = "In May 2017 a Sonsonate court convicted five soldiers"
    d.ev(B, "conviction_or_sentence", "2017-05", place="Sonsonate")
    d.pen("prison", 8, "years", "eight years’ imprisonment")
    d.ev(B, "other", "2014")
    d.fig(B, 5, "soldiers convicted of forced disappearance")
    B = "In January the Constitutional Chamber found the military in contempt"
    d.ev(B, "other", "2018-01")
    d.ev(B, "other", "2017-08")
    B = "On September 1 and in December 2017, the Constitutional Chamber issued"
    d.ev(B, "other", "2018-09-01")
    d.ev(B, "other", "2017-12")
    d.ev(B, "other", "1982")
    d.fig(B, 2, "rulings in forced disappearance cases")
    B = "the attorney general had opened investigations into 12 instances"
    d.ev(B, "investigation", Y)
    d.fig(B, 12, "instances of forced disappearance under investigation")

    d.sec("1.c")
    d.ent("organization", "National Civil Police", "PNC")
    d.ent("person", "Hector Solano Caceres")
    d.ent("person", "David Iglesias Montalvo")
    d.ent("person", "Ascencio Sermeno")
    d.ent("place", "Apaneca")
    d.ent("organization", "Salvadoran Foundation for Economic and Social Development")
    d.ent("organization", "Salvadoran Institute for Child Development", "ISNA")
    d.ent("organization", "Legislative Assembly")
    d.ent("organization", "General Prison Directorate")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Institute for Human Rights")
    d.ent("organization", "University of Central America")
    d.ent("organization", "UN")
    d.ev("The law prohibits such practices, but there were reports of violations.",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("As of July 31, the PDDH received 18 complaints of torture", 18,
          "complaints of torture or cruel treatment", source="PDDH")
    B = "On May 29, a court recommended that colonels Hector Solano Caceres"
    d.ev(B, "charge", "2018-05-29")
    d.ev(B, "torture_or_abuse", "2016", place="Apaneca")
    d.fig(B, 2, "men tortured in Apaneca in 2016")
    B = "In 2017 six soldiers were convicted in the same case."
    d.ev(B, "conviction_or_sentence", "2017")
    d.fig(B, 6, "soldiers convicted in the Apaneca torture case")
    B = "reported 38,849 inmates were being held in facilities designed for 18,051"
    d.fig(B, 38849, "inmates held", source="Salvadoran Foundation for Economic and Social "
          "Development")
    d.fig(B, 18051, "prison capacity", source="Salvadoran Foundation for Economic and Social "
          "Development")
    B = "In June the Salvadoran Institute for Child Development (ISNA) reported 945"
    d.ev(B, "report_published", "2018-06", source="ISNA")
    d.fig(B, 945, "juveniles in detention", source="ISNA")
    d.fig(B, 274, "detained juveniles awaiting trial", source="ISNA")
    B = "Of those, 356 were held on homicide charges, 465 for extortion"
    d.fig(B, 356, "detained juveniles held on homicide charges", source="ISNA")
    d.fig(B, 465, "detained juveniles held for extortion", source="ISNA")
    d.fig(B, 313, "detained juveniles held for drug-related crimes", source="ISNA")
    d.fig(B, 143, "detained juveniles held for gang membership", source="ISNA")
    B = "As of July ISNA reported that three minors were killed by gang members"
    d.ev(B, "killing", Y, source="ISNA")
    d.ev(B, "killing", "2017", source="ISNA")
    d.fig(B, 3, "minors killed in detention (to July)", source="ISNA")
    d.fig(B, 9, "minors killed in detention in 2017", source="ISNA")
    B = "ISNA also reported that as of June, seven minors were victims"
    d.fig(B, 7, "minor victims of trafficking (to June)", source="ISNA")
    d.fig(B, 18, "minor victims of trafficking in 2017", source="ISNA")
    B = "As of September 2017, detention centers held 17,614 current"
    d.fig(B, 17614, "current or former gang members in detention")
    d.fig(B, 46, "gang members' share of the prison population", unit="percent")
    d.fig("credited the extraordinary measures with a 45 percent reduction", 45,
          "reduction in homicides credited to the extraordinary measures", unit="percent",
          source="law enforcement officials")
    d.ev("On August 16, the Legislative Assembly formalized some elements", "law_or_decree",
         "2018-08-16")
    B = "From August 2017 to May, the General Prison Directorate reported 2,440"
    d.ev(B, "other", "2017-08", date_end="2018-05", source="General Prison Directorate")
    d.fig(B, 2440, "cases of inmate malnutrition", source="General Prison Directorate")
    d.fig(B, 500, "cases of severe malnutrition in two prisons", "more than", source="PDDH")
    B = "The PDDH noted that in 2017 a total of 64 inmates died"
    d.ev(B, "death_in_custody", "2017", source="PDDH")
    d.fig(B, 64, "inmates who died in 2017", source="PDDH")
    B = "In October the PNC reported overcrowding in police holding cells"
    d.ev(B, "report_published", "2018-10", source="PNC")
    d.fig(B, 5500, "detainees in police holding cells", source="PNC")
    d.fig(B, 1500, "capacity of police holding cells", source="PNC")
    d.ev("Extraordinary measures ended in August when the Legislative Assembly reformed",
         "law_or_decree", "2018-08")
    d.ev("Early in the year, the government reinstated the ICRC", "other", Y)
    d.ev("and other groups visited prisons during the year", "other", Y)
    B = "The PDDH reported that from May 2017 to April, it conducted 1,644"
    d.ev(B, "other", "2017-05", date_end="2018-04", source="PDDH")
    d.fig(B, 1644, "unannounced prison inspections", source="PDDH")
    B = "overcrowding declined from 334 percent to 215 percent as of August"
    d.fig(B, 334, "prison overcrowding before", unit="percent")
    d.fig(B, 215, "prison overcrowding in August", unit="percent")

    d.sec("1.d")
    d.ent("organization", "Ministry of Justice and Public Security")
    d.ent("person", "Sanchez Ceren")
    d.ent("organization", "Zeus Command")
    d.ent("organization", "Volcano Task Force")
    d.ent("place", "San Salvador")
    d.ent("organization", "Police Inspector General")
    d.ent("person", "Mauricio Arriaza")
    d.ent("organization", "Specialized Police Tactical Unit", "UTEP")
    d.ent("organization", "Specialized Reaction Force of El Salvador")
    d.ent("organization", "Special Operation Group")
    d.ent("person", "Carla Ayala")
    d.ev("there were numerous complaints that the PNC and military forces arbitrarily",
         "detention_or_arrest", Y, polarity="alleged")
    B = "As of July 31, the PDDH received 31 complaints of arbitrary detention"
    d.fig(B, 31, "complaints of arbitrary detention (to July 31)", source="PDDH")
    d.fig(B, 86, "complaints of arbitrary detention in the same period of 2017", source="PDDH")
    d.ev("NGOs reported that the PNC arbitrarily arrested and detained groups",
         "detention_or_arrest", Y, source="NGOs")
    d.ev("In 2016 President Sanchez Ceren renewed the decree", "law_or_decree", "2016")
    B = "comprised 3,100 soldiers in 10 task forces"
    d.fig(B, 3100, "soldiers of the Zeus Command")
    d.fig(B, 10, "task forces of the Zeus Command")
    B = "Three hundred and twenty soldiers in the Volcano Task Force"
    d.ev(B, "other", "2017-09", place="San Salvador")
    d.fig(B, 320, "soldiers of the Volcano Task Force")
    B = "The Police Inspector General reported it received 831 complaints"
    d.ev(B, "dismissal", Y, source="Police Inspector General")
    d.fig(B, 831, "complaints against police", source="Police Inspector General")
    d.fig(B, 155, "police officers dismissed for misconduct", source="Police Inspector General")
    d.fig(B, 555, "police officers disciplined", source="Police Inspector General")
    B = "On August 2, Deputy Police Director of Specialized Operative Areas"
    d.ev(B, "dismissal", "2018-08-02", source="Mauricio Arriaza")
    d.fig(B, 10, "UTEP officers dismissed for human rights abuses", source="Mauricio Arriaza")
    d.ev("UTEP was created on February 14 to replace", "other", "2018-02-14")
    d.ev("The GRP was disbanded in February following the disappearance", "other", "2018-02")
    d.ev("the Ministry of Defense had not responded to requests to report",
         "report_published", Y, polarity="negated")
    B = "authorities reported alleged gang members had killed 22 police officers"
    d.ev(B, "killing", Y, source="authorities")
    d.fig(B, 22, "police officers killed by alleged gang members", source="authorities")
    d.fig(B, 3, "soldiers killed by alleged gang members", source="authorities")
    d.fig(B, 3, "prison guards killed by alleged gang members", source="authorities")
    d.prov("The constitution permits the PNC to hold suspects for 72 hours", "time_limit", 72,
           "hours", "72 hours", "holding suspects before presentation to court")
    d.prov("The law allows up to six months for investigation of serious crimes",
           "time_limit", 6, "months", "up to six months", "investigation of serious crimes")
    B = "As of October 23, the PDDH reported 31 complaints of arbitrary detention"
    d.fig(B, 31, "complaints of arbitrary or illegal detention (to October 23)", source="PDDH")
    d.fig(B, 86, "complaints of arbitrary detention (January-August 2017)", source="PDDH")
    d.fig("As of October, 30 percent of the general prison population", 30,
          "share of prisoners in pretrial detention", unit="percent")

    d.sec("1.e")
    d.ent("organization", "Constitutional Court")
    d.ent("place", "El Mozote")
    d.ent("person", "David Munguia Payes", "Munguia", "Payes")
    d.ent("person", "Agnes Callamard")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Office of the President", "CAPRES")
    d.ent("person", "Teodora del Carmen Vasquez")
    d.not_entity("Civil Service Law")
    d.ev("When ordered by the Constitutional Court on June 19", "other", "2018-06-19")
    d.ev("the Legislative Assembly had not complied with a 2015 ruling", "law_or_decree", Y,
         polarity="negated")
    # "a 2015 ruling that …": the ruling is an event of its year (settled 2026-12-08)
    d.ev("the Legislative Assembly had not complied with a 2015 ruling", "other", "2015")
    B = "In a February 26 press conference, Minister of Defense David Munguia Payes"
    d.ev(B, "other", "2018-02-26")
    d.fig(B, 3, "military officers acquitted of obstruction of justice")
    d.ev("On February 27, UN Special Rapporteur on Extrajudicial", "other", "2018-02-27")
    d.ev("according to a July 22 newspaper report", "report_published", "2018-07-22",
         source="a newspaper")
    d.ev("The penitentiary code reforms passed in August allow defense lawyers",
         "law_or_decree", "2018-08")
    d.fig("As of July 31, the PDDH received 31 complaints of lack of a fair", 31,
          "complaints of unfair trials", source="PDDH")
    B = "As of August 31, the Supreme Court heard 57 cases against judges"
    d.ev(B, "dismissal", Y)
    d.fig(B, 57, "cases against judges heard by the Supreme Court")
    d.fig(B, 52, "cases against judges under review")
    d.fig(B, 2, "judges removed")
    d.fig(B, 9, "judges suspended")
    d.fig(B, 8, "judges formally charged")
    B = "a judge issued an order to reopen the investigation into the 1981"
    d.ev(B, "investigation", "2016")
    d.ev(B, "killing", "1981", place="El Mozote")
    d.fig(B, 800, "persons killed in the El Mozote massacre", "approximately")
    B = "On August 16, a group of Argentine forensics specialists testified"
    d.ev(B, "other", "2018-08-16")
    d.fig(B, 282, "pieces of evidence found to be human remains")
    d.fig(B, 143, "skulls recovered")
    d.fig(B, 136, "skulls of children")
    d.fig("They also recovered 245 bullet casings", 245, "bullet casings recovered")
    d.ev("In December 2017 Teodora del Carmen Vasquez", "conviction_or_sentence", "2017-12")
    d.pen("prison", 30, "years", "30 years")
    d.ev("The Supreme Court commuted her sentence on February 15", "release", "2018-02-15")
    B = "During the first nine months of the year, the justice system released five"
    d.ev(B, "release", "2018-01", date_end="2018-09")
    d.fig(B, 5, "women released for lack of evidence")
    d.fig("Twenty-five other women remained in custody for infanticide.", 25,
          "women still in custody for infanticide")
    d.fig("plea deals occurred in approximately 20 percent of cases", 20,
          "share of cases with plea deals", "approximately", unit="percent",
          source="press reports")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("On May 25, the Constitutional Chamber declared unconstitutional", "other",
         "2018-05-25")

    d.sec("1.f")
    d.ev("a January news report claimed the state intelligence service tracked",
         "surveillance", "2018-01", polarity="alleged", source="a news report")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Supreme Electoral Tribunal")
    d.ent("organization", "Organization of American States")
    d.ent("organization", "EU")
    B = "The most recent municipal and legislative elections occurred on March 4"
    d.ev(B, "election_or_referendum", "2018-03-04")
    d.ev(B, "other", "2018-03-20")
    d.ev(B, "other", "2018-04-04")
    d.ev("The election reports published by the Organization of American States",
         "report_published", Y, source="Organization of American States")

    d.sec("4")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Attorney General's Office", "Attorney General Office")
    d.ent("organization", "Office of the President", "CAPRES")
    d.ent("person", "Antonio Saca", "Saca")
    d.ent("person", "Mauricio Funes", "Funes")
    d.ent("person", "Sanchez Ceren")
    d.ent("organization", "Nationalist Republican Alliance", "ARENA")
    d.ent("organization", "Court of Accounts")
    d.ent("organization", "Ethics Tribunal")
    d.ent("organization", "Constitutional Chamber of the Supreme Court", "Constitutional Chamber")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Probity Section")
    d.ev("While the Supreme Court investigated corruption in the executive", "investigation", Y)
    d.ev("On September 12, a judge sentenced former president Antonio Saca",
         "conviction_or_sentence", "2018-09-12")
    d.pen("prison", 10, "years", "10 years in prison")
    B = "the court found him fully liable and ordered him to repay"
    d.ev(B, "conviction_or_sentence", Y)
    d.pen("fine", 260000000, "USD", "$260 million")
    d.fig(B, 15000000, "sum Saca's defense offered to return", unit="USD")
    d.fig(B, 260000000, "sum Saca was ordered to repay", unit="USD")
    d.fig(B, 6, "companies Saca must surrender")
    d.fig(B, 86, "radio stations of those companies")
    B = "The attorney general investigated corruption pertaining to a discretionary fund"
    d.ev(B, "investigation", Y)
    d.fig(B, 6, "presidents who used the discretionary fund")
    d.fig("totaling more than one billion dollars since its inception", 1000000000,
          "sum of the discretionary fund since its inception", "more than", unit="USD")
    B = "Both former presidents Saca and Funes were accused of embezzling"
    d.ev(B, "charge", Y, polarity="alleged")
    d.fig(B, 650000000, "public funds allegedly embezzled by Saca and Funes", "more than",
          unit="USD")
    B = "discretionary account was reportedly $147 million"
    d.fig(B, 147000000, "Sanchez Ceren's discretionary account", unit="USD")
    d.fig(B, 301000000, "discretionary funds controlled by Saca", unit="USD")
    d.fig(B, 351000000, "discretionary funds controlled by Funes", unit="USD")
    B = "On June 19, the Attorney General’s Office initiated an asset forfeiture claim"
    d.ev(B, "other", "2018-06-19")
    d.fig(B, 24, "properties under asset forfeiture claim")
    B = "the Ethics Tribunal reported it had received 190 complaints"
    d.fig(B, 190, "complaints received by the Ethics Tribunal", source="Ethics Tribunal")
    d.fig(B, 273, "public officials complained against", source="Ethics Tribunal")
    B = "The tribunal sanctioned 20 public officials and forwarded six cases"
    d.ev(B, "conviction_or_sentence", Y)
    d.fig(B, 20, "public officials sanctioned by the Ethics Tribunal")
    d.fig(B, 6, "cases forwarded to the attorney general")
    B = "The attorney general issued 28 arrest warrants on June 6"
    d.ev(B, "detention_or_arrest", "2018-06-06")
    d.ev(B, "other", "2009", date_end="2014", polarity="alleged")
    d.fig(B, 28, "arrest warrants issued")
    d.fig(B, 300000000, "sum allegedly embezzled by Funes (2009-14)", "more than", unit="USD")
    d.ev("Funes allegedly had misdirected funding for personal gain since 2010", "other",
         "2010", polarity="alleged")
    B = "In July the attorney general accused Funes of using $215,000"
    d.ev(B, "charge", "2018-07")
    d.fig(B, 215000, "public funds used for weapons", unit="USD")
    d.fig(B, 91, "military-grade weapons acquired")
    fine(d, "The law establishes fines for noncompliance that range from $11", 11, 571, "USD",
         "from $11 to $571", "failure to declare assets")
    B = "In 2016 the Supreme Court established three criteria"
    d.ev(B, "other", "2016")
    d.fig(B, 3, "criteria for selecting illicit enrichment cases")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Ministry of Labor", "Labor Ministry")
    d.ent("organization", "Nationalist Republican Alliance", "ARENA")
    d.ent("organization", "Farabundo Marti Liberation Front", "FMLN")
    d.ent("organization", "El Faro")
    d.ent("person", "Antonio Saca", "Saca")
    d.ent("person", "Mauricio Funes", "Funes")
    d.ent("organization", "Salvadoran Journalist Association", "APES")
    d.ent("person", "Carlos Aleman", "Aleman")
    d.ent("person", "Gabriel Labrador")
    d.ent("person", "Milagro Vallecillos")
    d.ent("person", "Karla Turcios")
    d.ent("organization", "Diario 1")
    d.ent("person", "Miguel Lemus")
    d.ent("place", "San Salvador")
    d.ent("person", "David Munguia Payes", "Munguia", "Payes")
    d.ent("organization", "International Telecommunication Union")
    d.ev("There were reports the Ministry of Labor conducted arbitrary labor inspections",
         "investigation", Y, polarity="alleged")
    B = "reported during the year that former president Antonio Saca funneled"
    d.ev(B, "report_published", Y, source="El Faro")
    d.ev(B, "other", "2004", date_end="2009", source="El Faro")
    d.ev(B, "other", "2009", date_end="2014", source="El Faro")
    d.fig(B, 665000, "funds funneled to media contacts", unit="USD", source="El Faro")
    d.ev("On May 22, the Salvadoran Journalist Association (APES) reported", "attack_or_threat",
         "2018-05-22", source="APES")
    d.ev("APES also reported that journalist Milagro Vallecillos received a call",
         "attack_or_threat", Y, source="APES")
    B = "APES recorded 15 complaints against civil servants"
    d.ev(B, "attack_or_threat", "2018-03-04", source="APES")
    d.fig(B, 15, "complaints by journalists about election reporting", source="APES")
    B = "The incidents included three verbal threats, two physical assaults"
    d.fig(B, 3, "verbal threats against journalists", source="APES")
    d.fig(B, 2, "physical assaults on journalists", source="APES")
    d.fig(B, 1, "property damage claim", source="APES")
    d.fig(B, 3, "suspicious incidents", source="APES")
    d.ev("On March 19, online news outlet Diario 1 journalist", "attack_or_threat",
         "2018-03-19", place="San Salvador")
    d.ev("Minister of Defense Munguia reportedly visited media offices", "other", Y,
         polarity="alleged")
    d.fig("costing media outlets as much as 20 percent", 20,
          "share of media revenues paid to gangs", "up to", unit="percent",
          source="observers")
    # t-conv16 settlement: N2 a negated act on access: no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y, polarity="negated")
    d.fig("reported 31 percent of the population used the internet in 2017", 31,
          "share of the population using the internet in 2017", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", PDDH, "PDDH")
    d.ent("organization", "National Civil Police", "PNC")
    d.ent("place", "Jiquilisco")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Constitutional Chamber of the Supreme Court", "Constitutional Chamber")
    d.ent("organization", "Legislative Assembly")
    d.fig("As of July 31, the PDDH received two complaints", 2,
          "complaints of restrictions on freedom of movement", source="PDDH")
    d.ev("Both cases involved subjects being detained without charge.", "detention_or_arrest",
         Y, polarity="alleged")
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ev("On July 13, the Constitutional Chamber of the Supreme Court ruled", "other",
         "2018-07-13")
    B = "As of July the PDDH reported 69 complaints of forced displacement"
    d.ev(B, "other", "2018-01", date_end="2018-05", source="PDDH")
    d.fig(B, 69, "complaints of forced displacement (January-May)", source="PDDH")
    d.fig("with 51 cases from San Salvador", 51, "forced displacement cases from San Salvador",
          source="PDDH")
    d.fig("As of October the government acknowledged that 1.1 percent", 1.1,
          "share of the population internally displaced", unit="percent", source="government")
    d.fig("UNHCR estimated there were 280,000 IDPs.", 280000, "internally displaced persons",
          "approximately", source="UNHCR")
    B = "As of July 31, four petitions had been submitted"
    d.fig(B, 4, "asylum petitions submitted")
    d.fig(B, 3, "asylum petitions denied")
    d.fig(B, 1, "asylum petitions under consideration")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", PDDH, "PDDH")
    d.ent("organization", "Legislative Assembly")
    d.ent("organization", "Office of the President", "CAPRES")
    d.prov("whose head is nominated by the Legislative Assembly for a three-year term",
           "time_limit", 3, "years", "three-year term", "term of the PDDH's head")
    d.ev("The PDDH faced threats, such as two robberies at its headquarters", "attack_or_threat",
         Y)
    d.fig("The PDDH faced threats, such as two robberies at its headquarters", 2,
          "robberies at the PDDH's headquarters")

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", "Attorney General's Office", "Attorney General Office")
    d.ent("organization", ORMUSA, "ORMUSA")
    d.ent("organization", "World Health Organization")
    d.ent("place", "Las Vueltas")
    d.ent("place", "Chalatenango")
    fine(d, "The penalty for rape is generally imprisonment for six to 10 years", 6, 10,
         "years", "six to 10 years", "rape")
    fine(d, "generally provides for sentences ranging from one to three years in prison", 1, 3,
         "years", "one to three years in prison", "domestic violence")
    B = "On July 31, the Salvadoran Organization of Women for Peace"
    d.ev(B, "report_published", "2018-07-31", source="ORMUSA")
    d.ev(B, "trial", "2016", date_end="2017", source="ORMUSA")
    d.fig(B, 5, "share of reported crimes against women that went to trial (2016-17)",
          unit="percent", source="ORMUSA")
    d.fig(B, 6326, "reported crimes against women (2016-17)", source="ORMUSA")
    d.ev("On July 4, police arrested a police commissioner", "detention_or_arrest",
         "2018-07-04")
    B = "the rate of cases involving violence against women was 5,999"
    d.fig(B, 5999, "rate of cases of violence against women", unit="per 100,000 inhabitants",
          source="World Health Organization")
    d.fig(B, 574, "women killed in 2015", source="World Health Organization")
    d.fig(B, 524, "women killed in 2016", source="World Health Organization")
    d.fig(B, 469, "women killed in 2017", source="World Health Organization")
    d.ev(B, "killing", "2015", source="World Health Organization")
    d.ev(B, "killing", "2016", source="World Health Organization")
    d.ev(B, "killing", "2017", source="World Health Organization")
    fine(d, "The law prohibits sexual harassment and provides imprisonment for five to eight",
         5, 8, "years", "five to eight years", "sexual harassment")
    d.ev("On September 24, media reported the sole female member", "other", "2018-09-24",
         source="media")
    d.ev("a colleague threatened to kill her", "attack_or_threat", Y, source="the officer")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    B = "The law establishes sentences of one to three years in prison for public"
    fine(d, B, 1, 3, "years", "one to three years in prison",
         "officials denying civil rights based on gender")
    d.prov(B, "penalty", 6, "months", "six months to two years",
           "employers discriminating against women")
    d.ev("On September 16, a labor union reported that a justice", "other", "2018-09-16",
         source="a labor union", place="Las Vueltas")

    # --- Section 6: children ---
    d.ent("place", "Juayua")
    d.ent("place", "Sonsonate")
    d.ent("organization", "Department of State")
    d.not_entity("National Health Survey",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    B = "The law requires parents to register a child within 15 days"
    d.prov(B, "time_limit", 15, "days", "within 15 days of birth", "birth registration")
    d.prov(B, "penalty", 2.85, "USD", "$2.85 fine", "late birth registration")
    fine(d, "three to 26 years’ imprisonment, depending on the nature", 3, 26, "years",
         "three to 26 years' imprisonment", "child abuse")
    d.ev("On November 15, police arrested a woman in Juayua", "detention_or_arrest",
         "2018-11-15", place="Juayua")
    B = "According to a 2016 National Health Survey, more than half"
    d.ev(B, "report_published", "2016")
    d.fig(B, 0.5, "share of households punishing children physically and psychologically",
          "more than")
    d.prov("The legal minimum age for marriage is 18.", "threshold", 18, "age", "18",
           "minimum age for marriage")
    fine(d, "Prison sentences for convicted traffickers stipulate imprisonment from six to 10",
         6, 10, "years", "from six to 10 years", "child sex trafficking")
    d.prov("The minimum age for consensual sex is 18.", "threshold", 18, "age", "18",
           "minimum age for consensual sex")
    B = "The law classifies statutory rape as sexual relations with anyone younger"
    d.prov(B, "threshold", 18, "age", "younger than age 18", "statutory rape")
    fine(d, B, 4, 13, "years", "four to 13 years' imprisonment", "statutory rape")
    d.prov("The law prohibits paying anyone younger than age 18 for sexual", "threshold", 18,
           "age", "younger than age 18", "paying minors for sexual services")
    d.prov("provides for prison sentences of up to 16 years for violations", "penalty", 16,
           "years", "up to 16 years", "child pornography")
    d.fig("The Jewish community totaled approximately 150 persons.", 150,
          "members of the Jewish community", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")

    # --- Section 6: disabilities, indigenous people, LGBTI, HIV ---
    d.ent("organization", CONAIPD, "CONAIPD")
    d.ent("organization", "National Civil Police", "PNC")
    d.ent("organization", "Ministry of Security and Justice")
    d.ent("organization", "Office of Secretariat for Social Inclusion")
    d.ent("organization", "Supreme Electoral Tribunal")
    d.ent("organization", "Entre Amigos")
    d.not_entity("Institutional Policy for the Protection of the LGBTI Community")
    d.prov("requiring businesses and nongovernment agencies to hire one person", "requirement",
           25, "hires", "every 25 hires",
           "hiring of persons with disabilities")
    d.ev("gangs pushed out of urban centers by police mounted incursions", "attack_or_threat",
         Y, source="community leaders")
    d.ev("They also reported gang members threatened their children", "attack_or_threat", Y,
         source="community leaders")
    B = "According to the 2007 census, the most recent for which"
    d.ev(B, "report_published", "2007")
    d.fig(B, 60, "indigenous groups (2007 census)")
    d.fig(B, 0.4, "share of citizens identifying as indigenous (2007 census)", unit="percent")
    d.ev("NGOs reported that public officials, including police, engaged in violence",
         "attack_or_threat", Y, source="NGOs")
    d.ev("the Attorney General’s Office harassed transgender and gay individuals",
         "attack_or_threat", Y, source="LGBTI community")
    B = "As of July 31, the PDDH reported eight accusations"
    d.fig(B, 8, "accusations by the LGBTI community", source="PDDH")
    d.fig(B, 5, "homicides of LGBTI persons accused", source="PDDH")
    d.fig(B, 1, "unauthorized search accused", source="PDDH")
    d.fig(B, 1, "harassment complaint", source="PDDH")
    d.ev("Activists also reported receiving death threats via social media", "attack_or_threat",
         Y, source="activists")
    d.ev("On April 16, the Ministry of Security and Justice led", "other", "2018-04-16")
    d.ev("In November 2017 the Supreme Electoral Tribunal announced guidelines", "other",
         "2017-11")
    d.fig("As of July 31, the PDDH reported four cases", 4,
          "discrimination cases against persons with HIV or AIDS", source="PDDH")

    # --- 7.a ---
    d.sec("7.a")
    d.ent("organization", "Ministry of Labor", "Labor Ministry")
    d.ent("place", "Conchagua")
    d.ent("organization", "Nationalist Republican Alliance", "ARENA")
    d.ent("organization", "Farabundo Marti Liberation Front", "FMLN")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Higher Labor Council")
    d.prov("including having a minimum membership of 35", "threshold", 35, "members", "35",
           "union registration")
    d.prov("the law prohibits any attempt to organize for up to six months", "prohibition", 6,
           "months", "up to six months", "organizing after a denied registration")
    d.ev("Labor unions accused the ministry of trying to block the registration",
         "registration_decision", Y, polarity="alleged", source="labor unions")
    B = "The law requires that 30 percent of all workers in an enterprise"
    d.prov(B, "threshold", 30, "percent", "30 percent", "legal strike")
    d.prov(B, "threshold", 51, "percent", "51 percent", "strike binding all workers")
    d.prov("the equivalent of 30 days of their basic salary for each year", "requirement", 30,
           "days", "30 days of their basic salary", "compensation for illegal dismissal")
    d.prov("The law specifies 30 reasons for which an employer can terminate", "right", 30,
           "reasons", "30 reasons", "termination without further responsibility")
    B = "As of July the Ministry of Labor had received 1,778 complaints"
    d.fig(B, 1778, "complaints of labor code violations", source="Ministry of Labor")
    d.fig(B, 565, "complaints of unpaid minimum wage", source="Ministry of Labor")
    fine(d, "ranged from 10 to 50 times the monthly minimum salary", 10, 50,
         "monthly minimum salaries", "10 to 50 times the minimum salary",
         "firing workers to undermine a union")
    fine(d, "The penalty for employers who interfere with the right to strike", 3000, 15000,
         "USD", "between $3,000 and $15,000", "interfering with the right to strike")
    d.fig("As of July the ministry had received 15 claims", 15,
          "claims of labor discrimination", source="Ministry of Labor")
    d.ev("On November 10, a court ordered a mayor in Conchagua", "other", "2018-11-10",
         place="Conchagua")
    # t-conv13: practice told in the simple past, no taxonomy verb, general object: no event (Settled 2026-12-11)
    d.ev("discussed the country for the fourth year in a row", "other", Y)

    # --- 7.b ---
    d.sec("7.b")
    d.prov("The labor code’s default fine of $57 per violation applied.", "penalty", 57, "USD",
           "$57 per violation", "forced labor")
    d.ev("The Ministry of Labor did not report on incidents of forced labor.",
         "report_published", Y, polarity="negated")

    # --- 7.c ---
    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The law prohibits the employment of children younger than age 14.", "threshold", 14,
           "age", "younger than age 14", "minimum age for employment")
    fine(d, "The law allows children between the ages of 14 and 18", 14, 18, "age",
         "between the ages of 14 and 18", "light work", norm="threshold")
    B = "The law prohibits children younger than age 16 from working more"
    d.prov(B, "threshold", 16, "age", "younger than age 16", "limits on working hours")
    d.prov(B, "prohibition", 6, "hours", "more than six hours per day", "children's daily work")
    d.prov(B, "prohibition", 34, "hours", "34 hours per week", "children's weekly work")
    d.prov(B, "threshold", 18, "age", "younger than age 18", "night and hazardous work")
    d.prov("working at heights above five feet", "prohibition", 5, "feet", "above five feet",
           "hazardous work for children")
    d.prov("Children age 16 and older may engage in light work", "threshold", 16, "age",
           "age 16 and older", "light work on plantations and in fishing")
    d.prov("The law specifies a default fine of no more than $60", "penalty", 60, "USD",
           "no more than $60", "child labor violations")
    B = "from January 2017 through May, officials conducted 1,440 child labor"
    d.ev(B, "investigation", "2017-01", date_end="2018-05", source="the ministry")
    d.fig(B, 1440, "child labor inspections", source="the ministry")
    d.fig(B, 18, "minors found working", source="the ministry")
    d.fig(B, 5, "minors found unauthorized to work", source="the ministry")
    B = "there were 140,700 children and adolescents working"
    d.fig(B, 140700, "working children and adolescents (September 2017)", source="the ministry")
    d.fig(B, 91257, "children in dangerous work in the informal sector", source="the ministry")

    # --- 7.d ---
    d.sec("7.d")
    d.not_entity("Vacations and Permits Law for Public Employees")
    d.ev("On January 30, the Legislative Assembly reformed the labor code", "law_or_decree",
         "2018-01-30")
    B = "on June 26, the Legislative Assembly reformed the labor code"
    d.ev(B, "law_or_decree", "2018-06-26")
    d.prov(B, "prohibition", 6, "months", "up to six months",
           "dismissing women back from maternity leave")

    # --- 7.e ---
    d.sec("7.e")
    d.not_entity("General Law on Risk Protection")
    B = "In January a major minimum wage increase went into effect"
    d.ev(B, "law_or_decree", "2018-01")
    d.fig(B, 40, "minimum wage increase for apparel assembly workers", "approximately",
          unit="percent")
    d.fig(B, 100, "minimum wage increase for coffee and sugar harvest workers", "more than",
          unit="percent")
    B = "After the increase the minimum daily wage was $10"
    d.fig(B, 10, "minimum daily wage (retail, service, industry)", unit="USD")
    d.fig(B, 9.84, "minimum daily wage (apparel assembly)", unit="USD")
    d.fig(B, 3.94, "minimum daily wage (agriculture)", unit="USD")
    B = "The government reported the poverty income level was $179.67"
    d.fig(B, 179.67, "monthly poverty income level (urban)", unit="USD", source="government")
    d.fig(B, 126.97, "monthly poverty income level (rural)", unit="USD", source="government")
    B = "The law sets a maximum normal workweek of 44 hours"
    d.prov(B, "prohibition", 44, "hours", "maximum normal workweek of 44 hours", "workweek")
    d.prov(B, "prohibition", 6, "days", "no more than six days", "workweek")
    d.prov(B, "prohibition", 8, "hours", "no more than eight hours per day", "workday")
    d.prov("receive pay for an eight-hour day of rest", "right", 8, "hours",
           "an eight-hour day of rest", "paid weekly rest")
    d.prov("and 15 days of paid annual leave", "right", 15, "days", "15 days of paid annual leave",
           "annual leave")
    d.prov("Employers who violate most labor laws could receive a default fine", "penalty", 57,
           "USD", "no more than $57", "labor law violations")
    d.ev("The government provided its inspectors updated training", "other", Y)
    B = "As of June the ministry conducted 13,315 inspections"
    d.fig(B, 13315, "labor inspections", source="the ministry")
    d.fig(B, 3857, "follow-up inspections", source="the ministry")
    d.fig(B, 777000, "fines levied against businesses", unit="USD", source="the ministry")
    B = "As of July the Ministry of Labor reported 5,199 workplace accidents."
    d.fig(B, 5199, "workplace accidents", source="Ministry of Labor")
    B = "These included 2,609 accidents in the services sector"
    d.fig(B, 2609, "workplace accidents in the services sector", source="Ministry of Labor")
    d.fig(B, 1859, "workplace accidents in the industrial sector", source="Ministry of Labor")
    d.fig(B, 620, "workplace accidents in the commercial sector", source="Ministry of Labor")
    d.fig(B, 111, "workplace accidents in the agricultural sector", source="Ministry of Labor")
    d.ev("The ministry did not report any deaths from workplace-related accidents.",
         "report_published", Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def el_salvador() -> CollectionDevDoc:
    d = CollectionDevDoc("2018_el-salvador", FILE, 2018, {g: ALL_PARTS[g] for g in DONE})
    # In order of annotation; an entity is declared by each part that names it.
    for group in DONE:
        PART_BUILDERS[group](d)
    return d


DOCS = {"2018_el-salvador": el_salvador}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
