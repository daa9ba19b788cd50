"""Build the hand-made DEV gold file for Malawi 2016 (a page of the public collection).

``2016_malawi.jsonl`` annotates ``html/2016/malawi.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/malawi.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_paraguay2020.py`` (``ParaguayDoc``: the Gambia
``CollectionDoc`` with provision ranges, here with ``split = "dev"``): every record below was
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
from build_whole_gold_paraguay2020 import ParaguayDoc  # noqa: E402

FILE = "html/2016/malawi.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7"]

MHRC = "Malawi Human Rights Commission"
MINGENDER = "Ministry of Gender, Children, Disability, and Social Welfare"
NSO = "Malawi National Statistical Office"
ACB = "Anti-Corruption Bureau"
MACRA = "Malawi Communications Regulatory Authority"
MOL = "Ministry of Labor"
VACS = "The 2014 Violence Against Children Survey"


class DevCollectionDoc(ParaguayDoc):
    """A DEV gold document on a page of the public collection."""

    split = "dev"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: DevCollectionDoc) -> None:
    d.sec("5")
    d.ent("organization", MHRC, "MHRC")
    d.ent("organization", "Office of the Ombudsman")
    d.ev("The MHRC received 324 complaints of human rights violations", "other", Y,
         polarity="alleged", source=MHRC)
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
    d.ev("The 2015-16 Demographic and Health Survey (DHS) found", "report_published", "2015",
         date_end="2016")
    d.fig("The 2015-16 Demographic and Health Survey (DHS) found", 5,
          "share of men with no formal education", unit="percent")
    d.fig("The 2015-16 Demographic and Health Survey (DHS) found", 12,
          "share of women with no formal education", unit="percent")
    d.ev(VACS + " found that one in five women", "report_published", "2014")
    d.fig(VACS + " found that one in five women", 1, "women sexually abused before 18 (numerator)")
    d.fig(VACS + " found that one in five women", 5, "women sexually abused before 18 (denominator)")
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
    d.ev("the MHRC reported receiving seven complaints related to disability", "other", Y,
         polarity="alleged", source=MHRC)
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
    d.prov("The Employment Act provides a list of hazardous work", "penalty", 20000, "MWK", "20,000 MWK", "child labor")
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
    d.prov("The minimum wage was 688 MWK ($0.95) per day", "threshold", 688, "MWK",
           "688 MWK", "minimum daily wage")
    d.prov("The minimum wage was 688 MWK ($0.95) per day", "threshold", 0.95, "USD", "$0.95",
           "minimum daily wage")
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


PART_BUILDERS = {"5-7": sections_5_7}


def malawi() -> DevCollectionDoc:
    d = DevCollectionDoc("2016_malawi", FILE, 2016, {g: ALL_PARTS[g] for g in DONE})
    # In order of annotation; an entity is declared by each part that names it.
    for group in DONE:
        PART_BUILDERS[group](d)
    return d


DOCS = {"2016_malawi": malawi}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
