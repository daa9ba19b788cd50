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
DONE = ["5-7", "2", "3-4", "exec", "1"]

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
    d.ent("organization", "Moroccan Association for Human Rights", "AMDH",
          "Moroccan Association of Human Rights")
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
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were also reports of parents forcing lesbian or bisexual daughters", "other", Y,
         polarity="alleged")
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


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    # t-gold20, settled 2026-12-16 (1): "There were numerous reports of <acts>", a summary of the
    # year
    d.ev("There were several reports of arrests and charges based on social media",
         "detention_or_arrest", Y, polarity="alleged")
    d.ent("place", "Western Sahara")
    d.ent("organization", "Ministry of Culture, Youth, and Sports")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Amnesty International")
    d.ent("organization", HRW, "HRW")
    d.ent("person", "Saida El Alami", "El Alami")
    d.ent("place", "Casablanca")
    d.ent("organization", "Casablanca Appeals Court")
    d.ent("person", "Omar Radi", "Radi")
    d.ent("organization", "Clooney Foundation for Justice")
    d.ent("organization", "UN Mission for the Referendum in Western Sahara", "MINURSO")
    d.ent("organization", OHCHR, "OHCHR")
    d.ent("place", "France")
    d.ent("organization", "Forbidden Stories")
    d.ent("organization", "NSO Group")
    d.ent("person", "Maati Monjib", "Monjib")
    d.ent("organization", MOI)
    d.ent("organization", "Transparency International")
    d.ent("place", "Morocco")
    d.ent("place", "Rabat")
    d.ent("organization", "Education Ministry")
    d.ent("organization", "Attorney General’s Office")
    d.ent("organization", CNDH, "CNDH")
    d.ent("organization", "Rabat Court of First Instance")
    d.ent("organization", "Moroccan Association for Human Rights", "AMDH",
          "Moroccan Association of Human Rights")
    d.ent("organization", "Justice and Charity Organization")
    d.ent("organization", "Department of State")
    d.ent("place", "Algeria")
    d.ent("place", "Mauritania")
    d.ent("person", "Sultana Khaya", "Khaya")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Commission in Charge of Hearings for Asylum Seekers")
    d.ent("organization", "Bureau of Refugees and Stateless Persons")
    d.ent("organization", "Court of Cassation")
    d.ent("place", "People’s Republic of China", "PRC", "China")
    d.ent("person", "Yidiresi Aishan", "Aishan")
    d.ent("organization", "INTERPOL", "Interpol")
    d.ent("organization", "Reporters without Borders", "Reporters Without Borders")
    d.ent("organization", "UN Committee Against Torture")
    d.ent("place", "Melilla")
    d.ent("place", "Ceuta")
    d.ent("organization", "European Union")
    d.ent("organization", "MENA Rights Group")
    d.ent("organization", "African Union")
    d.ent("organization", "International Organization for Migration")
    d.not_entity("Freedom in the World", "Pegasus", "International Religious Freedom Report",
                 "Red Notice")
    d.ev("According to Freedom House’s 2022 Freedom in the World report", "report_published",
         Y, source="Freedom House")
    d.ev("On April 29, Saida El Alami was tried and convicted", "conviction_or_sentence",
         "2022-04-29", source="Amnesty International")
    d.ev("She was charged with contempt of judicial decisions", "charge", Y)
    d.ev("A Casablanca court initially sentenced El Alami to two years", "conviction_or_sentence",
         "2022-04-29", place="Casablanca")
    d.pen("prison", 2, "years", "two years in prison")
    d.ev("The government reported it prosecuted 631 individuals in criminal courts", "charge",
         Y, source="the government")
    d.fig("The government reported it prosecuted 631 individuals in criminal courts", 631,
          "individuals prosecuted for statements", source="the government")
    d.fig("including 32 criminal cases against journalists", 32,
          "criminal cases against journalists", source="the government")
    d.ev("during the year it suspended six electronic newspapers", "censorship_or_blocking", Y,
         source="the government")
    d.fig("during the year it suspended six electronic newspapers", 6,
          "electronic newspapers suspended", source="the government")
    d.ev("Authorities subjected some journalists to harassment and intimidation",
         "attack_or_threat", Y)
    d.ev("During the year there were instances where government authorities harassed",
         "attack_or_threat", Y)
    d.ev("A July HRW report detailed persistent harassment of journalists", "report_published",
         "2022-07", source=HRW)
    d.ev("who was arrested and convicted in 2021 for espionage and rape", "detention_or_arrest",
         "2021")
    d.ev("The Clooney Foundation for Justice reported the trial", "other", Y,
         source="Clooney Foundation for Justice")
    d.ev("On March 3, the Casablanca Appeals Court denied Radi’s appeal",
         "conviction_or_sentence", "2022-03-03")
    d.pen("prison", 6, "years", "six-year sentence")
    d.ev("HRW asserted Radi, an investigative journalist, had been", "other", Y, source=HRW)
    d.ev("According to an October 3 report submitted by the UN secretary-general",
         "report_published", "2022-10-03", source="UN secretary-general")
    d.ev("According to Freedom House’s 2022 report, “arrests of journalists",
         "report_published", Y, source="Freedom House")
    d.ev("In July 2021 the government filed lawsuits in France", "other", "2021-07",
         place="France")
    d.ev("The French court dismissed the charges in April", "acquittal", "2022-04")
    d.ev("had not filed an appeal by year’s end", "other", Y, polarity="negated")
    d.ev("Authorities used counterterrorism and national security laws to arrest",
         "detention_or_arrest", Y)
    d.prov("the government can seek fines of up to 200,000 Moroccan dirhams", "penalty", 200000,
           "MAD", "up to 200,000 Moroccan dirhams", "content disruptive to public order")
    d.prov("the government can seek fines of up to 200,000 Moroccan dirhams", "penalty", 19100,
           "USD", "($19,100)", "content disruptive to public order")
    d.prov("with the maximum fine of 500,000 Moroccan dirhams", "penalty", 500000, "MAD",
           "500,000 Moroccan dirhams", "content offending the military")
    d.prov("with the maximum fine of 500,000 Moroccan dirhams", "penalty", 47900, "USD",
           "($47,900)", "content offending the military")
    d.prov("can carry prison sentences of two to six years", "penalty", 2, "years",
           "two to six years", "online speech offenses", value_end=6)
    d.ev("The government disrupted access to the internet, and there were credible",
         "censorship_or_blocking", Y)
    d.ev("The government also prosecuted individuals for expressing certain ideological",
         "charge", Y)
    d.prov("the law requires groups of more than three persons to obtain", "threshold", 3,
           "persons", "more than three persons", "authorization to protest")
    d.ev("On March 2, hundreds of teachers protested in Rabat", "protest", "2022-03-02",
         place="Rabat")
    # t-conv15 settlement: a violent act with a source of its own after the dated protest: the year
    d.ev("Local media reported the protests turned into clashes with police", "attack_or_threat",
         Y, source="local media")
    d.prov("officers were required to give the crowd three warnings", "requirement", 3,
           "warnings", "three warnings", "dispersal of a crowd")
    d.ev("The CNDH organized training on human rights-based methods", "other", Y)
    d.ev("In April 2021 a teacher reported she was the subject", "torture_or_abuse", "2021-04",
         source="a teacher")
    d.ev("Widely shared videos of the arrests showed the teacher", "torture_or_abuse",
         "2021-04")
    d.ev("Government authorities charged the teacher with", "charge", Y)
    d.ev("On March 10, the Rabat Court of First Instance sentenced 44", "conviction_or_sentence",
         "2022-03-10", place="Rabat")
    d.pen("suspended prison", 2, "months", "two months suspended")
    d.fig("On March 10, the Rabat Court of First Instance sentenced 44", 44,
          "protesters sentenced")
    d.ev("The teacher who reported police harassment received a nonsuspended",
         "conviction_or_sentence", "2022-03-10")
    d.pen("prison", 3, "months", "nonsuspended sentence of three months")
    d.ev("The government prohibited or failed to recognize some political opposition",
         "registration_decision", Y)
    d.prov("required to report the amount and its origins to the government within 30",
           "time_limit", 30, "days", "within 30 days", "reporting foreign funding")
    d.ev("The government denied official recognition to NGOs it considered",
         "registration_decision", Y)
    d.ev("Authorities obstructed the registration of some associations perceived",
         "registration_decision", Y)
    d.prov("did not receive a receipt within 60 days of submitting", "time_limit", 60, "days",
           "within 60 days", "registration receipt")
    d.ev("reported the ministry had refused to issue it a registration receipt",
         "registration_decision", Y, source="Moroccan Association for Human Rights")
    d.ev("had been under what international human rights organizations called",
         "detention_or_arrest", "2020")
    d.ev("On April 16, Sahrawi rights groups issued a press release", "report_published",
         "2022-04-16", source="Sahrawi rights groups")
    d.fig("alleging that security forces attacked five women", 5,
          "women attacked after visiting Khaya’s home", source="Sahrawi rights groups")
    d.prov("authorities can restrict foreign travel with a judicial order lasting up to two",
           "time_limit", 2, "months", "up to two months", "judicial travel ban order")
    d.prov("authorities can restrict foreign travel with a judicial order lasting up to two",
           "threshold", 5, "renewals", "up to five times", "renewals of a travel ban order")
    d.prov("authorities can restrict foreign travel with a judicial order lasting up to two",
           "time_limit", 1, "years", "up to one year", "travel ban")
    d.ev("In January 2021 a court sentenced human rights defender", "conviction_or_sentence",
         "2021-01")
    d.pen("prison", 1, "years", "one year in prison")
    d.ev("after authorities arrested him in 2020", "detention_or_arrest", "2020")
    d.ev("The charges dated back to 2015.", "charge", "2015")
    d.ev("In March 2021 authorities released Monjib", "release", "2021-03")
    d.ev("In October 2021 Monjib attempted to leave the country", "other", "2021-10")
    d.ev("The prosecutor of the Rabat Court of First Instance stated", "other", Y,
         source="the prosecutor of the Rabat Court of First Instance")
    d.ev("In December 2021 the Court of Cassation approved the extradition", "other",
         "2021-12")
    d.ev("who was arrested upon his arrival in the country in July 2021", "detention_or_arrest",
         "2021-07")
    d.ev("based on a 2017 INTERPOL Red Notice issued at the request", "other", "2017")
    d.ev("Interpol had cancelled the Red Notice in August 2021", "other", "2021-08")
    d.ev("Reporters without Borders and other human rights NGOs reported", "other", Y,
         source="Reporters without Borders")
    d.ev("Authorities halted his extradition at the request of UN Committee", "other", Y)
    d.ev("NGOs reported government security forces used excessive force in arresting",
         "attack_or_threat", Y, source="NGOs")
    d.ev("received reports of security forces physically assaulting irregular migrants",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("On June 24, nearly 1,500 migrants attempted to cross", "other", "2022-06-24",
         place="Melilla")
    d.fig("On June 24, nearly 1,500 migrants attempted to cross", 1500,
          "migrants attempting to cross the border", "approximately")
    # t-conv15 settlement: occurrences of another kind with a source of their own: the year
    d.ev("Human rights organizations asserted that Spanish and Moroccan security forces",
         "attack_or_threat", Y, source="human rights organizations")
    d.ev("MENA Rights Group reported that videos of the incident showed", "attack_or_threat",
         Y, source="MENA Rights Group")
    d.ev("Official sources stated 23 persons died, and nongovernment sources", "killing", Y,
         source="official sources")
    d.fig("Official sources stated 23 persons died, and nongovernment sources", 23,
          "persons who died at the border (official)", source="official sources")
    d.fig("Official sources stated 23 persons died, and nongovernment sources", 37,
          "persons who died at the border (nongovernment)", "at least",
          source="nongovernment sources")
    d.ev("Human rights organizations accused the Moroccan government of organizing",
         "other", Y, source="human rights organizations")
    d.ev("Human rights organizations and the African Union called", "other", Y,
         source="human rights organizations")
    d.ev("On December 13, Amnesty International reported the victims", "report_published",
         "2022-12-13", source="Amnesty International")
    d.ev("Amnesty International stated that in November the organization", "other", "2022-11",
         source="Amnesty International")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("person", "Mohammed VI")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "Chamber of Representatives")
    d.ent("organization", "Chamber of Counselors")
    d.ev("In September 2021 the country held local, regional, and parliamentary",
         "election_or_referendum", "2021-09")
    d.ev("domestic and international observers considered the elections generally free",
         "other", "2021-09", source="domestic and international observers")

    d.sec("4")
    d.ent("organization", "Arab Barometer")
    d.ent("organization", "Fez Court of Appeal")
    d.ent("person", "Rachid El Fayek", "Rachid")
    d.ent("person", "Jaouad El Fayek", "Jaouad El Fayak")
    d.ent("place", "Fez")
    d.ent("organization", "National Rally of Independents", "RNI")
    d.fig("Per the Arab Barometer, 72 percent of citizens viewed corruption", 72,
          "share of citizens viewing corruption as prevalent", unit="percent",
          source="Arab Barometer")
    d.ev("On December 20, the Fez Court of Appeal sentenced former parliamentarian",
         "conviction_or_sentence", "2022-12-20", place="Fez")
    d.pen("prison", 6, "years", "six years in prison")
    d.ev("His brother Jaouad El Fayek, president of the prefectural council",
         "conviction_or_sentence", "2022-12-20")
    d.pen("prison", 3, "years", "three years in prison")
    d.fig("The brothers were among six persons under investigation", 6,
          "persons under investigation", source="local media")
    d.ev("but the party suspended their membership", "other", Y)


