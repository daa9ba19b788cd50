"""Build the SECOND, blind gold file of Guinea-Bissau 2019 (a page of the public collection).

``2019_guinea-bissau.jsonl`` here is a second annotation of ``html/2019/guinea-bissau.html``
(InsideClimateNews/2025-08-state-department-human-rights, checked out next to the repository as
``../collection/html/2019/guinea-bissau.html`` by ``scripts/collection.sh``), made to measure
inter-annotator agreement (issue 14, item 1; ``rightsledger agree``) against the first dev gold
``tests/gold/shared/2019_guinea-bissau.jsonl``. It was made blind: neither the first gold file,
its builder, its notes nor the system's output on the page were opened before this file was
committed. Same method as a dev gold file (``CollectionDevDoc`` of
``tests/gold/shared/collection_gold.py``): every record below was decided by hand, reading the
report sentence by sentence; the script only turns the decisions into offsets into the text
``rightsledger.read.read_path`` gives, each anchor (at most 14 words) occurring once in the
document. The scope line says ``"annotator": "second"`` and lists in ``"ranges"`` exactly the
section groups annotated whole (``DONE``, in annotation order). The output holds offsets, names
and values but no report text. ``rightsledger evaluate`` never reads this folder.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python "tests/gold/second/build_2019_guinea-bissau.py"
    PYTHONPATH=src .venv/bin/python "tests/gold/second/build_2019_guinea-bissau.py" --show

Decisions where docs/EVALUATION.md is silent are written down in
docs/gold/second/2019_guinea-bissau.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "shared"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import assemble  # noqa: E402
from second_gold import SecondCollectionDoc as SecondDoc  # noqa: E402

FILE = "html/2019/guinea-bissau.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["1", "2", "5-7", "3-4", "exec"]

NCHR = "National Commission on Human Rights"


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: SecondDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing", Y,
         polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ev("there were no reports that government authorities employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ent("place", "Bafata")
    d.ent("place", "Mansoa")
    d.ent("place", "Bissau")
    d.ev("There were no reported deaths in police custody.", "death_in_custody", Y, polarity="negated")
    d.ev("Authorities did not investigate allegations of inhuman conditions.", "investigation", Y,
         polarity="negated")
    d.ent("organization", NCHR, "National Commission for Human Rights")
    for town in ("Cacine", "Catio", "Bigene", "Bissora"):
        d.ent("place", town)
    d.ev("In 2018 the National Commission for Human Rights recommended the closure", "other", "2018",
         source=NCHR)
    d.fig("recommended the closure of four pretrial detention centers", 4,
          "pretrial detention centers recommended for closure", source=NCHR)
    d.sec("1.d")
    d.prov("brought before a magistrate within 48 hours of arrest", "time_limit", 48, "hours",
           "within 48 hours of arrest", "bringing a detainee before a magistrate")
    d.sec("1.e")
    d.ev("In January, 10 military officials accused of an attempted coup", "release", "2019-01")
    d.ev("who had been detained since 2017, were cleared", "detention_or_arrest", "2017")
    d.fig("In January, 10 military officials accused of an attempted coup", 10,
          "military officials accused of a coup attempt cleared and released")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: SecondDoc) -> None:
    d.sec("2.a")
    d.ev("there were reports the government did not always respect this right", "other", Y,
         polarity="alleged")
    d.ent("organization", "No Pintcha")
    d.ev("The government took no steps to preserve the safety and independence", "other", Y,
         polarity="negated")
    d.ent("organization", "Movement for a Democratic Alternation")
    d.ev("During the parliamentary elections in March, supporters of the political party",
         "attack_or_threat", "2019-03")
    d.ev("publicly condemned the incident.", "other", Y)
    d.ev("The government did not restrict or disrupt access to the internet", "censorship_or_blocking",
         Y, polarity="negated")
    d.sec("2.b")
    d.ev("In October opposition parties protested the organization of the presidential",
         "protest", "2019-10")
    d.ev("During the protest a body was found at an opposition party headquarters", "killing",
         "2019-10", polarity="alleged")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Movement of Nonconforming Citizens")
    d.ent("organization", "Economic Community of West African States Community Court of Justice")
    d.ev("In May 2018 the Movement of Nonconforming Citizens filed with", "other", "2018-05")
    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.sec("2.f")
    d.ent("place", "Senegal")
    d.ent("place", "Casamance Region", "Casamance")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ev("The government did not grant refugee status or asylum during the year",
         "asylum_or_citizenship_decision", Y, polarity="negated")
    d.ent("place", "Bissau")
    d.ent("person", "Jose Mario Vaz", "Vaz")
    d.ev("In December 2018 President Jose Mario Vaz granted citizenship", "asylum_or_citizenship_decision",
         "2018-12")
    d.fig("In December 2018 President Jose Mario Vaz granted citizenship", 7000,
          "refugees granted citizenship", "more than")
    d.ev("the government had issued official identification to more than 5,000", "other", Y)
    d.fig("the government had issued official identification to more than 5,000", 5000,
          "naturalized refugees issued official identification", "more than")
    d.ent("place", "Liberia")
    d.ent("place", "Sierra Leone")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: SecondDoc) -> None:
    d.sec("5")
    d.ent("organization", NCHR, "National Commission for Human Rights")

    d.sec("6")
    d.prov("The law prohibits rape, including spousal rape, and provides penalties", "penalty", 2,
           "years", "two to 12 years in prison", "rape", value_end=12)
    d.ev("The government did not undertake specific measures to counter social pressure", "other",
         Y, polarity="negated")
    d.prov("Conviction for its practice is punishable by a fine of up to", "penalty", 5000000, "XOF",
           "a fine of up to five million Central African (CFA) francs", "FGM/C")
    d.prov("Conviction for its practice is punishable by a fine of up to", "penalty", 5, "years",
           "five years in prison", "FGM/C")
    d.ent("organization", "UN Population Fund")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "UN Integrated Peacebuilding Office in Guinea-Bissau")
    d.ent("place", "Guinea-Bissau")
    d.ev("The 2017 UN Integrated Peacebuilding Office in Guinea-Bissau", "report_published", "2017",
         source="UN Integrated Peacebuilding Office in Guinea-Bissau")
    d.fig("The 2017 UN Integrated Peacebuilding Office in Guinea-Bissau", 45,
          "share of the female population that had undergone FGM/C", "approximately", unit="percent",
          source="UN Integrated Peacebuilding Office in Guinea-Bissau")
    d.ev("The government undertook no initiatives to combat the problem.", "other", Y,
         polarity="negated")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.prov("The legal minimum age of marriage is 16 for both genders.", "threshold", 16, "age",
           "16", "minimum age of marriage")
    d.fig("According to UNICEF, 6 percent of all girls were married", 6,
          "share of girls married by age 15", unit="percent", source="UNICEF")
    d.fig("According to UNICEF, 6 percent of all girls were married", 24,
          "share of girls married by age 18", unit="percent", source="UNICEF")
    d.prov("There is a statutory rape law prohibiting sex with a person younger", "threshold", 16,
           "age", "younger than age 16", "statutory rape")
    d.prov("The rape law carries a penalty for conviction of two to 12 years", "penalty", 2, "years",
           "two to 12 years in prison", "statutory rape", value_end=12)
    d.prov("prescribes penalties of three to 15 years", "penalty", 3, "years",
           "three to 15 years’ imprisonment", "commercial sexual exploitation of children",
           value_end=15)
    d.ent("place", "Bijagos Islands")
    d.ent("organization", "Association of the Friends of Children")
    d.ent("place", "Guinea")
    d.ent("place", "Gabu")
    d.fig("Association of the Friends of Children estimated up to 500 children", 500,
          "street children in urban centers", "up to", source="Association of the Friends of Children")
    d.ev("The government worked with Senegal to return 171 children", "other", Y)
    d.fig("The government worked with Senegal to return 171 children", 171,
          "children returned from Quranic schools in Senegal")
    d.ev("There were small communities of Jews in the country", "other", Y, polarity="negated")
    d.ev("There were no reported violent incidents or other human rights abuses", "attack_or_threat",
         Y, polarity="negated")

    d.sec("7")
    d.ent("organization", "National Council for Social Consultation")
    d.prov("workers must give 72-hour prior notice", "requirement", 72, "hours", "72-hour prior notice",
           "strikes")
    d.ev("Many sectors of the economy were on strike at some time", "strike", Y)
    d.ev("Workers in the education, media, and public sectors struck during the year.", "strike", Y)
    d.ev("A national teachers’ strike that began in October 2018", "strike", "2018-10")
    d.ev("the government did not use these or other relevant laws to prosecute", "charge", Y,
         polarity="negated")
    d.prov("The legal minimum age is 14 for general factory labor", "threshold", 14, "age", "14",
           "minimum age for general factory labor")
    d.prov("The legal minimum age is 14 for general factory labor", "threshold", 18, "age", "18",
           "minimum age for heavy or dangerous labor")
    d.prov("The law prohibits children younger than age 18 from conducting heavy work", "threshold",
           18, "age", "younger than age 18", "heavy, unhealthy, night and underground work")
    d.ent("organization", "Institute of Women and Children")
    d.ev("did not arrest or prosecute any violators", "detention_or_arrest", Y, polarity="negated")
    d.fig("According to an NGO survey, nine in 10 domestic workers", 0.9,
          "share of domestic workers who suffered sexual abuse", source="an NGO survey")
    d.ev("doused her with boiling water in December 2018", "torture_or_abuse", "2018-12")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "World Bank")
    d.fig("which includes an estimated 80 percent of workers", 80,
          "share of workers in the informal sector", "approximately", unit="percent")
    d.prov("The law provides for a maximum 45-hour workweek.", "prohibition", 45, "hours",
           "maximum 45-hour workweek", "weekly working hours")
    d.prov("overtime may not exceed 200 hours per year", "prohibition", 200, "hours",
           "may not exceed 200 hours per year", "overtime")
    d.prov("There is a mandatory 12-hour rest period between workdays.", "requirement", 12, "hours",
           "mandatory 12-hour rest period", "rest between workdays")
    d.ent("organization", "National Assembly")
    d.ev("which the National Assembly had not adopted into law by year", "law_or_decree", Y,
         polarity="negated")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: SecondDoc) -> None:
    d.sec("3")
    d.ev("Legislative elections were held on March 10", "election_or_referendum", "2019-03-10")
    d.ent("organization", "National Assembly")
    d.ev("Independent observers stated the elections were free and fair.", "other", "2019-03-10",
         source="Independent observers")
    d.ent("organization", "African Party for the Independence of Guinea-Bissau and Cabo Verde")
    d.ev("won a plurality with 47 members of parliament", "election_or_referendum", Y)
    d.fig("won a plurality with 47 members of parliament", 47,
          "members of parliament won by the African Party for the Independence")
    d.fig("won a plurality with 47 members of parliament", 3,
          "other political parties in the governing coalition")
    d.ev("Political conflict delayed the inauguration of the new government", "other", Y)
    d.ent("organization", "Economic Community of West African States")
    d.ent("person", "Jose Mario Vaz", "Vaz")
    d.ent("person", "Aristides Gomes")
    d.ev("On July 3, under pressure from the Economic Community", "other", "2019-07-03")
    d.ev("The first round of the presidential election took place on November 24.",
         "election_or_referendum", "2019-11-24")
    d.ent("person", "Domingos Simoes Pereira")
    d.ent("person", "Umaro Sissoco Embalo", "Embalo", "Umaro Sissoco")
    d.ev("met in a runoff election on December 29", "election_or_referendum", "2019-12-29")
    d.ent("organization", "National Elections Commission of Guinea-Bissau", "National Election Commission")
    d.ev("The National Election Commission declared Embalo the winner.", "election_or_referendum", Y)
    d.ev("International Observers characterized the election as free, fair, and transparent.",
         "other", "2019-12-29", source="International Observers")
    d.ev("During legislative elections no political party complied with the August 2018",
         "other", "2019-03-10", polarity="negated")
    d.prov("which requires 36 percent of candidates to be female", "threshold", 36, "percent",
           "36 percent of candidates", "candidates who are female")
    d.fig("There were 14 women in the 102-member National Assembly", 14,
          "women in the National Assembly")
    d.fig("There were 14 women in the 102-member National Assembly", 102,
          "members of the National Assembly")
    d.fig("with eight of the 16 ministries led by women", 8, "ministries led by women")
    d.fig("with eight of the 16 ministries led by women", 16, "ministries of the new government")

    d.sec("4")
    d.prov("The law provides criminal penalties of one month to 10 years", "penalty", 1, "months",
           "one month to 10 years in prison", "corruption by officials")
    d.ent("organization", "Court of Audits")
    d.ev("By year’s end no public officials had disclosed their personal finances.", "other", Y,
         polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: SecondDoc) -> None:
    d.sec("exec")
    d.ent("place", "Guinea-Bissau")
    d.ent("person", "Aristides Gomes")
    d.ent("organization", "National Assembly")
    d.ev("In March the country held legislative elections", "election_or_referendum", "2019-03")
    d.fig("In March the country held legislative elections", 102, "seats in the National Assembly")
    d.ent("person", "Domingos Simoes Pereira")
    d.ent("person", "Umaro Sissoco Embalo", "Embalo", "Umaro Sissoco")
    d.ev("Presidential elections held in November resulted in two finalists", "election_or_referendum",
         "2019-11")
    d.fig("Presidential elections held in November resulted in two finalists", 2,
          "finalists of the presidential election")
    d.ent("organization", "National Elections Commission of Guinea-Bissau", "National Election Commission")
    d.ev("declared Umaro Sissoco the winner of the December 29", "election_or_referendum", "2019-12-29")
    d.ev("International observers considered all elections in the 2019 cycle", "other", Y,
         source="International observers")
    d.ent("organization", "Judicial Police")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Public Order Police")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "State Information Service")
    d.ent("organization", "Border Police")
    d.ent("organization", "Rapid Intervention Police")
    d.ent("organization", "Maritime Police")
    d.ev("Significant human rights issues included: harsh and life-threatening", "other", Y)
    d.ev("While the government took steps to investigate and punish officials", "investigation", Y)


PART_BUILDERS = {"1": section_1, "2": section_2, "5-7": sections_5_7, "3-4": sections_3_4,
                 "exec": executive_summary}


def guinea_bissau() -> SecondDoc:
    return assemble(SecondDoc, "2019_guinea-bissau", FILE, 2019, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2019_guinea-bissau": guinea_bissau}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
