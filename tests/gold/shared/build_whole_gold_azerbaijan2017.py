"""Build the hand-made DEV gold file for Azerbaijan 2017 (a page of the public collection).

``2017_azerbaijan.jsonl`` annotates ``html/2017/azerbaijan.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2017/azerbaijan.html`` by ``scripts/collection.sh``: the
2017 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_azerbaijan2017.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_azerbaijan2017.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2017_azerbaijan.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2017/azerbaijan.html"
Y = "2017"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7"]

OMB = "Ombudsman’s Office of the Republic of Azerbaijan"
SCFWCA = "State Committee for Family, Women, and Children Affairs"
MIA = "Ministry of Internal Affairs"
MOL = "Ministry of Labor and Social Protection"
ATUC = "Azerbaijan Trade Unions Confederation"
OWRDO = "Oil Workers Rights Defense Organization"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("person", "Aliabbas Rustamov")
    d.ent("person", "Intigam Aliyev")
    d.ent("organization", "Ministry of Justice")
    d.ent("place", "Baku")
    d.ent("organization", "Amnesty International", "Amnesty")
    d.ent("organization", "Human Rights Watch", "HRW")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Reporters without Borders")
    d.ent("organization", "Presidential Administration")
    d.ent("organization", "Haqqin.az")
    d.ent("person", "Gozel Bayramli")
    d.ent("person", "Afgan Mukhtarli")
    d.ent("place", "Georgia")
    d.ent("place", "Azerbaijan")
    d.ent("organization", "UN", "United Nations")
    d.ent("organization", OMB, "Ombudsman’s Office")
    d.ent("person", "Elmira Suleymanova")
    d.ent("place", "Nakhichevan Autonomous Republic")
    d.ent("person", "Ulkar Bayramova")
    d.ent("organization", "Milli Mejlis", "National Assembly")
    d.ev("Activists also reported that authorities refused to register their organizations",
         "registration_decision", Y, source="activists")
    d.ev("Senior government officials engaged in rhetorical attacks on human rights activists",
         "attack_or_threat", Y)
    d.ev("On May 4, progovernment web portal Haqqin.az called a number", "other",
         "2017-05-04", source="Haqqin.az")
    d.ev("In September 2016 the UN special rapporteur on the situation", "other", "2016-09",
         source="UN special rapporteur on the situation of human rights defenders")
    d.prov("The ombudsman may refuse to accept cases of abuse that are more",
           "time_limit", 1, "years", "more than a year old", "cases the ombudsman accepts")
    d.ev("Human rights offices in the Milli Mejlis and the Ministry of Justice also heard",
         "investigation", Y)

    d.sec("6")
    d.ent("organization", SCFWCA, "SCFWCA", "State Committee on Family, Women, and Children")
    d.ent("organization", "Department of State")
    d.ent("organization", "Caucasus Muslim Board")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Committee against Racism and Intolerance", "ECRI")
    d.ent("organization", "Council of Europe")
    d.ent("place", "Armenia")
    d.ent("organization", MIA)
    d.ent("organization", "Office of the Prosecutor General")
    d.ent("organization", "Facebook")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "World Factbook",
                 "Azerbaijan National Strategic Plan for HIV")
    d.prov("Rape is illegal and carries a maximum sentence of 15 years", "penalty", 15, "years",
           "maximum sentence of 15 years in prison", "rape")
    d.ev("The committee conducted public awareness campaigns and worked to improve", "other", Y)
    d.ev("There were no reports of coerced abortion, involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("The SCFWCA conducted public media campaigns to raise awareness of women", "other", Y)
    d.fig("The gender ratio of children born in the country in 2016 was 111", 111,
          "boys born per 100 girls in 2016", source="World Factbook")
    d.fig("The gender ratio of children born in the country in 2016 was 111", 100,
          "girls born (base of the gender ratio)", source="World Factbook")
    d.ev("The SCFWCA conducted seminars and public media campaigns", "other", Y)
    d.ev("The Ministries of Internal Affairs and Justice registered undocumented children",
         "registration_decision", Y)
    d.prov("While education was compulsory, free, and universal until the age of 17",
           "threshold", 17, "age", "until the age of 17", "compulsory education")
    d.ev("conducted training programs for judges and children rights advocates", "other", Y)
    d.prov("The law provides that a girl may marry at the age of 18", "threshold", 18, "age",
           "at the age of 18", "marriage of girls")
    d.prov("The law provides that a girl may marry at the age of 18", "threshold", 17, "age",
           "at 17 with local authorities’ permission", "marriage of girls with permission")
    d.prov("The law further states a boy may marry at the age of 18.", "threshold", 18, "age",
           "at the age of 18", "marriage of boys")
    d.prov("The law establishes fines of 3,000 to 4,000 manat", "penalty", 3000, "AZN",
           "fines of 3,000 to 4,000 manat", "forced marriage with underage children",
           value_end=4000)
    d.prov("The law establishes fines of 3,000 to 4,000 manat", "penalty", 1750, "USD",
           "$1,750 to $2,340", "forced marriage with underage children", value_end=2340)
    d.prov("The law establishes fines of 3,000 to 4,000 manat", "penalty", 4, "years",
           "imprisonment for up to four years", "forced marriage with underage children")
    d.ev("The SCFWCA conducted activities in IDP and refugee communities", "other", Y)
    d.prov("Recruitment of minors for prostitution (involving a minor in immoral acts)",
           "penalty", 8, "years", "up to eight years in prison", "recruitment of minors")
    d.prov("The law prohibits pornography; its production, distribution", "penalty", 3, "years",
           "three years ’ imprisonment", "pornography")
    d.prov("Statutory rape is punishable by up to three years", "penalty", 3, "years",
           "up to three years’ imprisonment", "statutory rape")
    d.fig("Jewish community was estimated to be between 20,000 and 30,000", 20000,
          "members of the Jewish community", "approximately", value_end=30000)
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.fig("there were approximately 60,000 children with disabilities", 60000,
          "children with disabilities", "approximately", source="local NGO")
    d.fig("there were approximately 60,000 children with disabilities", 6000,
          "children with disabilities with access to specialized education", value_end=10000,
          source="local NGO")
    d.ev("In 2016 the Council of Europe’s Committee against Racism", "report_published",
         "2016", source="ECRI")
    d.ev("Authorities sentenced human rights activists working on reconciliation",
         "conviction_or_sentence", Y)
    d.ev("In October media and human rights lawyers reported that since mid-September",
         "report_published", "2017-10", source="media and human rights lawyers")
    d.ev("In October media and human rights lawyers reported that since mid-September",
         "detention_or_arrest", "2017-09", source="media and human rights lawyers")
    d.fig("had arrested and tortured 83 men presumed to be gay", 83,
          "men arrested and tortured as presumed gay, bisexual or transgender",
          source="media and human rights lawyers")
    d.ev("Once in custody, police beat the detainees and subjected them", "torture_or_abuse",
         "2017-09")
    d.ev("By October 3, many of the detainees had been released", "release", "2017-10-03")
    d.ev("On October 2, the Ministry of Internal Affairs and the Office", "other",
         "2017-10-02", source=MIA)
    d.ev("In the country’s most recent demographic and health survey (2006)", "report_published",
         "2006")
    d.fig("In the country’s most recent demographic and health survey (2006)", 80,
          "share of women with discriminatory attitudes to persons with HIV", unit="percent")
    d.fig("In the country’s most recent demographic and health survey (2006)", 92,
          "share of men with discriminatory attitudes to persons with HIV", unit="percent")

    d.sec("7")
    d.ent("organization", ATUC, "ATUC")
    d.ent("organization", MOL, "Ministry of Labor and Social Policy", "Ministry of Labor")
    d.ent("organization", "Union of Oil and Gas Industry Workers")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "State Statistics Committee of Azerbaijan")
    d.ent("organization", OWRDO, "Oil Workers Rights Protection Organization")
    d.ent("person", "Artur Rasizade")
    d.ent("place", "Caspian Sea")
    d.ent("organization", "Azerbaijan Airlines")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("Striking workers who disrupt public transportation, however, could be sentenced",
           "penalty", 3, "years", "up to three years in prison", "disrupting public transport")
    d.fig("ATUC reported it represented 1.6 million members in 27 sectors", 1600000,
          "members of ATUC", source="ATUC")
    d.fig("ATUC reported it represented 1.6 million members in 27 sectors", 27,
          "sectors ATUC represented", source="ATUC")
    d.fig("The state oil company’s 65,200 workers were required", 65200,
          "workers of the state oil company")
    d.fig("The state oil company’s 65,200 workers were required", 2,
          "union dues as share of salary", unit="percent")
    d.fig("Employers officially withheld one-quarter of the dues collected", 0.25,
          "share of dues withheld for administrative costs")
    d.ev("During the year there were reports that some schools were closed", "other", Y,
         polarity="alleged")
    d.ev("reported it identified five cases of forced labor in the first nine months",
         "investigation", "2017-01", date_end="2017-09", source=MIA)
    d.fig("reported it identified five cases of forced labor in the first nine months", 5,
          "cases of forced labor identified", source=MIA)
    d.ev("During the year the antitrafficking department in the Ministry of Internal Affairs",
         "investigation", Y)
    d.prov("In most cases the law permits children to work from the age of 15", "threshold", 15,
           "age", "from the age of 15", "employment of children")
    d.prov("In most cases the law permits children to work from the age of 15", "threshold", 14,
           "age", "children who are 14", "light work of children")
    d.prov("Children under the age of 16 may not work more than 24 hours", "threshold", 16,
           "age", "under the age of 16", "working hours of children")
    d.prov("Children under the age of 16 may not work more than 24 hours", "prohibition", 24,
           "hours", "more than 24 hours per week", "working hours of children under 16")
    d.prov("Children under the age of 16 may not work more than 24 hours", "threshold", 16,
           "age", "children who are 16 or 17", "working hours of children 16 or 17",
           value_end=17)
    d.prov("Children under the age of 16 may not work more than 24 hours", "prohibition", 36,
           "hours", "more than 36 hours per week", "working hours of children 16 or 17")
    d.prov("The law prohibits employing children under the age of 18 in difficult", "threshold",
           18, "age", "under the age of 18", "hazardous work")
    d.ev("Although the Ministry of Labor and Social Policy conducted inspections",
         "investigation", Y)
    d.fig("in 2016 the average monthly salary for women was 317 manat", 317,
          "average monthly salary of women in 2016", unit="AZN",
          source="State Statistics Committee of Azerbaijan")
    d.fig("in 2016 the average monthly salary for women was 317 manat", 185,
          "average monthly salary of women in 2016", unit="USD",
          source="State Statistics Committee of Azerbaijan")
    d.fig("in 2016 the average monthly salary for women was 317 manat", 630,
          "average monthly salary of men in 2016", unit="AZN",
          source="State Statistics Committee of Azerbaijan")
    d.fig("in 2016 the average monthly salary for women was 317 manat", 368,
          "average monthly salary of men in 2016", unit="USD",
          source="State Statistics Committee of Azerbaijan")
    d.ev("On January 21, the national minimum wage was increased", "law_or_decree",
         "2017-01-21")
    d.prov("On January 21, the national minimum wage was increased", "threshold", 116, "AZN",
           "116 manat", "monthly minimum wage")
    d.prov("On January 21, the national minimum wage was increased", "threshold", 68, "USD",
           "$68", "monthly minimum wage")
    d.prov("The law provides for a 40-hour workweek", "right", 40, "hours", "40-hour workweek",
           "workweek")
    d.prov("The law provides for a 40-hour workweek", "prohibition", 12, "hours",
           "maximum daily work shift is 12 hours", "daily work shift")
    d.prov("Workers in hazardous occupations may not work more than 36 hours", "prohibition", 36,
           "hours", "more than 36 hours per week", "hazardous occupations")
    d.ev("Ministry of Labor and ATUC officials inspected worksites for compliance",
         "investigation", Y)
    d.fig("which accounted for between 10 and 30 percent of the economy", 10,
          "share of the economy in the informal sector", unit="percent", value_end=30)
    d.ev("In 2015 a total of 31 oil workers died", "other", "2015")
    d.fig("In 2015 a total of 31 oil workers died", 31, "oil workers who died in the rig fire")
    d.ev("A special commission led by Prime Minister Artur Rasizade", "investigation", Y)
    d.ev("In December 2016 strong winds destroyed part of a pier", "other", "2016-12")
    d.fig("In December 2016 strong winds destroyed part of a pier", 10,
          "workers killed when the pier collapsed")
    d.ev("In 2016 there were reports that Azerbaijan Airlines workers", "report_published",
         "2016")


PART_BUILDERS = {"5-7": sections_5_7}


def azerbaijan() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2017_azerbaijan", FILE, 2017, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2017_azerbaijan": azerbaijan}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
