"""Build the hand-made TEST gold file for Chile 2022 (a page of the public collection).

``2022_chile.jsonl`` annotates ``html/2022/chile.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2022/chile.html`` by ``scripts/collection.sh``: the 2022
edition, classic seven-section layout. Split ``test`` (nobody tunes on it; only aggregates are
read), annotated blind (round t-gold35, 2026-12-31) with the method of
``build_whole_gold_croatia2019.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence by the written rules of
docs/EVALUATION.md before the system was ever run on the page; the script only turns the decisions
into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor occurring once in
the document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_chile2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_chile2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_chile.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2022/chile.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4"]

CARAB = "Carabineros"
PDI = "Investigative Police"
INDH = "National Institute of Human Rights"
MOI = "Ministry of the Interior and Public Security"
PPO = "Public Prosecutor’s Office"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", "Chile")
    d.ent("organization", CARAB)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("person", "Gabriel Boric")
    d.ent("organization", "Constitutional Convention")
    d.ent("organization", PDI, "PDI")
    d.ent("organization", MOI)
    # the election with the observers' verdict in its own sentence: one record, the election
    d.ev("In November 2021, the country held presidential elections", "election_or_referendum",
         "2021-11")
    B = "In December 2021, President-elect Gabriel Boric won a runoff election"
    d.ev(B, "election_or_referendum", "2021-12")
    d.ev(B, "other", "2022-03-11")  # "on March 11, assumed office": a date of its own
    # a draft constitution presented (a bill drafted or introduced is other)
    d.ev("On July 4, a Constitutional Convention presented the text", "other", "2022-07-04")
    B = "On September 4, 62 percent of the voters voted to reject"
    d.ev(B, "election_or_referendum", "2022-09-04")
    d.fig(B, 62, "percent of voters rejecting the proposed constitution", unit="percent")
    d.ev("There were reports members of the security forces committed abuses.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    # "took steps to identify, investigate, …": typed by the first step that names a type
    d.ev("The government took steps to identify, investigate, prosecute", "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("organization", PDI, "PDI")
    # the Public Ministry named three ways in the report: one body
    d.ent("organization", PPO, "National Prosecutor’s Office", "Prosecutor’s Office")
    d.ent("organization", "Supreme Court")
    d.ent("organization", INDH, "INDH")
    d.ent("place", "Rancagua")
    d.ent("place", "San Fernando")
    d.ent("place", "O’Higgins Region")
    d.ev("There were isolated reports that the government or its agents committed", "killing",
         Y, polarity="alleged")
    # a standing function with a taxonomy verb on a class of matters (N3): the year
    d.ev("investigated whether security force killings were justifiable", "investigation", Y)
    # a court upholding the dismissal of a charge: acquittal; the killing cited with its month
    B = "On January 25, the Supreme Court upheld a lower court decision"
    d.ev(B, "acquittal", "2022-01-25")
    d.ev(B, "killing", "2021-02")
    # the arrest and the death after it share the one date expression: one record
    d.ev("On June 20, Carabineros arrested a man in Rancagua", "detention_or_arrest",
         "2022-06-20")
    d.ev("The PDI investigated potential police involvement in the death.", "investigation", Y)
    B = "On July 30, prosecutors charged three Carabineros for abuse"
    d.ev(B, "charge", "2022-07-30")
    d.ev(B, "death_in_custody", "2021-10")  # "the October 2021 death" (a noun with its date)
    d.fig(B, 3, "Carabineros officers charged over a death in custody")
    # the October 2021 death retold (the same occurrence, the same man), alleged, its source
    d.ev("Carabineros allegedly choked the man and left him unconscious", "torture_or_abuse",
         "2021-10", polarity="alleged", source=INDH)
    d.ev("placed one officer in pretrial detention in October 2021", "charge", "2021-10")
    d.ev("Officials dismissed a fourth officer.", "dismissal", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.not_entity("Adolescent Life Residence")  # a facility
    d.ent("organization", "San Bernardo Criminal Court")
    d.ent("person", "Fabiola Campillai Rojas")
    d.ent("place", "Canela")
    d.ent("place", "Coquimbo Region")
    d.ent("place", "Araucania Region")
    # "occasional reports of": a frequency word on the reports, no event
    B = "On February 14, the INDH filed a criminal complaint"
    # a criminal complaint filed by a body that is no prosecutor: other (2023 Comoros, dev)
    d.ev(B, "other", "2022-02-14", source=INDH)
    # the attack on the adolescents, dated by its clause of time (a January 3 call)
    d.ev(B, "torture_or_abuse", "2022-01-03")
    d.fig(B, 3, "adolescents attacked by Carabineros")
    d.ev("On March 23, prosecutors accused a Carabineros sergeant", "charge", "2022-03-23")
    d.ev("In April 2021, the sergeant allegedly beat a detained man", "torture_or_abuse",
         "2021-04", polarity="alleged")
    # a measure on one person (a travel ban), no date: other of the year
    d.ev("The sergeant was prohibited from leaving the country", "other", Y)
    B = "the case regarding 10 members of the army charged with torture was open"
    d.fig(B, 10, "army members charged with torture")
    d.fig(B, 2, "soldiers in pretrial detention")
    d.fig(B, 8, "soldiers under house arrest")
    # a specific occurrence told without a date (the curfew named without its date): the year
    B = "During the COVID-19 curfew, the soldiers allegedly detained and bound five persons"
    d.ev(B, "detention_or_arrest", Y, polarity="alleged")
    d.fig(B, 5, "persons detained, bound and beaten by soldiers")
    B = "On September 1, the San Bernardo Criminal Court convicted"
    d.ev(B, "conviction_or_sentence", "2022-09-01")
    d.ev(B, "attack_or_threat", "2019")  # the tear gas canister fired at a protest in 2019
    d.fig("approximately 50 percent of prisons operating beyond maximum capacity", 50,
          "percent of prisons beyond maximum capacity", "approximately", unit="percent")
    # a standing function with a taxonomy verb (N3)
    d.ev("Prisoner and human rights groups investigated alleged abuse", "investigation", Y)
    # the request is a call about protocols (S5, no event); the April 7 occurrence is an event
    d.ev("INDH attorneys requested the prison service review", "torture_or_abuse", "2022-04-07")
    d.ev("In September 2021, prosecutors accused a prison guard", "charge", "2021-09")
    d.ev("generally investigated credible allegations of mistreatment", "investigation", Y)

    d.sec("1.d")
    d.prov("within 24 hours of arrest", "time_limit", 24, "hours", "within 24 hours")
    B = "On August 11, a criminal court convicted two Carabineros officers"
    d.ev(B, "conviction_or_sentence", "2022-08-11")
    d.ev(B, "torture_or_abuse", "2019")  # the beating and abandonment in 2019
    d.fig(B, 2, "Carabineros officers convicted of illegal detention")
    d.ent("place", "Negrete")

    d.sec("1.e")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ent("organization", "Inter-American Court of Human Rights")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("person", "Francisca Sandoval", "Sandoval")
    d.ent("organization", "Canal Senal 3 La Victoria")
    d.ent("place", "Barrio Meiggs")
    d.ent("place", "Santiago")
    d.ent("person", "Francisca Benavides Vera")
    d.ent("place", "Arica")
    # the death from a shooting at the demonstration: one date expression, one record
    d.ev("On May 1, journalist Francisca Sandoval died from injuries", "killing", "2022-05-01")
    # what media reported, a source of its own: the report year (settled 2026-12-13)
    d.ev("Media reported Sandoval was intentionally targeted", "attack_or_threat", Y,
         source="media")
    # a later step of another kind: the year
    d.ev("Police arrested the suspected shooter", "detention_or_arrest", Y)
    # a count of occurrences up to an as-of date: an event of the year
    B = "only two of nearly 300 recent cases of reported aggression"
    d.ev(B, "charge", Y)
    d.fig(B, 2, "cases of aggression towards journalists that led to formal charges")
    d.fig(B, 300, "recent cases of reported aggression towards journalists", "approximately")
    d.ev("There were no reported cases during the year.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("In September 2021, prosecutors charged Francisca Benavides Vera", "charge", "2021-09")
    # the "no credible reports" clause keeps its own negated event (N1)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("person", "Gabriel Boric")
    d.ent("organization", "Constitutional Convention")
    d.ev("In November 2021, the country held concurrent presidential", "election_or_referendum",
         "2021-11")
    B = "In December 2021, in free and fair elections, voters chose Gabriel Boric"
    d.ev(B, "election_or_referendum", "2021-12")
    d.ev(B, "other", "2022-03-11")  # "on March 11, he took office"
    d.ev("On July 4, the Constitutional Convention presented the text", "other", "2022-07-04")
    B = "On September 4, 62 percent of the voters rejected the proposed constitution"
    d.ev(B, "election_or_referendum", "2022-09-04")
    d.fig(B, 62, "percent of voters rejecting the proposed constitution", unit="percent")
    d.fig(B, 85, "percent of eligible voters casting ballots", "more than", unit="percent")

    d.sec("4")
    d.ent("person", "Miguel Angel Aguilera")
    d.ent("place", "San Ramon")
    d.ent("person", "Juan Miguel Fuente-Alba", "Fuente-Alba")
    d.ent("organization", PPO, "National Prosecutor’s Office", "Prosecutor’s Office")
    d.ent("person", "Karen Rojo")
    d.ent("place", "Antofagasta")
    d.ev("There were isolated reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    # the house arrest "as of September" is a state; the accusation has its own month
    d.ev("In July 2021, he was accused of repeated bribery", "charge", "2021-07")
    # a taxonomy verb in the simple past, no date: a summary statement of the year
    d.ev("Prosecutors brought charges against former army officials", "charge", Y)
    # a hearing scheduled for a day: the hearing, that day
    d.ev("A hearing for the preparation of an oral trial was scheduled", "trial", "2022-11-16")
    # a prosecutor's motion seeking a sentence: the accusation (charge); no date: the year
    d.ev("also filed a motion seeking a 10-year sentence", "charge", Y)
    d.ev("In an August 2021 pretrial hearing, prosecutors requested", "charge", "2021-08")
    d.ev("On July 13, the Prosecutor’s Office confirmed the arrest of Karen Rojo",
         "detention_or_arrest", "2022-07-13", source="Prosecutor’s Office")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4}


def chile2022() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2022_chile", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_chile": chile2022}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
