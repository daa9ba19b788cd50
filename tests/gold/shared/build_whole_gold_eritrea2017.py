"""Build the hand-made TEST gold file for Eritrea 2017 (a state.gov page, classic layout).

``2017_eritrea.jsonl`` annotates ``stategov/2017_eritrea.html`` blind, with the method of
``build_whole_gold_guinea2020.py`` (``PageDoc`` of ``build_whole_gold_dev.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets. Offsets are into the
document text rightsledger reads from the page (``rightsledger.read.read_path``), which is
what ``rightsledger export`` cites and ``rightsledger evaluate`` scores. Each anchor (at most
14 words of the report) occurs exactly once in the document. The scope line lists in
``"ranges"`` exactly the character ranges annotated, one per section group annotated whole;
entity mentions are kept only inside them. The output holds offsets, names and values but
no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eritrea2017.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eritrea2017.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2017_eritrea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import PageDoc, seven_section_parts  # noqa: E402

Y = "2017"

#: the section groups, all annotated whole
PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")


class TestPageDoc(PageDoc):
    """A state.gov page annotated blind: the test split."""

    split = "test"


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: TestPageDoc) -> None:
    d.sec("exec")
    d.ent("place", "Eritrea")
    d.ent("person", "Isaias Afwerki")
    d.ent("organization", "People’s Front for Democracy and Justice", "PFDJ")
    d.ent("place", "Ethiopia")
    # t-tfixA (2026-12-09): a negation running "since" a date takes that date; the
    # independence shares the one date expression ("in 1993"): one record, typed by the
    # main clause (2026-12-06).
    d.ev("There have been no national-level elections since the country’s independence",
         "election_or_referendum", "1993", polarity="negated")
    d.ev("The most significant human rights issues included arbitrary deprivation of life",
         "killing", Y)
    d.prov("routinely for periods beyond the 18-month legal obligation", "time_limit", 18,
           "months", "the 18-month legal obligation", "national service")
    d.ev("The government did not generally take steps to investigate, prosecute",
         "investigation", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: TestPageDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "Human Rights Council")
    d.ent("organization", "UN Commission of Inquiry", "COI")
    d.ent("organization", "Doctors without Borders")
    d.ev("reported that the government committed arbitrary killings with impunity", "killing",
         Y, source="international NGOs")
    d.ev("presented her fourth report at the Human Rights Council on June 14",
         "report_published", "2017-06-14", source="UN special rapporteur")
    d.ev("The report did not refer to arbitrary killings; however, a 2015",
         "report_published", "2015", source="UN Commission of Inquiry")
    d.ev("The report did not refer to arbitrary killings; however, a 2015", "killing", "1991",
         date_end="2015", source="UN Commission of Inquiry")
    d.ev("which covered from 1991 through 2015||Despite requests to the government, the COI",
         "other", Y)
    d.ev("In June the special rapporteur reported that her requests", "other", "2017-06",
         source="UN special rapporteur")
    d.ev("The COI’s June 2016 report stated it had “reliable evidence”", "report_published",
         "2016-06", source="UN Commission of Inquiry")
    d.ev("it was common for Eritreans crossing the border to Ethiopia", "report_published",
         Y, source="Doctors without Borders")

    d.sec("1.b")
    d.ent("organization", "G-15")
    d.ev("An unknown number of persons disappeared during the year", "other", Y)
    d.ev("The government did not make efforts to prevent the disappearances", "investigation",
         Y, polarity="negated")
    d.ev("There were no known developments regarding the situation or well-being",
         "detention_or_arrest", "2001")

    d.sec("1.c")
    d.ent("organization", "Committee on the Elimination of Discrimination against Women",
          "CEDAW")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Ministry of Defense")
    d.ent("place", "Asmara")
    d.ent("person", "Tsehaye Tesfamariam")
    d.ent("organization", "Jehovah’s Witnesses")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Office of the UN High Commissioner for Human Rights")
    d.not_entity("Me’eter camp", "Sembel Prison and Rehabilitation Center")
    d.ev("According to NGO and UN reports, security forces tortured and beat",
         "torture_or_abuse", Y, source="NGO and UN reports")
    d.ev("According to the COI’s June 2016 report, the government continued",
         "report_published", "2016-06", source="UN Commission of Inquiry")
    d.ev("The COI’s 2015 report found that officials used mistreatment", "report_published",
         "2015", source="UN Commission of Inquiry")
    d.ev("Authorities refused permission to the COI to visit the country", "other", Y)
    d.ev("The COI received approximately 300 accounts of torture", "torture_or_abuse", "1991",
         date_end="2015", source="UN Commission of Inquiry")
    d.fig("The COI received approximately 300 accounts of torture", 300,
          "accounts of torture and mistreatment received by the COI", "approximately",
          source="UN Commission of Inquiry")
    d.ev("In 2015 the COI reported sexual violence against women", "report_published", "2015",
         source="UN Commission of Inquiry")
    d.ev("In a 2015 report, the Committee on the Elimination", "report_published", "2015",
         source="Committee on the Elimination of Discrimination against Women")
    d.ev("although persons reportedly died from harsh conditions", "death_in_custody", Y,
         polarity="alleged")
    # t-tfixA: "took no action against" persons is a negated `charge` (2026-12-06).
    d.ev("The government did not take action against persons responsible for detainee",
         "charge", Y, polarity="negated")
    d.ev("reportedly died in November 2016 after his release", "other", "2016-11",
         polarity="alleged")
    d.ev("reportedly died in November 2016 after his release", "release", "2015")
    # t-tfixA: "He had been detained since 2009": a detention dated by its "since" date
    # (2026-12-08).
    d.ev("He had been detained since 2009.", "detention_or_arrest", "2009")
    d.fig("although at least one detention center had a facility", 1,
          "detention centers with a facility for religious observance", "at least")
    d.ev("The government did not permit monitoring by independent government", "other", Y,
         polarity="negated")
    d.ev("The government also did not provide the ICRC with information", "other", Y,
         polarity="negated")
    d.ev("The June 2016 COI report noted that international observers", "report_published",
         "2016-06", source="UN Commission of Inquiry")
    d.ev("The June 2016 COI report noted that international observers", "other", "2016-02")

    d.sec("1.d")
    d.ent("organization", "National Security Office")
    d.ent("organization", "Office of the President")
    d.prov("Detainees must be brought before a judge within 48 hours", "time_limit", 48,
           "hours", "within 48 hours of arrest", "bringing a detainee before a judge")
    d.prov("Detainees must be brought before a judge within 48 hours", "time_limit", 28,
           "days", "more than 28 days", "detention without charge")
    d.ev("Security force personnel detained individuals for reasons that included",
         "detention_or_arrest", Y)

    d.sec("1.e")
    d.prov("Each party to a case has the right to one appeal", "right", 1, "appeals",
           "one appeal", "appeal")
    d.fig("may appeal to the five-judge upper appellate court", 5,
          "judges of the upper appellate court")
    d.fig("There are approximately 320 community courts", 320, "community courts",
          "approximately")
    d.ev("In 2015 the government published revised penal, criminal procedure",
         "law_or_decree", "2015")
    d.ev("The codes had yet to be put into full effect by year’s end", "law_or_decree", Y,
         polarity="negated")

    d.sec("1.f")
    d.ent("organization", "Telecommunications Ministry")
    d.prov("a diplomatic identification card, and two copies of their passport",
           "requirement", 2, "photographs", "two photographs", "SIM card for diplomats")
    d.prov("a diplomatic identification card, and two copies of their passport",
           "requirement", 2, "copies", "two copies of their passport and visa",
           "SIM card for diplomats")
    d.ev("The government used an extensive informer system to gather information",
         "surveillance", Y)
    d.ev("stated that security forces detained and interrogated the parents",
         "detention_or_arrest", Y, polarity="alleged")
    # t-tfix13: practice told in the simple past, no taxonomy verb, object a class: no event (Settled 2026-12-11)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: TestPageDoc) -> None:
    d.sec("2.a")
    d.ent("place", "Massawa")
    d.ent("place", "South Africa")
    d.ent("organization", "Digital Satellite Television", "DStv")
    d.ent("organization", "Eritel")
    d.ent("organization", "International Telecommunication Union")
    d.fig("including one newspaper published in four languages", 1, "government newspapers")
    d.fig("including one newspaper published in four languages", 4,
          "languages of the newspaper")
    d.fig("including one newspaper published in four languages", 3,
          "government radio stations")
    d.fig("including one newspaper published in four languages", 2,
          "government television stations")
    # t-tfixA: "did not prevent persons from installing satellite dishes" is a standing
    # permission told negatively: a state, no event (2026-12-08); record removed.
    # t-conv16 settlement (t-tfix17): a negated practice on a class, its
    # object a mass noun ("did not provide information on ..."), is no event (negated other
    # removed).
    d.ev("The government monitored some internet communications, including email",
         "surveillance", Y)
    d.fig("1.18 percent of the population used the internet in 2016", 1.18,
          "share of the population using the internet (2016)", unit="percent",
          source="International Telecommunication Union")
    d.ev("The government censored film showings and other cultural activities",
         "censorship_or_blocking", Y)
    d.ev("It monitored libraries and cultural centers maintained by foreign embassies",
         "surveillance", Y)

    d.sec("2.b")
    d.fig("religious observances of the four officially registered religious groups", 4,
          "officially registered religious groups")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Office of Refugee Affairs")
    d.not_entity("Umkulu Refugee Camp", "1951 Convention",
                 "1967 Protocol relating to the Status of Refugees")
    d.prov("at least 10 days in advance to travel more than 15.5 miles", "requirement", 10,
           "days", "at least 10 days in advance", "travel permission for foreigners")
    d.prov("at least 10 days in advance to travel more than 15.5 miles", "threshold", 15.5,
           "miles", "more than 15.5 miles outside of Asmara", "travel permission for foreigners")
    d.ev("permitted diplomats to visit the site in May", "other", "2017-05")
    d.prov("Authorities generally did not give exit visas to children over the age",
           "threshold", 5, "age", "over the age of five", "exit visas for children")
    d.ev("In 2015 the COI reported the government", "report_published", "2015",
         source="UN Commission of Inquiry")
    d.ev("In its June 2016 report, the COI stated", "report_published", "2016-06",
         source="UN Commission of Inquiry")
    d.ev("In its June 2016 report, the COI stated||the COI was denied access to visit",
         "other", Y)
    d.ev("In its June 2016 report, the COI stated||Doctors without Borders reported during",
         "report_published", Y, source="Doctors without Borders")
    d.ev("There were reports of citizens who left the country without exit visas", "other",
         Y, polarity="alleged")
    d.prov("had to show proof they paid the 2 percent tax", "requirement", 2, "percent",
           "the 2 percent tax", "diaspora tax")
    # t-conv16 settlement (t-tfix17): a negated practice on a class (asylum
    # to Ethiopians or Sudanese, a taxonomy verb) is no event (negated asylum decision removed).
    d.prov("The government required Ethiopians to pay an annual fee", "requirement", 600,
           "ERN", "an annual fee of 600 nakfa", "residency card for Ethiopians")
    d.prov("The government required Ethiopians to pay an annual fee", "requirement", 39,
           "USD", "$39", "residency card for Ethiopians")
    # t-tfixA: a suspension that "continued" (a state) and concern about a policy in
    # general: no event (2026-12-06); record removed.
    # t-conv16 settlement (t-tfix17): a negated practice on a class (asylum
    # to persons of an origin, a taxonomy verb) is no event (negated asylum decision removed).


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: TestPageDoc) -> None:
    d.sec("3")
    d.ent("organization", "Executive Council")
    d.ent("organization", "Central Council")
    d.ent("place", "France")
    d.ev("The government came to power in a 1993 popular referendum",
         "election_or_referendum", "1993")
    d.fig("The government twice scheduled elections in accordance with the constitution", 2,
          "elections scheduled and canceled", unit="times")
    d.ev("An official declaration in 2003 asserted", "other", "2003")
    d.fig("Women held four of 17 ministerial positions", 4,
          "ministerial positions held by women")
    d.fig("Women held four of 17 ministerial positions", 17, "ministerial positions")
    d.sec("4")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of police corruption.", "other", Y, polarity="alleged")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: TestPageDoc) -> None:
    # --- Section 5 ---
    d.sec("5")
    d.ent("organization", "UN Monitoring Group on Somalia and Eritrea")
    d.ent("organization", "Red Cross")
    # t-conv16 settlement (t-tfix17): a negated practice on a class ("did not
    # permit visits", a bare plural; a standing permission, 2026-12-08) is no event (negated
    # other removed).
    d.ev("In May the United Nations established a human rights advisor", "other", "2017-05")
    # t-conv16 settlement (t-tfix17): a negated standing permission (visits to
    # prisons, as "did not permit visits" above; 2026-12-08) is no event (negated other removed).

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", "UN Population Fund", "UNFPA")
    d.ent("organization", "National Union of Eritrean Women")
    d.ent("organization", "National Union of Eritrean Youth and Students")
    d.prov("Rape is a crime punishable by up to 10 years", "penalty", 10, "years",
           "up to 10 years in prison", "rape")
    d.ev("The COI reported in 2015 that sexual violence", "report_published", "2015",
         source="UN Commission of Inquiry")
    d.ev("In a 2015 report, CEDAW expressed concern", "report_published", "2015",
         source="Committee on the Elimination of Discrimination against Women")
    d.ev("There was no record of any person ever being charged", "charge", Y,
         polarity="negated")
    d.ev("There were no reports of coerced abortion, involuntary sterilization", "other", Y,
         polarity="negated")

    # --- Section 6: children ---
    d.not_entity("Sawa National Education and Training Center",
                 "Sawa National Training and Education Center", "Sawa",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "Child Wellbeing Committees")
    d.prov("A child derives citizenship from having at least one citizen parent", "threshold",
           1, "parents", "at least one citizen parent", "citizenship by descent")
    d.prov("Registration of a birth within the first three months requires", "time_limit", 3,
           "months", "within the first three months", "birth registration with a hospital "
           "certificate only")
    d.prov("Education through grade seven is compulsory and tuition free", "threshold", 7,
           "grade", "through grade seven", "compulsory education")
    d.prov("The government requires all students who reach grade 12", "threshold", 12,
           "grade", "reach grade 12", "secondary education at Sawa")
    d.prov("The legal minimum age for marriage for both men and women", "threshold", 18,
           "age", "18", "minimum age for marriage")
    # t-tfixA (2026-12-09): speaking against a practice in general and cooperation with UN
    # agencies are no events (2026-12-06); record removed.
    d.ev("In June 2016 the government and the United Nations launched", "other", "2016-06")
    d.prov("The minimum age for consensual sex is 18", "threshold", 18, "age", "18",
           "minimum age for consensual sex")
    d.prov("The law prohibits the recruitment of children under age 18", "threshold", 18,
           "age", "under age 18", "recruitment into the armed forces")
    d.ev("Children under age 18, however, were detained during round-ups",
         "detention_or_arrest", Y)
    d.ev("There were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")

    # --- Section 6: disabilities, minorities, sexual orientation ---
    d.ent("organization", "Ministry of Labor and Human Welfare")
    d.fig("two of nine ethnic groups in the country", 2,
          "minorities named (Kunama and Afar)")
    d.fig("two of nine ethnic groups in the country", 9, "ethnic groups in the country")
    d.prov("which is punishable if convicted by 10 days", "penalty", 10, "days",
           "10 days’ to three years’ incarceration", "consensual same-sex sexual activity")

    # --- Section 7 ---
    d.sec("7.a")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "National Confederation of Eritrean Workers", "NCEW")
    d.ent("organization", "Eritrean People’s Liberation Front")
    d.not_entity("Bisha mine")
    d.prov("unions in workplaces with at least 20 employees", "threshold", 20, "employees",
           "at least 20 employees", "workplace where a union may be established")
    d.prov("unions in workplaces with at least 20 employees", "threshold", 15, "members",
           "a minimum of 15 members", "forming a union")
    d.ev("unions in workplaces with at least 20 employees", "registration_decision", Y)
    d.prov("it deems registration granted if no response is received", "time_limit", 1,
           "months", "within one month", "ministry response to a union registration")
    d.prov("Authorities did not allow nongovernmental meetings of more than seven",
           "prohibition", 7, "persons", "more than seven persons", "nongovernmental meetings")
    d.fig("There is one umbrella trade union", 1, "umbrella trade unions")
    d.ev("There is one umbrella trade union", "other", "1979")

    d.sec("7.b")
    d.prov("The law provides penalties of five to 20 years’ imprisonment", "penalty", 5,
           "years", "five to 20 years’ imprisonment", "enslavement")
    d.records[-1]["quantity"]["value_end"] = 20
    d.prov("By law all citizens between ages 18 and 50 must perform", "threshold", 18, "age",
           "between ages 18 and 50", "national service obligation")
    d.records[-1]["quantity"]["value_end"] = 50
    d.prov("The national service obligation consists of six months", "requirement", 6,
           "months", "six months of military training", "national service")
    d.prov("The national service obligation consists of six months", "requirement", 12,
           "months", "12 months of active military service", "national service")
    d.prov("The national service obligation consists of six months", "requirement", 18,
           "months", "a total of 18 months", "national service")
    d.prov("The national service obligation consists of six months", "requirement", 18,
           "months", "18 months of service",
           "national service of those unfit for military training")
    d.prov("Despite the 18-month legal limit on national service", "time_limit", 18,
           "months", "18-month legal limit", "national service")
    d.ev("Despite the 18-month legal limit on national service", "other", Y)
    # t-tfixA: reports of a phenomenon, no actor and no instance: no event (2026-12-08);
    # record removed.

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The legal minimum age for employment is 14", "threshold", 14, "age", "14",
           "minimum age for employment")
    d.prov("The government prohibits persons under age 18 from employment", "threshold", 18,
           "age", "under age 18", "night work and long hours")
    d.prov("The government prohibits persons under age 18 from employment", "prohibition",
           None, None, "between 6 p.m. and 6 a.m.", "night work of minors")
    d.prov("The government prohibits persons under age 18 from employment", "prohibition", 7,
           "hours per day", "more than seven hours per day", "working hours of minors")

    d.sec("7.e")
    # t-tfixA: a stated minimum wage is a figure, not a provision (2026-12-06).
    d.fig("The national minimum wage for employees of PFDJ-owned enterprises", 360,
          "minimum monthly wage of state employees", unit="ERN")
    d.fig("At the official exchange rate, this equaled $23", 23,
          "minimum wage at the official exchange rate", unit="USD")
    d.fig("the most common salary was 800 nakfa", 800, "most common national service salary",
          unit="ERN")
    d.fig("the most common salary was 800 nakfa", 52, "most common national service salary",
          unit="USD")
    d.ev("During the year the government announced salaries of recruits", "other", Y)
    d.fig("The standard workweek was more than 40 hours", 40, "standard workweek",
          "more than", unit="hours")
    d.prov("The law allowed for more than two hours per day", "right", 2, "hours per day",
           "two hours per day", "overtime")
    d.prov("The law allowed for more than two hours per day", "right", 8, "hours per week",
           "eight hours per week", "overtime")
    d.prov("The legal rest period is one day per week", "right", 1, "days per week",
           "one day per week", "rest period")
    d.fig("The legal rest period is one day per week", 1.5, "rest days most employees received",
          unit="days")
    d.fig("There are 168 government enterprises in the country", 168, "government enterprises")
    d.fig("every enterprise has an inspection at least once per year", 1,
          "inspections per enterprise and year", "at least", unit="inspections per year",
          source="National Confederation of Eritrean Workers")
    d.fig("Approximately 80 percent of the population was employed", 80,
          "share of the population in subsistence farming and small trade", "approximately",
          unit="percent")


def eritrea() -> TestPageDoc:
    d = TestPageDoc("2017_eritrea", "stategov/2017_eritrea.html", 2017, PARTS)
    # In reading order: each entity is declared once, by the first part that names it (its
    # mentions are found in every range).
    executive_summary(d)
    section_1(d)
    section_2(d)
    sections_3_4(d)
    sections_5_7(d)
    return d


DOCS = {"2017_eritrea": eritrea}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
