"""Build the hand-made TEST gold file for Chile 2022 (a page of the public collection).

``2022_chile.jsonl`` annotates ``html/2022/chile.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2022/chile.html`` by ``scripts/collection.sh``: the 2022
edition, classic seven-section layout. Split ``test`` (nobody tunes on it; only aggregates are
read), annotated blind (round t-gold35, 2026-12-31) with the method of
``build_whole_gold_croatia2019.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence by the written rules of
docs/EVALUATION.md before the system was ever run on the page; the script only turns the decisions
into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor occurring once in
the document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_chile2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_chile2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_chile.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2022/chile.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

CARAB = "Carabineros"
PDI = "Investigative Police"
INDH = "National Institute of Human Rights"
MOI = "Ministry of the Interior and Public Security"
PPO = "Public Prosecutor’s Office"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", "Chile")
    d.ent("organization", CARAB)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("person", "Gabriel Boric", "Boric")
    d.ent("organization", "Constitutional Convention")
    d.ent("organization", PDI, "PDI")
    d.ent("organization", MOI)
    # the election with the observers' verdict in its own sentence: one record, the election
    d.ev("In November 2021, the country held presidential elections", "election_or_referendum",
         "2021-11")
    B = "In December 2021, President-elect Gabriel Boric won a runoff election"
    d.ev(B, "election_or_referendum", "2021-12")
    d.ev(B, "other", "2022-03-11")  # "on March 11, assumed office": a date of its own
    # a draft constitution presented (a bill drafted or introduced is other)
    d.ev("On July 4, a Constitutional Convention presented the text", "other", "2022-07-04")
    B = "On September 4, 62 percent of the voters voted to reject"
    d.ev(B, "election_or_referendum", "2022-09-04")
    d.fig(B, 62, "percent of voters rejecting the proposed constitution", unit="percent")
    d.ev("There were reports members of the security forces committed abuses.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    # "took steps to identify, investigate, …": typed by the first step that names a type
    d.ev("The government took steps to identify, investigate, prosecute", "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("organization", PDI, "PDI")
    # the Public Ministry named three ways in the report: one body
    d.ent("organization", PPO, "National Prosecutor’s Office", "Prosecutor’s Office")
    d.ent("organization", "Supreme Court")
    d.ent("organization", INDH, "INDH")
    d.ent("place", "Rancagua")
    d.ent("place", "San Fernando")
    d.ent("place", "O’Higgins Region")
    d.ev("There were isolated reports that the government or its agents committed", "killing",
         Y, polarity="alleged")
    # a standing function with a taxonomy verb on a class of matters (N3): the year
    d.ev("investigated whether security force killings were justifiable", "investigation", Y)
    # a court upholding the dismissal of a charge: acquittal; the killing cited with its month
    B = "On January 25, the Supreme Court upheld a lower court decision"
    d.ev(B, "acquittal", "2022-01-25")
    d.ev(B, "killing", "2021-02")
    # the arrest and the death after it share the one date expression: one record
    d.ev("On June 20, Carabineros arrested a man in Rancagua", "detention_or_arrest",
         "2022-06-20")
    d.ev("The PDI investigated potential police involvement in the death.", "investigation", Y)
    B = "On July 30, prosecutors charged three Carabineros for abuse"
    d.ev(B, "charge", "2022-07-30")
    d.ev(B, "death_in_custody", "2021-10")  # "the October 2021 death" (a noun with its date)
    d.fig(B, 3, "Carabineros officers charged over a death in custody")
    # the October 2021 death retold (the same occurrence, the same man), alleged, its source
    d.ev("Carabineros allegedly choked the man and left him unconscious", "torture_or_abuse",
         "2021-10", polarity="alleged", source=INDH)
    d.ev("placed one officer in pretrial detention in October 2021", "charge", "2021-10")
    d.ev("Officials dismissed a fourth officer.", "dismissal", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.not_entity("Adolescent Life Residence")  # a facility
    d.ent("organization", "San Bernardo Criminal Court")
    d.ent("person", "Fabiola Campillai Rojas")
    d.ent("place", "Canela")
    d.ent("place", "Coquimbo Region")
    d.ent("place", "Araucania Region")
    # "occasional reports of": a frequency word on the reports, no event
    B = "On February 14, the INDH filed a criminal complaint"
    # a criminal complaint filed by a body that is no prosecutor: other (2023 Comoros, dev)
    d.ev(B, "other", "2022-02-14", source=INDH)
    # the attack on the adolescents, dated by its clause of time (a January 3 call)
    d.ev(B, "torture_or_abuse", "2022-01-03")
    d.fig(B, 3, "adolescents attacked by Carabineros")
    d.ev("On March 23, prosecutors accused a Carabineros sergeant", "charge", "2022-03-23")
    d.ev("In April 2021, the sergeant allegedly beat a detained man", "torture_or_abuse",
         "2021-04", polarity="alleged")
    # a measure on one person (a travel ban), no date: other of the year
    d.ev("The sergeant was prohibited from leaving the country", "other", Y)
    B = "the case regarding 10 members of the army charged with torture was open"
    d.fig(B, 10, "army members charged with torture")
    d.fig(B, 2, "soldiers in pretrial detention")
    d.fig(B, 8, "soldiers under house arrest")
    # a specific occurrence told without a date (the curfew named without its date): the year
    B = "During the COVID-19 curfew, the soldiers allegedly detained and bound five persons"
    d.ev(B, "detention_or_arrest", Y, polarity="alleged")
    d.fig(B, 5, "persons detained, bound and beaten by soldiers")
    B = "On September 1, the San Bernardo Criminal Court convicted"
    d.ev(B, "conviction_or_sentence", "2022-09-01")
    d.ev(B, "attack_or_threat", "2019")  # the tear gas canister fired at a protest in 2019
    d.fig("approximately 50 percent of prisons operating beyond maximum capacity", 50,
          "percent of prisons beyond maximum capacity", "approximately", unit="percent")
    # a standing function with a taxonomy verb (N3)
    d.ev("Prisoner and human rights groups investigated alleged abuse", "investigation", Y)
    # the request is a call about protocols (S5, no event); the April 7 occurrence is an event
    d.ev("INDH attorneys requested the prison service review", "torture_or_abuse", "2022-04-07")
    d.ev("In September 2021, prosecutors accused a prison guard", "charge", "2021-09")
    d.ev("generally investigated credible allegations of mistreatment", "investigation", Y)

    d.sec("1.d")
    d.prov("within 24 hours of arrest", "time_limit", 24, "hours", "within 24 hours")
    B = "On August 11, a criminal court convicted two Carabineros officers"
    d.ev(B, "conviction_or_sentence", "2022-08-11")
    d.ev(B, "torture_or_abuse", "2019")  # the beating and abandonment in 2019
    d.fig(B, 2, "Carabineros officers convicted of illegal detention")
    d.ent("place", "Negrete")

    d.sec("1.e")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ent("organization", "Inter-American Court of Human Rights")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("person", "Francisca Sandoval", "Sandoval")
    d.ent("organization", "Canal Senal 3 La Victoria")
    d.ent("place", "Barrio Meiggs")
    d.ent("place", "Santiago")
    d.ent("person", "Francisca Benavides Vera")
    d.ent("place", "Arica")
    # the death from a shooting at the demonstration: one date expression, one record
    d.ev("On May 1, journalist Francisca Sandoval died from injuries", "killing", "2022-05-01")
    # what media reported, a source of its own: the report year (settled 2026-12-13)
    d.ev("Media reported Sandoval was intentionally targeted", "attack_or_threat", Y,
         source="media")
    # a later step of another kind: the year
    d.ev("Police arrested the suspected shooter", "detention_or_arrest", Y)
    # a count of occurrences up to an as-of date: an event of the year
    B = "only two of nearly 300 recent cases of reported aggression"
    d.ev(B, "charge", Y)
    d.fig(B, 2, "cases of aggression towards journalists that led to formal charges")
    d.fig(B, 300, "cases of aggression against journalists", "approximately")
    d.ev("There were no reported cases during the year.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("In September 2021, prosecutors charged Francisca Benavides Vera", "charge", "2021-09")
    # the "no credible reports" clause keeps its own negated event (N1)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("person", "Gabriel Boric", "Boric")
    d.ent("organization", "Constitutional Convention")
    d.ev("In November 2021, the country held concurrent presidential", "election_or_referendum",
         "2021-11")
    B = "In December 2021, in free and fair elections, voters chose Gabriel Boric"
    d.ev(B, "election_or_referendum", "2021-12")
    d.ev(B, "other", "2022-03-11")  # "on March 11, he took office"
    d.ev("On July 4, the Constitutional Convention presented the text", "other", "2022-07-04")
    B = "On September 4, 62 percent of the voters rejected the proposed constitution"
    d.ev(B, "election_or_referendum", "2022-09-04")
    d.fig(B, 62, "percent of voters rejecting the proposed constitution", unit="percent")
    d.fig(B, 85, "turnout of eligible voters", "more than", unit="percent")

    d.sec("4")
    d.ent("person", "Miguel Angel Aguilera")
    d.ent("place", "San Ramon")
    d.ent("person", "Juan Miguel Fuente-Alba", "Fuente-Alba")
    d.ent("organization", PPO, "National Prosecutor’s Office", "Prosecutor’s Office")
    d.ent("person", "Karen Rojo")
    d.ent("place", "Antofagasta")
    d.ev("There were isolated reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    # the house arrest "as of September" is a state; the accusation has its own month
    d.ev("In July 2021, he was accused of repeated bribery", "charge", "2021-07")
    # a taxonomy verb in the simple past, no date: a summary statement of the year
    d.ev("Prosecutors brought charges against former army officials", "charge", Y)
    # a hearing scheduled for a day: the hearing, that day
    d.ev("A hearing for the preparation of an oral trial was scheduled", "trial", "2022-11-16")
    # a prosecutor's motion seeking a sentence: the accusation (charge); no date: the year
    d.ev("also filed a motion seeking a 10-year sentence", "charge", Y)
    d.ev("In an August 2021 pretrial hearing, prosecutors requested", "charge", "2021-08")
    d.ev("On July 13, the Prosecutor’s Office confirmed the arrest of Karen Rojo",
         "detention_or_arrest", "2022-07-13", source="Prosecutor’s Office")


# =========================================================================================
# Sections 5, 6 and 7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)
    _section_5(d)
    _section_6_women(d)
    _section_6_groups(d)
    _section_6_children(d)
    _section_6_others(d)
    _section_7_unions(d)
    _section_7_conditions(d)


def _section_5(d: CollectionTestDoc) -> None:
    d.sec("5")
    d.ent("organization", INDH, "INDH")
    d.ent("organization", "Senate")
    d.ent("organization", "Chamber of Deputies")
    # the main clause is a state; "the 2019-20 civil unrest" names an occurrence with its years
    d.ev("including multiple investigations into abuses during the 2019-20 civil unrest",
         "protest", "2019", "year", date_end="2020")
    # "issued … an annual report": one publication of the year
    d.ev("issued public statements and an annual report", "report_published", Y, source=INDH)


def _section_6_women(d: CollectionTestDoc) -> None:
    d.sec("6")
    d.ent("organization", "Ministry of Women and Gender Equality")
    d.ent("place", "Puerto Saavedra")
    d.ent("place", "Araucania Region")
    d.ent("person", "Irma Curiñanco Carrera")
    d.ent("place", "La Cisterna")
    d.ent("place", "Santiago Metropolitan Region")
    d.ent("organization", "National Health Service")
    d.ent("organization", "National Service for Women and Gender Equality")
    d.prov("Penalties for conviction of rape range from five to 15 years", "penalty", 5, "years",
           "five to 15 years’ imprisonment", value_end=15)
    d.prov("range from 61 days’ to 15 years’ imprisonment", "penalty", 61, "days",
           "61 days’ to 15 years’ imprisonment")  # units differ: no value_end (as 2019 Ecuador)
    B = "penalties range from 15 years to life in prison"
    d.prov(B, "penalty", 15, "years", "15 years")
    d.prov(B, "penalty", None, None, "life in prison")
    # found with stab wounds (the sentence does not say killed): other, its day
    d.ev("Irma Curiñanco Carrera was found on the street", "other", "2022-06-03")
    d.ev("Police arrested her former partner.", "detention_or_arrest", Y)
    d.ev("A restraining order prohibiting him from approaching the victim had expired",
         "other", "2022-04")
    d.ev("The man was placed in pretrial detention.", "detention_or_arrest", Y)
    # "accused of raping": the act, alleged (sexual violence outside custody: torture_or_abuse)
    B = "On July 25, three off-duty Carabineros officers were accused of raping"
    d.ev(B, "torture_or_abuse", "2022-07-25", polarity="alleged")
    d.fig(B, 3, "off-duty Carabineros officers accused of rape")
    B = "prosecutors pursued criminal charges against two of the three officers"
    d.ev(B, "dismissal", Y)
    d.fig(B, 2, "officers charged")
    d.fig(B, 3, "officers accused")
    d.prov("if they worked at least one year with the employer", "threshold", 1, "years",
           "at least one year")
    d.prov("penalties for conviction range from 61 days’ to five years’ imprisonment and fines",
           "penalty", 61, "days", "61 days’ to five years’ imprisonment")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("one-third of women were paid less than men, according to", 1 / 3,
          "share of women paid less than men", unit="share")


def _section_6_groups(d: CollectionTestDoc) -> None:
    d.ent("place", "Iquique")
    # trainings given, told in the simple past (the campaigns rule)
    d.ev("The government implemented training programs for public officials", "other", Y)
    B = "In September 2021, and in January, several thousand citizens"
    d.ev(B, "protest", "2021-09")
    d.ev(B, "protest", "2022-01")
    d.fig("The law recognizes nine Indigenous groups in the country", 9,
          "Indigenous groups recognized by law")
    d.ev("There were reports of incidents in which Indigenous persons were attacked",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("There were reports of police abuse of Mapuche individuals", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("There were no reports that birth registration was denied", "other", Y,
         polarity="negated")


def _section_6_children(d: CollectionTestDoc) -> None:
    d.ent("organization", "National Service for Minors", "SENAME")
    d.ent("person", "Lisette Villa")
    d.ent("organization", "Santiago Appellate Court")
    d.ent("place", "Valparaiso")
    d.ent("place", "Santiago")
    d.ent("organization", "My Lawyer Program")
    d.ent("organization", "Judicial Assistance Corporation")
    d.ent("organization", "Better Childhood")
    d.prov("requiring direct and habitual contact with children younger than age 18",
           "threshold", 18, "age", "younger than age 18")
    B = "In November 2021, a judge found two shelter workers"
    d.ev(B, "conviction_or_sentence", "2021-11")
    d.ev(B, "death_in_custody", "2016")  # the death of a child in state care, in 2016
    d.fig(B, 2, "shelter workers convicted")
    d.ev("In April, the Santiago Appellate Court confirmed the sentence",
         "conviction_or_sentence", "2022-04")
    B = "The legal minimum age of marriage is 18 (16 with parental consent)."
    d.prov(B, "threshold", 18, "age", "18")
    d.prov(B, "threshold", 16, "age", "16 with parental consent")
    d.prov("prescribes penalties ranging from five years to 20 years in prison", "penalty", 5,
           "years", "five years to 20 years in prison", value_end=20)
    d.prov("automatic parole for any sentence of less than five years", "threshold", 5,
           "years", "less than five years’ confinement")
    d.prov("Sexual relations with children ages 14 to 17 may be considered", "threshold", 14,
           "age", "ages 14 to 17", value_end=17)
    d.prov("Sex with a child younger than age 14 is considered rape", "threshold", 14, "age",
           "younger than age 14")
    d.prov("Penalties for conviction of statutory rape range from five to 20 years", "penalty",
           5, "years", "five to 20 years in prison", value_end=20)
    d.prov("Penalties for conviction of producing child pornography range from 541 days",
           "penalty", 541, "days", "541 days to five years in prison")
    # "the 2017 death … in SENAME custody": a death cited with its year
    d.ev("after investigations of the 2017 death of an age 11 child", "death_in_custody",
         "2017")
    d.ev("The first family-style residences opened in 2019", "other", "2019")
    # "Better Childhood (which replaced SENAME in 2021)": a change cited with its year
    d.ev("filed numerous complaints in prior years regarding", "other", "2021")
    # officials reporting (denouncing) a case: the occurrence, its month
    d.ev("In March, officials denounced a case of sexual exploitation", "torture_or_abuse",
         "2022-03", source="officials")


def _section_6_others(d: CollectionTestDoc) -> None:
    d.ent("organization", "Las Ultimas Noticias")
    d.ent("organization", "Arbol Verde")
    d.ent("person", "Gerardo Gordischer")
    d.ent("organization", "Jewish Community of Chile")
    d.ent("person", "Gabriel Boric", "Boric")
    d.ent("person", "Gil Artzeyli")
    d.ent("organization", "Ministry of Foreign Relations")
    d.ent("organization", "Israeli Army")
    d.ent("organization", "Department of State")
    d.not_entity("Trafficking in Persons Report")
    d.ent("person", "Jaime Vergara")
    d.ent("place", "Quillota")
    d.ent("organization", "Homosexual Integration and Liberation Movement", "MOVILH")
    d.ent("organization", "Civil Registry and Identification Service")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", "Chilean Medical Association")
    d.ent("organization", "Labor Directorate", "Directorate of Labor")
    d.ent("organization", "Ministry of Labor")
    d.ent("place", "Arica and Parinacota Region")
    B = "The Jewish community was approximately 18,000 persons"
    d.fig(B, 18000, "members of the Jewish community", "approximately")
    d.fig(B, 60000, "persons of Jewish ancestry", "approximately")
    # the increase is undated (a trend); "the July 11 publication" is an occurrence of its day
    d.ev("including the July 11 publication of a racist internet meme", "attack_or_threat",
         "2022-07-11", source="Jewish community")
    # the statement of an increase is a trend; "September 15 refusal" names an occurrence
    d.ev("Gerardo Gordischer, president of the Jewish Community of Chile", "other", "2022-09-15")
    d.ev("The refusal was due to what the Ministry of Foreign Relations called", "other",
         "2022-09-15")
    d.ev("On July 30, chef Jaime Vergara was found dead", "other", "2022-07-30")
    d.ev("The alleged perpetrator was arrested and placed in pretrial detention.",
         "detention_or_arrest", Y)
    B = "In March the Homosexual Integration and Liberation Movement (MOVILH) reported"
    d.ev(B, "report_published", "2022-03", source="MOVILH")
    d.ev(B, "attack_or_threat", "2021", source="MOVILH")  # the reports received in 2021
    d.fig(B, 1114, "reports of violence or discrimination received in 2021", source="MOVILH")
    d.fig(B, 12, "percent decrease compared with 2020", unit="percent", source="MOVILH")
    B = "The cases included three killings, police abuse"
    d.ev(B, "killing", "2021", source="MOVILH")
    d.fig(B, 3, "killings among the 2021 cases", source="MOVILH")
    d.ev("On March 10, the 2021 Marriage Equality Act went into effect", "law_or_decree",
         "2022-03-10")
    d.prov("The law grants transgender citizens age 14 and older", "threshold", 14, "age",
           "age 14 and older")
    B = "For individuals age 18 and older, the process involves"
    d.prov(B, "threshold", 18, "age", "age 18 and older")
    d.prov(B, "threshold", 14, "age", "age 14 to 17", value_end=17)


def _section_7_unions(d: CollectionTestDoc) -> None:
    d.sec("7")
    d.ent("organization", "Superintendence of Securities and Insurance")
    d.ent("organization", "Defense Ministry")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("within 30 days of the date when the information becomes available", "time_limit",
           30, "days", "within 30 days")
    d.prov("provided they represent workers at employers having 50 or more employees",
           "threshold", 50, "employees", "50 or more employees")
    d.prov("(i.e., with fewer than 50 workers)", "threshold", 50, "workers", "fewer than 50")
    d.prov("received more than 50 percent of its funding from the state", "threshold", 50,
           "percent", "more than 50 percent")
    B = "For all public agencies and for private employers with 100 or more employees"
    d.prov(B, "threshold", 100, "employees", "100 or more employees")
    d.prov(B, "requirement", 1, "percent", "1 percent of jobs")
    # complaints counted over a stated period (2021): an event of that period
    B = "the Directorate of Labor received 593 such cases in 2021"
    d.ev(B, "other", "2021", source="Labor Directorate")
    d.fig(B, 593, "sexual harassment cases received in 2021")
    B = "One-third of women were paid less than men, with women earning"
    d.fig(B, 1 / 3, "share of women paid less than men", unit="share")
    d.fig(B, 12.5, "percent women earned less than men on average", unit="percent")
    d.fig(B, 50, "percent less at higher levels", "up to", unit="percent")


def _section_7_conditions(d: CollectionTestDoc) -> None:
    d.ent("organization", "National Service for Geology and Mines")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "Statistics National Institute")
    d.ent("organization", "Ministry of Social Development and Family")
    B = "The law sets the legal workweek at six days or 45 hours."
    d.prov(B, "prohibition", 6, "days", "six days")
    d.prov(B, "prohibition", 45, "hours", "45 hours")
    B = "The maximum workday is 10 hours (including two hours of overtime pay)."
    d.prov(B, "prohibition", 10, "hours", "10 hours")
    d.prov(B, "prohibition", 2, "hours", "two hours of overtime")
    d.prov("The law mandates at least one 24-hour rest period", "right", 24, "hours",
           "one 24-hour rest period")
    B = "Annual leave for full-time workers is 15 workdays"
    d.prov(B, "right", 15, "days", "15 workdays")
    d.prov(B, "threshold", 10, "years", "more than 10 years of service")
    d.prov(B, "right", 3, "years", "every three years worked")
    d.prov("Overtime is any time worked beyond the 45-hour workweek", "threshold", 45, "hours",
           "45-hour workweek")
    d.fig("the Labor Directorate had 467 inspectors", 467, "labor inspectors")
    # a survey labelled by its months: a publication of that period
    B = "An April-June survey by the Statistics National Institute revealed"
    d.ev(B, "report_published", "2022-04", "month", date_end="2022-06",
         source="Statistics National Institute")
    d.fig(B, 27.1, "percent of total employment that was informal", unit="percent")
    d.fig(B, 1.1, "percentage point increase in informal employment from 2021",
          unit="percentage points")
    B = "The largest sectors with informal workers included"
    d.fig(B, 51.9, "percent informal among agricultural and fishery workers", unit="percent")
    d.fig(B, 44.3, "percent informal among craft and trade workers", unit="percent")
    d.fig(B, 37.3, "percent informal in elementary occupations", unit="percent")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def chile2022() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2022_chile", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_chile": chile2022}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
