"""Build the hand-made TEST gold file for Croatia 2019 (a page of the public collection).

``2019_croatia.jsonl`` annotates ``html/2019/croatia.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/croatia.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``test`` (nobody tunes on it; only aggregates are
read), annotated blind (round t-gold33, 2026-12-30) with the method of
``build_whole_gold_honduras2020.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence by the written rules of
docs/EVALUATION.md before the system was ever run on the page; the script only turns the decisions
into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor occurring once in
the document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_croatia2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_croatia2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_croatia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2019/croatia.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

HR = "Republic of Croatia"
MOI = "Ministry of the Interior"
MOJ = "Ministry of Justice"
OSCE = "Office of Security Cooperation in Europe"
CJA = "Croatian Journalists’ Association"
HRT = "Croatian Radio Television"
UNHCR = "Office of the UN High Commissioner for Refugees"
DESIR = "Harlem Desir"
SANADER = "Ivo Sanader"
PLENKOVIC = "Andrej Plenkovic"
BOZINOVIC = "Davor Bozinovic"
SNV = "Serb National Council"
WBG = "World Bank Group"
HUHIV = "Croatian Association for HIV"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", HR, "Croatia")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", "Sabor")
    d.ent("organization", "State Election Commission")
    d.ent("organization", "European Parliament")
    d.ent("organization", MOI, "Ministry of Interior")
    d.ent("organization", "Armed Forces")
    d.ent("organization", "Ministry of Defense")
    d.ev("The latest presidential election was held in 2015", "election_or_referendum", "2015")
    # observers' verdict on the 2015 and 2016 elections: other, dated by the one date expression
    B = "Domestic and international observers stated that the presidential election"
    d.ev(B, "other", "2016", source="Domestic and international observers")
    # the commission's verdict on the May elections: other, the election's month
    d.ev(B, "other", "2019-05", source="State Election Commission")
    # the list of issues: its first item names an occurrence (intimidation of journalists)
    d.ev("Significant human rights issues included: intimidation and isolated instances",
         "attack_or_threat", Y)
    # "took steps to prosecute and punish": typed by the first step
    d.ev("The government took significant steps to prosecute and punish", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ent("organization", "Ministry of Veterans Affairs")
    d.ent("place", "Serbia")
    d.ent("place", "Bosnia and Herzegovina")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    B = "The government reported that as of October 14, 1,477 persons remained missing"
    d.fig(B, 1477, "persons missing", source="government")
    d.fig(B, 403, "deceased individuals whose remains were searched for", source="government")
    d.fig(B, 1880, "unsolved missing persons' cases", source="government")
    # exhumations counted over a stated period: an event of that period
    B = "the remains of 22 individuals were exhumed, and final identifications"
    d.ev(B, "other", "2019-01-01", "day", date_end="2019-10-14",
         source="Ministry of Veterans Affairs")
    d.fig(B, 22, "individuals exhumed", source="Ministry of Veterans Affairs")
    d.fig(B, 39, "final identifications made", source="Ministry of Veterans Affairs")
    d.ev("On August 1, the Law on Missing Persons in the Homeland War entered",
         "law_or_decree", "2019-08-01")
    # a protocol signed (an instrument outside law_things), cited in a participle with its date
    d.ev("A protocol on cooperation in missing persons’ cases signed on July 30",
         "other", "2019-07-30")

    d.sec("1.c")
    d.ent("organization", "National Preventive Mechanism", "NPM")
    d.ent("organization", "Council of Europe")
    d.ent("organization", "Committee for the Prevention of Torture and Inhuman or Degrading "
          "Treatment or Punishment")
    d.ent("organization", MOJ)
    d.ent("organization", "UNICEF")
    d.ent("organization", "European Social Fund")
    d.not_entity("Osijek Prison")
    # reports of (isolated) cases of a taxonomy act: the summary event of the year, alleged
    d.ev("there were reports of isolated and sporadic cases of physical and verbal",
         "torture_or_abuse", Y, polarity="alleged")
    # a report cited with its year
    d.ev("report for 2018 noted an increased number of complaints", "report_published", "2018",
         source="ombudsperson for human rights")
    d.ev("In her 2018 annual report, the ombudsperson for human rights noted",
         "report_published", "2018", source="ombudsperson for human rights")
    d.fig("Several prisons remained overcrowded, such as Osijek Prison", 161,
          "percent of capacity at Osijek Prison", unit="percent")
    B = "10 of the country’s 14 prisons remained overcrowded"
    d.fig(B, 10, "prisons overcrowded at the end of 2018")
    d.fig(B, 14, "prisons in the country")
    d.fig(B, 100, "percent of capacity", "more than", unit="percent")
    # a standing function with a taxonomy verb: a summary statement of the year (N3)
    d.ev("The ombudsperson investigated credible allegations of mistreatment", "investigation",
         Y)
    B = "In 2018 her office took actions in response to 169 cases"
    d.ev(B, "other", "2018", source="ombudsperson for human rights")
    d.fig(B, 169, "cases of violations of prisoners' rights acted on")
    d.fig(B, 47, "investigations conducted")
    d.fig(B, 6, "prisons visited")
    # a project begun (a program launched, the campaigns rule)
    B = "Ministry of Justice officials began a European Social Fund project"
    d.ev(B, "other", Y)
    d.fig("with a total project value of 9 million kuna", 9000000, "project value",
          unit="HRK")
    d.fig("with a total project value of 9 million kuna", 1400000, "project value",
          unit="USD")

    d.sec("1.d")
    d.prov("Prosecutors may hold suspects for up to 48 hours in detention.", "time_limit", 48,
           "hours", "up to 48 hours")
    d.prov("an investigative judge may extend investigative detention for an additional",
           "time_limit", 36, "hours", "an additional 36 hours")

    d.sec("1.e")
    d.ent("organization", "EU Commission")
    d.ent("organization", "European Court of Human Rights", "ECHR")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Serbian Orthodox Church")
    d.ent("organization", "Coordinating Committee of Jewish Communities in Croatia")
    B = "the judiciary as a whole had a backlog of 500,578 cases"
    d.fig(B, 500578, "cases in the judiciary's backlog")
    d.fig(B, 93516, "increase in the backlog")
    d.fig(B, 407062, "cases pending at the end of 2018")
    d.ev("An EU Commission report noted in February that the government", "report_published",
         "2019-02", source="EU Commission")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("In 2010, however, the Supreme Court ruled that the government", "other", "2010")
    # a dated attempt at a particular act
    d.ev("In 2011 the Ministry of Justice attempted unsuccessfully to amend", "other", "2011")
    d.fig("the amendment might benefit between 4,211 and 5,474 claimants", 4211,
          "claimants the amendment might benefit", source="government", value_end=5474)
    # "took no steps to <aim>": the efforts rule, typed by its aim (amending a law)
    d.ev("The government has taken no subsequent steps to amend the law.", "law_or_decree", Y,
         polarity="negated")
    d.fig("In April the government reported 70,000 property restitution claims", 70000,
          "property restitution claims filed", source="government")
    B = "The government reported approximately 64,000 of those claims"
    d.fig(B, 64000, "restitution claims resolved", "approximately", source="government")
    d.fig(B, 90, "percent of restitution claims resolved", unit="percent", source="government")
    B = "The government believed at least 244 resolved claims involved Jewish claimants"
    d.fig(B, 244, "resolved claims involving Jewish claimants", "at least", source="government")
    d.fig(B, 101, "Jewish claimants' cases pending in 2018", source="government")
    B = "Of the 244 resolved claims, 104 resulted in the return"
    d.fig(B, 244, "resolved claims involving Jewish claimants")
    d.fig(B, 104, "claims resolved by return of property")
    d.fig(B, 271, "properties returned")
    d.fig(B, 602000000, "value of properties returned", unit="HRK")
    d.fig(B, 91000000, "value of properties returned", unit="USD")
    d.fig(B, 140, "claims resolved by compensation")
    d.fig(B, 60200000, "compensation paid in cash or bonds", unit="HRK")
    d.fig(B, 9100000, "compensation paid in cash or bonds", unit="USD")
    # claims resolved since a date: an occurrence running since that date
    B = "since July 2018 it resolved a further 26 out of the remaining 101"
    d.ev(B, "other", "2018-07", source="government")
    d.fig(B, 26, "further pending cases resolved", source="government")
    d.fig(B, 101, "pending cases", source="government")
    B = "the government reported it paid 8.6 million kuna"
    d.ev(B, "other", Y, source="government")
    d.fig(B, 8600000, "paid in cash and bonds", unit="HRK", source="government")
    d.fig(B, 1300000, "paid in cash and bonds", unit="USD", source="government")
    d.fig(B, 16, "properties returned", source="government")
    d.fig(B, 33000000, "value of properties returned", unit="HRK", source="government")
    d.fig(B, 5000000, "value of properties returned", unit="USD", source="government")

    d.sec("1.f")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", CJA, "CJA")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", OSCE, "OSCE")
    d.ent("organization", "Net.hr")
    d.ent("organization", "Croatian Democratic Union")
    d.ent("organization", "index.hr")
    d.ent("organization", "Misdemeanor Court")
    d.ent("organization", "Council of Europe")
    d.ent("organization", HRT, "HRT")
    d.ent("organization", "Zagreb Labor Court")
    d.ent("person", DESIR, "Desir")
    d.ent("person", "Djurdjica Klancir", "Klancir")
    d.ent("person", "Ivo Zinic", "Zinic")
    d.ent("person", "Gordan Duhacek", "Duhacek")
    d.ent("person", "Dunja Mijatovic")
    d.ent("person", "Hrvoje Zovko", "Zovko")
    d.ent("person", PLENKOVIC, "Plenkovic")
    d.ent("place", "Sisak County")
    d.ent("place", "Zagreb")
    # a range of a penalty is one quantity
    d.prov("The law provides for six months’ to five years’ imprisonment", "penalty", 0.5,
           "years", "six months’ to five years’ imprisonment", value_end=5)
    d.prov("Conviction for internet hate speech is punishable by six months", "penalty", 0.5,
           "years", "six months to three years’ imprisonment", value_end=3)
    # a reaction to one occurrence, and the occurrence named with its own day (a noun phrase)
    B = "On March 7, Office of Security Cooperation in Europe (OSCE) representative"
    d.ev(B, "other", "2019-03-07", source=DESIR)
    d.ev(B, "attack_or_threat", "2019-03-06")  # the March 6 police visit (pressure on the press)
    # the same visit told again with its purpose, alleged by Desir
    d.ev("Desir alleged the police visit was conducted to intimidate Klancir",
         "attack_or_threat", "2019-03-06", polarity="alleged", source=DESIR)
    d.ev("Zinic denied having anything to do with the police incident.", "other", Y,
         source="Ivo Zinic")
    B = "On September 16, Gordan Duhacek, a journalist for the online portal"
    d.ev(B, "detention_or_arrest", "2019-09-16")
    d.ev(B, "other", "2018-07")  # the July 2018 Twitter message (a noun phrase with its date)
    d.ev("Duhacek also faced a court judgment for another tweet", "trial", Y)
    # S1: a reaction by labelling one occurrence
    d.ev("The CJA labeled police treatment of Duhacek as intimidation.", "other", Y,
         source=CJA)
    d.ev("On September 17, OSCE representative Harlem Desir expressed concern", "other",
         "2019-09-17", source=DESIR)
    d.ev("said the arrest and fine for Duhacek", "other", Y, source="Dunja Mijatovic")
    # lawsuits by a broadcaster against journalists (suits: other); the later dismissal undated
    B = "filed more than 30 lawsuits against its own and other journalists"
    d.ev(B, "other", Y)
    d.fig(B, 30, "lawsuits filed by HRT against journalists", "more than")
    d.ev("On October 29, the Zagreb Labor Court found the HRT", "other", "2019-10-29")
    d.ev("On March 2, several hundred journalists rallied in Zagreb", "protest", "2019-03-02")
    d.fig("The CJA reported there were more than 1,000 ongoing lawsuits", 1000,
          "lawsuits on journalists and outlets, ongoing", "more than", source=CJA)
    d.ev("Responding to the CJA’s claims on February 6, Prime Minister", "other", "2019-02-06",
         source=PLENKOVIC)
    # a dated statement of concern (a dated statement keeps its record)
    d.ev("On March 6, the OSCE’s Desir expressed his concern", "other", "2019-03-06",
         source=DESIR)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")

    d.sec("2.f")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "Amnesty International")
    d.ent("organization", MOI, "Ministry of Interior")
    d.ent("organization", "State Attorney’s Office")
    d.ent("organization", "EU")
    d.ent("organization", "Council of the EU")
    d.ent("person", BOZINOVIC, "Bozinovic")
    d.ent("place", "Bosnia and Herzegovina")
    d.ent("place", "Serbia")
    d.ent("place", "Turkey")
    d.ent("place", "Italy")
    d.ent("place", "Greece")
    d.ent("place", "Montenegro")
    # pushbacks are an act on a class (no event); border police "subjected migrants to
    # degrading and abusive treatment": a summary statement, alleged
    d.ev("alleged border police subjected migrants to degrading and abusive treatment",
         "torture_or_abuse", Y, polarity="alleged",
         source="NGOs and international organizations")
    d.ev("Amnesty International also reported police abuse of migrants and pushbacks.",
         "torture_or_abuse", Y, source="Amnesty International")
    B = "the Ministry of the Interior received more than 200 complaints of alleged"
    d.fig(B, 200, "complaints of pushbacks received", "more than",
          source=BOZINOVIC)
    d.ev(B, "investigation", Y, source=BOZINOVIC)  # "following investigations, found no evidence"
    d.ev("In March the ombudsperson received an anonymous complaint by a border", "other",
         "2019-03")
    d.ev("The ombudsperson notified the State Attorney’s Office and requested", "other", Y)
    d.ev("in June she notified parliament", "other", "2019-06")
    # S1: a reaction to particular claims ("dismissed those claims as unsubstantiated")
    d.ev("ultimately dismissed those claims as unsubstantiated and inaccurate", "other", Y,
         source=MOI)
    B = "In November there were reports of two separate shootings of migrants"
    d.ev(B, "attack_or_threat", "2019-11", polarity="alleged")
    d.fig(B, 2, "police shootings of migrants")
    d.ev("In the first incident, police reported an Afghan migrant was shot accidentally",
         "attack_or_threat", "2019-11", source="police")
    # an act on a particular person, untied to the episode: the report year
    d.ev("The officer evacuated the migrant, who was in critical condition", "other", Y)
    d.ev("In the second incident, police reported a migrant was accidentally shot",
         "attack_or_threat", "2019-11", source="police")
    d.ev("The investigation into the first shooting was completed in December",
         "investigation", "2019-12")
    # a program carried out (campaigns rule), told by the minister
    d.ev("carried out an EU resettlement program for Syrian refugees from Turkey", "other", Y,
         source=BOZINOVIC)
    B = "During the year the government received 98 refugees and asylum seekers"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2015")  # the program begun in 2015 (cited in a clause)
    d.fig(B, 98, "refugees and asylum seekers received under the EU Resettlement Program")
    d.fig(B, 250, "refugees and asylum seekers received since 2015")
    B = "the government received an additional 81 asylum seekers and resettled 250"
    d.ev(B, "other", Y)
    d.fig(B, 81, "asylum seekers relocated from Italy and Greece")
    d.fig(B, 250, "Syrian refugees resettled from Turkey")
    B = "the RHP had provided housing to 289 families (674 individuals)"
    d.fig(B, 289, "families housed by the RHP")
    d.fig(B, 674, "individuals housed by the RHP")
    # a count over a stated period: an event of that period
    B = "from January to December 11, the government provided asylum to 153"
    d.ev(B, "asylum_or_citizenship_decision", "2019-01", "month", date_end="2019-12-11",
         source=MOI)
    d.fig(B, 153, "refugees granted asylum", source=MOI)
    B = "granted protection to one person during the year"
    d.ev(B, "asylum_or_citizenship_decision", Y)
    d.fig(B, 1, "person granted subsidiary protection")

    d.sec("2.g")
    B = "According to the last census, from 2011, there were 2,886 persons"
    d.ev(B, "report_published", "2011")  # a census cited with its year
    d.fig(B, 2886, "stateless persons or persons at risk")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("organization", "European Parliament")
    B = "The country last held national parliamentary elections in 2016"
    d.ev(B, "election_or_referendum", "2016")
    d.ev(B, "election_or_referendum", "2015")
    d.ev("European Parliament elections were held in May.", "election_or_referendum",
         "2019-05")
    # observers' verdict on the May elections, dated by the election it judges
    d.ev("According to observers, elections took place in a pluralistic environment", "other",
         "2019-05", source="observers")
    B = "Minorities have eight guaranteed seats in the 151-seat parliament."
    d.prov(B, "threshold", 8, "seats", "eight guaranteed seats")
    d.fig(B, 151, "seats in parliament")
    d.prov("make up at least 40 percent of candidates", "threshold", 40, "percent",
           "at least 40 percent")
    # the commission's verdict on the 2016 elections, dated by the election
    d.ev("After the 2016 elections, the electoral commission noted", "other", "2016",
         source="electoral commission")

    d.sec("4")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Croatian Democratic Union")
    d.ent("organization", "Zagreb County Court")
    d.ent("organization", "Hungarian Oil and Gas Public Limited Company")
    d.ent("organization", "Oil Company, Public Stock Company")
    d.ent("organization", "Office for the Suppression of Corruption and Organized Crime")
    d.ent("organization", "Commission for Dealing with the Conflict of Interest")
    d.ent("person", SANADER, "Sanader")
    d.ent("person", "Stjepan Fiolic")
    d.ent("person", "Lovro Kuscevic")
    d.ent("person", "Ivan Sincic")
    d.ent("person", "Anka Mrak Taritas")
    d.ent("person", "Zeliko Uhlir")
    d.ent("place", "Brac Island")
    d.ev("On May 23, the Supreme Court increased the corruption sentence", "conviction_or_sentence",
         "2019-05-23")
    d.pen("prison", 6, "years", "six years’ imprisonment")
    # the rest of the May 23 verdict; the 2009 deal cited with its year
    B = "Sanader was found guilty of assisting former Croatian Democratic Union member"
    d.ev(B, "conviction_or_sentence", "2019-05-23")
    d.ev(B, "other", "2009")
    d.fig(B, 17000000, "proceeds of the real estate deal", unit="HRK")
    d.fig(B, 2600000, "proceeds of the real estate deal", unit="USD")
    B = "On December 30, in one of these, the Zagreb County Court sentenced Sanader"
    d.ev(B, "conviction_or_sentence", "2019-12-30")
    d.pen("prison", 6, "years", "six years’ imprisonment")
    d.ev(B, "other", "2009")  # the bribe accepted during the 2009 negotiations
    d.fig(B, 11000000, "bribe accepted", "approximately", unit="USD")
    d.ev("launched an investigation into former administration minister Lovro Kuscevic",
         "investigation", Y)
    d.ev("He resigned as minister in July and returned to parliament", "other", "2019-07")
    d.fig("The investigation covered three other officials suspected of abuse", 3,
          "other officials covered by the investigation")
    B = "fined two members of parliament, Ivan Sincic and Anka Mrak Taritas"
    d.ev(B, "conviction_or_sentence", Y)
    d.fig(B, 2, "members of parliament fined")
    d.fig(B, 1, "state secretary fined")


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("5")
    # S2: counted persons claiming being acted on
    B = "Two NGOs claimed their contracts to provide refugee services"
    d.ev(B, "other", Y, polarity="alleged", source="Two NGOs")
    d.fig(B, 2, "NGOs whose contracts were terminated")
    d.fig("as well as three additional ombudspersons for gender equality", 3,
          "additional ombudspersons")

    d.sec("6")
    d.ent("organization", "#spasime")
    d.ent("organization", "Office of the Ombudsperson for Children")
    d.ent("organization", MOI)
    d.ent("organization", "Department of State")
    d.ent("organization", "World Jewish Congress")
    d.ent("organization", "Croatian Catholic Church", "Catholic Church")
    d.ent("organization", "Simon Wiesenthal Center")
    d.ent("organization", SNV, "SNV")
    d.ent("organization", "Alliance of Antifascist Fighters")
    d.ent("organization", "High Misdemeanor Court")
    d.ent("organization", "Ombudsperson for Persons with Disabilities")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", WBG)
    d.ent("organization", "Government Office for Human and National Minority Rights")
    d.ent("organization", "Split Municipal State’s Prosecutor’s Office")
    d.ent("organization", "Facebook")
    d.ent("organization", "Zagreb Pride Association")
    d.ent("organization", HUHIV, "HUHIV")
    d.ent("person", PLENKOVIC, "Plenkovic")
    d.ent("person", "Josip Bozanic")
    d.ent("person", "Kolinda Grabar-Kitarovic")
    d.ent("person", "Miroslav Separovic")
    d.ent("place", "Zagreb")
    d.ent("place", "Vrsi")
    d.ent("place", "Zadar")
    d.ent("place", "Dubrovnik")
    d.ent("place", "Split")
    d.ent("place", "Jasenovac")
    d.ent("place", "Eastern Slavonia")
    d.ent("place", "Uzdolje")
    d.ent("place", "Vukovar")
    d.ent("place", "Cakovec")
    d.ent("place", "Medjimurje County")
    d.not_entity("Zagreb Cathedral", "Jasenovac concentration camp", "Jasenovac memorial site",
                 "UN Convention on the Rights of Persons with Disabilities",
                 "Istanbul Convention")
    d.prov("Rape, including spousal rape, is punishable by a maximum of 15", "penalty", 15,
           "years", "a maximum of 15 years’ imprisonment")
    d.prov("Conviction for domestic violence is punishable by up to three years", "penalty", 3,
           "years", "up to three years’ imprisonment")
    B = "Six family members, including a 10-year-old child, were shot and killed"
    d.ev(B, "killing", Y)
    d.fig(B, 6, "family members shot and killed")
    # the same killing retold about its victims, with a source of its own
    d.ev("Local media reported the suspect’s former wife and her partner", "killing", Y,
         source="Local media")
    B = "police charged five suspects with raping and blackmailing a 15-year-old girl"
    d.ev(B, "charge", Y)
    d.fig(B, 5, "suspects charged with rape and blackmail")
    d.ev("held protests in Zagreb, Dubrovnik, and Split", "protest", Y)
    d.ev("Prime Minister Plenkovic attended the protest held in Zagreb", "other", Y)
    B = "According to the 2018 report by the ombudsperson for gender equality"
    d.ev(B, "report_published", "2018", source="ombudsperson for gender equality")
    d.fig(B, 10.7, "percent decrease in misdemeanor cases of domestic violence since 2017",
          unit="percent", source="ombudsperson for gender equality")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.ev("provided stricter penalties for the abuse of children", "law_or_decree", "2019-01")
    B = "On February 28, a 54-year-old man threw his four children"
    d.ev(B, "attack_or_threat", "2019-02-28")
    d.fig(B, 4, "children thrown off the balcony")
    # a later step of another kind: the report year
    d.ev("Following the attack, all the victims were released to their mother.", "other", Y)
    d.ev("The father was detained for 30 days and indicted", "detention_or_arrest", Y)
    d.dur(30, "days", "30 days")
    d.ev("Both parents were previously convicted in 2017 of child neglect.",
         "conviction_or_sentence", "2017")
    d.prov("The legal minimum age for marriage is 18", "threshold", 18, "age", "18")
    d.prov("children older than 16 may marry with a judge", "threshold", 16, "age",
           "older than 16")
    d.ev("provided stricter penalties for the sexual exploitation of children",
         "law_or_decree", "2019-01")
    # programs conducted (the campaigns rule); the cooperation beside it is no event
    d.ev("The Ministry of the Interior conducted investigative programs", "other", Y)
    d.prov("The minimum age for consensual sex is 15.", "threshold", 15, "age", "15")
    B = "The World Jewish Congress estimated the country’s Jewish community at 1,700."
    d.fig(B, 1700, "members of the Jewish community", "approximately",
          source="World Jewish Congress")
    # a study cited with its month
    d.ev("The January Holocaust Revisionist Report, a study examining", "report_published",
         "2019-01")
    d.ev("On January 24, the Catholic Church unveiled a large banner", "other", "2019-01-24")
    # a call about one particular book: an event; the book not banned: a negated step
    d.ev("the NGO Simon Wiesenthal Center urged authorities to ban a book", "other", Y,
         source="Simon Wiesenthal Center")
    d.ev("The book was not banned.", "censorship_or_blocking", Y, polarity="negated")
    d.prov("The law imposes a maximum sentence of three years for creating", "penalty", 3,
           "years", "a maximum sentence of three years")
    d.ev("On April 14, the government held its official annual commemoration", "other",
         "2019-04-14")
    d.ev("boycotted the official commemoration for the fourth year in a row", "other",
         "2019-04-12")
    d.ev("visited the Jasenovac memorial site on her own on April 13", "other", "2019-04-13")
    d.ev("On August 14, media reported that the High Misdemeanor Court fined",
         "conviction_or_sentence", "2019-08-14", source="media")
    # the rest of the dated verdict
    B = "and fined the singer 965 kuna ($150)"
    d.ev(B, "conviction_or_sentence", "2019-08-14", source="High Misdemeanor Court")
    d.pen("fine", 965, "HRK", "965 kuna ($150)")
    d.fig(B, 965, "fine imposed on the singer", unit="HRK")
    d.fig(B, 150, "fine imposed on the singer", unit="USD")
    d.ev("The 2018 Ombudsperson for Persons with Disabilities Report stated", "report_published",
         "2018", source="Ombudsperson for Persons with Disabilities")
    # a particular assault, cited in a parenthesis, told by the SNV
    d.ev("including an assault against Serbian seasonal workers", "attack_or_threat", Y,
         source=SNV)
    d.ev("On August 21, masked assailants wielding clubs and a machete attacked",
         "attack_or_threat", "2019-08-21")
    B = "Police reported 16 suspects to the state prosecutor in connection"
    d.ev(B, "charge", Y)
    d.fig(B, 16, "suspects reported to the state prosecutor")
    d.fig("As of December, 11 of the suspects remained in investigative", 11,
          "suspects in investigative detention")
    d.ev("On February 9, a group of reported nationalists attacked", "attack_or_threat",
         "2019-02-09")
    B = "Four suspects were arrested on February 11 and charged"
    d.ev(B, "detention_or_arrest", "2019-02-11")
    d.fig(B, 4, "suspects arrested")
    B = "On July 12, the president of Constitutional Court, Miroslav Separovic"
    d.ev(B, "other", "2019-07-12")
    d.ev(B, "other", "2019-07-02")  # the July 2 ruling, cited in a noun phrase
    B = "According to a World Bank Group report from February, 93 percent"
    d.ev(B, "report_published", "2019-02", source=WBG)
    d.fig(B, 93, "percent of Roma below the at-risk-of-poverty threshold", unit="percent",
          source=WBG)
    d.fig(B, 19, "percent overall rate below the threshold", unit="percent", source=WBG)
    d.fig(B, 30, "percent of Roma who completed primary education", unit="percent",
          source=WBG)
    B = "Completion rates of schooling at upper secondary and higher-level"
    d.fig(B, 6, "percent completion rate for Romani women", unit="percent")
    d.fig(B, 24, "percent completion rate for Romani men", unit="percent")
    B = "The unemployment rate for Roma 16 years and older was 74 percent"
    d.fig(B, 74, "percent unemployment rate for Romani men", unit="percent")
    d.fig(B, 51, "percent unemployment rate for Romani women", unit="percent")
    B = "78 percent of Romani girls left school early"
    d.fig(B, 78, "percent of Romani girls who left school early", unit="percent")
    d.fig(B, 60, "percent of Romani boys who left school early", unit="percent")
    B = "In June approximately 1,000 individuals rallied in the northern town"
    d.ev(B, "protest", "2019-06")
    d.fig(B, 1000, "individuals at the Cakovec rally", "approximately")
    d.ev("police affirmed their decision to allow the protest", "other", Y)
    d.ev("The Government Office for Human and National Minority Rights condemned", "other", Y,
         source="Government Office for Human and National Minority Rights")
    # a plan revised (plans are not laws; a one-time change of one plan)
    d.ev("the government revised the 2016-20 National Plan for Combating", "other", Y)
    B = "filed an indictment on October 3 against a 34-year-old"
    d.ev(B, "charge", "2019-10-03")
    d.ev(B, "attack_or_threat", "2019-06")  # the incitement in mid-June (its own date)
    d.ev("In June during Split’s pride parade, graffiti appeared", "attack_or_threat", "2019-06")

    d.sec("7")
    d.ent("organization", "Ministry of Labor and the Pension System")
    d.ent("organization", "Office of the State Inspectorate")
    d.ent("organization", WBG)
    d.ent("organization", "Eurostat")
    d.ent("organization", "Freedom House")
    # a count of charges up to a date: an event of the year
    B = "Through July 31, the state prosecutor reported one case of criminal charges"
    d.ev(B, "charge", Y, source="state prosecutor")
    d.fig(B, 1, "forced labor cases with criminal charges", source="state prosecutor")
    d.prov("The minimum age for the employment of children is 15", "threshold", 15, "age",
           "15")
    d.prov("Minors between ages 15 and 18 who have not completed", "threshold", 15, "age",
           "between ages 15 and 18", value_end=18)
    d.prov("Children younger than 15 may work only in special circumstances", "threshold", 15,
           "age", "younger than 15")
    B = "there were 233 such requests, of which 183 were approved"
    d.fig(B, 233, "requests for children under 15 to work (2017)")
    d.fig(B, 183, "requests approved (2017)")
    d.prov("The law prohibits workers younger than age 18 from working overtime", "threshold",
           18, "age", "younger than age 18")
    B = "Labor inspectors identified 34 violations involving 21 minors in 2017."
    d.ev(B, "other", "2017")
    d.fig(B, 34, "child labor violations identified")
    d.fig(B, 21, "minors involved in violations")
    d.ev("A World Bank Group report in February stated that", "report_published", "2019-02",
         source=WBG)
    d.ev("According to the 2018 annual report of the ombudsperson for disabilities",
         "report_published", "2018", source="ombudsperson for disabilities")
    B = "The law limits overtime to 10 hours per week and 180 hours annually."
    d.prov(B, "prohibition", 10, "hours", "10 hours per week")
    d.prov(B, "prohibition", 180, "hours", "180 hours annually")
    B = "During 2018 inspectors filed 122 reports (down 14 percent from 2017)"
    d.ev(B, "other", "2018")
    d.fig(B, 122, "reports seeking criminal proceedings against employers")
    d.fig(B, 14, "percent decrease from 2017", unit="percent")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def croatia2019() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2019_croatia", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_croatia": croatia2019}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
