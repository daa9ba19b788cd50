"""Build the hand-made DEV gold file for Botswana 2022 (a page of the public collection).

``2022_botswana.jsonl`` annotates ``html/2022/botswana.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2022/botswana.html`` by ``scripts/collection.sh``: the
2022 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_lithuania2019.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_botswana2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_botswana2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_botswana.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2022/botswana.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4"]

BW = "Botswana"
BDP = "Botswana Democratic Party"
NA = "National Assembly"
BPS = "Botswana Police Service"
DISS = "Directorate of Intelligence and Security Services"
DCEC = "Directorate on Corruption and Economic Crime"
OP = "Office of the President"
COA = "Court of Appeals"
MASISI = "Mokgweetsi Masisi"
UNHCR = "UN High Commissioner for Refugees"
STATE = "Department of State"
LGB = "Lesbians Gays and Bisexuals of Botswana"
MLHA = "Ministry of Labour and Home Affairs"
CKGR = "Central Kalahari Game Reserve"
FCII = ("Francistown Centre for Illegal Immigrants", "FCII", "Dukwi Refugee Camp")
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor")


def common(d: CollectionDevDoc) -> None:
    d.ent("place", BW)
    d.not_entity(*FCII)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", BDP)
    d.ent("organization", NA)
    d.ent("person", MASISI, "Masisi")
    d.ent("organization", BPS, "BPS")
    d.ent("organization", "Ministry of Defense and Security")
    d.ent("organization", "Botswana Defense Force")
    d.ent("organization", OP)
    d.ent("organization", DISS, "DISS")
    # the nation's founding cited in a noun phrase: an occurrence of that year
    d.ev("has held a majority in the National Assembly since the nation", "other", "1966")
    d.ev("In 2019, President Mokgweetsi Masisi won his first full five-year term",
         "election_or_referendum", "2019")
    d.ev("Members of the security forces committed some abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included credible reports of: arbitrary",
         "surveillance", Y, polarity="alleged")
    d.ev("The government took steps to prosecute officials who committed abuses", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ent("organization", COA, "Court of Appeal")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "Ministry of Defense and Security")
    d.ev("there were no reports of government officials employing such tactics",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("the Court of Appeals ruled these provisions do not violate", "other", Y)
    d.ev("Authorities investigated credible allegations of inhuman conditions", "investigation",
         Y)
    d.ev("The International Committee of the Red Cross visited prisons.", "other", Y)

    d.sec("1.d")
    d.ent("organization", DISS, "DISS")
    d.ent("organization", DCEC, "DCEC")
    d.ent("organization", "World Prison Brief")
    d.prov("requires authorities to file charges before a magistrate within 48 hours",
           "time_limit", 48, "hours", "within 48 hours", "charges after arrest")
    d.prov("Those arrested or detained have the right to an attorney during", "right", 48,
           "hours", "the first 48 hours after arrest", "attorney after arrest")
    B = "A magistrate may order a suspect held for 14 days through a writ"
    d.prov(B, "time_limit", 14, "days", "for 14 days", "writ of detention")
    d.prov(B, "time_limit", 14, "days", "renewed every 14 days", "renewal of a writ of detention")
    B = "A writ of pretrial detention is valid for 14 days"
    d.prov(B, "time_limit", 14, "days", "valid for 14 days", "writ of pretrial detention")
    d.prov(B, "time_limit", 14, "days", "renewable every 14 days",
           "renewal of a writ of pretrial detention")
    d.ev("On March 18, the Directorate of Intelligence and Security Services arrested",
         "detention_or_arrest", "2022-03-18")
    d.dur(48, "hours", "for 48 hours")
    # continues the March 18 arrest
    d.ev("The two were denied legal representation during their incarceration.", "other",
         "2022-03-18")
    d.ev("On June 7, DISS arrested the legal adviser", "detention_or_arrest", "2022-06-07")
    d.ev("there were no reports of instances in which the length of detention equaled",
         "detention_or_arrest", Y, polarity="negated")
    B = "Pretrial detainees comprised 22.5 percent (2021 data) of prisoners"
    d.fig(B, 22.5, "pretrial detainees' share of prisoners", unit="percent",
          source="World Prison Brief")
    d.ev(B, "report_published", "2021", source="World Prison Brief")

    d.sec("1.e")
    d.not_entity("National Security Act")
    d.ent("organization", "African Commission on Human and Peoples’ Rights")
    d.ev("These included an executive branch attempt to influence the trial outcome",
         "other", Y, polarity="alleged")
    d.ev("a tribal chief claimed that the presidency warned her", "attack_or_threat", Y,
         polarity="alleged", source="tribal chief")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ent("organization", "Financial Action Task Force")
    d.ev("there were reports that DISS had developed capabilities for online surveillance",
         "other", Y, polarity="alleged")
    d.ev("A law enacted in February that gave security forces broad wiretapping powers",
         "law_or_decree", "2022-02")
    d.ev("The law was later amended to remove warrantless wiretaps", "law_or_decree", Y)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", NA)
    d.ent("organization", "Constitutional Court")
    d.ent("person", "Tshepo Sethibe", "Sethibe")
    d.ent("organization", "Moeladilotlhoko News Boiler")
    d.ent("organization", BPS, "BPS")
    d.ent("place", "Phitshane Molopo")
    d.ent("place", "South Africa")
    d.ent("person", "Michelle Teise")
    B = "On July 13, journalist Tshepo Sethibe of the news site"
    d.ev(B, "detention_or_arrest", "2022-07-13")
    # the charge is a later step of another kind, without a date of its own
    d.ev("Sethibe was charged with alarming the public.", "charge", Y)
    d.ev("His cell phones were confiscated but he was released the next day.", "release",
         "2022-07-14")
    d.ev("In January 2021, the Botswana Police Service (BPS) in Phitshane Molopo",
         "detention_or_arrest", "2021-01")
    # one date expression, two occurrences: typed by the first of the main clause
    d.ev("Police charged them with criminal trespass but dropped the charges", "charge",
         "2021-04")
    d.ev("There were no arrests or convictions under these laws", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("There were no reports of prosecutions or convictions under these provisions",
         "charge", Y, polarity="negated")
    d.ev("The government did not restrict or disrupt access to the internet or censor",
         "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.b")
    d.ent("person", "Thuso Tiego", "Tiego")
    d.ent("place", "Lobatse")
    d.ev("On June 13, police arrested Pastor Thuso Tiego", "detention_or_arrest",
         "2022-06-13")
    # retells the June 13 arrest
    d.ev("He was arrested and released without charge.", "detention_or_arrest", "2022-06-13")
    d.ev("In September 2021, police detained Tiego on charges", "detention_or_arrest",
         "2021-09")
    d.ev("On June 13, police used force to disperse angry residents of Lobatse",
         "attack_or_threat", "2022-06-13")
    B = "Three police officers were injured, and four police vehicles were damaged."
    d.ev(B, "attack_or_threat", "2022-06-13")
    d.fig(B, 3, "police officers injured in Lobatse")
    d.fig(B, 4, "police vehicles damaged in Lobatse")
    B = "Approximately 10 persons were arrested for questioning."
    d.ev(B, "detention_or_arrest", Y)
    d.fig(B, 10, "persons arrested after the Lobatse protest", "approximately")

    d.sec("2.c")
    d.ent("organization", STATE)
    d.not_entity(*REPORTS)

    d.sec("2.e")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", "Refugee Advisory Committee")
    d.ent("place", "Francistown")
    d.not_entity("UN Refugee Convention")
    B = "In August, UNHCR reported that most of the country"
    d.ev(B, "report_published", "2022-08", source="UNHCR")
    d.fig(B, 841, "registered refugees", source="UNHCR")
    d.fig("In one case, this included a family with eight minor children.", 8,
          "minor children of one family in the FCII")
    B = "which, during the year, held more than 200 children younger than age 18"
    d.ev(B, "detention_or_arrest", Y, source="international observers")
    d.fig(B, 200, "children held in the FCII during the year", "more than",
          source="international observers")
    d.ev("Although the government moved remaining long-term asylum seekers", "other", "2019")
    d.fig("an average of 50 to 60 persons were held in the FCII", 50,
          "persons held in the FCII at any given time", value_end=60,
          source="international refugee groups")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("organization", BDP)
    d.ent("organization", NA)
    d.ent("person", MASISI, "Masisi")
    d.ent("person", "Dumelang Saleshando", "Saleshando")
    d.ent("organization", "High Court")
    d.ent("organization", "House of Chiefs")
    d.ent("place", CKGR, "CKGR", "CKRG")
    B = "The Botswana Democratic Party won a majority in the 2019 parliamentary elections"
    d.ev(B, "election_or_referendum", "2019")
    d.ev(B, "other", "1966")
    d.ev("Outside observers generally considered the vote credible.", "other", "2019",
         source="observers")
    B = "Using COVID-19 state of emergency powers, the government postponed indefinitely"
    d.ev(B, "other", "2019")
    d.fig(B, 11, "special elections postponed")
    d.ev("These elections took place in December 2021.", "election_or_referendum", "2021-12")
    B = "Three other council wards’ by-elections have been held since."
    d.ev(B, "election_or_referendum", "2021-12")
    d.fig(B, 3, "council ward by-elections held since December 2021")
    d.ev("In 2020, the National Assembly suspended the officially designated leader",
         "other", "2020")
    d.dur(1, "weeks", "for one week")
    # continues the 2020 suspension
    d.ev("called for the suspension vote", "other", "2020")
    d.ev("In August 2021, the High Court ruled that the speaker", "other", "2021-08")
    d.ev("In June, the opposition coalition, which included Saleshando", "dismissal",
         "2022-06")
    d.fig("While the constitution formally recognizes eight principal tribes", 8,
          "principal tribes of the Tswana nation recognized by the constitution")
    d.ev("During the 2019 national election, polling places were established", "other",
         "2019")

    d.sec("4")
    d.ent("organization", DISS, "DISS")
    d.ent("organization", "Transparency International")
    d.ent("person", "Tefo Kgotlhane", "Kgotlhane")
    d.ent("person", "Welheminah Mphoeng Maswabi", "Maswabi")
    d.ent("organization", "Bank of Botswana")
    d.ent("person", "Ian Khama", "Khama")
    d.ent("person", "Isaac Kgosi", "Kgosi")
    d.ent("organization", COA, "Court of Appeal")
    d.ent("organization", "High Court")
    d.ent("person", "Carter Morupisi", "Morupisi")
    d.ent("person", "Tumiso Rakgare")
    d.ent("organization", "Facebook")
    B = "A 2019 poll by Transparency International found that 7 percent"
    d.ev(B, "report_published", "2019", source="Transparency International")
    d.ev(B, "report_published", "2015", source="Transparency International")
    d.fig(B, 7, "polled who paid bribes in 2019", unit="percent",
          source="Transparency International")
    d.fig(B, 1, "polled who paid bribes in 2015", unit="percent",
          source="Transparency International")
    d.ev("On June 14, DISS arrested and interrogated its Deputy Director General",
         "detention_or_arrest", "2022-06-14")
    d.dur(1, "days", "for a day")
    # retells the June 14 arrest, its reason claimed by the media
    d.ev("Media reports claimed that Kgotlhane was arrested in connection", "detention_or_arrest",
         "2022-06-14", polarity="alleged", source="media")
    B = "In August 2021, a court also dismissed a case against Welheminah"
    d.ev(B, "acquittal", "2021-08")
    d.fig(B, 10e9, "theft of bonds from the Bank of Botswana", unit="USD")
    d.ev("Neither Kgosi nor Khama were charged in the case", "charge", Y, polarity="negated")
    d.ev("Khama responded by filing a formal complaint in April 2021", "other", "2021-04")
    d.ev("On August 5, the Court of Appeal ruled against the High Court", "other",
         "2022-08-05")
    d.ev("In 2020, the former permanent secretary to Presidents Khama and Masisi", "trial",
         "2020")
    d.ev("On October 31, the High Court found Morupisi guilty", "conviction_or_sentence",
         "2022-10-31")
    B = "The court sentenced Morupisi on November 30 to a two-year suspended"
    d.ev(B, "conviction_or_sentence", "2022-11-30")
    d.pen("prison", 2, "years", "a two-year suspended prison sentence")
    d.fig(B, 130000, "fines imposed on Morupisi", unit="BWP")
    d.fig(B, 10800, "fines imposed on Morupisi", unit="USD")
    d.ev("Minister of Youth, Sports, and Culture Tumiso Rakgare posted", "other", Y,
         source="Tumiso Rakgare")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4}


def botswana2022() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_botswana", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_botswana": botswana2022}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
