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
DONE = ["1"]

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


PART_BUILDERS = {"1": section_1}


def guinea_bissau() -> SecondDoc:
    return assemble(SecondDoc, "2019_guinea-bissau", FILE, 2019, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2019_guinea-bissau": guinea_bissau}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
