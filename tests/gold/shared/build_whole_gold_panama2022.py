"""Build the hand-made DEV gold file for Panama 2022 (a page of the public collection).

``2022_panama.jsonl`` annotates ``html/2022/panama.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2022/panama.html`` by ``scripts/collection.sh``: the 2022
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_panama2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_panama2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_panama.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2022/panama.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Toward International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

OMB = "Ombudsman’s Office"
SENNIAF = "National Secretariat for Children, Adolescents, and Family Affairs"
MOL = "Ministry of Labor"
MINSEG = "Ministry of Security"
FENASEP = "National Federation of Public Servants"
COONAPIP = "National Coordinator of Indigenous Peoples"
CORTIZO = "Laurentino Cortizo Cohen"
PNP = "Panama National Police"
DGSP = "National Directorate of the Penitentiary System"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "National Assembly")
    d.ent("organization", OMB, "Office of the Ombudsman", "Human Rights Ombudsman")
    d.ent("organization", "Public Ministry")

    d.sec("6")
    d.ent("organization", "National Police Directorate of Judicial Investigation")
    d.ent("organization", SENNIAF)
    d.ent("organization", "National Institute for Women’s Affairs")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", "National Secretariat for the Development of Afro-Panamanians")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "National Commission Against Racial Discrimination")
    d.ent("place", "Colón")
    d.ent("person", CORTIZO, "Laurentino Cortizo", "Cortizo")
    d.ent("organization", "Electoral Tribunal")
    d.ent("organization", COONAPIP)
    d.ent("organization", "Inter-American Court of Human Rights")
    d.ent("place", "Madugandí")
    d.ent("organization", "Ministry of Government")
    d.ent("organization", "Supreme Court", "Supreme Court of Justice")
    d.ent("organization", "AES Panama")
    d.ent("organization", MOL, "Ministry of Trade and Labor")
    d.ent("organization", "Ministry of Social Development")
    d.ent("organization", MINSEG, "Ministry for Public Security")
    d.ent("place", "Panama City")
    d.ent("organization", "Department of State")
    d.ent("organization", PNP, "National Police")
    d.ent("organization", "National Institute on Mental Health")
    d.ent("organization", "International Coalition of Women and Family")
    d.not_entity("Indigenous Peoples Development Plan", "Inter-American Highway",
                 "Changuinola hydroelectric dam", "Barro Blanco dam",
                 "Trafficking in Persons Report", "Panama City Metro", "Metro Line 2")
    d.prov("stipulates prison terms of five to 10 years", "penalty", 5, "years",
           "five to 10 years", "rape", value_end=10)
    d.prov("the sentence for femicide is 25 to 30 years in prison", "penalty", 25, "years",
           "25 to 30 years in prison", "femicide", value_end=30)
    d.prov("the sentence for femicide is 25 to 30 years in prison", "penalty", 10, "years",
           "from 10 to 20 years in prison", "other forms of homicide", value_end=20)
    d.ev("In February a girl, age eight, reported sexual abuse", "torture_or_abuse",
         "2022-02")
    d.ev("The Public Ministry immediately apprehended the abuser", "detention_or_arrest", Y)
    d.ev("The high-profile incident sparked public protests", "protest", Y)
    d.prov("Persons convicted of this crime face a maximum three-year prison", "penalty", 3,
           "years", "maximum three-year prison sentence", "sexual harassment")
    d.ev("There were no reports of coerced abortion on the part", "other", Y,
         polarity="negated")
    d.ev("In February the government denied an activist’s accusations", "other", "2022-02")
    d.ev("conducted separate investigations, but all concluded", "investigation", Y)
    d.fig("the Ombudsman’s Office had received three complaints of racism", 3,
          "complaints of racism received through August", source=OMB)
    d.ev("was verbally and physically assaulted when he conducted a site visit",
         "attack_or_threat", Y)
    d.ev("The ombudsperson urged the Ministry of Education to implement", "other", Y,
         source=OMB)
    d.ev("In May workers and residents in the predominately Black province", "protest",
         "2022-05", place="Colón")
    d.ev("After four days of protests, President Cortizo met with protest", "other",
         "2022-05")
    d.ev("Cortizo signed an order to jumpstart the economic revitalization", "law_or_decree",
         Y, place="Colón")
    d.fig("for six of the country’s seven Indigenous groups", 6,
          "Indigenous groups governed by traditional leaders in comarcas")
    d.fig("for six of the country’s seven Indigenous groups", 7,
          "Indigenous groups of the country")
    d.ev("In January the Ngäbe-Buglé Indigenous group elected its traditional",
         "election_or_referendum", "2022-01")
    d.ev("In April the Emberá-Wounaan Indigenous comarca elected its authorities",
         "election_or_referendum", "2022-04")
    d.ev("collectively elected their first woman leader that same month",
         "election_or_referendum", "2022-04")
    d.ev("when the original comarcas were designated in 1938", "other", "1938")
    d.ev("The coordinating body expressed concern that the government was stalling",
         "other", Y, source=COONAPIP)
    d.ev("In July groups of Indigenous persons joined nationwide protests", "protest",
         "2022-07")
    # t-conv15 settlement (2026-12-13): another occurrence naming the protests as its object: the year
    d.ev("To allay the protests, the Ministry of Government and the National", "other",
         Y)
    d.ev("No collective land titles were granted during the year", "other", Y,
         polarity="negated")
    # t-conv16 (settlement 2026-12-21 S3): a step on one named project not taken ("failed to")
    d.ev("the government failed to assign the funds necessary for the bilingual", "other", Y,
         polarity="negated")
    d.ev("The Supreme Court denied a demand from the Bri Bri people", "other", Y)
    d.ev("The Bri Bri reapplied for a collective title", "other", Y)
    d.fig("two private land titles were issued during that timeframe", 2,
          "private land titles issued on land claimed by the Bri Bri")
    d.ev("In April the Supreme Court of Justice officially admitted", "other", "2022-04")
    d.ev("In June Emberá-Wounaan authorities also declared", "other", "2022-06")
    d.ev("In August authorities announced that government authorities had scheduled",
         "other", "2022-08")
    d.ev("Ngäbe-Buglé activists protested the AES Panama Changuinola", "protest", Y)
    d.prov("range from six months’ to 20 years’ imprisonment", "penalty", 6, "months",
           "six months’ to 20 years’", "child abuse")
    d.ev("In March authorities sentenced an individual to 12 years in prison",
         "conviction_or_sentence", "2022-03")
    d.pen("prison", 12, "years", "12 years in prison")
    d.ev("authorities charged four officers in the National Secretariat", "charge", Y)
    d.fig("authorities charged four officers in the National Secretariat", 4,
          "officers of the children's secretariat charged")
    d.prov("The minimum legal age for marriage is 18.", "threshold", 18, "age",
           "minimum legal age for marriage is 18", "marriage")
    d.prov("The minimum age of consent is 14.", "threshold", 14, "age",
           "minimum age of consent is 14", "consent")
    d.ev("Ministry for Public Security prosecuted cases of sexual abuse", "charge", Y)
    d.ev("As of October, nationwide there were no cases reported of child", "other", Y,
         polarity="negated")
    d.fig("Jewish community leaders estimated there were 15,000 Jewish", 15000,
          "Jewish individuals in the country", source="Jewish community leaders")
    # hate acts are attack_or_threat (settled 2026-12-08)
    d.ev("There were no known reports of antisemitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no instances of this regulation’s enforcement.", "other", Y,
         polarity="negated")
    d.ev("made no credible efforts to rescind this discriminatory regulation",
         "law_or_decree", Y, polarity="negated")
    d.ev("alleged that a small number of police extorted transgender sex", "other", Y,
         polarity="alleged", source="transgender activists")
    d.prov("including, in most cases, a five-year period of continued use", "requirement",
           5, "years", "a five-year period of continued use", "name change")
    d.ev("alleged that instances of “conversion therapy” occurred during the year", "other",
         Y, polarity="alleged", source="International Coalition of Women and Family")
    d.fig("there was only one appointment available per patient each month", 1,
          "HIV viral load test appointments per patient each month")

    d.sec("7")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", FENASEP)
    d.ent("organization", "National Council of Organized Workers")
    d.ent("organization", "Panama Canal Authority")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "International Equal Pay Coalition")
    d.ent("organization", "National Migration Service")
    d.ent("organization", "Private Placement Agencies Section")
    d.not_entity("Pan-American Highway", "Findings on the Worst Forms of Child Labor")
    d.prov("the law requires a minimum of 40 persons to form a private-sector",
           "threshold", 40, "persons", "a minimum of 40 persons", "private-sector union")
    d.prov("the law requires a minimum of 40 persons to form a private-sector",
           "prohibition", 1, "unions", "only one union per establishment",
           "unions per business establishment")
    d.prov("registration application within 15 calendar days", "time_limit", 15, "days",
           "within 15 calendar days", "union registration")
    d.ev("The Ministry of Labor received 16 new requests for unions", "registration_decision",
         "2021", source=MOL)
    d.ev("there were seven requests with two admissions in the year as of October",
         "registration_decision", Y, source=MOL)
    d.fig("The Ministry of Labor received 16 new requests for unions", 16,
          "union registration requests received in 2021", source=MOL)
    d.fig("The Ministry of Labor received 16 new requests for unions", 7,
          "unions admitted in 2021", source=MOL)
    d.fig("there were seven requests with two admissions in the year as of October", 7,
          "union registration requests in the year through October", source=MOL)
    d.fig("there were seven requests with two admissions in the year as of October", 2,
          "unions admitted in the year through October", source=MOL)
    d.prov("if the government does not respond to the application within 30 days",
           "time_limit", 30, "days", "within 30 days", "recognition of public associations")
    d.prov("only one association may exist per public-sector institution", "prohibition", 1,
           "associations", "only one association", "associations per public institution")
    d.prov("only one association may exist per public-sector institution", "prohibition", 1,
           "chapters", "no more than one chapter per province", "chapters per province")
    d.prov("At least 50 public servants are required to form a professional", "threshold",
           50, "persons", "At least 50 public servants", "professional association")
    d.fig("There were 25 public-worker associations registered", 25,
          "public-worker associations registered under the federation")
    d.fig("This figure represents a decrease from approximately 50 associations", 50,
          "public-worker associations in the 1990s", "approximately")
    d.prov("20 to 30 percent of the workforce must continue working", "requirement", 20,
           "percent", "20 to 30 percent of the workforce", "minimal services during a strike",
           value_end=30)
    d.fig("Less than 15 percent of the private-sector labor force", 15,
          "share of the private-sector labor force organized", "fewer than", unit="percent")
    d.ev("Nonetheless, strikes in the public sector did occur.", "strike", Y)
    d.ev("mainly teachers’ associations, mobilized nationwide strikes", "strike", "2022-07")
    d.ev("Although protests and roadblocks ended by August after unions won", "other",
         "2022-08")
    d.ev("An estimated 80,000 public workers had been dismissed since the start", "dismissal",
         "2019")
    d.fig("An estimated 80,000 public workers had been dismissed since the start", 80000,
          "public workers dismissed since 2019", "approximately")
    d.ev("Dismissals accelerated following nationwide protests in July", "protest",
         "2022-07")
    d.fig("Dismissals accelerated following nationwide protests in July", 10,
          "cut to the public payroll", unit="percent")
    d.fig("Dismissals accelerated following nationwide protests in July", 27000,
          "public servants who lost their jobs in the payroll cut")
    d.ev("estimated that 7,000 public-sector workers were dismissed since July",
         "dismissal", "2022-07", source=FENASEP)
    d.fig("estimated that 7,000 public-sector workers were dismissed since July", 7000,
          "public-sector workers dismissed since July", source=FENASEP)
    d.ev("In July the National Police fired tear gas and rubber bullets",
         "attack_or_threat", "2022-07")
    d.ev("A prominent construction union criticized the government for wounding", "other",
         Y, source="construction union")
    d.fig("A prominent construction union criticized the government for wounding", 1,
          "individuals wounded during the incident")
    d.ev("There also were reports of forced child labor.", "other", Y, polarity="alleged")
    d.ev("The Ministry of Labor investigated human trafficking for the purpose",
         "investigation", Y)
    d.ev("Authorities prosecuted and convicted fewer perpetrators of labor exploitation",
         "charge", Y)
    d.fig("The Ministry of Labor received 37 cases of discrimination", 37,
          "cases of discrimination or workplace harassment received", source=MOL)
    d.ev("The National Federation of Public Servants began in 2021 to include", "other",
         "2021")
    d.ev("The Ministry of Labor elevated the Private Placement Agencies Section", "other", Y)
    d.prov("The law establishes a standard workweek of 48 hours", "prohibition", 48, "hours",
           "standard workweek of 48 hours", "workweek")
    d.prov("The law establishes a standard workweek of 48 hours", "right", 24, "hours",
           "at least one 24-hour rest period weekly", "weekly rest")
    d.prov("If employees work more than three hours of overtime in one day", "threshold", 3,
           "hours", "more than three hours of overtime", "overtime premium")
    d.prov("If employees work more than three hours of overtime in one day", "threshold", 9,
           "hours", "more than nine overtime hours in a week", "overtime premium")
    d.prov("If employees work more than three hours of overtime in one day", "requirement",
           75, "percent", "an additional 75 percent", "overtime pay")
    d.prov("have the right to 30 days of paid vacation for every 11 months", "right", 30,
           "days", "30 days of paid vacation", "paid vacation")
    d.prov("have the right to 30 days of paid vacation for every 11 months", "threshold",
           11, "months", "every 11 months of continuous work", "paid vacation")
    d.ev("The ministry trained mining sector inspectors in collaboration", "other", Y)
    d.fig("The inspection office consists of two groups", 2, "groups of the inspection office")
    d.fig("in September, 48 percent of the working population worked", 48,
          "share of the working population in the informal sector", unit="percent",
          source="official sources")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Institutional Protection Service", "SPI")
    d.ent("organization", MOL, "Ministry of Trade and Labor")
    d.ent("organization", "La Prensa")
    d.ent("organization", "Corprensa")
    d.ent("organization", "National Transparency and Access to Information Authority",
          "ANTAI")
    d.ent("organization", "La Verdad Panama")
    d.ent("organization", "Foco Panamá")
    d.ent("person", "Olmedo Rodríguez")
    d.ent("person", "José González")
    d.ent("person", "Marta Martinelli")
    d.ent("person", "Dimitri Flores", "Flores")
    d.ev("forced picnic-goers representing lesbian, gay, bisexual", "censorship_or_blocking",
         "2022-06")
    d.ev("In October the Ministry of Trade and Labor conducted an in-person", "other",
         "2022-10")
    d.ev("Journalists alleged the decision to invite official press", "other", Y,
         source="journalists")
    d.ev("Leaders of media group Corprensa noted that government institutions",
         "censorship_or_blocking", Y, source="Corprensa")
    d.ev("sanctioned digital outlet La Verdad Panama with a $1,000 fine",
         "censorship_or_blocking", "2022-06")
    d.pen("fine", 1000, "USD", "a $1,000 fine")
    d.fig("sanctioned digital outlet La Verdad Panama with a $1,000 fine", 1000,
          "fine imposed on La Verdad Panama", unit="USD")
    d.ev("Various press groups alleged ANTAI’s interpretation of the law", "other", Y,
         source="press groups")
    d.ev("ANTAI agreed to reconsider the sanction and suspended the fine.", "other", Y)
    d.ev("Many of these cases were dismissed.", "acquittal", Y)
    d.fig("La Prensa saw all 17 criminal cases", 17,
          "criminal cases brought against La Prensa")
    d.fig("La Prensa saw all 17 criminal cases", 22,
          "cases against Foco Panamá dismissed or pending")
    d.fig("La Prensa saw all 17 criminal cases", 26, "cases brought against Foco Panamá")
    d.ev("In June a court ordered La Prensa to pay $3,000 in damages",
         "conviction_or_sentence", "2022-06")
    d.pen("fine", 3000, "USD", "$3,000 in damages")
    d.fig("In June a court ordered La Prensa to pay $3,000 in damages", 3000,
          "damages La Prensa was ordered to pay", unit="USD")
    d.fig("In June a court ordered La Prensa to pay $3,000 in damages", 750,
          "fees each journalist was ordered to pay", unit="USD")
    d.fig("Marta Martinelli claimed one million dollars in damages.", 1000000,
          "damages claimed by Marta Martinelli", unit="USD")
    d.ev("In August independent presidential candidate Dimitri Flores threatened",
         "attack_or_threat", "2022-08")
    d.ev("regarding a 2011 sentence against Flores for fraud", "conviction_or_sentence",
         "2011")
    d.ev("The newspaper published the threat as an example", "report_published", Y,
         source="La Prensa")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports that the government monitored", "surveillance", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "National Refugee Office")
    d.ent("organization", "National Border Service")
    d.ent("organization", "National Migration Service")
    d.ent("place", "Venezuela")
    d.ent("place", "Aruba")
    d.not_entity("Tocumen International Airport")
    d.ev("In August the National Migration Service returned a UNHCR-recognized", "other",
         "2022-08", place="Venezuela")
    d.ev("In September the National Refugee Office took a week to respond", "other",
         "2022-09")
    d.prov("who have lived in the country for more than three years", "threshold", 3,
           "years", "more than three years", "permanent residency of refugees")

    d.sec("2.g")
    d.ent("place", "Colombia")
    d.ent("place", "Darien")
    d.fig("it identified at least 100 persons in Darien", 100,
          "persons identified who could be recognized as stateless", "at least")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("person", CORTIZO, "Laurentino Cortizo", "Cortizo")
    d.ent("organization", "Organization of American States")
    d.ent("organization", "EU")
    d.ev("Recent Elections:||In 2019 voters chose Laurentino Cortizo Cohen",
         "election_or_referendum", "2019")
    d.ev("and council members were elected at the same time", "election_or_referendum",
         "2019")
    d.ev("considered the elections to be fair and transparent", "other", "2019",
         source="observers")
    d.ev("two Indigenous territories and one Indigenous collective held elections",
         "election_or_referendum", Y)
    d.fig("two Indigenous territories and one Indigenous collective held elections", 2,
          "Indigenous territories that held elections")
    d.fig("two Indigenous territories and one Indigenous collective held elections", 1,
          "Indigenous collectives that held elections")

    d.sec("4")
    d.ent("organization", "Supreme Court", "Supreme Court of Justice")
    d.ent("organization", "National Assembly")
    d.ent("person", "Ricardo Martinelli", "Martinelli")
    d.ent("organization", "Editora Panama America")
    d.ent("person", "Juan Carlos Varela")
    d.ent("organization", "Odebrecht")
    d.ev("There were numerous reports of government corruption", "other", Y,
         polarity="alleged")
    d.ev("there were allegations directed against all levels of the judiciary", "other", Y,
         polarity="alleged")
    d.ev("Two former presidents were on trial for money laundering", "trial", Y)
    d.fig("Two former presidents were on trial for money laundering", 2,
          "former presidents on trial")
    d.ev("Former President Ricardo Martinelli and 16 other persons were prosecuted",
         "charge", Y)
    d.fig("Former President Ricardo Martinelli and 16 other persons were prosecuted", 16,
          "other persons prosecuted in the money-laundering case")
    d.ev("Although investigations began in 2017, the first hearing", "investigation", "2017")
    d.ev("the first hearing did not happen until July after multiple delays", "trial",
         "2022-07")
    d.ev("were also prosecuted in the bribery case against Odebrecht", "charge", Y)
    d.ev("In January a court dismissed the charges against three former", "acquittal",
         "2022-01")
    d.fig("In January a court dismissed the charges against three former", 3,
          "former public security affairs directors whose charges were dismissed")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Panama")
    d.ent("person", CORTIZO, "Laurentino Cortizo", "Cortizo")
    d.ent("organization", PNP, "National Police")
    d.ent("organization", "National Border Service")
    d.ent("organization", "National Aeronaval Service")
    d.ev("EXECUTIVE SUMMARY||In 2019 voters chose Laurentino Cortizo Cohen as president",
         "election_or_referendum", "2019")
    d.ev("There were reports that some members of security forces committed abuses.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("but the government did not take effective steps to identify, investigate",
         "investigation", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "National Criminal Statistics Directorate")
    d.ent("organization", PNP, "National Police")
    d.ent("organization", "Ministry of Government")
    d.ent("organization", DGSP, "DGSP")
    d.ent("organization", OMB, "Office of the Ombudsman", "Human Rights Ombudsman")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse",
         Y, polarity="negated")
    d.fig("the prison system held 21,113 prisoners in facilities", 21113,
          "prisoners held as of August", source=DGSP)
    d.fig("the prison system held 21,113 prisoners in facilities", 14591,
          "intended capacity of the prison system", source=DGSP)
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)
    # a standing permission is a state: no event (settled 2026-12-08)
    d.ev("conducted several unannounced visits without restrictions", "other", Y,
         source=OMB)
    d.prov("required to send a written request to the DGSP 15 days in advance",
           "requirement", 15, "days", "15 days in advance", "NGO prison visits")

    d.sec("1.d")
    d.ent("place", "Panama")
    d.ent("place", "La Chorrera")
    d.ent("organization", "Prosecutor’s Office")
    d.ent("organization", "Public Ministry")
    d.ent("place", "Panama City")
    d.ev("During nationwide protests in June and July, there were some complaints",
         "detention_or_arrest", "2022-06", date_end="2022-07", polarity="alleged")
    d.prov("The law prohibits police from detaining adult suspects for more than 48",
           "time_limit", 48, "hours", "more than 48 hours", "detention of adult suspects")
    d.prov("The law prohibits police from detaining adult suspects for more than 48",
           "time_limit", 72, "hours", "for 72 hours", "detention of minor suspects")
    d.ev("there were some uncorroborated accusations of arbitrary arrests", "detention_or_arrest",
         "2022-07", polarity="alleged")
    d.ev("alleged instances of arbitrary detention of transgender women", "detention_or_arrest",
         Y, polarity="alleged", source="transgender activists", place="Panama City")
    d.fig("approximately 35 percent of inmates had not been convicted", 35,
          "share of inmates not convicted as of August", "approximately", unit="percent",
          source="official statistics")

    d.sec("1.e")
    d.ent("organization", "Public Defender’s Office")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ev("Following a change in the leadership of the accusatory justice system", "other",
         "2022-01", polarity="alleged")
    d.prov("stipulates that trials must be completed in less than 12 months", "time_limit",
           12, "months", "less than 12 months", "trials")
    d.ev("failed to initiate in a timely fashion the formal process", "release", Y,
         polarity="negated")
    d.ev("No disciplinary actions were taken.", "other", Y, polarity="negated")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def panama() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_panama", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_panama": panama}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
