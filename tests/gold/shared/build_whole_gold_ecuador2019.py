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
whole (``DONE``). The output holds offsets, names and values but no report text. Sections 5-7 are
below; section 2 is in ``ecuador2019_liberties.py``, the executive summary and sections 1, 3 and 4
in ``ecuador2019_integrity.py`` (each module under 600 lines).

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
from ecuador2019_integrity import executive_summary, section_1, sections_3_4  # noqa: E402
from ecuador2019_liberties import CONAIE, MOL, MORENO, NCEPN, PROSECUTOR, Y, section_2  # noqa: E402

FILE = "html/2019/ecuador.html"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]


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


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def ecuador() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_ecuador", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_ecuador": ecuador}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
