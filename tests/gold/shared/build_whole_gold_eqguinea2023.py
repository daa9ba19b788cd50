"""Build the hand-made TEST gold file for Equatorial Guinea 2023 (a page of the public collection).

``2023_equatorial-guinea.jsonl`` annotates ``html/2023/equatorial-guinea.html`` of the public
collection of state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out
next to the repository as ``../collection/html/2023/equatorial-guinea.html`` by
``scripts/collection.sh``: the 2023 edition, seven-section layout, about 54,000 characters. Split
``test`` (annotated blind, before any run of the system on the page), with the method of
``build_whole_gold_honduras2020.py`` (``CollectionTestDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever run on
it; the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets, names
and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eqguinea2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eqguinea2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_equatorial-guinea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2023/equatorial-guinea.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

EG = "Equatorial Guinea"
CI = "Citizens for Innovation"
MININT = "Ministry of Interior and Local Corporations"
MNS = "Ministry of National Security"
OBIANG = "Obiang"
MLGE3R = "Movement for the Liberation of Equatorial Guinea Third Republic"
PDGE = "Democratic Party of Equatorial Guinea"
MOL = "Ministry of Labor and Social Security"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", EG)
    # the list of issues: its first item names killings ("credible reports of" → alleged)
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government did not take steps to identify and punish officials", "investigation",
         Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    d.sec("1")
    section_1_ab(d)
    section_1_c(d)
    section_1_d(d)
    section_1_egh(d)


def section_1_ab(d: CollectionTestDoc) -> None:
    d.ent("place", EG)
    d.ent("person", "Julio Obama Mefuman", "Obama Mefuman")
    d.ent("organization", MLGE3R, "MLGE3R")
    d.ent("place", "Spain")
    d.ent("person", "Simeon Oyono Angue")
    d.ent("organization", CI, "CI")
    d.not_entity("Oveng Asem Prison", "Mongomo hospital", "Operacion Limpieza",
                 "Operation Clean-Up")
    d.ev("There were reports the government or its agents committed arbitrary", "killing", Y,
         polarity="alleged")
    d.ev("there were anecdotal accounts of deaths in prison due to injuries", "death_in_custody",
         Y, polarity="alleged")
    d.ev("On January 17, local and international media reported Julio Obama Mefuman",
         "death_in_custody", "2023-01-17")
    d.ev("In 2017, authorities convicted Obama Mefuman of attempting to overthrow",
         "conviction_or_sentence", "2017")
    d.ev("MLGE3R claimed security officials at Oveng Asem Prison tortured", "torture_or_abuse", Y,
         polarity="alleged", source=MLGE3R)
    # the minister's account of the same death: a reaction to a specific occurrence
    d.ev("stated during a national press conference that Obama Mefuman", "other", Y,
         source="Simeon Oyono Angue")
    B = "In August and September, activists reported at least five youth arrested"
    d.ev(B, "death_in_custody", "2023-08", date_end="2023-09")
    d.ev(B, "detention_or_arrest", "2022-05")  # "arrested during the May 2022 … Limpieza"
    d.fig(B, 5, "youth arrested in Operacion Limpieza who died in custody", "at least")
    # "No office investigated …": a general negation (2026-12-21 S3, "Not"), no event
    B = "members of the political movement Citizens for Innovation (CI) reported"
    d.ev(B, "other", "2023-10", source=CI)  # forced disappearances reported in October
    d.fig("unable to account for between 20 and 50 CI members", 20,
          "CI members unaccounted for", value_end=50)


def section_1_c(d: CollectionTestDoc) -> None:
    d.ent("organization", MININT, "Ministry of Interior")
    d.ent("place", "Malabo")
    d.ent("person", "Anacleto Micha", "Micha")
    d.ent("place", "Spain")
    d.ent("person", "Nicholas Obama Nchama")
    d.ent("person", "Carmelo Ovono Obiang", "Didi")
    d.ent("person", "Isaac Nguema Endo")
    d.ent("place", "South Sudan")
    d.ent("person", OBIANG)
    d.not_entity("Black Beach Prison", "Oveng Asem Prison", "Iron Fist Sergeant")
    d.ev("there were credible reports government officials employed them", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Police tortured activists, members of opposition parties, and former government",
         "torture_or_abuse", Y)
    d.ev("Lawyers and other observers who visited prisons and jails reported serious abuses",
         "torture_or_abuse", Y)
    d.ev("Police reportedly beat and threatened detainees to extract information",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Local civil society organizations claimed security forces tortured detainees",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("in May, authorities placed him in solitary confinement without electricity",
         "torture_or_abuse", "2023-05", source="Anacleto Micha")
    # main clause "moved him to Black Beach Prison" (a transfer) before the relative's beating
    d.ev("After Micha’s conviction at trial, authorities moved him to Black Beach", "other", Y)
    d.ev("Opposition groups reported credible allegations of torture by security forces",
         "torture_or_abuse", Y, polarity="alleged")
    B = "In January, the Spanish judicial system filed charges against three Equatoguinean"
    d.ev(B, "charge", "2023-01")
    d.ev(B, "other", "2018", polarity="alleged")  # "for luring … into South Sudan in 2018"
    d.fig(B, 3, "Equatoguinean officials charged in Spain")
    d.fig(B, 2, "Spanish citizens lured and rendered")
    d.ev("According to the Spanish indictment, authorities allegedly tortured", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Police raped and sexually abused transgender women and girls", "torture_or_abuse", Y)
    d.fig("Up to 30 detainees commonly shared one toilet", 30,
          "detainees sharing one toilet", "up to")
    # t-gold31's dev census: "did not permit observers to monitor <facility>" → other, asserted
    d.ev("The government did not allow independent monitoring of prisons", "other", Y)


def section_1_d(d: CollectionTestDoc) -> None:
    d.ent("organization", MNS)
    d.ent("place", "South Africa")
    d.ent("place", "Cape Town")
    d.ent("person", "Trifonia Melibea Obono")
    d.ent("person", OBIANG)
    d.not_entity("Operacion Limpieza")
    d.prov("judicial determination of the legality of detention within 72 hours", "time_limit",
           72, "hours", "within 72 hours", "judicial determination of detention")
    d.ev("individuals were detained at the order of a senior executive", "detention_or_arrest",
         Y, polarity="alleged")
    d.ev("There were numerous reported cases of arbitrary arrests.", "detention_or_arrest", Y,
         polarity="alleged")
    d.ev("The government arbitrarily arrested immigrants, opposition members",
         "detention_or_arrest", Y)
    d.ev("Police detained foreign nationals and took them into custody", "detention_or_arrest", Y)
    d.ev("Reliable sources reported police abused, extorted, or detained legal",
         "torture_or_abuse", Y)
    B = "On February 9, authorities arrested two South African employees"
    d.ev(B, "detention_or_arrest", "2023-02-09")
    d.fig(B, 2, "South African oil-service employees arrested")
    B = "In early February, South African courts seized a yacht and two residences"
    d.ev(B, "other", "2023-02")
    d.ev(B, "detention_or_arrest", "2013")  # "for arbitrarily detaining … in 2013"
    d.fig(B, 2, "residences seized in Cape Town")
    d.ev("On August 16, authorities arrested writer, journalist, and activist",
         "detention_or_arrest", "2023-08-16")
    # "detained her for several days" … "later released": several days after August 16
    d.ev("Authorities later released her without charge.", "release", "2023-08")
    B = "On June 6, President Obiang released 109 youth arrested during the May 2022"
    d.ev(B, "release", "2023-06-06")
    d.ev(B, "detention_or_arrest", "2022-05")
    d.fig(B, 109, "youth released from the Operacion Limpieza arrests")


def section_1_egh(d: CollectionTestDoc) -> None:
    d.ent("organization", "Judicial Council")
    d.ent("organization", MININT, "Ministry of Interior")
    d.ent("organization", MNS)
    d.ent("organization", CI, "CI")
    d.ent("person", "Gabriel Nze Obiang")
    d.not_entity("Black Beach Prison", "Oveng Asem Prison", "Guantanamo")
    # "prosecuted" is the charging step (2026-12-21 S3 types "declined to prosecute" `charge`)
    d.ev("The government prosecuted members of political movements and opposition groups",
         "charge", Y)
    B = "Some activists and political opposition members arrested in September 2022"
    d.ev(B, "release", Y)  # "while authorities released others"
    d.ev(B, "detention_or_arrest", "2022-09")
    B = "In June, authorities sentenced the CI leader Gabriel Nze Obiang to 29 years"
    d.ev(B, "conviction_or_sentence", "2023-06")
    d.ev(B, "other", "2022", polarity="alleged")  # "an alleged terrorist plot in 2022"
    d.ev("in the run-up to the November 2022 elections", "election_or_referendum", "2022-11")
    B = "Other party members received sentences of between nine and 29 years"
    d.ev(B, "conviction_or_sentence", Y)
    d.ev(B, "attack_or_threat", "2022-09")  # "during the September 2022 police assault"
    d.ev("Local activists reported the government surveilled activists abroad", "surveillance",
         Y)
    # "entered homes" (an act on a class) and "arrested alleged criminals" (a taxonomy verb)
    d.ev("security force members reportedly entered homes without required warrants",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Authorities reportedly monitored opposition members, NGOs, journalists",
         "surveillance", Y, polarity="alleged")
    d.ev("reported both covert and overt surveillance by security services", "surveillance", Y)
    d.ev("A local NGO reported authorities detained family members of LGBTQI+",
         "detention_or_arrest", Y)
    d.ev("In July, police raided the headquarters of an LGBTQI+ advocacy organization", "other",
         "2023-07")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2")
    d.ent("organization", "Ministry of Information, Press, and Radio")
    d.ent("organization", "AhoraEG")
    d.ent("place", "Gabon")
    d.ent("organization", "Somos Mas", "We Are More")
    d.ent("organization", "Department of State")
    d.ent("person", "Adjonguening")
    d.ent("organization", CI, "CI")
    d.ent("person", "Gabriel Nze Obiang")
    d.ent("person", "Joaquin Elo Ayeto")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "United Nations", "UN")
    # "removed them from their jobs": the taxonomy act of the sentence
    d.ev("In some cases, authorities reprimanded individuals, removed them from their jobs",
         "dismissal", Y)
    # a class of persons telling a practice: the reading of reports of practices (alleged)
    d.ev("activists reported electronic surveillance of their personal email accounts",
         "surveillance", Y, polarity="alleged")
    d.ev("During the year no incidents were reported of security forces detaining journalists",
         "detention_or_arrest", Y, polarity="negated")
    d.fig("The country had one marginally independent newspaper", 1,
          "marginally independent newspapers")
    d.ev("The government used criminal libel and slander laws to restrict public discussion",
         "censorship_or_blocking", Y)
    d.ev("The government restricted and disrupted access to the internet and censored",
         "censorship_or_blocking", Y)
    d.ev("In July, for example, the government approved an event organized", "other", "2023-07")
    d.prov("the government had to approve organizations or activities within two months",
           "time_limit", 2, "months", "within two months", "approval of organizations")
    d.fig("Only one labor organization was believed to be registered.", 1,
          "labor organizations registered")
    d.prov("The law limited the amount of funding civil society organizations could receive",
           "threshold", 53000, "XAF", "53,000 CFA francs",
           "funding of civil society organizations")
    d.ev("Multiple members of the opposition reported authorities delayed the renewal", "other",
         Y, polarity="alleged")
    B = "The government declined to issue a passport to activist and musician Adjonguening"
    # a refusal of a passport stays the authority's act, asserted (2026-12-21 S3), "since" a date
    d.ev(B, "other", "2018")  # "since 2018"
    d.ev(B, "other", "2017")  # "since 2017"
    d.ev("On September 19, a court banned Joaquin Elo Ayeto", "other", "2023-09-19")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    d.sec("3-4")
    d.ent("organization", PDGE, "PDGE")
    d.ent("organization", CI, "CI")
    d.ent("organization", "Department of State")
    B = "The November 2022 presidential and legislative elections were combined"
    d.ev(B, "election_or_referendum", "2022-11")
    # narration of the past election: the months before it, its year (settled 2026-12-18)
    d.ev("authorities closely monitored and tightly controlled public gatherings",
         "surveillance", "2022")
    # observers' verdict on the election: dated by the election it judges
    d.ev("International observers noted significant irregularities and lack of transparency",
         "other", "2022-11")
    B = "There was one report from an opposition party that two of its supporters"
    d.ev(B, "other", "2022-11")
    d.fig(B, 2, "opposition supporters refused the vote")
    d.ev("The government subjected opposition members to arbitrary arrest and harassment",
         "detention_or_arrest", Y)
    d.ev("were singled out for police interrogation and harassment", "attack_or_threat", Y)
    d.ev("the government prevented the registration of opposition parties",
         "registration_decision", Y)
    d.ev("The government deregistered CI in 2018", "registration_decision", "2018")
    # "in the aftermath of the September 2022 police raid": a month-labelled reference point
    d.ev("in the aftermath of the September 2022 police raid", "other", "2022-09")
    d.fig("Estimated to constitute 80 percent of the population", 80,
          "share of the Fang in the population", "approximately", unit="percent")
    d.ev("There were numerous reports of government corruption.", "other", Y,
         polarity="alleged")
    B = "Government efforts to combat corruption reportedly returned nearly $1 million"
    d.ev(B, "other", Y, polarity="alleged")
    d.fig(B, 1000000, "seized assets returned to the treasury", "approximately", unit="USD")


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    d.sec("5-7")
    section_5(d)
    section_6_women(d)
    section_6_others(d)
    section_7(d)


def section_5(d: CollectionTestDoc) -> None:
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "Commission on Human Rights")
    d.ent("organization", "House of Representatives")
    d.ent("organization", "Committee for Complaints and Petitions")
    # t-gold31's dev census: "did not permit observers to monitor" → other, asserted
    d.ev("The government did not allow international NGOs access to the country", "other", Y)


def section_6_women(d: CollectionTestDoc) -> None:
    d.ent("organization", "World Health Organization")
    d.ent("place", "Malabo")
    d.ent("place", "Bata")
    d.ent("organization", "Ministry of Education")
    d.ent("place", "Annóbon")
    d.prov("Rape was illegal and punishable by 12 to 20 years’ imprisonment", "penalty", 12,
           "years", "12 to 20 years’ imprisonment", "rape", value_end=20)
    # classes of persons telling a practice (2026-12-21 S2, "Not"): reports of practices, alleged
    d.ev("these same groups reported abuse by their families or religious leaders",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Transgender persons reported harassment, rape, and sexual abuse in police custody.",
         "attack_or_threat", Y, polarity="alleged")
    d.prov("The penalty for assault ranged from one to 20 years’ imprisonment.", "penalty", 1,
           "years", "from one to 20 years’ imprisonment", "assault", value_end=20)
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("the maternal mortality rate was 301 per 100,000 live births", 301,
          "maternal deaths per 100,000 live births (2017)", source="World Health Organization")
    d.fig("The birth rate was 176 per 1,000 girls and women ages 15 to 19.", 176,
          "births per 1,000 girls and women aged 15 to 19")


def section_6_others(d: CollectionTestDoc) -> None:
    d.ent("organization", "Ministry of Social Affairs and Gender Equality")
    d.ent("organization", "Department of State")
    d.ent("place", "Benin")
    d.ent("place", "Cameroon")
    d.ent("place", "Ethiopia")
    d.ent("place", "Gabon")
    d.ent("place", "Ghana")
    d.ent("place", "Mali")
    d.ent("place", "Nigeria")
    d.ent("place", "Togo")
    d.ent("person", OBIANG)
    d.ent("organization", "Ministry of Health and Social Welfare")
    d.prov("The minimum age for marriage was 14.", "threshold", 14, "age", "14", "marriage")
    d.prov("The minimum age of sexual consent was 18.", "threshold", 18, "age", "18",
           "sexual consent")
    d.fig("likely fewer than 100 persons", 100, "members of the Jewish community", "fewer than")
    d.ev("There were no known reports of antisemitic incidents.", "attack_or_threat", Y,
         polarity="negated")
    # "reports of the military enforcing …" (no taxonomy act) and "several women were convicted"
    d.ev("There were multiple reports of the military enforcing these prohibitions",
         "conviction_or_sentence", Y, polarity="alleged")
    # the efforts rule, typed by its aim (rescinding laws)
    d.ev("There were no efforts to rescind discriminatory laws", "law_or_decree", Y,
         polarity="negated")
    d.ev("Security forces reportedly subjected LGBTQI+ individuals to violence",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("There were numerous reports of violence against lesbian women.", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("The government made no effort to protect LGBTQI+ persons", "other", Y,
         polarity="negated")
    d.ev("Reports emerged of religious leaders who raped congregants", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("The government and medical associations made no effort to address", "other", Y,
         polarity="negated")
    d.ev("The government declined to register LGBTQI+ organizations", "registration_decision",
         Y)
    d.prov("the law required companies employing more than 50 employees", "threshold", 50,
           "employees", "more than 50 employees", "disability hiring quota")
    d.ev("In April, the government stopped processing residency permit applications", "other",
         "2023-04")
    d.fig("estimated fewer than half of persons with HIV and AIDS sought treatment", 0.5,
          "persons with HIV seeking treatment", "fewer than",
          source="Ministry of Health and Social Welfare")


def section_7(d: CollectionTestDoc) -> None:
    d.ent("organization", "Workers Union of Equatorial Guinea")
    d.ent("organization", "Independent Service Union")
    d.ent("organization", "Teachers’ Trade Union Association")
    d.ent("organization", "Rural Workers Organization")
    d.ent("organization", "Department of State")
    d.ent("organization", MOL)
    d.prov("The law required a union to have at least 50 members", "threshold", 50, "members",
           "at least 50 members", "union registration")
    d.ev("there were no reports of government enforcement of laws", "other", Y,
         polarity="negated")
    # a refusal to register named unions stays a registration_decision, asserted
    d.ev("Authorities refused to recognize unions such as the Workers Union",
         "registration_decision", Y)
    d.prov("The law prohibited employment of children younger than age 18", "threshold", 18,
           "age", "younger than age 18", "child employment")
    d.prov("children between ages 16 and 18 could perform light work", "threshold", 16, "age",
           "between ages 16 and 18", "light work", value_end=18)
    d.prov("The minimum age for apprenticeships was 16.", "threshold", 16, "age", "16",
           "apprenticeships")
    B = "their workday was limited to six hours"
    d.prov(B, "prohibition", 6, "hours", "six hours", "children's workday")
    d.prov(B, "right", 8, "hours", "an eight-hour daytime work rate", "children's pay")
    B = "The standard work week was eight hours a day and 48 hours a week"
    for v, q, what in ((8, "eight hours a day", "daytime workday"),
                       (48, "48 hours a week", "daytime workweek"),
                       (6, "six hours a day", "night workday"),
                       (36, "36 hours a week", "night workweek"),
                       (7, "seven hours a day", "mixed workday"),
                       (42, "42 hours a week", "mixed workweek")):
        d.prov(B, "prohibition", v, "hours", q, what)
    d.prov("Offshore work in the oil and gas sector was 44 hours a week.", "prohibition", 44,
           "hours", "44 hours a week", "offshore workweek")
    # workplace inspections conducted: an event of the year, its type open (2026-12-17); `other`
    d.ev("The ministry conducted some workplace inspections", "other", Y)
    d.fig("was estimated at 32 percent of GDP in 2017", 32, "informal sector share of GDP (2017)",
          "approximately", unit="percent")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def eqguinea2023() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2023_equatorial-guinea", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_equatorial-guinea": eqguinea2023}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