# =========================================================================================
# Title line and executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Morocco")
    d.ent("person", "Mohammed VI")
    d.ent("organization", "Council of Ministers")
    d.ent("person", "Aziz Akhannouch")
    d.ent("organization", MOI)
    d.ent("organization", "Auxiliary Forces")
    d.ent("organization", "Royal Gendarmerie")
    d.ent("organization", "Administration of National Defense")
    d.ent("organization", "National Police")
    d.ent("place", "Western Sahara")
    d.ent("organization", "Popular Front for the Liberation of Saguia el Hamra and Rio de Oro",
          "POLISARIO")
    d.ent("place", "Spain")
    d.ent("organization", "Royal Armed Forces")
    d.ent("organization", "UN Mission for the Referendum in Western Sahara", "MINURSO")
    d.ev("Parliamentary elections were held in September 2021", "election_or_referendum",
         "2021-09")
    d.ev("There were reports that members of the security forces committed some abuses.",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("controls approximately 80 percent of the territory", 80,
          "share of Western Sahara controlled", "approximately", unit="percent")
    d.ev("Moroccan and POLISARIO forces fought intermittently from 1975", "attack_or_threat",
         "1975", date_end="1991")
    d.ev("until a 1991 cease-fire and the establishment of a UN peacekeeping", "other", "1991")
    d.ev("The POLISARIO withdrew from the cease-fire in November 2020", "other", "2020-11")
    d.fig("across the 1,700-mile separation barriers", 1700, "length of the separation barriers",
          unit="miles")
    d.ev("The UN Mission for the Referendum in Western Sahara mandate was renewed", "other",
         "2022-10-27")
    d.ev("Significant human rights issues included credible reports of: torture",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("The government took steps to investigate officials who allegedly", "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("place", "Benguerir")
    d.ent("organization", DGSN, "DGSN")
    d.ev("There was one report that the government or its agents may have", "killing", Y,
         polarity="alleged")
    d.ev("Local media reported the Benguerir judicial police opened an investigation",
         "investigation", "2022-10-06", source="local media", place="Benguerir")
    d.ev("stated the suspect had been placed in police custody as part", "other", Y,
         source=DGSN)
    d.ev("He lost consciousness and died in the ambulance.", "death_in_custody", "2022-10-06")

    d.sec("1.b")
    d.ent("organization", "Amnesty International")
    d.ent("place", "Spain")
    d.ent("place", "Melilla")
    d.ent("organization", "UN Committee on Enforced Disappearances")
    d.ent("person", "Mazen Dafallah Haroun Dafallah", "Dafallah")
    d.ent("place", "Nador")
    d.ent("organization", CNDH, "CNDH")
    d.ent("organization", OHCHR, "OHCHR")
    d.ev("There were reports of disappearances by or on behalf of government", "other", Y,
         polarity="alleged")
    d.ev("Amnesty International reported in December that at least 77 persons",
         "report_published", "2022-12", source="Amnesty International")
    d.ev("were missing following their attempt to cross the border into Spain’s", "other",
         "2022-06", source="Amnesty International")
    d.fig("Amnesty International reported in December that at least 77 persons", 77,
          "persons missing after the Melilla crossing", "at least",
          source="Amnesty International")
    d.ev("on June 24, the UN Committee on Enforced Disappearances requested", "other",
         "2022-06-24", source="the government")

    d.sec("1.c")
    d.ent("organization", "Public Prosecutor’s Office")
    d.ent("organization", "Government Prosecution Office")
    d.ent("place", "Boujdour")
    d.ent("place", "Western Sahara")
    d.ent("person", "Sultana Khaya", "Khaya")
    d.ent("organization", "International Service for Human Rights", "ISHR")
    d.ent("organization", "ACAT-France")
    d.ent("organization",
          "League for the Protection of Sahrawi Political Prisoners in Moroccan Prisons", "LPPS")
    d.ent("organization", "UN Committee Against Torture")
    d.ent("person", "Mohamed Lamine Haddi")
    d.ent("person", "Hassan Dah")
    d.ent("person", "Abdelmoula El-Hafidi")
    d.ent("person", "Mohamed Bani")
    d.ent("organization", "Moroccan Observatory of Prisons")
    d.ent("organization", "General Delegation for Prison Administration and Reintegration",
          "DGAPR")
    d.ent("place", "Laayoune-Sakia")
    for town in ("Bourkaiz", "Safi", "Kenitra", "Tiznit", "Missour", "Salé", "Khémisset",
                 "Khouribga", "Ain Sebaa"):
        d.ent("place", town)
    d.ev("there were credible reports that government officials employed them",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("received seven complaints containing allegations of torture between January",
          7, "torture complaints received", source="Public Prosecutor’s Office")
    d.fig("one complaint was in the discovery and evidence gathering phase", 1,
          "torture complaints in the discovery phase")
    d.fig("one complaint was in the discovery and evidence gathering phase", 5,
          "torture complaints under investigation")
    d.fig("one complaint was in the discovery and evidence gathering phase", 1,
          "torture complaints closed")
    d.ev("the Government Prosecution Office prosecuted nine police officers", "charge", Y,
         source="the government")
    d.fig("the Government Prosecution Office prosecuted nine police officers", 9,
          "police officers prosecuted for the use of violence", source="the government")
    d.ev("Three police officers were investigated for excessive use of force", "investigation",
         Y)
    d.fig("Three police officers were investigated for excessive use of force", 3,
          "police officers investigated for excessive force")
    d.ev("Three other police officers were subjected to administrative investigation",
         "investigation", Y)
    d.fig("Three other police officers were subjected to administrative investigation", 3,
          "police officers under administrative investigation")
    d.ev("There were accusations that security officials subjected Western Sahara",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("On April 16, unidentified individuals in Boujdour, Western Sahara, beat",
         "attack_or_threat", "2022-04-16", place="Boujdour")
    d.fig("On April 16, unidentified individuals in Boujdour, Western Sahara, beat", 5,
          "women activists beaten")
    d.ev("Authorities said they opened an investigation into the incident", "investigation", Y,
         source="authorities")
    d.ev("On June 10, the International Service for Human Rights (ISHR)", "other",
         "2022-06-10")
    d.fig("submitted four complaints to the UN Committee Against Torture", 4,
          "complaints submitted to the UN Committee Against Torture")
    d.fig("on behalf of four Sahrawi human rights defenders, who they stated", 4,
          "Sahrawi human rights defenders")
    d.ev("In April Amnesty International reported that on March 15, 17, 18", "report_published",
         "2022-04", source="Amnesty International")
    d.ev("five prison guards entered the prison cell of Mohamed Lamine Haddi",
         "torture_or_abuse", "2022-03-15", date_end="2022-03-21",
         source="Amnesty International")
    d.fig("five prison guards entered the prison cell of Mohamed Lamine Haddi", 5,
          "prison guards who beat the prisoner", source="Amnesty International")
    d.fig("As of the end of November, in the country’s 75 prisons", 75, "prisons")
    d.fig("As of the end of November, in the country’s 75 prisons", 175,
          "prison population as share of capacity", "more than", unit="percent")
    d.fig("approximately 42 percent of the total prison population were pretrial", 42,
          "share of pretrial detainees", "approximately", unit="percent")
    d.fig("had three dedicated juvenile “centers for reform and education”", 3,
          "juvenile centers for reform and education")
    d.fig("who made up just over 2 percent of the prison population", 2,
          "women's share of the prison population", "more than", unit="percent",
          source="DGAPR")
    d.ev("The CNDH and the DGAPR investigated allegations of inhuman conditions.",
         "investigation", Y)
    d.ev("there were reports that authorities denied visiting privileges in some", "other", Y,
         polarity="alleged")
    d.ev("DGAPR suspended family and lawyer visits from January 10 to February 28", "other",
         "2022-01-10", date_end="2022-02-28")
    d.fig("The CNDH reported there were 31 different associations", 31,
          "associations providing services in prisons", source=CNDH)
    d.ev("The CNDH conducted 155 monitoring visits through June.", "other", Y)
    d.fig("The CNDH conducted 155 monitoring visits through June.", 155,
          "prison monitoring visits of the CNDH")
    d.ev("Between January and June, the CNDH carried out 10 visits", "other", "2022-01",
         date_end="2022-06", place="Western Sahara")
    d.fig("Between January and June, the CNDH carried out 10 visits", 10,
          "CNDH prison visits in Western Sahara")
    d.fig("Between January and June, the CNDH carried out 10 visits", 4,
          "CNDH prison visits in Laayoune-Sakia")
    d.ev("the government began development and restoration projects at prisons", "other", Y,
         source="DGAPR")

    d.sec("1.d")
    d.ent("organization", "Prosecutor’s Office")
    d.prov("during the initial 96 hours of detention under terrorism-related laws",
           "time_limit", 96, "hours", "initial 96 hours", "incommunicado detention, terrorism")
    d.prov("during the initial 96 hours of detention under terrorism-related laws",
           "time_limit", 24, "hours", "initial 24 hours", "incommunicado detention")
    d.prov("during the initial 96 hours of detention under terrorism-related laws",
           "time_limit", 12, "hours", "extended 12 hours", "extension of incommunicado detention")
    d.prov("the Judicial Police Officer has the right to keep the suspect", "time_limit", 48,
           "hours", "48 hours", "police custody for a flagrant offense")
    d.prov("can keep them in custody for a maximum of three days", "time_limit", 3, "days",
           "a maximum of three days", "extended police custody")
    d.prov("The Antiterrorism Act allows initial detention of a terrorism suspect", "time_limit",
           12, "days", "12 days", "detention of a terror suspect")
    d.prov("The suspect has a right to a 30-minute visit by a lawyer", "right", 30, "minutes",
           "a 30-minute visit", "lawyer's visit")
    d.prov("The suspect has a right to a 30-minute visit by a lawyer", "time_limit", 12,
           "days", "the 12-day detention period", "delay of the lawyer's visit")
    d.prov("The investigating judge has four months, plus a possible one-month", "time_limit",
           4, "months", "four months", "investigating judge's charging decision")
    d.prov("The investigating judge has four months, plus a possible one-month", "time_limit",
           1, "months", "one-month extension", "extension of the investigation")
    d.prov("At the end of five months (if an extension is granted)", "time_limit", 5, "months",
           "five months", "investigating judge's charging decision")
    d.ev("in at least one high-profile case, authorities conducted lengthy investigations",
         "investigation", Y)
    d.fig("in at least one high-profile case, authorities conducted lengthy investigations", 1,
          "high-profile cases pending past the allowed timeline", "at least")
    d.prov("court-appointed attorney if the criminal penalty exceeds five years", "threshold", 5,
           "years", "exceeds five years", "court-appointed attorney")
    d.prov("by imprisonment for 10 years to life", "penalty", 10, "years",
           "10 years to life", "arbitrary detention for private interest")
    d.ev("Activists asserted that the government carried out arbitrary arrests",
         "detention_or_arrest", Y, source="activists")
    d.prov("prosecutors may request as many as five additional two-month extensions",
           "threshold", 5, "extensions", "as many as five", "extensions of pretrial detention")
    d.prov("prosecutors may request as many as five additional two-month extensions",
           "time_limit", 2, "months", "two-month extensions", "extension of pretrial detention")

    d.sec("1.e")
    d.ent("organization", "Supreme Judicial Council")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Court of Cassation")
    d.ent("organization", HRW, "HRW")
    d.ent("organization", "Moroccan Association for Human Rights", "AMDH",
          "Moroccan Association of Human Rights")
    d.ent("organization", "Casablanca Court of Appeal")
    d.ent("person", "Soulaimane Raissouni", "Raissouni", "Raisounni")
    d.ent("organization", "Akhbar al-Yaoum")
    d.ent("organization", "Facebook")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Reporters without Borders", "Reporters Without Borders")
    d.ent("organization", "Rabat Court of Appeals")
    d.ent("person", "Mohamed Ziane", "Ziane")
    d.ent("organization", "NSO Group")
    d.ent("place", "Canada")
    d.ent("person", "Zakaria Moumni", "Moumni")
    d.ent("place", "France")
    d.ent("place", "Morocco")
    d.ent("organization", "Institution of the Mediator")
    d.not_entity("Freedom in the World", "Pegasus", "Oukacha Prison")
    d.ev("The Supreme Judicial Council, mandated by the constitution and established", "other",
         "2017")
    d.fig("who chairs the 20-member council", 20, "members of the Supreme Judicial Council")
    d.fig("10 members elected by the country’s judges", 10,
          "council members elected by judges")
    d.fig("10 members elected by the country’s judges", 5,
          "council members appointed by the king")
    d.prov("where the potential sentence is greater than five years", "threshold", 5, "years",
           "greater than five years", "attorney for an indigent defendant")
    d.ev("There were credible reports of political prisoners or detainees.",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("asserted the government imprisoned persons for political activities",
         "detention_or_arrest", Y, source="NGOs")
    d.ev("On February 23, the Casablanca Court of Appeal upheld the five-year",
         "conviction_or_sentence", "2022-02-23")
    d.pen("prison", 5, "years", "five-year sentence")
    d.ev("Raisounni was arrested in 2020 after an individual claimed", "detention_or_arrest",
         "2020")
    # t-gold21: sexual violence by private persons is `torture_or_abuse` (settled 2026-12-16).
    d.ev("claimed on Facebook that Raissouni sexually assaulted him in 2018", "torture_or_abuse",
         "2018", polarity="alleged")
    d.ev("Raissouni disputed the allegation, and civil society groups", "other", Y)
    d.ev("Freedom House asserted in its 2022 Freedom in the World report", "report_published",
         Y, source="Freedom House")
    d.ev("since 2018 several independent journalists had been prosecuted", "charge", "2018",
         source="Freedom House")
    d.ev("An investigating judge charged Raissouni with", "charge", Y)
    d.ev("Reporters Without Borders described his trial", "other", Y,
         source="Reporters without Borders")
    d.ev("On November 21, the Rabat Court of Appeals upheld the sentence",
         "conviction_or_sentence", "2022-11-21")
    d.pen("prison", 3, "years", "three years in prison")
    d.ev("The court ordered Ziane’s immediate rearrest.", "detention_or_arrest", "2022-11-21")
    d.ev("The government prosecuted Ziane on 11 charges", "charge", Y)
    d.fig("The government prosecuted Ziane on 11 charges", 11, "charges against Ziane")
    d.ev("Human rights organizations raised concerns that Ziane’s arrest", "other", Y,
         source="human rights organizations")
    d.fig("reported that 20 police officers arrested Ziane using excessive force", 20,
          "police officers who arrested Ziane", source="human rights organizations")
    d.ev("Human rights organizations reported that the government harassed and surveilled",
         "attack_or_threat", Y, source="human rights organizations")
    d.ev("On May 26, Canada granted refugee status to Zakaria Moumni",
         "asylum_or_citizenship_decision", "2022-05-26", place="Canada")
    d.ev("was incarcerated in Morocco for 18 months between 2010 and 2012",
         "detention_or_arrest", "2010", date_end="2012", place="Morocco")

    d.sec("1.f")
    d.ev("but there were reports that the government failed to respect these prohibitions",
         "other", Y, polarity="alleged")
    d.ev("In a July report, HRW documented physical and electronic surveillance",
         "report_published", "2022-07", source=HRW)

    d.sec("1.g")
    d.ent("organization",
          "UN Multidimensional Integrated Stabilization Mission in the Central African Republic")
    d.ent("organization", "UN Office of Internal Oversight Services")
    d.ent("organization",
          "UN Organization Stabilization Mission in the Democratic Republic of the Congo")
    d.not_entity("Conduct in UN Field Missions")
    # t-gold21: sexual violence by private persons is `torture_or_abuse` (settled 2026-12-16).
    d.ev("there was one allegation of sexual exploitation and abuse", "torture_or_abuse", Y,
         polarity="alleged")
    d.fig("there was one allegation of sexual exploitation and abuse", 1,
          "allegations of sexual exploitation and abuse by peacekeepers")
    d.fig("Five allegations from previous years – two from 2021", 5,
          "pending allegations from previous years")
    d.fig("Five allegations from previous years – two from 2021", 2,
          "pending allegations from 2021")
    d.fig("Five allegations from previous years – two from 2021", 3,
          "pending allegations from 2020")
    d.ev("The government did not report final action on two substantiated", "other", Y,
         polarity="negated")
    d.fig("The government did not report final action on two substantiated", 2,
          "substantiated allegations without final action")
    d.fig("investigations were pending for two 2021 allegations", 2,
          "2021 allegations with investigations pending")
    d.fig("investigations were pending for two 2021 allegations", 1,
          "2020 allegation with investigation pending")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def morocco() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2022_morocco", FILE, 2022, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2022_morocco": morocco}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
