"""Build t-iaa3's blind SECOND annotation of Angola 2008, Section 2 (a shared ecoi.net Markdown
report, the old layout), for inter-annotator agreement (issue 14, item 1).

``2008_angola.jsonl`` here annotates Section 2 ("Respect for Civil Liberties") of
``usdos/2008_angola.md``. It was made blind to the first annotation
(``tests/gold/shared/2008_angola.jsonl``: neither it, nor its builder, nor its notes, nor the
system's output on the report were opened before this file was committed): every record below
was decided by hand, reading the section sentence by sentence, with docs/EVALUATION.md as the
only rule book; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives, ``PageDoc``), each anchor (at most 14 words) occurring
once in the document. The scope line's ``"ranges"`` is Section 2 only; entity mentions are kept
only inside it. The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2008_angola.py
    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2008_angola.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/second/2008_angola.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from second_gold import SecondPageDoc as Doc  # noqa: E402

import build_shared_gold  # noqa: E402

FILE = "usdos/2008_angola.md"
Y = "2008"

#: the part annotated: Section 2, from its heading to Section 3's
PARTS = {"2": ("#### Section 2 Respect for Civil Liberties", "#### Section 3 Respect for Political")}

OPP = "opposition parties"


def entities(d: Doc) -> None:
    for name, *aliases in (
        ("Jose Fernando Lelo", "Fernando Lelo", "Lelo"), ("Graca Campos", "Campos"),
        ("Armando Chikoca", "Chikoca", "Chicoka", "Armando"), ("Boavida Neto",),
        ("Zacarias", "Dom Zacarias"),
    ):
        d.ent("person", name, *aliases)
    for name, *aliases in (
        ("National Television of Angola", "TPA"), ("National Radio",),
        ("Angola Public Television",), ("Jornal de Angola",), ("Human Rights Watch",),
        ("Media Institute of Southern Africa",), ("Armed Forces of Angola", "FAA"),
        ("Front for the Liberation of the Enclave of Cabinda", "FLEC"), ("Radio Ecclesia",),
        ("Popular Movement for the Liberation of Angola", "MPLA"),
        ("National Union for the Total Independence of Angola", "UNITA"),
        ("Forum of Political Women",), ("Ministry of Justice",), ("Ministry of Culture",),
        ("United Nations", "UN"), ("Office of the UN High Commissioner for Refugees", "UNHCR"),
        ("International Organization for Migration", "IOM"),
        ("Ministry of Assistance and Social Reinsertion", "MINARS"),
    ):
        d.ent("organization", name, *aliases)
    for name in ("Luanda", "Namibe", "Lubango", "Cabinda"):
        d.ent("place", name)
    # a treaty and a publication: no body inside them
    d.not_entity("UN Convention relating to the Status of Refugees",
                 "International Religious Freedom Report")


def section_2(d: Doc) -> None:
    d.sec("2.a")
    d.ev("authorities cancelled live radio call-in shows in the weeks leading up",
         "censorship_or_blocking", "2008-09")
    d.ev("suspended a leading anchorman of a prime news program without pay", "dismissal", Y)
    d.dur(4, "months", "four months")
    d.fig("There were six privately owned weekly newspapers and four Luanda-based", 6,
          "privately owned weekly newspapers")
    d.fig("There were six privately owned weekly newspapers and four Luanda-based", 4,
          "Luanda-based commercial radio stations")
    d.ev("The 2006 press law ended the state monopoly on television", "law_or_decree", "2006")
    d.ev("implementing legislation had not been passed by year's end", "law_or_decree", Y,
         polarity="negated")
    d.ev("During the year Human Rights Watch and the Media Institute", "other", Y,
         source="Human Rights Watch")
    d.ev("During the year authorities arrested, harassed and intimidated journalists.",
         "detention_or_arrest", Y)
    d.ev("During the year the government accused former reporter Fernando Lelo", "charge", Y)
    d.pen("prison", 8, "years", "eight years' imprisonment")
    d.fig("for encouraging five FAA soldiers to desert the FAA", 5,
          "FAA soldiers encouraged to desert")
    d.ev("In October 2007 security forces imprisoned Graca Campos", "detention_or_arrest",
         "2007-10")
    d.ev("Campos, who was charged with defamation, was sentenced to eight months",
         "conviction_or_sentence", Y)
    d.pen("prison", 8, "months", "eight months in prison")
    d.fig("fined an unprecedented 18,750,000 kwanzas", 18750000, "fine imposed on Campos",
          unit="AOA")
    d.fig("fined an unprecedented 18,750,000 kwanzas", 250000,
          "fine imposed on Campos, in dollars", unit="USD")
    d.ev("Campos was tried in absentia, after repeated unheeded summonses", "trial", Y)
    d.ev("it was declared a mistrial in November 2007", "other", "2007-11")
    d.ev("Media and civil society groups strongly criticized the government's legal",
         "other", Y)
    d.ev("Campos was freed on bail and awaited a new trial", "release", Y)
    d.ev("In December 2007 the provincial court of Namibe found Radio Ecclesia",
         "conviction_or_sentence", "2007-12")
    d.pen("prison", 1, "months", "one month in prison")
    d.ev("During a December 2007 interview on state-run radio", "other", "2007-12")
    d.ev("Human rights activists condemned the arrest", "other", Y)
    d.ev("on January 3, Catholic Archbishop of Lubango Dom Zacarias apologized", "other",
         "2008-01-03")
    d.ev("Armando served the sentence and was dismissed from his job.", "dismissal", Y)
    d.ev("security forces interfered with journalists' attempts to take pictures",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("The government refused to issue visas to a number of Portuguese journalists",
         "censorship_or_blocking", Y)
    d.ev("authorities prevented a foreign news crew from filming railroad construction",
         "censorship_or_blocking", Y)
    d.ev("there were reports that the government monitored Internet chat rooms",
         "surveillance", Y, polarity="alleged")

    d.sec("2.b")
    d.prov("The law requires written notification to the local administrator three days",
           "requirement", 3, "days", "three days")
    d.ev("During the electoral period, numerous opposition parties reported that local",
         "other", "2008-09", source=OPP)
    d.ev("They also reported that the ruling MPLA reserved public spaces", "other", "2008-09",
         source=OPP)
    d.ev("On August 6, in Namibe, authorities denied space reserved and paid", "other",
         "2008-08-06")
    d.ev("In March 2007 the municipal administrator denied the Forum of Political Women",
         "other", "2007-03")
    d.fig("a nonpartisan group with membership from 13 political parties", 13,
          "political parties in the Forum of Political Women")
    d.ev("Following media pressure, the local government granted permission at another",
         "other", Y)
    d.ev("on the day of the scheduled event, the market administrator denied permission",
         "other", Y)
    d.ev("While municipal authorities apologized for what they called a bureaucratic delay",
         "other", Y)

    d.sec("2.c")
    d.prov("they must have at least 100,000 adherents", "threshold", 100000, "adherents",
           "at least 100,000 adherents")
    d.ev("During a November 2007 visit, the UN Special Rapporteur", "other", "2007-11")
    d.fig("The government legally recognized 85 denominations", 85,
          "religious denominations legally recognized")
    d.fig("800 other religious denominations had pending registration applications", 800,
          "religious denominations with pending registration applications")
    d.fig("The government continued its ban on 17 religious groups in Cabinda", 17,
          "religious groups banned in Cabinda")
    d.fig("There was a Jewish community of approximately 350 persons", 350,
          "members of the Jewish community", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("see the 2008 International Religious Freedom Report", "report_published", Y)

    d.sec("2.d")
    d.ev("The government and private security companies restricted access to designated",
         "other", Y)
    d.ev("A 2006 joint assessment by the government, UN, and foreign governments",
         "report_published", "2006")
    d.fig("estimated that 100,000 IDPs remained unsettled from the civil war", 100000,
          "IDPs unsettled from the civil war", "approximately",
          source="joint assessment by the government, UN, and foreign governments")
    d.ev("it also granted refugee status or asylum", "asylum_or_citizenship_decision", Y)
    d.ev("In March 2007 the government and UNHCR closed the official repatriation",
         "other", "2007-03")
    d.fig("the right of return for more than 200,000 refugees", 200000,
          "refugees remaining outside the country", "more than")


def angola() -> Doc:
    d = Doc("2008_angola", FILE, 2008, PARTS)
    entities(d)
    section_2(d)
    return d


DOCS = {"2008_angola": angola}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
