"""Build the hand-made DEV gold file for Ecuador 2019 (a page of the public collection).

``2019_ecuador.jsonl`` annotates ``html/2019/ecuador.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/ecuador.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_ecuador2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_ecuador2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_ecuador.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/ecuador.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

MORENO = "Lenin Moreno"
PROSECUTOR = "Public Prosecutor’s Office"
NCEPN = "National Council for the Equality of Peoples and Nationalities"
CONAIE = "Confederation of Indigenous Nationalities of Ecuador"
MOL = "Ministry of Labor"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("person", MORENO, "Moreno")
    d.ent("organization", "Ombudsman’s Office")
    d.ent("organization", "Transparency and Social Control Branch")
    d.ent("organization", PROSECUTOR, "Office of the Public Prosecutor")
    d.ent("person", "Cecilia Chacon")
    d.ent("organization", "Human Rights Secretariat")
    d.ev("In 2017 President Moreno issued Decree 193 to replace Decrees", "law_or_decree",
         "2017")
    d.ev("On July 3, President Moreno appointed Cecilia Chacon as head", "other", "2019-07-03")
    d.ev("that was dissolved by Executive Decree 560 issued in November 2018", "law_or_decree",
         "2018-11")

    d.sec("6")
    d.ent("organization", "Alianza Mapeo")
    d.ent("organization", "Latin American Association for Alternative Development")
    d.ent("organization", "Ministry of Social and Economic Inclusion")
    d.ent("organization", "National Technical Secretariat for Equality and Development")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "UNESCO")
    d.ent("organization", "Plan International")
    d.ent("organization", "Department of State")
    d.ent("place", "Quito")
    d.ent("place", "Guayaquil")
    d.ent("organization", "Attorney General’s Office", "Office of the Attorney General")
    d.ent("organization", "National Council on Disability Equality")
    d.ent("organization", "El Telegrafo")
    d.ent("organization", NCEPN, "National Council on the Equality of Peoples and Nationalities")
    d.ent("organization", CONAIE, "CONAIE")
    d.ent("organization", "Amnesty International")
    d.ent("person", "Patricia Gualinga")
    d.ent("person", "Nema Grefa")
    d.ent("person", "Salome Aranda")
    d.ent("person", "Margoth Escobar")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Office of the Civil Registry", "Civil Registry")
    d.ent("organization", "Equidad")
    d.not_entity("Lifetime Plan", "Yasuni National Park",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "Findings on the Worst Forms of Child Labor")
    d.prov("Rape is punishable with penalties of up to 22 years in prison.", "penalty", 22,
           "years", "up to 22 years in prison", "rape")
    d.prov("The penalty for rape where death occurred is 22 to 26 years", "penalty", 22,
           "years", "22 to 26 years’ imprisonment", "rape where death occurred", value_end=26)
    d.prov("Domestic violence is punishable with penalties ranging from four days", "penalty",
           4, "days", "from four days to seven years in prison", "domestic violence")
    d.prov("Domestic violence is punishable with penalties ranging from four days", "penalty",
           350, "USD", "from $350 to $5,300", "domestic violence", value_end=5300)
    d.ev("A 2018 law provides reparation to victims of gender-based violence", "law_or_decree",
         "2018")
    d.ev("Alianza Mapeo reported 62 femicides countrywide as of August 8.", "killing", Y,
         source="Alianza Mapeo")
    d.fig("Alianza Mapeo reported 62 femicides countrywide as of August 8.", 62,
          "femicides countrywide", source="Alianza Mapeo")
    d.fig("Of the femicides, 60 percent were committed by a spouse", 60,
          "share of femicides committed by a spouse or partner", unit="percent",
          source="Alianza Mapeo")
    d.ev("one minor was also killed", "killing", Y)
    d.fig("one minor was also killed", 1, "minors killed in femicides")
    d.ev("On March 9, government officials launched a mobile application", "other",
         "2019-03-09")
    d.prov("The law criminalizes sexual harassment and provides for penalties of one",
           "penalty", 1, "years", "one to five years in prison", "sexual harassment",
           value_end=5)
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.ev("On March 7, the National Technical Secretariat for Equality", "other", "2019-03-07",
         source="National Technical Secretariat for Equality and Development")
    d.fig("On March 7, the National Technical Secretariat for Equality", 20,
          "difference in men's and women's average monthly income", unit="percent",
          source="National Technical Secretariat for Equality and Development")
    d.prov("provides penalties of 30 days to 26 years in prison", "penalty", 30, "days",
           "30 days to 26 years in prison", "child abuse")
    d.ev("According to the Office of the Public Prosecutor in May", "report_published",
         "2019-05", source=PROSECUTOR)
    d.fig("According to the Office of the Public Prosecutor in May", 6,
          "rape victims who were children (numerator)", "approximately", source=PROSECUTOR)
    d.fig("According to the Office of the Public Prosecutor in May", 10,
          "rape victims who were children (denominator)", source=PROSECUTOR)
    d.ev("Media reported in June that approximately 16 percent", "report_published", "2019-06",
         source="media")
    d.fig("Media reported in June that approximately 16 percent", 16,
          "share of sex-crime complaints against minors", "approximately", unit="percent",
          source="media")
    d.fig("Media reported in June that approximately 16 percent", 7977,
          "sex-crime complaints tracked since 2014", source="media")
    d.fig("Teachers or school staff were alleged as perpetrators in 25 percent", 25,
          "share of complaints against teachers or school staff", unit="percent")
    d.ev("Throughout the year the Ministry of Education sent officials to investigate",
         "investigation", Y)
    d.fig("According to UNESCO statistics reported by media outlets, 23 percent", 23,
          "share of children who suffered bullying in 2018", unit="percent", source="UNESCO")
    d.fig("According to UNESCO statistics reported by media outlets, 23 percent", 7,
          "share of children who suffered cyberbullying in 2018", unit="percent",
          source="UNESCO")
    d.prov("The legal age of marriage is 18.", "threshold", 18, "age", "18",
           "legal age of marriage")
    d.prov("The age of consent is 14.", "threshold", 14, "age", "14", "age of consent")
    d.prov("including child pornography, with penalties of 22 to 26 years", "penalty", 22,
           "years", "22 to 26 years’ imprisonment", "sexual exploitation of children",
           value_end=26)
    d.prov("The penalty for sex trafficking for the purposes of commercial sexual", "penalty",
           13, "years", "13 to 16 years in prison", "child sex trafficking", value_end=16)
    d.prov("The penalty for sex trafficking for the purposes of commercial sexual", "threshold",
           18, "age", "younger than age 18", "child sex trafficking")
    d.fig("including an estimated 250 families in Quito and 82 families", 250,
          "Jewish families in Quito", "approximately")
    d.fig("including an estimated 250 families in Quito and 82 families", 82,
          "Jewish families in Guayaquil", "approximately")
    d.ev("Jewish community members in Quito reported an online threat", "attack_or_threat",
         "2019-05", place="Quito")
    d.ev("An unknown perpetrator painted a swastika in a Quito school", "attack_or_threat",
         "2019-06", place="Quito")
    d.ev("In 2017 the president broadened the defined legal recognition", "other", "2017")
    d.fig("Media reported that 1,171 persons with disabilities attended", 1171,
          "persons with disabilities in higher education in 2018", source="media")
    d.fig("Media reported that 1,171 persons with disabilities attended", 1,
          "share of the student population with disabilities", "fewer than", unit="percent",
          source="media")
    d.ev("A March 18 article in El Telegrafo reported persons", "report_published",
         "2019-03-18", source="El Telegrafo")
    d.fig("El Telegrafo also reported the government spent nearly $200 million", 200000000,
          "spending on assistance programs for persons with disabilities", "approximately",
          unit="USD", source="El Telegrafo")
    d.prov("requires that 4 percent of employees in all public and private", "requirement", 4,
           "percent", "4 percent of employees", "employment of persons with disabilities")
    d.prov("requires that 4 percent of employees in all public and private", "threshold", 25,
           "employees", "more than 25 employees", "employment of persons with disabilities")
    d.ev("In 2009 the government began implementing a national plan", "other", "2009")
    d.ev("On March 1, the National Council for the Equality of Peoples", "report_published",
         "2019-03-01", source=NCEPN)
    d.ev("approximately 7 percent of the population according to census in 2010",
         "report_published", "2010")
    d.fig("approximately 7 percent of the population according to census in 2010", 7,
          "Afro-Ecuadorian share of the population", "approximately", unit="percent")
    d.ev("reported in February that racial minority groups had less access",
         "report_published", "2019-02", source=NCEPN)
    d.ev("During the February 2018 national referendum, voters approved two",
         "election_or_referendum", "2018-02")
    d.fig("During the February 2018 national referendum, voters approved two", 2,
          "constitutional amendments approved in the 2018 referendum")
    d.ev("announced its withdrawal from the dialogue initiated with the Moreno", "other",
         "2019-08-24", source=CONAIE)
    d.ev("announced its withdrawal from the dialogue initiated with the Moreno", "other",
         "2017")
    d.ev("reported in 2018 that almost 23 percent of indigenous women", "report_published",
         "2018", source=NCEPN)
    d.fig("reported in 2018 that almost 23 percent of indigenous women", 23,
          "share of indigenous women underemployed", "approximately", unit="percent",
          source=NCEPN)
    d.fig("reported in 2018 that almost 23 percent of indigenous women", 36,
          "share of indigenous women illiterate", unit="percent", source=NCEPN)
    d.ev("On April 30, an Amnesty International report faulted the government",
         "report_published", "2019-04-30", source="Amnesty International")
    d.ev("On April 30, an Amnesty International report faulted the government",
         "attack_or_threat", "2018", source="Amnesty International")
    d.ev("A June 12 Constitutional Court decision to legalize same-sex marriage", "other",
         "2019-06-12")
    d.ev("A June 12 Constitutional Court decision to legalize same-sex marriage",
         "law_or_decree", "2019-07-08")
    d.ev("The court rewrote Article 81 of the civil code", "other", Y)
    d.ev("On July 30, an LGBTI nonprofit organization reported a transgender",
         "report_published", "2019-07-30", source="LGBTI nonprofit organization")
    d.ev("On July 30, an LGBTI nonprofit organization reported a transgender", "other", "2017",
         source="LGBTI nonprofit organization")
    d.fig("On July 30, an LGBTI nonprofit organization reported a transgender", 15,
          "schools that denied enrollment to a transgender minor")
    d.ev("The minor’s parents filed a lawsuit requesting that officials", "other", Y)
    d.ev("The Office of the Civil Registry allowed changes on her identity card",
         "registration_decision", "2018-11")
    d.ev("The nonprofit Equidad reported the parents then filed an inquiry", "other", Y,
         source="Equidad")
    d.prov("The law prohibits LGBTI persons younger than 18 to change gender", "threshold", 18,
           "age", "younger than 18", "change of gender on identity documents")

    d.sec("7.a")
    d.ent("organization", "El Comercio")
    d.ent("organization", MOL)
    d.ent("organization", "Labor Inspection Office")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Confederation of Public Servants")
    d.ev("According to an April 29 El Comercio article, the number", "report_published",
         "2019-04-29", source="El Comercio")
    d.fig("According to an April 29 El Comercio article, the number", 32,
          "increase in registered unions since 2013", unit="percent", source="El Comercio")
    d.prov("face a fine of one year’s annual salary for each individual", "penalty", 1, "years",
           "one year’s annual salary", "dismissal for union activity")
    d.prov("The law requires a minimum of 30 workers for the creation", "threshold", 30,
           "workers", "a minimum of 30 workers", "creation of a union")
    d.ev("In 2018 the Ministry of Labor authorized, through ministerial resolutions",
         "law_or_decree", "2018")
    d.fig("In 2018 the Ministry of Labor authorized, through ministerial resolutions", 8,
          "new types of labor contracts")
    d.prov("conduct three-day solidarity strikes or boycotts", "right", 3, "days",
           "three-day solidarity strikes", "solidarity strikes")
    d.ev("In 2014 the International Labor Organization (ILO) called on", "other", "2014",
         source="International Labor Organization")
    d.ev("As of September 13, the government had not taken any action.", "other", Y,
         polarity="negated")
    d.prov("In most industries the law requires a 10-day “cooling-off” period", "time_limit",
           10, "days", "a 10-day “cooling-off” period", "strike")
    d.prov("the law requires a 20-day “cooling-off” period from the day", "time_limit", 20,
           "days", "a 20-day “cooling-off” period", "strike in agriculture and hospitality")
    d.prov("at least 20 percent of the workforce must continue to work", "requirement", 20,
           "percent", "at least 20 percent of the workforce", "minimum service during strikes")
    d.prov("may face charges with penalties of between two and five years", "penalty", 2,
           "years", "between two and five years", "strikes in strategic sectors",
           value_end=5)
    d.ev("Public transportation workers went on strike October 3-4", "strike", "2019-10-03",
         date_end="2019-10-04")
    d.ev("In 2015 the National Assembly amended the constitution", "law_or_decree", "2015")

    d.sec("7.b")
    d.ent("organization", "National Police")
    d.ent("organization", "El Universo")
    d.ent("place", "United States")
    d.ev("On April 29, the National Police reported the rescue of 11", "other", "2019-04-29",
         source="National Police")
    d.fig("On April 29, the National Police reported the rescue of 11", 11,
          "alleged sex trafficking victims rescued", source="National Police")
    d.ev("On July 30, El Universo, citing consolidated government figures", "report_published",
         "2019-07-30", source="El Universo")
    d.ev("On July 30, El Universo, citing consolidated government figures", "other", "2017-01",
         date_end="2019-07", source="El Universo")
    d.fig("On July 30, El Universo, citing consolidated government figures", 332,
          "trafficking-in-persons victims reported", source="El Universo")
    d.fig("On July 30, El Universo, citing consolidated government figures", 83,
          "share of trafficking victims who were female", unit="percent", source="El Universo")

    d.sec("7.c")
    d.ent("organization", "Intergenerational Equality Council")
    d.ent("place", "Cotopaxi")
    d.ent("place", "Bolivar")
    d.ent("place", "Chimborazo")
    d.ent("organization", "Ministry of Agriculture")
    d.ent("organization", "Department of Labor")
    d.prov("It sets the minimum working age for minors at 15", "threshold", 15, "age", "15",
           "minimum working age")
    d.prov("It sets the minimum working age for minors at 15", "prohibition", 6, "hours",
           "six hours per day", "working hours of minors")
    d.prov("It sets the minimum working age for minors at 15", "prohibition", 5, "days",
           "five days per week", "working days of minors")
    d.prov("to give them two additional hours off from work", "right", 2, "hours",
           "two additional hours off", "study time of minors")
    d.prov("prohibits minors younger than age 18 from working", "threshold", 18, "age",
           "younger than age 18", "dangerous and unhealthy work")
    d.ev("A 2015 ministerial accord lists 27 economic activities", "law_or_decree", "2015")
    d.fig("A 2015 ministerial accord lists 27 economic activities", 27,
          "economic activities qualifying as dangerous")
    d.ev("A January report by the governmental Intergenerational Equality Council",
         "report_published", "2019-01", source="Intergenerational Equality Council")
    d.ev("A 2017 survey on employment and underemployment found", "report_published", "2017")
    d.fig("A 2017 survey on employment and underemployment found", 3,
          "share of children aged five to 11 who worked", unit="percent")
    d.fig("A 2017 survey on employment and underemployment found", 10.6,
          "share of children aged 12 to 14 who worked", unit="percent")
    d.ev("Although the government conducted two surveys in 2017", "other", "2017")
    d.ev("had not conducted a nationwide child labor survey since 2012", "other", "2012",
         polarity="negated")
    d.fig("Although the government conducted two surveys in 2017", 2,
          "government surveys with child labor information")
    d.ev("A November 2018 study by a local nonprofit group found", "report_published",
         "2018-11")

    d.sec("7.d")
    d.ev("In August 2018 the National Assembly approved a series of labor reforms",
         "law_or_decree", "2018-08")
    d.ev("A study published in December 2018 by the Quito mayor’s office", "report_published",
         "2018-12")

    d.sec("7.e")
    d.ent("organization", "Social Security Administration")
    d.prov("The law limits the standard work period to 40 hours a week", "prohibition", 40,
           "hours", "40 hours a week", "standard work period")
    d.prov("The law limits the standard work period to 40 hours a week", "prohibition", 8,
           "hours", "eight hours a day", "standard work period")
    d.prov("The law limits the standard work period to 40 hours a week", "right", 2, "days",
           "two consecutive days of rest per week", "weekly rest")
    d.prov("Miners are limited to six hours a day", "prohibition", 6, "hours",
           "six hours a day", "working hours of miners")
    d.prov("Miners are limited to six hours a day", "prohibition", 1, "hours",
           "one additional hour a day", "overtime of miners")
    d.prov("Premium pay is 1.5 times the basic salary", "right", 1.5, "times",
           "1.5 times the basic salary", "premium pay")
    d.prov("receives twice the basic salary, although workers whose standard shift", "right", 2,
           "times", "twice the basic salary", "night work pay")
    d.prov("receives twice the basic salary, although workers whose standard shift", "right",
           25, "percent", "a premium of 25 percent", "night shift premium")
    d.prov("Overtime is limited to no more than four hours a day", "prohibition", 4, "hours",
           "no more than four hours a day", "overtime")
    d.prov("Overtime is limited to no more than four hours a day", "prohibition", 12, "hours",
           "a total of 12 hours a week", "overtime")
    d.prov("Workers are entitled to a continuous 15-day annual vacation", "right", 15, "days",
           "a continuous 15-day annual vacation", "annual vacation")
    d.prov("Workers are entitled to a continuous 15-day annual vacation", "right", 1, "days",
           "one extra day per year", "annual vacation")
    d.prov("Workers are entitled to a continuous 15-day annual vacation", "threshold", 5,
           "years", "after five years of service", "extra vacation days")
    d.fig("which employed more than 46 percent of the working population", 46,
          "share of the working population in the informal sector", "more than",
          unit="percent")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Fundamedios")
    d.ent("organization", "Teleamazonas")
    d.ent("organization", "El Comercio")
    d.ent("person", "Andres Michelena")
    d.ent("person", "Jose Tuarez", "Tuarez")
    d.ent("organization", "Citizen Participation and Social Control Council", "CPCCS")
    d.ent("place", "Manabi", "Manabi Province")
    d.ent("organization", "Health Ministry", "Ministry of Public Health")
    d.ent("organization", "National Agency of Sanitary Control", "ARCSA")
    d.ent("person", "Luis Eduardo Vivanco")
    d.ent("organization", "La Posta")
    d.ent("person", "Juan Carlos Galarza")
    d.ent("organization", "Communication Secretariat")
    d.ent("organization", "Office of the Presidency")
    d.ent("organization", "Pichincha Universal")
    d.ent("organization", "Prefecture of Pichincha")
    d.ent("organization", "Office of the Special Rapporteur for Freedom of Expression")
    d.ent("organization", "Inter-American Commission on Human Rights", "IACHR")
    d.ent("organization", "La Fuente")
    d.ent("place", "Esmeraldas", "Esmeraldas Province")
    d.ent("person", "Henry Cordova", "Cordova")
    d.ent("person", "Roberta Zambrano")
    d.ent("organization", "Diario La Hora")
    d.ent("organization", "General Secretariat for Communication")
    d.ent("organization", "Ministry of Government", "Ministry of the Interior",
          "Ministry of Interior")
    d.ent("organization", "Ministry of Foreign Affairs and Human Mobility", "Foreign Ministry")
    d.ent("organization",
          "Council for Regulation, Development, and Promotion of Information and Communication")
    d.ent("organization", "Committee for the Protection of Journalists")
    d.ent("person", "David Kaye")
    d.ent("organization", "UN Human Rights Council")
    d.ent("organization", "Inter-American Court of Human Rights")
    d.ent("organization", "El Universo")
    d.ent("person", "Rafael Correa", "Correa")
    d.ent("person", "Emilio Palacio")
    d.not_entity("Chapultepec Declaration", "Libel/Slander Laws")
    d.ev("On February 20, reforms to the 2013 communication law went into effect",
         "law_or_decree", "2019-02-20")
    d.ev("On February 20, reforms to the 2013 communication law went into effect",
         "law_or_decree", "2013")
    d.ev("other restrictive provisions to journalistic work found in the 2013 law",
         "law_or_decree", "2013")
    d.prov("punishing opinions as slander that carries a prison term of six months",
           "penalty", 6, "months", "six months to two years", "slander")
    d.prov("treated as a misdemeanor with a 15- to 30-day prison term", "penalty", 15, "days",
           "a 15- to 30-day prison term", "discrediting expressions", value_end=30)
    d.ev("There were no reports the government invoked this law to restrict",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("On February 5, the independent watchdog organization Freedom House",
         "report_published", "2019-02-05", source="Freedom House")
    d.ev("Fundamedios registered 289 attacks on freedom of expression", "attack_or_threat",
         "2018-05", date_end="2019-10", source="Fundamedios")
    d.ev("Fundamedios registered 289 attacks on freedom of expression", "attack_or_threat",
         "2016", source="Fundamedios")
    d.fig("Fundamedios registered 289 attacks on freedom of expression", 289,
          "attacks on freedom of expression, May 2018 to October 2019", source="Fundamedios")
    d.fig("Fundamedios registered 289 attacks on freedom of expression", 491,
          "attacks on freedom of expression in 2016", source="Fundamedios")
    d.ev("As of October 14, Fundamedios quantified “attacks” ranging", "attack_or_threat", Y,
         source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 3,
          "court sentences against the media", source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 104,
          "physical attacks or intimidation", source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 47,
          "verbal threats and insults", source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 30,
          "cyberthreats, hacks or account closures", source="Fundamedios")
    d.ev("Fundamedios reported 116 attacks against journalists and media outlets",
         "attack_or_threat", "2019-10-03", date_end="2019-10-13", source="Fundamedios")
    d.fig("Fundamedios reported 116 attacks against journalists and media outlets", 116,
          "attacks against journalists during the October protests", source="Fundamedios")
    d.ev("Protesters attacked and attempted to burn the headquarters", "attack_or_threat",
         "2019-10-12", place="Quito")
    d.ev("Protesters in Quito held 27 journalists hostage on October 10", "other",
         "2019-10-10", place="Quito")
    d.fig("Protesters in Quito held 27 journalists hostage on October 10", 27,
          "journalists held hostage")
    d.prov("with no coverage allowed whatsoever in the 48 hours before", "prohibition", 48,
           "hours", "the 48 hours before", "election coverage")
    d.ev("A constitutional court ruling affirmed the right of the press", "other", Y)
    d.prov("with a penalty of imprisonment for five to seven years", "penalty", 5, "years",
           "five to seven years", "inciting financial panic", value_end=7)
    d.ev("President Moreno reduced the amount of time required for presidential", "other", Y)
    d.ev("Reforms to the 2013 communications law on spectrum allocations",
         "law_or_decree", "2013")
    d.prov("divide media ownership between community media (up to 34 percent)", "threshold", 34,
           "percent", "up to 34 percent", "frequencies for community media")
    d.prov("divide media ownership between community media (up to 34 percent)", "threshold", 66,
           "percent", "up to 66 percent combined", "frequencies for private and public media")
    d.prov("the reforms limit the allocation of radio frequencies to the public", "prohibition",
           10, "percent", "no more than 10 percent of the spectrum",
           "radio frequencies for the public sector")
    d.ev("On August 29, Minister of Telecommunications Andres Michelena announced", "other",
         "2019-08-29", source="Andres Michelena")
    d.ev("On June 28, supporters of then president Jose Tuarez", "attack_or_threat",
         "2019-06-28", place="Guayaquil")
    d.ev("On July 5, Tuarez accused some media members of being", "attack_or_threat",
         "2019-07-05", place="Manabi")
    d.ev("Tuarez was removed from his position as CPCCS president", "dismissal", "2019-08-15")
    d.ev("There were reports government officials tried to penalize those",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("On May 17, the Health Ministry’s National Agency of Sanitary Control", "charge",
         "2019-05-17")
    d.fig("On May 17, the Health Ministry’s National Agency of Sanitary Control", 3,
          "other journalists of La Posta sued")
    d.ev("President Moreno requested the resignation of ARCSA executive director", "dismissal",
         "2019-05-17")
    d.ev("The Communication Secretariat in the Office of the Presidency issued", "other", Y,
         source="Communication Secretariat")
    d.ev("On October 8, police confiscated with a judicial warrant",
         "censorship_or_blocking", "2019-10-08")
    d.ev("On October 8, police confiscated with a judicial warrant", "detention_or_arrest",
         "2019-10-14")
    d.ev("expressed concern on October 10 about the suspension of the radio", "other",
         "2019-10-10",
         source="Office of the Special Rapporteur for Freedom of Expression")
    d.ev("On October 25, a judge issued a preliminary injunction", "other", "2019-10-25")
    d.ev("Digital outlet La Fuente reported to Fundamedios that it had received",
         "censorship_or_blocking", "2019-07-11", polarity="alleged", source="La Fuente")
    d.ev("La Fuente resumed online operations the following day.", "other", "2019-07-12")
    d.ev("On February 25, a regional law firm reported that the reforms", "report_published",
         "2019-02-25", source="regional law firm")
    d.ev("On February 25, a regional law firm reported that the reforms", "law_or_decree",
         "2013")
    d.prov("a minimum of 60 percent of content on television", "requirement", 60, "percent",
           "a minimum of 60 percent", "domestic television content")
    d.prov("a minimum of 60 percent of content on television", "requirement", 50, "percent",
           "50 percent of radio content", "domestic radio content")
    d.prov("Libel is a criminal offense under the law, with penalties of up to three",
           "penalty", 3, "years", "up to three years in prison", "libel")
    d.ev("February reforms to the 2013 communications law repealed a prohibition",
         "law_or_decree", "2019-02")
    d.ev("February reforms to the 2013 communications law repealed a prohibition",
         "law_or_decree", "2013")
    d.ev("There was one report a government official used libel laws", "charge", Y)
    d.fig("There was one report a government official used libel laws", 1,
          "reports of libel laws used against a journalist")
    d.ev("confirmed journalist Henry Cordova was detained on September 8",
         "detention_or_arrest", "2019-09-08", place="Esmeraldas")
    d.dur(20, "days", "a 20-day prison sentence")
    d.ev("confirmed journalist Henry Cordova was detained on September 8",
         "conviction_or_sentence", "2018-11")
    d.pen("prison", 20, "days", "a 20-day prison sentence")
    d.ev("On September 11, the Constitutional Court overturned a 2012 ruling", "acquittal",
         "2019-09-11")
    d.ev("On September 11, the Constitutional Court overturned a 2012 ruling",
         "conviction_or_sentence", "2012")
    d.ev("The National Secretary of Public Administration argued in 2012", "other", "2012")
    d.ev("The court’s September 11 decision highlighted that only humans", "acquittal",
         "2019-09-11")
    d.ev("On April 16, President Moreno reported that a truth commission", "investigation",
         "2019-04-16", source=MORENO)
    d.ev("On April 16, President Moreno reported that a truth commission", "other", "2018-03",
         date_end="2018-04", source=MORENO)
    d.ev("President Moreno signed the Chapultepec Declaration on February 20", "other",
         "2019-02-20")
    d.ev("signed an agreement to set up a national Committee for the Protection", "other",
         "2019-04-29")
    d.ev("On May 31, the committee held its first meeting", "other", "2019-05-31")
    d.ev("In May UN Special Rapporteur on Freedom of Opinion and Expression", "report_published",
         "2019-05", source="David Kaye")
    d.ev("In May UN Special Rapporteur on Freedom of Opinion and Expression", "other",
         "2018-10")
    d.ev("In July the Inter-American Court of Human Rights ruled in favor", "other", "2019-07")
    d.ev("In July the Inter-American Court of Human Rights ruled in favor", "other", "2011-09")
    d.ev("The government did not restrict or disrupt access to the internet",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("the government did not directly act against online criticism",
         "censorship_or_blocking", Y, polarity="negated", source="nonprofit organization")

    d.sec("2.b")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Office of the UN High Commissioner for Human Rights")
    d.ent("organization", "Ministry of Government")
    d.ent("organization", "Human Rights Secretariat")
    d.ev("President Moreno issued Decree 884 on October 3 that established",
         "law_or_decree", "2019-10-03")
    d.dur(60, "days", "for 60 days")
    d.ev("The Constitutional Court validated the state of exception October 7", "other",
         "2019-10-07")
    d.ev("On October 12, President Moreno issued Decree 893 amending", "law_or_decree",
         "2019-10-12")
    d.ev("The state of exception ended on November 2.", "other", "2019-11-02")
    d.ev("the President declared a curfew in the Quito metropolitan area", "law_or_decree",
         "2019-10-12", place="Quito")
    d.ev("the President declared a curfew in the Quito metropolitan area", "other",
         "2019-10-13", place="Quito")
    d.ev("various mass demonstrations occurred between October 3 and October 13", "protest",
         "2019-10-03", date_end="2019-10-13")
    d.ev("including a peaceful protest by approximately 17,000 demonstrators", "protest",
         "2019-10-09", place="Quito")
    d.fig("including a peaceful protest by approximately 17,000 demonstrators", 17000,
          "demonstrators at the peaceful protest in Quito", "approximately")
    d.fig("including a peaceful protest by approximately 17,000 demonstrators", 30000,
          "persons at the march in Guayaquil", "approximately")
    d.ev("The government reported that no lethal force by police", "killing", Y,
         polarity="negated", source="government")
    d.ev("According to Ministry of Government figures, there were 1,330 detentions",
         "detention_or_arrest", "2019-10-03", date_end="2019-10-13",
         source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 1330,
          "detentions during the protests", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 1507,
          "persons wounded during the protests", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 435,
          "police personnel wounded", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 202,
          "police detained by protesters", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 8,
          "dead during the protests", "up to", source="Ministry of Government")
    d.ev("The government invited the IACHR to visit October 28-30", "other", "2019-10-28",
         date_end="2019-10-30")
    d.ev("The government invited the IACHR to visit October 28-30", "other", "2019-10-20",
         date_end="2019-11-08")
    d.ev("In 2017 Decree 193 replaced executive Decrees 16 and 739", "law_or_decree", "2017")
    d.fig("the number of legally recognized organizations increased 79 percent", 79,
          "increase in legally recognized organizations", unit="percent",
          source="Human Rights Secretariat")
    d.fig("the number of legally recognized organizations increased 79 percent", 35569,
          "legally recognized organizations in October 2017",
          source="Human Rights Secretariat")
    d.fig("the number of legally recognized organizations increased 79 percent", 63753,
          "legally recognized organizations in November", source="Human Rights Secretariat")

    d.sec("2.f")
    d.ent("place", "Ecuador")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Migration Secretariat")
    d.ent("place", "Colombia")
    d.ent("organization", "International Organization for Migration")
    d.ent("person", "Jose Valencia")
    d.ent("organization", "Office of the Civil Registry", "Civil Registry")
    d.ent("organization", "Southern Common Market", "MERCOSUR")
    d.ent("organization", "Union of South American Nations", "UNASUR")
    for country in ("Argentina", "Bolivia", "Brazil", "Chile", "Paraguay", "Peru", "Uruguay",
                    "Venezuela"):
        d.ent("place", country)
    d.not_entity("Human Mobility Law", "Rumichaca International Bridge",
                 "Ecuadorian Criminal Records Certificate", "International Religious Freedom")
    d.ev("The 2017 Human Mobility Law codifies protections granted", "law_or_decree", "2017")
    d.fig("As of September 2, nearly 500,000 Venezuelans had entered Ecuador", 500000,
          "Venezuelans who entered Ecuador", "approximately")
    d.fig("As of September 2, nearly 500,000 Venezuelans had entered Ecuador", 75,
          "share of Venezuelans transiting to other countries", "approximately",
          unit="percent")
    d.ev("On August 26, the government implemented a new humanitarian visa requirement",
         "law_or_decree", "2019-08-26")
    d.fig("residing in Ecuador likely exceeded 380,000 as of September 10", 380000,
          "Venezuelans residing in Ecuador", "more than", source="government")
    d.ev("As of September the government had issued visas to approximately",
         "asylum_or_citizenship_decision", Y)
    d.fig("As of September the government had issued visas to approximately", 120000,
          "Venezuelans issued visas", "approximately")
    d.ev("The government began a nationwide registration and regularization process", "other",
         "2019-09-26")
    d.ev("the Migration Secretariat of the Ministry of Government had registered",
         "registration_decision", Y)
    d.fig("the Migration Secretariat of the Ministry of Government had registered", 125000,
          "Venezuelans registered", "more than")
    d.ev("On October 26, the Foreign Ministry began issuing two-year humanitarian",
         "asylum_or_citizenship_decision", "2019-10-26")
    d.ev("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia", "other",
         "2019-06-18", source="Jose Valencia")
    d.ev("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia",
         "asylum_or_citizenship_decision", "1981", source="Jose Valencia")
    d.fig("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia", 68000,
          "persons granted refugee status since 1981", "approximately",
          source="Jose Valencia")
    d.fig("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia", 98,
          "share of refugees who are Colombian", unit="percent", source="Jose Valencia")
    d.fig("with 6,729 and 2,800 asylum cases recorded through June", 6729,
          "asylum cases of Venezuelans through June", source="UNHCR")
    d.fig("with 6,729 and 2,800 asylum cases recorded through June", 2800,
          "asylum cases of Colombians through June", source="UNHCR")
    d.ev("When the new visa requirement for Venezuelans went into effect on August",
         "law_or_decree", "2019-08-26")
    d.ev("A 2016 agreement between UNHCR and the Civil Registry allows", "other", "2016")
    d.fig("A 2016 agreement between UNHCR and the Civil Registry allows", 3,
          "cities where identification cards are issued")
    d.fig("UNHCR reported that 9,751 refugees had received identification cards", 9751,
          "refugees who received identification cards", source="UNHCR")
    d.ev("On July 25, President Moreno issued a decree to grant migratory amnesty",
         "law_or_decree", "2019-07-25")
    d.ev("despite the government’s March 13 decision to leave the Union", "other",
         "2019-03-13")
    d.ev("despite the government’s March 13 decision to leave the Union", "other",
         "2019-09-17")
    d.prov("Visa recipients are able to work and study for two years.", "right", 2, "years",
           "for two years", "UNASUR and MERCOSUR visas")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Organization of American States")
    d.ent("organization", "Inter-American Union of Electoral Organisms")
    d.ent("organization", "National Electoral Council")
    d.ent("person", "Diana Atamaint")
    d.ev("A 2018 national referendum restored term limits for all elected",
         "election_or_referendum", "2018")
    d.ev("A 2018 national referendum restored term limits for all elected", "law_or_decree",
         "2015")
    d.ev("On March 24, 83 percent of citizens elected 11,069 government officials",
         "election_or_referendum", "2019-03-24")
    d.fig("On March 24, 83 percent of citizens elected 11,069 government officials", 83,
          "share of citizens who voted", unit="percent")
    d.fig("On March 24, 83 percent of citizens elected 11,069 government officials", 11069,
          "government officials elected")
    d.fig("On March 24, 83 percent of citizens elected 11,069 government officials", 81149,
          "registered candidates")
    d.ev("Citizens also elected seven members for the permanent CPCCS",
         "election_or_referendum", "2019-03-24")
    d.fig("Citizens also elected seven members for the permanent CPCCS", 7,
          "CPCCS members elected")
    d.ev("concluded the electoral process was orderly and peaceful", "other", "2019-03-24",
         source="international observers")
    d.fig("The proportion of female candidates, however, was low for mayoral seats", 14.3,
          "share of female candidates for mayoral seats", unit="percent")
    d.fig("The proportion of female candidates, however, was low for mayoral seats", 17.9,
          "share of female candidates for prefect positions", unit="percent")
    d.ev("Diana Atamaint noted reports of social media harassment", "attack_or_threat", Y,
         source="Diana Atamaint")

    d.sec("4")
    d.ent("person", "Jorge Glas", "Glas")
    d.ent("person", "Alexis Mera")
    d.ent("organization", "Odebrecht")
    d.ent("organization", "National Court of Justice")
    d.ent("person", "Walter Solis")
    d.ent("person", "Vinicio Alvarado")
    d.ent("person", "Yamil Massuh")
    d.ent("person", "Maria Alejandra Vicuna")
    d.ev("There were numerous reports during the year of government corruption", "other", Y)
    d.ev("The government launched or continued multiple investigations", "investigation", Y)
    d.ev("On February 16, the Office of the Attorney General announced", "investigation",
         "2019-02-16", source="Attorney General’s Office")
    d.ev("On February 16, the Office of the Attorney General announced",
         "detention_or_arrest", "2019-07-02")
    d.fig("On February 16, the Office of the Attorney General announced", 11,
          "investigations of Correa", source="Attorney General’s Office")
    d.fig("On February 16, the Office of the Attorney General announced", 5,
          "investigations of Glas", source="Attorney General’s Office")
    d.fig("On February 16, the Office of the Attorney General announced", 3,
          "investigations of Mera", source="Attorney General’s Office")
    d.ev("As of November the Attorney General’s Office had indicted 24", "charge", Y)
    d.fig("As of November the Attorney General’s Office had indicted 24", 24,
          "former officials indicted in the bribery investigation")
    d.ev("The National Court of Justice also ordered preventive detention",
         "detention_or_arrest", Y)
    d.ev("The comptroller general’s headquarters in Quito was attacked", "attack_or_threat",
         "2019-10", place="Quito")
    d.fig("The comptroller general’s headquarters in Quito was attacked", 3,
          "attacks on the comptroller general's headquarters")
    d.ev("announced 34 persons were detained on terrorism charges", "detention_or_arrest", Y,
         source="Attorney General’s Office")
    d.fig("announced 34 persons were detained on terrorism charges", 34,
          "persons detained on terrorism charges", source="Attorney General’s Office")
    d.ev("Among them were six minors who were sent to a juvenile", "release", "2019-10-31")
    d.fig("Among them were six minors who were sent to a juvenile", 6,
          "minors among the detained")
    d.ev("Thirteen others were granted bail.", "release", Y)
    d.fig("Thirteen others were granted bail.", 13, "others granted bail")
    d.ev("Terrorism charges against the 34 individuals were replaced", "charge", Y)
    d.fig("Terrorism charges against the 34 individuals were replaced", 34,
          "individuals whose terrorism charges were replaced")
    d.ev("As of November all remaining suspects in pretrial detention", "release", Y)
    d.ev("then vice president Maria Alejandra Vicuna stepped down", "other", "2018-12")
    d.ev("charged her with abuse of official privileges on May 15", "charge", "2019-05-15")
    d.ev("As part of the 2018 national referendum convoked by President Moreno",
         "election_or_referendum", "2018")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Ecuador")
    d.ent("organization", "Alianza PAIS", "Proud and Sovereign Fatherland")
    d.ent("organization", "National Police")
    d.ent("organization", "Ministry of Defense")
    d.ev("In 2017 voters elected President Lenin Moreno from the ruling party",
         "election_or_referendum", "2017")
    d.ev("formerly the Ministry of Interior until August 1", "other", "2019-08-01")
    d.ev("Significant human rights issues included reports of torture and abuse",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("The government took steps to investigate and prosecute officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "Provincial Court of Imbabura")
    d.ent("person", "David Velastegui", "Velastegui")
    d.ent("organization", "Air Force")
    d.ent("person", "Jorge Gabela", "Gabela")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")
    d.ev("An international human rights organization reported in March that a special",
         "report_published", "2019-03", source="international human rights organization")
    d.ev("An international human rights organization reported in March that a special",
         "other", "2010")
    d.ev("An international human rights organization reported in March that a special",
         "killing", "1984", date_end="2008", precision="year",
         source="international human rights organization")
    d.ev("An international human rights organization reported in March that a special",
         "trial", Y)
    d.fig("An international human rights organization reported in March that a special", 68,
          "extrajudicial executions found, 1984 to 2008",
          source="international human rights organization")
    d.fig("An international human rights organization reported in March that a special", 2,
          "cases with final rulings", source="international human rights organization")
    d.ev("On June 19, the Provincial Court of Imbabura sentenced police officer",
         "conviction_or_sentence", "2019-06-19")
    d.pen("prison", 40, "months", "three years and four months in prison")
    d.ev("In August 2018 Velastegui shot an Afro-Ecuadorian man", "attack_or_threat",
         "2018-08")
    d.ev("On July 3, the Office of the Public Prosecutor announced the investigation",
         "investigation", "2019-07-03", source=PROSECUTOR)
    d.ev("On July 3, the Office of the Public Prosecutor announced the investigation",
         "killing", "2010")
    d.ev("plan to purchase Indian-made Dhruv helicopters in 2007 and 2008", "other", "2007",
         date_end="2008", precision="year")
    d.ev("Multiple Dhruv helicopters subsequently crashed due to mechanical failure", "other",
         Y)

    d.sec("1.b")
    d.ent("person", "Raul Chicaiza", "Chicaiza")
    d.ent("person", "Jessica Falcon", "Falcon")
    d.ent("person", "Fernando Balda", "Balda")
    d.ent("person", "Pablo Romero", "Romero")
    d.ent("place", "Belgium")
    d.ent("organization", "Interpol")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("On March 13, the National Court of Justice sentenced former intelligence",
         "conviction_or_sentence", "2019-03-13")
    d.pen("prison", 1, "years", "one year in prison")
    d.ev("On March 13, the National Court of Justice sentenced former intelligence", "other",
         "2012")
    d.ev("The acting attorney general recommended a reduced prison sentence", "other", Y)
    d.ev("were called to testify at the trial, but the court suspended sentencing", "trial", Y)
    d.ev("In July 2018 the National Court of Justice ordered former president",
         "detention_or_arrest", "2018-07")
    d.ev("In July 2018 the National Court of Justice ordered former president",
         "investigation", "2018-06")
    d.ev("Interpol declined to issue a red notice for Correa’s arrest", "other", "2018-12")

    d.sec("1.c")
    d.ent("organization", "Pichincha Provincial Court of Justice",
          "Provincial Court of Pichincha")
    d.ent("person", "David Altamirano")
    d.ent("person", "Freddy Fonseca")
    d.ent("person", "Angelo Ayol", "Ayol")
    d.ent("organization", "Plan V")
    d.ent("organization", "Latin American Association of Human Rights")
    d.ent("place", "Guayas", "Guayas Province")
    d.ent("place", "Azuay", "Azuay Province")
    d.ent("person", "Patricio Pazmino")
    d.ent("person", "Ricardo Camacho")
    d.ent("person", "Ernesto Pazmino")
    d.ent("person", "Edmundo Moncayo Juaneda", "Edmundo Moncayo")
    d.ent("organization", "Ecuavisa")
    d.ent("organization", "Ministry of Justice, Human Rights, and Worship")
    d.ent("organization", "National Comprehensive Service to Prisoners and Juvenile Offenders",
          "SNAI")
    d.ent("organization", "Permanent Committee for the Defense of Human Rights")
    d.not_entity("Eighth Rehabilitation Regional Prison Center", "Turi Prison",
                 "Latacunga Rehabilitation Center", "Litoral Penitentiary")
    d.ev("there were a few reports that police officers and prison guards tortured",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("On July 15, the Pichincha Provincial Court of Justice sentenced police",
         "conviction_or_sentence", "2019-07-15")
    d.pen("prison", 10, "years", "10 and five years in prison")
    d.ev("The police officers illegally detained, beat, and tortured Ayol",
         "detention_or_arrest", "2014")
    d.ev("In 2017 a court acquitted both officers", "acquittal", "2017")
    d.ev("revoked the acquittal order in January 2018", "other", "2018-01")
    d.ev("In September 2018 digital magazine Plan V and the nonprofit", "report_published",
         "2018-09", source="Plan V")
    d.ev("In September 2018 digital magazine Plan V and the nonprofit", "torture_or_abuse",
         "2007", date_end="2017", precision="year", source="Plan V")
    d.fig("In September 2018 digital magazine Plan V and the nonprofit", 170,
          "cases of torture and degrading treatment, 2007 to 2017", source="Plan V")
    d.fig("indicated the prison population countrywide was 40 percent above", 40,
          "prison population above designated capacity", unit="percent")
    d.ev("A November 2018 study by prison officials reported 10 of the 36",
         "report_published", "2018-11", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 10,
          "prison centers overcrowded by more than 100 percent", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 36,
          "national prison centers", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 100,
          "overcrowding of the worst prison centers", "more than", unit="percent",
          source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 9,
          "prison centers overcrowded by more than 50 percent", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 50,
          "overcrowding of nine prison centers", "more than", unit="percent",
          source="prison officials")
    d.ev("In May the daily newspaper El Comercio reported that 40 percent",
         "report_published", "2019-05", source="El Comercio")
    d.fig("In May the daily newspaper El Comercio reported that 40 percent", 40,
          "share of adults in juvenile centers", unit="percent", source="El Comercio")
    d.fig("In May the daily newspaper El Comercio reported that 40 percent", 11,
          "centers for juvenile offenders", source="El Comercio")
    d.ev("reported to the National Assembly that 49 inmates had died", "death_in_custody", Y,
         source="Patricio Pazmino")
    d.fig("reported to the National Assembly that 49 inmates had died", 49,
          "inmates who died in the penitentiary system", source="Patricio Pazmino")
    d.ev("Media reported 20 prisoners had been killed during clashes", "killing", Y,
         source="media")
    d.fig("Media reported 20 prisoners had been killed during clashes", 20,
          "prisoners killed in gang clashes", source="media")
    d.ev("On June 12, gang members decapitated and burned a fellow prisoner", "killing",
         "2019-06-12", place="Guayas")
    d.ev("Ricardo Camacho was stabbed 17 times at his residence", "attack_or_threat",
         "2019-10-16", source="media outlets")
    d.fig("Ricardo Camacho was stabbed 17 times at his residence", 17,
          "stab wounds of the former undersecretary", source="media outlets")
    d.ev("Law enforcement detained a suspect in the attack", "detention_or_arrest", Y)
    d.ev("On May 16, President Moreno declared a state of emergency", "law_or_decree",
         "2019-05-16")
    d.ev("Director of Prisons Ernesto Pazmino resigned on May 31", "other", "2019-05-31")
    d.ev("Officials suspended all educational and recreational activities", "other", Y)
    d.ev("also ordered the presence of police inside prison centers", "other", Y)
    d.ev("The state of emergency ended on August 16.", "other", "2019-08-16")
    d.ev("the government acquired technological upgrades and reclassified", "other", Y)
    d.ev("In November 2018 government officials detected a deterioration", "other", "2018-11")
    d.ev("On June 22, Ecuavisa news reported inmates’ relatives", "report_published",
         "2019-06-22", source="Ecuavisa")
    d.fig("On June 22, Ecuavisa news reported inmates’ relatives", 2,
          "Guayaquil-area prisons", source="Ecuavisa")
    d.ev("In 2018 the government eliminated the Ministry of Justice", "other", "2018")
    d.ev("On June 3, President Moreno named retired police official", "other", "2019-06-03")
    d.ev("Some prison visits were suspended as part of the state of emergency", "other", Y)
    d.ev("authorities failed to respond to many requests by independent observers", "other", Y,
         polarity="negated",
         source="Permanent Committee for the Defense of Human Rights")

    d.sec("1.d")
    d.ent("organization", "Public Defenders’ Office")
    d.ent("person", "Alvarado")
    d.prov("a judge must charge a suspect with a specific criminal offense within 24",
           "time_limit", 24, "hours", "within 24 hours of arrest", "charging a suspect")
    d.ev("In 2017 then justice minister Alvarado reported that 36 percent",
         "report_published", "2017", source="Alvarado")
    d.fig("In 2017 then justice minister Alvarado reported that 36 percent", 36,
          "share of inmates awaiting sentencing", unit="percent", source="Alvarado")

    d.sec("1.e")
    d.ent("organization", "Judicial Council")
    d.ent("organization", "Transitional Judicial Council")
    d.ent("organization", "Administrative Conflicts Tribunal")
    d.ev("New Judicial Council members took office on January 29", "other", "2019-01-29")
    d.ev("nine new Constitutional Court judges were sworn in by the National", "other",
         "2019-02-05")
    d.fig("nine new Constitutional Court judges were sworn in by the National", 9,
          "new Constitutional Court judges")
    d.ev("These appointments followed the 2018 removal of leading members", "dismissal",
         "2018")
    d.ev("These appointments followed the 2018 removal of leading members",
         "election_or_referendum", "2018-02")
    d.ev("On July 4, the Judicial Council officially notified all judges", "other",
         "2019-07-04")
    d.ev("On November 15, the Judicial Council announced that 23 of the 36", "dismissal",
         "2019-11-15", source="Judicial Council")
    d.fig("On November 15, the Judicial Council announced that 23 of the 36", 23,
          "judges who did not meet the threshold", source="Judicial Council")
    d.fig("On November 15, the Judicial Council announced that 23 of the 36", 36,
          "judges evaluated", source="Judicial Council")
    d.ev("published a report in December 2018 that noted the government’s role",
         "report_published", "2018-12")
    d.ev("published a report in December 2018 that noted the government’s role", "protest",
         "2010")
    d.fig("The families of the five persons killed during 30-S", 5,
          "persons killed during 30-S")
    d.fig("The families of the five persons killed during 30-S", 2,
          "police officers killed during 30-S")
    d.fig("The families of the five persons killed during 30-S", 2,
          "military members killed during 30-S")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def ecuador() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_ecuador", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_ecuador": ecuador}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
