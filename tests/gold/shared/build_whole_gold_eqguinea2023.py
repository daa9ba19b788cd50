"""Build the hand-made TEST gold file for Equatorial Guinea 2023 (a page of the public collection).

``2023_equatorial-guinea.jsonl`` annotates ``html/2023/equatorial-guinea.html`` of the public
collection of state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out
next to the repository as ``../collection/html/2023/equatorial-guinea.html`` by
``scripts/collection.sh``: the 2023 edition, seven-section layout, about 54,000 characters. Split
``test`` (annotated blind, before any run of the system on the page), with the method of
``build_whole_gold_honduras2020.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever run on
it; the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets, names
and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eqguinea2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eqguinea2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_equatorial-guinea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2023/equatorial-guinea.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2"]

EG = "Equatorial Guinea"
CI = "Citizens for Innovation"
MININT = "Ministry of Interior and Local Corporations"
MNS = "Ministry of National Security"
OBIANG = "Obiang"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", EG)
    # the list of issues: its first item names killings ("credible reports of" → alleged)
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government did not take steps to identify and punish officials", "investigation",
         Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    d.sec("1")
    section_1_ab(d)
    section_1_c(d)
    section_1_d(d)
    section_1_egh(d)


def section_1_ab(d: CollectionTestDoc) -> None:
    d.ent("place", EG)
    d.ent("person", "Julio Obama Mefuman", "Obama Mefuman")
    d.ent("organization", "Movement for the Liberation of Equatorial Guinea Third Republic",
          "MLGE3R")
    d.ent("place", "Spain")
    d.ent("person", "Simeon Oyono Angue")
    d.ent("organization", CI, "CI")
    d.not_entity("Oveng Asem Prison", "Mongomo hospital", "Operacion Limpieza",
                 "Operation Clean-Up")
    d.ev("There were reports the government or its agents committed arbitrary", "killing", Y,
         polarity="alleged")
    d.ev("there were anecdotal accounts of deaths in prison due to injuries", "death_in_custody",
         Y, polarity="alleged")
    d.ev("On January 17, local and international media reported Julio Obama Mefuman",
         "death_in_custody", "2023-01-17")
    d.ev("In 2017, authorities convicted Obama Mefuman of attempting to overthrow",
         "conviction_or_sentence", "2017")
    d.ev("MLGE3R claimed security officials at Oveng Asem Prison tortured", "torture_or_abuse", Y,
         polarity="alleged", source="Movement for the Liberation of Equatorial Guinea Third Republic")
    # the minister's account of the same death: a reaction to a specific occurrence
    d.ev("stated during a national press conference that Obama Mefuman", "other", Y,
         source="Simeon Oyono Angue")
    B = "In August and September, activists reported at least five youth arrested"
    d.ev(B, "death_in_custody", "2023-08", date_end="2023-09")
    d.ev(B, "detention_or_arrest", "2022-05")  # "arrested during the May 2022 … Limpieza"
    d.fig(B, 5, "youth arrested in Operacion Limpieza who died in custody", "at least")
    d.ev("No office investigated the legality of security force killings.", "investigation", Y,
         polarity="negated")
    B = "members of the political movement Citizens for Innovation (CI) reported"
    d.ev(B, "other", "2023-10", source=CI)  # forced disappearances reported in October
    d.fig("unable to account for between 20 and 50 CI members", 20,
          "CI members unaccounted for", value_end=50)


def section_1_c(d: CollectionTestDoc) -> None:
    d.ent("organization", MININT, "Ministry of Interior")
    d.ent("place", "Malabo")
    d.ent("person", "Anacleto Micha", "Micha")
    d.ent("place", "Spain")
    d.ent("person", "Nicholas Obama Nchama")
    d.ent("person", "Carmelo Ovono Obiang", "Didi")
    d.ent("person", "Isaac Nguema Endo")
    d.ent("place", "South Sudan")
    d.ent("person", OBIANG)
    d.not_entity("Black Beach Prison", "Oveng Asem Prison", "Iron Fist Sergeant")
    d.ev("there were credible reports government officials employed them", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Police tortured activists, members of opposition parties, and former government",
         "torture_or_abuse", Y)
    d.ev("Lawyers and other observers who visited prisons and jails reported serious abuses",
         "torture_or_abuse", Y)
    d.ev("Police reportedly beat and threatened detainees to extract information",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Local civil society organizations claimed security forces tortured detainees",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("in May, authorities placed him in solitary confinement without electricity",
         "torture_or_abuse", "2023-05", source="Anacleto Micha")
    # main clause "moved him to Black Beach Prison" (a transfer) before the relative's beating
    d.ev("After Micha’s conviction at trial, authorities moved him to Black Beach", "other", Y)
    d.ev("Opposition groups reported credible allegations of torture by security forces",
         "torture_or_abuse", Y, polarity="alleged")
    B = "In January, the Spanish judicial system filed charges against three Equatoguinean"
    d.ev(B, "charge", "2023-01")
    d.ev(B, "other", "2018", polarity="alleged")  # "for luring … into South Sudan in 2018"
    d.fig(B, 3, "Equatoguinean officials charged in Spain")
    d.fig(B, 2, "Spanish citizens lured and rendered")
    d.ev("According to the Spanish indictment, authorities allegedly tortured", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Police raped and sexually abused transgender women and girls", "torture_or_abuse", Y)
    d.fig("Up to 30 detainees commonly shared one toilet", 30,
          "detainees sharing one toilet", "up to")
    # t-gold31's dev census: "did not permit observers to monitor <facility>" → other, asserted
    d.ev("The government did not allow independent monitoring of prisons", "other", Y)


def section_1_d(d: CollectionTestDoc) -> None:
    d.ent("organization", MNS)
    d.ent("place", "South Africa")
    d.ent("place", "Cape Town")
    d.ent("person", "Trifonia Melibea Obono")
    d.ent("person", OBIANG)
    d.not_entity("Operacion Limpieza")
    d.prov("judicial determination of the legality of detention within 72 hours", "time_limit",
           72, "hours", "within 72 hours", "judicial determination of detention")
    d.ev("individuals were detained at the order of a senior executive", "detention_or_arrest",
         Y, polarity="alleged")
    d.ev("There were numerous reported cases of arbitrary arrests.", "detention_or_arrest", Y,
         polarity="alleged")
    d.ev("The government arbitrarily arrested immigrants, opposition members",
         "detention_or_arrest", Y)
    d.ev("Police detained foreign nationals and took them into custody", "detention_or_arrest", Y)
    d.ev("Reliable sources reported police abused, extorted, or detained legal",
         "torture_or_abuse", Y)
    B = "On February 9, authorities arrested two South African employees"
    d.ev(B, "detention_or_arrest", "2023-02-09")
    d.fig(B, 2, "South African oil-service employees arrested")
    B = "In early February, South African courts seized a yacht and two residences"
    d.ev(B, "other", "2023-02")
    d.ev(B, "detention_or_arrest", "2013")  # "for arbitrarily detaining … in 2013"
    d.fig(B, 2, "residences seized in Cape Town")
    d.ev("On August 16, authorities arrested writer, journalist, and activist",
         "detention_or_arrest", "2023-08-16")
    # "detained her for several days" … "later released": several days after August 16
    d.ev("Authorities later released her without charge.", "release", "2023-08")
    B = "On June 6, President Obiang released 109 youth arrested during the May 2022"
    d.ev(B, "release", "2023-06-06")
    d.ev(B, "detention_or_arrest", "2022-05")
    d.fig(B, 109, "youth released from the Operacion Limpieza arrests")


def section_1_egh(d: CollectionTestDoc) -> None:
    d.ent("organization", "Judicial Council")
    d.ent("organization", MININT, "Ministry of Interior")
    d.ent("organization", MNS)
    d.ent("organization", CI, "CI")
    d.ent("person", "Gabriel Nze Obiang")
    d.not_entity("Black Beach Prison", "Oveng Asem Prison", "Guantanamo")
    d.ev("The government prosecuted members of political movements and opposition groups",
         "trial", Y)
    B = "Some activists and political opposition members arrested in September 2022"
    d.ev(B, "release", Y)  # "while authorities released others"
    d.ev(B, "detention_or_arrest", "2022-09")
    B = "In June, authorities sentenced the CI leader Gabriel Nze Obiang to 29 years"
    d.ev(B, "conviction_or_sentence", "2023-06")
    d.ev(B, "other", "2022", polarity="alleged")  # "an alleged terrorist plot in 2022"
    d.ev("in the run-up to the November 2022 elections", "election_or_referendum", "2022-11")
    B = "Other party members received sentences of between nine and 29 years"
    d.ev(B, "conviction_or_sentence", Y)
    d.ev(B, "attack_or_threat", "2022-09")  # "during the September 2022 police assault"
    d.ev("Local activists reported the government surveilled activists abroad", "surveillance",
         Y)
    # "entered homes" (an act on a class) and "arrested alleged criminals" (a taxonomy verb)
    d.ev("security force members reportedly entered homes without required warrants",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Authorities reportedly monitored opposition members, NGOs, journalists",
         "surveillance", Y, polarity="alleged")
    d.ev("reported both covert and overt surveillance by security services", "surveillance", Y)
    d.ev("A local NGO reported authorities detained family members of LGBTQI+",
         "detention_or_arrest", Y)
    d.ev("In July, police raided the headquarters of an LGBTQI+ advocacy organization", "other",
         "2023-07")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2")
    d.ent("organization", "Ministry of Information, Press, and Radio")
    d.ent("organization", "AhoraEG")
    d.ent("place", "Gabon")
    d.ent("organization", "Somos Mas", "We Are More")
    d.ent("organization", "Department of State")
    d.ent("person", "Adjonguening")
    d.ent("organization", CI, "CI")
    d.ent("person", "Gabriel Nze Obiang")
    d.ent("person", "Joaquin Elo Ayeto")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "United Nations")
    # "removed them from their jobs": the taxonomy act of the sentence
    d.ev("In some cases, authorities reprimanded individuals, removed them from their jobs",
         "dismissal", Y)
    d.ev("activists reported electronic surveillance of their personal email accounts",
         "surveillance", Y)
    d.ev("During the year no incidents were reported of security forces detaining journalists",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("The government used criminal libel and slander laws to restrict public discussion",
         "censorship_or_blocking", Y)
    d.ev("The government restricted and disrupted access to the internet and censored",
         "censorship_or_blocking", Y)
    d.ev("In July, for example, the government approved an event organized", "other", "2023-07")
    d.prov("the government had to approve organizations or activities within two months",
           "time_limit", 2, "months", "within two months", "approval of organizations")
    d.fig("Only one labor organization was believed to be registered.", 1,
          "labor organizations registered")
    d.prov("The law limited the amount of funding civil society organizations could receive",
           "threshold", 53000, "XAF", "approximately 53,000 CFA francs ($88) per year",
           "funding of civil society organizations")
    d.ev("Multiple members of the opposition reported authorities delayed the renewal", "other",
         Y)
    B = "The government declined to issue a passport to activist and musician Adjonguening"
    d.ev(B, "other", "2018", polarity="negated")  # "since 2018"
    d.ev(B, "other", "2017", polarity="negated")  # "since 2017"
    d.ev("On September 19, a court banned Joaquin Elo Ayeto", "other", "2023-09-19")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2}


def eqguinea2023() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2023_equatorial-guinea", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_equatorial-guinea": eqguinea2023}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
