"""Build the hand-made DEV gold file for Gabon 2023 (a page of the public collection).

``2023_gabon.jsonl`` annotates ``html/2023/gabon.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2023/gabon.html`` by ``scripts/collection.sh``: the 2023
edition, classic seven-section layout (about 45,000 characters; the year of the August 30
coup d'etat). Split ``dev`` (the team may tune on it), annotated with the method of
``build_whole_gold_lebanon2023.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system
was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document (``prefix||anchor`` for the sentence that occurs twice). The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_gabon2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_gabon2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_gabon.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/gabon.html"
Y = "2023"
#: the coup d'etat, the date every "after the (August 30) coup d'etat" frame names
COUP = "2023-08-30"
#: the general elections, the date "the August 26 elections" names
VOTE = "2023-08-26"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Toward International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

TC = "Committee for the Transition and Restoration of Institutions"
MOHSA = "Ministry of Health and Social Affairs"
HAC = "High Authority for Communication"
PDG = "Gabonese Democratic Party"
DGDI = "Directorate General of Documentation and Immigration"


def common_entities(d: CollectionDevDoc) -> None:
    """Entities named in several groups (the first declaration counts)."""
    d.ent("organization", TC, "Transition Council")
    d.ent("person", "Ali Bongo Ondimba", "Ali Bongo", "Bongo")
    d.not_entity("International Religious Freedom Report", "Trafficking in Persons Report",
                 "Findings on the Worst Forms of Child Labor", "Investment Climate Statement",
                 "International Narcotics Control Strategy Report", "Transition Charter",
                 "Transitional Charter")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    common_entities(d)
    d.sec("5")
    d.ent("organization", "Department of State")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "National Human Rights Commission")
    d.ev("The Transition Council met with human rights organizations as part", "other", Y)
    d.ev("organized human rights training for government officials", "other", Y)

    d.sec("6")
    d.ent("organization", MOHSA)
    d.ent("organization", "World Health Organization")
    d.ent("organization", "UN Population Fund")
    d.not_entity("Gabon Demographic and Health Survey")
    d.prov("convicted rapists faced penalties of 10 to 20 years", "penalty", 10, "years",
           "10 to 20 years’ imprisonment", "rape", value_end=20)
    d.prov("Penalties ranged from two months’ to 15 years’ imprisonment.", "penalty", 2,
           "months", "two months’ to 15 years’ imprisonment", "domestic violence")
    d.prov("Sexual harassment was punishable by up to six months’ imprisonment", "penalty", 6,
           "months", "up to six months’ imprisonment", "sexual harassment")
    d.ev("The December 2022 conviction of a male teacher", "conviction_or_sentence", "2022-12")
    d.ev("There were no reports of the government failing to enforce the law", "other", Y,
         polarity="negated")
    d.fig("with openly LGBTQI+ women reportedly near 100 percent unemployment", 100,
          "unemployment among openly LGBTQI+ women", "approximately", unit="percent")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("The World Health Organization estimated the maternal mortality rate", 252,
          "maternal mortality rate (2017)", unit="deaths per 100,000 live births",
          source="World Health Organization")
    d.ev("According to the 2012 Gabon Demographic and Health Survey", "report_published",
         "2012")
    d.fig("According to the 2012 Gabon Demographic and Health Survey", 34,
          "share of maternal deaths among girls and women ages 15 to 19", unit="percent")
    d.ev("There were no reports during the year of racial or ethnic violence",
         "attack_or_threat", Y, polarity="negated")
    d.ev("There were no reports that authorities took action to address these complaints",
         "other", Y, polarity="negated")
    d.prov("Child abuse was illegal, with penalties of up to life in prison", "penalty", None,
           None, "up to life in prison", "child abuse")
    d.prov("The minimum age for marriage was 15 for girls", "threshold", 15, "age", "15",
           "minimum age of marriage for girls")
    d.prov("The minimum age for marriage was 15 for girls", "threshold", 18, "age", "18",
           "minimum age of marriage for boys")
    d.prov("The age of consent was 15 for girls and 18 for boys.", "threshold", 15, "age",
           "15", "age of consent for girls")
    d.prov("The age of consent was 15 for girls and 18 for boys.", "threshold", 18, "age",
           "18", "age of consent for boys")
    d.prov("could be sentenced to between two- and five-years’ imprisonment", "penalty", 2,
           "years", "two- and five-years’ imprisonment",
           "child trafficking; child pornography", value_end=5)
    d.prov("aggravated child trafficking, punishable by life imprisonment", "penalty", None,
           None, "life imprisonment", "sex trafficking of a child")
    d.prov("Possession of child pornography was punishable by imprisonment of six months",
           "penalty", 6, "months", "imprisonment of six months to one year",
           "possession of child pornography")
    d.ev("there were no reports of antisemitic incidents", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no reports that state actors incited, perpetrated, condoned",
         "attack_or_threat", Y, polarity="negated")
    d.fig("Civil society contacts reported nearly 100 percent unemployment", 100,
          "unemployment among openly LGBTQI+ persons", "approximately", unit="percent",
          source="civil society contacts")
    d.ev("LGBTQI+ civil society organizations were excluded from participation in talks",
         "other", Y)
    d.ev("A local ritual crimes watchdog NGO reported five cases of ritual killing",
         "killing", Y, source="a local ritual crimes watchdog NGO")
    d.fig("A local ritual crimes watchdog NGO reported five cases of ritual killing", 5,
          "ritual killings for organ removal (cases)",
          source="a local ritual crimes watchdog NGO")
    d.fig("A local ritual crimes watchdog NGO reported five cases of ritual killing", 3,
          "children among the ritual killings", source="a local ritual crimes watchdog NGO")
    d.fig("A local ritual crimes watchdog NGO reported five cases of ritual killing", 2,
          "men among the ritual killings", source="a local ritual crimes watchdog NGO")
    d.ev("There were eight cases of ritual crimes associated with forced disappearances",
         "other", Y)
    d.fig("There were eight cases of ritual crimes associated with forced disappearances", 8,
          "cases of ritual crimes associated with disappearances or kidnappings")
    d.fig("There were eight cases of ritual crimes associated with forced disappearances", 6,
          "children among the ritual crimes with disappearances or kidnappings")
    d.fig("There were eight cases of ritual crimes associated with forced disappearances", 2,
          "men among the ritual crimes with disappearances or kidnappings")

    d.sec("7")
    # correction after the first run (a slip: the body was meant, as the Department of State)
    d.ent("organization", "Department of Labor")
    d.prov("Strikes could be called only after eight days’ advance notification",
           "requirement", 8, "days", "eight days’ advance notification", "strike notice")
    d.prov("The labor code stipulated a 40-hour workweek", "prohibition", 40, "hours",
           "a 40-hour workweek", "standard workweek")
    d.prov("The labor code stipulated a 40-hour workweek", "right", 48, "hours",
           "48 consecutive hours", "weekly rest")
    d.prov("the daily limit for compulsory overtime could be extended from 30 minutes",
           "prohibition", 30, "minutes", "from 30 minutes to two hours",
           "extension of the daily limit of compulsory overtime")
    d.ev("Employers forced foreign workers to work under substandard conditions", "other", Y)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common_entities(d)
    d.sec("2.a")
    d.ent("organization", "Department of State")
    d.ent("organization", HAC, "HAC")
    d.ent("organization", "Gabon Media Time")
    d.ent("organization", "Reporters Without Borders")
    d.ent("organization", "La Plume")
    d.ent("organization", "Médiaposte")
    d.ent("organization", "Médias241")
    d.ent("organization", "Lalibreville")
    d.ent("organization", "Magazine Superstar")
    d.ent("organization", "France 24")
    d.ent("organization", "RFI")
    d.ent("organization", "TV5 Monde")
    d.ent("organization", "L’Union")
    d.prov("was punishable by six months’ to five years’ imprisonment and fines", "penalty", 6,
           "months", "six months’ to five years’ imprisonment",
           "contempt of the president or of a government official")
    d.ev("some journalists reported receiving anonymous instructions or calls",
         "attack_or_threat", Y, source="some journalists")
    d.ev("In the run-up to the August elections, the Bongo government barred", "other",
         Y)  # t-hfix14: M 2026-12-12, the clause: year
    d.ev("In the run-up to the August elections, the Bongo government barred",
         "election_or_referendum", "2023-08")  # t-hfix14: M 2026-12-12, the noun
    d.ev("After the coup d’etat, the Transition Council reversed these restrictions.", "other",
         COUP)
    d.ev("Four members of the editorial staff of Gabon Media Time were arrested",
         "detention_or_arrest", "2023-10")
    d.dur(2, "days", "for two days")
    d.fig("Four members of the editorial staff of Gabon Media Time were arrested", 4,
          "Gabon Media Time staff arrested")
    d.ev("On July 12, the HAC suspended the newspaper La Plume", "censorship_or_blocking",
         "2023-07-12")
    d.dur(1, "months", "for one month")
    d.ev("The HAC also issued formal notices to the newspapers", "other", Y)
    d.ev("Magazine Superstar, an online newspaper, was suspended on July 26",
         "censorship_or_blocking", "2023-07-26")
    d.ev("On the evening of the August 26 elections, the HAC suspended",
         "censorship_or_blocking", VOTE)
    d.ev("On the evening of the August 26 elections, the HAC suspended",
         "election_or_referendum", VOTE)  # t-hfix14: M 2026-12-12, the noun
    d.ev("Immediately after the coup d’etat on August 30, authorities assumed control",
         "censorship_or_blocking", COUP)
    d.ev("The Transition Council also shut down the newspaper L’Union for two days",
         "censorship_or_blocking", Y)
    d.dur(2, "days", "for two days")
    d.ev("The Transition Council also shut down the newspaper L’Union for two days", "other",
         "2023-09-01")
    d.ev("There were no reports of libel and slander laws being used", "charge", Y,
         polarity="negated")
    d.ev("Shortly after the polls closed on August 26, the Bongo government",
         "censorship_or_blocking", VOTE)
    d.ev("One of the first actions by the Transition Council on August 30", "other", COUP)
    # t-conv16 settlement: a negated act on access to the internet is a practice on a class, no event (removed
    # negated censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)

    d.sec("2.b")
    d.ent("place", "Franceville")
    d.ent("place", "Haut-Ogooué Province", "Haut-Ogooué")
    d.ev("the government severely curbed these rights in the lead-up", "other",
         Y)  # t-hfix14: M 2026-12-12, the clause: year
    d.ev("the government severely curbed these rights in the lead-up", "election_or_referendum",
         VOTE)  # t-hfix14: M 2026-12-12, the noun
    d.ev("The freedom of peaceful assembly was severely curbed in the lead-up", "other",
         Y)  # t-hfix14: M 2026-12-12, the clause: year
    d.ev("The freedom of peaceful assembly was severely curbed in the lead-up",
         "election_or_referendum", VOTE)  # t-hfix14: M 2026-12-12, the noun
    d.prov("with groups of more than five persons barred from assembling", "threshold", 5,
           "persons", "more than five persons", "ban on assembly before the elections")
    d.ev("The Bongo government denied several requests by opposition political parties",
         "other", Y)
    d.ev("One opposition political rally was violently disrupted in Franceville",
         "attack_or_threat", "2023-07-23", place="Franceville")
    d.ev("individuals were not allowed to leave their homes or assemble", "other", COUP)

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ev("Prior to the August 26 elections, the Bongo government used aircraft", "other",
         Y)  # t-hfix14: M 2026-12-12, the clause: year
    d.ev("Prior to the August 26 elections, the Bongo government used aircraft",
         "election_or_referendum", VOTE)  # t-hfix14: M 2026-12-12, the noun
    d.ev("There were other reports of opposition figures being delayed", "other", Y)
    d.ev("After the August 30 coup d’etat, individuals were not allowed to leave their homes.",
         "other", COUP)  # t-hfix14: M 2026-12-12, the noun (coup)
    d.ev("After the August 30 coup d’etat, individuals were not allowed to leave their homes.",
         "other", Y)  # t-hfix14: M 2026-12-12, the clause: year
    d.ev("The Transition Council then instituted the strict enforcement of curfews", "other",
         Y)
    d.ev("Military units enforcing the curfew were accused of using excessive force",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("There were two documented cases of the military killing individuals", "killing",
         "2023-10", date_end="2023-12")
    d.fig("There were two documented cases of the military killing individuals", 2,
          "documented cases of the military killing curfew violators")
    d.ev("There were two documented cases of the military killing||Authorities investigated"
         " and arrested the soldiers", "investigation", Y)

    d.sec("2.e")
    d.prov("At age 18, children born in the country of refugee parents", "threshold", 18,
           "age", "At age 18", "citizenship application by children of refugees")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common_entities(d)
    d.sec("3")
    d.ent("organization", "Department of State")
    d.ent("organization", PDG, "PDG")
    d.ent("person", "Albert Ondo Ossa")
    d.ent("organization", "European Union")
    d.ent("organization", "African Union")
    d.ent("organization", "Economic Community of Central African States")
    d.ent("organization", "CGE")
    d.ent("organization", "Constitutional Court")
    d.ev("in the August 26 elections, the Bongo government interfered", "other", VOTE)
    d.ev("the military stepped in and took over the government", "other", COUP)
    d.ev("The Transition Council then annulled the results of the elections.", "other", Y)
    d.ev("During the August 26 presidential, legislative, and local election campaign",
         "other", VOTE)
    d.ev("The Bongo government refused to allow independent election monitors", "other", Y)
    d.ev("The Bongo government appointed a ruling party partisan to chair", "other", "2023-02")
    d.ev("The CGE enacted several changes to the electoral code", "law_or_decree", Y)
    d.ev("the Constitutional Court allowed the CGE to change rules on polling", "other", Y)
    d.fig("limiting access to vote counting to only one representative", 1,
          "representatives of the ruling party allowed at vote counting")
    d.fig("one from the opposition, despite there being more than 100", 1,
          "representatives of the opposition allowed at vote counting")
    d.fig("more than 100 political parties vying for seats", 100,
          "political parties vying for seats", "more than")
    d.fig("vying for seats in the three elections", 3, "elections held on August 26")
    d.ev("The CGE also changed the ballot procedure", "other", Y)
    d.ev("The CGE changed the ballot structure, creating a combined", "other", Y)
    d.ev("Numerous voting irregularities were reported on election day", "other", VOTE)
    d.ev("The opposition claimed the government instructed the CGE to destroy ballots",
         "other", Y, polarity="alleged", source="the opposition")
    d.ev("The Transition Council provided evidence of the Bongo regime implementing",
         "other", Y, source="Transition Council")
    d.fig("PDG officials would pay individuals 10,000 CFA francs", 10000,
          "payment per voter in the vote-buying scheme", unit="XAF")
    d.fig("PDG officials would pay individuals 10,000 CFA francs", 16.5,
          "payment per voter in the vote-buying scheme", unit="USD")
    d.fig("The individuals would then receive another 15,000 CFA francs", 15000,
          "second payment per voter on proof of a vote for Bongo", unit="XAF")
    d.fig("The individuals would then receive another 15,000 CFA francs", 25,
          "second payment per voter on proof of a vote for Bongo", unit="USD")
    d.ev("At 4:30 a.m. on August 30, the CGE announced", "election_or_referendum", COUP)
    d.fig("At 4:30 a.m. on August 30, the CGE announced", 64,
          "share of the vote announced for Ali Bongo Ondimba", unit="percent")
    d.fig("At 4:30 a.m. on August 30, the CGE announced", 30,
          "share of the vote announced for Albert Ondo Ossa", unit="percent")
    d.ev("The CGE did not provide any detailed voting results.", "other", Y,
         polarity="negated")
    d.ev("the transitional president and other members of the Transition Council held",
         "other", COUP)  # t-hfix14: M 2026-12-12, the noun (coup)
    d.ev("the transitional president and other members of the Transition Council held",
         "other", Y)  # t-hfix14: M 2026-12-12, the clause: year
    d.ev("On November 13, the Transition Council announced a detailed two-year timeline",
         "other", "2023-11-13")

    d.sec("4")
    d.ent("person", "Noureddin Bongo Valentin", "Noureddin")
    d.ent("person", "Vincent de Paul Massassa")
    d.ent("person", "Ghislain Moussavou")
    d.ent("organization", "Ministry of Environment")
    d.ev("the Transition Council arrested Noureddin Bongo Valentin", "detention_or_arrest",
         COUP)
    # t-conv15 settlement: another part of the dated arrests, "also", same type: their date
    d.ev("were also arrested on corruption charges", "detention_or_arrest", COUP)


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common_entities(d)
    d.ent("place", "Gabon")
    d.ent("organization", "Constitutional Court")
    d.ev("On August 30, the Gabonese military abruptly deposed President", "other", COUP)
    d.ev("Shortly after the electoral authority declared Bongo the winner",
         "election_or_referendum", VOTE)
    d.ev("Shortly after the electoral authority declared Bongo the winner", "other", COUP)
    d.ev("dissolved the constitution and all state institutions", "other", Y)
    d.ev("In the interim, the Transition Council announced the country would be governed",
         "other", Y)
    d.ev("Upon taking power, the Transition Council began a crackdown", "other", COUP)
    d.ev("Significant human rights issues included credible reports of: arbitrary", "killing",
         Y, polarity="alleged")
    d.ev("Prior to the coup d’etat, the Bongo government took some steps to identify",
         "investigation", Y)
    d.ev("The transition government took further steps to address human rights abuses.",
         "other", Y)
    d.ev("was also involved in some of its own human rights abuses, including arbitrary",
         "detention_or_arrest", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common_entities(d)
    d.sec("1.a")
    d.ent("place", "Gabon")
    d.ent("place", "Port-Gentil")
    d.ev("There were two reports that the government or its agents committed", "killing", Y)
    d.fig("There were two reports that the government or its agents committed", 2,
          "reports of killings related to curfew violations")
    d.ev("On October 15, a man, age 30, was beaten and killed by gendarmes", "killing",
         "2023-10-15")
    d.ev("On December 18, a man, age 20, was killed by the military", "killing",
         "2023-12-18", place="Port-Gentil")
    d.ev("was killed by the military for violating curfew in the city||Authorities investigated"
         " and arrested the soldiers", "investigation", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "SOS Prisonniers")
    d.ent("organization", "Republican Guard")
    d.ent("organization", "General Directorate of Counterintelligence and Military Security")
    d.ent("organization", DGDI)
    d.ent("place", "Libreville")
    d.ent("organization", "Malachie")
    d.ent("organization", "Sylvia Bongo Foundation")
    d.ent("organization", "Voice of the Forgotten")
    d.ev("The constitution (suspended on August 30 during the coup d’etat)", "other", COUP)
    d.ev("There were reports of torture in prisons where unidentified personnel",
         "torture_or_abuse", Y)
    d.ev("There were reports of torture in prisons where unidentified personnel",
         "torture_or_abuse", "2022-12", source="SOS Prisonniers")
    d.fig("There were reports of torture in prisons where unidentified personnel", 1,
          "case of torture reported by SOS Prisonniers", source="SOS Prisonniers")
    d.ev("Nevertheless, the Bongo government took some steps to identify", "investigation", Y)
    d.fig("it was built to hold 500 inmates but held approximately 4,000", 500,
          "capacity of Libreville’s central prison")
    d.fig("it was built to hold 500 inmates but held approximately 4,000", 4000,
          "inmates in Libreville’s central prison", "approximately")
    d.ev("According to the NGO SOS Prisonniers, since January, there were four cases",
         "death_in_custody", "2023-01", source="SOS Prisonniers")
    d.fig("According to the NGO SOS Prisonniers, since January, there were four cases", 4,
          "deaths in prison for lack of medical care", source="SOS Prisonniers")
    d.ev("Representatives of several NGOs, including Malachie, the Sylvia Bongo Foundation",
         "other", Y)
    d.ev("After the August 30 coup d’etat, the Transition Council prevented prison visits",
         "other", COUP, date_end="2023-10-30")
    d.ev("After the August 30 coup d’etat, the Transition Council prevented prison visits",
         "other", COUP)  # t-hfix14: M 2026-12-12, the noun (coup); the clause above kept

    d.sec("1.d")
    d.ent("person", "Sylvia")
    d.ent("organization", "Gabon Energy and Water Company", "SEEG")
    d.prov("The law allowed authorities to detain a suspect up to 48 hours", "time_limit", 48,
           "hours", "up to 48 hours without charge", "detention without charge")
    d.ev("Several credible accounts described cases where the Directorate General",
         "detention_or_arrest", Y, source="several credible accounts")
    d.ev("As part of the coup d’etat of August 30, authorities put deposed",
         "detention_or_arrest", COUP)
    d.ev("Ali Bongo was released from house arrest on September 6", "release", "2023-09-06")
    d.ev("In December seven union leaders from the Gabon Energy and Water Company",
         "detention_or_arrest", "2023-12")
    d.dur(3, "days", "for three days")
    d.fig("In December seven union leaders from the Gabon Energy and Water Company", 7,
          "SEEG union leaders arrested")
    d.ev("The seven union leaders were never charged with a crime", "charge", Y,
         polarity="negated")
    d.ev("The seven union leaders were never charged with a crime", "torture_or_abuse",
         "2023-12", polarity="alleged")
    d.fig("The seven union leaders were never charged with a crime", 7,
          "SEEG union leaders detained")
    d.fig("Approximately two-thirds of prison inmates were held in pretrial detention", 2 / 3,
          "share of prison inmates in pretrial detention", "approximately")
    d.prov("The law limited pretrial detention to six months on a misdemeanor", "time_limit",
           6, "months", "six months on a misdemeanor charge",
           "pretrial detention for a misdemeanor")
    d.prov("The law limited pretrial detention to six months on a misdemeanor", "time_limit",
           1, "years", "one year on a felony charge", "pretrial detention for a felony")
    d.prov("The law limited pretrial detention to six months on a misdemeanor", "time_limit",
           6, "months", "six-month extensions", "extension of pretrial detention")

    d.sec("1.e")
    d.ent("organization", "Freedom House")
    d.ent("person", "Bertrand Zibi Abeghe", "Zibi")
    d.ent("person", "Renaud Allogho Akoue")
    d.ent("organization", "Health Insurance and Social Guarantee Fund")
    d.ent("person", "Leandre Nzue")
    d.ent("person", "Brice Laccruche Alihanga", "Laccruche")
    d.ent("person", "Grégory Laccruche-Alihanga")
    d.ev("On September 13, authorities released former Gabonese Democratic Party", "release",
         "2023-09-13")
    d.dur(6, "years", "served six years")
    d.ev("Following the coup d’etat on August 30, the Transition Council ordered", "release",
         COUP)
    d.ev("also prevented any prisoners from being visited from August 30", "other", COUP,
         date_end="2023-10-30")
    d.ev("On September 5, Renaud Allogho Akoue, former Director", "release", "2023-09-05")
    d.ev("On September 11, officials offered the former chief of staff", "other",
         "2023-09-11")
    d.ev("Officials eventually released the two on October 20.", "release", "2023-10-20")

    d.sec("1.h")
    # t-hfix13: an act outside the taxonomy's verbs on a class is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("Authorities reportedly monitored private telephone conversations", "surveillance",
         Y, polarity="alleged")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def gabon() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_gabon", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_gabon": gabon}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
