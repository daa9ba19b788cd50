"""Build the hand-made held-out DEV gold file for Nauru 2016 (a page of the public collection).

``2016_nauru.jsonl`` annotates ``html/2016/nauru.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2016/nauru.html`` by ``scripts/collection.sh``: the 2016
edition, classic seven-section layout, about 30,000 characters. Split ``dev``, held out
(``tests/gold/held_out.toml``). Made as ``build_whole_gold_saintlucia2016.py`` was made (its
docstring says how): blind, before any run of the system on the page, every record decided by hand
sentence by sentence; the scope's ``"ranges"`` are the groups of ``DONE``; the file keeps offsets,
names and values, never report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_nauru2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_nauru2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_nauru.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/nauru.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

NR = "Nauru"
AU = "Australia"
WAQA = ("Baron Waqa", "Waqa")
RPC = "Regional Processing Center"
ELECTION = ("2016-07-09", "2016-07-11")
OBSERVERS = "International observers"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", NR)
    d.ent("person", *WAQA)
    d.ent("organization", "Facebook")
    d.not_entity(RPC, "Australian-run Regional Processing Center")
    # an observers' verdict on the election: `other`, dated by the election it judges
    d.ev("International observers deemed free and fair the parliamentary election",
         "other", ELECTION[0], date_end=ELECTION[1], source=OBSERVERS)
    # the election's follower on its subject (2016 Saint Lucia; 2020 Nauru, t-events19)
    d.ev("Parliament re-elected President Baron Waqa who was also a member",
         "election_or_referendum", ELECTION[0], date_end=ELECTION[1])
    # "some allegations of government corruption": an actor in the noun (settled 2026-12-16/17)
    d.ev("There were some allegations of government corruption", "other", Y,
         polarity="alleged")
    d.ev("Some opposition figures alleged the president interfered with the judiciary.",
         "other", Y, polarity="alleged", source="opposition figures")
    d.ev("There were no reports government officials committed human rights abuses",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1")
    d.ent("place", AU)
    d.ent("place", NR)
    d.not_entity(RPC)
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")
    d.ev("there were no reports government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("There were no significant reports regarding prison conditions", "other", Y,
         polarity="negated")
    d.ev("There were no reports of prisoner deaths.", "death_in_custody", Y,
         polarity="negated")
    # visits by monitors that occurred (counted: "several"), not a standing permission
    d.ev("and several such visits occurred", "other", Y)
    d.ev("There were no reports of impunity involving the security forces.", "other", Y,
         polarity="negated")
    # the light-verb form tells arrests made (arrest procedures, the 0.1.31 merge)
    d.ev("Authorities made arrests based either on warrants issued", "detention_or_arrest", Y)
    d.prov("Police may hold a person for a maximum of 24 hours", "time_limit", 24, "hours",
           "a maximum of 24 hours", "holding a person without a hearing")
    # an occurrence cited in a noun phrase with its year (settled 2026-12-08)
    d.ev("some outside government circles alleged instances of government pressure",
         "other", Y, polarity="alleged", source="outside government circles")
    d.ev("in cases related to a 2015 protest that turned violent", "protest", "2015")
    d.ev("but there were reports the government sometimes interfered with judicial",
         "other", Y, polarity="alleged")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    section_2_ab(d)
    section_2_d(d)
    section_2_refugees(d)


def section_2_ab(d: CollectionDevDoc) -> None:
    d.ent("organization", "Facebook")
    d.ent("organization", "Department of State")
    d.not_entity(RPC, "Crimes Act", "International Religious Freedom Report")
    # a law named with its year doing what only its adoption did (settled 2026-12-07)
    d.ev("The 2016 Crimes Act created new offenses", "law_or_decree", Y)
    d.prov("Violations of this offense are punishable by a maximum sentence", "penalty", 3,
           "years", "three years’ imprisonment",
           "unlawful vilification and criminal defamation")
    d.ev("Authorities raised the fee for journalist visas from A$200", "other", "2014")
    # replaced values of a rule give only the new one (settled 2026-12-06)
    d.prov("Authorities raised the fee for journalist visas from A$200", "threshold", 8000,
           "AUD", "A$8,000", "journalist visa fee")
    d.prov("Authorities raised the fee for journalist visas from A$200", "threshold", 5750,
           "USD", "($5,750)", "journalist visa fee")
    d.ev("the government rejected several visa applications from journalists", "other", Y)
    d.ev("continued its 2015 block on Facebook", "censorship_or_blocking", "2015")
    d.ev("There were no credible reports the government monitored private online",
         "surveillance", Y, polarity="negated")
    d.fig("64 percent of the population had access to the internet in 2014", 64,
          "share of the population with internet access (2014)", unit="percent")
    d.ev("The government passed a law in 2015 that created new offenses", "law_or_decree",
         "2015")


def section_2_d(d: CollectionDevDoc) -> None:
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "The Guardian")
    d.ent("organization", "Office of the UN High Commissioner for Human Rights")
    d.ent("organization", "Supreme Court")
    d.ent("person", "Sprent Dabwido", "Dabwido")
    d.ent("place", AU)
    d.ent("place", NR)
    d.not_entity(RPC)
    # a dated report of two bodies (What is reported: dated reports are `report_published`)
    # a dated claim of acts: the acts, its date, alleged ("What is reported"; 2026-12-17)
    d.ev("In August both Amnesty International and Human Rights Watch claimed",
         "attack_or_threat", "2016-08", polarity="alleged", source="Amnesty International")
    d.ev("after researchers from the two organizations entered the country unannounced",
         "other", "2016-07")
    d.ev("In August The Guardian published more than 2,000 case files", "report_published",
         "2016-08", source="The Guardian")
    d.ev("involving asylum seekers from 2013 to 2015", "attack_or_threat", "2013",
         date_end="2015", polarity="alleged", source="The Guardian")
    d.fig("In August The Guardian published more than 2,000 case files", 2000,
          "case files published", "more than", source="The Guardian")
    d.fig("purporting to summarize more than 1,000 assaults", 1000,
          "assaults, sexual assaults and self-harm incidents summarized", "more than",
          source="The Guardian")
    # a reaction of a named actor to a specific occurrence (settled 2026-12-06)
    d.ev("In response, the government stated that most refugee and advocate claims",
         "other", Y, source="government")
    d.ev("In August the government canceled the passports of 20 people", "other", "2016-08")
    d.fig("In August the government canceled the passports of 20 people", 20,
          "people whose passports were canceled")
    # a later step of another kind: not dated by the August episode
    d.ev("The government charged all of them with violations of the criminal code",
         "charge", Y)
    d.ev("for involvement in a 2015 anti-government protest that turned violent", "protest",
         "2015")
    d.ev("from seeking medical treatment overseas in October", "other", "2016-10")
    d.ev("The Supreme Court returned Dabwido’s passport in November", "other", "2016-11")


def section_2_refugees(d: CollectionDevDoc) -> None:
    d.ent("place", AU)
    d.not_entity(RPC, "Memorandum of Understanding", "MOU")
    d.ev("After the government reopened the Regional Processing Center in 2012", "other",
         "2012")
    d.ev("adopted the Memorandum of Understanding (MOU) with Australia in 2013", "other",
         "2013")
    d.fig("As of August, there were 894 refugees, including 135 children", 894,
          "refugees living in the country (August)")
    d.fig("As of August, there were 894 refugees, including 135 children", 135,
          "refugee children living in the country (August)")
    d.fig("As of August, there were 894 refugees, including 135 children", 271,
          "asylum seekers living in the processing center (August)")
    d.fig("As of August, there were 894 refugees, including 135 children", 39,
          "asylum-seeker children in the processing center (August)")
    d.ev("international human rights organizations reported incidents of bullying",
         "attack_or_threat", Y, source="human rights organizations")
    d.ev("In 2012 Australia and the government signed an MOU", "other", "2012")
    d.ev("received its first group of asylum seekers in 2012", "other", "2012")
    # a count up to an as-of date: an event of the year
    d.ev("By August the government had accepted 894 asylum seekers",
         "asylum_or_citizenship_decision", Y)
    d.fig("By August the government had accepted 894 asylum seekers", 894,
          "asylum seekers accepted as temporary refugees")
    d.fig("Another 271 asylum seekers were awaiting or contesting", 271,
          "asylum seekers awaiting or contesting refugee determination")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    section_3(d)
    d.sec("4")
    section_4(d)


def section_3(d: CollectionDevDoc) -> None:
    d.ent("person", *WAQA)
    d.ent("organization", "United Nations")
    d.ent("place", "United States")
    d.ev("International observers considered generally free and fair the most recent",
         "other", ELECTION[0], date_end=ELECTION[1], source=OBSERVERS)
    # changes made to the election law before the polls: an amendment of the year (what is
    # alleged is their effect; the reaction of actors not named is no event, S1)
    d.ev("Opposition figures alleged, however, that some changes made to the election law",
         "law_or_decree", Y)
    d.ev("The 19-member parliament then re-elected President Baron Waqa",
         "election_or_referendum", ELECTION[0], date_end=ELECTION[1])
    d.fig("The 19-member parliament then re-elected President Baron Waqa", 19,
          "members of parliament")
    d.ev("The government suspended five opposition members of parliament", "other", "2014")
    d.fig("The government suspended five opposition members of parliament", 5,
          "opposition MPs suspended")
    # the rest of the 2014 suspension (a past year's episode continued, 2026-12-08/12)
    d.ev("Three of the MPs were suspended pending apologies or retractions", "other", "2014")
    d.fig("Three of the MPs were suspended pending apologies or retractions", 3,
          "MPs suspended pending apologies")
    d.ev("The other two members were cited for disruptive conduct", "other", "2014")
    d.fig("The other two members were cited for disruptive conduct", 2,
          "MPs cited for disruptive conduct")
    d.ev("four participated in the July parliamentary election and only one",
         "election_or_referendum", "2016-07")
    d.fig("four participated in the July parliamentary election and only one", 4,
          "suspended MPs who ran in the July election")
    d.fig("four participated in the July parliamentary election and only one", 1,
          "suspended MPs re-elected")
    d.ev("Three of the former MPs continued to face criminal charges", "protest", "2015")
    d.fig("Three of the former MPs continued to face criminal charges", 3,
          "former MPs facing criminal charges")
    d.ev("Four women ran in the July general election", "election_or_referendum", "2016-07")
    d.fig("Four women ran in the July general election", 4, "women candidates")


def section_4(d: CollectionDevDoc) -> None:
    d.ent("organization", "Australian Federal Police")
    d.ent("organization", "Getax")
    d.ent("organization", "Government Information Office")
    # "numerous allegations of government corruption" (settled 2026-12-16: alleged `other`)
    d.ev("Opposition MPs and their supporters made numerous allegations of government",
         "other", Y, polarity="alleged", source="Opposition MPs")
    d.ev("bribed local politicians to obtain support for its phosphate mining", "other",
         "2010", polarity="alleged")
    d.ev("The government rejected these allegations.", "other", Y)


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    parts = {"5": (section_5,), "6": (section_6_women, section_6_children, section_6_others),
             "7": (section_7_abc, section_7_de)}
    for section, builders in parts.items():
        d.sec(section)
        for build in builders:
            build(d)


def section_5(d: CollectionDevDoc) -> None:
    d.ent("organization", "Department of Justice and Border Control")
    d.ent("organization", "Human Rights Section")
    d.ent("organization", "Secretariat of the Pacific Community")
    d.ent("organization", "Regional Rights Resource Team")
    d.ev("In 2014 the Department of Justice and Border Control opened", "other", "2014")
    d.fig("staffed by a human rights adviser, two human rights officers", 2,
          "human rights officers of the section")


def section_6_women(d: CollectionDevDoc) -> None:
    d.ent("organization", "UN Population Fund", "UNFPA")
    d.ent("organization", "Women’s Affairs Office")
    d.not_entity("Crimes Act")
    d.prov("Rape is a crime and carries a maximum penalty of 25 years", "penalty", 25, "years",
           "25 years’ imprisonment", "rape")
    # a standing function with a taxonomy verb (settled 2026-12-13/17)
    d.ev("Police investigated all reported rapes, and the courts prosecuted cases.",
         "investigation", Y)
    d.ev("There were reports female refugees were subject to sexual harassment",
         "torture_or_abuse", Y, polarity="alleged")
    d.prov("The maximum penalty for simple assault is one year", "penalty", 1, "years",
           "one year’s imprisonment", "simple assault")
    d.prov("The maximum penalty for assault involving bodily harm is three years", "penalty", 3,
           "years", "three years’ imprisonment", "assault involving bodily harm")


def section_6_children(d: CollectionDevDoc) -> None:
    d.ent("organization", "UNICEF")
    d.ent("organization", "Department of State")
    d.not_entity("Child Protection and Welfare Act", "Crimes Act", "Cyber Crime Act",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction")
    d.prov("The law requires registration of births within 21 days", "time_limit", 21, "days",
           "within 21 days", "registration of births")
    d.ev("In June parliament passed comprehensive child protection and welfare",
         "law_or_decree", "2016-06")
    d.ev("which came into effect on June 10, establishes comprehensive measures",
         "law_or_decree", "2016-06-10")
    d.prov("prohibits marriage by male and female children younger than 18 years", "threshold",
           18, "age", "younger than 18 years", "marriage")
    d.fig("2 percent married before they were 15 years old", 2,
          "married women aged 20-24 who married before 15", unit="percent", source="UNICEF")
    d.fig("2 percent married before they were 15 years old", 27,
          "married women aged 20-24 who married before 18", unit="percent", source="UNICEF")
    d.ev("The comprehensive Crimes Act 2016, which came into effect on May 10",
         "law_or_decree", "2016-05-10")
    d.prov("The minimum age for consensual sex is 16 years.", "threshold", 16, "age",
           "16 years", "age of consent")
    d.prov("makes intentional sexual intercourse with a child younger than 16 years",
           "threshold", 16, "age", "younger than 16 years", "sexual intercourse with a child")
    d.prov("makes intentional sexual intercourse with a child younger than 16 years",
           "penalty", 25, "years", "25 years’ imprisonment", "sexual intercourse with a child")
    d.prov("Sexual intercourse with a child younger than 13 years carries", "threshold", 13,
           "age", "younger than 13 years", "sexual intercourse with a child")
    d.prov("Sexual intercourse with a child younger than 13 years carries", "penalty", None,
           None, "life imprisonment", "sexual intercourse with a child under 13")
    section_6_images(d)
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no confirmed reports during the year that Nauru was a source", "other",
         Y, polarity="negated")


def section_6_images(d: CollectionDevDoc) -> None:
    a = "If the child is younger than 16 years, the maximum penalty is 10 years"
    d.prov(a, "threshold", 16, "age", "younger than 16 years", "images of a child")
    d.prov(a, "penalty", 10, "years", "10 years’ imprisonment", "images of a child under 16")
    d.prov(a, "penalty", 15, "years", "15 years’ imprisonment", "images of a child under 13")
    d.prov(a, "threshold", 13, "age", "younger than 13 years", "images of a child")
    b = "The maximum penalty if the child is younger than 16 years is 15 years"
    d.prov(b, "threshold", 16, "age", "younger than 16 years", "pornographic material")
    d.prov(b, "penalty", 15, "years", "15 years’ imprisonment",
           "pornographic material with a child under 16")
    d.prov(b, "penalty", 20, "years", "20 years’ imprisonment",
           "pornographic material with a child under 13")
    d.prov(b, "threshold", 13, "age", "younger than 13 years", "pornographic material")


def section_6_others(d: CollectionDevDoc) -> None:
    d.ent("organization", "Department of Education")
    d.ent("organization", "Nauru Disability Persons Organization")
    d.not_entity("Mentally Disordered Persons Ordinance", "Crimes Act")
    d.ev("There were no reports of discrimination against persons with disabilities", "other",
         Y, polarity="negated")
    # a law named with its year told with a verb of change in the past (2026-12-07)
    d.ev("The Crimes Act 2016 removed homosexual conduct as a criminal offense.",
         "law_or_decree", Y)
    d.ev("There were isolated reports of violence against persons based on sexual",
         "attack_or_threat", Y, polarity="alleged")


def section_7_abc(d: CollectionDevDoc) -> None:
    d.ent("organization", "Department of Human Resources and Labor")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.ev("There were no strikes and no reports of antiunion discrimination", "other", Y,
         polarity="negated")
    d.ev("There were no reports such practices occurred.", "other", Y, polarity="negated")
    d.prov("The law sets the minimum age of employment at 16 years.", "threshold", 16, "age",
           "16 years", "minimum age of employment")
    d.fig("The only two significant employers", 2, "significant employers")


def section_7_de(d: CollectionDevDoc) -> None:
    d.ent("organization", "Secretariat of the Pacific Community")
    d.ent("organization", "Department of Human Resources and Labor")
    d.ent("organization", "Protocol Department")
    d.ent("organization", "Ministry of Foreign Affairs")
    d.ent("organization", "Department of Civil Aviation")
    d.not_entity("Workers Act")
    a = "While women headed approximately one-third of all households"
    d.fig(a, 1 / 3, "households headed by women", "approximately")
    d.fig(a, 0.25, "heads of households in paid work who were female", "fewer than")
    b = "Overall 70 percent of male heads of household and 40 percent"
    spc = "Secretariat of the Pacific Community"
    d.fig(b, 70, "male heads of household economically active", unit="percent", source=spc)
    d.fig(b, 40, "female heads of household economically active", unit="percent", source=spc)
    c = "More than half of the female heads of household were not working"
    d.fig(c, 0.5, "female heads of household not working", "more than")
    d.fig(c, 29, "female heads of household not able to work", unit="percent")
    d.fig(c, 25, "female heads of household unemployed", unit="percent")
    # the efforts rule: a negated event of the year typed by its aim
    d.ev("There were no reports the government took any specific action to prevent",
         "other", Y, polarity="negated")
    d.fig("who constituted more than 90 percent of salaried workers", 90,
          "government workers' share of salaried workers", "more than", unit="percent")
    e = "The minimum starting salary for public-sector employees is approximately"
    d.fig(e, 1.80, "minimum starting salary per hour in the public sector", "approximately",
          unit="AUD")
    d.fig(e, 1.30, "minimum starting salary per hour in the public sector", "approximately",
          unit="USD")
    d.fig("approximately 26 percent of the population lived at the subsistence level", 26,
          "population living at the subsistence level", "approximately", unit="percent")
    f = "By regulation the workweek in both the public- and private-sectors"
    d.prov(f, "prohibition", 35, "hours", "35 hours", "workweek of office workers")
    d.prov(f, "prohibition", 40, "hours", "40 hours", "workweek of manual laborers")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def nauru() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_nauru", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_nauru": nauru}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
