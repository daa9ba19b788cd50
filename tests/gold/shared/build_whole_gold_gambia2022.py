"""Build the hand-made TEST gold file for The Gambia 2022 (a page of the public collection).

``2022_the-gambia.jsonl`` annotates ``html/2022/the-gambia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2022/the-gambia.html`` by ``scripts/collection.sh``.
The 2022 edition, classic seven-section layout. Annotated BLIND (split ``test``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever
run on it; the script only turns the decisions into offsets. Method of
``build_whole_gold_liberia2024.py`` (``PageDoc`` of ``build_whole_gold_dev.py``): offsets are
into the document text rightsledger reads from the page (``rightsledger.read.read_path``),
each anchor (at most 14 words of the report) occurs exactly once in the document, and the
scope line lists in ``"ranges"`` exactly the section groups annotated whole (``DONE``). The
output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_gambia2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_gambia2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_the-gambia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc  # noqa: E402

FILE = "html/2022/the-gambia.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]


NHRC = "National Human Rights Commission"
TRRC = "Truth, Reconciliation, and Reparation Commission"
MFDC = "Movement of Democratic Forces of Casamance"
# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    d.sec("5")
    d.ent("organization", "National Advisory Council")
    d.ent("organization", "Office of the Ombudsman")
    d.ent("organization", "National Human Rights Unit", "NHRU")
    d.ent("organization", NHRC, "National Human Rights Council", "NHRC")
    d.ent("organization", TRRC, "TRRC")
    d.ent("person", "Jammeh")
    d.ev("The NHRC investigated allegations of human rights abuses", "investigation", Y)
    d.ev("Commission took testimony on abuses from the Jammeh era", "investigation", Y)

    d.sec("6")
    d.ent("organization", "Ministry of Women’s Affairs, Children, and Social Welfare")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "UNICEF")
    d.ent("organization", "World Health Organization", "WHO")
    d.ent("organization", "Department of State")
    d.not_entity("Trafficking in Persons Report")
    d.prov("The penalty for rape is life imprisonment.", "penalty", None, None,
           "life imprisonment", "rape")
    d.prov("The maximum penalty for attempted rape is seven years", "penalty", 7, "years",
           "seven years’ imprisonment", "attempted rape")
    d.prov("The penalty for domestic violence is two years", "penalty", 2, "years",
           "two years’ imprisonment", "domestic violence")
    # t-tfixA (2026-12-09): services provided and cooperation are no event (2026-12-06);
    # record removed.
    d.fig("According to UNICEF and NGOs, 76 percent of girls", 76,
          "share of girls and women aged 15 to 49 subjected to FGM/C (2020)", unit="percent",
          source="UNICEF")
    d.ev("Authorities made no FGM/C arrests during the year.", "detention_or_arrest", Y,
         polarity="negated")
    d.prov("stipulates a one-year mandatory prison sentence for abuses", "penalty", 1, "years",
           "one-year mandatory prison sentence", "sexual harassment")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("the country’s maternal mortality rate in 2020 was 597", 597,
          "maternal mortality rate (2020)", unit="deaths per 100,000 live births",
          source="World Health Organization")
    d.fig("Girls comprised approximately one-half of primary school students", 0.5,
          "girls' share of primary school students", "approximately")
    d.fig("Girls comprised approximately one-half of primary school students", 1 / 3,
          "girls' share of high school students")
    d.prov("By law children younger than age 18 may not marry.", "threshold", 18, "age",
           "younger than age 18", "minimum age for marriage")
    d.ev("there were no reports of the government enforcing it", "charge", Y,
         polarity="negated")
    d.prov("The minimum age for consensual sex is 18.", "threshold", 18, "age", "18",
           "minimum age for consensual sex")
    d.ev("there were no reports of antisemitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There was no government-reported violence against lesbian", "attack_or_threat", Y,
         polarity="negated")
    # t-tfixA: violence against LGBTQI+ persons, not in custody: `attack_or_threat`
    # (hate acts, beating outside custody, 2026-12-08).
    d.ev("as they witnessed police beating 15 LGBTQI+ persons", "attack_or_threat", Y,
         polarity="alleged", source="members of the LGBTQI+ community")
    d.fig("as they witnessed police beating 15 LGBTQI+ persons", 15,
          "LGBTQI+ persons police were seen beating",
          source="members of the LGBTQI+ community")
    d.ev("There were no reports of the practice of so-called conversion therapy", "other", Y,
         polarity="negated")
    d.ev("An NHRC report in August 2021 detailed access problems", "report_published",
         "2021-08", source=NHRC)
    d.ev("found it very difficult to vote in the December 2021 elections",
         "election_or_referendum", "2021-12")
    d.ev("Persons with disabilities joined observer teams during the April",
         "election_or_referendum", "2022-04")
    d.ev("there were no documented incidents of HIV-related stigma", "other", Y,
         polarity="negated")

    d.sec("7.a")
    d.ent("organization", "International Labor Organization", "ILO")
    d.prov("The law requires a minimum membership of 50 workers", "threshold", 50, "members",
           "a minimum membership of 50 workers", "registration of a trade union")
    d.ev("In 2021, the International Labor Organization (ILO) noted", "report_published",
         "2021", source="International Labor Organization")
    d.prov("must give the commissioner of labor written notice 14 days", "requirement", 14,
           "days", "written notice 14 days before", "notice of industrial action")
    d.prov("must give the commissioner of labor written notice 14 days", "requirement", 28,
           "days", "28 days for essential services",
           "notice of industrial action in essential services")
    d.ev("there were no official reports of persistent abuses of workers", "other", Y,
         polarity="negated")

    d.sec("7.b")
    d.ent("organization", "Department of State")
    d.ev("but no defendant had been convicted or sentenced under this law",
         "conviction_or_sentence", Y, polarity="negated")

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")

    d.sec("7.d")
    d.fig("the private-sector wage gap between women and men", 65,
          "wage gap of women to men in the private sector", unit="percent",
          source="International Labor Organization")

    d.sec("7.e")
    d.ent("organization", "Department of Labour")
    d.ent("organization", "Forbes")
    d.ent("organization", "United Nations Development Program")
    d.fig("established by law through six joint industrial councils", 6,
          "joint industrial councils setting minimum wages")
    d.fig("Only 20 percent of workers were covered by minimum wage laws", 20,
          "share of workers covered by minimum wage laws", unit="percent")
    d.fig("Only 20 percent of workers were covered by minimum wage laws", 50,
          "share of the population below the national poverty line", "approximately",
          unit="percent")
    d.prov("The basic legal workweek is 48 hours", "threshold", 48, "hours",
           "48 hours", "basic legal workweek")
    d.prov("The basic legal workweek is 48 hours", "prohibition", 6, "days",
           "not to exceed six consecutive days", "workweek")
    d.fig("workweek consists of four eight-hour workdays", 4,
          "eight-hour workdays of the government's workweek")
    d.prov("Regulations mandate a 30-minute lunch break", "requirement", 30, "minutes",
           "a 30-minute lunch break", "lunch break")
    d.prov("Regulations mandate a 30-minute lunch break", "right", 14, "days",
           "a minimum of 14 days of paid leave", "paid leave")
    d.prov("Regulations mandate a 30-minute lunch break", "threshold", 1, "years",
           "after one year of service", "paid leave")
    d.prov("Overtime pay is calculated at time-and-a-half per hour.", "right", 1.5, "times",
           "time-and-a-half", "overtime pay")
    d.ev("According to Forbes’ 2020 report", "report_published", "2020", source="Forbes")
    d.fig("64 percent of workers stated they had been injured", 64,
          "share of workers injured on the job", unit="percent", source="Forbes")
    d.fig("which accounted for two-thirds of workers", 2 / 3,
          "share of workers in the informal sector",
          source="United Nations Development Program")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Yusef Taylor", "Taylor")
    d.ent("organization", "Global Home of Medical Mission")
    d.ev("In July, police detained journalist Yusef Taylor for four hours",
         "detention_or_arrest", "2022-07")
    d.dur(4, "hours", "for four hours")
    # t-tfixA: the rest of the July detention of Taylor, without a date of its own, takes
    # its date (2026-12-08).
    d.ev("regarding the detention of Global Home of Medical Mission representatives",
         "detention_or_arrest", "2022-07")
    # t-conv16 settlement (t-tfix17): a negated act on access is no event
    # (negated censorship_or_blocking removed); the "no credible reports ... monitored" clause
    # keeps its negated surveillance.
    d.ev("The government did not restrict or disrupt access to the internet",
         "surveillance", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("place", "Senegal")
    d.ent("organization", MFDC, "MFDC")
    d.ent("place", "Casamance", "Casamance region")
    d.ev("In March an estimated 6,000 Senegalese took refuge in the country", "other",
         "2022-03")
    d.fig("In March an estimated 6,000 Senegalese took refuge in the country", 6000,
          "Senegalese who took refuge in the country", "approximately")
    d.fig("In March an estimated 6,000 Senegalese took refuge in the country", 2,
          "distance of the fighting from the border", "fewer than", unit="miles")
    d.ev("The government began integration of the Senegalese into host communities.",
         "other", Y)

    d.sec("2.f")
    d.ev("March fighting between the MFDC and Senegalese troops displaced", "other",
         "2022-03")
    d.fig("March fighting between the MFDC and Senegalese troops displaced", 5626,
          "citizens displaced by the fighting")
    d.fig("March fighting between the MFDC and Senegalese troops displaced", 23,
          "border villages the displaced came from")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    d.sec("3")
    # t-tfixA (2026-12-09): an observers' verdict on elections is `other`, dated by the
    # elections it judges (2026-12-06).
    d.ev("and peaceful, although election officials struggled at times to provide",
         "other", "2021-12")
    d.ev("and peaceful, although election officials struggled at times to provide",
         "other", "2022-04")

    d.sec("4")
    # t-gold20, settled 2026-12-16 (1): "There were numerous reports of <acts>", a summary of the
    # year
    d.ev("There were many reports of government corruption.", "other", Y, polarity="alleged")
    d.ent("person", "Jammeh")
    d.ent("organization", "Afrobarometer")
    d.ev("but the government did not credibly investigate or prosecute any official",
         "investigation", Y, polarity="negated")
    d.ev("A July 2021 Afrobarometer survey showed citizens perceived corruption",
         "report_published", "2021-07", source="Afrobarometer")
    d.fig("Six in 10 respondents said corruption had increased", 6,
          "respondents in ten who said corruption had increased", source="Afrobarometer")
    d.fig("Six in 10 respondents said corruption had increased", 10,
          "respondents of whom six said corruption had increased", source="Afrobarometer")
    d.fig("Three-quarters of respondents said the government was not doing enough", 0.75,
          "respondents who said the government did not do enough against corruption",
          source="Afrobarometer")
    d.fig("Only half believed they could report corruption to authorities", 0.5,
          "respondents who believed they could report corruption safely",
          source="Afrobarometer")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", "The Gambia")
    d.ent("organization", "Gambia Armed Forces")
    d.ent("organization", "Gambia Police Force")
    d.ent("organization", "Ministry of Interior")
    # t-tfixA (2026-12-09): an observers' verdict on elections is `other`, dated by the
    # elections it judges (2026-12-06).
    d.ev("despite widespread but minor administrative problems", "other", "2021-12")
    d.ev("despite widespread but minor administrative problems", "other", "2022-04")
    d.ev("There were reports that members of the security forces committed some abuses.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of: torture",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("The government took steps to investigate, prosecute, or otherwise hold",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("person", "Jammeh")
    d.ent("organization", NHRC, "National Human Rights Council", "NHRC")
    d.ent("organization", "Office of the Ombudsman")
    d.ent("organization", TRRC, "TRRC")
    d.ent("place", "Banjul")
    d.ent("organization", "United Nations", "UN")
    d.not_entity("Truth, Reconciliation, and Reparation Commission Report", "Mile 2 Prison")
    d.ev("but there were reports security personnel engaged in degrading treatment",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Commission Report, finalized in 2021, provided recommendations",
         "report_published", "2021", source=TRRC)
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)
    # t-tfixA: a standing permission is a state, no event (2026-12-08); record removed.

    d.sec("1.d")
    d.prov("The law requires a detainee be charged or released within 72 hours.",
           "time_limit", 72, "hours", "within 72 hours", "charge or release of detainees")
    d.ev("There were numerous instances of detentions exceeding the 72-hour limit.",
         "detention_or_arrest", Y)
    d.prov("There were numerous instances of detentions exceeding the 72-hour limit.",
           "time_limit", 72, "hours", "the 72-hour limit", "detention before charge")

    d.sec("1.e")
    d.ent("organization", "High Court")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports the government failed to respect these prohibitions",
         "other", Y, polarity="negated")

    d.sec("1.g")
    d.ent("organization", "Economic Community of West African States")
    d.ent("organization", MFDC, "MFDC")
    d.ent("place", "Senegal")
    d.ent("organization", "National Disaster Management Agency")
    d.not_entity("Conduct in UN Field Missions")
    d.ev("In March, Senegalese soldiers, operating as part of an Economic Community",
         "attack_or_threat", "2022-03")
    d.ev("there was one open allegation, submitted in 2018", "torture_or_abuse", "2018",
         polarity="alleged")
    d.fig("there was one open allegation, submitted in 2018", 1,
          "open allegation of sexual exploitation and abuse by a peacekeeper")
    d.ev("The incident allegedly involved an exploitative relationship with an adult",
         "torture_or_abuse", "2013", date_end="2015", polarity="alleged")
    d.ev("The United Nations completed its investigation and awaited", "investigation", Y)
    d.ev("the March fighting displaced 5,626 citizens", "other", "2022-03",
         source="National Disaster Management Agency")
    d.fig("the March fighting displaced 5,626 citizens", 5626,
          "citizens displaced by the March fighting",
          source="National Disaster Management Agency")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "3-4": sections_3_4, "5-7": sections_5_7, "2": section_2}


def gambia() -> CollectionTestDoc:
    d = CollectionTestDoc("2022_the-gambia", FILE, 2022, {g: ALL_PARTS[g] for g in DONE})
    # In order of annotation; an entity is declared by each part that names it.
    for group in DONE:
        PART_BUILDERS[group](d)
    return d


DOCS = {"2022_the-gambia": gambia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
