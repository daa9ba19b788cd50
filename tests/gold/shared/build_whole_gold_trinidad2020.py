"""Build the hand-made TEST gold file for Trinidad and Tobago 2020 (a page of the public collection).

``2020_trinidad-and-tobago.jsonl`` annotates ``html/2020/trinidad-and-tobago.html`` of the public
collection of state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked
out next to the repository as ``../collection/html/2020/trinidad-and-tobago.html`` by
``scripts/collection.sh``: the 2020 edition, classic seven-section layout, about 31,000
characters. Split ``test``: annotated blind (round t-gold31), every record below decided by hand,
reading the report sentence by sentence by the written rules of docs/EVALUATION.md before the
system was ever run on the page, and committed group by group before its first run; the script
only turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. The scope line lists in ``"ranges"``
exactly the section groups annotated whole (``DONE``). The output holds offsets, names and values
but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_trinidad2020.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_trinidad2020.py --show

Decisions where docs/EVALUATION.md is silent are written down in
docs/gold/2020_trinidad-and-tobago.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2020/trinidad-and-tobago.html"
Y = "2020"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

TT = "Trinidad and Tobago"
PNM = "People’s National Movement"
UNC = "United National Congress"
ROWLEY = "Keith Rowley"
KPB = "Kamla Persad-Bissessar"
GRIFFITH = "Gary Griffith"
PCA = "Police Complaints Authority"
UNHCR = "Office of the UN High Commissioner for Refugees"
IDC = "Immigration Detention Center"
EOC = "Equal Opportunity Commission"
EOT = "Equal Opportunity Tribunal"
CA = "Children’s Authority of Trinidad and Tobago"
MOL = "Ministry of Labour"
DOS = "Department of State"
TIP = "Trafficking in Persons Report"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", TT, "Republic of Trinidad and Tobago")
    # the island named, with its body's name after the possessive
    d.ent("place", "Tobago")
    d.ent("organization", "Tobago House of Assembly", "House of Assembly")
    d.ent("organization", PNM)
    d.ent("organization", UNC)
    d.ent("person", ROWLEY)
    d.ent("person", KPB)
    d.ent("organization", "Ministry of National Security")
    B = "defeated the opposition United National Congress led by Kamla Persad-Bissessar."
    d.ev(B, "election_or_referendum", "2020-08-10")
    # an observers' verdict on the election: `other`, dated by the election it judges
    d.ev("Local media observers considered the elections generally free and fair.", "other",
         "2020-08-10")
    d.fig("oversees three major divisions: police, immigration, and defense", 3,
          "major divisions of the Ministry of National Security")
    # "There were reports of <acts>" with an actor: the year, alleged (2021 Laos, Kazakhstan 2022)
    d.ev("There were reports of significant abuses by the security forces.", "torture_or_abuse",
         Y, polarity="alleged")
    # the list of issues of the year: its first item names a killing
    d.ev("Significant human rights issues included: unlawful or arbitrary killings by police",
         "killing", Y)
    # "took steps to identify, investigate …": `investigation` of the year (dev gold, 4 reports)
    d.ev("The government took steps to identify, investigate, prosecute, and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Morvant")
    d.ent("place", "Trinidad")
    d.ent("person", GRIFFITH, "Griffith")
    d.ent("organization", PCA)
    d.ev("There were credible reports that police committed arbitrary or unlawful killings.",
         "killing", Y, polarity="alleged")
    # one date expression ("In June"): one record, typed by the main clause (the three men killed)
    B = "In June, hours after a police officer was shot and killed in Morvant"
    d.ev(B, "killing", "2020-06")
    d.fig(B, 3, "men killed by police in Morvant")
    d.fig("showed at least one of the men raised his arms to surrender", 1,
          "men seen raising his arms to surrender", "at least")
    # a later step of another kind, on counted officers: the report year
    B = "put seven officers on administrative duty and 11 officers on desk duty"
    d.ev(B, "other", Y)
    d.fig(B, 7, "officers put on administrative duty")
    d.fig(B, 11, "officers put on desk duty")
    d.ev("The Police Complaints Authority investigated the case.", "investigation", Y,
         source=PCA)
    # protests that the incident led to: another occurrence, not tied by a written tie (the
    # report year); "for three days" is a duration, no figure
    d.ev("The incident led to protests in the capital for three days.", "protest", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")

    d.sec("1.c")
    # "there were reports that police … sometimes used excessive force": a practice told by
    # frequency, no event (2016 Malawi's "police sometimes used excessive force": none)
    d.not_entity(IDC)
    d.fig("Conditions in some of the prison system’s nine facilities continued", 9,
          "facilities of the prison system")
    d.ev("In April, amid growing fears of contracting COVID-19, a group of inmates", "protest",
         "2020-04")
    B = "In October, 139 international prisoners ended a nearly three-week hunger strike"
    d.ev(B, "protest", "2020-10")
    d.fig(B, 139, "international prisoners on hunger strike")
    # the same hunger strike retold about the same prisoners: the occurrence's date
    d.ev("The prisoners feared contracting COVID-19 and protested for speedy trials", "protest",
         "2020-10")
    # a standing function with a taxonomy verb: a summary event of the year
    d.ev("Authorities investigated credible allegations of mistreatment.", "investigation", Y)
    # an authority's refusal of monitors for one named facility: its act (2023 Somalia: `other`)
    d.ev("The government did not permit outside observers to monitor the Immigration", "other",
         Y)

    d.sec("1.d")
    d.prov("Detainees must be charged and appear in court within 48 hours", "time_limit", 48,
           "hours", "within 48 hours", "charge and court appearance of detainees")
    d.prov("are ordinarily ineligible for bail for 120 days", "time_limit", 120, "days",
           "for 120 days", "ineligibility for bail of persons accused of grave crimes")
    d.ev("In September the government amended the law to allow courts to use electronic",
         "law_or_decree", "2020-09")
    # instances confirmed, of the year; the next sentence tells how they were held (no record)
    d.ev("Independent reporting confirmed instances in which airline officials",
         "detention_or_arrest", Y)
    d.fig("Pretrial detainees constituted more than two-thirds of the prison population.", 2 / 3,
          "pretrial detainees' share of the prison population", "more than")
    # "seven to 10 years after their arrest": a duration, no figure
    # one quantity of the rule ("every 10 days"; the postponement repeats it: t-prov14)
    d.prov("for a hearing before a magistrate every 10 days", "requirement", 10, "days",
           "every 10 days", "hearing of detainees charged")

    d.sec("1.e")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2.a")
    # "sometimes used the … Sedition Act to limit freedom of expression": a right restricted in
    # general, told by frequency: no event
    d.not_entity("Sedition Act")
    # "did not restrict … or censor": no event (N2); the "no credible reports" clause is one
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    # "There were no government restrictions on academic freedom": a state (2026-12-13)

    d.sec("2.b")
    d.ent("place", "Morvant")
    d.ent("person", GRIFFITH, "Griffith")
    # one date expression: the first occurrence of the main clause (shots fired at a protest)
    B = "In July police officers fired shots into the air and arrested at least 72"
    d.ev(B, "attack_or_threat", "2020-07")
    d.fig(B, 72, "protesters arrested", "at least")
    d.fig(B, 3, "men killed in Morvant by police")
    # the next sentence, no tie of its own: the report year
    d.ev("Protesters blocked roads in and out of the capital city and burned tires",
         "protest", Y)
    # a named actor's reaction to the protests
    d.ev("Police Commissioner Griffith stated the protests were driven by criminal elements",
         "other", Y, source=GRIFFITH)

    d.sec("2.c")
    d.ent("organization", DOS)
    d.not_entity("International Religious Freedom Report")

    d.sec("2.f")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("place", "Venezuela")
    d.ent("organization", "Living Water Community")
    d.not_entity(IDC, "Immigration Act")
    # cooperation without a date: no event
    # a dated report of an occurrence: the occurrence (deportation, `other`) on the report's date
    B = "On September 18, the government reported it had deported 79 Venezuelans"
    d.ev(B, "other", "2020-09-18", source="government")
    d.fig(B, 79, "Venezuelans deported (government figure)")
    d.fig("Media and some NGOs said the figure was closer to 95.", 95,
          "Venezuelans deported (media and NGO figure)", "approximately")
    B = "On November 22, media reported 16 Venezuelan minors and nine women were placed"
    d.ev(B, "other", "2020-11-22", source="media")
    d.fig(B, 16, "Venezuelan minors placed on boats to Venezuela")
    d.fig(B, 9, "Venezuelan women placed on boats to Venezuela")
    # registered in a month-labelled exercise: the clause dated by it
    d.ev("Some of the children’s parents registered in the government’s June 2019", "other",
         "2019-06")
    # a count of days from a dated clause: November 22 + 2
    d.ev("The group returned two days later and was placed in state quarantine.", "other",
         "2020-11-24")
    # a count over a stated period, hedged ("potentially"): alleged
    B = "Among the more than 300 Venezuelans who were potentially refouled between January"
    d.ev(B, "other", "2020-01", date_end="2020-07", polarity="alleged")
    d.fig(B, 300, "Venezuelans potentially refouled (January to July)", "more than")
    # "agreed to let UNHCR conduct refugee status determinations": a standing permission, no
    # event; "Thousands of UNHCR's determinations": no figure, no event of the year
    B = "the government conducted a one-time registration exercise in June 2019"
    d.ev(B, "other", "2019-06")
    d.fig("Approximately 16,500 Venezuelans registered with the government.", 16500,
          "Venezuelans registered", "approximately")
    d.ev("In June the government extended the status of those registered", "other", "2020-06")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    d.sec("3")
    d.ent("organization", PNM)
    d.ent("organization", UNC)
    d.ent("person", ROWLEY)
    d.ent("person", KPB)
    B = "United National Congress, led by Kamla Persad-Bissessar, winning 22 parliamentary"
    d.ev(B, "election_or_referendum", "2020-08-10")
    d.fig(B, 22, "parliamentary seats won by the People's National Movement")
    d.fig(B, 19, "parliamentary seats won by the United National Congress")
    # the verdict is the main clause ("there were no international election observers": a
    # state): `other`, dated by the election it judges
    d.ev("local media observers considered the election to be generally free and fair", "other",
         "2020-08-10")

    d.sec("4")
    d.ent("organization", "High Court")
    d.ent("person", GRIFFITH, "Griffith")
    d.ent("person", "Irwin Hackshaw", "Hackshaw")
    d.ent("organization", PCA)
    d.ent("place", TT)
    d.ent("place", "United Kingdom")
    d.ent("place", "Barbados")
    d.ent("organization", "Integrity Commission")
    d.ev("There were reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    # "There were allegations that <actors> facilitated procurement … to companies owned by
    # criminal enterprises": reports of acts with an actor, the year, alleged
    d.ev("There were allegations that some politicians and ministers had close relationships",
         "other", Y, polarity="alleged")
    d.ev("During the year authorities initiated high-profile corruption cases", "charge", Y)
    # a court's ruling that a trial may go ahead: `other` (2019 Ecuador's "ordered them to stand
    # trial"); the contracts "in 2015" label the case, no record
    B = "A High Court judge ruled there was sufficient evidence for a corruption trial"
    d.ev(B, "other", Y)
    d.fig(B, 1, "opposition member of parliament facing a corruption trial")
    # a suspension of an official: `dismissal` (dev gold: 2008 Angola, 2010 Liberia, 2020 Fiji)
    d.ev("In September, Police Commissioner Griffith suspended Assistant Commissioner",
         "dismissal", "2020-09")
    # "accused of using his official position to collect …": the gerund of no taxonomy act
    # (Also settled: "accused X of <noun>" is no event)
    B = "Hackshaw was accused of using his official position to collect more than two"
    d.fig(B, 2000000, "money Hackshaw was accused of collecting", "more than", unit="TTD")
    d.fig(B, 290000, "money Hackshaw was accused of collecting", "more than", unit="USD")
    # a negated step (the investigation not completed) and the dated retirement
    B = "An internal investigation was not completed before Hackshaw retired on November 30."
    d.ev(B, "investigation", Y, polarity="negated")
    d.ev(B, "other", "2020-11-30")
    B = "On September 22, police and soldiers serving as special reserve police"
    d.ev(B, "other", "2020-09-22")
    d.fig(B, 22000000, "money seized from the pyramid scheme", unit="TTD")
    d.fig(B, 3200000, "money seized from the pyramid scheme", unit="USD")
    # an act on a particular person (the scheme's suspected head): the report year
    B = "Police authorities returned 18 million TTD ($2.6 million) with no explanation"
    d.ev(B, "other", Y)
    d.fig(B, 18000000, "money returned to the suspected head of the scheme", unit="TTD")
    d.fig(B, 2600000, "money returned to the suspected head of the scheme", unit="USD")
    B = "Four police officers were suspended and 11 were transferred pending investigations."
    d.ev(B, "dismissal", Y)
    d.fig(B, 4, "police officers suspended")
    d.fig(B, 11, "police officers transferred")
    d.ev("Police officers from the United Kingdom and Barbados were called in to assist",
         "other", Y)
    # "there were no prosecutions" without "during the year": a state (the guidelines)


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    # Section 5 holds no record: the ombudsman's office told by its standing functions
    d.sec("5")
    d.ent("organization", "Office of the Ombudsman")

    d.sec("6")
    d.ent("organization", "Victim and Witness Support Unit")
    d.ent("organization", EOC)
    d.ent("organization", EOT)
    d.ent("organization", CA, "Children’s Authority")
    d.ent("organization", DOS)
    d.ent("organization", "HIV and AIDS Unit")
    d.not_entity("UN Global Database on Violence against Women",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction", TIP)
    # a definite penalty without a number
    d.prov("is illegal and punishable by up to life imprisonment", "penalty", None, None,
           "up to life imprisonment", "rape, including spousal rape")
    B = "According to the UN Global Database on Violence against Women, 30 percent"
    d.fig(B, 30, "women who experienced intimate partner violence in their lifetime",
          unit="percent")
    d.fig(B, 19, "women who experienced sexual violence from a nonpartner", unit="percent")
    d.ev("In January police launched a gender-based violence unit", "other", "2020-01")
    # a dated report of an increase: the occurrences (domestic violence), its month
    # t-conv18 settlement (S6c): a dated report of a trend (an increase of cases), no act: report_published
    # (was torture_or_abuse)
    d.ev("In April the police commissioner noted an increase in domestic violence cases",
         "report_published", "2020-04", source="police commissioner")
    d.ev("In June police launched a sexual offenses unit", "other", "2020-06")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("The law requires every child be registered within 42 days of birth.",
           "time_limit", 42, "days", "within 42 days of birth", "birth registration")
    d.prov("Penalties for child abuse can include a moderate fine, two years’ imprisonment",
           "penalty", 2, "years", "two years’ imprisonment", "child abuse")
    # a report cited with its year
    B = "A 2019 report by the Children’s Authority of Trinidad and Tobago noted"
    d.ev(B, "report_published", "2019", source=CA)
    d.fig(B, 54, "female victims of reported child abuse (2019 report)", unit="percent")
    d.fig(B, 43, "male victims of reported child abuse (2019 report)", unit="percent")
    d.fig("The gender of the remaining 3 percent of the victims was not identified.", 3,
          "victims of unidentified gender (2019 report)", unit="percent")
    B = "Cases involved sexual abuse (23 percent), neglect (21 percent), and physical abuse"
    d.fig(B, 23, "cases involving sexual abuse", unit="percent")
    d.fig(B, 21, "cases involving neglect", unit="percent")
    d.fig(B, 14, "cases involving physical abuse", unit="percent")
    # a dated report of an increase: the abuses, its month
    d.ev("The Children’s Authority also reported in November an increase in reports",
         "torture_or_abuse", "2020-11", source=CA)
    d.prov("The legal minimum age of marriage is 18.", "threshold", 18, "age", "18",
           "minimum age of marriage")
    d.prov("The age of sexual consent is 18.", "threshold", 18, "age", "18",
           "age of sexual consent")
    d.prov("The age of consent for sexual touching is 16.", "threshold", 16, "age", "16",
           "age of consent for sexual touching")
    d.fig("There were fewer than 100 Jewish persons in the country.", 100,
          "Jewish persons in the country", "fewer than")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    # a court ruling told without a date: an occurrence of the report year
    d.ev("a court ruling deemed the law unconstitutional", "other", Y)
    # "As of November the government's appeal of the ruling was pending": a state
    d.ev("There were reports of harassment and threats against LGBTI persons",
         "attack_or_threat", Y, polarity="alleged")

    d.sec("7.a")
    d.ent("organization", "National Trade Union Center")
    d.ent("organization", "Public Sector Negotiation Committee")
    # "an absolute majority of workers": no number, no provision
    d.prov("must cover a minimum of three years", "requirement", 3, "years",
           "a minimum of three years", "length of collective agreements")
    # unions' claim of a particular act (pressure on the committee): alleged, the year
    B = "Some unions claimed the government undermined the collective bargaining process"
    d.ev(B, "other", Y, polarity="alleged")
    d.fig(B, 5, "cap on raises offered over three years", "up to", unit="percent")

    d.sec("7.b")
    d.ent("place", "India")
    d.ent("organization", DOS)
    d.not_entity(TIP)
    # a completed act on a particular person (the extradition of one suspect)
    d.ev("The government collaborated with India to extradite a forced labor suspect.", "other",
         Y)

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("The law sets the minimum age for employment at 16.", "threshold", 16, "age", "16",
           "minimum age for employment")
    d.prov("Children ages 14 to 16 may work in activities in which only family members",
           "threshold", 14, "age", "ages 14 to 16", "family or vocational work of children",
           value_end=16)
    d.prov("The law prohibits children younger than age 18 from working between the hours",
           "threshold", 18, "age", "younger than age 18", "night work of children")
    # "anecdotal reports of children working …": a class of victims without an actor, no event

    d.sec("7.e")
    d.ent("organization", MOL)
    d.ent("organization", "Occupational Safety and Health Agency")
    d.fig("with job advertisements in print media declining by 43 percent from 2019", 43,
          "decline of job advertisements in print media from 2019", unit="percent")
    # one record: the main clause's first occurrence (furloughs) types it
    B = "Although manufacturing businesses dismissed only 363 persons, they furloughed"
    d.ev(B, "other", Y)
    d.fig(B, 363, "persons dismissed by manufacturing businesses")
    # "inspectors conducted follow-up telephone and virtual meetings": meetings, no event
    # a count over a stated period: an event of that period
    B = "24 fatalities and 1,403 accidents were reported from August 2019 through July"
    d.ev(B, "other", "2019-08", date_end="2020-07", source="government statistics")
    d.fig(B, 24, "workplace fatalities (August 2019 to July)")
    d.fig(B, 1403, "workplace accidents (August 2019 to July)")
    d.prov("The law establishes a 40-hour workweek", "prohibition", 40, "hours", "40-hour",
           "standard workweek")
    # national guidelines issued by a ministry: a general directive (`law_or_decree`)
    d.ev("In July the Ministry of Labour implemented national workplace guidelines",
         "law_or_decree", "2020-07", source=MOL)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def trinidad() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2020_trinidad-and-tobago", FILE, 2020, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2020_trinidad-and-tobago": trinidad}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
