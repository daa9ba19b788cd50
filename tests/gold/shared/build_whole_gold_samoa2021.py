"""Build the hand-made DEV gold file for Samoa 2021 (a page of the public collection).

``2021_samoa.jsonl`` annotates ``html/2021/samoa.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2021/samoa.html`` by ``scripts/collection.sh``: the 2021
edition, classic seven-section layout (Section 5 titled "Governmental Posture Towards
International and Nongovernmental Investigation"). Split ``dev`` (the team may tune on it),
annotated with the method of ``build_whole_gold_lithuania2019.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_samoa2021.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_samoa2021.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2021_samoa.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2021/samoa.html"
Y = "2021"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "3-4", "2", "1", "exec"]

FIAME = "Fiame Naomi Mata’afa"
MPPCS = "Ministry of Police, Prisons, and Correction Services"
OMB = "Office of the Ombudsman"
STATE = "Department of State"
FAST = "Faʻatuatua i le Atua Samoa ua Tasi"
HRPP = "Human Rights Protection Party"
MCIL = "Ministry of Commerce, Industry, and Labor"
PSC = "Public Service Commission"
INQUIRY = "National Public Inquiry"
INQUIRY_TITLE = "National Public Inquiry into Family Violence"
APR9 = "2021-04-09"


def samoa(d: CollectionDevDoc) -> None:
    d.ent("place", "Samoa")


def police_ministry(d: CollectionDevDoc) -> None:
    # one body named two ways ("One entity per name", settled 2026-12-06)
    d.ent("organization", MPPCS, "Ministry of Police")


def ombudsman(d: CollectionDevDoc) -> None:
    d.ent("organization", OMB, "Ombudsman’s Office")


def labor_ministry(d: CollectionDevDoc) -> None:
    d.ent("organization", MCIL, "Labor Ministry")


def parties(d: CollectionDevDoc) -> None:
    d.ent("organization", FAST, "Samoa United by Faith in God", "FAST")
    d.ent("organization", HRPP, "HRPP")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    samoa(d)
    d.ent("person", FIAME)
    police_ministry(d)
    # the date names the elections (an occurrence cited in a frame "following ..."); the
    # new prime minister's accession is an undated occurrence of the year (notes)
    B = "After a months-long political impasse following April 9 parliamentary elections"
    d.ev(B, "election_or_referendum", APR9)
    d.ev(B, "other", Y)
    # observers questioning the legitimacy: a verdict on the election, dated by it
    d.ev("The elections were free and fair on the day, but post-election disputes", "other",
         APR9, source="observers")
    d.ev("There were no credible reports that members of the security forces committed",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("Significant human rights issues included credible reports of: the existence",
         "other", Y, polarity="alleged")
    d.ev("The government took steps to prosecute officials who committed human rights",
         "charge", Y)
    d.ev("There were no reports of impunity for human rights abuses.", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    ombudsman(d)
    d.ent("place", "Apia")
    d.ent("place", "Tuasivi")
    # the prison and the juvenile center are facilities; "Tanumalala" and "Oloamanu" alone name
    # them here, no place (notes)
    d.not_entity("Tanumalala Prison", "Oloamanu Juvenile Center")
    d.ev("there were no reports government officials normally employed them",
         "torture_or_abuse", Y, polarity="negated")
    B = "Police held overnight detainees in two cells at police headquarters"
    d.fig(B, 2, "police cells for overnight detainees in Apia")
    d.fig(B, 1, "police cell for overnight detainees at Tuasivi")
    d.ev("In September an inmate escaped from Tanumalala, but he was apprehended",
         "other", "2021-09")
    d.ev("Authorities investigated such allegations, documented them, and made",
         "investigation", Y)
    d.ev("During the year there were multiple visits by international organizations",
         "other", Y)

    d.sec("1.e")
    # "Lands and Titles Court" once, "Land and Titles Court" elsewhere: one body
    d.ent("organization", "Land and Titles Court", "Lands and Titles Court")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Court of Appeal")
    d.ent("organization", "Land and Titles High Court")
    d.ent("organization", "Land and Titles Court of Appeal and Review")
    d.not_entity("Land and Titles Bill")
    d.ev("In December 2020 parliament passed the Land and Titles Bill", "law_or_decree",
         "2020-12")
    # the law doing what its adoption did, with a verb of change, in the next sentence
    d.ev("Instead, the law created new entities", "law_or_decree", "2020-12")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports the national government failed to respect these", "other",
         Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Samoa Tourism Authority", "STA")
    d.ent("organization", "Legislative Assembly")
    d.ent("organization", "Facebook")
    d.prov("Violators are subject to a fine or maximum imprisonment of three months",
           "penalty", 3, "months", "maximum imprisonment of three months",
           "false information prejudicial to tourism")
    d.ev("The STA did not exercise this authority during the year.", "charge", Y,
         polarity="negated")
    d.ev("In September a parliamentary staff member was temporarily suspended", "dismissal",
         "2021-09")
    # t-conv16 settlement: the negated act on access is no event; the "no credible reports that" clause keeps its own
    # negated event: negated surveillance (was censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)
    d.ev("there were no credible reports the government monitored private online",
         "surveillance", Y, polarity="negated")
    # t-conv16 settlement: "There were no <restriction>" without a frame of the year is a state, no event (removed
    # negated censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)

    d.sec("2.b")
    d.ent("organization", "Supreme Court")

    d.sec("2.c")
    d.ent("organization", STATE)
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ev("There were reports some village councils banished individuals", "other", Y,
         polarity="alleged")

    d.sec("2.f")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("place", "Canberra")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    parties(d)
    d.ent("organization", "Court of Appeal")
    d.ent("person", FIAME)
    d.ev("Observers considered the April 9 general election free and fair on the day",
         "other", APR9, source="observers")
    B = "The election initially resulted in a tie"
    d.ev(B, "election_or_referendum", APR9)
    d.fig(B, 25, "seats won by each of FAST and the HRPP")
    d.fig(B, 1, "seat won by an independent candidate")
    B = "The independent parliamentarian-elect opted to join FAST"
    d.ev(B, "other", Y)
    d.fig(B, 6, "constituencies with by-elections")
    B = "The HRPP accepted defeat after the Court of Appeal affirmed"
    d.ev(B, "other", "2021-07-23")
    d.ev(B, "other", Y)
    B = "The election ended the HRPP’s string of seven consecutive electoral victories"
    d.ev(B, "election_or_referendum", APR9)
    d.ev(B, "other", Y)
    d.fig(B, 7, "consecutive electoral victories of the HRPP")
    # t-gold22, settled 2026-12-17 (1): "widespread reports of" a practice is a practice told by frequency: no event
    # d.ev("There were widespread reports of cash and noncash bribes paid", "other", Y,
    #      polarity="alleged")
    B = "The constitution gives all citizens older than age 21 the right to vote"
    d.prov(B, "threshold", 21, "age", "older than age 21", "voting age")
    d.fig(B, 17000, "persons with a matai title", "more than")
    d.prov("all candidates must satisfy a three-year period of monotaga", "requirement", 3,
           "years", "a three-year period", "monotaga service of candidates")
    d.ev("The monotaga requirement led to a number of court petitions",
         "registration_decision", Y)
    B = "After the April election, parliament passed a bill allowing candidates"
    d.ev(B, "election_or_referendum", "2021-04")
    d.ev(B, "law_or_decree", Y)
    B = "Four women won seats in parliament in the April election."
    d.ev(B, "election_or_referendum", "2021-04")
    d.fig(B, 4, "women who won seats in parliament")
    B = "No female candidates won parliamentary seats in by-elections for six"
    d.ev(B, "election_or_referendum", "2021-11-26")
    d.fig(B, 6, "constituencies with by-elections on November 26")
    B = "A 52nd and 53rd seat were added to parliament"
    d.ev(B, "other", Y)
    d.prov(B, "threshold", 10, "percent", "10 percent", "female representation in parliament")
    d.ev("The seats went to the unsuccessful female candidates", "other", Y)
    d.fig("only 10 percent of matai were women", 10, "matai who were women", unit="percent")
    B = "Following the April election, Fiame Naomi Mata’afa became"
    d.ev(B, "election_or_referendum", "2021-04")
    d.ev(B, "other", Y)

    d.sec("4")
    ombudsman(d)
    d.ent("organization", "Attorney General’s Office")
    d.ent("organization", PSC)
    d.ent("organization", "Samoa Airways")
    d.prov("The maximum penalty for corruption is 14 years’ imprisonment.", "penalty", 14,
           "years", "14 years’ imprisonment", "corruption")
    d.ev("There were isolated reports of government corruption during the year", "other", Y,
         polarity="alleged")
    # "in 2020 or during the year": two date expressions, two negated publications
    B = "Samoa Airways failed to submit an annual report in 2020"
    d.ev(B, "report_published", "2020", polarity="negated")
    d.ev(B, "report_published", Y, polarity="negated")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    ombudsman(d)
    d.ent("organization", "National Human Rights Institute")

    d.sec("6")
    police_ministry(d)
    d.ent("organization", "Domestic Violence Unit")
    d.ent("organization", "Samoa Victim Support Group")
    d.ent("organization", "Ministry of Justice and Courts Administration")
    d.ent("organization", "Ministry of Education, Sports, and Culture")
    d.ent("organization", STATE)
    d.not_entity(INQUIRY_TITLE,
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction")
    d.prov("applies to spouses and is punishable by 14 years in prison", "penalty", 14,
           "years", "14 years in prison", "unlawful sexual connection, spouses included")
    d.prov("The penalty for rape is up to life imprisonment", "penalty", None, None,
           "up to life imprisonment", "rape")
    d.prov("as common criminal assault, with a maximum penalty of 10 years", "penalty", 10, "years",
           "10 years’ imprisonment", "domestic violence as assault")
    B = "revealed that 86 percent of women experienced some form of physical violence"
    d.ev(B, "report_published", "2018", source=INQUIRY)
    d.fig(B, 86, "women who experienced physical violence from an intimate partner",
          unit="percent", source=INQUIRY)
    d.fig(B, 24, "women who experienced choking", unit="percent", source=INQUIRY)
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other",
         Y, polarity="negated")
    d.ev("There were no reports of racial or ethnic violence during the year.",
         "attack_or_threat", Y, polarity="negated")
    d.fig("(approximately 80 percent of the land in the country)", 80,
          "village-owned share of the land", "approximately", unit="percent")
    B = "A child is a citizen by birth in the country if at least one"
    d.prov(B, "threshold", 1, "parents", "at least one parent", "citizenship by birth")
    d.prov("resided there at least three years", "threshold", 3, "years",
           "at least three years", "citizenship by birth abroad")
    d.prov("may face a maximum one-year prison term", "penalty", 1, "years",
           "a maximum one-year prison term", "corporal punishment in schools")
    B = "In August 2020 a school principal was convicted and fined"
    d.ev(B, "conviction_or_sentence", "2020-08")
    d.fig(B, 6, "students caned by a school principal")
    # a reaction after a dated incident is a later step of another kind: the report year
    d.ev("Following the incident, the minister of education, sports, and culture", "other",
         Y)
    d.ev("The government aggressively prosecuted reported cases of child abuse.", "charge", Y)
    B = "found that nine out of 10 children in the country experienced violence"
    d.ev(B, "report_published", "2018", source=INQUIRY)
    d.fig(B, 0.9, "children who experienced violence in their lifetime", source=INQUIRY)
    d.prov("The legal minimum age for marriage is 18 for both men and women.", "threshold", 18,
           "age", "18", "minimum age for marriage")
    B = "Consent of at least one parent or guardian is necessary"
    d.prov(B, "threshold", 1, "parents", "at least one parent or guardian",
           "consent to marriage")
    d.prov(B, "threshold", 21, "age", "younger than 21", "parental consent to marriage")
    d.prov("The minimum age for consensual sex is 16.", "threshold", 16, "age", "16",
           "minimum age of consent")
    B = "Under the law the maximum penalty for sexual relations with children younger"
    d.prov(B, "threshold", 12, "age", "younger than age 12", "sexual relations with children")
    d.prov(B, "penalty", None, None, "life imprisonment",
           "sexual relations with children under 12")
    d.prov(B, "threshold", 12, "age", "between ages 12 and 15",
           "sexual relations with children 12 to 15", value_end=15)
    d.prov(B, "penalty", 10, "years", "10 years’ imprisonment",
           "sexual relations with children 12 to 15")
    d.prov("The law specifies a maximum seven-year prison sentence", "penalty", 7, "years",
           "a maximum seven-year prison sentence", "indecent material featuring a child")
    d.prov("Because 16 is the age of majority", "threshold", 16, "age", "16",
           "age of majority")
    # the inquiry named again without its year: the one dated occurrence of that name (2018)
    B = "nearly 10 percent of female respondents reported they were raped"
    d.ev(B, "report_published", "2018", source=INQUIRY)
    d.fig(B, 10, "female respondents raped as children by a family member", "approximately",
          unit="percent", source=INQUIRY)
    d.ev("in collaboration with NGOs, carried out educational activities", "other", Y)
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no confirmed reports during the year that the country was a source",
         "other", Y, polarity="negated")
    d.ev("There were no reports of violence, harassment, intimidation, or abuses against",
         "attack_or_threat", Y, polarity="negated")
    d.fig("attended one of at least three schools in the capital", 3,
          "schools for students with disabilities in the capital", "at least")
    d.prov("is illegal, with a maximum penalty of five years’ imprisonment", "penalty", 5,
           "years", "five years’ imprisonment", "sodomy")
    d.prov("between males, with a maximum penalty of seven years’ imprisonment", "penalty", 7,
           "years", "seven years’ imprisonment",
           "premises used for indecent acts between males")
    d.ev("there were no reports of societal violence based on sexual orientation",
         "attack_or_threat", Y, polarity="negated")

    d.sec("7")
    d.ent("organization", "Public Service Association")
    labor_ministry(d)
    d.ent("organization", PSC)
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor",
                 "Labor and Employment Relations Act")
    d.ev("There were no reports of strikes.", "strike", Y, polarity="negated")
    d.ev("received no complaints and found no violations of forced labor", "other", Y,
         polarity="negated")
    d.prov("The law prohibits employing children younger than age 15", "threshold", 15, "age",
           "younger than age 15", "minimum age for employment")
    B = "In 2019 the government issued a public notice clarifying the hazardous"
    d.ev(B, "law_or_decree", "2019")
    d.prov(B, "threshold", 18, "age", "younger than age 18", "hazardous work")
    d.prov("The law restricts vending by school-aged children (younger than age 16)",
           "threshold", 16, "age", "younger than age 16", "vending by school-aged children")
    d.ev("the government sponsored numerous programs, including literacy and training",
         "other", Y)
    B = "the law specifies overtime pay at time and a half"
    d.prov(B, "right", 1.5, "times", "time and a half", "overtime pay, private sector")
    d.prov(B, "right", 2, "times", "double time", "overtime pay on Sundays and holidays")
    d.ev("In 2019 the Labor Ministry issued a public notice clarifying the types",
         "law_or_decree", "2019")
    d.fig("Approximately 75 percent of the working population worked in the subsistence",
          75, "working population in the subsistence economy", "approximately",
          unit="percent")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def samoa2021() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2021_samoa", FILE, 2021, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2021_samoa": samoa2021}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
