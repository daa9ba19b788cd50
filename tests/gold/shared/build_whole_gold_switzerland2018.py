"""Build the hand-made DEV gold file for Switzerland 2018 (a page of the public collection).

``2018_switzerland.jsonl`` annotates ``html/2018/switzerland.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/switzerland.html`` by ``scripts/collection.sh``: the
2018 edition, classic seven-section layout. Split ``dev`` (annotated before any run of the
system on the page, so it joins the held-out dev list at its merge), with the method of
``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_switzerland2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_switzerland2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_switzerland.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2018/switzerland.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

CH = "Switzerland"
FSO = "Federal Statistical Office"
NCPT = "National Commission for the Prevention of Torture"
CPT = "Committee for the Prevention of Torture"
SEM = "State Secretariat for Migration"
FDJP = "Federal Department of Justice and Police"
UNHCR = "Office of the UN High Commissioner for Refugees"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", CH, "Swiss Confederation")
    d.ent("organization", "Federal Assembly")
    d.ent("organization", "Council of States")
    d.ent("organization", "National Council")
    d.ent("organization", "Federal Council")
    B = "consisting of the 46-member Council of States and the 200-member National Council"
    d.fig(B, 46, "members of the Council of States")
    d.fig(B, 200, "members of the National Council")
    # a verdict whose subject is the elections: `other`, dated by the elections judged
    d.ev("Federal elections in 2015 were considered free and fair.", "other", "2015")
    B = "Parliament elects the executive leadership (the seven-member Federal Council)"
    # a body electing the executive: the occurrence is "did so in 2015"
    d.ev(B, "election_or_referendum", "2015")
    d.fig(B, 7, "members of the Federal Council")
    d.fig("A four-party coalition made up the Federal Council.", 4,
          "parties in the governing coalition")
    d.ev("There were no reports of egregious human rights abuses.", "other", Y,
         polarity="negated")
    d.ev("The government took steps to prosecute and punish officials", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "High Court of Zurich")
    d.ent("place", "Buelach")
    d.ent("organization", FSO)
    d.ent("organization", "Amnesty International")
    d.ev("There were isolated reports that individual police officers used excessive force",
         "torture_or_abuse", Y, polarity="alleged")
    B = "In May the High Court of Zurich acquitted on appeal two police officers"
    d.ev(B, "acquittal", "2018-05")
    d.ev(B, "conviction_or_sentence", "2017-03")
    d.fig(B, 2, "police officers acquitted on appeal")
    # the rest of the dated acquittal (a sentence that continues one dated occurrence)
    d.ev("The court overturned the earlier sentence, asserting that the officers",
         "acquittal", "2018-05")
    B = "only 4 percent of reported cases of alleged abuse of authority"
    d.ev(B, "conviction_or_sentence", "2017", source=FSO)
    d.fig(B, 4, "share of reported abuse-of-authority cases ending in convictions (2017)",
          unit="percent", source=FSO)

    d.sec("1.c")
    d.ent("organization", NCPT, "NCPT")
    d.ent("place", "Grisons")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "Council of Europe")
    d.ent("organization", CPT, "CPT")
    d.not_entity("Geneva’s Champ-Dollon Prison", "Realta detention facility")
    d.ev("There were no significant reports regarding prison or detention center", "other", Y,
         polarity="negated")
    d.fig("with a population greater than 150 percent of design capacity", 150,
          "population of the most crowded prison against its design capacity", "more than",
          unit="percent")
    d.ev("seventh annual report focused on detention centers’ psychiatric facilities",
         "report_published", "2018-07", source=NCPT)
    B = "In 2017 the NCPT visited 18 detention centers in nine cantons"
    d.ev(B, "other", "2017")
    d.fig(B, 18, "detention centers visited by the NCPT in 2017")
    d.fig(B, 9, "cantons of the detention centers visited")
    d.ev("carried out its latest periodic visit to the country in 2015", "other", "2015")

    d.sec("1.d")
    d.ent("organization", FDJP)
    d.ent("organization", "Federal Department of Defense, Civil Protection, and Sport")
    d.ent("organization", SEM, "SEM")
    d.ent("organization", "Swiss Border Guard")
    d.ent("organization", "Federal Department of Finance")
    d.ent("organization", "Federal Office of Police")
    d.ent("organization", "Humanrights.ch")
    d.ev("There were no reports of impunity involving the security forces during the year.",
         "other", Y, polarity="negated")
    d.prov("may not hold a suspect more than 24 hours before bringing", "time_limit", 24,
           "hours", "more than 24 hours", "detention before appearing before a prosecutor")
    d.prov("without valid documents up to 96 hours without an arrest warrant", "time_limit",
           96, "hours", "up to 96 hours", "detention of foreigners without valid documents")
    d.ev("According to the CPT’s 2016 report, detainees often did not have access",
         "report_published", "2016", source=CPT)
    d.prov("The law allows police to detain minors between the ages of 10 and 18",
           "threshold", 10, "age", "between the ages of 10 and 18", "detention of minors",
           value_end=18)
    B = "police may detain young offenders for a maximum of 24 hours"
    d.prov(B, "time_limit", 24, "hours", "a maximum of 24 hours",
           "detention of young offenders without a warrant")
    d.prov(B, "time_limit", 48, "hours", "48 hours during weekends",
           "detention of young offenders without a warrant on weekends")
    d.fig("In 2017 approximately 24 percent of all prisoners were in pretrial detention.", 24,
          "share of prisoners in pretrial detention (2017)", "approximately", unit="percent")

    d.sec("1.e")
    d.ent("organization", "Federal Tribunal")
    d.ent("organization", "European Court of Human Rights")
    d.ent("place", CH, "Swiss Confederation")
    d.not_entity("Terezin Declaration")
    B = "Sentences for youths up to age 15 may be for no longer"
    d.prov(B, "threshold", 15, "age", "up to age 15", "sentences for youths")
    d.prov(B, "penalty", 1, "years", "no longer than one year", "sentences for youths up to 15")
    B = "For offenders between the ages of 16 and 18, sentences may be"
    d.prov(B, "threshold", 16, "age", "between the ages of 16 and 18",
           "sentences for older youths", value_end=18)
    d.prov(B, "penalty", 4, "years", "up to four years", "sentences for offenders 16 to 18")
    d.ev("There were no reports that military courts tried any civilians during the year.",
         "trial", Y, polarity="negated")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", FSO)
    d.prov("imprisonment of up to three years", "penalty", 3, "years",
           "imprisonment of up to three years", "hate speech")
    # a count of convictions up to an as-of date: an event of the year
    B = "There was one conviction under this law as of October."
    d.ev(B, "conviction_or_sentence", Y)
    d.fig(B, 1, "convictions under the hate-speech law")
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.fig("90 percent of the adult population used the internet in 2017", 90,
          "share of adults using the internet (2017)", unit="percent", source=FSO)

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", SEM, "SEM")
    d.ent("organization", "Federal Council")
    d.ent("place", "Zurich")
    d.ent("place", "Bern")
    d.ent("organization", "UN Committee against Torture")
    d.ent("place", "Italy")
    d.ent("organization", "Terre des Hommes")
    d.ent("organization", "Terre des Femmes")
    d.ent("organization", NCPT, "NCPT")
    d.not_entity("UN Convention on the Rights of the Child")
    d.prov("subject to judicial review, for up to six months while adjudicating", "time_limit",
           6, "months", "up to six months", "detention of asylum seekers")
    B = "The government may detain rejected applicants for up to three months"
    d.prov(B, "time_limit", 3, "months", "up to three months",
           "detention of rejected applicants before deportation")
    d.prov(B, "time_limit", 18, "months", "up to 18 months",
           "detention of rejected applicants when repatriation is obstructed")
    B = "The government may detain minors between the ages of 15 and 18"
    d.prov(B, "threshold", 15, "age", "between the ages of 15 and 18",
           "detention of minors pending repatriation", value_end=18)
    d.prov(B, "time_limit", 12, "months", "up to 12 months",
           "detention of minors pending repatriation")
    B = "authorities in the cantons of Zurich and Bern decided to stop incarcerating"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2018-10", source="Federal Council")
    # a reaction of a named body to one particular deportation attempt
    d.ev("In September the UN Committee against Torture called the SEM’s attempt",
         "other", "2018-09", source="UN Committee against Torture")
    # sexual violence counted over 2017 (settled 2026-12-16: torture_or_abuse)
    B = "with authorities recording 33 cases of sexual violence in 2017"
    d.ev(B, "torture_or_abuse", "2017", source=FSO)
    d.fig(B, 33, "cases of sexual violence in asylum housing (2017)", source=FSO)
    d.fig(B, 6, "cases of child sex abuse in asylum housing (2017)", source=FSO)
    d.fig(B, 8, "rapes in asylum housing (2017)", source=FSO)
    d.ev("On July 12, the NCPT released its annual report on deportation flights.",
         "report_published", "2018-07-12", source=NCPT)
    # deportations counted over a stated period: an event of that period
    B = "Between April 2017 and March, the country forcibly deported 317 persons"
    d.ev(B, "other", "2017-04", date_end="2018-03")
    d.fig(B, 317, "persons forcibly deported from April 2017 to March")
    d.fig(B, 28, "families deported")
    d.fig("including 28 families and 28 children, to their countries", 28,
          "children deported")

    d.sec("2.d")
    d.ent("organization", "Federal Administrative Court", "Administrative Court")
    d.ent("organization", "EU")
    d.ent("organization", "UN")
    d.ent("organization", "Bern University of Applied Sciences",
          search=("Bern’s University of Applied Sciences",))
    d.not_entity("Dublin III Regulation")
    d.ev("In July the Federal Administrative Court ruled Eritrean asylum seekers",
         "asylum_or_citizenship_decision", "2018-07")
    # a month-labelled noun (a decision of February 2017) as a reference point
    d.ev("over the Administrative Court’s February 2017 decision to no longer grant",
         "asylum_or_citizenship_decision", "2017-02")
    d.prov("to provide documentation verifying their identity within 48 hours", "time_limit",
           48, "hours", "within 48 hours", "identity documents of asylum applicants")
    B = "The law prohibits asylum seekers from working during the first three months"
    d.prov(B, "time_limit", 3, "months", "the first three months",
           "work ban for asylum seekers")
    d.prov(B, "time_limit", 3, "months", "an additional three months",
           "extension of the work ban")
    d.prov(B, "time_limit", 3, "months", "within the first three months",
           "rejection extending the work ban")
    d.prov("After three months asylum seekers may seek employment in industries", "right", 3,
           "months", "After three months", "employment of asylum seekers")
    d.ev("A study published in August 2017 by Bern’s University of Applied Sciences",
         "report_published", "2017-08", source="Bern University of Applied Sciences")
    d.ev("In May 2017 the SEM commenced a pilot project to end the ban",
         "other", "2017-05")
    B = "In 2016 the government announced it would accept an additional 2,000 Syrian"
    d.ev(B, "other", "2016")
    d.fig(B, 2000, "additional Syrian refugees to be accepted by 2019")
    B = "In 2015 the government agreed to accept 3,000 Syrian refugees"
    d.ev(B, "other", "2015")
    d.fig(B, 3000, "Syrian refugees to be accepted from 2015 to 2018")
    # a count of arrivals up to an as-of date: an event of the year
    B = "As of August, 2,231 of these had arrived in the country."
    d.ev(B, "other", Y)
    d.fig(B, 2231, "resettled Syrian refugees arrived")
    B = "In 2017 the government granted temporary admission to 8,419 individuals"
    d.ev(B, "asylum_or_citizenship_decision", "2017")
    d.fig(B, 8419, "individuals granted temporary admission (2017)")
    d.fig(B, 966, "of them designated as refugees")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "National Council")
    d.ent("organization", "Council of States")
    d.ev("In 2015 voters elected parliamentary representatives for the National Council",
         "election_or_referendum", "2015")
    # "the following month" of an undated month of 2015: the year
    B = "Runoff elections for the Council of States in 12 of the 26 cantons"
    d.ev(B, "election_or_referendum", "2015")
    d.fig(B, 12, "cantons with runoff elections for the Council of States")
    d.fig(B, 26, "cantons")
    d.ev("Observers considered the elections free and fair.", "other", "2015",
         source="Observers")

    d.sec("4")
    d.ent("organization", "Council of Europe")
    d.ent("organization", "Group of States against Corruption")
    d.ent("organization", "Federal Audit Office")
    d.ent("organization", "Transparency International")
    d.ent("organization", "PostBus")
    d.ent("organization", "Swiss Post")
    d.ent("organization", "Federal Office for Transport")
    d.ent("organization", "Federal Assembly")
    d.not_entity("Federal Act")
    d.ev("There were isolated reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    d.ev("In its fifth interim report, published on August 10", "report_published",
         "2018-08-10", source="Group of States against Corruption")
    # alerts received: figures only (complaints received)
    B = "In 2017 authorities received 122 alerts regarding potential corruption"
    d.fig(B, 122, "alerts of potential corruption received (2017)")
    d.fig(B, 44, "more alerts than in the previous year")
    d.fig("Approximately 52 alerts concerned federal government employees.", 52,
          "alerts concerning federal government employees", "approximately")
    # an occurrence cited in a noun phrase ("the establishment of … in 2017")
    d.ev("attributed the increase to the establishment of an online platform in 2017",
         "other", "2017")
    B = "In September PostBus, a subsidiary of the government-owned Swiss Post, announced"
    d.ev(B, "other", "2018-09", source="PostBus")
    d.ev(B, "investigation", "2018-01")
    d.ev(B, "other", "2007", date_end="2015")
    d.fig(B, 205.3e6, "sum PostBus will repay", unit="CHF")
    d.fig(B, 205e6, "sum PostBus will repay", unit="USD")
    d.ev("The scandal led to the resignation of the CEO of Swiss Post", "other", Y)


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "Swiss Center for Human Rights", "SCHR")
    # presentations hosted and reports published "during the year": one record (campaigns)
    d.ev("During the year the SCHR hosted presentations and published reports", "other", Y)
    d.fig("There were 14 cantonal ombudsman offices that assessed cases", 14,
          "cantonal ombudsman offices")

    d.sec("6")
    d.ent("organization", "Terre des Femmes")
    d.ent("organization", "Vivre Sans Violence")
    d.ent("organization", "Umbrella Organization for Swiss Women’s Shelters")
    d.ent("organization", "Alliance F")
    d.ent("place", "Geneva")
    d.ent("place", "Zurich")
    d.ent("place", "Bern")
    d.ent("place", "Basel")
    d.ent("place", "Lausanne")
    d.ent("organization", "Feminist Peace Organization")
    d.ent("place", "Boudry")
    d.ent("place", "Neuchatel")
    d.ent("place", "Somalia")
    d.ent("place", "Ethiopia")
    d.ent("place", "Eritrea")
    d.ent("place", "Sudan")
    d.ent("place", "Egypt")
    d.ent("place", "St. Gallen")
    d.ent("organization", "University Hospital of Zurich")
    d.ent("organization", "20 Minuten")
    d.ent("organization", "Federal Office for Gender Equality")
    d.ent("organization", "University of Geneva")
    d.ent("organization", "UBS Optimus Foundation")
    d.ent("organization", "Swiss Society of Pediatrics")
    d.ent("organization", "Organization against Forced Marriage")
    d.ent("organization", "Cybercrime Coordination Unit")
    d.ent("organization", "Department of State")
    d.ent("organization", "Swiss Federation of Jewish Communities", "SIG/FSCI")
    d.ent("organization", "Foundation against Racism and Anti-Semitism")
    d.ent("organization",
          "Intercommunity Center for Coordination against Anti-Semitism and Defamation")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Conservative Democratic Party", "BDP")
    d.ent("place", "Thurgau")
    d.ent("person", "Adolf Hitler", "Hitler")
    d.ent("organization", "Procap")
    d.ent("organization", "Humanrights.ch")
    d.ent("organization", CPT, "CPT")
    d.ent("organization", "Federal Equal Opportunity Office for Persons with Disabilities")
    d.ent("organization", "Federal Court")
    d.ent("place", "Vaud")
    d.ent("organization", "Twitter")
    d.ent("organization", "Charlie Hebdo")
    d.ent("place", "France")
    d.ent("organization", "Consulting Network for Racism Victims")
    d.ent("organization", "Federal Commission against Racism")
    d.ent("organization", "Romano Dialogue")
    d.ent("organization", "Roma Foundation")
    d.ent("organization", "Society for Threatened Peoples")
    d.ent("organization", "Pink Cross")
    d.ent("person", "Florian Signer")
    d.ent("organization", "Party of Nationally Oriented Swiss")
    d.ent("organization", "Swiss AIDS Federation")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "International-Parental-Child-Abduction", "Trafficking in Persons Report",
                 "Zurich synagogue")

    d.prov("penalties range from one to 10 years in prison", "penalty", 1, "years",
           "from one to 10 years in prison", "rape and domestic violence", value_end=10)
    # a standing function with a taxonomy verb on a class (settled 2026-12-13, N3)
    d.ev("The government effectively prosecuted individuals accused of such crimes.", "charge",
         Y)
    d.fig("Domestic violence against migrant women was four times higher", 4,
          "domestic violence against migrant women relative to nonmigrant women", unit="times")
    d.fig("nearly a dozen private or government-sponsored hotlines", 12,
          "hotlines helping survivors of domestic violence", "approximately")
    d.fig("more than 1,000 women and children were unable to be housed", 1000,
          "women and children shelters could not house", "more than",
          source="Umbrella Organization for Swiss Women’s Shelters")
    B = "on August 8, a group of men assaulted five young women"
    d.ev(B, "attack_or_threat", "2018-08-08", place="Geneva")
    d.fig(B, 5, "young women assaulted outside a nightclub")
    # casualties of the dated assault told in the next sentence (dating by episode)
    B = "Two of the women suffered severe head injuries"
    d.ev(B, "attack_or_threat", "2018-08-08")
    d.fig(B, 2, "women with severe head injuries")
    # protests after the assault: a later occurrence of another kind, the report year
    d.ev("Public shock and outcry over the attack sparked protests in Geneva", "protest", Y)
    B = "in September, French authorities arrested three suspects in the attack"
    d.ev(B, "detention_or_arrest", "2018-09", source="press reports")
    d.fig(B, 3, "suspects arrested by French authorities")
    d.ev("On November 25, the NGO Feminist Peace Organization organized a campaign", "other",
         "2018-11-25")
    B = "Approximately 50 organizations participated, and they sponsored 70 public awareness"
    # the campaign's events, continuing the dated campaign
    d.ev(B, "other", "2018-11-25")
    d.fig(B, 50, "organizations participating in the campaign", "approximately")
    d.fig(B, 70, "public awareness events of the campaign")
    d.prov("FGM/C is illegal and punishable by up to 10 years’ imprisonment", "penalty", 10,
           "years", "up to 10 years’ imprisonment", "FGM/C")
    d.ev("The first-ever criminal sentence under the anti-FGM/C law was handed down",
         "conviction_or_sentence", Y)
    B = "In July the criminal court of Boudry in the canton of Neuchatel"
    d.ev(B, "conviction_or_sentence", "2018-07")
    d.ev(B, "torture_or_abuse", "2013", date_end="2015")
    B = "the University Hospital of Zurich treated up to 30 cases of FGM/C each year"
    d.fig(B, 30, "FGM/C cases treated each year by the University Hospital of Zurich",
          "up to")
    d.fig(B, 5, "FGM/C cases each year at the St. Gallen women’s clinic", "approximately")
    d.fig("approximately 15,000 women and girls, primarily from Somalia", 15000,
          "women and girls affected by or at risk of FGM/C", "approximately",
          source="government and NGO estimates")
    B = "Special legal protection against the dismissal of a claimant expires after six"
    d.prov(B, "time_limit", 6, "months", "after six months",
           "protection against dismissal of a harassment claimant")
    d.prov("are liable for damages up to the equivalent of six months’ salary", "penalty", 6,
           "months", "six months’ salary",
           "employers failing to prevent sexual harassment")
    d.ev("conducted public information campaigns against sexual harassment during the year",
         "other", Y)
    d.ev("Lausanne city officials also established an online platform for victims", "other",
         Y)
    B = "A national survey published in April 2017 by local newspaper 20 Minuten"
    d.ev(B, "report_published", "2017-04", source="20 Minuten")
    d.fig(B, 44, "share of surveyed women who had experienced sexual assault", unit="percent",
          source="20 Minuten")
    d.fig(B, 2700, "women surveyed", source="20 Minuten")
    d.fig(B, 41, "share of surveyed women who had experienced sexual harassment",
          unit="percent", source="20 Minuten")
    d.fig(B, 3, "share of surveyed women who were victims of rape", unit="percent",
          source="20 Minuten")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.ev("published in June 2017 by the University of Geneva", "report_published", "2017-06",
         source="University of Geneva")
    d.fig("up to 50,000 children are registered with child protection authorities", 50000,
          "children registered with child protection authorities each year", "up to",
          source="UBS Optimus Foundation")
    # child abuse counted over 2017 (settled 2026-12-16: torture_or_abuse)
    B = "child abuse cases rose 10 percent in 2017, to 1,730 cases"
    d.ev(B, "torture_or_abuse", "2017", source="Swiss Society of Pediatrics")
    d.fig(B, 10, "rise in child abuse cases (2017)", unit="percent",
          source="Swiss Society of Pediatrics")
    d.fig(B, 1730, "child abuse cases (2017)", source="Swiss Society of Pediatrics")
    B = "with cases almost doubling to a total of 657 cases in 2017"
    d.ev(B, "torture_or_abuse", "2017")
    d.fig(B, 657, "child neglect cases (2017)")
    d.prov("The legal minimum age of marriage is 18.", "threshold", 18, "age", "18",
           "minimum age of marriage")
    d.prov("provides penalties of up to five years in prison for violations", "penalty", 5,
           "years", "up to five years in prison", "forced marriage")
    d.ev("The federal government announced in January it would financially support",
         "other", "2018-01")
    B = "In 2017 the NGO Organization against Forced Marriage recorded 107 child"
    d.ev(B, "other", "2017", source="Organization against Forced Marriage")
    d.fig(B, 107, "child marriages recorded (2017)",
          source="Organization against Forced Marriage")
    d.fig(B, 43, "child marriages of children younger than 16 (2017)",
          source="Organization against Forced Marriage")
    d.prov("punishable by fines or a maximum sentence of one year in prison", "penalty", 1,
           "years", "maximum one year in prison", "child pornography")
    d.prov("the law designates 16 as the minimum age for consensual sex", "threshold", 16,
           "age", "16", "minimum age for consensual sex")
    d.prov("The maximum penalty for statutory rape is imprisonment for 10 years.", "penalty",
           10, "years", "imprisonment for 10 years", "statutory rape")
    B = "The law prohibits prostitution of persons younger than the age of 18"
    d.prov(B, "threshold", 18, "age", "younger than the age of 18", "prostitution of minors")
    d.prov(B, "penalty", 10, "years", "prison sentences of up to 10 years",
           "pimps of trafficked children")
    d.prov("It provides for sentences of up to three years in prison for persons", "penalty",
           3, "years", "up to three years in prison", "commercial sex with children")
    d.fig("approximately 18,000 Jewish individuals resided in the country", 18000,
          "Jewish residents", "approximately", source="SIG/FSCI")
    B = "The 2017 Anti-Semitism Report, produced jointly by the SIG/FSCI"
    d.ev(B, "report_published", "2017", source="SIG/FSCI")
    d.ev(B, "attack_or_threat", "2017", source="SIG/FSCI")
    d.fig(B, 39, "anti-Semitic incidents in the German-speaking part (2017)",
          source="SIG/FSCI")
    B = "The report documented four physical assaults against Jews."
    d.ev(B, "attack_or_threat", "2017")
    d.fig(B, 4, "physical assaults against Jews (2017)")
    B = "reported 150 anti-Semitic incidents in the French-speaking region"
    d.ev(B, "attack_or_threat", "2017", source=(
        "Intercommunity Center for Coordination against Anti-Semitism and Defamation"))
    d.fig(B, 150, "anti-Semitic incidents in the French-speaking region (2017)", source=(
        "Intercommunity Center for Coordination against Anti-Semitism and Defamation"))
    B = "In July the federal government decided to allocate 500,000 Swiss francs"
    d.ev(B, "other", "2018-07")
    d.fig(B, 500000, "yearly allocation for the protection of religious minorities",
          unit="CHF")
    d.fig(B, 500000, "yearly allocation for the protection of religious minorities",
          unit="USD")
    d.ev("The decision followed an October 2017 report by the Ministry of Interior",
         "report_published", "2017-10", source="Ministry of Interior")
    B = "In July a German national armed with a knife yelled anti-Semitic"
    d.ev(B, "attack_or_threat", "2018-07")
    d.fig(B, 3, "Jews followed by the attacker")
    d.ev("Police arrested the man the same evening and released him shortly", 
         "detention_or_arrest", "2018-07")
    d.ev("In August the leadership of the centrist Conservative Democratic Party", "other",
         "2018-08")
    d.ev("He later apologized for his tweet.", "other", Y)
    B = "In October a kosher butcher shop in Basel was vandalized four times"
    d.ev(B, "attack_or_threat", "2018-10")
    d.fig(B, 4, "times the shop was vandalized in one month", unit="times")
    d.ev("Police were investigating what the community president called", "investigation", Y)
    d.fig("Humanrights.ch alleged that patients were incarcerated", 23,
          "hours a day patients were held in detention centers", "up to", unit="hours",
          source="Humanrights.ch")
    d.ev("In its 2016 report, the CPT stated that some mentally disabled", "report_published",
         "2016", source=CPT)
    d.ev("In May the government published a report on the situation of disabled",
         "report_published", "2018-05")
    B = "the government ordered two new staff members to be added"
    d.ev(B, "other", Y)
    d.fig(B, 2, "staff members added to the disability office")
    d.fig(B, 2, "new disability programs")
    B = "In May the Federal Court confirmed the cantonal court of Vaud’s sentencing"
    d.ev(B, "conviction_or_sentence", "2018-05")
    d.ev(B, "attack_or_threat", "2015")
    d.ev("In April the Consulting Network for Racism Victims, a partnership",
         "report_published", "2018-04", source="Consulting Network for Racism Victims")
    # what the report for 2017 says was not reported
    d.ev("Unlike the previous year’s report, no physical attacks were reported.",
         "attack_or_threat", "2017", polarity="negated")
    d.ev("In 2017 the Romani association Romano Dialogue and the Roma Foundation",
         "report_published", "2017", source="Romano Dialogue")
    d.ev("In June the government rejected an official request submitted", "other", "2018-06")
    B = "The Society for Threatened Peoples called the decision discriminatory"
    d.ev(B, "other", Y, source="Society for Threatened Peoples")
    d.ev(B, "other", "2016")
    d.ev("In September Pink Cross initiated criminal proceedings", "charge", "2018-09")
    d.ev("the Swiss AIDS Federation conducted multiple campaigns to sensitize", "other", Y)

    d.sec("7.a")

    d.sec("7.b")
    d.ent("place", "Geneva")
    d.ent("place", "Lausanne")
    d.ent("organization", "Department of State")
    d.prov("Penalties for forced labor violations were up to 20 years’", "penalty", 20,
           "years", "up to 20 years’ imprisonment", "forced labor")
    d.ev("The government conducted several training programs for relevant authorities",
         "other", Y)
    # a plan published: plans are not laws (`other`)
    d.ev("In April 2017 federal police published an updated national action plan", "other",
         "2017-04")

    d.sec("7.c")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization",
          "Committee of Experts on the Application of Conventions and Recommendations")
    d.ent("organization", "Federal Department of Economic Affairs, Education, and Research")
    d.prov("The minimum age for full-time employment is 15.", "threshold", 15, "age", "15",
           "minimum age for full-time employment")
    B = "Children who are 13 or 14 may engage in light work"
    d.prov(B, "threshold", 13, "age", "13 or 14", "light work", value_end=14)
    d.prov(B, "prohibition", 9, "hours", "no more than nine hours per week",
           "light work of children during the school year")
    d.prov(B, "prohibition", 15, "hours", "15 hours at other times",
           "light work of children outside the school year")
    d.prov("Children younger than the age of 13 may, under special circumstances",
           "threshold", 13, "age", "younger than the age of 13",
           "work at sports or cultural events")
    d.prov("Employment of youths between the ages of 15 and 18 is also restricted.",
           "threshold", 15, "age", "between the ages of 15 and 18", "employment of youths",
           value_end=18)
    d.prov("all children younger than the age of 18 are prohibited from working",
           "threshold", 18, "age", "younger than the age of 18",
           "hazardous or night work")
    B = "The 2014 report of the International Labor Organization’s (ILO) Committee"
    d.ev(B, "report_published", "2014", source=(
        "Committee of Experts on the Application of Conventions and Recommendations"))
    d.prov("only cover persons who are less than 16 years of age", "threshold", 16, "age",
           "less than 16 years of age", "child pornography provisions")

    d.sec("7.d")
    d.ent("organization", "Federal Office for Gender Equality")
    d.ent("organization", "Procap")
    d.ent("organization", "Swiss Center for Human Rights")
    d.ent("organization", "Bern University of Applied Sciences")
    d.ent("organization", "Romano Dialogue")
    d.ent("organization", "Swiss AIDS Federation")
    d.ent("organization", "International Organization for Migration")
    d.ent("organization", "Trafficking.ch")
    d.ent("organization", "Au Coeur des Grottes")
    B = "equal to a maximum of three months’ salary in the public sector"
    d.prov(B, "penalty", 3, "months", "a maximum of three months’ salary",
           "discrimination compensation in the public sector")
    d.prov(B, "penalty", 6, "months", "six months’ salary",
           "discrimination compensation in private industry")
    d.ev("an employer refused to renew the work contract of an HIV-positive person",
         "dismissal", Y)
    B = "In 2016 the median monthly income for women in the public sector"
    d.fig(B, 7404, "median monthly income of women in the public sector (2016)", unit="CHF")
    d.fig(B, 7400, "median monthly income of women in the public sector (2016)", unit="USD")
    d.fig(B, 8466, "median monthly income of men in the public sector (2016)", unit="CHF")
    d.fig(B, 8500, "median monthly income of men in the public sector (2016)", unit="USD")
    B = "The median monthly income for women in the private sector was 5,632"
    d.fig(B, 5632, "median monthly income of women in the private sector", unit="CHF")
    d.fig(B, 5600, "median monthly income of women in the private sector", unit="USD")
    d.fig(B, 6593, "median monthly income of men in the private sector", unit="CHF")
    d.fig(B, 6600, "median monthly income of men in the private sector", unit="USD")
    B = "financed projects that promoted equal pay and equal career opportunities"
    d.fig(B, 4.5e6, "equal-pay projects financed", unit="CHF")
    d.fig(B, 4.5e6, "equal-pay projects financed", unit="USD")
    d.ev("In 2016 a Swiss Center for Human Rights study on discrimination protection",
         "report_published", "2016", source="Swiss Center for Human Rights")
    B = "According to a July study by the Bern University of Applied Sciences"
    d.ev(B, "report_published", "2018-07", source="Bern University of Applied Sciences")
    d.fig(B, 14, "share of unemployed people over 50 who found a stable job again",
          unit="percent", source="Bern University of Applied Sciences")
    # cases registered over a stated period: an event of that period
    B = "In 2016 the Swiss AIDS Federation registered 118 cases of discrimination"
    d.ev(B, "other", "2016", source="Swiss AIDS Federation")
    d.fig(B, 118, "cases of discrimination against individuals with HIV (2016)",
          source="Swiss AIDS Federation")
    d.fig("Approximately 10 of those complaints concerned employment discrimination", 10,
          "complaints of employment discrimination", "approximately")

    d.sec("7.e")
    d.ent("organization", "International Organization for Migration")
    d.ent("organization", "Federal Office for Health")
    d.fig("Work contracts covering approximately 40 percent of citizen wage earners", 40,
          "share of citizen wage earners covered by minimum wage provisions",
          "approximately", unit="percent")
    B = "the poverty income level for a single person was 2,483 Swiss francs"
    d.fig(B, 2483, "monthly poverty income level for a single person", unit="CHF")
    d.fig(B, 2500, "monthly poverty income level for a single person", unit="USD")
    d.fig(B, 5214, "monthly poverty income level for a household of four", unit="CHF")
    d.fig(B, 5200, "monthly poverty income level for a household of four", unit="USD")
    B = "The law sets a maximum 45-hour workweek for blue- and white-collar workers"
    d.prov(B, "prohibition", 45, "hours", "a maximum 45-hour workweek",
           "workweek in industry, services and retail")
    d.prov(B, "prohibition", 50, "hours", "a 50-hour workweek", "workweek of other workers")
    # workplaces inspected by a labor authority (type open, 2026-12-17): `investigation`
    B = "In 2017 the cantons inspected 11,971 businesses and 36,072 individuals."
    d.ev(B, "investigation", "2017")
    d.fig(B, 11971, "businesses inspected (2017)")
    d.fig(B, 36072, "individuals inspected (2017)")
    d.prov("Asylum seekers usually were not allowed to work during the first three",
           "time_limit", 3, "months", "the first three to six months",
           "work ban for asylum seekers", value_end=6)
    d.ev("In March 2017 the Federal Office for Health facilitated the establishment",
         "other", "2017-03")
    B = "including starting capital of six million Swiss francs"
    d.fig(B, 6e6, "starting capital of the asbestos victims' fund", unit="CHF")
    d.fig(B, 6e6, "starting capital of the asbestos victims' fund", unit="USD")
    d.fig(B, 24e6, "pledges to the asbestos victims' fund", unit="CHF")
    d.fig(B, 24e6, "pledges to the asbestos victims' fund", unit="USD")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def switzerland() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2018_switzerland", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_switzerland": switzerland}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
