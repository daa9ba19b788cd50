"""Build the hand-made DEV gold file for Senegal 2020 (a page of the public collection).

``2020_senegal.jsonl`` annotates ``html/2020/senegal.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2020/senegal.html`` by ``scripts/collection.sh`` (never
committed). The 2020 edition, classic seven-section layout. Split ``dev``: every record below
was decided by hand, reading the report sentence by sentence before the system was ever run on
it (its first run is recorded in docs/gold/2020_senegal.md); the script only turns the decisions
into offsets. Method of ``build_whole_gold_elsalvador2018.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
offsets are into the document text rightsledger reads from the page
(``rightsledger.read.read_path``), each anchor (at most 14 words of the report) occurs exactly
once in the document, and the scope line lists in ``"ranges"`` exactly the section groups
annotated whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_senegal2020.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_senegal2020.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2020_senegal.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_chad2016 import fine  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc  # noqa: E402

FILE = "html/2020/senegal.html"
Y = "2020"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

#: the ministry of women, under the three names the report gives it
MWOMEN = ("Ministry of Women, Family, Gender, Children, and Social Protection",
          "Ministry of Women, Family, and Gender",
          "Ministry for Women's Affairs, Family Affairs, and Gender")
MFDC = "Movement of Democratic Forces of the Casamance"
MHEALTH = ("Ministry of Health and Social Action", "Ministry for Health and Social Action")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Senegal")
    d.ent("person", "Macky Sall", "Sall")
    d.ent("organization", "National Police")
    d.ent("organization", "Ministry of Interior", "Ministry of the Interior")
    d.ent("organization", "Gendarmerie")
    d.ent("organization", "Ministry of Defense")
    d.ent("place", "Casamance")
    d.ent("place", "The Gambia")
    d.ent("place", "Guinea-Bissau")
    d.ent("organization", MFDC, "MFDC")
    d.ev("In February 2019 voters re-elected Macky Sall as president", "election_or_referendum",
         "2019-02")
    d.ev("Senegal was under a state of emergency from March 23 to June 30.", "law_or_decree",
         "2020-03-23", date_end="2020-06-30")
    d.ev("Members of security forces committed abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included: unlawful or arbitrary killings", "killing",
         Y)
    d.ev("The government took steps to identify, investigate, prosecute, and punish",
         "investigation", Y)
    d.ev("There were several skirmishes between those separatists and military",
         "attack_or_threat", Y)
    d.ev("Mediation efforts continued in search of a negotiated resolution", "other", "1982")
    d.ev("There were several incidents related to illegal harvesting of timber", "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Fatick")
    d.not_entity("Diourbel prison", "Mbacke police station")
    B = "There were at least two reports the government or its agents"
    d.ev(B, "killing", Y, polarity="alleged")
    d.fig(B, 2, "reports of arbitrary or unlawful killings", "at least")
    B = "On March 11, authorities charged three police officers in the death"
    d.ev(B, "charge", "2020-03-11", place="Fatick")
    d.fig(B, 3, "police officers charged in a motorcycle driver's death")
    d.ev("the police officers allegedly took the man to the beach", "killing", Y,
         polarity="alleged")
    d.ev("On May 2, a prisoner at Diourbel prison died from severe injuries.",
         "death_in_custody", "2020-05-02")
    B = "Three police officers and a security and community outreach officer"
    d.ev(B, "torture_or_abuse", "2020-05-02", polarity="alleged")
    d.fig(B, 3, "police officers who reportedly beat the prisoner")
    d.ev("Authorities charged the alleged perpetrators for his death.", "charge", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "National Observer of Places of Deprivation of Liberty",
          "National Observer of Detention Facilities")
    d.ent("organization", "United Nations Stabilization Mission in Haiti")
    d.ent("organization", "United Nations", "UN")
    d.ent("place", "Dakar")
    d.ent("organization", "National Organization for Human Rights")
    d.ent("organization", "International Committee of the Red Cross")
    d.not_entity("Conduct in UN Field Missions", "Mbour Prison")
    d.ev("Human rights organizations noted examples of physical abuse committed",
         "torture_or_abuse", Y, source="human rights organizations")
    d.ev("Police reportedly forced detainees to sleep on bare floors", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("On March 24, during the first night of a nationwide curfew", "torture_or_abuse",
         "2020-03-24")
    d.ev("Police in a statement apologized for", "other", Y)
    B = "there was one allegation submitted in February of sexual exploitation"
    d.ev(B, "torture_or_abuse", "2020-02", polarity="alleged")
    d.fig(B, 1, "allegation of sexual exploitation and abuse by peacekeepers")
    d.fig("held more than twice the number of inmates for which it was designed", 2,
          "Rebeuss occupancy relative to capacity", "more than", unit="times")
    d.ev("On February 20, an inmate passed away at Mbour Prison.", "death_in_custody",
         "2020-02-20")
    d.fig("due to being held in an overcrowded cell holding 87 other inmates", 87,
          "other inmates in the cell", source="official reports")
    B = "31 inmates died in prisons and detention centers in 2019"
    d.ev(B, "death_in_custody", "2019", source="government statistics")
    d.ev(B, "death_in_custody", "2018", source="government statistics")
    d.fig(B, 31, "inmates who died in 2019", source="government statistics")
    d.fig(B, 6, "more deaths than in 2018", source="government statistics")
    d.ev("no prosecutions or other public actions were taken against them", "charge", Y,
         polarity="negated")
    d.ev("but reports for 2015-19 had not been published by year", "report_published", Y,
         polarity="negated")
    d.ev("Members of the International Committee of the Red Cross visited prisons", "other",
         Y)
    B = "In April, President Sall pardoned 2,036 detainees"
    d.ev(B, "release", "2020-04")
    d.fig(B, 2036, "detainees pardoned")

    d.sec("1.d")
    d.ent("organization", "Criminal Investigation Department", "DIC")
    d.ent("organization", "Regional Court of Dakar")
    d.ent("organization", "Amnesty International")
    d.ev("In a January 2019 policy directive, the minister of justice instructed", "other",
         "2019-01")
    d.prov("and two military assistants to advise the judge", "requirement", 2, "persons",
           "two military assistants", "composition of a military tribunal")
    d.prov("The DIC may hold persons up to 24 hours", "time_limit", 24, "hours",
           "up to 24 hours", "holding before release or charge")
    d.prov("may double the detention period from 24 to 48 hours", "time_limit", 48, "hours",
           "from 24 to 48 hours", "extended detention without charge")
    d.prov("must be brought in front of the prosecutor within 48 hours", "time_limit", 48,
           "hours", "within 48 hours", "presentation to the prosecutor")
    d.prov("investigators may request a prosecutor double this period to 96 hours",
           "time_limit", 96, "hours", "96 hours", "detention for serious offenses")
    B = "Authorities have the power to detain terrorist suspects for an initial 96"
    d.prov(B, "time_limit", 96, "hours", "an initial 96 hours", "detention of terror suspects")
    d.prov(B, "time_limit", 12, "days", "a maximum of 12 days",
           "renewed detention of terror suspects")
    d.ev("The Ministry of Justice published a policy directive in 2018", "other", "2018")
    d.ev("On June 21, the Gendarmerie arrested a former civil servant", "detention_or_arrest",
         "2020-06-21")
    d.ev("Authorities released him the following day.", "release", "2020-06-22")
    d.dur(1, "days", "the following day")
    d.fig("According to 2018 UN statistics, 45 percent", 45,
          "pretrial detainees' share of prisoners (2018)", unit="percent", source="UN")
    B = "In late 2019 the country’s authorities reported the percentage to be 42"
    d.ev(B, "report_published", "2019", source="authorities")
    d.fig(B, 42, "pretrial detainees' share of prisoners (late 2019)", unit="percent",
          source="authorities")
    d.prov("may not be held in pretrial detention for more than six months", "time_limit", 6,
           "months", "more than six months", "pretrial detention for minor crimes")
    B = "On June 30, the legislature passed two laws authorizing Electronic Monitoring"
    d.ev(B, "law_or_decree", "2020-06-30")
    d.fig(B, 2, "laws authorizing electronic monitoring")

    d.sec("1.e")
    d.ent("organization", "Constitutional Council")
    d.ent("organization", "Court of Appeal")
    d.ent("organization", "Council of State")
    d.ent("organization", "Union of Senegalese Judges and Prosecutors")
    d.ent("organization", "High Council of Magistrates")
    d.ent("organization", "High Court of Justice")
    d.ent("organization", "Economic Community of West African States Court of Justice")
    d.ev("In August judicial authorities summarily demoted a district court president",
         "dismissal", "2020-08")
    d.ev("published an open letter condemning the demotion", "other", Y)
    B = "On September 2, a Dakar daily published a list of 20 magistrates"
    d.ev(B, "report_published", "2020-09-02")
    d.fig(B, 20, "magistrates reportedly demoted in the past decade")
    d.ev("On June 15, the country’s largest union of court clerks declared a strike",
         "strike", "2020-06-15")
    d.ev("On September 1, the union suspended the strike", "strike", "2020-09-01")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ent("person", "Assane Diouf", "Diouf")
    d.ent("organization", "Facebook")
    B = "there was at least one report the government failed to respect"
    d.ev(B, "other", Y, polarity="alleged")
    d.fig(B, 1, "report of interference with privacy", "at least")
    d.ev("On June 1, police arrested activist Assane Diouf", "detention_or_arrest",
         "2020-06-01")

    d.sec("1.g")
    B = "On June 30, the army began a campaign to bombard MFDC rebel bases"
    d.ev(B, "attack_or_threat", "2020-06-30")
    d.ev(B, "attack_or_threat", Y, polarity="alleged")
    B = "Two soldiers died from landmines during the month-long campaign"
    d.ev(B, "killing", "2020-06-30")
    d.fig(B, 2, "soldiers killed by landmines")
    d.ev("There were no reported killings by or on behalf of government authorities.",
         "killing", Y, polarity="negated")
    d.ev("There were several incidents related to acts of banditry attributed", "other", Y)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("person", "Macky Sall", "Sall")
    d.ent("organization", "National Assembly")
    B = "In February 2019 President Macky Sall secured reelection"
    d.ev(B, "election_or_referendum", "2019-02")
    d.fig(B, 58, "share of first-round votes won by Macky Sall", unit="percent")
    # an observers' verdict is dated by the election it judges (settled 2026-12-06)
    d.ev("Election observers agreed the election was generally free and fair", "other",
         "2019-02",
         source="election observers")

    d.sec("4")
    d.ent("organization", "National Anticorruption Commission", "OFNAC")
    d.ent("organization", "Transport Ministry")
    d.ev("During the year there were reports of government corruption.", "other", Y,
         polarity="alleged")
    d.ev("The National Anticorruption Commission (OFNAC) in 2016 concluded", "report_published",
         "2016", source="OFNAC")
    B = "In January, OFNAC released long overdue reports on its activities"
    d.ev(B, "report_published", "2020-01", source="OFNAC")
    d.fig(B, 6, "new executive-level officials sworn in at OFNAC")
    d.ev("were allegedly involved in corrupt dealings", "other", Y, polarity="alleged")
    B = "mounting corruption investigations against several public officials"
    d.ev(B, "investigation", Y)
    B = "managers of public funds in excess of one billion CFA francs"
    d.prov(B, "threshold", 1000000000, "XOF", "in excess of one billion CFA francs",
           "asset disclosure by managers of public funds")
    d.prov(B, "threshold", 1800000, "USD", "$1.8 million",
           "asset disclosure by managers of public funds")
    d.prov("a penalty amounting to one-quarter of an individual", "penalty", 0.25,
           "monthly salary", "one-quarter of an individual's monthly salary",
           "failure to disclose assets")
    d.ev("On July 13, President Macky Sall gave a one-month ultimatum", "other", "2020-07-13")
    d.fig("All except one complied by the deadline.", 1,
          "minister who did not declare assets in time")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Abdou Karim Gueye")
    d.ent("place", "Dakar")
    d.ent("organization", "Radio Television Senegal", "RTS")
    d.ent("person", "Macky Sall", "Sall")
    d.ent("organization", "Senegalese Press Agency")
    d.ent("organization", "Le Soleil")
    d.ent("organization", "Senegalese Regulatory Authority for Telecommunications and Post")
    d.ev("On May 14, rapper and activist Abdou Karim Gueye received", "conviction_or_sentence",
         "2020-05-14")
    d.pen("prison", 3, "months", "three-month sentence")
    d.ev("On July 8, after repeated requests for release, authorities provisionally",
         "release", "2020-07-08")
    d.fig("There were approximately 200 community, public, and private commercial radio",
          200, "radio stations", "approximately")
    d.fig("more than 10 privately owned television channels broadcast independently", 10,
          "private television channels", "more than")
    d.ev("On July 8, authorities banned national press from covering the trial",
         "censorship_or_blocking", "2020-07-08")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "Ministry of Interior", "Ministry of the Interior")
    d.ent("organization", "No Lank No Ban")
    d.ent("organization", "Gilets Rouge", "Red Vests")
    d.ent("person", "Guy Marius Sagna")
    d.ev("Authorities refused to authorize several demonstrations throughout the year.",
         "other", Y)
    B = "On January 18, police arrested 15 members of No Lank No Ban"
    d.ev(B, "detention_or_arrest", "2020-01-18")
    d.fig(B, 15, "No Lank No Ban members arrested")
    d.ev("Authorities released those arrested after 48 hours in custody.", "release", Y)
    d.dur(48, "hours", "48 hours")
    d.ev("On June 23, authorities arrested members of the Gilets Rouge", "detention_or_arrest",
         "2020-06-23")
    B = "In November 2019 police arrested Guy Marius Sagna"
    d.ev(B, "detention_or_arrest", "2019-11")
    d.dur(3, "months", "three months")
    d.ev(B, "release", "2020-02")
    d.ev("On August 10, authorities arrested him again in front of the Dakar",
         "detention_or_arrest", "2020-08-10", place="Dakar")
    d.ev("Authorities released him from custody the same day.", "release", "2020-08-10")
    d.ev("In November 2019 authorities closed a number of LGBTI organizations", "other",
         "2019-11")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("place", "Casamance")
    d.ent("place", "The Gambia")
    d.ent("place", "Guinea-Bissau")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("place", "Mauritania")
    d.not_entity("Senegal River")
    d.sec("2.e")
    d.fig("as many as 20,000 persons left villages in the region", 20000,
          "persons who left villages in the Casamance conflict", "up to",
          source="humanitarian agencies")
    d.sec("2.f")
    # undated cooperation: a general condition, no event (settled 2026-12-06)


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "National Committee on Human Rights")
    d.ev("last released an annual report in 2001", "report_published", "2001")

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", "Committee to Combat Violence against Women and Children", "CLVF")
    d.ent("organization", "Ministry of Justice")
    d.ent("place", "Dakar")
    d.ent("organization", "UNICEF")
    d.ent("organization", *MHEALTH)
    d.ent("organization", *MWOMEN)
    d.not_entity("Ginddi Center")
    d.ev("An amendment to the penal code passed in December 2019", "law_or_decree", "2019-12")
    B = "Offenders that previously received five to 10-year sentences faced 10 to 20"
    fine(d, B, 10, 20, "years", "10 to 20 years in prison", "rape")
    d.prov(B, "penalty", None, None, "possible life sentences", "aggravated rape")
    B = "domestic violence that causes lasting injuries is punishable with a prison"
    fine(d, B, 10, 20, "years", "10 to 20 years", "domestic violence causing lasting injuries")
    d.prov(B, "penalty", None, None, "life imprisonment", "murder in domestic violence")
    d.ev("On February 20, a judge placed a Quranic teacher in custody",
         "detention_or_arrest", "2020-02-20")
    d.ev("but authorities prosecuted no cases", "charge", Y, polarity="negated")
    B = "FGM/C was practiced in the country with an average prevalence of 25"
    d.fig(B, 25, "average prevalence of FGM/C", unit="percent", source="UNICEF")
    d.fig(B, 80, "FGM/C prevalence in some regions", "up to", unit="percent", source="UNICEF")
    d.prov("The law mandates prison terms of five months to three years", "penalty", 5,
           "months", "five months to three years", "sexual harassment")
    d.fig("In 2019 qualified providers attended 75 percent of deliveries.", 75,
          "share of deliveries attended by qualified providers (2019)", unit="percent")
    d.fig("53 percent of women of reproductive age had their need", 53,
          "share of women whose family planning need was met", unit="percent",
          source="government statistics")
    d.fig("the maternal mortality ratio was 236 deaths per 100,000", 236,
          "maternal mortality ratio (2017)", unit="deaths per 100,000 live births",
          source="Ministry of Health and Social Action")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")

    # --- Section 6: children ---
    d.ent("organization", "Human Rights Watch")
    d.ent("place", "Louga")
    d.ent("organization", "UN Population Fund")
    d.ent("place", "Kedougou")
    d.ent("place", "France")
    d.ent("place", "Belgium")
    d.ent("place", "Germany")
    d.ent("organization", "African Assembly for the Defense of Human Rights")
    d.ent("place", "Casamance")
    d.ent("organization", "Department of State")
    d.not_entity("Zero Enfants Dans La Rue", "No Children in the Street",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    B = "compulsory education for children between ages six and 16"
    fine(d, B, 6, 16, "age", "between ages six and 16", "compulsory education",
         norm="threshold")
    d.fig(B, 1 / 3, "share of school-age children not attending school", "approximately")
    B = "According to Human Rights Watch in 2019, more than 100,000"
    d.ev(B, "report_published", "2019", source="Human Rights Watch")
    d.fig(B, 100000, "students living in daaras", "more than", source="Human Rights Watch")
    d.ev("On February 18, an age 13 Quranic school student in Louga died",
         "killing", "2020-02-18", place="Louga")
    d.ev("Authorities neither investigated nor brought charges against the teacher.",
         "investigation", Y, polarity="negated")
    d.prov("The law prohibits the marriage of girls younger than 16", "threshold", 16, "age",
           "younger than 16", "minimum age of marriage for girls")
    d.ev("The ministry conducted educational campaigns to address the problem.", "other", Y)
    B = "According to UN Population Fund statistics, 33 percent"
    d.fig(B, 33, "share of women married before age 18", unit="percent",
          source="UN Population Fund")
    d.fig(B, 12, "share of women married before age 15", unit="percent",
          source="UN Population Fund")
    fine(d, "Sexual abusers convicted of trafficking of children receive five to 10", 5, 10,
         "years", "five to 10 years’ imprisonment", "trafficking of children")
    fine(d, "Procuring a minor for prostitution is punishable by imprisonment for two", 2, 5,
         "years", "two to five years", "procuring a minor for prostitution")
    d.prov("If the crime involves a victim younger than 13, the maximum", "threshold", 13,
           "age", "younger than 13", "maximum penalty for procuring a minor")
    d.prov("The minimum age of consensual sex is 18.", "threshold", 18, "age", "18",
           "minimum age of consensual sex")
    B = "Pornography involving children younger than age 16 is considered pedophilia"
    d.prov(B, "threshold", 16, "age", "younger than age 16", "child pornography")
    d.prov(B, "penalty", 2, "years", "up to two years’ imprisonment", "child pornography")
    d.ev("In May the Ministry of Women, Family, Gender, Children, and Social Protection",
         "other", "2020-05")
    d.fig("It sought to remove 10,000 street children in Dakar", 10000,
          "street children in Dakar to remove")
    B = "The one billion CFA francs ($1.8 million) program also sought"
    d.fig(B, 1000000000, "cost of the program", unit="XOF")
    d.fig(B, 1800000, "cost of the program", unit="USD")
    d.fig(B, 10000, "street children from other regions to remove")
    B = "There were approximately 100 Jewish residents in the country"
    d.fig(B, 100, "Jewish residents", "approximately")
    d.ev(B, "attack_or_threat", Y, polarity="negated")

    # --- Section 6: disabilities, minorities, LGBTI, HIV ---
    d.ent("place", "Touba")
    d.not_entity("Bakhia cemetery")
    d.ev("The government provided grants, managed vocational training", "other", Y)
    d.fig("authorities enrolled only 40 percent of such children", 40,
          "share of children with disabilities in primary school", unit="percent")
    d.prov("The law reserves 15 percent of new civil service positions", "requirement", 15,
           "percent", "15 percent", "civil service jobs reserved for disabled persons")
    fine(d, "penalties range from one to five years’ imprisonment and fines", 1, 5, "years",
         "one to five years’ imprisonment", "consensual same-sex sexual activity")
    d.ev("In October 2019 cemetery authorities in Touba refused", "other", "2019-10",
         place="Touba")
    d.ev("In November 2019 a prominent anti-LGBTI organization published a list",
         "report_published", "2019-11")
    d.ev("resulting in authorities closing them", "other", Y)
    d.ev("the government and NGOs conducted HIV/AIDS awareness campaigns", "other", Y)

    # --- 7.a ---
    d.sec("7.a")
    d.ent("organization", "Ministry of Interior", "Ministry of the Interior")
    d.prov("only if they have lived in the country for five years", "threshold", 5, "years",
           "five years", "foreigners holding union office")
    d.fig("Collective bargaining agreements covered an estimated 44 percent", 44,
          "share of formal workers covered by collective agreements", "approximately",
          unit="percent")
    B = "must notify the government of their intent to strike at least one month"
    d.prov(B, "requirement", 1, "months", "at least one month in advance",
           "strike notice by civil service unions")
    d.prov(B, "requirement", 3, "days", "three days in advance",
           "strike notice by private sector unions")
    d.ev("There were no confirmed reports of antiunion discrimination.", "other", Y,
         polarity="negated")

    # --- 7.b ---
    d.sec("7.b")
    d.ent("organization", "National Antitrafficking Task Force")
    d.ent("organization", "Child Protection Special Unit")

    # --- 7.c ---
    d.sec("7.c")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Child Labor Division")
    d.ent("place", "Tambacounda")
    d.ent("place", "Fatick")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    B = "Regulations on child labor set the minimum working age at 15"
    d.prov(B, "threshold", 15, "age", "15", "minimum working age")
    d.prov(B, "threshold", 18, "age", "until age 18", "hazardous work")
    d.prov("children as young as age 12 are permitted to work", "threshold", 12, "age",
           "as young as age 12", "agricultural work in a family environment")
    d.prov("The law also allows boys younger than age 16 to work", "threshold", 16, "age",
           "younger than age 16", "light work in mines and quarries")
    d.ev("The Ministry of Labor sent investigators to investigate formal workplaces",
         "investigation", Y)
    d.ev("The government conducted seminars with local officials", "other", Y)
    d.fig("where up to 90 percent of children worked", 90,
          "share of children working in Tambacounda, Louga and Fatick", "up to",
          unit="percent")
    d.fig("28 percent of children participated in the labor force", 28,
          "share of children in the labor force", unit="percent",
          source="International Labor Organization")

    # --- 7.e ---
    d.sec("7.e")
    d.ent("organization", "Labor Inspection Office")
    d.ent("organization", "Conseil National du Patronat", "National Employers Council")
    B = "the law mandates a standard workweek of 40 to 48 hours"
    fine(d, B, 40, 48, "hours", "40 to 48 hours", "standard workweek", norm="requirement")
    d.prov(B, "requirement", 2100, "hours", "approximately 2,100 hours per year",
           "standard working year")
    d.prov(B, "right", 24, "hours", "one 24-hour rest period per week", "weekly rest")
    d.prov(B, "right", 1, "months", "one month per year of annual leave", "annual leave")
    B = "night workers should receive a supplementary rate of 60 percent"
    d.prov(B, "requirement", 60, "percent", "60 percent", "night work supplement")
    d.prov(B, "requirement", 100, "percent", "100 percent", "night work on holidays")
    B = "there were 1,700 cases related to workplace accidents in 2017"
    d.fig(B, 1700, "workplace accident cases in 2017", source="Conseil National du Patronat")
    d.fig(B, 1900, "workplace accident cases in 2016", "approximately",
          source="Conseil National du Patronat")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def senegal() -> CollectionDevDoc:
    d = CollectionDevDoc("2020_senegal", FILE, 2020, {g: ALL_PARTS[g] for g in DONE})
    # In order of annotation; an entity is declared by each part that names it.
    for group in DONE:
        PART_BUILDERS[group](d)
    return d


DOCS = {"2020_senegal": senegal}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
