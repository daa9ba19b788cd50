"""Build the hand-made TEST gold file for Croatia 2019 (a page of the public collection).

``2019_croatia.jsonl`` annotates ``html/2019/croatia.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/croatia.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``test`` (nobody tunes on it; only aggregates are
read), annotated blind (round t-gold33, 2026-12-30) with the method of
``build_whole_gold_honduras2020.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence by the written rules of
docs/EVALUATION.md before the system was ever run on the page; the script only turns the decisions
into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor occurring once in
the document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_croatia2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_croatia2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_croatia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2019/croatia.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1"]

HR = "Republic of Croatia"
MOI = "Ministry of the Interior"
MOJ = "Ministry of Justice"
OSCE = "Office of Security Cooperation in Europe"
CJA = "Croatian Journalists’ Association"
HRT = "Croatian Radio Television"
UNHCR = "Office of the UN High Commissioner for Refugees"
DESIR = "Harlem Desir"
SANADER = "Ivo Sanader"
PLENKOVIC = "Andrej Plenkovic"
BOZINOVIC = "Davor Bozinovic"
SNV = "Serb National Council"
WBG = "World Bank Group"
HUHIV = "Croatian Association for HIV"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", HR, "Croatia")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", "Sabor")
    d.ent("organization", "State Election Commission")
    d.ent("organization", "European Parliament")
    d.ent("organization", MOI, "Ministry of Interior")
    d.ent("organization", "Armed Forces")
    d.ent("organization", "Ministry of Defense")
    d.ev("The latest presidential election was held in 2015", "election_or_referendum", "2015")
    # observers' verdict on the 2015 and 2016 elections: other, dated by the one date expression
    B = "Domestic and international observers stated that the presidential election"
    d.ev(B, "other", "2016", source="Domestic and international observers")
    # the commission's verdict on the May elections: other, the election's month
    d.ev(B, "other", "2019-05", source="State Election Commission")
    # the list of issues: its first item names an occurrence (intimidation of journalists)
    d.ev("Significant human rights issues included: intimidation and isolated instances",
         "attack_or_threat", Y)
    # "took steps to prosecute and punish": typed by the first step
    d.ev("The government took significant steps to prosecute and punish", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ent("organization", "Ministry of Veterans Affairs")
    d.ent("place", "Serbia")
    d.ent("place", "Bosnia and Herzegovina")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    B = "The government reported that as of October 14, 1,477 persons remained missing"
    d.fig(B, 1477, "persons missing", source="government")
    d.fig(B, 403, "deceased individuals whose remains were searched for", source="government")
    d.fig(B, 1880, "unsolved missing persons' cases", source="government")
    # exhumations counted over a stated period: an event of that period
    B = "the remains of 22 individuals were exhumed, and final identifications"
    d.ev(B, "other", "2019-01-01", "day", date_end="2019-10-14",
         source="Ministry of Veterans Affairs")
    d.fig(B, 22, "individuals exhumed", source="Ministry of Veterans Affairs")
    d.fig(B, 39, "final identifications made", source="Ministry of Veterans Affairs")
    d.ev("On August 1, the Law on Missing Persons in the Homeland War entered",
         "law_or_decree", "2019-08-01")
    # a protocol signed (an instrument outside law_things), cited in a participle with its date
    d.ev("A protocol on cooperation in missing persons’ cases signed on July 30",
         "other", "2019-07-30")

    d.sec("1.c")
    d.ent("organization", "National Preventive Mechanism", "NPM")
    d.ent("organization", "Council of Europe")
    d.ent("organization", "Committee for the Prevention of Torture and Inhuman or Degrading "
          "Treatment or Punishment")
    d.ent("organization", MOJ)
    d.ent("organization", "UNICEF")
    d.ent("organization", "European Social Fund")
    d.not_entity("Osijek Prison")
    # reports of (isolated) cases of a taxonomy act: the summary event of the year, alleged
    d.ev("there were reports of isolated and sporadic cases of physical and verbal",
         "torture_or_abuse", Y, polarity="alleged")
    # a report cited with its year
    d.ev("report for 2018 noted an increased number of complaints", "report_published", "2018",
         source="ombudsperson for human rights")
    d.ev("In her 2018 annual report, the ombudsperson for human rights noted",
         "report_published", "2018", source="ombudsperson for human rights")
    d.fig("Several prisons remained overcrowded, such as Osijek Prison", 161,
          "percent of capacity at Osijek Prison", unit="percent")
    B = "10 of the country’s 14 prisons remained overcrowded"
    d.fig(B, 10, "prisons overcrowded at the end of 2018")
    d.fig(B, 14, "prisons in the country")
    d.fig(B, 100, "percent of capacity", "more than", unit="percent")
    # a standing function with a taxonomy verb: a summary statement of the year (N3)
    d.ev("The ombudsperson investigated credible allegations of mistreatment", "investigation",
         Y)
    B = "In 2018 her office took actions in response to 169 cases"
    d.ev(B, "other", "2018", source="ombudsperson for human rights")
    d.fig(B, 169, "cases of violations of prisoners' rights acted on")
    d.fig(B, 47, "investigations conducted")
    d.fig(B, 6, "prisons visited")
    # a project begun (a program launched, the campaigns rule)
    B = "Ministry of Justice officials began a European Social Fund project"
    d.ev(B, "other", Y)
    d.fig("with a total project value of 9 million kuna", 9000000, "project value",
          unit="HRK")
    d.fig("with a total project value of 9 million kuna", 1400000, "project value",
          unit="USD")

    d.sec("1.d")
    d.prov("Prosecutors may hold suspects for up to 48 hours in detention.", "time_limit", 48,
           "hours", "up to 48 hours")
    d.prov("an investigative judge may extend investigative detention for an additional",
           "time_limit", 36, "hours", "an additional 36 hours")

    d.sec("1.e")
    d.ent("organization", "EU Commission")
    d.ent("organization", "European Court of Human Rights", "ECHR")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Serbian Orthodox Church")
    d.ent("organization", "Coordinating Committee of Jewish Communities in Croatia")
    B = "the judiciary as a whole had a backlog of 500,578 cases"
    d.fig(B, 500578, "cases in the judiciary's backlog")
    d.fig(B, 93516, "increase in the backlog")
    d.fig(B, 407062, "cases pending at the end of 2018")
    d.ev("An EU Commission report noted in February that the government", "report_published",
         "2019-02", source="EU Commission")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("In 2010, however, the Supreme Court ruled that the government", "other", "2010")
    # a dated attempt at a particular act
    d.ev("In 2011 the Ministry of Justice attempted unsuccessfully to amend", "other", "2011")
    d.fig("the amendment might benefit between 4,211 and 5,474 claimants", 4211,
          "claimants the amendment might benefit", source="government", value_end=5474)
    # "took no steps to <aim>": the efforts rule, typed by its aim (amending a law)
    d.ev("The government has taken no subsequent steps to amend the law.", "law_or_decree", Y,
         polarity="negated")
    d.fig("In April the government reported 70,000 property restitution claims", 70000,
          "property restitution claims filed", source="government")
    B = "The government reported approximately 64,000 of those claims"
    d.fig(B, 64000, "restitution claims resolved", "approximately", source="government")
    d.fig(B, 90, "percent of restitution claims resolved", unit="percent", source="government")
    B = "The government believed at least 244 resolved claims involved Jewish claimants"
    d.fig(B, 244, "resolved claims involving Jewish claimants", "at least", source="government")
    d.fig(B, 101, "Jewish claimants' cases pending in 2018", source="government")
    B = "Of the 244 resolved claims, 104 resulted in the return"
    d.fig(B, 244, "resolved claims involving Jewish claimants")
    d.fig(B, 104, "claims resolved by return of property")
    d.fig(B, 271, "properties returned")
    d.fig(B, 602000000, "value of properties returned", unit="HRK")
    d.fig(B, 91000000, "value of properties returned", unit="USD")
    d.fig(B, 140, "claims resolved by compensation")
    d.fig(B, 60200000, "compensation paid in cash or bonds", unit="HRK")
    d.fig(B, 9100000, "compensation paid in cash or bonds", unit="USD")
    # claims resolved since a date: an occurrence running since that date
    B = "since July 2018 it resolved a further 26 out of the remaining 101"
    d.ev(B, "other", "2018-07", source="government")
    d.fig(B, 26, "further pending cases resolved", source="government")
    d.fig(B, 101, "pending cases", source="government")
    B = "the government reported it paid 8.6 million kuna"
    d.ev(B, "other", Y, source="government")
    d.fig(B, 8600000, "paid in cash and bonds", unit="HRK", source="government")
    d.fig(B, 1300000, "paid in cash and bonds", unit="USD", source="government")
    d.fig(B, 16, "properties returned", source="government")
    d.fig(B, 33000000, "value of properties returned", unit="HRK", source="government")
    d.fig(B, 5000000, "value of properties returned", unit="USD", source="government")

    d.sec("1.f")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")


PART_BUILDERS = {"exec": executive_summary, "1": section_1}


def croatia2019() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2019_croatia", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_croatia": croatia2019}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
