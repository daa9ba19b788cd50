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
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/guinea-bissau.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["1", "2"]

NCHR = "National Commission on Human Rights"


class SecondDoc(CollectionDevDoc):
    """A second annotator's gold file: written to tests/gold/second, the scope says so."""

    out_dir = HERE

    def lines(self) -> list[dict]:
        lines = super().lines()
        lines[0]["annotator"] = "second"
        return lines


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


PART_BUILDERS = {"1": section_1, "2": section_2}


def guinea_bissau() -> SecondDoc:
    return assemble(SecondDoc, "2019_guinea-bissau", FILE, 2019, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2019_guinea-bissau": guinea_bissau}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
