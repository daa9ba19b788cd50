"""Build the hand-made DEV gold file for Comoros 2023 (a page of the public collection).

``2023_comoros.jsonl`` annotates ``html/2023/comoros.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2023/comoros.html`` by ``scripts/collection.sh``: the 2023
edition, seven sections told in the past tense. Split ``dev`` (the team may tune on it),
annotated with the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_comoros2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_comoros2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_comoros.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/comoros.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

DOS = "Department of State"
ICRC = "International Committee of the Red Cross"
NCHRL = "National Commission for Human Rights and Liberties"
LCS = "Listening and Counseling Service"
GC = "Grande Comore"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", NCHRL)

    d.sec("6")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "Ministry of Health")
    d.ent("place", GC, "Grand Comore")
    d.ent("organization", "UN Development Program")
    d.ent("organization", "UN Fund for Population Activities")
    d.ent("organization", LCS)
    d.ent("organization", "Morals and Minors Brigade")
    d.ent("place", "Moheli")
    d.ent("organization", DOS)
    d.not_entity("Trafficking in Persons Report", "trafficking-in-persons-report")
    B = "Rape regardless of age or gender was illegal and punishable by five"
    d.prov(B, "penalty", 5, "years", "five to 10 years’ imprisonment", "rape", value_end=10)
    d.prov(B, "penalty", 15, "years", "up to 15 years", "rape of a survivor younger than 15")
    d.prov(B, "threshold", 15, "age", "younger than age 15", "aggravated rape")
    d.prov("Penalties include prison sentences up to five years and fines.", "penalty", 5,
           "years", "prison sentences up to five years", "domestic violence")
    d.fig("approximately 17 percent of women endured at least one incident", 17,
          "share of women who endured physical or sexual violence", "approximately",
          unit="percent", source="United Nations")
    B = "During the year, the government opened two new listening centers"
    d.ev(B, "other", Y, place=GC)
    d.fig(B, 2, "new listening centers opened")
    d.ev("There were no reports of coerced abortion or involuntary sterilization on", "other",
         Y, polarity="negated")
    B = "According to the 2020 general population and housing census"
    d.ev(B, "report_published", "2020")
    d.fig(B, 195, "maternal mortality rate (2020 census)",
          unit="deaths per 100,000 live births")
    d.fig("for survivors of sexual violence through government-funded listening centers", 3,
          "islands with government-funded listening centers")
    d.fig("put the number at 72 deaths per 100,000 live births", 72, "maternal mortality rate",
          unit="deaths per 100,000 live births", source="UN Fund for Population Activities")
    d.fig("had offices on all three islands", 3, "islands with offices of the service")
    # t-gold22, settled 2026-12-17 (4): a standing function with a taxonomy verb on a class of matters
    d.ev("Police conducted initial investigations of child abuse and referred cases", "investigation", Y)
    d.ev("also trained local schools on sexual abuse awareness", "other", Y)
    d.ev("In February, authorities trained the gendarmerie on interview techniques", "other",
         "2023-02")
    B = "In August, authorities arrested three gendarmes on Moheli"
    d.ev(B, "detention_or_arrest", "2023-08", place="Moheli")
    d.fig(B, 3, "gendarmes arrested")
    d.fig("with two gendarmes in prison, and the third in custody", 2,
          "gendarmes in prison at year's end")
    d.prov("The legal minimum age of marriage was 18.", "threshold", 18, "age", "18",
           "minimum age of marriage")
    d.prov("The law stated 18 was the minimum age for consensual sex.", "threshold", 18, "age",
           "18", "minimum age for consensual sex")
    d.ev("there were no reports of antisemitic incidents", "attack_or_threat", Y,
         polarity="negated")
    d.ev("Authorities reported no arrests or prosecutions and did not actively", 
         "detention_or_arrest", Y, polarity="negated", source="Authorities")
    d.ev("There were no reports of violence against LGBTQI+ persons.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no known cases of involuntary or coercive medical", "other", Y,
         polarity="negated")
    d.ev("No surgeries were performed on children or nonconsenting adult", "other", Y,
         polarity="negated")

    d.sec("7.a")
    d.prov("but required an eight-day notification period", "requirement", 8, "days",
           "an eight-day notification period", "strike notice")
    d.prov("Civil servants had to provide 15 days’ notice.", "requirement", 15, "days",
           "15 days’ notice", "strike notice by civil servants")

    d.sec("7.b")
    d.ent("organization", DOS)

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")

    d.sec("7.e")
    d.ent("organization", "Ministry of Youth, Employment, Labor, Sport, and Cultural Arts")
    d.ent("organization", "World Bank")
    d.prov("The law provided for a 40-hour workweek", "prohibition", 40, "hours",
           "a 40-hour workweek", "workweek")
    B = "where it set the maximum hours of work at 2,340 per year"
    d.prov(B, "prohibition", 2340, "hours", "2,340 per year", "agricultural work hours per year")
    d.prov(B, "prohibition", 45, "hours", "45 hours per week", "agricultural workweek")
    d.fig("the informal sector was estimated to be 73 percent", 73,
          "informal sector's share of the workforce", "approximately", unit="percent",
          source="World Bank")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Andjouza Aboulheir")
    d.ent("person", "Abdallah Mzembaba")
    d.ent("person", "Toufe Maecha")
    d.ent("person", "Oubeidillah Mchangama")
    d.ent("person", "Hablani Assoumani")
    d.ent("organization", "National Radio and Television Center")
    d.ev("The constitution and law provided for freedom of speech||Authorities imposed "
         "restrictions.", "censorship_or_blocking", Y)
    d.ev("Authorities reportedly detained individuals for making public statements",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Some journalists were subjected to harassment by government authorities",
         "attack_or_threat", Y)
    d.ev("In January, authorities prosecuted journalists Andjouza Aboulheir", "charge",
         "2023-01")
    d.ev("had filed a criminal complaint for defamation against the journalists", "other", Y)
    B = "A court sentenced them to nine months’ suspended sentences"
    d.ev(B, "conviction_or_sentence", Y)
    d.pen("prison", 9, "months", "nine months’ suspended sentences")
    d.fig(B, 150000, "fines imposed on the journalists", unit="KMF")
    d.fig(B, 329, "fines imposed on the journalists", unit="USD")
    B = "Authorities enforced the law against four journalists."
    d.ev(B, "charge", Y)
    d.fig(B, 4, "journalists against whom the libel law was enforced")
    # a law not enforced: a negated general duty, no event (settled 2026-12-08)
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "Front Commun", "Common Front")
    d.ent("person", "Sambi")
    d.ent("place", "Anjouan")
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("On August 26, the government denied a request from opposition party", "other",
         "2023-08-26", place="Anjouan")
    d.ev("Opposition parties criticized the denial.", "other", Y, source="Opposition parties")
    d.ev("Security forces deployed to deter any attempt to conduct the event", "other", Y)

    d.sec("2.c")
    d.ent("organization", DOS)
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ev("There were credible reports the government imposed restrictions on the ability",
         "other", Y, polarity="alleged")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ev("In 2020, observers deemed legislative elections generally free and fair", "other",
         "2020", source="observers")
    d.ev("In 2019, international and domestic observers considered the presidential",
         "other", "2019", source="international and domestic observers")
    d.ev("Opposition groups did not recognize the results of the election", "other", "2019",
         source="Opposition groups")

    d.sec("4")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "National Assembly")
    d.ev("There were numerous reports of government corruption.", "other", Y,
         polarity="alleged")
    B = "On June 27, the National Assembly adopted a new anti-corruption law"
    d.ev(B, "law_or_decree", "2023-06-27")
    d.ev(B, "law_or_decree", "2023-09-24")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Comoros")
    d.ev("Significant human rights issues included credible reports of: arbitrary", "killing",
         Y, polarity="alleged")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Moroni")
    d.ent("place", "Dar Es Salaam")
    d.ent("place", "Tanzania")
    d.not_entity("World Cup")
    d.ev("There was one report the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("At a November World Cup qualifying soccer match in Moroni", "other", "2023-11",
         place="Moroni")
    d.ev("Soldiers providing security confronted them, and a soldier shot a man", "killing",
         "2023-11", place="Moroni")
    d.ev("but he died several days later", "killing", "2023-11")
    d.ev("held a press conference on November 29, expressing regret", "other", "2023-11-29")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Mutsamudu")
    d.ent("place", "Anjouan")
    d.ent("place", GC, "Grand Comore")
    d.ent("place", "Moheli")
    d.ent("organization", ICRC, "Red Cross")
    d.ent("organization", NCHRL)
    d.ev("There was one credible report of abusive treatment.", "torture_or_abuse", Y,
         polarity="alleged")
    B = "Authorities arrested three soldiers for assaulting a civilian at the port"
    d.ev(B, "detention_or_arrest", Y, place="Mutsamudu")
    d.fig(B, 3, "soldiers arrested")
    B = "Authorities put the three soldiers in custody"
    d.ev(B, "detention_or_arrest", Y)
    d.fig(B, 3, "soldiers put in custody")
    B = "the prison in the capital city of Moroni on Grande Comore island held 358"
    d.fig(B, 358, "inmates of the Moroni prison as of October")
    d.fig(B, 60, "capacity of the Moroni prison by ICRC standards", source=ICRC)
    B = "The prison on Anjouan held 137 detainees"
    d.fig(B, 137, "detainees in one building of the Anjouan prison")
    d.fig(B, 2, "buildings of the Anjouan prison")
    d.fig(B, 3, "rooms of the building")
    d.fig(B, 215, "area of each room", unit="square feet")
    d.fig("consisting of 1.8 ounces of rice and one egg", 1.8, "rice in the daily meal",
          unit="ounces")

    d.sec("1.d")
    d.prov("prosecutorial approval to detain persons longer than 24 hours without charge",
           "time_limit", 24, "hours", "longer than 24 hours", "detention without charge")
    d.ev("There were reports of persons being temporarily detained for organizing",
         "detention_or_arrest", Y, polarity="alleged")
    d.prov("By law pretrial detainees could be held for no more than four months",
           "time_limit", 4, "months", "no more than four months", "pretrial detention")
    d.ev("in August, a court acquitted a man arrested for alleged abuse", "acquittal",
         "2023-08")
    d.dur(2, "years", "nearly two years’ detention")

    d.sec("1.e")
    d.ent("person", "Abdou Salami")
    d.ent("person", "Sambi")
    d.ent("person", "Azali")
    d.ev("There were reports of political prisoners and detainees, including periodic",
         "detention_or_arrest", Y, polarity="alleged")
    B = "Abdou Salami remained in prison under a 17-year sentence"
    d.ev(B, "conviction_or_sentence", "2022-03")
    d.pen("prison", 17, "years", "a 17-year sentence")
    B = "Former President Sambi remained in prison under a life sentence"
    d.ev(B, "conviction_or_sentence", "2022-11")
    d.pen("life", None, None, "a life sentence")
    B = "On July 5, President Azali granted pardons to 16 prisoners."
    d.ev(B, "release", "2023-07-05")
    d.fig(B, 16, "prisoners pardoned")
    d.fig("Authorities had sentenced the 16 for planning to assassinate", 16,
          "pardoned prisoners sentenced earlier")

    d.sec("1.h")
    d.ev("Local commentators widely suspected the government monitored private online",
         "surveillance", Y, polarity="alleged", source="Local commentators")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def comoros() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_comoros", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_comoros": comoros}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
