"""Build the hand-made DEV gold file for Slovenia 2023 (a page of the public collection).

``2023_slovenia.jsonl`` annotates ``html/2023/slovenia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2023/slovenia.html`` by ``scripts/collection.sh``: the
2023 edition, classic seven-section layout (§1.f "Transnational Repression" new). Split ``dev``
(the team may tune on it), annotated with the method of ``build_whole_gold_botswana2022.py``
(``CollectionDevDoc`` of ``collection_gold.py``): every record below was decided by hand,
reading the report sentence by sentence before the system was ever run on it; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. The scope line lists in ``"ranges"``
exactly the section groups annotated whole (``DONE``). The output holds offsets, names and
values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_slovenia2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_slovenia2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_slovenia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/slovenia.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

SI = "Slovenia"
STATE = "Department of State"
UNHCR = "Office of the UN High Commissioner for Refugees"
RTV = "RTV Slovenia"
WJRO = "World Jewish Restitution Organization"
MOJ = "Ministry of Justice"
MOI = "Ministry of Interior"
DARS = "Motorway Company of the Republic of Slovenia"
COE = "Council of Europe"
ADVOCATE = "Office of the Advocate of the Principle of Equality"
MOL = "Ministry of Labor, Family, Social Affairs, and Equal Opportunities"
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Investment Climate Statement", "International Narcotics Control Strategy Report",
           "Rule of Law Report")


def common(d: CollectionDevDoc) -> None:
    d.ent("place", SI)
    d.not_entity(*REPORTS)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    # the list of issues: its one item is violence or threats against LGBTQI+ persons
    d.ev("Significant human rights issues included credible reports of crimes involving",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("The government took credible steps to identify and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", COE)
    d.ent("organization", "Committee for the Prevention of Torture")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.prov("The punishment for such treatment was from one to 12 years", "penalty", 1, "years",
           "from one to 12 years’ imprisonment", "torture and degrading treatment", value_end=12)
    B = "together with eight human rights groups, visited all prisons"
    d.ev(B, "other", Y)
    d.fig(B, 8, "human rights groups that visited prisons with the ombudsperson")

    d.sec("1.d")
    d.ent("organization", "Legal Information Center")
    d.ent("organization", "Free Legal Aid Office")
    d.prov("Authorities could detain suspects for 48 hours before charging them.",
           "time_limit", 48, "hours", "for 48 hours", "detention before charge")
    B = "The law required authorities to inform suspects of their rights immediately"
    d.prov(B, "time_limit", 6, "hours", "within six hours", "written reasons for arrest")
    d.prov(B, "time_limit", 3, "hours", "within three hours for minor offenses",
           "written reasons for arrest, minor offenses")
    d.ev("There were no reported cases of arbitrary of unlawful detention.",
         "detention_or_arrest", Y, polarity="negated")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.g")
    d.ent("place", "Yugoslavia")
    d.ent("organization", WJRO, "WJRO")
    d.ent("organization", MOJ)
    d.ent("organization", "Gornia Radgona Municipality")
    d.ent("organization", "Radenska d.d.")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", STATE)
    d.not_entity("Criminal Procedure Act", "Denationalization Act", "Radenci Spa",
                 "Justice for Uncompensated Survivors Today (JUST) Act Report to Congress")
    d.ev("In 2018, the WJRO and Ministry of Justice agreed to launch", "other", "2018")
    d.ev("Ministry of Justice researchers concluded their research in 2019", "other", "2019")
    # a one-time agreement told in the simple past without a date
    d.ev("The ministry agreed to a one-year timeline after completion", "other", Y)
    # an occurrence running since a date takes that date
    d.ev("since 1993 close ties between the Gornia Radgona Municipality", "other", "1993")
    d.ev("Although the Supreme Court rejected the family’s claim to the trademark in 2015",
         "other", "2015")
    d.ev("Justice for Uncompensated Survivors Today (JUST) Act Report to Congress, released",
         "report_published", "2020", source=STATE)

    d.sec("1.h")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", RTV)
    d.ent("organization", "European Commission")
    d.ent("organization", "Strategic Council for the Prevention of Hate Speech")
    d.ent("organization", "RTV Slovenia Council")
    d.ent("organization", "Constitutional Court")
    d.not_entity("RTV Slovenia Act")
    # cases the journalists reported, without a date: occurrences of the year
    d.ev("They reported on cases of disciplinary action, threats of dismissal", "other", Y,
         source="RTV Slovenia journalists")
    B = "listed a total of 15 reports during the year of alleged attacks"
    d.ev(B, "attack_or_threat", Y, polarity="alleged")
    d.fig(B, 15, "reports of alleged attacks against journalists during the year")
    d.ev("In its 2023 Rule of Law Report, the European Commission stated", "report_published",
         "2023", source="European Commission")
    # continue the 2023 report
    d.ev("The Rule of Law Report pointed to new safeguards to improve", "report_published",
         "2023", source="European Commission")
    d.ev("The commission raised concerns, however, over a lack of safeguards",
         "report_published", "2023", source="European Commission")
    d.ev("On March 17, the government established an advisory and monitoring body", "other",
         "2023-03-17")
    B = "On July 19, the council issued a set of 57 recommendations"
    d.ev(B, "report_published", "2023-07-19",
         source="Strategic Council for the Prevention of Hate Speech")
    d.fig(B, 57, "recommendations of the council on hate speech")
    d.ev("On May 26, amendments to the RTV Slovenia Act took effect", "law_or_decree",
         "2023-05-26")
    # t-conv15 settlement: an occurrence of another kind after the dated amendments, untied:
    # the year
    B = "two previous governing bodies were replaced by a new RTV Slovenia Council"
    d.ev(B, "other", Y)
    d.fig(B, 2, "RTV Slovenia governing bodies replaced")
    # t-conv16 settlement: a negated act on access to the internet is a practice on a class, no event (removed
    # negated censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)

    d.sec("2.c")
    d.ent("organization", STATE)

    d.sec("2.e")
    d.ent("organization", UNHCR)
    # corrected after the first run (a missed entity): "EU resettlement and relocation programs"
    d.ent("organization", "EU")
    d.ent("place", "Ljubljana")
    d.ent("place", "Russia")
    d.ent("organization", "Administrative Court")
    d.ent("place", "Turkey")
    d.ent("organization", MOI)
    d.ent("organization", "Administrative Unit")
    d.ent("place", "Ukraine")
    d.not_entity("Asylum Information Database", "Center for Foreigners")
    d.ev("The government expanded capacity at existing facilities", "other", Y)
    B = "By the end of October, police had processed more than 50,000"
    d.ev(B, "other", Y)
    d.fig(B, 50000, "unauthorized entries processed by police by the end of October",
          "more than")
    B = "On April 18, parliament passed a law allowing asylum seekers"
    d.ev(B, "law_or_decree", "2023-04-18")
    d.prov(B, "time_limit", 3, "months", "three months after arriving",
           "asylum seekers' access to the labor market")
    d.ev("Ukrainians fleeing the war were granted temporary protection beginning in 2022.",
         "asylum_or_citizenship_decision", "2022")
    B = "On February 6, the Administrative Court ruled police deported two Pakistani"
    d.ev(B, "other", "2023-02-06")
    d.ev(B, "other", "2023-01")
    d.fig(B, 2, "Pakistani citizens deported while applying for refugee status")
    # continues the February 6 ruling
    d.ev("The court determined officials at the Center for Foreigners interviewed", "other",
         "2023-02-06")
    d.ev("NGOs accused the officials of tricking the individual", "other", Y,
         polarity="alleged", source="NGOs")
    B = "At the end of 2022, the government announced it would accept 50 Syrian"
    d.ev(B, "other", "2022-12")
    d.fig(B, 50, "Syrian and Afghan refugees Slovenia would accept")
    B = "Twenty-three Syrian citizens arrived in the country for resettlement in December."
    d.ev(B, "other", "2023-12")
    d.fig(B, 23, "Syrian citizens resettled in December")
    d.fig("Twenty-seven Afghan citizens were expected to arrive", 27,
          "Afghan citizens expected in early 2024")
    d.ev("ordered the Administrative Unit to grant citizenship to such children",
         "asylum_or_citizenship_decision", Y)
    d.ev("In 2022, it launched a special temporary protection for persons displaced", "other",
         "2022")
    B = "As of September 19, the government had granted temporary protection to 8,936"
    d.ev(B, "asylum_or_citizenship_decision", Y)
    d.fig(B, 8936, "Ukrainians granted temporary protection as of September 19")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("3")
    # the verdict on the 2022 elections is the main clause: dated by the elections it judges
    d.ev("Parliamentary, presidential, and local elections in 2022 were widely reported",
         "other", "2022")

    d.sec("4")
    d.ent("organization", DARS, "DARS")
    d.ent("organization", STATE)
    d.ev("In January, parliament adopted whistleblower legislation", "law_or_decree",
         "2023-01")
    B = "Companies that retaliated against whistleblowers could be fined up to"
    d.prov(B, "penalty", 60000, "EUR", "up to €60,000", "retaliation against whistleblowers")
    d.prov(B, "penalty", 64860, "USD", "($64,860)", "retaliation against whistleblowers")
    B = "In October, media outlets reported on widespread corruption at the state-owned"
    d.ev(B, "report_published", "2023-10", source="media outlets")
    d.fig(B, 90000, "bribes one individual claimed to have paid", unit="EUR",
          source="media outlets")
    d.fig(B, 97290, "bribes one individual claimed to have paid", unit="USD",
          source="media outlets")
    # t-conv15 settlement: a claim of a bribe offer, another kind than the dated reports, with a
    # claimant of its own: the year
    B = "Another person claimed they were approached by an individual who offered"
    d.ev(B, "other", Y, polarity="alleged", source="media outlets")
    d.fig(B, 5, "share of the contract asked for one of the governing parties",
          unit="percent", source="media outlets")
    d.ev("The head of DARS resigned in November but denied any wrongdoing.", "other",
         "2023-11")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("5")
    d.ent("organization", ADVOCATE, "Advocate for the Principle of Equality")

    d.sec("6")
    d.ent("organization", "Eurostat")
    d.ent("organization", COE)
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Office for National Minorities")
    d.ent("organization", MOI)
    d.ent("organization", "Simon Wiesenthal Center")
    d.ent("organization", RTV)
    d.ent("organization", STATE)
    d.ent("organization", MOL, "Ministry of Labor, Family, Social Affairs, and Equal Opportunity")
    d.ent("organization", "Pride Parade Association")
    d.ent("organization", "Parliamentary Commission for Petitions, Human Rights, and Equal "
          "Opportunities")
    d.ent("organization", "National Institute of Public Health")
    d.ent("person", "Nataša Pirc Musar")
    d.not_entity("Jewish Cultural Center", "Star of David", "Ljubljana Pride Parade",
                 "Maribor Pride Parade", "June Pride Parade")
    d.prov("Sexual violence was a criminal offense, and the penalty for conviction", "penalty",
           6, "months", "six months to five years’ imprisonment", "sexual violence")
    d.prov("The penalty for conviction of rape was one to 10 years", "penalty", 1, "years",
           "one to 10 years’ imprisonment", "rape", value_end=10)
    d.prov("The law provided from three to 10 years’ imprisonment for conviction", "penalty", 3,
           "years", "from three to 10 years’ imprisonment", "aggravated bodily harm",
           value_end=10)
    d.fig("According to Eurostat, women’s earnings were approximately 97 percent", 97,
          "women's earnings as a share of men's", "approximately", unit="percent",
          source="Eurostat")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("In vitro fertilization was not available or covered by health insurance for women",
           "threshold", 43, "age", "aged 43 and older", "insured in vitro fertilization")
    B = "The country’s constitution recognized Hungarians (approximately 8,000 persons)"
    d.fig(B, 8000, "Hungarians", "approximately")
    d.fig(B, 4000, "Italians", "approximately")
    d.fig("The government also recognized Roma (approximately 10,000 to 12,000 persons)",
          10000, "Roma", "approximately", value_end=12000)
    d.ev("In January, the government passed hate crime legislation", "law_or_decree", "2023-01")
    d.fig("One NGO estimated that only 2 percent of Roma", 2,
          "Roma in the southeast working in the formal economy", unit="percent", source="NGO")
    # training received, told in the simple past without frequency
    d.ev("Representatives of the Romani community participated in a program", "other", Y)
    B = "The ministry implemented five education and training programs for professionals"
    d.ev(B, "other", Y)
    d.fig(B, 5, "education and training programs for professionals on Romani children")
    B = "The government allocated €17.3 million ($18.9 million) during the year"
    d.fig(B, 17.3e6, "funds for programs for the Romani community", unit="EUR")
    d.fig(B, 18.9e6, "funds for programs for the Romani community", unit="USD")
    d.prov("Child abuse was a criminal offense, and conviction carried a penalty", "penalty", 3,
           "years", "from three to eight years’ imprisonment", "child abuse", value_end=8)
    d.prov("The minimum age for marriage was 18.", "threshold", 18, "age", "18",
           "marriage")
    d.prov("centers for social service could approve the marriage of a person at age 16",
           "threshold", 16, "age", "at age 16", "marriage with approval")
    d.ev("In March the Office for National Minorities led a professional lecture", "other",
         "2023-03")
    # continues the March lecture
    d.ev("The program, led by police, NGOs, and social workers, instructed teachers", "other",
         "2023-03")
    d.ev("Ministry of Interior officials also led a program for administrative unit", "other", Y)
    d.prov("Penalties for convicted child sex traffickers ranged from three to 15 years",
           "penalty", 3, "years", "from three to 15 years in prison", "child sex trafficking",
           value_end=15)
    d.prov("Penalties for conviction of violations ranged from six months to eight years",
           "penalty", 6, "months", "six months to eight years in prison",
           "child pornography")
    d.prov("Conviction of statutory rape carried a sentence of three to eight years", "penalty",
           3, "years", "three to eight years in prison", "statutory rape", value_end=8)
    d.prov("The law set the minimum age of consent for consensual sexual relations at 15.",
           "threshold", 15, "age", "at 15", "consent")
    d.fig("There were an estimated 400 persons of Jewish descent", 400,
          "persons of Jewish descent", "approximately")
    d.ev("NGOs reported cases of antisemitic hate speech on social media.", "attack_or_threat",
         Y, source="NGOs")
    # the call for the firing is a reaction to a particular journalist's comments
    d.ev("The Simon Wiesenthal Center accused an RTV Slovenia journalist", "other", Y,
         source="Simon Wiesenthal Center")
    d.ev("On November 15, unidentified vandals spray painted a swastika", "attack_or_threat",
         "2023-11-15")
    d.ev("There were no reports that authorities condoned or perpetrated violence",
         "attack_or_threat", Y, polarity="negated")
    d.ev("In June, media outlets reported a woman wearing a rainbow flag was assaulted",
         "attack_or_threat", "2023-06", source="media outlets")
    d.ev("reported multiple incidents of individuals throwing eggs at parade participants",
         "attack_or_threat", Y, source="LGBTQI+ organizations and individuals")
    d.ev("The NGO Pride Parade Association president claimed police did not adequately",
         "other", Y, polarity="alleged", source="Pride Parade Association")
    d.ev("Another NGO reported police were investigating such crimes", "investigation", Y,
         source="NGO")
    d.ev("Several assaults were also reported at the Maribor Pride Parade in September.",
         "attack_or_threat", "2023-09")
    d.ev("In July, the Parliamentary Commission for Petitions, Human Rights", "other",
         "2023-07")
    # continues the July session; "June" dates the parade it condemns
    d.ev("The commission condemned the incidents at the June Pride Parade", "other",
         "2023-07")
    d.ev("In May, the Advocate for the Principle of Equality ruled against a gynecologist",
         "other", "2023-05")
    d.ev("There were no reports of medically unnecessary and irreversible", "other", Y,
         polarity="negated")
    d.ev("In June, President Nataša Pirc Musar called for legislation", "other", "2023-06",
         source="Nataša Pirc Musar")
    d.ev("Multiple cities held Pride parades and other LGBTQI+ events in June and September",
         "protest", "2023-06", date_end="2023-09")
    d.ev("no cases of employment discrimination based on disability were reported during",
         "other", Y, polarity="negated")
    B = "In March, the ombudsperson reported only three-quarters of the units"
    d.ev(B, "report_published", "2023-03", source="ombudsperson")
    d.fig(B, 0.75, "units of social work centers accessible to persons with disabilities",
          source="ombudsperson")
    # continue the March report
    d.ev("The report also found a lack of braille inscriptions", "report_published", "2023-03",
         source="ombudsperson")
    d.ev("The ombudsperson highlighted these findings were not in compliance", "report_published",
         "2023-03", source="ombudsperson")

    d.sec("7")
    d.ent("organization", STATE)
    d.ent("organization", "Ministry of Health")
    d.ent("organization", MOL)
    d.ent("organization", "International Labor Organization")
    d.prov("The law required unionization of at least 10 percent of workers in a sector",
           "threshold", 10, "percent", "at least 10 percent", "sectoral collective bargaining")
    d.prov("The law required unionization of at least 15 percent of workers in an organization",
           "threshold", 15, "percent", "at least 15 percent", "enterprise-level bargaining")
    B = "Local NGOs estimated approximately 20 percent of the labor force"
    d.fig(B, 20, "labor force in a union", "approximately", unit="percent",
          source="Local NGOs")
    d.fig(B, 80, "labor force covered by a collective bargaining agreement", "approximately",
          unit="percent", source="Local NGOs")
    d.prov("The minimum legal age of employment was 15.", "threshold", 15, "age", "15",
           "employment")
    d.prov("specified adult supervision for workers younger than age 18", "threshold", 18,
           "age", "younger than age 18", "protections of young workers")
    d.prov("Penalties for conviction of child labor law violations ranged from a monetary",
           "penalty", 1, "years", "one year in prison", "child labor law violations")
    B = "The law limited overtime to eight hours per week, 20 hours per month"
    d.prov(B, "prohibition", 8, "hours", "eight hours per week", "weekly overtime")
    d.prov(B, "prohibition", 20, "hours", "20 hours per month", "monthly overtime")
    d.prov(B, "prohibition", 170, "hours", "170 hours per year", "yearly overtime")
    d.ev("Labor inspectors carried out some labor contract and OSH inspections",
         "investigation", Y)
    d.fig("The government estimated the informal workers accounted for 5.8 percent", 5.8,
          "informal workers' share of the active labor force", unit="percent",
          source="government")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def slovenia2023() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_slovenia", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_slovenia": slovenia2023}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
