"""Build the hand-made TEST gold file for Austria 2019 (a page of the public collection).

``2019_austria.jsonl`` annotates ``html/2019/austria.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/austria.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``test`` (nobody tunes on it; only aggregates are
read), annotated blind (round t-gold36, 2027-01-01) with the method of
``build_whole_gold_chile2022.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence by the written rules of
docs/EVALUATION.md before the system was ever run on the page; the script only turns the decisions
into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor occurring once in
the document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_austria2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_austria2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_austria.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2019/austria.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

MOI = "Ministry of the Interior"
MOI_ALIASES = ("Interior Ministry", "Ministry of Interior")
DOS = "Department of State"
IKG = "Austrian Jewish Community"
LABOR = "Ministry of Labor, Social Affairs, and Consumer Protection"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", "Austria")
    d.ent("organization", MOI, *MOI_ALIASES)
    d.ent("organization", DOS)
    d.not_entity("International Religious Freedom Report", "Trafficking in Persons Report")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", "Defense Ministry")
    # two date expressions, two elections; the verdict inside the elections' sentence stays them
    B = "Parliamentary elections in September 2019 and presidential elections in 2016"
    d.ev(B, "election_or_referendum", "2019-09")
    d.ev(B, "election_or_referendum", "2016")
    # "no reports of" + a class of acts that names no type: negated other
    d.ev("There were no reports of significant human rights abuses.", "other", Y,
         polarity="negated")
    # a summary statement, typed by its first act (as "took steps to identify, investigate")
    d.ev("The government investigated public officials for suspected wrongdoing",
         "investigation", Y)
    d.ev("There were no reports of impunity involving the security forces during the year.",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse",
         Y, polarity="negated")
    d.ev("There were no significant reports regarding prison or detention center", "other", Y,
         polarity="negated")
    d.ev("generally adequate, and there were no reports of mistreatment", "torture_or_abuse", Y,
         polarity="negated")
    # "continued to criticize" a practice in general: no event
    # a standing function with a taxonomy noun on a class of matters (N3): the year
    d.ev("Authorities conducted proper investigations of credible allegations", "investigation",
         Y)
    # a standing permission (settled 2026-12-08): no event
    d.ent("organization", "Council of Europe")
    d.ent("organization", "Committee for the Prevention of Torture")

    d.sec("1.d")
    d.prov("pretrial detention for no more than 48 hours", "time_limit", 48, "hours",
           "no more than 48 hours")
    d.prov("The maximum duration for investigative detention is two years.", "time_limit", 2,
           "years", "two years")
    d.prov("(96 hours after apprehension)", "time_limit", 96, "hours", "96 hours")
    # "isolated reports of" counts the reports: the year, alleged
    d.ev("There were isolated reports of police abuse", "torture_or_abuse", Y,
         polarity="alleged")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    # steps taken, reported without a date: the act, its teller the source (What is reported)
    d.ev("reported that the government had taken comprehensive steps", "other", Y,
         source="NGOs and advocacy groups")

    d.sec("1.f")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    # a negated act on access (N2): no event; the "no credible reports" sentence is its own
    d.ev("There were no credible reports the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.prov("provides for one- to 10-year prison sentences", "penalty", 1, "years",
           "one- to 10-year prison sentences", value_end=10)
    d.prov("provides for prison sentences of up to five years", "penalty", 5, "years",
           "up to five years")
    # a taxonomy act in the simple past, no date (summary statements: "restricted access")
    d.ev("Authorities restricted access to prohibited websites", "censorship_or_blocking", Y)

    d.sec("2.d")
    d.prov("for up to 120 hours during the initial", "requirement", 120, "hours",
           "up to 120 hours")
    d.prov("Authorities have 20 days in which to determine", "time_limit", 20, "days",
           "20 days")

    d.sec("2.f")
    d.ent("organization", "EU")
    d.ent("place", "Hungary")
    d.ent("organization", "Federal Administrative Court")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", "Ministry for Foreign Affairs and Integration")
    d.ent("organization", "Integration Fund")
    # a court's ruling, undated: an occurrence of the year, no taxonomy verb fits
    d.ev("The Federal Administrative Court ruled, however, that deportations", "other", Y)
    # counts over a stated period: an event of that period
    B = "in 2018 the government provided temporary protection to approximately 4,190"
    d.ev(B, "asylum_or_citizenship_decision", "2018", source=MOI)
    d.fig(B, 4190, "persons granted temporary protection in 2018", "approximately", source=MOI)
    B = "between January and August, the government provided temporary protection"
    d.ev(B, "asylum_or_citizenship_decision", "2019-01", date_end="2019-08", source=MOI)
    d.fig(B, 1455, "persons granted temporary protection January to August", "approximately",
          source=MOI)

    d.sec("2.g")
    d.fig("in January 2018 there were approximately 14,600 persons", 14600,
          "persons registered as stateless", "approximately", source="statistical office")
    B = "A stateless person born in the country may be granted citizenship within two years"
    d.prov(B, "time_limit", 2, "years", "within two years")
    d.prov(B, "threshold", 18, "age", "the age of 18")
    d.prov(B, "threshold", 10, "years", "a total of 10 years")
    d.prov(B, "threshold", 5, "years", "five years continuously")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    B = "The country held early parliamentary elections on September 29"
    d.ev(B, "election_or_referendum", "2019-09-29")
    d.ev(B, "election_or_referendum", "2016")
    # one sentence, no date: the "no reports of" clause comes first (the verdict joins it)
    d.ev("There were no reports of serious abuse or irregularities in either election",
         "other", Y, polarity="negated")

    d.sec("4")
    d.ent("person", "Karl-Heinz Grasser", "Grasser")
    d.ent("organization", "Finance Ministry")
    d.ent("organization", "Freedom Party")
    d.ent("organization", "Vienna Prosecutor’s Office")
    d.prov("The penalty for bribery is up to 10 years in prison.", "penalty", 10, "years",
           "up to 10 years in prison")
    # a trial that "continued": a state, no event
    d.fig("The trial of former finance minister Karl-Heinz Grasser and 15 others", 15,
          "codefendants of the former finance minister")
    B = "Grasser and his codefendants were charged in connection with the"
    d.ev(B, "charge", Y)  # no date of its own: the year
    d.ev(B, "other", "2004")  # the auction sale cited with its year (a noun phrase)
    d.fig(B, 2.45e9, "euros, value of the apartment sale", unit="EUR")
    d.fig(B, 2.7e9, "dollars, value of the apartment sale", unit="USD")
    d.fig(B, 62000, "state-owned apartments sold")
    # what prosecutors alleged, no date of its own: the act, alleged, the year
    d.ev("Prosecutors alleged that information from the Finance Ministry", "other", Y,
         polarity="alleged", source="prosecutors")
    B = "In May the vice chancellor and leader of the Freedom Party resigned"
    d.ev(B, "other", "2019-05")
    d.ev(B, "other", "2017")  # "a 2017 video in which he promised": the recorded act, 2017
    d.ev("began investigating the case in May", "investigation", "2019-05")
    d.ev("there were no reports that officials failed to comply with disclosure", "other", Y,
         polarity="negated")
    B = "Politicians must publicly disclose biannually when they earn more than"
    d.prov(B, "threshold", 1142, "EUR", "more than 1,142 euros")
    d.prov(B, "threshold", 1260, "USD", "$1,260")
    B = "In July campaign finance reform legislation went into effect"
    d.ev(B, "law_or_decree", "2019-07")
    d.prov(B, "prohibition", 7500, "EUR", "7,500 euros")
    d.prov(B, "prohibition", 8300, "USD", "$8,300")
    d.prov(B, "prohibition", 750000, "EUR", "a maximum of 750,000 euros")
    d.prov(B, "prohibition", 830000, "USD", "$830,000")
    d.prov("The law increases fines for violations to 150 percent", "penalty", 150, "percent",
           "150 percent")


# =========================================================================================
# Sections 5, 6 and 7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("5")
    # the office's composition is a count; "examined complaints" a standing function (N3)
    d.fig("consisting of three independent commissioners", 3,
          "commissioners of the ombudsman's office")
    _section_6_women(d)
    _section_6_children(d)
    _section_6_antisemitism(d)
    _section_6_minorities(d)
    _section_7_unions(d)
    _section_7_conditions(d)


def _section_6_women(d: CollectionTestDoc) -> None:
    d.sec("6")
    d.ent("organization", "European Court of Human Rights", "ECHR")
    d.not_entity("European Convention on Human Rights")
    d.ent("organization", "Women’s Ministry")
    d.prov("including spousal rape, is punishable by up to 15 years", "penalty", 15, "years",
           "up to 15 years’ imprisonment")
    # the court's ruling of July (the murder in its relative clause has no date of its own)
    d.ev("In July the European Court of Human Rights (ECHR) ruled", "other", "2019-07")
    # one date expression, one record: the order issued first in the main clause
    d.ev("In 2010 a restraining order was issued against the father", "other", "2010")
    d.ev("In 2012 authorities issued another restraining order", "other", "2012")
    # another kind after a year's episode (the order named again): the report year (2026-12-13)
    d.ev("he ultimately killed his son at a school", "killing", Y)
    # the July ruling continued (the rest of one dated occurrence, 2026-12-08)
    d.ev("The ECHR ruled that Austrian authorities had not breached", "other", "2019-07")
    B = "the law entitles a victim to a minimum of 1,000 euros"
    d.prov(B, "right", 1000, "EUR", "a minimum of 1,000 euros")
    d.prov(B, "right", 1100, "USD", "$1,100")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")


def _section_6_children(d: CollectionTestDoc) -> None:
    B = "Child abuse is punishable by up to five years"
    d.prov(B, "penalty", 5, "years", "up to five years’ imprisonment")
    d.prov(B, "penalty", 10, "years", "extended to 10 years")
    B = "rape of a minor is punishable by up to 20 years"
    d.prov(B, "penalty", 20, "years", "up to 20 years’ imprisonment")
    d.prov(B, "penalty", None, None, "life imprisonment")
    d.prov("The minimum legal age for marriage is 18.", "threshold", 18, "age", "18")
    d.prov("Adolescents between the ages of 16 and 18 may legally", "threshold", 16, "age",
           "between the ages of 16 and 18", value_end=18)
    d.fig("NGOs estimated there were approximately 200 cases of early marriage", 200,
          "cases of early marriage a year", "approximately", source="NGOs")
    B = "The law provides up to 15 years’ imprisonment for an adult convicted"
    d.prov(B, "penalty", 15, "years", "up to 15 years’ imprisonment")
    d.prov(B, "threshold", 14, "age", "younger than 14")
    d.prov("trading in child pornography is punishable by up to 10 years", "penalty", 10,
           "years", "up to 10 years’ imprisonment")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction")


def _section_6_antisemitism(d: CollectionTestDoc) -> None:
    d.ent("organization", IKG, "IKG")
    d.ent("organization", "Forum against Anti-Semitism")
    d.ent("place", "Vienna")
    d.ent("organization", "Muslim Youth")
    d.ent("organization", "Caritas")
    d.ent("person", "Van der Bellen")
    d.ent("person", "Kurz")
    d.ent("organization", "Education Ministry")
    d.ent("organization", "Anti-Defamation League")
    B = "there were between 12,000 and 15,000 Jews in the country"
    d.fig(B, 12000, "Jews in the country", value_end=15000, source=IKG)
    d.fig(B, 8000, "members of the IKG", "approximately", source=IKG)
    # a count over a stated period (2018): an event of that period; hate acts attack_or_threat
    B = "The NGO Forum against Anti-Semitism reported 503 anti-Semitic incidents"
    d.ev(B, "attack_or_threat", "2018", source="Forum against Anti-Semitism")
    d.fig(B, 503, "anti-Semitic incidents in 2018", source="Forum against Anti-Semitism")
    B = "These included five physical assaults in addition to name-calling"
    d.ev(B, "attack_or_threat", "2018", source="Forum against Anti-Semitism")
    d.fig(B, 5, "physical assaults among the 2018 incidents")
    B = "Of the reported incidents, five concerned physical assaults"
    d.fig(B, 5, "incidents that were physical assaults")
    d.fig(B, 28, "incidents of threats and insults")
    d.fig(B, 203, "incidents of letters and calls")
    d.fig(B, 51, "incidents of vandalism")
    d.fig(B, 171, "incidents of anti-Semitic internet postings")
    # "In the spring" is no date of DESIGN: the year
    d.ev("In the spring unknown perpetrators repeatedly desecrated", "attack_or_threat", Y)
    # a later occurrence of another kind, no date of its own: the year
    d.ev("joined a vigil to protect the posters", "protest", Y)
    # a reaction to one occurrence (Statements, verdicts and cooperation)
    d.ev("strongly condemned the desecration", "other", Y)
    # trainings and seminars conducted in the simple past (campaigns)
    d.ev("The Education Ministry offered special teacher training seminars", "other", Y)


def _section_6_minorities(d: CollectionTestDoc) -> None:
    d.ent("organization", LABOR)
    d.ent("organization", "Islamic Faith Community")
    d.not_entity("Labor and Integration Ministries")
    # a dated publication; the incidents of 2018 and 2017 each by their own date expression
    B = "In April the Ministry of Interior published statistics citing approximately"
    d.ev(B, "report_published", "2019-04", source=MOI)
    d.ev(B, "attack_or_threat", "2018", source=MOI)
    d.ev(B, "attack_or_threat", "2017", source=MOI)
    d.fig(B, 1075, "extremist, racist or anti-Semitic incidents in 2018", "approximately",
          source=MOI)
    d.fig(B, 1063, "such incidents in 2017", source=MOI)
    # complaints received over a stated period: an event of that period (as 2022 Chile's §7)
    B = "reported receiving approximately 1,920 complaints in 2018"
    d.ev(B, "other", "2018", source="NGO hotline")
    d.fig(B, 1920, "complaints of racist incidents received in 2018", "approximately",
          source="NGO hotline")
    d.fig("racist internet postings comprised 60 percent of cases", 60,
          "percent of cases that were internet postings", unit="percent", source="NGO hotline")
    B = "reported receiving 540 complaints in 2018, a 74 percent increase"
    d.ev(B, "other", "2018", source="Islamic Faith Community")
    d.ev(B, "other", "2017", source="Islamic Faith Community")
    d.fig(B, 540, "anti-Muslim complaints received in 2018", source="Islamic Faith Community")
    d.fig(B, 74, "percent increase in complaints over 2017", unit="percent",
          source="Islamic Faith Community")
    d.fig(B, 309, "anti-Muslim complaints received in 2017", source="Islamic Faith Community")
    B = "More than half of the 540 reported incidents took place on digital media."
    d.fig(B, 0.5, "share of incidents on digital media", "more than", unit="share")
    d.fig(B, 540, "anti-Muslim incidents reported")
    # an agreement renewed (an instrument outside law_things: other), no date: the year
    d.ev("The Interior Ministry renewed an annual agreement", "other", Y)
    d.ev("no reports of violence or discrimination based on sexual orientation",
         "attack_or_threat", Y, polarity="negated")


def _section_7_unions(d: CollectionTestDoc) -> None:
    d.sec("7")
    d.ent("organization", "Austrian Trade Union Federation")
    d.ent("organization", LABOR)
    d.ent("organization", "Federal Equality Commission")
    # "few reports of" counts the reports: the year, alleged
    d.ev("There were few reports of antiunion discrimination", "other", Y, polarity="alleged")
    # campaigns and workshops initiated (campaigns of the year)
    d.ev("The government initiated forced labor awareness campaigns", "other", Y)
    d.prov("penalties ranged from three to 20 years", "penalty", 3, "years",
           "three to 20 years’ imprisonment", value_end=20)
    B = "The minimum legal working age is 15, with the exception"
    d.prov(B, "threshold", 15, "age", "15")
    d.prov(B, "threshold", 13, "age", "at least 13")
    d.prov("Children who are 15 and older are subject to the same", "threshold", 15, "age",
           "15 and older")
    d.prov("may award the equivalent of up to four months", "right", 4, "months",
           "up to four months’ salary")


def _section_7_conditions(d: CollectionTestDoc) -> None:
    d.ent("organization", "Chamber of Labor")
    d.ent("organization", "Employment and Labor Relations Federal Public Service")
    d.fig("covered between 98 and 99 percent of the workforce", 98,
          "percent of the workforce covered by collective agreements", unit="percent",
          value_end=99)
    B = "The law in general provides for a maximum workweek of 40 hours"
    d.prov(B, "prohibition", 40, "hours", "a maximum workweek of 40 hours")
    d.fig(B, 0.5, "share of employees with shorter agreed workweeks", "more than",
          unit="share")
    d.prov("increase the maximum regular time from 40 hours to 50 hours", "prohibition", 50,
           "hours", "50 hours per week")
    B = "A law that entered into force in August allows work hours"
    d.ev(B, "law_or_decree", "2019-08")
    d.prov(B, "prohibition", 12, "hours", "a maximum of 12 hours per day")
    d.prov(B, "prohibition", 60, "hours", "60 hours per week")
    d.prov(B, "right", 10, "hours", "more than 10 hours per day")
    B = "Overtime is officially limited to 20 hours per week and 60 hours per year."
    d.prov(B, "prohibition", 20, "hours", "20 hours per week")
    d.prov(B, "prohibition", 60, "hours", "60 hours per year")
    B = "The period worked more than an average of 17 weeks must not exceed"
    d.prov(B, "threshold", 17, "weeks", "an average of 17 weeks")
    d.prov(B, "prohibition", 48, "hours", "48 hours per week")
    d.prov("An employee must have at least 11 hours off between workdays.", "right", 11,
           "hours", "at least 11 hours")
    d.fig("made up approximately 19 percent of the country", 19,
          "percent of the workforce that was foreign", "approximately", unit="percent")
    # a strategy (a plan) extended, no date of its own ("until 2020" is its end): other
    d.ev("The government extended its Occupational Safety and Health Strategy", "other", Y)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def austria2019() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2019_austria", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_austria": austria2019}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
