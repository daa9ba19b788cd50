"""Build the hand-made DEV gold file for Belize 2019 (a page of the public collection).

``2019_belize.jsonl`` annotates ``html/2019/belize.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/belize.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_botswana2022.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_belize2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_belize2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_belize.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/belize.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

BZ = "Belize"
BZC = "Belize City"
UDP = "United Democratic Party"
PUP = "People’s United Party"
HOR = "House of Representatives"
BDF = "Belize Defense Force"
PSB = "Police Standards Branch"
BPD = "Belize Police Department"
SC = "Supreme Court"
HRCB = "Human Rights Commission of Belize"
CCJ = "Caribbean Court of Justice"
STATE = "Department of State"
UNIBAM = "United Belize Advocacy Movement"
MHD = "Ministry of Human Development"
MOL = "Ministry of Labor, Local Government, and Rural Development"
ILO = "International Labor Organization"
BARROW = "Dean Barrow"
#: facilities and currency names whose words are no mentions (the country in "Belize dollars")
FACILITIES = ("Belize Central Prison", "Queen Street Police Station", "Belize dollars")
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor",
           "List of Goods Produced by Child Labor or Forced Labor",
           "Annual Report on International Parental Child Abduction")


def common(d: CollectionDevDoc) -> None:
    d.ent("place", BZ)
    d.not_entity(*FACILITIES)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", UDP)
    d.ent("organization", HOR)
    d.ent("organization", "Ministry of National Security")
    d.ent("organization", BDF, "BDF")
    B = "In 2015 the United Democratic Party won 19 of 31 seats"
    d.ev(B, "election_or_referendum", "2015")
    d.fig(B, 19, "seats won by the governing party in 2015")
    d.fig(B, 31, "seats of the lower house")
    d.ev("Significant human rights issues included allegations of unlawful killings",
         "killing", Y, polarity="alleged")
    d.ev("In some cases the government took steps to prosecute public officials", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("place", BZC)
    d.ent("person", "Allyson Major Junior", "Major")
    d.ent("organization", PSB, "PSB")
    d.ent("person", "Leonard Nunez")
    d.ent("person", "Hallet King")
    d.ent("person", "Hilberto Sotz", "Sotz")
    d.ev("There were several reports that the government or its agents committed",
         "killing", Y, polarity="alleged")
    d.ev("In July a police officer allegedly shot and killed Allyson Major Junior",
         "killing", "2019-07", polarity="alleged")
    # the pursuit and the death continue the July shooting
    d.ev("Officers in a police vehicle were pursuing Major and opened fire",
         "attack_or_threat", "2019-07")
    d.ev("Major received a gunshot wound to the head and died", "killing", "2019-07")
    # later steps of another kind: the year
    d.ev("investigated the matter, and the officer was criminally charged with manslaughter",
         "investigation", Y)
    B = "Also in July police officers Leonard Nunez and Hallet King were found guilty"
    d.ev(B, "conviction_or_sentence", "2019-07")
    d.ev(B, "death_in_custody", "2015")
    # continues the 2015 death
    d.ev("While in police custody, Sotz was fatally brutalized", "torture_or_abuse", "2015")
    # the rest of the July verdict (the release in the same clause does not type it)
    d.ev("Both officers were sentenced to nine months", "conviction_or_sentence", "2019-07")
    d.pen("prison", 9, "months", "nine months’ imprisonment")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", SC)
    d.ent("organization", "Kolbe Foundation")
    d.ent("organization", HRCB, "Human Rights Commission")
    d.ent("person", "Tyrell Rowley", "Rowley")
    d.ent("person", "Orel Leslie", "Leslie")
    d.ent("person", "Chester Williams")
    d.ev("but there were reports that police used excessive force as well as allegations",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("In 2018, 43 percent of the complaints received by the PSB", 43,
          "share of 2018 complaints that concerned police brutality", unit="percent")
    d.ev("In January police officer Tyrell Rowley was criminally charged", "charge",
         "2019-01")
    # the incident itself is not dated (the charge is); a beating of a man not in custody
    d.ev("The incident was recorded on video in which Rowley was seen kicking",
         "attack_or_threat", Y)
    d.ev("He also faced internal disciplinary charges.", "charge", Y)
    B = "provided funding equivalent to 14 Belize dollars"
    d.fig(B, 14, "daily prison funding per inmate", unit="BZD")
    d.fig(B, 7.00, "daily prison funding per inmate", unit="USD")
    d.ev("In the beginning of the year, former prison inmate Orel Leslie sought",
         "other", Y)
    d.ev("He also alleged his feces were not removed from the cell", "other", Y,
         polarity="alleged", source="Orel Leslie")
    d.ev("The Human Rights Commission of Belize raised concerns about", "other", Y)
    d.ev("Commissioner of Police Chester Williams noted the situation", "other", Y)
    d.ev("He immediately sought to address the matter, and conditions improved", "other", Y)
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)

    d.sec("1.d")
    d.ent("organization", BPD, "BPD")
    d.ev("the PSB that the government failed to observe these requirements", "other", Y,
         polarity="alleged")
    d.ev("In July the commissioner of police instituted a children", "law_or_decree",
         "2019-07")
    # continues the July curfew
    # t-conv15 settlement: next sentence, another kind, no tie (was 2019-07)
    d.ev("instructed officers to detain unaccompanied children found on the streets",
         "other", Y)
    d.ev("The curfew was extended to the rest of the country in September",
         "law_or_decree", "2019-09")
    d.prov("and of the cause of their detention within 24 hours of arrest", "time_limit", 24,
           "hours", "within 24 hours of arrest", "informing detainees of the cause")
    d.prov("Police must also bring a detainee before a magistrate to be charged",
           "time_limit", 48, "hours", "within 48 hours", "bringing detainees before a magistrate")
    d.ev("The BPD faced allegations that its members arbitrarily detained persons",
         "detention_or_arrest", Y, polarity="alleged")
    d.prov("The Supreme Court reviews the bail application within 10 working days.",
           "time_limit", 10, "days", "within 10 working days", "review of bail applications")
    d.ev("Nevertheless, there were anecdotal reports of arbitrary arrests by police units.",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("During the year there were several allegations made through media",
         "other", Y, polarity="alleged")
    B = "As of September, 458 persons, representing 40 percent of the prison population"
    d.fig(B, 458, "persons in pretrial detention")
    d.fig(B, 40, "pretrial detainees' share of prisoners", unit="percent")

    d.sec("1.e")
    d.ent("organization", "Legal Advice and Services Center")
    d.ent("organization", CCJ)
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.fig("The Legal Advice and Services Center, staffed by three attorneys", 3,
          "attorneys of the legal aid center")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("person", BARROW, "Barrow")
    d.ent("person", "Osmany Salas")
    d.ev("In July a law firm representing Prime Minister Dean Barrow informed media",
         "attack_or_threat", "2019-07")
    d.ev("The opposition party criticized the prime minister", "other", Y)
    # t-conv16 settlement: the negated act on access is no event; the "no credible reports that" clause keeps its own
    # negated event: negated surveillance (was censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", STATE)
    d.not_entity(*REPORTS)

    d.sec("2.d")
    d.ent("place", "United States")
    d.ev("The government detained several unaccompanied minors who were transiting",
         "detention_or_arrest", Y)

    d.sec("2.f")
    d.ent("organization", "Refugee Eligibility Committee")
    d.ent("organization", "Help for Progress")
    d.ent("organization", "UN High Commissioner for Refugees")
    d.ent("organization", "Immigration Department")
    B = "During the year the government did not grant asylum status to any"
    d.ev(B, "asylum_or_citizenship_decision", Y, polarity="negated")
    d.fig(B, 3740, "pending asylum applicants")
    d.fig(B, 517, "applicants recommended for approval")
    B = "Many applications were summarily denied because the applicants did not apply"
    d.ev(B, "asylum_or_citizenship_decision", Y)
    d.prov(B, "time_limit", 14, "days", "within 14 days of entering", "asylum application")
    d.ev("opened a resource facility near the western border", "other", Y)
    d.prov("to those who applied for refugee status within the 14-day deadline",
           "time_limit", 14, "days", "the 14-day deadline", "refugee application")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("organization", "Elections and Boundaries Department")
    d.ent("organization", UDP)
    d.ent("organization", PUP)
    d.ent("place", "San Pedro")
    d.ent("organization", HOR)
    d.ev("During the year the Elections and Boundaries Department conducted a reregistration",
         "other", Y)
    # t-gold27 (settlement 2026-12-21, S2 "Not"): "A significant number of citizens claimed they
    # were not allowed to register" is a class of persons telling a practice, no instance named:
    # no event (the `other` alleged record removed).
    B = "In the March 2018 municipal elections, the United Democratic Party retained"
    d.ev(B, "election_or_referendum", "2018-03")
    d.fig(B, 62, "municipal seats kept by the governing party", unit="percent")
    d.fig(B, 38, "municipal seats of the opposition", unit="percent")
    # the narration of the 2018 election in its paragraph (a challenge of its results and the
    # challenge's end): the election's year, "Settled 2026-12-18 (narration of a past election)"
    d.ev("The results of the San Pedro municipal election were challenged in court",
         "other", "2018")
    # a court that dismisses the case: the settled acquittal
    d.ev("The court did not find enough evidence to invalidate the results", "acquittal", "2018")
    B = "Women remained a clear minority in government: two of 31 members"
    d.fig(B, 2, "women in the lower house")
    d.fig(B, 31, "members of the lower house")
    d.fig(B, 3, "women senators")
    d.fig(B, 13, "senators")

    d.sec("4")
    d.ent("organization", "Belize Tax Service Department")
    d.ent("person", "Reynaldo Verde", "Verde")
    d.ent("organization", "Senate Select Committee")
    d.ent("organization", "Immigration and Nationality Department")
    d.ent("organization", "Lands and Surveys Department")
    d.ent("organization", "Ministry of Natural Resources")
    d.ent("person", "Andre Vega", "Vega")
    d.ent("person", "Gaspar Vega")
    d.ent("person", "Sharon Pitts", "Pitts")
    d.ent("organization", "Integrity Commission")
    d.ev("In September a foreign law enforcement agency detained the deputy director",
         "detention_or_arrest", "2019-09")
    B = "The investor claimed that in 2017, Verde requested"
    d.ev(B, "other", "2017", polarity="alleged", source="investor")
    d.fig(B, 350000, "sum allegedly requested by the tax official", unit="BZD")
    d.fig(B, 175000, "sum allegedly requested by the tax official", unit="USD")
    d.ev("failed to produce a report and recommendations to the government",
         "report_published", Y, polarity="negated")
    d.ev("Public hearings conducted during the 2017 investigation revealed", "investigation",
         "2017")
    B = "The 2017 case brought by the government against Andre Vega"
    d.ev(B, "other", "2017")
    d.ev(B, "other", "2019-07")
    d.fig(B, 400000, "sum to be repaid by Andre Vega", unit="BZD")
    d.fig(B, 200000, "sum to be repaid by Andre Vega", unit="USD")
    d.ev("Pitts entered into mediation with the government", "other", Y)
    B = "Anyone who does so outside of the rigidly prescribed procedure is subject"
    d.prov(B, "penalty", 5000, "BZD", "a fine of up to BZ$5,000", "questioning disclosures")
    d.prov(B, "penalty", 2500, "USD", "($2,500)", "questioning disclosures")
    d.prov(B, "penalty", 3, "years", "three years’ imprisonment", "questioning disclosures")
    B = "In July the Integrity Commission published the names of 32 local"
    d.ev(B, "report_published", "2019-07")
    d.fig(B, 32, "local officials named for not declaring assets")
    B = "a report was also sent to the director of public prosecution"
    d.ev(B, "other", "2019-07")
    d.ev(B, "charge", Y, polarity="negated")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("5")
    d.ent("organization", "Office of the Ombudsman")
    d.ent("organization", HRCB, "Human Rights Commission")
    d.ent("organization", BDF, "BDF")
    d.ev("The commission provided human rights training for police recruits", "other", Y)

    d.sec("6")
    d.ent("organization", UNIBAM, "UniBAM")
    d.ent("organization", "Family Court")
    d.ent("organization", "Women’s Department")
    d.ent("organization", "Vital Statistics Unit")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Family Services Division")
    d.ent("organization", MHD)
    d.ent("organization", STATE)
    d.ent("place", "United States")
    d.ent("organization", "Ministry of Education, Culture, Youth, and Sports")
    d.ent("person", "Nestor Vasquez", "Vasquez")
    d.ent("place", BZC)
    d.ent("organization", BPD, "BPD")
    d.ent("organization", "Maya Leaders’ Alliance")
    d.ent("place", "Toledo District")
    d.ent("organization", CCJ)
    d.ent("person", "Caleb Orozco")
    d.ent("person", "Ralph Gillett", "Gillett")
    d.ent("person", "Kim Barrow")
    d.ent("organization", "National AIDS Commission")
    d.not_entity(*REPORTS, "Hague Convention on the Civil Aspects of International Child "
                 "Abduction", "Immigration Act")
    d.prov("a person convicted of rape shall be sentenced to imprisonment for eight years",
           "penalty", 8, "years", "eight years to life", "rape")
    d.fig("75 percent of sexual abuse crimes were against girls", 75,
          "share of sexual abuse crimes against girls", unit="percent", source=UNIBAM)
    d.ev("The government directed awareness campaigns against gender-based", "other", Y)
    d.ev("There were no confirmed reports of coerced abortion or involuntary", "other", Y,
         polarity="negated")
    B = "the labor commissioner verified that men earned on average BZ$90"
    d.fig(B, 90, "men's average monthly pay above women's", unit="BZD")
    d.fig(B, 45, "men's average monthly pay above women's", unit="USD")
    d.prov("Citizenship may also be acquired by descent if at least one parent",
           "threshold", 1, "parents", "at least one parent", "citizenship by descent")
    B = "The standard requirement is for births to be registered no later than a week"
    d.prov(B, "time_limit", 1, "weeks", "no later than a week after birth",
           "birth registration")
    d.prov(B, "time_limit", 1, "months", "after a month", "late birth registration")
    d.ev("In 2017 UNICEF began a project to ensure all births", "other", "2017")
    d.prov("requires parents to maintain and support children until the age of 18",
           "threshold", 18, "age", "until the age of 18", "parental support")
    d.ev("The division coordinated programs for children who were victims", "other", Y)
    B = "The legal minimum age to marry is 18, but persons between ages"
    d.prov(B, "threshold", 18, "age", "minimum age to marry is 18", "marriage")
    d.prov(B, "threshold", 16, "age", "between ages 16 and 18", "marriage with consent",
           value_end=18)
    d.fig("29 percent of women ages 20 to 49 were married", 29,
          "women married or cohabiting before 18", unit="percent", source="UNICEF")
    d.prov("It defines a “child” as anyone younger than age 18.", "threshold", 18, "age",
           "younger than age 18", "definition of a child")
    d.prov("the offense of child prostitution does not apply to persons exploiting 16-",
           "threshold", 16, "age", "16- and 17-year-old", "child prostitution offense",
           value_end=17)
    B = "The legal age for consensual sex is 16, but prostitution is not legal"
    d.prov(B, "threshold", 16, "age", "legal age for consensual sex is 16", "consent")
    d.prov(B, "threshold", 18, "age", "under age 18", "prostitution")
    B = "Sexual intercourse with a minor younger than age 14 is punishable"
    d.prov(B, "threshold", 14, "age", "younger than age 14", "sex with a minor")
    d.prov(B, "penalty", 12, "years", "12 years’ to life imprisonment", "sex with a minor")
    B = "Unlawful sexual intercourse with a minor age 14-16 is punishable"
    d.prov(B, "threshold", 14, "age", "age 14-16", "unlawful sex with a minor", value_end=16)
    d.prov(B, "penalty", 5, "years", "five to 10 years’ imprisonment",
           "unlawful sex with a minor", value_end=10)
    B = "The law criminalizes the procurement or attempted procurement"
    d.prov(B, "threshold", 18, "age", "younger than age 18", "procurement for prostitution")
    d.prov(B, "penalty", 8, "years", "eight years’ imprisonment", "procurement for prostitution")
    d.prov("The law establishes a penalty of two years’ imprisonment for persons",
           "penalty", 2, "years", "two years’ imprisonment", "obscene publications")
    d.ev("There were reports of unaccompanied children who were detained by authorities",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    B = "There were two schools and four education centers specializing"
    d.fig(B, 2, "schools for children with disabilities")
    d.fig(B, 4, "education centers for children with disabilities")
    d.ev("In June, Nestor Vasquez, an individual with a mental disability, died",
         "death_in_custody", "2019-06")
    d.ev("attacker had been arrested for attempted murder", "detention_or_arrest", Y)
    d.ev("The two police officers who failed to intervene faced disciplinary charges",
         "charge", Y)
    B = "the organization registered six cases of discrimination"
    d.fig(B, 6, "discrimination cases registered by the LGBTI group", source=UNIBAM)
    d.fig(B, 2, "cyberbullying cases", source=UNIBAM)
    d.fig(B, 1, "protective order denied to a lesbian woman", source=UNIBAM)
    d.fig(B, 3, "complaints of police harassment", source=UNIBAM)
    d.ev("In July off-duty police officer Ralph Gillett faced discrimination", "other",
         "2019-07")
    d.ev("A verbal confrontation ensued, which led to the woman physically attacking",
         "attack_or_threat", "2019-07")
    # t-conv15 settlement: same person, another act, not the next sentence (was 2019-07)
    d.ev("Responding police officers physically assaulted Gillett", "torture_or_abuse",
         Y)
    d.ev("The incident was recorded on video and prompted an investigation by the BPD.",
         "investigation", Y)
    d.ev("Gillett faced BPD disciplinary charges", "charge", Y)
    d.ev("Kim Barrow issued a statement asserting", "other", Y)

    d.sec("7")
    d.ent("organization", MOL, "Ministry of Labor")
    d.ent("organization", ILO)
    d.ent("organization", "Karl Heusner Memorial Hospital", "KHMH")
    d.ent("organization", "KHMH Workers’ Union")
    d.ent("organization", "Belize Water Service Limited", "BWSL")
    d.ent("organization", "Labor Department")
    d.ent("organization", "National Child Labor Committee")
    d.ent("organization", "National Committee for Families and Children")
    d.ent("organization", "Statistical Institute of Belize")
    d.ent("organization", "Department of Labor")
    d.not_entity("Trade Unions Act", "National Child Labor Policy")
    d.ev("There were no reports of antiunion discrimination, but there were some reports",
         "other", Y, polarity="negated")
    B = "In July, 125 employees of the Karl Heusner Memorial Hospital"
    d.ev(B, "strike", "2019-07")
    d.fig(B, 125, "hospital employees who walked out")
    d.ev("in September the union demanded that the hospital authority remove", "other",
         "2019-09")
    # t-conv15 settlement: an act of its own after the dated demand (was 2019-09)
    d.ev("The union threatened to commence legal action if the director", "other", Y)
    B = "In August, Belize Water Service Limited (BWSL) signed a collective"
    d.ev(B, "other", "2019-08")
    d.fig(B, 295, "employees covered by the water utility's agreement")
    B = "The government reportedly investigated three forced labor cases"
    d.ev(B, "investigation", Y, polarity="alleged")
    d.ev(B, "other", Y, polarity="negated")
    d.fig(B, 3, "forced labor cases investigated")
    d.prov("The law sets the minimum age for employment at 14 years old generally",
           "threshold", 14, "age", "14 years old", "employment")
    d.prov("for which the minimum age is 12", "threshold", 12, "age", "the minimum age is 12",
           "employment in trade")
    d.prov("is allowed for children ages 12 to 13", "threshold", 12, "age", "ages 12 to 13",
           "light work", value_end=13)
    d.prov("Children ages 14-18 may be employed only in an occupation", "threshold", 14,
           "age", "ages 14-18", "employment of nonadults", value_end=18)
    d.prov("Children older than age 14 are explicitly permitted to work", "threshold", 14,
           "age", "older than age 14", "industrial undertakings")
    B = "Children younger than age 16 are excluded from work in factories"
    d.prov(B, "threshold", 16, "age", "younger than age 16", "factory work")
    d.prov(B, "threshold", 18, "age", "younger than age 18", "night and dangerous work")
    B = "According to the most recent data available from the Statistical Institute"
    d.ev(B, "report_published", "2013", source="Statistical Institute of Belize")
    d.fig(B, 3.2, "child labor rate", unit="percent", source="Statistical Institute of Belize")
    d.fig(B, 0.5, "share of working children in hazardous work",
          source="Statistical Institute of Belize")
    d.fig("Boys accounted for 74 percent of children illegally employed", 74,
          "boys' share of children illegally employed", unit="percent")
    d.ev("There were no officially reported cases of discrimination at work", "other", Y,
         polarity="negated")
    d.ev("according to statistics from 2009, the most recent year", "report_published",
         "2009")
    B = "The law sets the workweek at no more than six days or 45 hours"
    d.prov(B, "prohibition", 6, "days", "no more than six days", "workweek")
    d.prov(B, "prohibition", 45, "hours", "45 hours", "workweek")
    d.prov("Workers are entitled to two workweeks", "right", 2, "weeks",
           "two workweeks’ paid annual holiday", "annual holiday")
    d.prov("there are 13 days designated as public and bank holidays", "right", 13, "days",
           "13 days", "public and bank holidays")
    B = "Employees who work on public and bank holidays are entitled to pay"
    d.prov(B, "right", 1.5, "times", "time-and-a-half", "holiday pay")
    d.prov(B, "right", 2, "times", "twice the normal rate", "pay on Good Friday and Christmas")
    B = "In September, two men died after falling 40 feet from scaffolding"
    d.ev(B, "other", "2019-09")
    d.fig(B, 2, "workers killed in a scaffolding fall")
    d.fig(B, 40, "height of the fall", unit="feet")
    B = "Four other men also fell but survived."
    d.ev(B, "other", "2019-09")
    d.fig(B, 4, "workers who fell and survived")
    d.ev("The men, who were not provided harnesses, fell when the scaffold", "other",
         "2019-09")
    d.ev("In 2017 a labor tribunal was established", "other", "2017")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def belize2019() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_belize", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_belize": belize2019}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
