"""Build the hand-made held-out DEV gold file for Nauru 2016 (a page of the public collection).

``2016_nauru.jsonl`` annotates ``html/2016/nauru.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/nauru.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout, about 30,000 characters. Split ``dev``, held out
(``tests/gold/held_out.toml``): annotated blind, before any run of the system on the page, with the
method of ``build_whole_gold_saintlucia2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor
(at most 14 words) occurring once in the document. The scope line lists in ``"ranges"`` exactly the
section groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_nauru2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_nauru2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_nauru.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/nauru.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2"]

NR = "Nauru"
AU = "Australia"
WAQA = ("Baron Waqa", "Waqa")
RPC = "Regional Processing Center"
ELECTION = ("2016-07-09", "2016-07-11")
OBSERVERS = "International observers"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", NR)
    d.ent("person", *WAQA)
    d.ent("organization", "Facebook")
    d.not_entity(RPC, "Australian-run Regional Processing Center")
    # an observers' verdict on the election: `other`, dated by the election it judges
    d.ev("International observers deemed free and fair the parliamentary election",
         "other", ELECTION[0], date_end=ELECTION[1], source=OBSERVERS)
    # the election's follower on its subject (2016 Saint Lucia; 2020 Nauru, t-events19)
    d.ev("Parliament re-elected President Baron Waqa who was also a member",
         "election_or_referendum", ELECTION[0], date_end=ELECTION[1])
    d.ev("Some opposition figures alleged the president interfered with the judiciary.",
         "other", Y, polarity="alleged", source="opposition figures")
    d.ev("There were no reports government officials committed human rights abuses",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1")
    d.ent("place", AU)
    d.ent("place", NR)
    d.not_entity(RPC)
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")
    d.ev("there were no reports government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("There were no significant reports regarding prison conditions", "other", Y,
         polarity="negated")
    d.ev("There were no reports of prisoner deaths.", "death_in_custody", Y,
         polarity="negated")
    # visits by monitors that occurred (counted: "several"), not a standing permission
    d.ev("and several such visits occurred", "other", Y)
    d.ev("There were no reports of impunity involving the security forces.", "other", Y,
         polarity="negated")
    d.prov("Police may hold a person for a maximum of 24 hours", "time_limit", 24, "hours",
           "a maximum of 24 hours", "holding a person without a hearing")
    # an occurrence cited in a noun phrase with its year (settled 2026-12-08)
    d.ev("in cases related to a 2015 protest that turned violent", "protest", "2015")
    d.ev("but there were reports the government sometimes interfered with judicial",
         "other", Y, polarity="alleged")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    section_2_ab(d)
    section_2_d(d)
    section_2_refugees(d)


def section_2_ab(d: CollectionDevDoc) -> None:
    d.ent("organization", "Facebook")
    d.ent("organization", "Department of State")
    d.not_entity(RPC, "Crimes Act", "International Religious Freedom Report")
    # a law named with its year doing what only its adoption did (settled 2026-12-07)
    d.ev("The 2016 Crimes Act created new offenses", "law_or_decree", Y)
    d.prov("Violations of this offense are punishable by a maximum sentence", "penalty", 3,
           "years", "a maximum sentence of three years’ imprisonment",
           "unlawful vilification and criminal defamation")
    d.ev("Authorities raised the fee for journalist visas from A$200", "other", "2014")
    # replaced values of a rule give only the new one (settled 2026-12-06)
    d.prov("Authorities raised the fee for journalist visas from A$200", "threshold", 8000,
           "AUD", "A$8,000", "journalist visa fee")
    d.prov("Authorities raised the fee for journalist visas from A$200", "threshold", 5750,
           "USD", "($5,750)", "journalist visa fee")
    d.ev("the government rejected several visa applications from journalists", "other", Y)
    d.ev("continued its 2015 block on Facebook", "censorship_or_blocking", "2015")
    d.ev("There were no credible reports the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.fig("64 percent of the population had access to the internet in 2014", 64,
          "share of the population with internet access (2014)", unit="percent")
    d.ev("The government passed a law in 2015 that created new offenses", "law_or_decree",
         "2015")


def section_2_d(d: CollectionDevDoc) -> None:
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "The Guardian")
    d.ent("organization", "Office of the UN High Commissioner for Human Rights")
    d.ent("organization", "Supreme Court")
    d.ent("person", "Sprent Dabwido", "Dabwido")
    d.ent("place", AU)
    d.ent("place", NR)
    d.not_entity(RPC)
    # a dated report of two bodies (What is reported: dated reports are `report_published`)
    d.ev("In August both Amnesty International and Human Rights Watch claimed",
         "report_published", "2016-08", source="Amnesty International")
    d.ev("after researchers from the two organizations entered the country unannounced",
         "other", "2016-07")
    d.ev("In August The Guardian published more than 2,000 case files", "report_published",
         "2016-08", source="The Guardian")
    d.ev("involving asylum seekers from 2013 to 2015", "attack_or_threat", "2013",
         date_end="2015", polarity="alleged", source="The Guardian")
    d.fig("In August The Guardian published more than 2,000 case files", 2000,
          "case files published", "more than", source="The Guardian")
    d.fig("purporting to summarize more than 1,000 assaults", 1000,
          "assaults, sexual assaults and self-harm incidents summarized", "more than",
          source="The Guardian")
    # a reaction of a named actor to a specific occurrence (settled 2026-12-06)
    d.ev("In response, the government stated that most refugee and advocate claims",
         "other", Y, source="government")
    d.ev("In August the government canceled the passports of 20 people", "other", "2016-08")
    d.fig("In August the government canceled the passports of 20 people", 20,
          "people whose passports were canceled")
    # a later step of another kind: not dated by the August episode
    d.ev("The government charged all of them with violations of the criminal code",
         "charge", Y)
    d.ev("for involvement in a 2015 anti-government protest that turned violent", "protest",
         "2015")
    d.ev("from seeking medical treatment overseas in October", "other", "2016-10")
    d.ev("The Supreme Court returned Dabwido’s passport in November", "other", "2016-11")


def section_2_refugees(d: CollectionDevDoc) -> None:
    d.ent("place", AU)
    d.not_entity(RPC, "Memorandum of Understanding", "MOU")
    d.ev("After the government reopened the Regional Processing Center in 2012", "other",
         "2012")
    d.ev("adopted the Memorandum of Understanding (MOU) with Australia in 2013", "other",
         "2013")
    d.fig("As of August, there were 894 refugees, including 135 children", 894,
          "refugees living in the country (August)")
    d.fig("As of August, there were 894 refugees, including 135 children", 135,
          "refugee children living in the country (August)")
    d.fig("As of August, there were 894 refugees, including 135 children", 271,
          "asylum seekers living in the processing center (August)")
    d.fig("As of August, there were 894 refugees, including 135 children", 39,
          "asylum-seeker children in the processing center (August)")
    d.ev("In 2012 Australia and the government signed an MOU", "other", "2012")
    d.ev("received its first group of asylum seekers in 2012", "other", "2012")
    # a count up to an as-of date: an event of the year
    d.ev("By August the government had accepted 894 asylum seekers",
         "asylum_or_citizenship_decision", Y)
    d.fig("By August the government had accepted 894 asylum seekers", 894,
          "asylum seekers accepted as temporary refugees")
    d.fig("Another 271 asylum seekers were awaiting or contesting", 271,
          "asylum seekers awaiting or contesting refugee determination")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2}


def nauru() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_nauru", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_nauru": nauru}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
