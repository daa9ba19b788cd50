"""Build the hand-made DEV gold file for Switzerland 2018 (a page of the public collection).

``2018_switzerland.jsonl`` annotates ``html/2018/switzerland.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/switzerland.html`` by ``scripts/collection.sh``: the
2018 edition, classic seven-section layout. Split ``dev`` (annotated before any run of the
system on the page, so it joins the held-out dev list at its merge), with the method of
``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_switzerland2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_switzerland2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_switzerland.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2018/switzerland.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4"]

CH = "Switzerland"
FSO = "Federal Statistical Office"
NCPT = "National Commission for the Prevention of Torture"
CPT = "Committee for the Prevention of Torture"
SEM = "State Secretariat for Migration"
FDJP = "Federal Department of Justice and Police"
UNHCR = "Office of the UN High Commissioner for Refugees"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", CH, "Swiss Confederation")
    d.ent("organization", "Federal Assembly")
    d.ent("organization", "Council of States")
    d.ent("organization", "National Council")
    d.ent("organization", "Federal Council")
    B = "consisting of the 46-member Council of States and the 200-member National Council"
    d.fig(B, 46, "members of the Council of States")
    d.fig(B, 200, "members of the National Council")
    # a verdict whose subject is the elections: `other`, dated by the elections judged
    d.ev("Federal elections in 2015 were considered free and fair.", "other", "2015")
    B = "Parliament elects the executive leadership (the seven-member Federal Council)"
    # a body electing the executive: the occurrence is "did so in 2015"
    d.ev(B, "election_or_referendum", "2015")
    d.fig(B, 7, "members of the Federal Council")
    d.fig("A four-party coalition made up the Federal Council.", 4,
          "parties in the governing coalition")
    d.ev("There were no reports of egregious human rights abuses.", "other", Y,
         polarity="negated")
    d.ev("The government took steps to prosecute and punish officials", "charge", Y)


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
    d.ent("organization", "High Court of Zurich")
    d.ent("place", "Buelach")
    d.ent("organization", FSO)
    d.ent("organization", "Amnesty International")
    d.ev("There were isolated reports that individual police officers used excessive force",
         "torture_or_abuse", Y, polarity="alleged")
    B = "In May the High Court of Zurich acquitted on appeal two police officers"
    d.ev(B, "acquittal", "2018-05")
    d.ev(B, "conviction_or_sentence", "2017-03")
    d.fig(B, 2, "police officers acquitted on appeal")
    # the rest of the dated acquittal (a sentence that continues one dated occurrence)
    d.ev("The court overturned the earlier sentence, asserting that the officers",
         "acquittal", "2018-05")
    B = "only 4 percent of reported cases of alleged abuse of authority"
    d.ev(B, "conviction_or_sentence", "2017", source=FSO)
    d.fig(B, 4, "share of reported abuse-of-authority cases ending in convictions (2017)",
          unit="percent", source=FSO)

    d.sec("1.c")
    d.ent("organization", NCPT, "NCPT")
    d.ent("place", "Grisons")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "Council of Europe")
    d.ent("organization", CPT, "CPT")
    d.not_entity("Geneva’s Champ-Dollon Prison", "Realta detention facility")
    d.ev("There were no significant reports regarding prison or detention center", "other", Y,
         polarity="negated")
    d.fig("with a population greater than 150 percent of design capacity", 150,
          "population of the most crowded prison against its design capacity", "more than",
          unit="percent")
    d.ev("seventh annual report focused on detention centers’ psychiatric facilities",
         "report_published", "2018-07", source=NCPT)
    B = "In 2017 the NCPT visited 18 detention centers in nine cantons"
    d.ev(B, "other", "2017")
    d.fig(B, 18, "detention centers visited by the NCPT in 2017")
    d.fig(B, 9, "cantons of the detention centers visited")
    d.ev("carried out its latest periodic visit to the country in 2015", "other", "2015")

    d.sec("1.d")
    d.ent("organization", FDJP)
    d.ent("organization", "Federal Department of Defense, Civil Protection, and Sport")
    d.ent("organization", SEM)
    d.ent("organization", "Swiss Border Guard")
    d.ent("organization", "Federal Department of Finance")
    d.ent("organization", "Federal Office of Police")
    d.ent("organization", "Humanrights.ch")
    d.ev("There were no reports of impunity involving the security forces during the year.",
         "other", Y, polarity="negated")
    d.prov("may not hold a suspect more than 24 hours before bringing", "time_limit", 24,
           "hours", "more than 24 hours", "detention before appearing before a prosecutor")
    d.prov("without valid documents up to 96 hours without an arrest warrant", "time_limit",
           96, "hours", "up to 96 hours", "detention of foreigners without valid documents")
    d.ev("According to the CPT’s 2016 report, detainees often did not have access",
         "report_published", "2016", source=CPT)
    d.prov("The law allows police to detain minors between the ages of 10 and 18",
           "threshold", 10, "age", "between the ages of 10 and 18", "detention of minors",
           value_end=18)
    B = "police may detain young offenders for a maximum of 24 hours"
    d.prov(B, "time_limit", 24, "hours", "a maximum of 24 hours",
           "detention of young offenders without a warrant")
    d.prov(B, "time_limit", 48, "hours", "48 hours during weekends",
           "detention of young offenders without a warrant on weekends")
    d.fig("In 2017 approximately 24 percent of all prisoners were in pretrial detention.", 24,
          "share of prisoners in pretrial detention (2017)", "approximately", unit="percent")

    d.sec("1.e")
    d.ent("organization", "Federal Tribunal")
    d.ent("organization", "European Court of Human Rights")
    d.ent("place", CH, "Swiss Confederation")
    d.not_entity("Terezin Declaration")
    B = "Sentences for youths up to age 15 may be for no longer"
    d.prov(B, "threshold", 15, "age", "up to age 15", "sentences for youths")
    d.prov(B, "penalty", 1, "years", "no longer than one year", "sentences for youths up to 15")
    B = "For offenders between the ages of 16 and 18, sentences may be"
    d.prov(B, "threshold", 16, "age", "between the ages of 16 and 18",
           "sentences for older youths", value_end=18)
    d.prov(B, "penalty", 4, "years", "up to four years", "sentences for offenders 16 to 18")
    d.ev("There were no reports that military courts tried any civilians during the year.",
         "trial", Y, polarity="negated")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", FSO)
    d.prov("imprisonment of up to three years", "penalty", 3, "years",
           "imprisonment of up to three years", "hate speech")
    # a count of convictions up to an as-of date: an event of the year
    B = "There was one conviction under this law as of October."
    d.ev(B, "conviction_or_sentence", Y)
    d.fig(B, 1, "convictions under the hate-speech law")
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.fig("90 percent of the adult population used the internet in 2017", 90,
          "share of adults using the internet (2017)", unit="percent", source=FSO)

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", SEM, "SEM")
    d.ent("organization", "Federal Council")
    d.ent("place", "Zurich")
    d.ent("place", "Bern")
    d.ent("organization", "UN Committee against Torture")
    d.ent("place", "Italy")
    d.ent("organization", "Terre des Hommes")
    d.ent("organization", "Terre des Femmes")
    d.ent("organization", NCPT, "NCPT")
    d.not_entity("UN Convention on the Rights of the Child")
    d.prov("subject to judicial review, for up to six months while adjudicating", "time_limit",
           6, "months", "up to six months", "detention of asylum seekers")
    B = "The government may detain rejected applicants for up to three months"
    d.prov(B, "time_limit", 3, "months", "up to three months",
           "detention of rejected applicants before deportation")
    d.prov(B, "time_limit", 18, "months", "up to 18 months",
           "detention of rejected applicants when repatriation is obstructed")
    B = "The government may detain minors between the ages of 15 and 18"
    d.prov(B, "threshold", 15, "age", "between the ages of 15 and 18",
           "detention of minors pending repatriation", value_end=18)
    d.prov(B, "time_limit", 12, "months", "up to 12 months",
           "detention of minors pending repatriation")
    B = "authorities in the cantons of Zurich and Bern decided to stop incarcerating"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2018-10", source="Federal Council")
    # a reaction of a named body to one particular deportation attempt
    d.ev("In September the UN Committee against Torture called the SEM’s attempt",
         "other", "2018-09", source="UN Committee against Torture")
    # sexual violence counted over 2017 (settled 2026-12-16: torture_or_abuse)
    B = "with authorities recording 33 cases of sexual violence in 2017"
    d.ev(B, "torture_or_abuse", "2017", source=FSO)
    d.fig(B, 33, "cases of sexual violence in asylum housing (2017)", source=FSO)
    d.fig(B, 6, "cases of child sex abuse in asylum housing (2017)", source=FSO)
    d.fig(B, 8, "rapes in asylum housing (2017)", source=FSO)
    d.ev("On July 12, the NCPT released its annual report on deportation flights.",
         "report_published", "2018-07-12", source=NCPT)
    # deportations counted over a stated period: an event of that period
    B = "Between April 2017 and March, the country forcibly deported 317 persons"
    d.ev(B, "other", "2017-04", date_end="2018-03")
    d.fig(B, 317, "persons forcibly deported from April 2017 to March")
    d.fig(B, 28, "families deported")
    d.fig("including 28 families and 28 children, to their countries", 28,
          "children deported")

    d.sec("2.d")
    d.ent("organization", "Federal Administrative Court", "Administrative Court")
    d.ent("organization", "EU")
    d.ent("organization", "Bern University of Applied Sciences",
          search=("Bern’s University of Applied Sciences",))
    d.not_entity("Dublin III Regulation")
    d.ev("In July the Federal Administrative Court ruled Eritrean asylum seekers",
         "asylum_or_citizenship_decision", "2018-07")
    # a month-labelled noun (a decision of February 2017) as a reference point
    d.ev("over the Administrative Court’s February 2017 decision to no longer grant",
         "asylum_or_citizenship_decision", "2017-02")
    d.prov("to provide documentation verifying their identity within 48 hours", "time_limit",
           48, "hours", "within 48 hours", "identity documents of asylum applicants")
    B = "The law prohibits asylum seekers from working during the first three months"
    d.prov(B, "time_limit", 3, "months", "the first three months",
           "work ban for asylum seekers")
    d.prov(B, "time_limit", 3, "months", "an additional three months",
           "extension of the work ban")
    d.prov(B, "time_limit", 3, "months", "within the first three months",
           "rejection extending the work ban")
    d.prov("After three months asylum seekers may seek employment in industries", "right", 3,
           "months", "After three months", "employment of asylum seekers")
    d.ev("A study published in August 2017 by Bern’s University of Applied Sciences",
         "report_published", "2017-08", source="Bern University of Applied Sciences")
    d.ev("In May 2017 the SEM commenced a pilot project to end the ban",
         "other", "2017-05")
    B = "In 2016 the government announced it would accept an additional 2,000 Syrian"
    d.ev(B, "other", "2016")
    d.fig(B, 2000, "additional Syrian refugees to be accepted by 2019")
    B = "In 2015 the government agreed to accept 3,000 Syrian refugees"
    d.ev(B, "other", "2015")
    d.fig(B, 3000, "Syrian refugees to be accepted from 2015 to 2018")
    # a count of arrivals up to an as-of date: an event of the year
    B = "As of August, 2,231 of these had arrived in the country."
    d.ev(B, "other", Y)
    d.fig(B, 2231, "resettled Syrian refugees arrived")
    B = "In 2017 the government granted temporary admission to 8,419 individuals"
    d.ev(B, "asylum_or_citizenship_decision", "2017")
    d.fig(B, 8419, "individuals granted temporary admission (2017)")
    d.fig(B, 966, "of them designated as refugees")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "National Council")
    d.ent("organization", "Council of States")
    d.ev("In 2015 voters elected parliamentary representatives for the National Council",
         "election_or_referendum", "2015")
    # "the following month" of an undated month of 2015: the year
    B = "Runoff elections for the Council of States in 12 of the 26 cantons"
    d.ev(B, "election_or_referendum", "2015")
    d.fig(B, 12, "cantons with runoff elections for the Council of States")
    d.fig(B, 26, "cantons")
    d.ev("Observers considered the elections free and fair.", "other", "2015",
         source="Observers")

    d.sec("4")
    d.ent("organization", "Council of Europe")
    d.ent("organization", "Group of States against Corruption")
    d.ent("organization", "Federal Audit Office")
    d.ent("organization", "Transparency International")
    d.ent("organization", "PostBus")
    d.ent("organization", "Swiss Post")
    d.ent("organization", "Federal Office for Transport")
    d.ent("organization", "Federal Assembly")
    d.not_entity("Federal Act")
    d.ev("There were isolated reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    d.ev("In its fifth interim report, published on August 10", "report_published",
         "2018-08-10", source="Group of States against Corruption")
    # alerts received: figures only (complaints received)
    B = "In 2017 authorities received 122 alerts regarding potential corruption"
    d.fig(B, 122, "alerts of potential corruption received (2017)")
    d.fig(B, 44, "more alerts than in the previous year")
    d.fig("Approximately 52 alerts concerned federal government employees.", 52,
          "alerts concerning federal government employees", "approximately")
    # an occurrence cited in a noun phrase ("the establishment of … in 2017")
    d.ev("attributed the increase to the establishment of an online platform in 2017",
         "other", "2017")
    B = "In September PostBus, a subsidiary of the government-owned Swiss Post, announced"
    d.ev(B, "other", "2018-09", source="PostBus")
    d.ev(B, "investigation", "2018-01")
    d.ev(B, "other", "2007", date_end="2015")
    d.fig(B, 205.3e6, "sum PostBus will repay", unit="CHF")
    d.fig(B, 205e6, "sum PostBus will repay", unit="USD")
    d.ev("The scandal led to the resignation of the CEO of Swiss Post", "other", Y)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4}


def switzerland() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2018_switzerland", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_switzerland": switzerland}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
