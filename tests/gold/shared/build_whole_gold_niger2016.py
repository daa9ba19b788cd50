"""Build the hand-made DEV gold file for Niger 2016 (a page of the public collection).

``2016_niger.jsonl`` annotates ``html/2016/niger.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/niger.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence before the
system was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_niger2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_niger2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_niger.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/niger.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

CNDH = "National Human Rights Commission"
MINWOMEN = "Ministry of Women’s Promotion and Children’s Protection"
MOL = "Ministry of Labor and Civil Service"
DHS = "According to the 2012 DHS, "
MININT = ("Ministry of the Interior, Public Security, Decentralization, and Customary and "
          "Religious Affairs")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", CNDH, "CNDH")
    d.ent("organization", "Office of the Mediator of the Republic")
    d.ent("place", "Diffa", "Diffa Region")
    d.ent("organization",
          "National Commission for the Coordination of the Fight against Trafficking in Persons")
    d.ent("organization", "National Agency for the Fight against Trafficking in Persons")

    d.sec("6")
    d.ent("organization", MINWOMEN)
    d.ent("organization", "World Health Organization")
    d.ent("organization", "UN Population Division")
    d.ent("organization", MOL)
    d.ent("organization", "UNICEF")
    d.ent("organization", "National Institute of Statistics")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "UN Population Fund", "UNFPA")
    d.ent("organization", "Association of Traditional Chiefs")
    d.ent("place", "Zinder")
    d.ent("place", "Maradi")
    d.ent("place", "Tahoua")
    d.ent("place", "Birni n’Konni")
    d.ent("place", "Nigeria")
    d.ent("place", "Niger")
    d.ent("place", "Libya")
    d.ent("place", "Algeria")
    d.ent("place", "Europe")
    d.ent("organization", "Department of State")
    d.ent("organization", "Boko Haram")
    d.not_entity("Demographic and Health Survey", "Djado gold fields",
                 "Hague Convention on the Civil Aspects of International Child",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "International Women’s Day",
                 "National Women’s Day", "International Day of the Girl")
    d.prov("Rape is punishable by 10 to 30 years in prison", "penalty", 10, "years",
           "10 to 30 years in prison", "rape", value_end=30)
    B = "surveys on sex-based violence in 2010 showed that 43.2 percent"
    d.ev(B, "report_published", "2010", source="prime minister")
    d.fig(B, 43.2, "share of women who experienced physical violence", unit="percent",
          source="prime minister")
    d.fig(B, 28.3, "share of women who experienced sexual violence", unit="percent",
          source="prime minister")
    B = "penalties for which range from two months in prison and a fine"
    d.prov(B, "penalty", 2, "months", "two months in prison … to 30 years’ imprisonment",
           "battery")
    d.prov(B, "penalty", 10000, "XOF", "a fine of 10,000 CFA francs", "battery")
    d.prov(B, "penalty", 17, "USD", "$17", "battery")
    B = "Through several events receiving widespread media coverage"
    d.ev(B, "other", "2016-03-08")
    d.ev(B, "other", "2016-05-13")
    d.ev(B, "other", "2016-10-11")
    d.prov("The law prohibits FGM/C, which is punishable by six months", "penalty", 6,
           "months", "six months to three years in prison", "FGM/C")
    d.prov("If an FGM/C victim dies, the practitioner may be sentenced", "penalty", 10,
           "years", "10 to 20 years in prison", "FGM/C causing death", value_end=20)
    d.ev("There were no reports of FGM/C perpetrated on women", "torture_or_abuse", Y,
         polarity="negated")
    d.fig("the FGM/C rate nationwide was 2 percent in 2012", 2, "FGM/C rate nationwide (2012)",
          unit="percent")
    B = "Sexual harassment is a crime punishable by prison sentences of three"
    d.prov(B, "penalty", 3, "months", "three to six months", "sexual harassment", value_end=6)
    d.prov(B, "penalty", 10000, "XOF", "10,000 to 100,000 CFA francs", "sexual harassment",
           value_end=100000)
    d.prov(B, "penalty", 17, "USD", "$17 to $170", "sexual harassment", value_end=170)
    B = "If the violator is in a position of authority over the victim"
    d.prov(B, "penalty", 3, "months", "three months to one year",
           "sexual harassment by a person in authority")
    d.prov(B, "penalty", 20000, "XOF", "20,000 to 200,000 CFA francs",
           "sexual harassment by a person in authority", value_end=200000)
    d.prov(B, "penalty", 34, "USD", "$34 to $340", "sexual harassment by a person in authority",
           value_end=340)
    B = "According to the 2012 Demographic and Health Survey (DHS), 30 percent"
    d.ev(B, "report_published", "2012")
    d.fig(B, 30, "share of births in health centers", unit="percent")
    d.fig(B, 29, "share of births attended by skilled personnel", unit="percent")
    B = "the maternal mortality ratio (the number of maternal deaths per 100,000"
    d.fig(B, 553, "maternal mortality ratio (2015)", unit="deaths per 100,000 live births",
          source="World Health Organization")
    d.fig(B, 1, "lifetime risk of maternal death (numerator)", source="World Health Organization")
    d.fig(B, 20, "lifetime risk of maternal death (denominator)",
          source="World Health Organization")
    B = DHS + "only 6 percent of girls and women"
    d.ev(B, "report_published", "2012")
    d.fig(B, 6, "share of girls 15-19 using modern contraception", unit="percent")
    d.fig(B, 12, "share of women 15-49 using modern contraception", unit="percent")
    d.fig("The UN Population Division estimated 13.9 percent", 13.9,
          "share of women 15-49 using modern contraception (2015)", unit="percent",
          source="UN Population Division")
    d.prov("a daughter’s share of a deceased parent’s property is half", "right", 0.5, "share",
           "half the size of a son’s share", "a daughter's inheritance")
    d.prov("Children derive citizenship from their parents, as long as one parent", "threshold",
           1, "parents", "one parent", "citizenship by descent")
    B = DHS + "64 percent of children under the age of five"
    d.ev(B, "report_published", "2012")
    d.fig(B, 64, "share of children under five with births registered", unit="percent")
    d.fig(B, 29, "share of children under five with a birth certificate", unit="percent")
    B = "Six years of elementary education are compulsory"
    d.prov(B, "requirement", 6, "years", "Six years of elementary education", "compulsory education")
    d.prov(B, "threshold", 6, "age", "from the age of six", "compulsory education")
    B = "in 2012 the primary school completion rate for children"
    d.fig(B, 71, "primary school completion rate for girls (2012)", unit="percent",
          source="National Institute of Statistics")
    d.fig(B, 88, "primary school completion rate for boys (2012)", unit="percent",
          source="National Institute of Statistics")
    d.prov("may be sentenced to six months to one year’s imprisonment", "penalty", 6, "months",
           "six months to one year’s imprisonment", "encouraging children to beg")
    B = "The abduction of a minor less than 18 years of age"
    d.prov(B, "threshold", 18, "age", "less than 18 years of age", "abduction of a minor")
    d.prov(B, "penalty", 2, "years", "two to 10 years’ imprisonment", "abduction of a minor",
           value_end=10)
    d.prov("The penalty for abduction for ransom is life imprisonment.", "penalty", None, None,
           "life imprisonment", "abduction for ransom")
    d.fig("Each district court and magistrate court had at least one judge", 1,
          "judges for children's issues per court", "at least")
    d.prov("to be “sufficiently mature” to marry at age 15", "threshold", 15, "age", "age 15",
           "marriage of a girl deemed sufficiently mature")
    B = "28 percent of women between the ages of 20 and 24 married"
    d.fig(B, 28, "share of women 20-24 married before 15", unit="percent", source="UNFPA")
    d.fig(B, 76, "share of women 20-24 married before 18", unit="percent", source="UNFPA")
    B = DHS + "36 percent of women between the ages"
    d.ev(B, "report_published", "2012")
    d.fig(B, 36, "share of women 20-24 first married before 15", unit="percent")
    B = DHS + "44.8 percent of women"
    d.ev(B, "report_published", "2012")
    d.fig(B, 44.8, "share of women 20-49 who gave birth before 18", unit="percent")
    d.fig(B, 8.7, "share of women 20-49 who gave birth before 15", unit="percent")
    d.prov("The minimum age of consensual sex is 13", "threshold", 13, "age", "13",
           "minimum age of consensual sex")
    d.prov("the recruitment, transport, transfer, harboring, or receiving of a minor", "threshold",
           18, "age", "under the age of 18", "trafficking in persons")
    B = "The penalty for violators is five to 10 years in prison"
    d.prov(B, "penalty", 5, "years", "five to 10 years in prison", "trafficking in persons",
           value_end=10)
    d.prov(B, "penalty", 500000, "XOF", "500,000 to five million CFA francs",
           "trafficking in persons", value_end=5000000)
    d.prov(B, "penalty", 850, "USD", "$850 to $8,500", "trafficking in persons", value_end=8500)
    B = "If the victim is under the age of 18, the penalty is 10"
    d.prov(B, "threshold", 18, "age", "under the age of 18", "trafficking of a minor")
    d.prov(B, "penalty", 10, "years", "10 to 30 years’ imprisonment", "trafficking of a minor",
           value_end=30)
    d.prov("If the victim dies, the penalty is life imprisonment.", "penalty", None, None,
           "life imprisonment", "trafficking causing death")
    B = "The penal code provides for two to five years’ imprisonment"
    d.prov(B, "penalty", 2, "years", "two to five years’ imprisonment", "prostitution of children",
           value_end=5)
    d.prov(B, "penalty", 50000, "XOF", "50,000 to 500,000 CFA francs", "prostitution of children",
           value_end=500000)
    d.prov(B, "penalty", 85, "USD", "$85 to $850", "prostitution of children", value_end=850)
    d.prov("The law prohibits “indecent” acts against victims under the age of 18", "threshold",
           18, "age", "under the age of 18", "indecent acts")
    d.prov("are punishable by three to five years in prison", "penalty", 3, "years",
           "three to five years in prison", "indecent acts and incitement of minors",
           value_end=5)
    d.ev("authorities incarcerated a sizeable proportion of the female prison population",
         "detention_or_arrest", Y)
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    B = "There were three schools for children with hearing disabilities"
    d.fig(B, 3, "schools for hearing-impaired children")
    d.fig(B, 1, "schools for blind children")
    d.fig(B, 5, "inclusive classes for blind children")
    B = "an “unnatural act” with a person under the age of 21"
    d.prov(B, "threshold", 21, "age", "under the age of 21", "same-sex “unnatural act”")
    d.prov(B, "penalty", 6, "months", "six months to three years in prison",
           "same-sex “unnatural act” with a minor")
    d.prov(B, "penalty", 10000, "XOF", "10,000 to 100,000 CFA francs",
           "same-sex “unnatural act” with a minor", value_end=100000)
    d.prov(B, "penalty", 17, "USD", "$17 to $170", "same-sex “unnatural act” with a minor",
           value_end=170)
    d.fig("Two gay rights associations reportedly conducted their activities secretly", 2,
          "gay rights associations")
    d.ev("There were no reports of violence against individuals based on their sexual",
         "attack_or_threat", Y, polarity="negated")
    d.ev("There were no documented cases of discrimination in employment", "other", Y,
         polarity="negated")

    d.sec("7.a")
    d.ev("the government had not adopted implementing regulations to enforce", "law_or_decree",
         Y, polarity="negated")
    d.prov("Workers must give employers at least three days’ advance notice", "requirement", 3,
           "days", "at least three days’ advance notice", "strike notice")
    d.ev("There were no reports of antiunion discrimination or retaliation", "other", Y,
         polarity="negated")
    d.fig("employed approximately 80 percent of the workforce", 80,
          "workforce share of subsistence farming and small trade",
          "approximately", unit="percent")

    d.sec("7.b")
    d.ent("organization", MININT, "Ministry of Interior")
    d.ent("place", "Tillabery", "Tillabery Region")
    B = "A study conducted by the government and the ILO concluded"
    d.ev(B, "report_published", "2011", source="government and ILO")
    d.fig(B, 1.1, "prevalence of forced labor among adults (2011)", unit="percent")
    d.fig(B, 59000, "adults in forced labor (2011)", "more than")
    d.fig(B, 48.8, "share of forced laborers in domestic work", unit="percent")
    d.fig(B, 23.6, "share of forced laborers in agriculture or stockbreeding", unit="percent")

    d.sec("7.c")
    d.ent("place", "Komabangou")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst forms of Child Labor")
    B = "The law prohibits the use of child labor and the employment"
    d.prov(B, "threshold", 14, "age", "under the age of 14", "employment of children")
    d.prov("It prohibits children under the age of 12 from working.", "threshold", 12, "age",
           "under the age of 12", "child work")
    B = "Children who are 12 or 13 may perform nonindustrial light work"
    d.prov(B, "threshold", 12, "age", "12 or 13", "light work", value_end=13)
    d.prov(B, "prohibition", 2, "hours per day", "a maximum of two hours per day", "light work")
    B = "Children who are 14 to 17 may work a maximum of 4.5 hours"
    d.prov(B, "threshold", 14, "age", "14 to 17", "work by children 14 to 17", value_end=17)
    d.prov(B, "prohibition", 4.5, "hours per day", "a maximum of 4.5 hours per day",
           "work by children 14 to 17")
    B = "Approximately 50 percent of children between five and 17 years"
    d.fig(B, 50, "share of children 5-17 engaged in labor", "approximately", unit="percent")
    d.fig(B, 1900000, "children 5-17 engaged in labor", "approximately")
    d.fig("Almost 62 percent were engaged in hazardous types of work.", 62,
          "share of working children in hazardous work", "approximately", unit="percent")
    B = "A study in 2009 indicated that 2.8 percent of working children"
    d.ev(B, "report_published", "2009")
    d.fig(B, 2.8, "share of working children in forced labor", unit="percent")
    d.fig(B, 55000, "children in forced labor", "approximately")

    d.sec("7.d")
    d.ev("The government neither adopted any regulations to implement the labor code",
         "law_or_decree", Y, polarity="negated")
    d.prov("The government requires companies to hire a minimum of 5 percent", "threshold", 5,
           "percent", "a minimum of 5 percent", "hiring of persons with disabilities")

    d.sec("7.e")
    B = "The lowest minimum wage was 30,047 CFA francs ($51) per month"
    d.fig(B, 30047, "minimum monthly wage", unit="XOF")
    d.fig(B, 51, "minimum monthly wage", unit="USD")
    d.fig(B, 1000, "minimum wage supplement per child", unit="XOF")
    d.fig(B, 1.7, "minimum wage supplement per child", unit="USD")
    B = "The government designated 1,000 CFA francs ($1.70) per day"
    d.fig(B, 1000, "poverty income level per day", unit="XOF")
    d.fig(B, 1.7, "poverty income level per day", unit="USD")
    B = "In 2011 the government reported 48.2 percent of citizens"
    d.ev(B, "report_published", "2011")
    d.fig(B, 48.2, "share of citizens below the poverty level", unit="percent")
    B = "The formal economy’s legal workweek is 40 hours"
    d.prov(B, "prohibition", 40, "hours per week", "40 hours", "working hours")
    d.prov(B, "right", 24, "hours", "one 24-hour rest period", "weekly rest")
    d.prov(B, "right", 72, "hours per week", "workweeks of up to 72 hours",
           "working hours of certain occupations")
    B = "Workers may work for two weeks beyond normal work hours"
    d.prov(B, "right", 2, "weeks", "two weeks beyond normal work hours", "extended work")
    d.prov(B, "right", 2, "weeks", "two weeks’ rest", "rest after extended work")
    d.prov("calls for a maximum eight hours of overtime per week", "prohibition", 8,
           "hours per week", "eight hours of overtime per week", "overtime")
    d.fig("The ministry deployed approximately 60 inspectors nationwide", 60,
          "labor inspectors", "approximately", source=MOL)
    B = "rent a tract of land and the right to mine it for 20,000"
    d.fig(B, 20000, "price of a mining tract", unit="XOF")
    d.fig(B, 34, "price of a mining tract", unit="USD")
    d.fig("An estimated 80 percent of the mining workforce", 80,
          "share of the mining workforce in the informal sector", "approximately",
          unit="percent")
    B = "in 2013 there were 229 work-related accidents"
    d.fig(B, 229, "work-related accidents (2013)", source=MOL)
    d.fig(B, 9, "fatal work-related accidents (2013)", source=MOL)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Abdoul Moumouni Ousmane", "Ousmane")
    d.ent("organization", "Facebook")
    d.ent("organization", "Le Courier")
    d.ent("organization", "Ministry of Public Health")
    d.ent("person", "Moussa Dodo")
    d.ent("person", "Ali Soumana")
    d.ent("person", "Nathalie Prevost")
    d.ent("place", "Diffa", "Diffa Region")
    d.ent("organization", CNDH, "CNDH")
    d.ent("organization", "Sonitel")
    d.ent("organization", "Boko Haram")
    d.ent("organization", "High Commission for New Technology and Communication")
    d.ent("organization", "International Telecommunication Union")
    d.ev("On June 14, authorities detained Abdoul Moumouni Ousmane", "detention_or_arrest",
         "2016-06-14")
    d.ev("Ousmane was given a six-month suspended sentence", "conviction_or_sentence", Y)
    d.pen("prison", 6, "months", "six-month suspended sentence")
    d.ev("Authorities subjected journalists to arrest, physical attack, harassment",
         "detention_or_arrest", Y)
    B = "on June 8, security forces arrested two journalists and a printer"
    d.ev(B, "detention_or_arrest", "2016-06-08")
    d.fig(B, 2, "journalists arrested")
    B = "The two journalists, Moussa Dodo and Ali Soumana, were convicted"
    d.ev(B, "conviction_or_sentence", Y)
    d.pen("prison", 3, "months", "three-month suspended sentences")
    d.ev("revoked the press credentials of French journalist Nathalie Prevost",
         "censorship_or_blocking", Y)
    d.ev("The CNDH expressed concern over attacks on fundamental liberties", "other", Y,
         source=CNDH)
    B = "Authorities detained activists and charged them for expressing political"
    d.ev(B, "detention_or_arrest", Y)
    d.ev("indefinitely blocked access to certain websites", "censorship_or_blocking", Y)
    d.fig("approximately 2.2 percent of the population used the internet", 2.2,
          "share of the population using the internet (2015)", "approximately", unit="percent",
          source="International Telecommunication Union")

    d.sec("2.b")
    d.ent("place", "Zinder")
    d.ev("police forcibly dispersed demonstrators", "attack_or_threat", Y)
    d.prov("if organizers did not provide 48-hour advance notice", "requirement", 48, "hours",
           "48-hour advance notice", "notice of gatherings")
    d.ev("The government banned planned opposition political rallies in February", "other",
         "2016-02", date_end="2016-04")
    d.ev("in October police in Zinder city forcibly dispersed university students",
         "attack_or_threat", "2016-10", place="Zinder")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("place", "Tillabery", "Tillabery Region")
    d.ent("place", "Tahoua")
    d.ent("place", "Mali")
    d.ent("place", "Nigeria")
    d.ent("place", "Niger")
    d.not_entity("Tabareybarey", "Mangaize", "Abala", "Tazalite", "Intekan",
                 "1951 Refugee Convention")
    d.ev("International organizations reported incidents of early marriage", "report_published",
         Y, source="international organizations")
    B = "UNHCR-managed sites hosted approximately 61,000 Malian refugees"
    d.fig(B, 61000, "Malian refugees at UNHCR-managed sites", "approximately")
    B = "UNHCR also managed one camp in Diffa Region for refugees"
    d.fig(B, 1, "UNHCR camps for refugees in Diffa Region")
    d.fig(B, 1, "UNHCR camps for IDPs in Diffa Region")
    d.fig("More than 92 percent of IDPs in Diffa Region", 92,
          "share of IDPs in Diffa living outside camps", "more than", unit="percent")
    d.fig("More than 180,000 individuals fled Boko Haram-instigated violence", 180000,
          "persons who fled Boko Haram violence in Diffa", "more than")
    d.ev("Heavy seasonal rains left several thousand individuals homeless", "other", "2016-07",
         date_end="2016-08")
    # an undated report of a state or trend: no event (settled 2026-12-06)
    d.fig("An estimated 61,000 registered Malian refugees remained", 61000,
          "registered Malian refugees", "approximately")
    B = "Refugees lived primarily in three camps"
    d.fig(B, 3, "refugee camps")
    d.fig(B, 2, "official refugee zones")
    d.fig("approximately 10,000 refugees lived in spontaneous settlements", 10000,
          "refugees in spontaneous settlements", "approximately")
    d.fig("Diffa Region hosted more than 300,000 persons displaced", 300000,
          "persons displaced by the conflict hosted in Diffa", "more than")
    d.ev("The government provided temporary protection to an unknown number",
         "asylum_or_citizenship_decision", Y)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("person", "Issoufou Mahamadou", "Issoufou")
    d.ent("person", "Hama Amadou", "Amadou", "Hama")
    d.ent("organization", "African Union")
    d.ent("organization", "Nigerien Party for Democracy and Socialism", "PNDS")
    d.ent("organization", "National Assembly")
    d.ent("organization", "MODEN-FA Lumana", "MODEN-FA Lumana Party")
    d.ent("organization", "National Movement for the Development of Society")
    d.ent("person", "Brigi Rafini")
    B = "On February 21, the country held a first round of legislative"
    d.ev(B, "election_or_referendum", "2016-02-21")
    d.fig(B, 48.4, "Issoufou's share of the first-round vote", unit="percent")
    d.fig(B, 15, "presidential candidates")
    B = "On March 20, the president won 92 percent of the vote"
    d.ev(B, "election_or_referendum", "2016-03-20")
    d.fig(B, 92, "Issoufou's share of the second-round vote", unit="percent")
    B = "received 8 percent of the vote."
    # continues one dated occurrence (the election's results): its date (settled 2026-12-08)
    d.ev(B, "election_or_referendum", "2016-03-20")
    d.fig(B, 8, "Amadou's share of the second-round vote", unit="percent")
    d.ev("Amadou’s supporters boycotted the runoff", "other", Y)
    d.ev("Amadou’s supporters boycotted the runoff||Observers from the African Union", "other", Y,
         source="African Union")
    B = "backed Issoufou and won 118 of 171 National Assembly seats"
    # "in the legislative elections": the date of the one dated occurrence of that name (2026-12-08)
    d.ev(B, "election_or_referendum", "2016-02-21")
    d.fig(B, 118, "National Assembly seats won by the PNDS-led coalition")
    d.fig(B, 171, "National Assembly seats")
    B = "The opposition MODEN-FA Lumana party won 25 seats"
    # continues one dated occurrence (the election's results): its date (settled 2026-12-08)
    d.ev(B, "election_or_referendum", "2016-02-21")
    d.fig(B, 25, "seats won by MODEN-FA Lumana")
    d.fig(B, 20, "seats won by the National Movement for the Development of Society")
    d.ev("Brigi Rafini retained his post as prime minister", "other", Y)
    d.ev("criticized voter registration efforts", "other", Y)
    B = "The law mandates that women fill at least 30 percent"
    d.prov(B, "threshold", 30, "percent", "at least 30 percent",
           "women in senior government positions")
    d.prov(B, "threshold", 15, "percent", "at least 15 percent", "women in elected seats")
    B = "There were eight female ministers in the 43-member cabinet"
    d.fig(B, 8, "female ministers")
    d.fig(B, 43, "cabinet members")
    d.fig(B, 19, "women's share of the cabinet", unit="percent")
    B = "Women held 26 of 171 National Assembly seats"
    d.fig(B, 26, "National Assembly seats held by women")
    d.fig(B, 171, "National Assembly seats")
    d.fig(B, 15, "women's share of National Assembly seats", unit="percent")
    d.fig("There were eight seats in the National Assembly designated", 8,
          "National Assembly seats for special constituencies")

    d.sec("4")
    d.ent("organization", "World Bank")
    d.ent("organization", "Ministry of Public Health")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "High Authority to Combat Corruption and Related Crimes")
    d.ent("organization", "State Inspectorate")
    d.ent("organization", "High Council of Communications")
    d.ent("organization", "Administrative Court")
    d.not_entity("Worldwide Governance Indicators", "National Register")
    d.ev("there were several reports of government corruption during the year", "other", Y)
    d.ev("An investigation uncovered a corrupt civil servant recruitment scheme",
         "investigation", Y)
    d.ev("Several high-level officials were implicated.", "other", Y)
    d.ev("The National Register and the press published the initial statements",
         "report_published", Y)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Niger")
    d.ent("person", "Issoufou Mahamadou", "Issoufou")
    d.ent("person", "Hama Amadou", "Amadou", "Hama")
    d.ent("organization", "African Union")
    d.ent("organization", "National Assembly")
    B = "Following a February 21 first round of presidential elections"
    d.ev(B, "election_or_referendum", "2016-02-21")
    d.ev(B, "election_or_referendum", "2016-03-20")
    d.fig(B, 92, "Issoufou's share of the run-off vote", unit="percent")
    d.fig(B, 8, "Amadou's share of the run-off vote", unit="percent")
    B = "despite an opposition boycott, several irregularities, and Amadou’s imprisonment"
    d.ev(B, "other", Y, source="African Union")
    d.ev(B, "detention_or_arrest", "2015-11", date_end="2016-03")
    d.ev("Observers also characterized the February 21 National Assembly elections",
         "other", "2016-02-21", source="observers")
    d.ev("In December 2015 the government announced it had foiled an attempted coup",
         "other", "2015-12", polarity="alleged")
    d.ev("The most serious human rights problems included attacks by armed groups",
         "attack_or_threat", Y)
    d.ev("Other human rights problems included: security force killings of civilians",
         "killing", Y)
    d.ev("The government restricted opposition political parties.", "other", Y)
    d.ev("The government took some steps to prosecute officials who committed abuses",
         "charge", Y)
    d.ev("Terrorist groups targeted and killed civilians and recruited child soldiers",
         "killing", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Alhadji Hairam")
    d.ent("person", "Ichehou Bogobiri")
    d.ent("place", "Gueskerou")
    d.ent("place", "Diffa", "Diffa Region")
    d.ent("organization", "Boko Haram")
    d.ev("There were reports that the government or its agents committed", "killing", Y,
         polarity="alleged")
    B = "on July 23, security force members shot and killed two fishermen"
    d.ev(B, "killing", "2016-07-23", place="Gueskerou")
    d.fig(B, 2, "fishermen killed by security forces")

    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "UN")
    d.ent("organization", "UN Stabilization Mission in Haiti")
    d.ent("place", "Cote d’Ivoire")
    d.ent("place", "Central African Republic")
    d.ent("organization", "Central Service for the Fight against Terrorism", "SCLCT")
    d.ent("place", "Niamey")
    d.ent("organization", CNDH, "CNDH")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.not_entity("Kollo Prison", "Koutakale, and Kollo prisons")
    d.ev("there were reports security forces beat and abused civilians", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Security officials reportedly inflicted severe pain and suffering", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Security forces singled out members of the Bororo Fulani", "torture_or_abuse", Y)
    d.ev("UN investigations determined that Nigerien police forces serving", "torture_or_abuse",
         "2016-02")
    B = "Another investigation determined that Nigerien military forces serving"
    d.ev(B, "torture_or_abuse", "2015-09")
    d.fig(B, 2, "adults sexually exploited by peacekeepers in Cote d'Ivoire")
    B = "The government removed the implicated peacekeepers from UN peacekeeping"
    d.ev(B, "dismissal", Y)
    d.fig("Conditions in the country’s 38 prisons were harsh", 38, "prisons")
    d.ev("Guards subjected prisoners to humiliating treatment.", "torture_or_abuse", Y)
    d.ev("Prison deaths occurred from malaria and meningitis", "death_in_custody", Y)
    d.ev("investigated and monitored prison and detention center conditions", "investigation",
         Y)
    d.ev("access to most prisons and detention centers, including police station jails",
         "other", Y)
    d.ev("During the year the government separated juvenile detainees", "other", Y)

    d.sec("1.d")
    d.ent("person", "Habsou Garba")
    d.ent("organization", MININT, "Ministry of Interior")
    d.ent("organization", "Ministry of National Defense")
    d.ent("organization", "National Guard")
    d.prov("the law prohibits detention without charge for more than 48 hours", "time_limit",
           48, "hours", "more than 48 hours", "detention without charge")
    B = "authorities detained members and supporters of opposition political parties"
    d.ev(B, "detention_or_arrest", Y)
    d.ev("Prior to the February parliamentary and first-round presidential elections",
         "election_or_referendum", "2016-02")  # t-dfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("During the year the government renewed a state of emergency", "law_or_decree", Y,
         place="Diffa")
    d.fig("the emergency response time in Niamey could be 45 minutes", 45,
          "emergency response time in Niamey", "at least", unit="minutes")
    B = "The law allows individuals to be detained for 48 hours without charge"
    d.prov(B, "time_limit", 48, "hours", "48 hours without charge", "detention without charge")
    d.prov(B, "time_limit", 48, "hours", "an additional 48 hours", "extension of detention")
    B = "may be detained for 10 days, extendable once for an additional 10 days"
    d.prov(B, "time_limit", 10, "days", "10 days", "detention of terrorism suspects")
    d.prov(B, "time_limit", 10, "days", "an additional 10 days",
           "extension of detention of terrorism suspects")
    d.prov("This 10-day time period begins once suspects reach the Niamey SCLCT", "time_limit",
           10, "days", "10-day time period", "detention of terrorism suspects")
    d.prov("There was a functioning bail system for crimes carrying a sentence", "threshold", 10,
           "years", "a sentence of less than 10 years", "bail")
    d.prov("Authorities must notify those arrested of their right to a lawyer", "time_limit", 24,
           "hours", "within 24 hours", "notice of the right to a lawyer")
    # t-conv16 settlement: N2 a negated taxonomy act on a class (suspects): no event.
    # was: d.ev("authorities did not detain suspects incommunicado", "detention_or_arrest", Y,
    # was: polarity="negated")
    B = "maximum pretrial confinement of 30 months for serious crimes"
    d.prov(B, "time_limit", 30, "months", "30 months", "pretrial detention for serious crimes")
    d.prov(B, "time_limit", 12, "months", "12 months", "pretrial detention for lesser offenses")
    d.fig("In November approximately 66 percent of prisoners nationwide", 66,
          "share of prisoners awaiting trial (November)", "approximately", unit="percent")

    d.sec("1.e")
    d.ent("organization", "Court of Appeals")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "MODEN-FA Lumana", "MODEN-FA Lumana Party")
    d.ent("person", "Hama Amadou", "Amadou", "Hama")
    d.ent("organization", "Court of Justice of the Economic Community of West African States",
          "ECOWAS Community Court of Justice")
    d.ent("organization", "Economic Community of West African States", "ECOWAS")
    d.ev("The government reassigned some judges to low-profile positions", "dismissal", Y)
    d.ev("There were allegations the government interfered or attempted", "other", Y,
         polarity="alleged")
    d.ev("Judges granted provisional release pending trial to some high-profile", "release", Y)
    d.prov("charged with crimes carrying a sentence of at least 10 years", "threshold", 10,
           "years", "at least 10 years’ imprisonment", "counsel at public expense")
    B = "In late 2015 and early 2016, authorities detained 13 members"
    d.ev(B, "detention_or_arrest", "2015", date_end="2016")
    d.fig(B, 13, "opposition party members detained")
    B = "Hama and eight other members subsequently were granted provisional release"
    d.ev(B, "release", Y)
    d.ev(B, "other", "2015-12", polarity="alleged")
    d.fig(B, 8, "other party members granted provisional release")
    d.fig(B, 4, "party members awaiting trial")
    d.ev("access to political prisoners, and these groups conducted visits", "other", Y)

    d.sec("1.g")
    d.ent("place", "Toumour")
    d.ent("place", "Tillabery", "Tillabery Region")
    d.ent("organization", "Department of State")
    d.not_entity("Trafficking in Persons Report")
    d.ev("There were numerous reported killings in the fight against Boko Haram", "killing", Y,
         polarity="alleged")
    B = "On September 2, for example, Boko Haram militants killed five civilians"
    d.ev(B, "killing", "2016-09-02", place="Toumour")
    d.fig(B, 5, "civilians killed by Boko Haram in Toumour")
    d.ev("Boko Haram reportedly abducted an unknown number of civilians.", "other", Y,
         polarity="alleged")
    d.ev("Armed groups in northern Tillabery Region also abducted several villagers", "other", Y)
    d.ev("There were reports of forced marriages to Boko Haram militants.", "other", Y,
         polarity="alleged")
    d.ev("Boko Haram militants attacked several medical facilities", "attack_or_threat", Y)
    d.ev("Boko Haram militants burned homes and villages, displacing civilians.",
         "attack_or_threat", Y)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "3-4": sections_3_4, "5-7": sections_5_7, "2": section_2}


def niger() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_niger", FILE, 2016, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2016_niger": niger}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
