"""Build the hand-made DEV gold file for Morocco 2022 (a page of the public collection).

``2022_morocco.jsonl`` annotates ``html/2022/morocco.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2022/morocco.html`` by ``scripts/collection.sh``: the 2022
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence before the system
was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_morocco2022.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_morocco2022.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2022_morocco.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2022/morocco.html"
Y = "2022"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7"]

HRW = "Human Rights Watch"
CNDH = "National Council on Human Rights"
DGSN = "Directorate General of National Security"
OHCHR = "UN Office of the High Commissioner for Human Rights"
MOI = "Ministry of Interior"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", HRW, "HRW")
    d.ent("organization", "Moroccan Association for Human Rights", "AMDH")
    d.ent("organization", MOI)
    d.ent("place", "Western Sahara")
    d.ent("organization", "UN Mission for the Referendum in Western Sahara", "MINURSO")
    d.ent("organization", OHCHR, "OHCHR")
    d.ent("organization", "UN Human Rights Council", "UNHRC")
    d.ent("organization", "UN Working Group on Arbitrary Detention")
    d.ent("organization", CNDH, "CNDH")
    d.ent("organization", "Global Alliance of National Human Rights Institutions")
    d.ent("organization", "National Human Rights Training Institute")
    d.ent("place", "Dakhla")
    d.ent("place", "Laayoune")
    d.ent("organization", "Institution of the Mediator")
    d.ent("organization", "Interministerial Delegation for Human Rights", "DIDH")
    d.not_entity("World Report", "Paris Principles")
    d.ev("HRW reported in its 2022 World Report that authorities", "report_published", Y,
         source=HRW)
    d.ev("An October 3 report regarding the situation in Western Sahara", "report_published",
         "2022-10-03", source="UN secretary-general")
    d.ev("The country was elected to the UN Human Rights Council", "other", "2022-10")

    d.sec("6")
    d.ent("organization", DGSN, "DGSN")
    d.ent("organization", "Prosecutor General’s Office")
    d.ent("organization", "Supreme Judicial Court")
    d.ent("organization", "Regional Brigade of the Judicial Police")
    d.ent("place", "Fez")
    d.ent("organization", "National School of Commerce and Management")
    d.ent("place", "Oujda")
    d.ent("organization", "King Fahd Institute of Translation")
    d.ent("organization", "Faculty of Settat")
    d.ent("organization", "Population Reference Bureau")
    d.ent("organization", "Le Monde")
    d.ent("organization", "Moroccan Organization against Clandestine Abortion")
    d.prov("The law punishes individuals convicted of rape with prison terms", "penalty", 5,
           "years", "five to 10 years", "rape", value_end=10)
    d.prov("when the conviction involves a minor, the prison sentence ranges", "penalty", 10,
           "years", "from 10 to 20 years", "rape of a minor", value_end=20)
    d.prov("A sexual assault conviction may result in a prison sentence", "penalty", 6,
           "months", "six months to five years", "sexual assault")
    d.prov("a crime punishable with up to one year in prison", "penalty", 1, "years",
           "up to one year in prison", "consensual sex outside of marriage")
    d.prov("high-level violent misdemeanors occur when a survivor’s injuries", "threshold", 20,
           "days", "20 days of disability leave", "high-level violent misdemeanor")
    d.prov("Low-level violent misdemeanors occur when a survivor’s disability lasts", "threshold",
           20, "days", "less than 20 days", "low-level violent misdemeanor")
    d.ev("On October 5, Regional Brigade of the Judicial Police in Fez", "investigation",
         "2022-10-05", place="Fez", source="local media")
    d.ev("In a public statement, the DGSN stated security services responded", "other", Y,
         source=DGSN)
    d.ev("The complaint said the officer assaulted the minor when she", "torture_or_abuse", Y,
         polarity="alleged")
    d.prov("Sexual harassment is a crime punishable by up to six months", "penalty", 6, "months",
           "up to six months in prison", "sexual harassment")
    d.prov("Sexual harassment is a crime punishable by up to six months", "penalty", 10000, "MAD",
           "up to 10,000 Moroccan dirhams", "sexual harassment")
    d.prov("Sexual harassment is a crime punishable by up to six months", "penalty", 958, "USD",
           "($958)", "sexual harassment")
    d.prov("For insults and defamation based on gender, an individual may", "penalty", 60000,
           "MAD", "up to 60,000 Moroccan dirhams", "insult based on gender")
    d.prov("For insults and defamation based on gender, an individual may", "penalty", 120000,
           "MAD", "up to 120,000 Moroccan dirhams", "defamation based on gender")
    d.prov("For insults and defamation based on gender, an individual may", "penalty", 5750,
           "USD", "($5,750 to $11,500)", "insult and defamation based on gender", value_end=11500)
    d.ev("Women university students reported in the 2021-22 academic year", "other", "2021",
         date_end="2022", source="women university students")
    d.ev("One university teacher was sentenced to two years in prison", "conviction_or_sentence",
         Y)
    d.pen("prison", 2, "years", "two years in prison")
    d.fig("One university teacher was sentenced to two years in prison", 1,
          "university teachers sentenced to two years")
    d.fig("One university teacher was sentenced to two years in prison", 4,
          "other persons sentenced for sexual harassment")
    d.ev("dozens of other sexual harassment cases on campuses were reported", "other", Y,
         source="local media")
    d.ev("There were no reports of coerced abortion or involuntary sterilization",
         "other", Y, polarity="negated")
    d.fig("with approximately 75 percent of overall births attended", 75,
          "share of births attended by skilled health personnel", "approximately", unit="percent")
    d.ev("In October, following the death of a girl, age 14", "report_published", "2022-10",
         source="Le Monde")
    d.fig("estimated between 600 and 800 clandestine abortions occurred each year", 600,
          "clandestine abortions each year", source="Moroccan Organization against Clandestine "
          "Abortion", value_end=800)
    d.ent("place", "Middle Atlas")
    d.ent("place", "North Africa")
    d.ent("organization", "Arab Barometer")
    d.ent("organization", "Minority Rights Group International")
    d.ent("organization", "Ministry of Digital Transition and Administrative Reform")
    d.ent("organization", "Royal Institute of Amazigh Culture")
    d.ent("organization", "School for Administrators")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Department of State")
    d.ent("organization", "Pan Africa ILGA", "PAI")
    d.ent("organization",
          "International Lesbian, Gay, Bisexual, Trans and Intersex Association")
    d.ent("place", "Tangier", "Tanger")
    d.ent("organization", "Yabiladi")
    d.ent("organization", "Ministry of Family, Solidarity, Equality, and Social Development")
    d.ent("organization", "UNAIDS")
    d.not_entity("Finance Bill", "Trafficking in Persons Report", "National Strategic Plan")
    d.ev("In August, Arab Barometer, a nonpartisan research organization, reported",
         "report_published", "2022-08", source="Arab Barometer")
    d.fig("In August, Arab Barometer, a nonpartisan research organization, reported", 0.333,
          "share of respondents targeted by racist comments", source="Arab Barometer")
    d.fig("The survey found 43 percent of citizens recognize", 43,
          "share of citizens recognizing anti-Black racism as a problem", unit="percent",
          source="Arab Barometer")
    d.ev("In March, Minority Rights Group International reported", "report_published",
         "2022-03", source="Minority Rights Group International")
    d.prov("public media are required to dedicate 30 percent of broadcast time", "requirement",
           30, "percent", "30 percent of broadcast time", "Amazigh programming in public media")
    d.ev("on April 11, parliament started using simultaneous interpretation", "other",
         "2022-04-11", source="media")
    d.fig("The 2023 Finance Bill included an allocation of 300 million", 300000000,
          "allocation for the integration of the Amazigh language", unit="MAD")
    d.fig("The 2023 Finance Bill included an allocation of 300 million", 27500000,
          "allocation for the integration of the Amazigh language", unit="USD")
    d.prov("Education is free and compulsory from age six to 15.", "threshold", 6, "age",
           "from age six to 15", "compulsory education", value_end=15)
    d.ev("Media reported in 2021 that there were 961 cases", "report_published", "2021",
         source="media")
    d.fig("Media reported in 2021 that there were 961 cases", 961, "cases of child abuse",
          source="media")
    d.fig("Media reported in 2021 that there were 961 cases", 405,
          "cases of sexual abuse of children", source="media")
    d.ev("In May a video on social media showed a girl", "other", "2022-05")
    d.ev("Media reported that authorities opened an investigation in response", "investigation",
         Y, source="media")
    d.ev("Police visited the girl’s house and found her locked", "other", Y)
    d.ev("Police arrested the mother, and the girl was taken", "detention_or_arrest", Y)
    d.prov("The legal age for marriage is 18, but parents", "threshold", 18, "age",
           "18", "marriage")
    d.prov("The age of consent is 18.", "threshold", 18, "age", "18", "consent")
    d.prov("Penalties for sexual exploitation of children under the criminal code", "penalty", 2,
           "years", "from two years to life imprisonment", "sexual exploitation of children")
    d.fig("Community leaders estimated the size of the Jewish population", 3500,
          "size of the Jewish population", "approximately", source="community leaders")
    d.prov("with a maximum sentence of three years in prison for convictions", "penalty", 3,
           "years", "three years in prison", "same-sex sexual activity")
    d.ev("through October the state prosecuted 283 individuals", "charge", Y,
         source="the government")
    d.fig("through October the state prosecuted 283 individuals", 283,
          "individuals prosecuted for same-sex sexual activity", source="the government")
    d.ev("In October Pan Africa ILGA (PAI), the African regional", "report_published",
         "2022-10", source="Pan Africa ILGA")
    d.ev("On November 12, Tangier’s judicial police arrested an adult", "detention_or_arrest",
         "2022-11-12", place="Tangier")
    d.fig("On November 12, Tangier’s judicial police arrested an adult", 3, "minors arrested")
    d.ev("The attackers reportedly used homophobic slurs during the attack", "attack_or_threat",
         "2022-11-12", polarity="alleged")
    d.ev("Independent media Yabiladi commented that the images were very violent", "other", Y,
         source="Yabiladi")
    d.ev("After their arrest, the adult was taken into custody", "detention_or_arrest",
         "2022-11-12")
    d.fig("After their arrest, the adult was taken into custody", 3,
          "minors placed under police surveillance")
    d.ev("The adult was later charged for assault and violence", "charge", Y)
    d.prov("implementing a quota of 7 percent for persons with disabilities", "threshold", 7,
           "percent", "7 percent", "disability quota in public-sector vocational training")
    d.prov("implementing a quota of 7 percent for persons with disabilities", "threshold", 5,
           "percent", "5 percent", "disability quota in private-sector vocational training")
    d.fig("The government maintained more than 400 integrated classes", 400,
          "integrated classes for pupils with learning disabilities", "more than")
    d.ev("As a result, the plan was extended to 2023.", "other", Y)

    d.sec("7")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Ministry of Employment and Vocational Integration")
    d.ent("organization", "National Social Security Fund")
    d.ent("organization", "Moroccan Central Bank")
    d.ent("place", "Morocco")
    d.not_entity("Findings on the Worst Forms of Child Labor", "Domestic Worker Law")
    d.prov("limits collective bargaining rights to those representing 35 percent", "threshold",
           35, "percent", "35 percent or more of the workforce", "collective bargaining rights")
    d.prov("and calls for a 10-day notice of a strike", "requirement", 10, "days",
           "a 10-day notice", "strike notice")
    d.prov("A strike may not occur regarding matters covered in a collective", "time_limit", 1,
           "years", "one year after the contract", "strike on contract matters")
    d.prov("establishes penalties of five to 10 years’ imprisonment and a fine", "penalty", 5,
           "years", "five to 10 years’ imprisonment", "forced labor of adults", value_end=10)
    d.prov("establishes penalties of five to 10 years’ imprisonment and a fine", "penalty", 20,
           "years", "20 to 30 years’ imprisonment", "forced labor of children", value_end=30)
    d.fig("Seventy-four percent of women were homemakers.", 74, "share of women homemakers",
          unit="percent")
    d.fig("The overall unemployment rate for women was 16.8 percent", 16.8,
          "unemployment rate of women", unit="percent")
    d.fig("The overall unemployment rate for women was 16.8 percent", 10.9,
          "unemployment rate of men", unit="percent")
    d.fig("Women on average earned 30 percent less than men.", 30,
          "gender pay gap", unit="percent")
    d.prov("The law provides for a 44- to 48-hour maximum workweek", "prohibition", 44, "hours",
           "a 44- to 48-hour maximum workweek", "workweek", value_end=48)
    d.prov("The law provides for a 44- to 48-hour maximum workweek", "prohibition", 10, "hours",
           "no more than 10 hours’ work", "working day")
    d.prov("Penalties for violating the Domestic Worker Law range from fines", "penalty", 1,
           "months", "one to three months of imprisonment", "repeated violations of the "
           "domestic worker law", value_end=3)
    d.fig("A Moroccan Central Bank study indicated that 30 percent", 30,
          "share of GDP depending on the informal sector", unit="percent",
          source="Moroccan Central Bank")


PART_BUILDERS = {"5-7": sections_5_7}


def morocco() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_morocco", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_morocco": morocco}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
