"""Build the hand-made DEV gold file for Slovakia 2024 (a page of the public collection).

``2024_slovakia.jsonl`` annotates ``html/2024/slovakia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2024/slovakia.html`` by ``scripts/collection.sh``: the
2024 edition, whose outline has three broad sections ("Section 1." Life, "Section 2." Liberty,
"Section 3." Security of the Person) with lettered topics under each, grouped by their number as
the 2024 Liberia gold does (``GROUPS`` of ``build_whole_gold_liberia2024.py``; no group
``5-7``). Split ``dev``, annotated with the method of the 2024 Romania, Jordan, Montenegro and
Thailand builders (``CollectionDevDoc`` of ``collection_gold.py``): every record below was
decided by hand, reading the report sentence by sentence before the system was ever run on it;
the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_slovakia2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_slovakia2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_slovakia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2024/slovakia.html"
Y = "2024"

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["exec", "1"]


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Slovakia")
    # one date expression ("during the year"), one record: the criticism of organizations is no
    # occurrence (criticism in general); the threats are the summary statement's taxonomy act
    d.ev("Senior government officials in Slovakia criticized civil society organizations",
         "attack_or_threat", Y)
    # the list of issues: "restrictions on freedom of expression" names no occurrence, the
    # threats it includes do (the 2024 Romania reading)
    d.ev("Significant human rights issues included credible reports of", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("The government generally took credible steps to identify and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")

    d.sec("1.b")
    d.ev("there were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")


PART_BUILDERS = {"exec": executive_summary, "1": section_1}


def slovakia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2024_slovakia", FILE, 2024, GROUPS, DONE, PART_BUILDERS)


DOCS = {"2024_slovakia": slovakia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
