"""Build the hand-made DEV gold file for Eswatini 2023 (a page of the public collection).

``2023_eswatini.jsonl`` annotates ``html/2023/eswatini.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2023/eswatini.html`` by ``scripts/collection.sh``: the
2023 edition, classic seven-section layout (about 55,500 characters; Section 5's heading reads
"Towards"). Split ``dev`` (the team may tune on it; held out from its merge), annotated with
the method of ``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence
by sentence before the system was ever run on it; the script only turns the decisions into
offsets (into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words)
occurring once in the document. The scope line lists in ``"ranges"`` exactly the section
groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eswatini2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eswatini2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_eswatini.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/eswatini.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1"]

MASEKO = "Thulani Maseko"
MABUZA = "Mduduzi Bacede Mabuza"
DUBE = "Mthandeni Dube"
KUNENE = "Thabo Kunene"
REPS = "Royal Eswatini Police Services"
CHRPA = "Commission on Human Rights and Public Accountability"
MSF = "Multi-Stakeholder Forum"
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor", "Investment Climate Statement",
           "International Narcotics Control Strategy Report")


def common(d: CollectionDevDoc) -> None:
    """Entities named in several groups (the first declaration counts)."""
    d.ent("place", "Eswatini")
    d.not_entity(*REPORTS, "Attorney General")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("person", MASEKO, "Maseko")
    # the killing cited in a noun phrase with its month
    d.ev("The killing in January of Thulani Maseko", "killing", "2023-01")
    # counted persons who left the country: an act of the year (a later step of another kind)
    d.ev("Several activists subsequently fled the country.", "other", Y)
    d.ev("Significant human rights issues included credible reports of: arbitrary", "killing",
         Y, polarity="alleged")
    d.ev("The government did not take credible steps to identify and punish", "investigation",
         Y, polarity="negated")
    d.ev("Unidentified opposition elements claimed credit for inspiring and conducting",
         "killing", Y, polarity="alleged", source="opposition elements")
    d.ev("referred to members of these groups as “terrorists” and investigated",
         "investigation", Y)
    B = "The government made five arrests with prosecutions pending"
    d.ev(B, "detention_or_arrest", Y)
    d.fig(B, 5, "arrests of members of opposition groups")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("person", MASEKO, "Maseko")
    d.ent("organization", "Umbutfo Eswatini Defense Force")
    d.ent("person", "Isiah Amen Mavimbela", "Mavimbela")
    d.ent("place", "South Africa")
    d.ev("There were reports the government or its agents committed arbitrary", "killing", Y,
         polarity="alleged")
    # hiring mercenaries (a class) to kill: no event; the denial of the reports: a reaction
    d.ev("The government denied these reports but acknowledged", "other", Y)
    B = "was shot and killed at home in front of his wife"
    d.ev(B, "killing", "2023-01-21")
    d.fig(B, 2, "children of Thulani Maseko present at his killing")
    d.ev("The investigation remained ongoing, and no arrests were made", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("reported an exodus of proreform activists from the country", "other", Y,
         source="human rights organizations")
    d.ev("shot laborer Isiah Amen Mavimbela while he was attempting", "attack_or_threat",
         "2023-03-03")
    # a death from the episode's wounds takes the episode's date
    d.ev("Mavimbela later died of his wounds while undergoing treatment.", "killing",
         "2023-03-03")
    B = "Throughout the year, opposition groups used widespread threats and intimidation"
    d.ev(B, "attack_or_threat", Y)
    d.ev("claimed responsibility for the 2022 killings of police officers", "killing", "2022")
    d.ev("They also threatened violence against anyone who testified", "attack_or_threat", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government authorities.",
         "other", Y, polarity="negated")

    d.sec("1.c")
    d.ent("person", KUNENE, "Kunene")
    d.ent("person", MABUZA, "Mabuza")
    d.ent("organization", "Parliament")
    d.ent("organization", REPS, "REPS")
    d.ent("organization", "HMCS")
    d.ent("organization", CHRPA, "CHRPA")
    d.ent("place", "Matsapha")
    d.ev("there were credible reports that government official employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("There were numerous credible reports security forces employed such practices.",
         "torture_or_abuse", Y, polarity="alleged")
    B = "On June 12, defense attorneys asserted police tortured Thabo Kunene"
    d.ev(B, "torture_or_abuse", "2023-06-12", polarity="alleged", source="defense attorneys")
    d.ev("involved in the killing of security forces in 2021 and 2022", "killing", "2021",
         date_end="2022", polarity="alleged")
    d.ev("On September 29, defense attorneys recorded to the Attorney General", "torture_or_abuse",
         "2023-09-29", polarity="alleged", source="defense attorneys")
    d.ev("There were media reports of cruel, inhuman, and degrading treatment",
         "torture_or_abuse", Y, polarity="alleged", source="media")
    B = "with still no investigation through year’s end of police violence"
    d.ev(B, "investigation", Y, polarity="negated")
    d.ev("police violence against citizens in 2021", "attack_or_threat", "2021")
    d.ev("a dormitory opened in 2022 at a medium security prison", "other", "2022")
    d.ev("Authorities investigated allegations of mistreatment and held prison officials",
         "investigation", Y)

    d.sec("1.d")
    d.prov("usually within 48 hours of arrest", "time_limit", 48, "hours", "within 48 hours",
           "charging a detainee")

    d.sec("1.e")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "High Court")
    d.ent("organization", "Judicial Service Commission")
    d.ent("organization", "Swati National Council")
    d.ent("organization", "International Parliamentary Union")
    d.ent("person", DUBE, "Dube")
    d.ev("Civil society alleged the government institutionally failed to respect", "other", Y,
         polarity="alleged", source="Civil society")
    d.ev("In a decision adopted unanimously by the International Parliamentary Union",
         "other", "2023-03-15", source="International Parliamentary Union")
    B = "There was one report of political detainees, noted in the case"
    d.fig(B, 1, "reports of political detainees")
    d.fig(B, 2, "incarcerated members of parliament")
    B = "On June 1, the High Court found two proreform members of parliament"
    d.ev(B, "conviction_or_sentence", "2023-06-01")
    d.fig(B, 2, "members of parliament found guilty")
    # a reaction to the verdict, dated by none of its own: the report year
    d.ev("Local and international groups claimed the verdict was a predetermined", "other", Y,
         source="Local and international groups")
    B = "were beaten and abused while in government custody on charges"
    d.ev(B, "torture_or_abuse", Y, source="Media and political activists")
    d.ev("stemming from their alleged roles in 2021 civil unrest", "protest", "2021")

    d.sec("1.f")
    d.ent("organization", "South African High Commission")
    d.ent("organization", "Swaziland International Solidarity Forces")
    d.ent("person", "Sibusiso Nkomonye")
    d.ent("organization", "Southern Defenders")
    d.ent("organization", MSF)
    d.ev("Media reported government engaged in transnational repression", "attack_or_threat",
         Y, source="Media")
    d.ev("The government was alleged to have killed or kidnapped persons", "killing", Y,
         polarity="alleged")
    B = "filed a formal complaint with the South African High Commission"
    d.ev(B, "other", "2023-06-12", source="political parties")
    # the kidnapping cited with its date ("alleged May 31 kidnapping")
    d.ev("alleged May 31 kidnapping and illegal extradition", "other", "2023-05-31",
         polarity="alleged")
    d.ev("reported politically motivated efforts by government to use threats",
         "attack_or_threat", Y, source="Opposition groups")
    d.ev("There were reports labor union activists, civil society dissidents",
         "attack_or_threat", Y, polarity="alleged")

    d.sec("1.g")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Freedom House")

    d.sec("1.h")
    d.ent("place", "Siteki")
    d.ent("person", "Khetha Dlamini")
    d.ent("organization", "International Observatory of Lawyers")
    d.ent("person", "Maxwell Nkambule")
    d.not_entity("Siteki Bank Branch")
    d.ev("there were reports that the government failed to respect these prohibitions",
         "other", Y, polarity="alleged")
    d.ev("There were reports of unlawful interference with privacy by the government.",
         "other", Y, polarity="alleged")
    d.ev("On January 4, media reported police in Siteki searched the house", "other",
         "2023-01-04", source="media")
    # another occurrence than the search (of another kind): the report year
    d.ev("There were reports police used excessive force during the search.",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("On March 23, the International Observatory of Lawyers reported attorney",
         "attack_or_threat", "2023-03-23", source="International Observatory of Lawyers")
    d.ev("Human rights organizations reported government authorities arbitrarily",
         "surveillance", Y, source="Human rights organizations")
    d.ev("there were reports government authorities pursued and punished family members",
         "other", Y, polarity="alleged")


PART_BUILDERS = {"exec": executive_summary, "1": section_1}


def eswatini() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_eswatini", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_eswatini": eswatini}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
