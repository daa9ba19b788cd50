"""Build the hand-made held-out DEV gold file for Saint Lucia 2016 (a page of the public collection).

``2016_saint-lucia.jsonl`` annotates ``html/2016/saint-lucia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/saint-lucia.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout, about 36,000 characters. Split ``dev``, held out
(``tests/gold/held_out.toml``): annotated blind, before any run of the system on the page, with the
method of ``build_whole_gold_eqguinea2023.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor
(at most 14 words) occurring once in the document. The scope line lists in ``"ranges"`` exactly the
section groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_saintlucia2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_saintlucia2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_saint-lucia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/saint-lucia.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2"]

LC = "Saint Lucia"
UWP = ("United Workers Party", "UWP")
SLP = ("Saint Lucia Labor Party", "SLP")
CHASTANET = ("Allen Chastanet", "Chastanet")
POLICE = ("Royal Saint Lucia Police Force", "Royal St. Lucia Police Force")
DPP = ("Office of the Director of Public Prosecutions", "DPP")
PSC = ("Public Service Commission", "Public Services Commission")
GENDER = "Department of Gender Relations"
MOL = "Ministry of Infrastructure, Ports, Energy, and Labor"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", LC)
    d.ent("organization", *UWP)
    d.ent("organization", "House of Assembly")
    d.ent("organization", *SLP)
    d.ent("person", *CHASTANET)
    d.ev("In generally free and fair elections on June 6, the United Workers",
         "election_or_referendum", "2016-06-06")
    d.fig("won 11 of the 17 seats in the House of Assembly", 11, "seats won by the UWP")
    d.fig("won 11 of the 17 seats in the House of Assembly", 17, "seats of the House of Assembly")
    d.ev("UWP leader Allen Chastanet became prime minister.", "other", Y)
    # the list of issues: its first item names (reports of) police killings
    d.ev("The most serious human rights problems included long delays", "killing", Y)
    # the second list: its first item names trials (postponed)
    d.ev("Other human rights problems included continued postponements of trials", "trial", Y)
    d.ev("Although the government took limited steps to prosecute officials", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1")
    section_1_a(d)
    section_1_c(d)
    section_1_d(d)
    section_1_ef(d)


def section_1_a(d: CollectionDevDoc) -> None:
    d.ent("organization", *POLICE)
    d.ent("place", "Vieux Fort")
    d.ent("person", "John Baptiste McFarlane")
    d.ent("person", "Allan Louisy")
    d.ent("person", "Mitchel Cadette")
    d.ent("person", "Myron Dupal")
    d.ent("person", "Kevin Ferdinand")
    d.ent("organization", *DPP)
    d.not_entity("Operation Restore Confidence")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")
    d.ev("An inquest was convened on May 27 to review five killings", "investigation",
         "2016-05-27")
    d.ev("An inquest was convened on May 27 to review five killings", "killing", "2011",
         polarity="alleged", place="Vieux Fort")
    d.fig("An inquest was convened on May 27 to review five killings", 5,
          "killings reviewed by the inquest")
    # the inquest's verdicts: later steps of the inquest, no date of their own
    d.ev("The inquest determined that in the case of three of the victims", "other", Y)
    d.fig("The inquest determined that in the case of three of the victims", 3,
          "victims whose killings the inquest found unlawful")
    d.ev("In the case of Myron Dupal, the jury returned an open verdict", "other", Y)
    d.ev("In the case of Kevin Ferdinand, the jury found death", "other", Y)
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")


def section_1_c(d: CollectionDevDoc) -> None:
    d.ent("organization", "Board of Visiting Justices")
    d.ent("organization", "Intelligence Unit")
    d.not_entity("Bordelais Correctional Facility")
    d.ev("Civil society reported that police assaulted persons under arrest", "torture_or_abuse",
         Y, source="Civil society")
    d.ev("From July 2015 to July 2016, citizens filed 118 complaints", "other", "2015-07",
         date_end="2016-07")
    d.fig("From July 2015 to July 2016, citizens filed 118 complaints", 118,
          "complaints filed against the police")
    d.fig("That facility, which has a capacity of 500 inmates", 500, "capacity of the prison")
    d.fig("That facility, which has a capacity of 500 inmates", 559, "inmates held in July")
    d.ev("but there were no such complaints during the year", "other", Y, polarity="negated")
    d.ev("conduct health and welfare inspections, but it did not do so", "other", Y,
         polarity="negated")
    d.ev("the prison refurbished the CCTV system that allows guards to monitor", "other", Y,
         source="director of corrections")
    d.ev("Prison officials began regular recreational activities for inmates.", "other", Y)


def section_1_d(d: CollectionDevDoc) -> None:
    d.ent("organization", "Ministry of Home Affairs, Justice, and National Security")
    d.ent("organization", "Criminal Investigations Division")
    d.ent("organization", "Internal Police Complaints Unit")
    d.ent("organization", "Police Complaints Commission")
    d.ent("organization", *PSC)
    d.ent("organization", "Caribbean Community’s Implementing Agency for Crime and Security",
          "IMPACS")
    d.ent("person", "Kenny Anthony")
    # standing functions told in the simple past with a taxonomy verb (settled 2026-12-17)
    d.ev("A special unit of three police officers assigned to assist", "investigation", Y)
    d.fig("A special unit of three police officers assigned to assist", 3,
          "police officers of the unit assisting the commission")
    d.ev("A team of seven police headed by the assistant superintendent", "investigation", Y)
    d.fig("A team of seven police headed by the assistant superintendent", 7,
          "police of the complaints team")
    d.ev("The Public Service Commission investigated public complaints", "investigation", Y)
    d.ev("into the multiple killings during 2010 and 2011 allegedly by officers", "killing",
         "2010", date_end="2011", polarity="alleged")
    d.ev("concluded an investigation into the killings in 2014", "investigation", "2014")
    d.ev("In 2015 former prime minister Kenny Anthony revealed that the report", "other",
         "2015")
    d.ev("In response to the IMPACS report, the government established", "other", Y)
    d.prov("Victims’ families have six months to initiate civil proceedings", "time_limit", 6,
           "months", "six months", "initiating civil proceedings for an unlawful killing")
    d.prov("requires a court hearing within 72 hours of detention", "time_limit", 72, "hours",
           "within 72 hours of detention", "court hearing after detention")


def section_1_ef(d: CollectionDevDoc) -> None:
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("there were no reports that the government failed to respect these", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Department of State")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.not_entity("International Religious Freedom Report")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y,
         polarity="negated")
    d.fig("52 percent of the population used the internet in 2015", 52,
          "share of the population using the internet (2015)", unit="percent",
          source="International Telecommunication Union")
    d.ev("UNHCR reported that the government issued certificates for four",
         "asylum_or_citizenship_decision", Y, source="UNHCR")
    d.fig("UNHCR reported that the government issued certificates for four", 4,
          "asylum seekers issued certificates", source="UNHCR")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2}


def saint_lucia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_saint-lucia", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_saint-lucia": saint_lucia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
