"""Build the hand-made DEV gold file for Moldova 2019 (a page of the public collection).

``2019_moldova.jsonl`` annotates ``html/2019/moldova.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/moldova.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence before the
system was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_moldova2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_moldova2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_moldova.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/moldova.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

OMB = "Office of the Ombudsman"
LASTRADA = "La Strada"
GDM = "Genderdoc-M"
IDOM = "Moldovan Institute of Human Rights"
SLI = "State Labor Inspectorate"
NTUC = "National Trade Union Confederation"
EQ = "Council for Preventing and Eliminating Discrimination and Ensuring Equality"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("place", "Chisinau")
    d.ent("place", "Transnistria")
    d.ent("organization", OMB)
    # t-hfix13: "Parliament" only at a sentence's start, the report writes "parliament" inside sentences:
    # no body (EVALUATION.md, Settled 2026-12-11)
    d.prov("appointment to a seven-year, nonrenewable term", "requirement", 7, "years",
           "a seven-year, nonrenewable term", "term of the ombudsman")

    d.sec("6")
    d.ent("organization", LASTRADA)
    d.ent("place", "Soroca")
    d.ent("organization", "Women’s Law Center")
    d.ent("organization", "State Medical University")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Ministry of Health, Labor and Social Protection")
    d.ent("organization", "Ministry of Education, Culture and Research")
    d.ent("organization", "Prosecutor General’s Office", "General Prosecutor’s Office")
    d.ent("organization", "Prosecutor’s Office to Combat Organized Crime and Special Cases")
    d.ent("organization", "Antitrafficking Bureau")
    d.ent("organization", "Department of State")
    d.ent("organization", "Promo-Lex")
    d.ent("organization", "Council for Prevention of Torture")
    d.ent("organization", "National Mechanism for the Prevention of Torture", "NMPT")
    d.ent("organization", IDOM, "Moldovan Institute for Human Rights", "IDOM")
    d.ent("organization", "Central Electoral Commission")
    d.ent("organization", "UNDP")
    d.ent("organization", EQ, "Equality Council", "Antidiscrimination Council")
    d.ent("organization", "Roma Women Network in Moldova")
    d.ent("organization", GDM)
    d.ent("person", "Igor Dodon", "Dodon")
    d.ent("organization", "Moldovan Orthodox Church")
    d.ent("person", "Doina Ioana Straisteanu")
    d.not_entity("Children in the Republic of Moldova: Situation Analysis",
                 "Hague Convention on the Civil Aspects of International Child",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report",
                 "National Program of Deinstitutionalization of People with Intellectual",
                 "Solidarity Pride March", "Child Safeguarding Team")
    d.prov("establishes penalties for violations ranging from three years to life",
           "penalty", 3, "years", "from three years to life in prison", "rape")
    d.ev("there were no specific governmental rape prevention activities", "other", Y,
         polarity="negated")
    d.ev("From January to September, police registered 264 cases of rape",
         "attack_or_threat", "2019-01", date_end="2019-09")
    d.fig("From January to September, police registered 264 cases of rape", 264,
          "rape cases registered by police, January to September")
    d.ev("From January to September, police registered 264 cases of rape",
         "attack_or_threat", "2018")
    d.fig("From January to September, police registered 264 cases of rape", 303,
          "rape cases registered by police in 2018")
    d.fig("As of September, police registered 1,429 cases of domestic violence", 1429,
          "domestic violence cases registered by police")
    d.fig("As of September, police registered 1,429 cases of domestic violence", 625,
          "domestic violence cases treated as criminal cases")
    d.fig("As of September, police registered 1,429 cases of domestic violence", 804,
          "domestic violence cases treated as misdemeanors")
    d.fig("Twenty cases of domestic violence resulted in deaths", 20,
          "domestic violence cases resulting in death")
    d.fig("Twenty cases of domestic violence resulted in deaths", 33,
          "increase in domestic violence deaths over 2018", unit="percent")
    d.ev("Police carried out prevention activities against persons", "other", Y)
    d.ev("a 15-year-old Romani girl and her mother from Soroca were kidnapped", "other",
         "2018-08", place="Soroca")
    d.ev("The perpetrator pled guilty to committing a hate crime", "conviction_or_sentence",
         "2019-06")
    d.pen("life", None, None, "life imprisonment")
    d.ev("A study published in 2017 by La Strada noted", "report_published", "2017",
         source=LASTRADA)
    d.fig("In an estimated one-third of cases, law enforcement officers", 1 / 3,
          "share of cases investigated for lesser offenses", "approximately", source=LASTRADA)
    d.fig("In 90 percent of the cases, the victims were not present", 90,
          "share of cases where victims were absent from preliminary hearings", unit="percent",
          source=LASTRADA)
    d.fig("The law regulates five forms of domestic violence", 5,
          "forms of domestic violence the law regulates")
    d.prov("The maximum punishment for family violence offenses is 15 years", "penalty", 15,
           "years", "15 years’ imprisonment", "family violence")
    d.prov("the law requires that authorities issue protective orders within 24 hours",
           "time_limit", 24, "hours", "within 24 hours", "protective orders")
    d.fig("offered legal, psychological and social support to 340 victims", 340,
          "domestic violence victims supported by the Women's Law Center")
    d.fig("offered legal, psychological and social support to 340 victims", 411,
          "domestic violence victims supported in the same period of 2018")
    d.prov("ranging from a fine to a maximum of three years’ imprisonment", "penalty", 3,
           "years", "a maximum of three years’ imprisonment", "sexual harassment")
    d.fig("one in five women reported being sexually harassed by a teacher", 1,
          "women sexually harassed by a teacher (numerator)")
    d.fig("one in five women reported being sexually harassed by a teacher", 5,
          "women sexually harassed by a teacher (denominator)")
    d.fig("two university assistants accused a professor", 2,
          "university assistants accusing the professor")
    d.fig("demanded compensation for libel of one million lei", 1000000,
          "compensation demanded by the professor", unit="MDL")
    d.fig("demanded compensation for libel of one million lei", 57300,
          "compensation demanded by the professor", unit="USD")
    d.ev("In September a court ruled that the victims must pay damages", "other", "2019-09")
    d.fig("In September a court ruled that the victims must pay damages", 30000,
          "damages each victim must pay", unit="MDL")
    d.fig("In September a court ruled that the victims must pay damages", 1700,
          "damages each victim must pay", unit="USD")
    d.ev("there were no reports of coerced abortion or involuntary sterilization", "other",
         Y, polarity="negated")
    d.prov("women fill a minimum of 40 percent of decision-making positions", "threshold", 40,
           "percent", "a minimum of 40 percent", "women in decision-making positions")
    d.fig("more than 1,000 children lacked identification documents", 1000,
          "children lacking identification documents", "more than")
    d.fig("only half of Romani children attended school", 0.5,
          "share of Romani children attending school")
    d.fig("only half of Romani children attended school", 1,
          "Romani children attending preschool (numerator)")
    d.fig("only half of Romani children attended school", 5,
          "Romani children attending preschool (denominator)")
    d.ev("Children in the Republic of Moldova: Situation Analysis 2016", "report_published",
         "2016", source="UNICEF")
    d.fig("76 percent of children between the ages of two and 14", 76,
          "share of children subjected to violent discipline", unit="percent",
          source="UNICEF")
    d.fig("reported 4,515 cases of violence against children", 4515,
          "cases of violence against children, first half of 2018-19 school year",
          source="Ministry of Education, Culture and Research")
    d.fig("reported 4,515 cases of violence against children", 6,
          "decrease of cases of violence against children", unit="percent",
          source="Ministry of Education, Culture and Research")
    d.fig("Some 1,128 children reported neglect", 1128, "children reporting neglect",
          "approximately")
    d.fig("Some 1,128 children reported neglect", 46, "cases of child labor exploitation")
    d.fig("Some 1,128 children reported neglect", 22, "cases of child sexual abuse")
    d.ev("During the year authorities sent 698 cases to institutions", "other", Y)
    d.fig("During the year authorities sent 698 cases to institutions", 698,
          "child abuse cases sent to child protection institutions")
    d.prov("The legal minimum age for marriage is 16 for women", "threshold", 16, "age",
           "16 for women", "marriage")
    d.prov("The legal minimum age for marriage is 16 for women", "threshold", 18, "age",
           "18 for men", "marriage")
    d.prov("Child prostitution is punishable by three to seven years", "penalty", 3, "years",
           "three to seven years’ imprisonment", "child prostitution")
    d.prov("for which the punishment is one to three years’ imprisonment", "penalty", 1,
           "years", "one to three years’ imprisonment", "child pornography")
    d.prov("for which the punishment is one to three years’ imprisonment", "penalty", 150000,
           "MDL", "150,000 to 250,000 lei", "child pornography")
    d.prov("for which the punishment is one to three years’ imprisonment", "penalty", 8520,
           "USD", "$8,520 to $14,200", "child pornography")
    d.prov("The minimum age for consensual sex is 16.", "threshold", 16, "age", "16",
           "consensual sex")
    d.fig("about 10 percent of children in the country were exposed", 10,
          "share of children exposed to sexual abuse", "approximately", unit="percent",
          source="UNICEF")
    d.ev("law enforcement identified seven victims of child pornography", "other", Y)
    d.fig("law enforcement identified seven victims of child pornography", 7,
          "victims of child pornography production identified")
    # t-gold21: sexual violence by private persons is `torture_or_abuse` (settled 2026-12-16).
    d.ev("registered 79 new cases of child sexual exploitation", "torture_or_abuse",
         "2019-01", date_end="2019-11", source=LASTRADA)
    d.fig("registered 79 new cases of child sexual exploitation", 79,
          "new cases of child sexual exploitation and abuse", source=LASTRADA)
    d.fig("Law enforcement referred 63 cases", 63, "cases referred for assistance")
    d.fig("As of 2018, 1,119 children were in government residential", 1119,
          "children in government residential institutions")
    d.fig("As of 2018, 1,119 children were in government residential", 476,
          "institutionalized children with mental disabilities")
    d.fig("As of 2018, 1,119 children were in government residential", 377,
          "institutionalized orphans and children without parental care")
    d.fig("As of 2018, 1,119 children were in government residential", 266,
          "institutionalized children with sensory disabilities")
    d.fig("The Jewish community numbered between 25,000 and 30,000", 25000,
          "size of the Jewish community", value_end=30000, unit="persons")
    d.fig("The Jewish community numbered between 25,000 and 30,000", 2000,
          "Jewish community members living in Transnistria", unit="persons")
    d.ev("No acts of vandalism or Jewish property destruction were reported",
         "attack_or_threat", Y, polarity="negated")
    d.fig("There were an estimated 180,000 persons with disabilities", 180000,
          "persons with disabilities", "approximately")
    d.ev("A doctor arrested in 2013 for the serial rape", "detention_or_arrest", "2013")
    d.ev("A doctor arrested in 2013 for the serial rape", "conviction_or_sentence", Y)
    d.ev("conducted preventive visits to residential institutions", "other", "2019-01",
         date_end="2019-09", source="Council for Prevention of Torture")
    d.fig("in two out of three psychiatric hospitals", 2,
          "psychiatric hospitals without separate wards (numerator)", source=IDOM)
    d.fig("in two out of three psychiatric hospitals", 3,
          "psychiatric hospitals (denominator)", source=IDOM)
    d.fig("More than 70 percent of public institutions lacked access ramps", 70,
          "share of public institutions without access ramps", "more than", unit="percent")
    d.ev("An audit on the accessibility of polling stations conducted", "other", Y,
         source="Central Electoral Commission")
    d.fig("found that only 1 percent of 612 stations", 1,
          "share of polling stations fully accessible", unit="percent")
    d.fig("found that only 1 percent of 612 stations", 612, "polling stations assessed")
    d.fig("only 21 percent of Roma were actively employed", 21,
          "share of Roma actively employed", unit="percent")
    d.ev("According to a 2018 survey conducted by the country’s Council", "report_published",
         "2018", source=EQ)
    d.fig("Approximately 60 percent of Romani families lived in rural areas", 60,
          "share of Romani families in rural areas", "approximately", unit="percent")
    d.fig("in a survey of 476 Romani women from 48 localities", 476,
          "Romani women surveyed", source="Roma Women Network in Moldova")
    d.fig("in a survey of 476 Romani women from 48 localities", 48,
          "localities surveyed", source="Roma Women Network in Moldova")
    d.fig("only 36.6 percent of Romani women attended", 36.6,
          "share of Romani women attending state education", unit="percent",
          source="Roma Women Network in Moldova")
    d.fig("only 36.6 percent of Romani women attended", 57.8,
          "share of Romani women without opportunity to continue studies", unit="percent",
          source="Roma Women Network in Moldova")
    d.fig("About 84.7 percent of respondents were unemployed", 84.7,
          "share of respondents unemployed", "approximately", unit="percent",
          source="Roma Women Network in Moldova")
    d.fig("one-third of women reported discrimination at the doctor", 1 / 3,
          "share of women reporting discrimination at the doctor",
          source="Roma Women Network in Moldova")
    d.fig("70 percent of women did not have access to information", 70,
          "share of women without health information", unit="percent",
          source="Roma Women Network in Moldova")
    d.fig("About 70 percent of the 31 Roma community mediators", 70,
          "share of mediators without a computer", "approximately", unit="percent")
    d.fig("About 70 percent of the 31 Roma community mediators", 31,
          "Roma community mediators")
    d.ev("survey conducted by the Antidiscrimination Council in 2018", "report_published",
         "2018", source="Antidiscrimination Council")
    d.ev("In May the NGO Genderdoc-M organized the 18th annual", "protest", "2019-05",
         place="Chisinau")
    d.fig("an estimated 1,500 police were deployed", 1500, "police deployed at the march",
          "approximately")
    d.fig("an estimated 1,500 police were deployed", 200, "march participants",
          value_end=300)
    d.fig("an estimated 1,500 police were deployed", 1.5, "length of the march", unit="miles")
    # t-conv15 settlement: a negation after the dated march (was 2019-05)
    d.ev("No attempts were made to disrupt the march", "attack_or_threat", Y,
         polarity="negated")
    d.ev("President Dodon and the Moldovan Orthodox Church organized a festival", "other",
         "2019-05")
    d.ev("reported eight verbal and five physical assaults", "attack_or_threat", Y,
         source=GDM)
    d.fig("reported eight verbal and five physical assaults", 8,
          "verbal assaults on LGBTI persons", source=GDM)
    d.fig("reported eight verbal and five physical assaults", 5,
          "physical assaults on LGBTI persons", source=GDM)
    d.fig("reported that 13 cases of discrimination, hate speech", 13,
          "LGBTI cases under examination at the ECHR", source=GDM)
    d.fig("reported that 13 cases of discrimination, hate speech", 2,
          "LGBTI cases filed at the ECHR during the year", source=GDM)
    d.ev("In June Genderdoc-M reported a case of intentional arson", "attack_or_threat",
         "2019-06", source=GDM)

    d.sec("7")
    d.ent("organization", SLI, "SLI")
    d.ent("place", "Russia")
    d.ent("place", "Turkey")
    d.ent("place", "Cyprus")
    d.ent("place", "United Arab Emirates")
    d.ent("organization", "Department of Labor")
    d.ent("organization", NTUC, "NTUC")
    d.ent("organization", "International Labor Organization")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.ev("There were no reports that the government, political parties, or employers",
         "other", Y, polarity="negated")
    d.fig("this was delegated to 10 other state agencies", 10,
          "state agencies delegated workplace safety enforcement")
    d.ev("The government did not invoke this provision during the year.", "other", Y,
         polarity="negated")
    d.prov("The minimum age for employment is 15.", "threshold", 15, "age", "15",
           "employment")
    d.prov("The law permits juveniles between the ages of 16 and 18", "threshold", 16, "age",
           "between the ages of 16 and 18", "work under special conditions")
    d.prov("The law permits juveniles between the ages of 16 and 18", "prohibition", 35,
           "hours", "35 hours per week", "workweek of juveniles")
    d.prov("15-year-old children may work", "threshold", 15, "age", "15-year-old",
           "work with parental permission")
    d.prov("Work for children who are 15 or 16 should not exceed 24 hours", "prohibition",
           24, "hours", "24 hours per week", "workweek of children aged 15 or 16")
    d.prov("are not allowed to perform hazardous and dangerous activities in 30", "threshold",
           18, "age", "younger than 18", "hazardous work")
    d.fig("are not allowed to perform hazardous and dangerous activities in 30", 30,
          "industries barred to children younger than 18")
    d.prov("provides for three to 15 years’ imprisonment", "penalty", 3, "years",
           "three to 15 years’ imprisonment", "worst forms of child labor")
    d.prov("courts can increase the sentence to life imprisonment", "penalty", None, None,
           "life imprisonment", "worst forms of child labor")
    d.fig("As of September the council made decisions on 191 cases", 191,
          "discrimination cases decided by the council", source=EQ)
    d.fig("As of September the council made decisions on 191 cases", 43,
          "increase in decided cases over 2018", unit="percent", source=EQ)
    d.fig("salary arrears were more than 40 million lei", 40000000, "salary arrears",
          "more than", unit="MDL", source=NTUC)
    d.fig("salary arrears were more than 40 million lei", 2270000, "salary arrears",
          unit="USD", source=NTUC)
    d.fig("salary arrears were more than 40 million lei", 0.5,
          "share of arrears owed by the state forestry service", "approximately", source=NTUC)
    d.prov("The law sets the maximum workweek at 40 hours", "prohibition", 40, "hours",
           "40 hours", "workweek")
    d.prov("The law sets the maximum workweek at 40 hours", "right", 1, "days",
           "at least one day off per week", "weekly rest")
    d.prov("The law sets the maximum workweek at 40 hours", "right", 28, "days",
           "at least 28 calendar days", "paid annual leave")
    d.fig("occupational health safety controls to 10 sectoral inspection", 10,
          "sectoral inspection agencies")
    d.ev("the SLI did not conduct any unannounced or onsite inspections in 2018",
         "other", "2018", polarity="negated")
    d.ev("the SLI did not conduct any unannounced or onsite inspections in 2018",
         "other", "2019-01", date_end="2019-06", polarity="negated")
    d.fig("the sectoral agencies conducted fewer than 100 such inspections", 100,
          "inspections by sectoral agencies", "fewer than")
    d.fig("30.9 percent of the total employed population", 30.9,
          "share of employed population in informal jobs", unit="percent",
          source="International Labor Organization")
    d.fig("30.9 percent of the total employed population", 68.7,
          "share of informal jobs in agriculture", unit="percent",
          source="International Labor Organization")
    d.fig("the SLI reported 352 work accidents involving 366 victims", 352,
          "work accidents", source=SLI)
    d.fig("the SLI reported 352 work accidents involving 366 victims", 366,
          "victims of work accidents", source=SLI)
    d.fig("The SLI also reported 18 work-related deaths.", 18, "work-related deaths",
          source=SLI)
    d.fig("Enterprise committees investigated 266 cases of temporary incapacitation", 266,
          "cases of temporary incapacitation investigated")
    d.fig("Enterprise committees investigated 266 cases of temporary incapacitation", 274,
          "persons temporarily incapacitated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Maia Sandu", "Sandu")
    d.ent("organization", "Chisinau City Council")
    d.ent("place", "Gagauzia")
    d.ent("person", "Irina Vlah")
    d.ent("organization", "Shor Party", "Shor party")
    d.ent("organization", "NTV")
    d.ent("organization", "Rossiya-1")
    d.ent("organization", "Public Agency for Telecommunication")
    d.ent("organization", "Sheriff Holding")
    d.ent("organization", "Supreme Soviet")
    d.ent("organization", "Democratic Party", "PDM")
    d.ent("organization", "RISE.md")
    d.ent("person", "Liuba Sevciuc")
    d.ent("person", "Vladimir Plahotniuc", "Vlad Plahotniuc", "Plahotniuc")
    d.ent("person", "Vadim Krasnoselsky", "Krasnoselsky")
    d.ent("person", "Tatiana Belova", "Belova")
    d.ent("organization", "European Court of Human Rights", "European Court for Human Rights",
          "ECHR")
    d.ent("place", "Tiraspol")
    d.ent("place", "Ukraine")
    d.ent("organization", "EU")
    d.ent("place", "Soviet Union")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Moldovan Intelligence Service")
    d.ent("organization", "Bureau of Migration and Asylum",
          "Moldovan Bureau for Migration and Asylum", "Bureau for Migration and Asylum")
    d.ent("organization", "Transnistrian Communist Party", "Communist Party")
    d.ent("person", "Oleg Horjan")
    d.not_entity("Iovcev and others v. Republic of Moldova and Russia",
                 "International Religious Freedom Report", "Latin Script Schools")
    d.ev("there were allegations that authorities did not always respect this right", "other",
         Y, polarity="alleged")
    d.ev("Journalists were subjected to harassment, intimidation, threats, physical",
         "attack_or_threat", "2019-02")
    d.ev("Journalists were subjected to harassment, intimidation, threats, physical",
         "attack_or_threat", "2019-06")
    d.ev("Prominent journalists left key outlets acquired by oligarchs.", "other", Y)
    d.ev("Journalists were blocked from covering certain political events",
         "censorship_or_blocking", Y)
    d.ev("authorities prohibited the entry into the country of crews", "censorship_or_blocking",
         "2019-02-19")
    d.ev("passed a law restricting access of journalists", "law_or_decree", Y)
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were multiple reports of political and business interests using violence",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("participants, including the bodyguards of party leaders, pushed, struck",
         "attack_or_threat", "2019-06-07", date_end="2019-06-09")
    d.ev("reported that law enforcement agents followed one of its journalists",
         "surveillance", "2018-10", source="RISE.md")
    d.ev("reported that law enforcement agents followed one of its journalists", "other",
         "2018-09-05")
    d.ev("approved changes to the “criminal code” criminalizing public insults",
         "law_or_decree", "2019-03-29")
    d.prov("which may be punished by a fine of 5,280 lei", "penalty", 5280, "MDL",
           "a fine of 5,280 lei", "public insults of the region's leader")
    d.prov("which may be punished by a fine of 5,280 lei", "penalty", 300, "USD", "$300",
           "public insults of the region's leader")
    d.prov("which may be punished by a fine of 5,280 lei", "penalty", 5, "years",
           "up to five years in prison", "public insults of the region's leader")
    d.ev("blogger Tatiana Belova and her partner disappeared from their home", "other",
         "2019-08-08")
    d.ev("friends believed she was arrested for insulting Krasnoselsky", "detention_or_arrest",
         "2019-08-08", polarity="alleged")
    d.ev("Belova refused Promo-Lex representation in the Transnistrian court", "other", Y)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.ev("a formal agreement was signed to reduce the rent", "other", Y)
    d.ev("On September 17 the European Court for Human Rights ruled", "other", "2019-09-17",
         source="European Court of Human Rights")
    d.ev("concerning pressure by the unrecognized Transnistrian authorities", "other", "2013",
         date_end="2014")
    d.fig("concerning pressure by the unrecognized Transnistrian authorities", 4,
          "Latin-script schools under pressure")
    d.ev("The court found Russia guilty of violating the right to education", "other",
         "2019-09-17", source="European Court of Human Rights")
    d.fig("ordered Russia to pay 90,000 euros", 90000, "damages ordered against Russia",
          unit="EUR")
    d.fig("ordered Russia to pay 90,000 euros", 99000, "damages ordered against Russia",
          unit="USD")

    d.sec("2.b")
    d.ev("has been imprisoned since June 2018 following an unauthorized protest",
         "detention_or_arrest", "2018-06")

    d.sec("2.d")
    d.ent("place", "Moldova", "Republic of Moldova")
    d.ev("Chisinau and Tiraspol reached an agreement to lift restrictions", "other", "2019-08")
    d.ev("In December 2018, Transnistrian authorities simplified travel procedures", "other",
         "2018-12")

    d.sec("2.f")
    d.ev("In June the European Court of Human Rights fined the country", "other", "2019-06",
         source="European Court of Human Rights")
    d.fig("In June the European Court of Human Rights fined the country", 125000,
          "fine imposed on the country by the court", unit="EUR")
    d.fig("In June the European Court of Human Rights fined the country", 137500,
          "fine imposed on the country by the court", unit="USD")
    d.fig("In June the European Court of Human Rights fined the country", 7,
          "Turkish educators forcibly returned")
    d.ev("In June the European Court of Human Rights fined the country", "other", "2018")
    d.fig("five of the seven were asylum applicants", 5, "returned educators who sought asylum")
    d.fig("five of the seven were asylum applicants", 7, "returned educators (denominator)")
    d.ev("were put under criminal investigation following the ECHR ruling", "investigation", Y)
    d.fig("As of July, there were 257 beneficiaries", 257,
          "persons under humanitarian protection")

    d.sec("2.g")
    d.fig("There were approximately 1,900 stateless persons", 1900, "stateless persons",
          "approximately")
    d.fig("an additional 1,734 persons of indeterminate citizenship", 1734,
          "persons whose citizenship is indeterminate", "approximately")
    d.fig("an additional 1,734 persons of indeterminate citizenship", 8240,
          "former Soviet citizens without Moldovan citizenship", "approximately")
    d.prov("who has resided legally in the country for eight years", "threshold", 8, "years",
           "eight years", "naturalization of stateless persons")
    d.fig("at a cost ranging from approximately 500 to 1,400 lei", 500,
          "cost of a residence permit", "approximately", unit="MDL", value_end=1400)
    d.fig("at a cost ranging from approximately 500 to 1,400 lei", 28.4,
          "cost of a residence permit", "approximately", unit="USD", value_end=80)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Organization for Security and Cooperation in Europe", "OSCE")
    d.ent("organization", "Council of Europe")
    d.ent("organization", "European Network of Election Monitoring Organizations")
    d.ent("organization", "Socialist Party", "PSRM")
    d.ent("organization", "Dignity and Truth Party")
    d.ent("organization", "NOW Platform", "ACUM")
    d.ent("place", "Ungheni")
    d.ent("person", "Gheorghe Petic", "Petic")
    d.ent("organization", "Border Police")
    d.ent("person", "Ilan Shor")
    d.ent("organization", "National Anticorruption Center", "NAC")
    d.ent("organization", "Gender Equality Platform")
    d.ev("parliamentary elections on February 24 were competitive", "election_or_referendum",
         "2019-02-24", source="OSCE")
    d.ev("Local and international observers raised concerns, however", "other", "2019-02-24")
    d.ev("two rounds of local elections held on October 20", "election_or_referendum",
         "2019-10-20")
    d.ev("two rounds of local elections held on October 20", "election_or_referendum",
         "2019-11-03")
    d.fig("two rounds of local elections held on October 20", 2, "rounds of local elections")
    d.ev("2016 resulted in the election of PSRM candidate Igor Dodon", "election_or_referendum", "2016")
    d.fig("2016 resulted in the election of PSRM candidate Igor Dodon", 2, "rounds of presidential elections")
    d.ev("According to the OSCE, both rounds were competitive", "other", "2016",
         source="OSCE")
    d.ev("Opposition parties reported intimidation and harassment", "attack_or_threat", Y)
    d.ev("was sentenced to three years and six months imprisonment", "conviction_or_sentence",
         "2019-03-20")
    d.pen("prison", 3.5, "years", "three years and six months imprisonment")
    d.ev("Petic denied the charges, claiming they were politically motivated.", "other", Y)
    d.ev("Petic was released from detention", "release", "2019-07-19")
    d.ev("fled the country, alleging threats against them", "other", "2019-06-08")
    d.ev("announced the filing of an international arrest warrant", "charge", "2019-10-29")
    d.ev("seized up to 54.6 million lei", "other", "2019-10-30")
    d.fig("seized up to 54.6 million lei", 54600000, "assets seized from the former PDM chairman",
          "up to", unit="MDL")
    d.fig("seized up to 54.6 million lei", 3100000, "assets seized from the former PDM chairman",
          "up to", unit="USD")
    d.ev("parliament lifted the immunity of five members", "other", Y)
    d.fig("parliament lifted the immunity of five members", 5,
          "legislators whose immunity was lifted")
    d.ev("was detained on charges of cigarette smuggling", "detention_or_arrest", Y)
    d.ev("The members of parliament have denied the charges", "other", Y)
    d.prov("either gender must have a minimum of 40 percent of candidates", "threshold", 40,
           "percent", "a minimum of 40 percent", "candidates of either gender on party lists")
    d.prov("provides for a 10 percent financial supplement", "right", 10, "percent",
           "a 10 percent financial supplement", "parties promoting female candidates")
    d.fig("there were 41.8 percent of women on party lists", 41.8,
          "share of women on national party lists", unit="percent")
    d.fig("there were 41.8 percent of women on party lists", 21,
          "share of women candidates in single mandate districts", unit="percent")
    d.fig("Twenty-six women were elected to the 101-seat parliament.", 26,
          "women elected to parliament")
    d.fig("Twenty-six women were elected to the 101-seat parliament.", 101,
          "seats in parliament")
    d.fig("Almost 22 percent of mayors elected", 22, "share of women among elected mayors",
          "approximately", unit="percent")
    # t-conv15 settlement: an aggregate with a source of its own (was 2019-02-24)
    d.ev("around 40 percent of female candidates and 49 percent", "attack_or_threat",
         Y, source="Gender equality NGOs")
    d.fig("around 40 percent of female candidates and 49 percent", 40,
          "share of female candidates intimidated", "approximately", unit="percent")
    d.fig("around 40 percent of female candidates and 49 percent", 49,
          "share of female activists intimidated", unit="percent")
    d.ev("According to a December report by the Gender Equality Platform",
         "report_published", "2019-12", source="Gender Equality Platform")
    d.fig("52 percent of female candidates were victims of violence", 52,
          "share of female candidates victims of violence", unit="percent",
          source="Gender Equality Platform")
    d.fig("52 percent of female candidates were victims of violence", 15,
          "share of female candidates victims who filed a report", unit="percent",
          source="Gender Equality Platform")

    d.sec("4")
    d.ent("organization", "National Integrity Authority", "NIA")
    d.ent("organization", "Criminal Assets Recovery Agency")
    d.ent("organization", "Transparency International")
    d.ent("organization", "Court of Appeals")
    d.ent("organization", "Chisinau Central Court")
    d.ent("organization", "Superior Council of Magistrates", "SCM")
    d.ent("organization", "Supreme Court of Justice")
    d.ent("person", "Ion Druta", "Druta")
    d.ent("person", "Oleg Sternioala", "Sternioala")
    d.ent("organization", "Tax Office")
    d.not_entity("National Integrity and Anticorruption Strategy")
    d.prov("delays in selecting the 30 integrity inspectors required by law", "requirement",
           30, "inspectors", "30 integrity inspectors", "integrity inspectors of the NIA")
    d.ev("According to a May survey, 26 percent of citizens", "report_published", "2019-05")
    d.fig("According to a May survey, 26 percent of citizens", 26,
          "share of citizens admitting paying bribes", unit="percent")
    d.ev("A much-contested law on capital amnesty expired", "other", Y)
    d.ev("A much-contested law on capital amnesty expired", "law_or_decree", "2018")
    d.ev("A 2018 report by Transparency International noted", "report_published", "2018",
         source="Transparency International")
    d.ev("In 2018 the NAC detained 10 persons on corruption charges", "detention_or_arrest",
         "2018")
    d.fig("In 2018 the NAC detained 10 persons on corruption charges", 10,
          "persons detained on corruption charges in 2018")
    d.fig("In 2018 the NAC detained 10 persons on corruption charges", 3,
          "Court of Appeals judges detained")
    d.fig("In 2018 the NAC detained 10 persons on corruption charges", 2,
          "Chisinau Central Court judges detained")
    d.ev("During preliminary hearings in April, only seven", "trial", "2019-04")
    d.fig("During preliminary hearings in April, only seven", 7, "suspects who appeared in court")
    d.fig("During preliminary hearings in April, only seven", 10,
          "suspects summoned (denominator)")
    d.ev("refused to endorse a request from the interim prosecutor general", "other",
         "2019-09")
    d.fig("refused to endorse a request from the interim prosecutor general", 5,
          "judges suspected of money laundering")
    d.fig("refused to endorse a request from the interim prosecutor general", 352000000000,
          "sum laundered from Russia", "more than", unit="MDL")
    d.fig("refused to endorse a request from the interim prosecutor general", 20000000000,
          "sum laundered from Russia (converted)")
    # t-conv15 settlement: next step, untied (was 2019-09)
    d.ev("The SCM postponed the request examination.", "other", Y)
    d.ev("On September 24 the SCM accepted the interim prosecutor general", "other",
         "2019-09-24")
    d.ev("On October 30 anticorruption prosecutors seized several assets", "other",
         "2019-10-30")
    d.fig("On October 30 anticorruption prosecutors seized several assets", 12900000,
          "assets of the Supreme Court head seized", unit="MDL")
    d.fig("On October 30 anticorruption prosecutors seized several assets", 735000,
          "assets of the Supreme Court head seized", unit="USD")
    d.ev("anticorruption prosecutors detained and then released on bail", "release", Y)
    d.ev("Sternioala tendered his resignation in December.", "other", "2019-12")
    d.prov("within 30 days of their appointment", "time_limit", 30, "days",
           "within 30 days of their appointment", "public income statements of officials")


# =========================================================================================
# Title line and executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("organization", "Ministry of Internal Affairs", "Ministry of Interior",
          "Interior Ministry")
    d.ent("organization", "General Police Inspectorate")
    d.ent("organization", "Civil Protection Service")
    d.ent("organization", "Carabinieri")
    d.ent("organization", "Material Reserves Agency")
    d.ent("organization", "Constitutional Court")
    d.ent("person", "Zinaida Greceanii")
    d.ent("person", "Ion Chicu")
    d.not_entity("Transdniester Moldovan Republic")
    d.ev("Parliamentary elections on February 24 met most", "election_or_referendum",
         "2019-02-24")
    d.ev("Two rounds of presidential elections in 2016 resulted in the election of Igor Dodon.",
         "election_or_referendum", "2016")
    d.ev("According to the OSCE election observation mission, both rounds", "other", "2016",
         source="OSCE")
    d.ev("International and domestic observers, however, noted polarized", "other", "2016")
    d.fig("The police force has two divisions", 2, "divisions of the police force")
    d.ev("the Constitutional Court ruled to dissolve parliament", "other", "2019-06-07",
         source="Constitutional Court")
    d.ev("refused to relinquish power to a newly formed governing coalition", "other", Y)
    d.fig("As a result, there were two parallel governments", 2, "parallel governments")
    d.ev("power transitioned peacefully to the newly formed coalition", "other", Y)
    d.ev("the Sandu Cabinet was dismissed in a no-confidence vote", "dismissal", "2019-11-12")
    d.ev("a new PSRM-appointed minority government was sworn in", "other", "2019-11-14")
    d.ev("Significant human rights issues included: torture", "torture_or_abuse", Y)
    d.ev("Opposition parties reported pressure and politically motivated", "other", Y)
    d.ev("In 1990 separatists declared", "other", "1990")
    # t-gold21: a ceasefire agreement is no legal instrument: `other` (settled 2026-12-16).
    d.ev("A 1992 ceasefire agreement established a peacekeeping force", "other", "1992")
    d.ev("There were reports that police in Transnistria engaged in torture", "torture_or_abuse",
         Y, polarity="alleged")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Balti")
    d.ent("place", "Cricova")
    d.ent("organization", "Committee for the Prevention of Torture", "CPT")
    d.ent("person", "Andrei Braguta", "Braguta")
    d.ent("organization", "National Administration of Penitentiaries")
    d.not_entity("Penitentiary No. 13", "Penitentiary No. 11", "Penitentiaries No. 15",
                 "Penitentiary No.16", "Penitentiary No.13", "European Convention on Human Rights",
                 "Psychiatric Hospital in Chisinau")
    d.ev("the antitorture prosecution office reported allegations of torture",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("received 456 allegations of torture and mistreatment", 456,
          "torture and mistreatment allegations received in the first half")
    d.fig("but more than 200 were at government facilities", 200,
          "alleged torture incidents at government facilities", "more than")
    d.ev("Prosecutors initiated 45 criminal cases.", "investigation", Y)
    d.fig("Prosecutors initiated 45 criminal cases.", 45, "torture criminal cases initiated")
    d.ev("In a report published in December 2018 following its visit", "report_published",
         "2018-12", source="Committee for the Prevention of Torture")
    d.ev("In a report published in December 2018 following its visit", "other", "2018-06",
         source="Committee for the Prevention of Torture")
    d.ev("In July, the courts sentenced two police officers and four inmates",
         "conviction_or_sentence", "2019-07")
    d.fig("In July, the courts sentenced two police officers and four inmates", 2,
          "police officers sentenced for torture")
    d.fig("In July, the courts sentenced two police officers and four inmates", 4,
          "inmates sentenced for torture")
    d.ev("In July, the courts sentenced two police officers and four inmates", "other", "2017")
    d.ev("several inmates had beaten Braguta with the tacit approval", "torture_or_abuse",
         "2017")
    d.ev("One police officer was sentenced to four years’ imprisonment", "conviction_or_sentence",
         "2019-07")
    d.pen("prison", 4, "years", "four years’ imprisonment")
    d.ev("Three inmates received five-year suspended sentences", "conviction_or_sentence",
         "2019-07")
    d.pen("other", 5, "years", "five-year suspended sentences")
    d.fig("Three inmates received five-year suspended sentences", 3,
          "inmates given suspended sentences")
    d.fig("As of November, two criminal cases from the Chisinau police", 2,
          "criminal cases from the police detention facility")
    d.fig("As of November, two criminal cases from the Chisinau police", 13,
          "police officers facing inhuman-treatment charges")
    d.fig("As of November, two criminal cases from the Chisinau police", 2,
          "doctors accused of negligence")
    d.ev("noted cases of coerced confinement of individuals without any disability", "other",
         "2018", source=IDOM)
    d.ev("in 2018 approximately 7,000 patients were placed", "detention_or_arrest", "2018")
    d.fig("in 2018 approximately 7,000 patients were placed", 7000,
          "patients confined against their will", "approximately")
    d.fig("in 2018 approximately 7,000 patients were placed", 50,
          "court rulings confining patients involuntarily")
    d.ev("has not initiated any criminal cases for", "investigation", Y, polarity="negated")
    d.ev("In a September 17 decision, the European Court for Human Rights found",
         "other", "2019-09-17", source="European Court of Human Rights")
    d.fig("In a September 17 decision, the European Court for Human Rights found", 2,
          "cases of inhuman treatment decided against Moldova")
    d.ev("conducted 25 preventive visits to prisons", "other", Y,
         source="Council for Prevention of Torture")
    d.fig("conducted 25 preventive visits to prisons", 25, "preventive visits to prisons")
    d.fig("up to 16 inmates housed in an area measuring 258", 16, "inmates per cell",
          "up to")
    d.fig("up to 16 inmates housed in an area measuring 258", 258, "cell area",
          unit="square feet")
    d.fig("In 15 of 30 detention facilities, however", 15,
          "police detention facilities with inadequate conditions")
    d.fig("In 15 of 30 detention facilities, however", 30, "police detention facilities")
    d.fig("Promo-Lex asserted that 30 prisoners died each year", 30,
          "prisoners dying each year for lack of care", source="Promo-Lex")
    d.fig("Transnistrian authorities reported more than 3,000 detainees", 3000,
          "detainees in the Transnistrian region", "more than")
    d.ev("There were no reports of any independent monitoring of detention", "other", Y,
         polarity="negated")

    d.sec("1.d")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Agency for Court Administration")
    d.ent("person", "Domnica Manole", "Manole")
    d.ent("organization", "Security and Intelligence Service", "SIS")
    d.ent("organization", "UN Human Rights Committee")
    d.ent("organization", "Jewish Community of Moldova", "JCM")
    d.ent("organization", "Public Property Agency")
    d.ent("organization", "Anticorruption Prosecutor’s Office")
    d.not_entity("Hlinaia Penitentiary", "Terezin Declaration", "Guidelines and Best Practices",
                 "Rabbi Tsirelson synagogue")
    d.ev("In a 2018 ruling, the ECHR concluded", "other", "2018",
         source="European Court of Human Rights")
    d.ev("a practice that officially ceased in 2012", "other", "2012")
    d.ev("There were, however, cases during the year of Moldovan police allowing", "other", Y)
    d.prov("Authorities may detain suspects without charge for 72 hours.", "time_limit", 72,
           "hours", "72 hours", "detention without charge")
    d.fig("investigative judges approved 88.4 percent of arrest warrant requests", 88.4,
          "share of arrest warrant requests approved in 2018", unit="percent")
    d.prov("The law permits pretrial detention for up to 30 days", "time_limit", 30, "days",
           "up to 30 days", "pretrial detention")
    d.prov("The law permits pretrial detention for up to 30 days", "time_limit", 30, "days",
           "in 30-day increments", "extension of pretrial detention")
    d.prov("The law permits pretrial detention for up to 30 days", "time_limit", 12, "months",
           "up to 12 months", "pretrial detention")

    d.sec("1.e")
    d.ev("In July a Chisinau court acquitted Judge Domnica Manole", "acquittal", "2019-07")
    d.ev("In July a Chisinau court acquitted Judge Domnica Manole", "other", "2019-08")
    d.ev("Judge Manole had been dismissed by presidential decree in 2017", "dismissal", "2017")
    d.ev("The Constitutional Court subsequently ruled the dismissal", "other", Y,
         source="Constitutional Court")
    d.ev("there were credible reports that authorities disregarded trial procedures", "other",
         Y, polarity="alleged")
    d.ev("was arrested in June 2018 after demanding the release", "detention_or_arrest",
         "2018-06", place="Tiraspol")
    d.ev("In November 2018 he was sentenced to four years and six months", "conviction_or_sentence",
         "2018-11")
    d.pen("prison", 4.5, "years", "four years and six months in prison")
    d.ev("family alleged that he was subject to abuse in detention", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Transnistrian authorities denied the Moldovan Ombudsman access", "other", Y)
    d.ev("launched a bid for the reconstruction of the Rabbi Tsirelson", "other", "2019-09",
         source="Jewish Community of Moldova")
    d.ev("launched a bid for the reconstruction of the Rabbi Tsirelson", "other", "2017")
    d.ev("The agency denied the building permit", "other", Y)

    d.sec("1.f")
    d.ev("organized hearings on illegal wiretappings", "other", "2019-07")
    d.fig("with judges approving 97-98 percent of the requests", 2,
          "growth of wiretapping requests from 2014 to 2018", unit="times")
    d.fig("with judges approving 97-98 percent of the requests", 97,
          "share of wiretapping requests approved", unit="percent", value_end=98)
    d.fig("about 10,000 in 2018 and 3,300 in 2019", 10000, "wiretaps initiated in 2018",
          "approximately", source="Ministry of Internal Affairs")
    d.fig("about 10,000 in 2018 and 3,300 in 2019", 3300, "wiretaps initiated in 2019")
    d.ev("announced the initiation of criminal cases against four Interior", "investigation",
         "2019-09")
    d.ev("announced the initiation of criminal cases against four Interior", "surveillance",
         "2017", date_end="2019")
    d.fig("announced the initiation of criminal cases against four Interior", 4,
          "interior ministry employees charged over wiretapping")
    d.fig("announced the initiation of criminal cases against four Interior", 3,
          "prosecutors charged over wiretapping")
    d.fig("announced the initiation of criminal cases against four Interior", 4,
          "judges charged over wiretapping")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def moldova() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_moldova", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_moldova": moldova}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
