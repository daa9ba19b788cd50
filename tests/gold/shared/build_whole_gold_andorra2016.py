"""Build the hand-made DEV gold file for Andorra 2016 (a page of the public collection).

``2016_andorra.jsonl`` annotates ``html/2016/andorra.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the repository
as ``../collection/html/2016/andorra.html`` by ``scripts/collection.sh``: the 2016 edition, classic
seven-section layout, about 26,000 characters. Split ``dev`` (annotated before any run of the system
on the page, so it joins the held-out dev list at its merge), with the method of
``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever run on
it; the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets, names
and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_andorra2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_andorra2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_andorra.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/andorra.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2"]

AD = "Andorra"
MSAJI = "Ministry of Social Affairs, Justice, and Interior"
ECHR = "European Court of Human Rights"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", AD, "Principality of Andorra")
    d.ent("place", "France")
    # the see of the Spanish co-prince, named by its region
    d.ent("place", "Urgell")
    d.ent("organization", "General Council of the Valleys")
    d.ent("organization", "Democrats for Andorra")
    d.ent("person", "Antoni Marti Petit")
    B = "In March 2015 the country held free and fair multiparty elections"
    d.ev(B, "election_or_referendum", "2015-03")
    d.fig(B, 28, "seats in parliament")
    # a past election's paragraph: its narration takes the election's year (settled 2026-12-18)
    d.ev("the Democrats for Andorra re-elected Antoni Marti Petit head of government",
         "election_or_referendum", "2015")
    # the list of issues of the year: its first item names no occurrence (a lack of protection)
    d.ev("The country’s main human rights problem was the lack of legal protection",
         "other", Y)
    # the list of issues of the year, first item domestic violence (spousal and child abuse)
    d.ev("Other problems included domestic violence, including spousal abuse and child abuse.",
         "torture_or_abuse", Y)
    d.ev("There were no reports that government officials or the national police committed",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    # "no significant reports regarding ... conditions": a state (the dev gold: none)
    d.ev("There were no reports of deaths in prison or in the pretrial",
         "death_in_custody", Y, polarity="negated")

    d.sec("1.d")
    d.ent("organization", MSAJI)
    d.ent("organization", ECHR, "ECHR")
    d.ev("There were no reports of impunity involving security forces during the year.",
         "other", Y, polarity="negated")
    d.prov("Police legally may detain persons for 48 hours without a hearing", "time_limit", 48,
           "hours", "48 hours", "detention without a hearing")
    d.prov("The judge has up to 24 hours to charge the detainee", "time_limit", 24, "hours",
           "up to 24 hours", "charge or release of a detainee by the judge")

    d.sec("1.e")
    d.ent("organization", ECHR, "ECHR")
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
    # a city's prosecutor: the city named (no facility)
    d.ent("place", "Barcelona")
    d.ent("organization", "International Telecommunication Union")
    # trainings given, each dated
    d.ev("In February the Barcelona hate crimes prosecutor gave the first-ever training",
         "other", "2016-02")
    d.ev("In July the Andorran prosecutor’s office delivered a similar training", "other",
         "2016-07")
    # "did not restrict ... or censor": no event (N2); the "no credible reports" clause is one
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    B = "According to the International Telecommunication Union, 38 percent of the population"
    d.fig(B, 38, "share of the population with a fixed broadband subscription", unit="percent",
          source="International Telecommunication Union")
    d.fig(B, 97, "share of the population using the internet (2015)", unit="percent",
          source="International Telecommunication Union")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", MSAJI)
    # a negated occurrence with "during the year": requests for protection received
    d.ev("no requests were received during the year", "other", Y, polarity="negated",
         source=MSAJI)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2}


def andorra() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_andorra", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_andorra": andorra}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
