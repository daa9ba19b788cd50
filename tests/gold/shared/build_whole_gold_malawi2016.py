"""Build the hand-made DEV gold file for Malawi 2016 (a page of the public collection).

``2016_malawi.jsonl`` annotates ``html/2016/malawi.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/malawi.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_paraguay2020.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was
decided by hand, reading the report sentence by sentence before the system was ever run on it;
the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_malawi2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_malawi2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_malawi.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/malawi.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

MHRC = "Malawi Human Rights Commission"
MINGENDER = "Ministry of Gender, Children, Disability, and Social Welfare"
NSO = "Malawi National Statistical Office"
ACB = "Anti-Corruption Bureau"
MACRA = "Malawi Communications Regulatory Authority"
MOL = "Ministry of Labor"
VACS = "The 2014 Violence Against Children Survey"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", MHRC, "MHRC")
    d.ent("organization", "Office of the Ombudsman")
    d.fig("The MHRC received 324 complaints of human rights violations", 324,
          "human rights complaints received through August", source=MHRC)
    d.fig("The office had 15 investigators.", 15, "investigators of the ombudsman's office")
    d.ev("During the year it launched a website with regular updates", "other", Y)

    d.sec("6")
    d.ent("organization", MINGENDER)
    d.ent("organization", "UN Human Rights Committee")
    d.ent("organization", "UN")
    d.ent("organization", "BBC")
    d.ent("person", "Eric Aniva", "Aniva")
    d.ent("place", "Mangochi", "Mangochi District")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", NSO, "NSO")
    d.ent("organization", "UN Children’s Fund")
    d.ent("organization", "UN Entity for Gender Equality and the Empowerment of Women")
    d.ent("organization", "Department of State")
    d.ent("person", "Janet Banda")
    d.ent("organization", "UN Human Rights Commission")
    d.ent("person", "Samuel Tembenu")
    d.ent("organization", "High Court")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Center for Development of People")
    d.ent("organization", "National AIDS Commission")
    d.ent("place", "Tanzania")
    d.not_entity("Marriage, Divorce, and Family Relations Act", "Gender Equality Act",
                 "Gender Based Violence Baseline Survey", "Demographic and Health Survey",
                 "Violence Against Children Survey", "State of the World’s Children",
                 "Hague Convention on the Civil Aspects of International Child",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "Disability Act",
                 "People Living with HIV Stigma Index for Malawi", "Sexual Minority Forum",
                 "He for She")
    d.prov("The penal code criminalizes rape with a maximum penalty", "penalty", None, None,
           "death", "rape")
    d.ev("Relations Act enacted in 2015 explicitly introduced", "law_or_decree", "2015")
    d.prov("Although the maximum penalty for conviction of rape is death", "penalty", None,
           None, "death", "rape")
    d.prov("Although the maximum penalty for conviction of rape is death", "penalty", None,
           None, "life imprisonment", "rape")
    d.prov("For cases of conviction of indecent assault on women and girls", "penalty", 14,
           "years", "14 years in prison", "indecent assault")
    d.ev("conducted public education campaigns to combat domestic violence", "other", Y)
    d.prov("The law provides a maximum penalty of life imprisonment for conviction of domestic",
           "penalty", None, None, "life imprisonment", "domestic violence")
    d.ev("According to the 2012 Gender Based Violence Baseline Survey", "report_published",
         "2012")
    d.fig("According to the 2012 Gender Based Violence Baseline Survey", 40,
          "share of women who experienced sexual violence", unit="percent")
    d.fig("According to the 2012 Gender Based Violence Baseline Survey", 30,
          "share of women who experienced other physical violence", unit="percent")
    d.ev("According to press reports from 2011, some cases of FGM/C", "charge", "2011",
         source="press reports")
    d.ev("A 2014 UN Human Rights Committee report expressed concern", "report_published",
         "2014", source="UN Human Rights Committee")
    d.fig("According to UN estimates, one in 10 citizens is infected", 1,
          "citizens infected with HIV (numerator)", source="UN")
    d.fig("According to UN estimates, one in 10 citizens is infected", 10,
          "citizens infected with HIV (denominator)", source="UN")
    d.ev("the president ordered the arrest of Eric Aniva", "detention_or_arrest", "2016-07-25")
    d.ev("Aniva reportedly was paid to have sex with girls", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("He was tried and convicted on two counts of engaging", "conviction_or_sentence", Y)
    d.pen("prison", 2, "years", "two years’ imprisonment")
    d.fig("He was tried and convicted on two counts of engaging", 2,
          "counts of harmful cultural practices")
    d.ev("In September police and traditional leaders burned initiation camps", "other",
         "2016-09", place="Mangochi")
    d.prov("The Gender Equality Act makes sexual harassment punishable", "penalty", 5, "years",
           "up to five years’ imprisonment", "sexual harassment")
    d.prov("which provides for up to a 14-year prison sentence if convicted", "penalty", 14,
           "years", "up to a 14-year prison sentence", "indecent assault")
    d.prov("which provides for up to a 14-year prison sentence if convicted", "penalty", 1,
           "years", "one year’s incarceration", "insulting the modesty of a woman")
    d.fig("estimated 43.2 percent of married women of reproductive age", 43.2,
          "share of married women using modern contraception", unit="percent", source=NSO)
    d.fig("The NSO estimated the maternal mortality rate was 634 deaths", 634,
          "maternal mortality rate", unit="deaths per 100,000 live births", source=NSO)
    d.fig("The NSO estimated the maternal mortality rate was 634 deaths", 1,
          "lifetime risk of maternal death (numerator)", source=NSO)
    d.fig("The NSO estimated the maternal mortality rate was 634 deaths", 29,
          "lifetime risk of maternal death (denominator)", source=NSO)
    d.fig("The NSO estimated 29 percent of girls and young women", 29,
          "share of girls aged 15 to 19 giving birth each year", unit="percent", source=NSO)
    d.fig("skilled health-care providers assisted in 90 percent of births", 90,
          "share of births assisted by skilled providers (2015)", unit="percent", source=NSO)
    d.fig("More than half–52 percent–of full-time farmers were women", 0.5,
          "women's share of full-time farmers", "more than")
    d.fig("More than half–52 percent–of full-time farmers were women", 52,
          "women's share of full-time farmers", unit="percent")
    d.prov("to at least one Malawian parent", "threshold", 1, "parents",
           "at least one Malawian parent", "citizenship by descent")
    d.ev("According to the most recent population census (2008)", "report_published", "2008")
    d.fig("According to the most recent population census (2008)", 16.6,
          "share of children with a birth certificate", unit="percent")
    d.ev("Compulsory universal birth registration, enacted in 2012", "law_or_decree", "2012")
    d.ev("Compulsory universal birth registration, enacted in 2012", "law_or_decree",
         "2015-08")
    d.fig("Compulsory universal birth registration, enacted in 2012", 4,
          "hospitals issuing electronic birth registration")
    d.ev("There were no reports of discrimination or denial of services", "other", Y,
         polarity="negated")
    d.prov("Education for children under age 18 is compulsory.", "threshold", 18, "age",
           "under age 18", "compulsory education")
    d.ev("The 2015-16 Demographic and Health Survey (DHS) found", "report_published", "2015",
         date_end="2016")
    d.fig("The 2015-16 Demographic and Health Survey (DHS) found", 5,
          "share of men with no formal education", unit="percent")
    d.fig("The 2015-16 Demographic and Health Survey (DHS) found", 12,
          "share of women with no formal education", unit="percent")
    d.ev(VACS + " found that one in five women", "report_published", "2014")
    d.fig(VACS + " found that one in five women", 1, "women sexually abused before 18 (numerator)")
    d.fig(VACS + " found that one in five women", 5,
          "women sexually abused before 18 (denominator)")
    d.fig(VACS + " found that one in five women", 1, "men sexually abused before 18 (numerator)")
    d.fig(VACS + " found that one in five women", 7, "men sexually abused before 18 (denominator)")
    d.fig("Two in five women and two in three men ages 18 to 24", 2,
          "women who experienced physical violence (numerator)")
    d.fig("Two in five women and two in three men ages 18 to 24", 5,
          "women who experienced physical violence (denominator)")
    d.fig("Two in five women and two in three men ages 18 to 24", 2,
          "men who experienced physical violence (numerator)")
    d.fig("Two in five women and two in three men ages 18 to 24", 3,
          "men who experienced physical violence (denominator)")
    d.fig("Less than a quarter of individuals ages 18 to 24 knew", 0.25,
          "share of young adults who knew where to seek help", "fewer than")
    d.prov("Relations Act sets the minimum age for marriage at 18", "threshold", 18, "age",
           "18", "minimum age for marriage")
    d.prov("Relations Act sets the minimum age for marriage at 18", "threshold", 15, "age",
           "age 15 with parental consent", "marriage with parental consent")
    d.ev("State of the World’s Children 2016report", "report_published", "2016",
         source="UN Children’s Fund")
    d.fig("State of the World’s Children 2016report", 9,
          "share of women first married before age 15", unit="percent",
          source="UN Children’s Fund")
    d.fig("State of the World’s Children 2016report", 46,
          "share of women married before age 18", unit="percent", source="UN Children’s Fund")
    d.ev("Some traditional leaders annulled early marriages", "other", Y)
    d.fig("ending child marriage was one of the three commitments", 3,
          "the president's commitments as a global champion")
    d.prov("engaging in sexual activity with children under age 16", "threshold", 16, "age",
           "under age 16", "sexual activity with children")
    d.prov("engaging in sexual activity with children under age 16", "penalty", 14, "years",
           "14 to 21 years in prison", "sexual activity with children", value_end=21)
    d.prov("with offenders liable to imprisonment of up to 14 years", "penalty", 14, "years",
           "up to 14 years", "indecent practice with a child")
    d.prov("The maximum penalty for conviction of engaging in child pornography", "penalty",
           14, "years", "14 years in prison", "child pornography")
    d.prov("The maximum penalty for conviction of engaging in child pornography", "penalty",
           100000, "MWK", "a fine of 100,000 MWK", "procuring a child for entertainment")
    d.prov("The maximum penalty for conviction of engaging in child pornography", "penalty",
           138, "USD", "$138", "procuring a child for entertainment")
    d.prov("The maximum penalty for conviction of engaging in child pornography", "penalty", 7,
           "years", "imprisonment of seven years", "procuring a child for entertainment")
    d.ev(VACS + " reported one in five women", "report_published", "2014")
    d.fig(VACS + " reported one in five women", 1,
          "women who experienced sexual violence before 18 (numerator)")
    d.fig(VACS + " reported one in five women", 5,
          "women who experienced sexual violence before 18 (denominator)")
    d.fig("The average age for the first incident of sexual abuse was under 14", 14,
          "average age at the first incident of sexual abuse", "fewer than", unit="years of age")
    d.fig("More than a third of women ages 18 to 24 reported", 1 / 3,
          "share of young women whose first intercourse was rape", "more than")
    d.ev("The 2010 DHS found that 19 percent of children", "report_published", "2010")
    d.fig("The 2010 DHS found that 19 percent of children", 19,
          "share of children not living with either parent", unit="percent")
    d.fig("The 2010 DHS found that 19 percent of children", 17,
          "share of children orphaned or vulnerable", unit="percent")
    d.fig("The 2010 DHS found that 19 percent of children", 650000,
          "children orphaned because of AIDS", "approximately")
    d.ev("there were no known reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.ev("Although the Disability Act took effect in 2013", "law_or_decree", "2013")
    d.ev("Although the Disability Act took effect in 2013", "other", Y, polarity="negated")
    d.ev("In 2015 a disability advocacy group noted unlawful discrimination", "report_published",
         "2015", source="a disability advocacy group")
    d.ev("the MHRC reported receiving seven complaints related to disability", "investigation",
         Y, source=MHRC)
    d.fig("the MHRC reported receiving seven complaints related to disability", 7,
          "disability rights complaints", source=MHRC)
    d.fig("the MHRC reported receiving seven complaints related to disability", 3,
          "disability complaints investigated to conclusion", source=MHRC)
    d.prov("Consensual same-sex sexual activity is illegal and punishable", "penalty", 14,
           "years", "up to 14 years in prison", "consensual same-sex sexual activity")
    d.ev("In 2014, however, Solicitor General Janet Banda told", "other", "2014")
    d.ev("In December 2015 Minister of Justice Samuel Tembenu reaffirmed", "other", "2015-12")
    d.ev("In 2013 the High Court invited friend-of-the-court submissions", "other", "2013")
    d.ev("obtained an order in 2014 suspending the proceedings", "other", "2014")
    d.ev("On August 2, the attorney general withdrew the government’s objection", "other",
         "2016-08-02")
    d.fig("a panel of no fewer than three High Court judges", 3,
          "High Court judges on the planned panel", "at least")
    d.ev("A 2011 amendment to the penal code established penalties", "law_or_decree", "2011")
    d.prov("A 2011 amendment to the penal code established penalties", "penalty", 5, "years",
           "five years", "same-sex sexual activity between women")
    d.ev("the Center for Development of People documented 19 instances", "torture_or_abuse",
         "2016-01", date_end="2016-10", polarity="alleged",
         source="Center for Development of People")
    d.fig("the Center for Development of People documented 19 instances", 19,
          "documented abuses based on sexual orientation and gender identity",
          source="Center for Development of People")
    d.ev("The 2012 People Living with HIV Stigma Index for Malawi", "report_published", "2012")
    d.fig("The 2012 People Living with HIV Stigma Index for Malawi", 2272,
          "persons with HIV interviewed")
    d.fig("The 2012 People Living with HIV Stigma Index for Malawi", 35.1,
          "share verbally insulted, harassed or threatened", unit="percent")
    d.fig("The 2012 People Living with HIV Stigma Index for Malawi", 33.7,
          "share excluded from social gatherings", unit="percent")
    d.ev("There were several attacks against persons with albinism", "attack_or_threat", Y)
    d.ev("including the president, publicly denounced the attacks", "other", Y)
    d.ev("The government launched a public awareness campaign and conducted training", "other",
         Y)

    d.sec("7.a")
    d.ent("organization", "Registrar of Trade Unions and Employers’ Organizations")
    d.ent("organization", MOL)
    d.ent("organization", "Industrial Relations Court")
    d.ent("organization", "Malawi Union for the Informal Sector", "MUFIS")
    d.ent("organization", "Malawi Congress of Trade Unions")
    d.not_entity("Labor Relations Act", "Malawi Labour Force Survey")
    d.prov("The law requires that at least 20 percent of employees", "threshold", 20,
           "percent", "at least 20 percent of employees", "enterprise-level bargaining")
    d.prov("The law requires that at least 20 percent of employees", "threshold", 15,
           "percent", "at least 15 percent of employees", "sector-level bargaining")
    d.prov("mainly consisting of small fines of 1,000 MWK to 50,000 MWK", "penalty", 1000,
           "MWK", "1,000 MWK to 50,000 MWK", "labor rights violations", value_end=50000)
    d.prov("mainly consisting of small fines of 1,000 MWK to 50,000 MWK", "penalty", 1.39,
           "USD", "$1.39 to $69", "labor rights violations", value_end=69)
    d.prov("Provisions exist for custodial punishment of up to two years", "penalty", 2,
           "years", "up to two years in prison", "labor rights violations")
    d.ev("Provisions exist for custodial punishment of up to two years",
         "conviction_or_sentence", Y, polarity="negated")
    d.ev("According to the 2013 Malawi Labour Force Survey", "report_published", "2013")
    d.fig("According to the 2013 Malawi Labour Force Survey", 7800000,
          "persons in the working population")
    d.fig("According to the 2013 Malawi Labour Force Survey", 88.7,
          "share of workers in the informal sector", unit="percent")

    d.sec("7.b")
    d.prov("Forced labor is punishable by a maximum fine of 10,000 MWK", "penalty", 10000,
           "MWK", "10,000 MWK", "forced labor")
    d.prov("Forced labor is punishable by a maximum fine of 10,000 MWK", "penalty", 13.83,
           "USD", "$13.83", "forced labor")
    d.prov("Forced labor is punishable by a maximum fine of 10,000 MWK", "penalty", 2,
           "years", "two years’ imprisonment", "forced labor")

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Employment Act", "National Action Plan on Child Labor",
                 "Malawi Millennium Development Goal Endline Survey",
                 "Findings on the Worst Forms of Child Labor")
    d.prov("The law sets the minimum age for employment at 14", "threshold", 14, "age", "14",
           "minimum age for employment")
    d.prov("The law sets the minimum age for employment at 14", "threshold", 14, "age",
           "between the ages 14 and 18", "hazardous work", value_end=18)
    d.prov("The Employment Act provides a list of hazardous work", "penalty", 20000, "MWK",
           "20,000 MWK", "child labor")
    d.prov("The Employment Act provides a list of hazardous work", "penalty", 27.66, "USD",
           "$27.66", "child labor")
    d.prov("The Employment Act provides a list of hazardous work", "penalty", 5, "years",
           "five years’ imprisonment", "child labor")
    d.ev("The Ministry of Labor carried out inspections, focused mainly", "investigation", Y)
    d.ev("Millennium Development Goal Endline Survey found", "report_published", "2014",
         source=NSO)
    d.fig("Millennium Development Goal Endline Survey found", 40,
          "share of children aged 5 to 17 in child labor", "approximately", unit="percent",
          source=NSO)

    d.sec("7.e")
    d.ent("organization", "Tripartite Wage Advisory Board")
    d.ent("organization", "Directorate of Occupational Safety and Health")
    d.not_entity("Integrated Household Survey")
    d.fig("The minimum wage was 688 MWK ($0.95) per day", 688, "minimum daily wage",
          unit="MWK")
    d.fig("The minimum wage was 688 MWK ($0.95) per day", 0.95, "minimum daily wage",
          unit="USD")
    d.ev("The 2014 Integrated Household Survey estimated 50.7 percent", "report_published",
         "2014")
    d.fig("The 2014 Integrated Household Survey estimated 50.7 percent", 50.7,
          "share of citizens below the poverty line", unit="percent")
    d.prov("The maximum legal workweek is 48 hours", "prohibition", 48, "hours per week",
           "48 hours", "working hours")
    d.prov("The maximum legal workweek is 48 hours", "right", 24, "hours",
           "weekly 24-hour rest period", "weekly rest")
    d.prov("The law specifies a maximum fine of 20,000 MWK", "penalty", 20000, "MWK",
           "20,000 MWK", "workweek and safety violations")
    d.prov("The law specifies a maximum fine of 20,000 MWK", "penalty", 27.66, "USD",
           "$27.66", "workweek and safety violations")
    d.prov("The law specifies a maximum fine of 20,000 MWK", "penalty", 5, "years",
           "five years’ imprisonment", "workweek and safety violations")
    d.fig("workers absorbed up to 54 milligrams of dissolved nicotine", 54,
          "nicotine absorbed daily by tobacco workers", "up to", unit="milligrams")
    d.fig("workers absorbed up to 54 milligrams of dissolved nicotine", 50,
          "cigarettes equivalent to the daily nicotine")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", MACRA, "MACRA")
    d.ent("organization", "Dziko FM")
    d.ent("organization", "Zodiak Broadcasting Corporation")
    d.ent("organization", "Malawi Broadcasting Corporation", "MBC")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Malawi Censorship Board Secretariat")
    d.ev("on February 22 and 23, three opposition parliamentarians were arrested",
         "detention_or_arrest", "2016-02-22", date_end="2016-02-23")
    d.fig("on February 22 and 23, three opposition parliamentarians were arrested", 3,
          "opposition parliamentarians arrested for sedition")
    d.ev("They were released on bail following a brief detention.", "release", Y)
    d.ev("On June 17, the Malawi Communications Regulatory Authority", "attack_or_threat",
         "2016-06-17")
    d.ev("In August, MACRA accused representatives of the Zodiak", "attack_or_threat",
         "2016-08")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no reports that the government monitored", "surveillance", Y, polarity="negated")
    d.fig("approximately 9.3 percent of the population used the internet", 9.3,
          "share of the population using the internet (2015)", "approximately",
          unit="percent", source="International Telecommunication Union")
    d.ev("There were no government restrictions on academic freedom during the year",
         "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "Lilongwe University of Agriculture and Natural Resources")
    d.ev("On September 21, 26 peacefully protesting students", "detention_or_arrest",
         "2016-09-21")
    d.fig("On September 21, 26 peacefully protesting students", 26,
          "protesting students arrested")
    d.ev("They were subsequently released on bail.", "release", Y)
    d.prov("NGOs must register with three different government entities", "requirement", 3,
           "government entities", "three different government entities",
           "registration of NGOs")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "UN High Commissioner for Refugees", "UNHCR")
    d.ent("place", "Mozambique")
    d.ent("place", "Democratic Republic of the Congo")
    d.ent("place", "Burundi")
    d.ent("place", "Great Lakes region")
    d.ent("place", "Africa")
    d.ent("organization", MHRC, "MHRC")
    d.ent("organization", "World Food Program")
    d.not_entity("Luwani camp", "Dzaleka camp", "Dzaleka refugee camp",
                 "Dzaleka and Luwani refugee camps")
    d.ev("In March the government reopened the Luwani camp", "other", "2016-03")
    d.fig("In March the government reopened the Luwani camp", 10000,
          "asylum seekers from Mozambique", "approximately")
    d.fig("UNHCR had transferred 1,919 of the asylum seekers", 1919,
          "asylum seekers transferred to the camp")
    d.fig("UNHCR had transferred 1,919 of the asylum seekers", 8000,
          "asylum seekers who returned to Mozambique")
    d.fig("At year’s end there were approximately 27,000 refugees", 27000,
          "refugees in the northern camp", "approximately")
    d.fig("the government provided protection to approximately 29,000 individuals", 29000,
          "individuals under the government's protection", "approximately")
    d.ev("Gender-based violence and other criminal activities were reported in the camp.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("From January to August, the MHRC received three complaints of mistreatment",
         "torture_or_abuse", "2016-01", date_end="2016-08", polarity="alleged", source=MHRC)
    d.fig("From January to August, the MHRC received three complaints of mistreatment", 3,
          "complaints of mistreatment in the refugee camp", source=MHRC)
    d.fig("With only 13 police officers assigned", 13, "police officers assigned to the camp")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("person", "Arthur Peter Mutharika", "Mutharika")
    d.ent("organization", "Democratic Progressive Party")
    d.ent("person", "Joyce Banda", "Banda")
    d.ent("organization", "People’s Party")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Supreme Court of Appeal")
    d.ent("organization", "High Court")
    d.ev("In 2014 citizens voted in simultaneous presidential", "election_or_referendum",
         "2014")
    d.ev("Voters elected Arthur Peter Mutharika of the Democratic Progressive Party",
         "election_or_referendum", "2014")
    d.fig("Voters elected Arthur Peter Mutharika of the Democratic Progressive Party", 36.4,
          "Mutharika's share of the presidential vote", unit="percent")
    d.ev("Mutharika defeated incumbent president Joyce Banda", "election_or_referendum",
         "2014")
    d.ev("Mutharika defeated incumbent president Joyce Banda", "election_or_referendum",
         "1994")
    d.ev("Presidential and vice presidential debates took place", "other", "2014")
    d.ev("International observers characterized the elections as generally peaceful", "other",
         "2014", source="international observers")
    d.ev("During the pre-election period, President Banda and her People’s Party", "other",
         "2014")
    d.ev("when widespread errors in the voter rolls became known in 2014", "other", "2014")
    d.ev("That confidence was further undermined on election day", "other", "2014")
    d.ev("President Banda attempted unconstitutionally to nullify the results", "other", "2014")
    d.ev("The courts rejected this move, and vote counting proceeded.", "other", "2014")
    d.fig("nearly 450,000-vote margin of victory was decisive", 450000,
          "votes in Mutharika's margin of victory", "approximately")
    d.ev("Also in 2014 successful local elections filled the positions", "election_or_referendum",
         "2014")
    d.ev("Also in 2014 successful local elections filled the positions", "election_or_referendum",
         "2000")
    d.ev("Also in 2014 successful local elections filled the positions", "other", "2005")
    d.fig("There were 32 women in the 193-seat National Assembly", 32,
          "women in the National Assembly")
    d.fig("There were 32 women in the 193-seat National Assembly", 193,
          "seats in the National Assembly")
    d.fig("There were 32 women in the 193-seat National Assembly", 56,
          "women among elected local councilors")
    d.fig("There were 32 women in the 193-seat National Assembly", 462,
          "elected local councilors")
    d.fig("There were three women in the 20-member cabinet.", 3, "women in the cabinet")
    d.fig("There were three women in the 20-member cabinet.", 20, "members of the cabinet")
    d.fig("Women constituted approximately 25 percent of the civil service.", 25,
          "women's share of the civil service", "approximately", unit="percent")
    d.fig("There were 10 female justices among the 34", 10, "female justices")
    d.fig("There were 10 female justices among the 34", 34,
          "justices of the two higher courts")

    d.sec("4")
    d.ent("organization", ACB, "ACB")
    d.ent("person", "Bakili Muluzi", "Muluzi")
    d.ent("organization", "Directorate of Assets Declaration")
    d.not_entity("Cashgate", "Public Officers Declaration of Assets Law")
    d.ev("primarily mid-level civil servants arrested in 2013", "detention_or_arrest", "2013")
    d.fig("primarily mid-level civil servants arrested in 2013", 70,
          "individuals investigated and prosecuted in the Cashgate scandal", "approximately")
    d.fig("primarily mid-level civil servants arrested in 2013", 20000000000,
          "sum stolen in the Cashgate scandal", "approximately", unit="MWK")
    d.fig("primarily mid-level civil servants arrested in 2013", 55000000,
          "sum stolen in the Cashgate scandal", unit="USD")
    d.ev("As of September, 12 cases resulted in convictions", "conviction_or_sentence", Y)
    d.pen("prison", 3, "years", "from three to 11 years")
    d.fig("As of September, 12 cases resulted in convictions", 12,
          "Cashgate cases resulting in convictions")
    d.ev("At year’s end no high-level officials had been arrested", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("On May 5, the Anti-Corruption Bureau deputy director recused himself", "other",
         "2016-05-05")
    d.fig("Muluzi had been on trial since 2006 for graft totaling", 8000000000,
          "graft Muluzi is tried for", unit="MWK")
    d.fig("Muluzi had been on trial since 2006 for graft totaling", 11000000,
          "graft Muluzi is tried for", unit="USD")
    d.prov("to the speaker of the National Assembly within three months", "time_limit", 3,
           "months", "within three months", "asset disclosure")
    d.prov("Assets Law requires officials in 48 categories", "requirement", 48, "categories",
           "officials in 48 categories", "financial disclosure")
    d.ev("On October 4, the Directorate of Assets Declaration revealed", "report_published",
         "2016-10-04", source="Directorate of Assets Declaration")
    d.fig("On October 4, the Directorate of Assets Declaration revealed", 28,
          "members of parliament who failed to declare assets",
          source="Directorate of Assets Declaration")
    d.ev("There were no reports of fees charged or denial of access", "other", Y,
         polarity="negated")


# =========================================================================================
# Executive summary (with the title line) and Section 1
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Malawi")
    d.ent("organization", "National Assembly")
    d.fig("the president and the 193 National Assembly members", 193,
          "members of the National Assembly")
    d.ev("The 2014 elections for president, parliament, and local councils",
         "election_or_referendum", "2014")
    d.ev("The most significant human rights problems in the country included", "killing", Y)
    d.ev("Other human rights problems included arbitrary arrest and detention",
         "detention_or_arrest", Y)
    d.ev("In some cases the government took steps to prosecute officials", "charge", Y)


def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Ndirande")
    d.ent("place", "Blantyre")
    d.ent("organization", "High Court")
    d.ent("person", "Stewart Lobo")
    d.ev("There were isolated reports the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("On March 30, police shot and killed a fleeing robbery suspect", "killing",
         "2016-03-30", place="Ndirande")
    d.ev("On October 5, the High Court convicted Police Constable Stewart Lobo",
         "conviction_or_sentence", "2016-10-05")
    d.ev("On October 5, the High Court convicted Police Constable Stewart Lobo", "killing",
         "2011")
    d.fig("Eight other officers arrested in connection with the incident", 8,
          "other officers arrested over the killing")
    d.ev("On August 24, the government paid compensation of 31 million", "other",
         "2016-08-24")
    d.fig("On August 24, the government paid compensation of 31 million", 31000000,
          "compensation paid to families of persons killed", unit="MWK")
    d.fig("On August 24, the government paid compensation of 31 million", 42900,
          "compensation paid to families of persons killed", unit="USD")
    d.fig("On August 24, the government paid compensation of 31 million", 10,
          "persons killed in the 2011 demonstrations")

    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Mpemba")
    d.ent("person", "Piyasoni Magombo", "Magombo")
    d.ent("organization", MHRC, "MHRC")
    d.ent("organization", "Inspectorate of Prisons")
    d.ent("organization", "Malawi Prison Services")
    d.ent("organization", "Malawi Red Cross Society")
    d.ev("on July 10, community members in Mpemba, Blantyre, protested", "protest",
         "2016-07-10", place="Mpemba")
    d.ev("Magombo died from injuries sustained during the beating.", "death_in_custody", Y)
    d.ev("stated in its annual report that torture was widespread", "report_published", Y,
         source=MHRC)
    d.ev("During the year the MHRC released a report that cited overcrowding",
         "report_published", Y, source=MHRC)
    d.ev("From January to August, the MHRC received two complaints", "other", "2016-01",
         date_end="2016-08", polarity="alleged", source=MHRC)
    d.fig("From January to August, the MHRC received two complaints", 2,
          "complaints about the rights of prisoners", source=MHRC)
    d.ev("It received four such complaints in 2015.", "other", "2015", polarity="alleged",
         source=MHRC)
    d.fig("It received four such complaints in 2015.", 4,
          "complaints about the rights of prisoners in 2015", source=MHRC)
    d.ev("largely noncompliant with the High Court’s 2009 requirement", "other", "2009")
    # t-gold22, settled 2026-12-17 (5): an inspection of prisons by a monitor is a visit (`other`)
    d.ev("A 2014 inspection tour that covered 90 percent of prisons", "other", "2014")
    d.fig("A 2014 inspection tour that covered 90 percent of prisons", 90,
          "share of prisons covered by the inspection", unit="percent")
    d.ev("On September 6, the Malawi Prison Services reported", "report_published",
         "2016-09-06", source="Malawi Prison Services")
    d.fig("On September 6, the Malawi Prison Services reported", 14018, "prison population",
          source="Malawi Prison Services")
    d.fig("On September 6, the Malawi Prison Services reported", 2,
          "prison population relative to capacity", "more than", unit="times",
          source="Malawi Prison Services")
    d.fig("On September 6, the Malawi Prison Services reported", 7000, "prison capacity",
          source="Malawi Prison Services")
    d.prov("beyond the legal limit of 48 hours", "time_limit", 48, "hours",
           "the legal limit of 48 hours", "police detention")
    d.ev("according to the prison service 77 inmates died in prison", "death_in_custody", Y,
         source="prison service")
    d.fig("according to the prison service 77 inmates died in prison", 77,
          "inmates who died in prison", source="prison service")
    d.fig("Leading causes of death were tuberculosis", 24, "inmate deaths from tuberculosis")
    d.fig("Leading causes of death were tuberculosis", 9, "inmate deaths from malaria")
    d.fig("Leading causes of death were tuberculosis", 7, "inmate deaths from anemia")
    d.fig("Leading causes of death were tuberculosis", 5, "inmate deaths from AIDS")
    d.ev("The MHRC received only two complaints during the year.", "other", Y,
         polarity="alleged", source=MHRC)
    d.fig("The MHRC received only two complaints during the year.", 2,
          "prisoner complaints received during the year", source=MHRC)
    d.ev("During the year the government permitted domestic and international NGOs", "other",
         Y)

    d.sec("1.d")
    d.ent("organization", "Malawi Defense Force", "MDF")
    d.ent("organization", "Malawi Police Service", "MPS")
    d.ent("organization", "Ministry of Home Affairs")
    d.ent("organization", ACB, "ACB")
    d.ent("person", "Henry Odillo")
    d.ent("person", "Clement Kafuwa")
    d.ent("organization", "Professional Responsibility Unit", "Internal Affairs Department")
    d.ent("organization", "Legal Aid Bureau")
    d.ent("organization", "Department of Legal Aid")
    d.ent("organization", "Center for Legal Assistance")
    d.ent("organization", "Paralegal Advisory Service Institute")
    d.ent("place", "Dedza")
    d.ev("Authorities, however, prosecuted officers accused of involvement", "charge", Y)
    d.ev("In July 2015 the Anti-Corruption Bureau (ACB) arrested", "detention_or_arrest",
         "2015-07")
    d.ev("The two were arraigned at the High Court and released on bail.", "charge", Y)
    d.ev("The trial began in October but had yet to conclude", "trial", "2016-10")
    d.prov("be released from detention or informed of charges by a court within 48",
           "time_limit", 48, "hours", "within 48 hours of arrest", "charge or release")
    d.ev("There were no reports detainees were held incommunicado", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("In March 2015 the Legal Aid Bureau replaced the Department", "other", "2015-03")
    d.fig("Underfunded and having only nine lawyers", 9, "lawyers of the legal aid bureau")
    d.ev("Authorities, however, made arbitrary arrests based on sections", "detention_or_arrest",
         Y)
    d.ev("on February 24, 19 sex workers in Dedza were arrested", "conviction_or_sentence",
         "2016-02-24", place="Dedza")
    d.fig("on February 24, 19 sex workers in Dedza were arrested", 19,
          "sex workers arrested, charged and convicted")
    d.fig("Of the total prison population of 14,018 inmates, 2,275", 14018,
          "total prison population")
    d.fig("Of the total prison population of 14,018 inmates, 2,275", 2275,
          "inmates in pretrial detention")
    d.fig("Of the total prison population of 14,018 inmates, 2,275", 16,
          "share of inmates in pretrial detention", unit="percent")
    d.prov("Despite a statutory 90-day limit on pretrial detention", "time_limit", 90, "days",
           "statutory 90-day limit", "pretrial detention")

    d.sec("1.e")
    d.ent("organization", "Directorate of Public Prosecutions")
    d.ent("organization", "Ministry of Justice")
    d.prov("for an accused to be informed of charges by a court within 48 hours", "time_limit",
           48, "hours", "within 48 hours of arrest", "informing the accused of charges")
    d.fig("the directorate had one prosecuting attorney supported by 18", 1,
          "prosecuting attorneys of the directorate")
    d.fig("the directorate had one prosecuting attorney supported by 18", 18,
          "paralegals of the directorate")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.fig("As of August 31, there were 377 licensed legal practitioners.", 377,
          "licensed legal practitioners")
    d.fig("Through September the MHRC received 82 complaints", 82,
          "complaints of limited access to justice", source=MHRC)
    d.fig("Through September the MHRC received 82 complaints", 8,
          "complaints of unfair administrative procedures", source=MHRC)


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def malawi() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_malawi", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_malawi": malawi}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
