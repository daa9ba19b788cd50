"""Build the hand-made DEV gold file for Slovakia 2024 (a page of the public collection).

``2024_slovakia.jsonl`` annotates ``html/2024/slovakia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2024/slovakia.html`` by ``scripts/collection.sh``: the
2024 edition, whose outline has three broad sections ("Section 1." Life, "Section 2." Liberty,
"Section 3." Security of the Person) with lettered topics under each, grouped by their number as
the 2024 Liberia gold does (``GROUPS`` of ``build_whole_gold_liberia2024.py``; no group
``5-7``). Split ``dev``, annotated with the method of the 2024 Jordan, Montenegro, Thailand
and Romania builders (``CollectionDevDoc`` of ``collection_gold.py``): every record below was
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

PLATFORM = "Platform for the Promotion of Press Freedom and Safety of Journalists"
ICJK = "Investigative Center of Jan Kuciak"
MLSAF = "Ministry of Labor, Social Affairs, and Family"
PGO = "Prosecutor General's Office"
UNHCR = "Office of the UN High Commissioner for Refugees"
CUJRC = "Central Union of Jewish Religious Communities in the Slovak Republic"
KOTLEBA = "Kotleba – People's Party Our Slovakia"
REPORTS = ("Trafficking in Persons Report", "International Religious Freedom Report")

#: the groups annotated whole so far (in annotation order); GROUPS: the 2024 outline's groups
DONE = ["exec", "1", "2", "3-4"]


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: CollectionDevDoc) -> None:
    d.sec("3.a")
    d.ent("organization", "Prosecutor General's Office", "PGO")
    d.ent("organization", "Bureau of the Inspection Service")
    d.ent("organization", "Ministry of Interior")
    d.not_entity("UN Convention on the Rights of the Child")
    d.ev("but there were reports that government officials employed them in some cases",
         "torture_or_abuse", Y, polarity="alleged")
    # a completed act of the year ("during the year") that the NGOs reported
    d.ev("noted that authorities made some improvements during the year", "other", Y,
         source="NGOs")
    # a month-labelled report as the subject: its clause is dated by it; the findings keep the
    # occurrence's type (abuse of children held in the centers)
    d.ev("A January Prosecutor General’s Office (PGO) report on government-run",
         "torture_or_abuse", "2024-01", source=PGO)
    # the PGO's assessment of that mistreatment and of the children's rights: no occurrence
    B = "In May, the minister of labor, social affairs, and family decided to close"
    d.ev(B, "other", "2024-05")
    d.fig(B, 2, "re-education centers to be closed")
    d.fig(B, 13, "re-education centers")
    # investigations dropped by the inspection service (charges dropped are other)
    d.ev("dismissed or discontinued most investigations into cases involving injuries",
         "other", Y)

    d.sec("3.b")
    d.ent("organization", "National Labor Inspectorate", "NLI")
    d.ent("organization", "Social Insurance Company")
    d.prov("The minimum age for employment was 15 for all sectors", "threshold", 15, "age",
           "15", "employment")
    B = "The law did not permit children younger than 16 to work"
    d.prov(B, "threshold", 16, "age", "younger than 16", "working hours of minors")
    d.prov(B, "prohibition", 30, "hours", "more than 30 hours per week on average",
           "workweek of children under 16")
    d.prov(B, "threshold", 18, "age", "younger than 18", "working hours of minors")
    d.prov(B, "prohibition", 37.5, "hours", "37.5 hours per week",
           "workweek of children under 18")
    d.prov("The law did not allow children younger than 18 to work underground", "threshold",
           18, "age", "younger than 18", "underground work and overtime")
    # a standing function with a taxonomy verb (settled 2026-12-17): a summary event
    d.ev("received and investigated child labor complaints", "investigation", Y)
    # "monitored ... compliance"; the "If a unit found a violation" procedure: no event
    d.prov("The legal minimum age for marriage was 18 and authorities", "threshold", 18, "age",
           "18", "marriage")
    d.prov("In exceptional cases, a court could allow marriage at 16", "threshold", 16, "age",
           "at 16", "marriage with court permission")

    d.sec("3.c")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", "Migration Office")
    d.ent("organization", "Slovak Humanitarian Council")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Center for Legal Aid")
    # cooperation, monitoring and legal advice: no event
    d.ev("noted the Migration Office applied a restrictive asylum policy",
         "asylum_or_citizenship_decision", Y, source="civil society organizations")
    d.fig("One-third of asylum seekers left the country before the Migration", 1 / 3,
          "share of asylum seekers who left before a decision")

    d.sec("3.d")
    d.ent("organization", CUJRC)
    d.ent("organization", "Smer")
    d.ent("organization", "Hlas")
    d.ent("organization", "Parliament")
    d.ent("organization", "Prime Minister's Office")
    d.ent("organization", "Council of Advisors to the Prime Minister")
    d.ent("person", "Lubos Blaha")
    d.ent("person", "Matus Sutaj-Estok")
    d.ent("person", "Juraj Gedra")
    d.ent("person", "Erik Kalinak")
    d.ent("person", "Robert Kalinak", "Kalinak")
    d.ent("person", "Danny Kollar", "Kollar")
    d.ent("person", "Robert Fico", "Fico")
    d.ent("place", "United Kingdom")
    d.ent("place", "Slovakia")
    d.ent("organization", "YouTube")
    d.ent("organization", "Facebook")
    d.ent("organization", "Hlinka Guard")
    d.ent("organization", "Specialized Criminal Court")
    d.ent("place", "Pezinok")
    d.ent("person", "Marian Magat", "Magat")
    d.ent("organization", KOTLEBA, search=("Kotleba's – People's Party Our Slovakia",))
    d.ent("organization", "Supreme Court")
    d.ent("person", "Jozef Tiso", "Tiso")
    d.ent("place", "Rajec")
    d.ent("place", "Bytca")
    d.ent("organization", "Administrative Court")
    d.ent("place", "Banska Bystrica")
    d.ent("place", "Varin")
    d.ent("organization", "Department of State")
    d.not_entity(*REPORTS)
    B = "According to the 2021 census, there were 2,000 Jews in the country"
    d.ev(B, "report_published", "2021")
    d.fig(B, 2000, "Jews in the country (2021 census)")
    d.fig(B, 5000, "Jewish population estimated by the Central Union", "approximately",
          source=CUJRC)
    # "spread antisemitic messages": an act outside the taxonomy on a class, no event
    d.fig("Organized neo-Nazi groups with an estimated 500 active members", 500,
          "active members of neo-Nazi groups", "approximately")
    # a reaction of named critics to particular officials' acts; the next sentence is its
    # argument (no occurrence of its own)
    d.ev("Experts and watchdog organizations criticized senior representatives", "other", Y,
         source="experts and watchdog organizations")
    B = "After YouTube removed Kollar’s channel on June 3"
    d.ev(B, "censorship_or_blocking", "2024-06-03")
    d.ev(B, "other", Y, source="Robert Kalinak")
    # one date expression, one record: the statement of intent (dated announcements: other);
    # the UK decision it follows has no date of its own
    B = "In October, Kalinak said his private law firm could take over"
    d.ev(B, "other", "2024-10", source="Robert Kalinak")
    d.fig(B, 3, "warrants issued in Slovakia against Kollar")
    # the April 7 video is an occurrence cited with its day; the experts' denunciation keeps
    # the report year
    B = "Separately, experts denounced Prime Minister Fico’s use of lyrics"
    d.ev(B, "other", "2024-04-07")
    d.ev(B, "other", Y, source="experts")
    B = "On January 25, the Specialized Criminal Court in Pezinok convicted Marian Magat"
    d.ev(B, "conviction_or_sentence", "2024-01-25", place="Pezinok")
    d.pen("prison", 6, "years", "six years in prison")
    # the rest of the dated verdict; the book is a publication cited with its year
    B = "The judge found Magat guilty on 43 counts"
    d.ev(B, "conviction_or_sentence", "2024-01-25")
    d.ev(B, "report_published", "2020")
    d.fig(B, 43, "counts of extremist crimes")
    # a verdict overturned and a retrial ordered: neither conviction nor acquittal
    d.ev("the Supreme Court overturned the verdict on April 30 and ordered a retrial",
         "other", "2024-04-30")
    # "remained in custody as the trial was pending": a state; the approval of the fascist
    # state "occurred often": habitual
    d.ev("organized an annual memorial pilgrimage on April 19 from Rajec to Bytca", "other",
         "2024-04-19")
    d.ev("On June 26, the Administrative Court in Banska Bystrica ordered the village",
         "other", "2024-06-26", place="Varin")


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
    # threats it includes do (typed by the first item naming an occurrence, 2026-12-06)
    d.ev("Significant human rights issues included credible reports of", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("The government generally took credible steps to identify and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", PLATFORM)
    d.ent("organization", ICJK, "ICJK")
    d.ent("organization", "Reporters Without Borders")
    d.ent("organization", "Let's Stop Corruption Foundation")
    d.ent("person", "Zuzana Petkova")
    d.ent("person", "Dominik Papala")
    d.ent("person", "Robert Fico", "Fico")
    d.ent("person", "Peter Bardy", "Bardy")
    d.ent("organization", "Aktuality")
    d.ent("organization", "RTVS")
    d.ent("organization", "STVR")
    d.ent("person", "Tomas Taraba")
    # "routinely threatened or intimidated journalists": a practice told by frequency, no event
    d.prov("The law prohibited the defamation of nationalities and race, punishable",
           "penalty", 3, "years", "up to three years in prison", "defamation of nationalities")
    # mixed units: the start of the range (the 2024 Montenegro gold)
    d.prov("which carried a prison sentence of six months to three years", "penalty", 6,
           "months", "six months to three years", "Holocaust denial")
    # a body established, cited with its year (occurrences cited in a noun phrase, 2026-12-08)
    d.ev("In 2023, the government established the Platform for the Promotion", "other", "2023")
    # one date expression, one record: the announced suspension (the announcer's own act done);
    # the replacement it follows has no date of its own
    d.ev("In September, the ICJK and Reporters Without Borders announced they had suspended",
         "other", "2024-09", source=ICJK)
    # a reaction of named actors to one specific appointment
    d.ev("signaled their concerns that the appointment lacked professional criteria", "other",
         Y, source=ICJK)
    # a negation running "since" a date takes that date (2026-12-06)
    d.ev("As of December, the platform had not convened since at least June.", "other",
         "2024-06", polarity="negated")
    d.ev("Government officials verbally attacked journalists and encouraged their supporters",
         "attack_or_threat", Y)
    # a count over a stated period: an event of that period
    B = "recorded 48 incidents targeting journalists between January 1 and July 9"
    d.ev(B, "attack_or_threat", "2024-01-01", date_end="2024-07-09", source=ICJK)
    d.fig(B, 48, "incidents targeting journalists recorded by the ICJK", source=ICJK)
    # the counted incidents named again ("These"), told by a predicate of their own: the period
    B = "These included 34 instances of verbal threats or online harassment"
    d.ev(B, "attack_or_threat", "2024-01-01", date_end="2024-07-09", source=ICJK)
    d.fig(B, 34, "verbal threats or online harassment", source=ICJK)
    d.fig(B, 7, "stalking or harassment cases", source=ICJK)
    d.fig(B, 2, "strategic lawsuits or legal threats", source=ICJK)
    d.fig(B, 1, "death threat", source=ICJK)
    # who was responsible: a state of the counted incidents, figures only
    B = "In 12 cases, politicians were responsible for the incidents"
    d.fig(B, 12, "incidents by politicians", source=ICJK)
    d.fig(B, 3, "incidents linked to politically affiliated persons", source=ICJK)
    # an undated increase is a trend; the month-labelled attempt is an event of its month
    d.ev("especially following the May assassination attempt against Prime Minister",
         "attack_or_threat", "2024-05")
    B = "harassers targeted women journalists in 29 of them"
    d.ev(B, "attack_or_threat", "2024-01-01", date_end="2024-07-09", source=ICJK)
    d.fig(B, 29, "incidents targeting women journalists", source=ICJK)
    # the suit, announced in October (a civil suit: other; defamation suits are open)
    B = "In October, Peter Bardy, the editor in chief of Aktuality"
    d.ev(B, "other", "2024-10", source="Peter Bardy")
    d.ev(B, "report_published", "2023")
    # the rest of the suit (its claim and demand), told by the same source
    B = "According to Bardy, Fico claimed he had exclusive rights"
    d.ev(B, "other", "2024-10", source="Peter Bardy")
    d.fig(B, 100000, "compensation demanded from Bardy and the publisher", unit="EUR",
          source="Peter Bardy")
    d.fig(B, 109000, "compensation demanded from Bardy and the publisher in dollars",
          unit="USD", source="Peter Bardy")
    d.ev("In June, parliament passed a law overhauling the public broadcaster RTVS",
         "law_or_decree", "2024-06")
    # a reaction to the June law by unnamed critics (one specific law, not criticism in general)
    B = "Critics argued the government’s control of the broadcaster’s nine-member"
    d.ev(B, "other", Y, source="critics")
    d.fig(B, 9, "members of the broadcaster's oversight council")
    d.ev("In August, an STVR journalist claimed newsroom leadership intervened",
         "censorship_or_blocking", "2024-08", polarity="alleged", source="STVR journalist")
    d.ev("reported instances of intimidation after the interim STVR director implemented",
         "attack_or_threat", Y, source="STVR correspondents")
    # concerns about a trend; an undated report of a state: no event

    d.sec("2.b")
    d.ent("organization", "Department of State")
    d.ent("organization", "National Labor Inspectorate", "NLI")
    d.ent("organization", MLSAF)
    d.not_entity(*REPORTS)
    B = "The law mandated a maximum workweek of 48 hours, including overtime"
    d.prov(B, "prohibition", 48, "hours", "48 hours", "maximum workweek")
    d.prov(B, "prohibition", 56, "hours", "56 hours", "maximum workweek in health care")
    # "responded to workers' OSH complaints": a standing function, no event
    # the labor inspectorate's inspections told in the simple past (a summary statement)
    d.ev("The NLI enforced these laws and conducted inspections effectively.",
         "investigation", Y)
    # "monitored compliance", "provided key information": functions and services, no event
    d.ev("The NLI also ran a limited awareness campaign targeting workers", "other", Y)
    d.fig("Experts estimated the informal sector accounted for up to 15 percent", 15,
          "informal sector's share of GDP", "up to", unit="percent", source="experts")

    d.sec("2.c")
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")


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


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": section_3}


def slovakia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2024_slovakia", FILE, 2024, GROUPS, DONE, PART_BUILDERS)


DOCS = {"2024_slovakia": slovakia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
