"""Build t-iaa2's blind SECOND annotation of Liberia 2010, Section 1 (a shared ecoi.net Markdown
report, the old layout), for inter-annotator agreement (issue 14, item 1).

``2010_liberia.jsonl`` here annotates Section 1 ("Respect for the Integrity of the Person") of
``usdos/2010_liberia.md``. It was made blind to the first annotation
(``tests/gold/shared/2010_liberia.jsonl``: neither it, nor its builder, nor its notes, nor the
system's output on the report were opened before this file was committed): every record below
was decided by hand, reading the section sentence by sentence, with docs/EVALUATION.md as the
only rule book; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives, ``PageDoc``), each anchor (at most 14 words) occurring
once in the document. The scope line's ``"ranges"`` is Section 1 only; entity mentions are kept
only inside it. The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2010_liberia.py
    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2010_liberia.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/second/2010_liberia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from second_gold import SecondPageDoc as Doc  # noqa: E402

import build_shared_gold  # noqa: E402

FILE = "usdos/2010_liberia.md"
Y = "2010"

#: the part annotated: Section 1, from its heading to Section 2's
PARTS = {"1": ("#### Section 1 Respect for the Integrity", "#### Section 2 Respect for Civil")}

LNP = "Liberia National Police"
AFL = "Armed Forces of Liberia"
MOJ = "Ministry of Justice"
BOC = "Bureau of Corrections"
ICRC = "International Committee of the Red Cross"


def entities(d: Doc) -> None:
    for name, *aliases in (
        ("Ellen Johnson Sirleaf", "Sirleaf"), ("George W. Blamoh", "Blamoh"),
        ("Togbah Mulbah", "Mulbah"), ("Lexington Beh",),
    ):
        d.ent("person", name, *aliases)
    for name, *aliases in (
        (LNP, "LNP"), (AFL, "AFL"), ("Liberian Agricultural Company",),
        ("Professional Standards Division",), (MOJ,), ("House",),
        ("Congress for Democratic Change",), (ICRC, "ICRC"), (BOC,), ("United Nations", "UN"),
        ("UN Mission in Liberia", "UNMIL"), ("Human Rights Division",),
        ("National Bureau of Investigation",), ("UN international police", "UNPOL"),
        ("UN Formed Police Units",), ("Special Security Service",),
        ("Women's and Children's Protection Section", "WCPS"), ("Police Support Unit",),
        ("Emergency Response Unit", "ERU"), ("Liberian Coast Guard",), ("Fast Track Court",),
        ("Land Commission",),
    ):
        d.ent("organization", name, *aliases)
    for name in ("Grand Bassa County", "Harper", "Maryland County", "Paynesville", "Lofa County",
                 "Voinjama", "Monrovia", "Sanniquellie", "Montserrado County", "Ganta",
                 "Nimba County"):
        d.ent("place", name)
    # facilities: no place mention inside them
    d.not_entity("Monrovia Central Prison", "Zwedru Correctional Palace",
                 "Robertsport and Voinjama facilities")


def section_1(d: Doc) -> None:
    d.sec("1.a")
    d.ev("The government or its agents did not commit any politically motivated killings",
         "killing", Y, polarity="negated")
    d.ev("on February 27, an LNP officer shot and killed a man", "killing", "2010-02-27")
    d.ev("The killing led to mob violence in which a crowd doused", "attack_or_threat",
         "2010-02-27")
    d.ev("The officer died of his injuries.", "killing", "2010-02-27")
    d.ev("was also injured and died on March 10", "killing", "2010-03-10")
    d.ev("Seven persons were charged with murder and were on trial", "charge", Y)
    d.fig("Seven persons were charged with murder and were on trial", 7,
          "persons charged with the officer's murder")
    d.ev("In April three AFL soldiers were accused of killing two civilians", "killing",
         "2010-04", polarity="alleged")
    d.fig("In April three AFL soldiers were accused of killing two civilians", 3,
          "soldiers accused of killing civilians")
    d.fig("In April three AFL soldiers were accused of killing two civilians", 2,
          "civilians killed")
    d.ev("The case was dismissed due to lack of evidence, and the soldiers", "acquittal", Y)
    d.ev("In June eight security officers of the Liberian Agricultural Company", "acquittal",
         "2010-06")
    d.ev("were acquitted of the July 2009 beating to death of a man", "killing", "2009-07")
    d.fig("In June eight security officers of the Liberian Agricultural Company", 8,
          "security officers acquitted")
    d.ev("There were reports of ritualistic killings in which body parts", "killing", Y,
         polarity="alleged")
    d.ev("Protests against such killings occurred and sometimes resulted in riots", "protest", Y)
    d.ev("In March police arrested 18 suspects in connection with the November 2009",
         "detention_or_arrest", "2010-03")
    d.ev("the November 2009 suspected ritualistic killing of a pregnant woman", "killing",
         "2009-11", polarity="alleged")
    d.fig("In March police arrested 18 suspects in connection", 18,
          "suspects arrested over a ritual killing")
    d.ev("To lead the investigation, local authorities hired a", "investigation", Y)
    d.ev("The minister of justice intervened to bring the investigation", "other", Y)
    d.fig("nine of the suspects were awaiting trial at year", 9,
          "suspects awaiting trial")
    d.ev("There were no developments in the July 2009 case", "killing", "2009-07")
    d.ev("There was one reported incidence of mob violence during the year",
         "attack_or_threat", Y)
    d.fig("There was one reported incidence of mob violence during the year", 1,
          "incidents of mob violence")
    d.ev("In April a mob beat to death two men allegedly involved", "killing", "2010-04")
    d.fig("In April a mob beat to death two men allegedly involved", 2,
          "men beaten to death by a mob")
    d.ev("On February 26, the body of a missing Christian girl was found", "killing",
         "2010-02-26")
    d.ev("Subsequent riots between members of the predominantly Christian Lorma", "killing",
         "2010-02-26")
    d.fig("resulted in four deaths and 18 injuries", 4, "deaths in the Lofa riots")
    d.fig("resulted in four deaths and 18 injuries", 18, "injuries in the Lofa riots")
    d.ev("Eight persons were arrested in connection with the riots", "detention_or_arrest", Y)
    d.fig("Eight persons were arrested in connection with the riots", 8,
          "persons arrested after the riots")

    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ev("there were reports that police officers and other security officials employed them",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In June the LNP began conducting performance appraisals", "other", "2010-06")
    d.ev("On March 3, LNP officers beat a foreign citizen", "torture_or_abuse", "2010-03-03")
    d.ev("where she was beaten again but never arrested", "torture_or_abuse", "2010-03-03")
    d.ev("the LNP returned her camera and apologized", "other", Y)
    d.ev("In May Representative George W. Blamoh allegedly beat an LNP officer",
         "attack_or_threat", "2010-05", polarity="alleged")
    d.ev("An investigation was completed and submitted to the Ministry of Justice",
         "investigation", Y)
    d.ev("On July 10, Deputy Speaker of the House Togbah Mulbah allegedly ordered",
         "attack_or_threat", "2010-07-10", polarity="alleged")
    d.ev("surrounded Mulbah", "protest", "2010-07-11")
    d.ev("an 11-count indictment was issued in July", "charge", "2010-07")
    d.fig("an 11-count indictment was issued in July", 11, "counts of the indictment")
    d.ev("In April the government conducted a national conference", "other", "2010-04")

    d.fig("conditions in the country's 15 prisons and detention centers", 15,
          "prisons and detention centers")
    d.ev("the Bureau of Corrections undertook rehabilitation activities", "other", Y)
    d.ev("The ICRC also conducted an assessment on access to medical care", "other", Y)
    d.fig("The ICRC also conducted an assessment on access to medical care", 15,
          "prisons and detention facilities assessed")
    d.ev("following the prison break which occurred during the February 26 violence", "other",
         "2010-02-26")
    d.fig("half the country's 1,524 prisoners were held", 0.5,
          "share of prisoners held at Monrovia Central Prison", source=BOC)
    d.fig("half the country's 1,524 prisoners were held", 1524, "prisoners", source=BOC)
    d.fig("The total prison population included 31 women and 69 juveniles", 31,
          "women in prison")
    d.fig("The total prison population included 31 women and 69 juveniles", 69,
          "juveniles in prison")
    d.ev("some counties without adequate prison facilities transferred their prisoners",
         "other", Y)
    d.ev("Bureau of Corrections visited prisons to monitor conditions", "other", Y)
    d.ev("The ICRC visited all of the 15 prisons and detention centers", "other", Y)
    d.fig("The ICRC visited all of the 15 prisons and detention centers", 15,
          "prisons and detention centers visited by the ICRC")
    d.ev("In July UNMIL, in collaboration with the Ministry of Justice", "other", "2010-07")

    d.sec("1.d")
    d.fig("An estimated 8,100 UNMIL peacekeepers and 1,300 UNPOL officers", 8100,
          "UNMIL peacekeepers", "approximately")
    d.fig("An estimated 8,100 UNMIL peacekeepers and 1,300 UNPOL officers", 1300,
          "UNPOL officers", "approximately")
    d.fig("Approximately 460 UNPOL officers and 845 officers", 460,
          "UNPOL officers assisting the LNP", "approximately")
    d.fig("Approximately 460 UNPOL officers and 845 officers", 845,
          "officers of the Formed Police Units assisting the LNP", "approximately")
    d.fig("During the year 293 LNP officers were recruited", 293,
          "LNP officers recruited and deployed")
    d.fig("a total of 4,039 LNP officers were in country", 4039, "LNP officers")
    d.fig("with 1,233 deployed outside of Monrovia", 1233,
          "LNP officers deployed outside Monrovia and Montserrado")
    d.fig("There were 45 LNP Women", 45, "WCPS offices")
    d.fig("offices with 21 of them outside of Montserrado County", 21,
          "WCPS offices outside Montserrado County")
    d.fig("At the end of the year 150 new officers were in training", 150,
          "new officers in training for the Police Support Unit")
    d.fig("to join the 148-member unit", 148, "members of the Police Support Unit")
    d.fig("The ERU increased its membership from 288 officers", 288,
          "ERU officers at the end of 2009")
    d.fig("The ERU increased its membership from 288 officers", 331, "ERU officers")
    d.ev("In October the LNP created an inspectorate", "other", "2010-10")
    d.ev("The Liberian Coast Guard was commissioned in February", "other", "2010-02")
    d.fig("The guard consisted of 50 members by year", 50, "members of the Coast Guard")
    d.prov("either be charged or released within 48 hours", "time_limit", 48, "hours",
           "within 48 hours")
    d.fig("An estimated 85 percent of prisoners were pretrial detainees", 85,
          "share of prisoners in pretrial detention", "approximately", unit="percent")
    d.fig("858 of whom were released during the year", 858,
          "pretrial detainees released through the Fast Track Court")
    d.ev("858 of whom were released during the year", "release", Y)
    d.ev("Beginning in February the Ministry of Justice", "release", "2010-02")

    d.sec("1.e")
    d.ev("The Professional Magistrates Training Program began in March", "other", "2010-03")
    d.ev("There were no reports of political prisoners or detainees.",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("On September 16, legislation was passed to establish a commercial court",
         "law_or_decree", "2010-09-16")
    d.ev("On July 26, President Sirleaf declared that the government", "other", "2010-07-26")


def liberia() -> Doc:
    d = Doc("2010_liberia", FILE, 2010, PARTS)
    entities(d)
    section_1(d)
    return d


DOCS = {"2010_liberia": liberia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
