"""Build the hand-made TEST gold file for Finland 2021 (a page of the public collection).

``2021_finland.jsonl`` annotates ``html/2021/finland.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2021/finland.html`` by ``scripts/collection.sh``: the
2021 edition, classic seven-section layout (Section 5 "Governmental Posture Towards
International ..."). Annotated BLIND (split ``test``): every record below was decided by hand,
reading the report sentence by sentence before the system was ever run on it; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. Method of
``build_whole_gold_botswana2022.py`` (``CollectionTestDoc`` of ``collection_gold.py``, as
``build_whole_gold_brunei2016.py``). The scope line lists in ``"ranges"`` exactly the section
groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_finland2021.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_finland2021.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2021_finland.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2021/finland.html"
Y = "2021"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1"]

FI = ("Republic of Finland", "Finland")
CPT = ("Committee for the Prevention of Torture", "CPT")
AI = "Amnesty International"
STATE = "Department of State"
ECHR = "European Court of Human Rights"
NBI = "National Bureau for Investigation"
UNHCR = ("Office of the UN High Commissioner for Refugees", "UNHCR")
MIGRI = "Finnish Immigration Service"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", *FI)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", "Eduskunta")
    d.ent("organization", "Finnish Customs")
    d.ent("organization", "Border Guard")
    d.ent("organization", "Defense Forces")
    d.ent("organization", "Ministry of the Interior")
    d.ent("organization", "Ministry of Defense")
    # the government appointed in 2019: an occurrence cited in a noun phrase with its year
    d.ev("approved by parliament and appointed by the president in 2019", "other", "2019")
    # the verdict on the elections, dated by the election it judges (one per date expression)
    B = "The parliamentary election in 2019 and the presidential election in 2018"
    d.ev(B, "other", "2019")
    d.ev(B, "other", "2018")
    d.ev("There were no reports that members of the security forces committed abuses.",
         "torture_or_abuse", Y, polarity="negated")
    # the list of issues: its one item names no occurrence
    d.ev("Significant issues included the existence of criminal libel laws.", "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("There were no significant reports regarding prison or detention center", "other", Y,
         polarity="negated")
    d.ent("organization", "Council of Europe")
    d.ent("organization", *CPT)
    # police stations named by their towns: facilities, no place mention
    d.not_entity("Espoo, Haukipudas, Pasila, and Ylivieska police stations",
                 "Espoo, Kemijarvi, and Pasila police stations")
    d.ev("In its most recent report on May 5 on prison and detention center", "report_published",
         "2021-05-05", source="CPT")
    d.ent("organization", "Yle")
    d.ev("A review of instances of prisoner violence by the public broadcaster Yle",
         "report_published", "2021-07", source="Yle")
    d.ent("organization", AI)
    d.ent("organization", "World Health Organization")
    d.fig("the country’s vaccination rate among prisoners was 34.4 percent", 34.4,
          "vaccination rate among prisoners", unit="percent",
          source="World Health Organization")
    d.fig("Approximately 42 percent of the general population was fully vaccinated", 42,
          "share of the general population fully vaccinated", "approximately", unit="percent")
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)
    B = "On May 5, the CPT released the report on its most recent visit"
    d.ev(B, "report_published", "2021-05-05", source="CPT")
    d.ev(B, "other", "2020-09")

    d.sec("1.d")
    d.prov("Police must obtain a warrant within three days if an individual", "time_limit", 3,
           "days", "within three days", "warrant for an arrest in the act")
    d.prov("Arrested persons must receive a court hearing within three days", "time_limit", 3,
           "days", "within three days of arrest", "court hearing after arrest")
    d.ev("The May 5 CPT report noted that delays in notification of custody",
         "report_published", "2021-05-05", source="CPT")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.ent("organization", ECHR)
    d.ent("organization", STATE)
    d.not_entity("Terezin Declaration",
                 "Justice for Uncompensated Survivors Today (JUST) Act report to Congress")
    d.ev("Act report to Congress, released publicly in July 2020", "report_published",
         "2020-07", source=STATE)

    d.sec("1.f")
    d.ent("organization", "Office of the Deputy Data Protection Ombudsman")
    d.ent("organization", "National Police Board", "Police Board")
    d.ent("organization", NBI)
    d.ent("organization", "Child Sexual Exploitation Unit")
    d.ev("In September the Office of the Deputy Data Protection Ombudsman reprimanded",
         "other", "2021-09")
    d.ev("In response the National Bureau for Investigation said it would stop", "other", Y)


def section_2(d: CollectionTestDoc) -> None:
    common(d)


def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)


def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def finland2021() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2021_finland", FILE, 2021, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2021_finland": finland2021}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
