"""Build the hand-made DEV gold file for Botswana 2022 (a page of the public collection).

``2022_botswana.jsonl`` annotates ``html/2022/botswana.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2022/botswana.html`` by ``scripts/collection.sh``: the
2022 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_lithuania2019.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_botswana2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_botswana2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_botswana.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2022/botswana.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1"]

BW = "Botswana"
BDP = "Botswana Democratic Party"
NA = "National Assembly"
BPS = "Botswana Police Service"
DISS = "Directorate of Intelligence and Security Services"
DCEC = "Directorate on Corruption and Economic Crime"
OP = "Office of the President"
COA = "Court of Appeals"
MASISI = "Mokgweetsi Masisi"
UNHCR = "UN High Commissioner for Refugees"
STATE = "Department of State"
LGB = "Lesbians Gays and Bisexuals of Botswana"
MLHA = "Ministry of Labour and Home Affairs"
CKGR = "Central Kalahari Game Reserve"
FCII = ("Francistown Centre for Illegal Immigrants", "FCII", "Dukwi Refugee Camp")
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor")


def common(d: CollectionDevDoc) -> None:
    d.ent("place", BW)
    d.not_entity(*FCII)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", BDP)
    d.ent("organization", NA)
    d.ent("person", MASISI, "Masisi")
    d.ent("organization", BPS, "BPS")
    d.ent("organization", "Ministry of Defense and Security")
    d.ent("organization", "Botswana Defense Force")
    d.ent("organization", OP)
    d.ent("organization", DISS, "DISS")
    # the nation's founding cited in a noun phrase: an occurrence of that year
    d.ev("has held a majority in the National Assembly since the nation", "other", "1966")
    d.ev("In 2019, President Mokgweetsi Masisi won his first full five-year term",
         "election_or_referendum", "2019")
    d.ev("Members of the security forces committed some abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included credible reports of: arbitrary",
         "surveillance", Y, polarity="alleged")
    d.ev("The government took steps to prosecute officials who committed abuses", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ent("organization", COA, "Court of Appeal")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "Ministry of Defense and Security")
    d.ev("there were no reports of government officials employing such tactics",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("the Court of Appeals ruled these provisions do not violate", "other", Y)
    d.ev("Authorities investigated credible allegations of inhuman conditions", "investigation",
         Y)
    d.ev("The International Committee of the Red Cross visited prisons.", "other", Y)

    d.sec("1.d")
    d.ent("organization", DISS, "DISS")
    d.ent("organization", DCEC, "DCEC")
    d.ent("organization", "World Prison Brief")
    d.prov("requires authorities to file charges before a magistrate within 48 hours",
           "time_limit", 48, "hours", "within 48 hours", "charges after arrest")
    d.prov("Those arrested or detained have the right to an attorney during", "right", 48,
           "hours", "the first 48 hours after arrest", "attorney after arrest")
    B = "A magistrate may order a suspect held for 14 days through a writ"
    d.prov(B, "time_limit", 14, "days", "for 14 days", "writ of detention")
    d.prov(B, "time_limit", 14, "days", "renewed every 14 days", "renewal of a writ of detention")
    B = "A writ of pretrial detention is valid for 14 days"
    d.prov(B, "time_limit", 14, "days", "valid for 14 days", "writ of pretrial detention")
    d.prov(B, "time_limit", 14, "days", "renewable every 14 days",
           "renewal of a writ of pretrial detention")
    d.ev("On March 18, the Directorate of Intelligence and Security Services arrested",
         "detention_or_arrest", "2022-03-18")
    d.dur(48, "hours", "for 48 hours")
    # continues the March 18 arrest
    d.ev("The two were denied legal representation during their incarceration.", "other",
         "2022-03-18")
    d.ev("On June 7, DISS arrested the legal adviser", "detention_or_arrest", "2022-06-07")
    d.ev("there were no reports of instances in which the length of detention equaled",
         "detention_or_arrest", Y, polarity="negated")
    B = "Pretrial detainees comprised 22.5 percent (2021 data) of prisoners"
    d.fig(B, 22.5, "pretrial detainees' share of prisoners", unit="percent",
          source="World Prison Brief")
    d.ev(B, "report_published", "2021", source="World Prison Brief")

    d.sec("1.e")
    d.not_entity("National Security Act")
    d.ent("organization", "African Commission on Human and Peoples’ Rights")
    d.ev("These included an executive branch attempt to influence the trial outcome",
         "other", Y, polarity="alleged")
    d.ev("a tribal chief claimed that the presidency warned her", "attack_or_threat", Y,
         polarity="alleged", source="tribal chief")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ent("organization", "Financial Action Task Force")
    d.ev("there were reports that DISS had developed capabilities for online surveillance",
         "other", Y, polarity="alleged")
    d.ev("A law enacted in February that gave security forces broad wiretapping powers",
         "law_or_decree", "2022-02")
    d.ev("The law was later amended to remove warrantless wiretaps", "law_or_decree", Y)


PART_BUILDERS = {"exec": executive_summary, "1": section_1}


def botswana2022() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_botswana", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_botswana": botswana2022}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
