"""Build the hand-made DEV gold file for Suriname 2019 (a page of the public collection).

``2019_suriname.jsonl`` annotates ``html/2019/suriname.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2019/suriname.html`` by ``scripts/collection.sh``: the
2019 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_suriname2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_suriname2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_suriname.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/suriname.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

MOJP = "Ministry of Justice and Police"
IACTHR = "Inter-American Court of Human Rights"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "Human Rights Office")
    d.ent("organization", MOJP)
    d.ent("organization", "National Assembly")

    d.sec("6")
    d.ent("organization", "Victim Assistance Bureau")
    d.ent("place", "Paramaribo")
    d.ent("place", "Nickerie")
    d.ent("organization", "Office for Gender Affairs")
    d.ent("organization", "Ministry of Home Affairs")
    d.ent("organization", "Civil Registry")
    d.ent("organization", "Youth Affairs Office")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Ministry of Social Affairs")
    d.ent("organization", "Department of State")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ent("organization", IACTHR)
    d.ent("place", "Suriname")
    d.ent("organization", "LGBT Platform")
    d.ent("organization", "Civil Registration Office")
    d.not_entity("Hague Convention on the Civil Aspects of Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    A = "prescribes penalties for rape or forcible sexual assault of between 12"
    d.prov(A, "penalty", 12, "years", "between 12 and 15 years’ imprisonment", "rape",
           value_end=15)
    d.prov(A, "penalty", 100000, "SRD", "fines up to 100,000 Surinamese dollars", "rape")
    d.prov(A, "penalty", 13300, "USD", "$13,300", "rape")
    d.ev("Authorities investigated and prosecuted all reported cases of sexual abuse.",
         "investigation", Y)
    d.prov("The law imposes sentences of four to eight years’ imprisonment", "penalty", 4,
           "years", "four to eight years’ imprisonment", "domestic violence", value_end=8)
    d.ev("Domestic abuse played a role in two of the 18 homicides", "killing", Y)
    d.fig("Domestic abuse played a role in two of the 18 homicides", 2,
          "homicides in which domestic abuse played a role through September")
    d.fig("Domestic abuse played a role in two of the 18 homicides", 18,
          "homicides committed through September")
    d.ev("Authorities trained police units in dealing with survivors", "other", Y)
    d.fig("served an average of 40 clients per year", 40,
          "clients served by the shelter per year (average)")
    d.ev("launched an awareness campaign in May against domestic violence", "other", "2019-05",
         source="Office for Gender Affairs")
    d.prov("police may issue temporary restraining orders limiting contact", "time_limit", 30,
           "days", "up to 30 days", "temporary restraining order")
    B = "offenders can receive prison sentences ranging from four to 12 years"
    d.prov(B, "penalty", 4, "years", "four to 12 years", "stalking", value_end=12)
    d.prov(B, "penalty", 50000, "SRD", "SRD 50,000 to SRD 150,000", "stalking",
           value_end=150000)
    d.prov(B, "penalty", 6650, "USD", "$6,650 to $19,950", "stalking", value_end=19950)
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.prov("Births must be registered with the Civil Registry within one week.", "time_limit",
           1, "weeks", "within one week", "birth registration")
    d.fig("Police registered 49 cases of physical abuse and 147 cases", 49,
          "cases of physical abuse of children registered as of September")
    d.fig("Police registered 49 cases of physical abuse and 147 cases", 147,
          "cases of child sexual abuse registered as of September")
    d.fig("Authorities reported an average of 80 calls per day.", 80,
          "calls per day to the children's hotline (average)")
    d.fig("operated three child protection centers in different parts", 3,
          "child protection centers")
    d.prov("Parental permission to marry is required until the age of 21.", "threshold", 21,
           "age", "until the age of 21", "parental permission to marry")
    d.prov("The marriage law sets the age of marital consent at 15", "threshold", 15, "age",
           "15 for girls", "age of marital consent (girls)")
    d.prov("The marriage law sets the age of marital consent at 15", "threshold", 17, "age",
           "17 for boys", "age of marital consent (boys)")
    d.ev("Authorities prosecuted all reported violations.", "charge", Y)
    d.prov("While the legal age of sexual consent is 14", "threshold", 14, "age", "14",
           "age of sexual consent")
    d.prov("While the legal age of sexual consent is 14", "threshold", 18, "age",
           "younger than age 18", "sexual exploitation")
    C = "provides penalties of up to six years’ imprisonment and a fine"
    d.prov(C, "penalty", 6, "years", "up to six years’ imprisonment", "pimping")
    d.prov(C, "penalty", 100000, "SRD", "a fine of SRD 100,000", "pimping")
    d.prov(C, "penalty", 13300, "USD", "$13,300", "pimping")
    D = "which carries a maximum penalty of six years’ imprisonment"
    d.prov(D, "penalty", 6, "years", "six years’ imprisonment",
           "child pornography")
    d.prov(D, "penalty", 50000, "SRD", "maximum fine of SRD 50,000", "child pornography")
    d.prov(D, "penalty", 6650, "USD", "$6,650", "child pornography")
    d.prov("Violations are punishable by prison terms of up to 12 years.", "penalty", 12,
           "years", "up to 12 years", "child pornography")
    d.ev("and neglect came to trial", "trial", Y)
    d.ev("There were reported cases of verbal, physical, and sexual abuse", "torture_or_abuse",
         Y, polarity="alleged")
    d.fig("There was a declared Jewish community of approximately 95 persons.", 95,
          "members of the Jewish community", "approximately")
    d.ev("There were no reports of anti-Semitic acts or discrimination.", "attack_or_threat", Y,
         polarity="negated")
    E = "The Inter-American Commission on Human Rights identified the Maroons"
    d.fig(E, 22, "Maroons' share of the population", "approximately", unit="percent")
    d.fig(E, 4, "Amerindians' share of the population", "approximately", unit="percent")
    F = "The government missed the January deadline for implementation"
    d.ev(F, "other", "2019-01", polarity="negated")
    d.ev(F, "other", "2015")
    d.ev("As of October the government had not taken action to carry out", "other", Y,
         polarity="negated")
    G = "included the 2005 ruling in the case of the Moiwana Community"
    d.ev(G, "other", "2005")
    d.ev(G, "other", "2007")
    d.ev("responsible for the 1986 massacre that took the lives of 40", "killing", "1986")
    d.fig("responsible for the 1986 massacre that took the lives of 40", 40,
          "men, women, and children killed in the 1986 massacre")
    d.ev("In December 2018 the Multi-Step Plan for the Legal Recognition", "other", "2018-12")
    d.prov("Violations are punishable by a fine or prison sentence of up to one year.",
           "penalty", 1, "years", "up to one year", "discrimination and hate speech")
    # (no event: a rule in force since 2014, no adoption narrated; settled 2026-12-07)

    d.sec("7")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Labor Inspectorate")
    d.ent("organization", "Youth Police")
    d.ent("organization", "Department of Labor Inspection")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "World Bank")
    d.ent("organization", "National Wage Council")
    d.ent("organization", "Occupational Health and Safety Division")
    d.ent("organization", "International Labor Organization")
    d.not_entity("Findings on the Worst Forms of Child Labor",
                 "List of Goods Produced by Child Labor or Forced Labor",
                 "Law on Labor Protection of the Family")
    d.ev("The government passed several laws to protect employees", "law_or_decree", Y)
    d.ev("The government investigated and, if necessary, prosecuted all reported cases",
         "investigation", Y)
    d.fig("The Ministry of Labor had 50 labor inspectors", 50, "labor inspectors")
    d.fig("The Ministry of Labor had 50 labor inspectors", 11, "junior labor inspectors")
    # training received, simple past, no frequency: an event of the year (settled 2026-12-08)
    d.ev("Labor inspectors received training on detecting forced labor.", "other", Y)
    d.ev("the Labor Inspectorate reported it investigated two alleged forced labor cases",
         "investigation", Y, source="Labor Inspectorate")
    d.fig("the Labor Inspectorate reported it investigated two alleged forced labor cases", 2,
          "alleged forced labor cases investigated", source="Labor Inspectorate")
    H = "In 2018 legislation was enacted that sets the new minimum age"
    d.ev(H, "law_or_decree", "2018")
    d.prov(H, "threshold", 16, "age", "16", "minimum age for employment")
    d.prov(H, "threshold", 18, "age", "18", "minimum age for work on fishing vessels")
    d.prov("under which children younger than 16 can still perform", "threshold", 16, "age",
           "younger than 16", "exceptions to the minimum age for employment")
    d.prov("children between the ages of 13 and 15 are allowed to assist", "threshold", 13,
           "age", "between the ages of 13 and 15", "light work", value_end=15)
    d.prov("Special exemption is needed for children ages 13 and 14", "threshold", 13, "age",
           "ages 13 and 14", "special exemption to work", value_end=14)
    d.prov("The law prohibits children younger than 18 from doing hazardous work",
           "threshold", 18, "age", "younger than 18", "hazardous work")
    d.ev("did not identify any cases of child labor in the formal business sector", "other", Y,
         polarity="negated")
    I = "After passing legislation in 2018 that protects pregnant women"
    d.ev(I, "law_or_decree", "2018")
    d.ev(I, "law_or_decree", "2019-06")
    d.ev("The law entered into force on September 18.", "law_or_decree", "2019-09-18")
    d.ev("In July the National Assembly approved a new minimum wage law", "law_or_decree",
         "2019-07")
    # (the 2014 law is a label, no event of 2014: settled 2026-12-07)
    d.fig("Approximately 41,000 of the estimated 133,000 total formal workforce", 41000,
          "formal workers employed by the government", "approximately")
    d.fig("Approximately 41,000 of the estimated 133,000 total formal workforce", 133000,
          "total formal workforce", "approximately")
    d.fig("An estimated 15 percent of the working-age population", 15,
          "share of the working-age population in the informal economy", "approximately",
          unit="percent")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    d.ent("organization", "Department of State")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Red Cross Suriname")
    d.ent("place", "Suriname")
    d.not_entity("International Religious Freedom Report", "Citizenship and Residency Law")
    d.ev("Journalists reported intimidation by government and nongovernment actors.",
         "attack_or_threat", Y, source="journalists")
    d.fig("two of the four leading daily newspapers intermittently printed", 2,
          "leading daily newspapers printing only writers' initials")
    d.fig("two of the four leading daily newspapers intermittently printed", 4,
          "leading daily newspapers")
    d.prov("with prison terms between three months and seven years", "penalty", 3, "months",
           "between three months and seven years", "criminal defamation")
    d.ev("There were no reports of cases involving defamation during the year.", "charge", Y,
         polarity="negated")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom or cultural events.",
    # was: "censorship_or_blocking", Y, polarity="negated")
    A = "from 257 in all of 2018 to approximately 500 as of August"
    d.fig(A, 257, "persons applying for asylum-seeker or refugee status in 2018",
          source="Red Cross Suriname")
    d.fig(A, 500, "persons applying for asylum-seeker or refugee status as of August",
          "approximately", source="Red Cross Suriname")
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.prov("become eligible to apply for citizenship only at age 18", "threshold", 18, "age",
           "at age 18", "citizenship of children born before September 2014")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "National Assembly")
    d.ent("person", "Desire Delano Bouterse", "Desire (Desi) Delano Bouterse", "Desire Bouterse",
          "Bouterse", "Desi Bouterse")
    d.ent("organization", "Organization of American States")
    d.ent("organization", "Union of South American States")
    d.ent("organization", "National Democratic Party")
    A = "provides for direct election of the 51-member National Assembly"
    d.prov(A, "requirement", 51, "members", "51-member", "composition of the National Assembly")
    d.prov(A, "time_limit", 5, "years", "no later than five years",
           "election of the National Assembly")
    d.prov("elects the president by a two-thirds majority vote", "threshold", 2 / 3, "share",
           "a two-thirds majority vote", "election of the president")
    B = "After legislative elections in 2015, the National Assembly re-elected"
    d.ev(B, "election_or_referendum", "2015")
    d.ev(B, "election_or_referendum", "2015")
    d.ev("Observers from the Organization of American States and the Union", "other", "2015",
         source="Organization of American States")
    d.ev("On September 30, President Bouterse announced the next elections", "other",
         "2019-09-30")
    d.ev("In May amendments to the electoral law were approved", "law_or_decree", "2019-05")

    d.sec("4")
    d.ent("organization", "Postal Bank")
    d.ent("organization", "Electricity Company of Suriname")
    d.ent("organization", "Anti-Corruption Commission")
    d.ev("There were numerous reports that officials engaged in corrupt practices", "other", Y,
         polarity="alleged")
    d.ev("Throughout the year there were also reports of police officers", "other", Y,
         polarity="alleged")
    d.ev("The government launched an official investigation into allegations of corruption",
         "investigation", Y)
    C = "In August the attorney general reported his office had made progress"
    d.ev(C, "report_published", "2019-08", source="attorney general")
    d.fig(C, 6, "corruption investigations of the attorney general's office")
    D = "In the 2015 case involving corruption at the Electricity Company"
    d.ev(D, "other", "2015")
    d.ev(D, "other", Y)
    d.fig(D, 4, "defendants for whom suspended sentences were recommended")
    d.ev("The anticorruption legislation approved in 2017 includes", "law_or_decree", "2017")
    d.ev("the government had not yet established the Anti-Corruption Commission", "other", Y,
         polarity="negated")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Suriname")
    d.ent("organization", "National Assembly")
    d.ent("person", "Desire Delano Bouterse", "Desire (Desi) Delano Bouterse", "Desire Bouterse",
          "Bouterse", "Desi Bouterse")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", MOJP)
    d.ev("Elections for the National Assembly took place in 2015.", "election_or_referendum",
         "2015")
    d.ev("International observers considered the legislative elections to be free", "other",
         "2015", source="international observers")
    d.ev("In 2015 the Assembly elected Desire (Desi) Delano Bouterse",
         "election_or_referendum", "2015")
    d.ev("Significant human rights issues included: unlawful or arbitrary killings", "killing",
         Y)
    d.ev("The government took steps to investigate, prosecute, and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Dion Griffith", "Griffith")
    d.ent("place", "Nickerie")
    d.ent("organization", "Cantonal Court")
    d.ent("organization", "Truth and Reconciliation Commission")
    d.not_entity("Hazard Penitentiary Facility")
    d.ev("There were isolated reports that agents employed by the government committed",
         "killing", Y, polarity="alleged")
    d.ev("In March Dion Griffith, a prisoner at the Hazard Penitentiary Facility",
         "death_in_custody", "2019-03", place="Nickerie")
    d.fig("A total of 18 prison officials were facing charges", 18,
          "prison officials facing charges over Griffith's death")
    A = "A separate Cantonal Court trial required for two additional defendants"
    d.ev(A, "acquittal", Y)
    d.ev(A, "killing", "1982")
    d.fig(A, 2, "additional defendants acquitted")
    d.ev("There was no progress made on establishing the Truth and Reconciliation",
         "other", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Personnel Investigation Department")
    d.ent("organization", "Internal Affairs Unit")
    d.ev("Throughout the year there were several reports of individuals receiving beatings",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("in July a detainee reported to the judge during his trial", "torture_or_abuse",
         "2019-07", source="a detainee")
    B = "As of September the Personnel Investigation Department received 102 complaints"
    d.fig(B, 102, "complaints against police received as of September",
          source="Personnel Investigation Department")
    d.fig(B, 73, "complaints alleging threats, firearm violence, abuse of authority, sex crimes",
          source="Personnel Investigation Department")
    C = "By the same date, the Internal Affairs Unit conducted investigations in 248"
    d.ev(C, "investigation", Y)
    d.fig(C, 248, "misconduct cases investigated by the Internal Affairs Unit as of September")
    d.ev("Ten cases resulted in the firing of police officers.", "dismissal", Y)
    d.fig("Ten cases resulted in the firing of police officers.", 10,
          "cases resulting in the firing of police officers")
    d.fig("numerous problems in the country’s 26 detention centers", 26, "detention centers")
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)
    # a standing permission is a state: no event (settled 2026-12-08)

    d.sec("1.d")
    d.ent("organization", "Court of Justice")
    # the arrest procedure ("apprehended individuals openly with warrants …") is habitual practice: no
    # event (settled 2026-12-16, "Arrest procedures told as summaries"; the lead, 0.1.31 merge)
    d.prov("detainees be brought before a judge within seven days", "time_limit", 7, "days",
           "within seven days", "bringing detainees before a judge")
    D = "a judge may extend the detention period in 30-day increments"
    d.prov(D, "time_limit", 30, "days", "30-day increments", "extension of detention")
    d.prov(D, "time_limit", 150, "days", "up to a total of 150 days", "extension of detention")

    d.sec("1.e")
    d.ent("organization", MOJP)
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Attorney General’s Office")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ent("organization", IACTHR)
    d.ev("when the two aforementioned ministries agreed to allow the court", "other", Y,
         polarity="alleged")
    d.ev("In August the National Assembly approved the legislation for the establishment",
         "law_or_decree", "2019-08")
    E = "In January seven new judges were sworn in"
    d.ev(E, "other", "2019-01")
    d.fig(E, 7, "new judges sworn in in January")
    d.fig(E, 26, "judges in the country")
    d.fig("While still short of the 40 judges needed", 40,
          "judges needed for the judicial system to function")
    d.ev("In April the Court of Justice launched its website.", "other", "2019-04")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def suriname() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_suriname", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_suriname": suriname}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
