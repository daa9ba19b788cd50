"""Build the hand-made DEV gold file for Qatar 2019 (a page of the public collection).

``2019_qatar.jsonl`` annotates ``html/2019/qatar.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2019/qatar.html`` by ``scripts/collection.sh``: the 2019
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_qatar2019.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_qatar2019.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2019_qatar.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2019/qatar.html"
Y = "2019"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]
NHRC = "National Human Rights Committee"
MADLSA = "Ministry of Administrative Development, Labor, and Social Affairs"
PSRC = "Protection and Social Rehabilitation Center"
GUWQ = "General Union of Workers of Qatar"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", NHRC, "NHRC")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "Building and Wood Workers’ International")
    d.ent("organization", "International Trade Union Confederation")
    d.ent("organization", "Qatar Foundation")
    d.ent("person", "Hind Al Thani")
    d.ent("organization", "UN Working Group on Arbitrary Detention", "Working Group")
    d.ent("organization", "Human Rights Department")
    d.ent("organization", "Ministry of Interior", search=("ministry of interior",))
    d.ent("organization", "Ministry of Foreign Affairs")
    d.not_entity("Protection of Community Law", "State Security Law",
                 "Law on Combating Terrorism")
    d.ev("conducted its own investigations into human rights violations", "investigation", Y)
    d.ev("In November the UN Working Group on Arbitrary Detention carried out", "other",
         "2019-11")
    # t-conv15 settlement (2026-12-13): a statement after the visit (reference point), a source of its own: the year
    d.ev("Following the visit, the group stated", "other", Y,
         source="UN Working Group on Arbitrary Detention")
    # t-conv15 settlement (2026-12-13): a statement after the visit, a source of its own: the year
    # t-conv17 settlement (2026-12-22, S5): "The Working Group called on authorities to repeal
    # <three laws>" is a call about laws, no event (was `other` 2019, source the Working Group)

    d.sec("6")
    d.ent("organization", PSRC, "PSRC")
    d.ent("organization", "Department of State")
    d.ent("organization", "al-Raya")
    d.ent("organization", "al-Jazeera")
    d.ent("organization", "AJ+")
    d.ent("place", "Israel")
    d.ent("organization", "Ministry of Culture and Sports")
    d.ent("place", "Doha")
    d.not_entity("Nationality Law", "Hague Convention on the Civil Aspects",
                 "Annual Report on International Parental Child Abduction",
                 "Doha International Book Fair", "Trafficking in Persons Report",
                 "Family Management Database",
                 "Convention on the Rights of Persons with Disabilities")
    d.prov("The penalty for rape is life imprisonment", "penalty", None, None,
           "life imprisonment", "rape")
    d.prov("teacher, guardian, or caregiver of the victim, the penalty is death", "penalty",
           None, None, "death", "rape by a relative, teacher, guardian or caregiver")
    d.prov("extramarital sex is punishable by up to seven years in prison", "penalty", 7,
           "years", "up to seven years in prison", "extramarital sex")
    d.prov("extramarital sex is punishable by up to seven years in prison", "penalty", None,
           None, "the death penalty", "extramarital sex (married persons)")
    d.ev("The PSRC reported there were 353 cases of adult women", "attack_or_threat", "2018",
         source=PSRC)
    d.fig("The PSRC reported there were 353 cases of adult women", 353,
          "cases of violence against adult women in 2018", source=PSRC)
    d.fig("The PSRC reported there were 353 cases of adult women", 130,
          "minors who suffered violence in 2018", source=PSRC)
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.prov("testimony is in some cases considered one-half", "right", 0.5, "share",
           "one-half that of a man’s", "weight of a woman's testimony")
    d.fig("there were 232 requests by citizens to marry foreigners", 232,
          "requests by citizens to marry foreigners in 2018")
    d.fig("there were 232 requests by citizens to marry foreigners", 1,
          "requests to marry foreigners rejected")
    d.fig("there were 232 requests by citizens to marry foreigners", 19,
          "requests to marry foreigners still under processing")
    d.prov("she is eligible to receive only one-third of the total estate", "right", 1 / 3,
           "share", "only one-third of the total estate", "inheritance of a non-Muslim wife")
    d.prov("A female heir generally receives one-half the amount", "right", 0.5, "share",
           "one-half the amount of a male heir", "inheritance of a female heir")
    d.prov("children generally remain with the mother until age 13", "threshold", 13, "age",
           "until age 13 for boys", "custody of boys")
    d.prov("children generally remain with the mother until age 13", "threshold", 15, "age",
           "15 for girls", "custody of girls")
    d.ev("There were cases of hospitals reporting unwed mothers", "other", Y)
    d.ev("There were no reports that the government prevented women older", "other", Y,
         polarity="negated")
    d.prov("compulsory for all citizens through age 18 or nine years", "threshold", 18, "age",
           "through age 18", "compulsory education")
    d.prov("compulsory for all citizens through age 18 or nine years", "threshold", 9, "years",
           "nine years of education", "compulsory education")
    d.ev("The PSRC report mentioned 130 cases of violence against minors", "attack_or_threat",
         "2018", source=PSRC)
    d.fig("The PSRC report mentioned 130 cases of violence against minors", 130,
          "minors who suffered violence in 2018", source=PSRC)
    d.prov("the minimum age for marriage is 18 years for boys", "threshold", 18, "age",
           "18 years for boys", "minimum age for marriage (boys)")
    d.prov("the minimum age for marriage is 18 years for boys", "threshold", 16, "age",
           "16 years for girls", "minimum age for marriage (girls)")
    d.prov("the penalty for sexual relations with a person younger than 16", "threshold", 16,
           "age", "younger than 16 years", "sexual relations with a minor")
    d.prov("the penalty for sexual relations with a person younger than 16", "penalty", None,
           None, "life imprisonment", "sexual relations with a minor")
    d.prov("servant of the victim, the penalty is death", "penalty", None, None, "death",
           "sexual relations with a minor by a relative or guardian")
    d.ev("In May the Arabic-language daily al-Raya published an op-ed", "other", "2019-05")
    d.ev("Also in May the state-funded al-Jazeera news channel disseminated", "other",
         "2019-05")
    d.ev("The network revoked the links later", "censorship_or_blocking", Y)
    d.fig("The network revoked the links later", 2, "staff journalists suspended")
    d.ev("The Ministry of Culture and Sports removed anti-Semitic material", "censorship_or_blocking",
         Y)
    d.ev("The NHRC 2018 annual report reiterated calls", "report_published", "2018",
         source=NHRC)
    d.fig("The report mentioned that 9,928 persons with disabilities", 9928,
          "persons with disabilities registered in the Family Management Database",
          source=NHRC)
    d.prov("having sexual relations with a boy younger than age 16", "threshold", 16, "age",
           "younger than age 16", "sexual relations of a man with a boy")
    d.prov("having sexual relations with a boy younger than age 16", "penalty", None, None,
           "life in prison", "sexual relations of a man with a boy")
    d.prov("with a man 16 years of age or older may receive", "threshold", 16, "age",
           "16 years of age or older", "same-sex relations between men")
    d.prov("with a man 16 years of age or older may receive", "penalty", 7, "years",
           "seven years in prison", "same-sex relations between men")
    d.prov("is punishable by up to three years’ imprisonment", "penalty", 3, "years",
           "up to three years’ imprisonment", "instigating or seducing a male to sodomy")
    d.ev("There were no public reports of violence against LGBTI persons", "attack_or_threat",
         Y, polarity="negated")
    d.ev("There were no government efforts to address potential discrimination", "other", Y,
         polarity="negated")
    d.ev("The NHRC 2018 report did not record any LGBTI-related complaints.",
         "report_published", "2018", source=NHRC)
    d.ev("Authorities deported foreigners found to be HIV positive", "other", Y)
    # t-conv13: practice told in the simple past, no taxonomy verb, general object: no event (Settled 2026-12-11)

    d.sec("7")
    d.ent("organization", MADLSA)
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", GUWQ, "General Union")
    d.ent("organization", "Complaint Department")
    d.ent("organization", "Ministry of Education and Higher Education")
    d.ent("organization", "Residency Affairs Prosecution")
    d.ent("organization", "Ministry of Municipality and Environment")
    d.ent("organization", "Ministry of Public Health")
    d.ent("organization", "Supreme Judicial Council")
    d.ent("organization", "Labor Inspection Department")
    d.ent("organization", "Labor Inspections Unit")
    d.prov("enterprises that have 100 citizen workers age 18 and older", "threshold", 100,
           "workers", "100 citizen workers", "right to organize")
    d.prov("enterprises that have 100 citizen workers age 18 and older", "threshold", 18, "age",
           "age 18 and older", "right to organize")
    d.ev("issued a decision regulating the formation of the", "law_or_decree", "2019-05")
    d.prov("In organizations with more than 30 workers, the law permits", "threshold", 30,
           "workers", "more than 30 workers", "joint committees")
    d.ev("at least five joint committees have initiated operation", "other", Y)
    d.fig("at least five joint committees have initiated operation", 5,
          "joint committees in operation", "at least")
    d.ev("the ILO provided extensive trainings to the committee members", "other", Y)
    d.prov("allows for only one trade union", "threshold", 1, "unions",
           "only one trade union", "trade unions")
    d.prov("The law requires approval for a strike by three-fourths", "threshold", 0.75,
           "share", "three-fourths of the General Committee", "approval of a strike")
    d.ev("In August several thousand migrant workers staged a strike", "strike", "2019-08",
         place="Doha")
    d.ev("The government dispersed the protests and convinced the company", "attack_or_threat",
         "2019-08")
    d.fig("The government dispersed the protests and convinced the company", 0.5,
          "share of wages paid within 48 hours")
    d.ev("There were no reports of security forces arresting or clashing", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("International media and human rights organizations alleged numerous abuses", "other",
         Y, polarity="alleged", source="international media")
    d.ev("During the year Amnesty International reported multiple cases", "other", Y,
         source="Amnesty International")
    d.fig("During the year Amnesty International reported multiple cases", 3,
          "companies that refused to pay wages", source="Amnesty International")
    d.ev("The government made efforts to prevent and eliminate forced labor", "other", Y)
    d.prov("which can be up to five years", "prohibition", 5, "years", "up to five years",
           "length of a contract")
    d.ev("In 2018 the exit visa requirement for most workers", "law_or_decree", "2018")
    d.ev("During the year the government opened the first trafficking-in-persons shelter",
         "other", Y)
    d.ev("The government arrested and prosecuted individuals for suspected labor",
         "detention_or_arrest", Y)
    d.ev("and the NHRC conducted training sessions and distributed", "other", Y)
    d.fig("The Residency Affairs Prosecution received 1,164 complaints", 1164,
          "nonpayment complaints received in 2018", source="Residency Affairs Prosecution")
    d.fig("The Residency Affairs Prosecution received 1,164 complaints", 1155,
          "nonpayment complaints referred to courts", source="Residency Affairs Prosecution")
    d.fig("The Residency Affairs Prosecution received 1,164 complaints", 9,
          "nonpayment complaints archived", source="Residency Affairs Prosecution")
    d.prov("The law sets the minimum age for employment at 16 years", "threshold", 16, "age",
           "16 years", "minimum age for employment")
    d.prov("The law sets the minimum age for employment at 16 years", "threshold", 16, "age",
           "between the ages of 16 and 18 years", "work of minors with permission",
           value_end=18)
    d.prov("Minors may not work more than six hours a day", "prohibition", 6, "hours",
           "more than six hours a day", "working hours of minors")
    d.prov("Minors may not work more than six hours a day", "prohibition", 36, "hours",
           "more than 36 hours a week", "working hours of minors")
    d.ev("The government prohibited lower-paid male workers from residing", "other", Y)
    d.prov("The law requires reserving 2 percent of jobs", "requirement", 2, "percent",
           "2 percent of jobs", "employment of persons with disabilities")
    d.prov("Private-sector businesses employing a minimum of 25 persons", "threshold", 25,
           "persons", "a minimum of 25 persons", "employment of persons with disabilities")
    d.prov("Private-sector businesses employing a minimum of 25 persons", "requirement", 2,
           "percent", "2 percent of their staff", "employment of persons with disabilities")
    d.prov("are subject to fines of up to 20,000 QAR", "penalty", 20000, "QAR",
           "up to 20,000 QAR", "violating disability employment provisions")
    d.prov("are subject to fines of up to 20,000 QAR", "penalty", 5500, "USD", "$5,500",
           "violating disability employment provisions")
    d.ev("There were no reports of violations of the hiring quota", "other", Y,
         polarity="negated")
    d.prov("The labor law provides for a 48-hour workweek", "prohibition", 48, "hours",
           "48-hour workweek", "workweek")
    d.prov("The labor law provides for a 48-hour workweek", "right", 24, "hours",
           "24-hour rest period", "weekly rest")
    d.prov("Employees who work more than 48 hours per week", "threshold", 48, "hours",
           "more than 48 hours per week", "overtime pay")
    d.prov("Employees who work more than 48 hours per week", "threshold", 36, "hours",
           "36 hours per week during Ramadan", "overtime pay during Ramadan")
    d.prov("Employees who work more than 48 hours per week", "right", 25, "percent",
           "at least 25 percent", "overtime pay supplement")
    d.ev("The government took limited action to prevent violations", "other", Y)
    d.ev("In March 2018 the worker dispute settlement committees assumed", "other", "2018-03")
    d.ev("In 2018 the committees issued final verdicts in 1,339 cases", "other", "2018")
    d.fig("In 2018 the committees issued final verdicts in 1,339 cases", 1339,
          "labor cases with final verdicts in 2018")
    d.fig("In 2018 the committees issued final verdicts in 1,339 cases", 1088,
          "labor cases archived for no-show of workers")
    d.fig("In 2018 the committees issued final verdicts in 1,339 cases", 93,
          "labor cases settled amicably")
    d.ev("Official statistics showed that the Ministry’s inspectors conducted", "other", "2018")
    d.fig("Official statistics showed that the Ministry’s inspectors conducted", 43366,
          "inspection visits to work sites in 2018")
    d.fig("Official statistics showed that the Ministry’s inspectors conducted", 2515,
          "inspection visits to labor accommodations in 2018")
    d.prov("Firms must pay a 3,000 QAR ($825) fine", "penalty", 3000, "QAR", "3,000 QAR",
           "removal from the blacklist")
    d.prov("Firms must pay a 3,000 QAR ($825) fine", "penalty", 825, "USD", "$825",
           "removal from the blacklist")
    d.ev("Officials from the ILO joined labor inspectors on several inspections", "other", Y)



# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2")
    d.ent("organization", "Gulf Cooperation Council")
    d.ent("organization", "Doha Center for Media Freedom")
    d.ent("organization", "al-Jazeera")
    d.ent("organization", "Qatar Media Corporation")
    d.ent("organization", "Ministry of Culture and Sports")
    d.ent("organization", "Ooredoo")
    d.ent("organization", "Ministry of Transportation and Communication")
    d.ent("organization", "Supreme Judicial Council")
    d.ent("organization", NHRC, "NHRC")
    d.ent("organization", "Twitter")
    d.ent("organization", "Qatar University")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", MADLSA)
    d.ent("organization", "Department of State")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("place", "Doha")
    d.ent("organization", "Exit Permit Grievances Committee")
    d.ent("organization", "Office of the UN High Commissioner of Human Rights")
    d.ent("place", "Yemen")
    d.ent("organization", "Syrian Opposition Coalition")
    d.not_entity("General Assembly and Demonstration Law",
                 "Associations and Private Institutions Law",
                 "International Religious Freedom Report", "Skype", "FaceTime",
                 "Qatari Feminists")
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.prov("The law penalizes by up to three years in prison damaging", "penalty", 3, "years",
           "up to three years in prison", "contempt of flags")
    d.ev("was closed during the year without official explanation", "other", Y)
    d.ev("and customs officials censored material", "censorship_or_blocking", Y)
    d.ev("The government reviewed, censored, or banned foreign newspapers",
         "censorship_or_blocking", Y)
    d.prov("A journalist may be fined up to 100,000 Qatari riyals", "penalty", 100000, "QAR",
           "up to 100,000 Qatari riyals", "defamation and false news")
    d.prov("A journalist may be fined up to 100,000 Qatari riyals", "penalty", 27500, "USD",
           "$27,500", "defamation and false news")
    d.prov("A journalist may be fined up to 100,000 Qatari riyals", "penalty", 1, "years",
           "imprisoned for a year", "defamation and false news")
    d.prov("punishes violators with up to seven years’ imprisonment", "penalty", 7, "years",
           "up to seven years’ imprisonment", "publications slandering the amir")
    d.prov("The maximum punishments for violations of the cybercrime law", "penalty", 3,
           "years", "up to three years in prison", "cybercrime")
    d.prov("The maximum punishments for violations of the cybercrime law", "penalty", 500000,
           "QAR", "a fine of 500,000 QAR", "cybercrime")
    d.prov("The maximum punishments for violations of the cybercrime law", "penalty", 137500,
           "USD", "$137,500", "cybercrime")
    d.ev("Ooredoo restricted the expression of views via the internet", "censorship_or_blocking",
         Y)
    d.ev("there were no reports that any websites were unblocked", "other", Y,
         polarity="negated")
    d.ev("the courts in 2018 handled 104 cases related to cybercrimes", "trial", "2018",
         source="Supreme Judicial Council")
    d.fig("the courts in 2018 handled 104 cases related to cybercrimes", 104,
          "cybercrime cases handled by the courts in 2018", source="Supreme Judicial Council")
    d.fig("the courts in 2018 handled 104 cases related to cybercrimes", 50,
          "cybercrime cases with final verdicts", source="Supreme Judicial Council")
    d.ev("A 2018 NHRC annual report criticized the cybercrime law", "report_published", "2018",
         source=NHRC)
    d.ev("In August media reported that authorities summoned local women", "other", "2019-08",
         source="media")
    # t-conv15 settlement (2026-12-13): a later step of another kind after the questioning: the year
    d.ev("The account was shut down following the questioning", "censorship_or_blocking",
         Y)
    d.ev("Authorities censored books, films, and internet sites", "censorship_or_blocking", Y)
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("There were no reports of attempts to organize politically.", "other", Y,
         polarity="negated")
    d.ev("authorities prohibited politically oriented associations", "other", Y)
    d.ev("In 2018 authorities abolished exit permit requirements", "law_or_decree", "2018")
    d.fig("In 2018 authorities abolished exit permit requirements", 95,
          "share of the private-sector workforce freed of exit permits", unit="percent")
    d.prov("Employers may still request exit permits for the remaining 5 percent", "prohibition",
           5, "percent", "the remaining 5 percent", "exit permits")
    d.fig("In 2018 the Exit Permit Grievances Committee received 1,869", 1869,
          "exit permit grievance requests received in 2018",
          source="Exit Permit Grievances Committee")
    d.fig("In 2018 the Exit Permit Grievances Committee received 1,869", 1850,
          "exit permit grievance requests approved", source="Exit Permit Grievances Committee")
    d.fig("In 2018 the Exit Permit Grievances Committee received 1,869", 7,
          "exit permit grievance requests rejected", source="Exit Permit Grievances Committee")
    d.ev("The Ministry of Interior fined only two individuals", "other", Y)
    d.fig("The Ministry of Interior fined only two individuals", 2,
          "individuals fined in passport-confiscation cases")
    d.ev("In September 2018 representatives from the al-Ghufran tribe submitted", "other",
         "2018-09")
    d.fig("In September 2018 representatives from the al-Ghufran tribe submitted", 6000,
          "tribe members whose citizenship was revoked", source="al-Ghufran tribe")
    d.ev("acknowledged that the citizenship of some of the tribe’s members",
         "asylum_or_citizenship_decision", Y, source=NHRC)
    d.ev("In September 2018 the government passed legislation to grant", "law_or_decree",
         "2018-09")
    d.ev("to date no one has received asylum through this legislation",
         "asylum_or_citizenship_decision", Y, polarity="negated")
    d.ev("During the year a Yemeni national’s claim for asylum was not granted",
         "asylum_or_citizenship_decision", Y)
    d.ev("The government instead requested that the individual and his family", "other", Y)
    d.fig("reported approximately 60,000 Syrians were living in Doha", 60000,
          "Syrians living in Doha", "approximately", source="Syrian Opposition Coalition")
    d.fig("reported approximately 60,000 Syrians were living in Doha", 20000,
          "Syrians who came to Doha after the civil war began", "approximately",
          source="Syrian Opposition Coalition")
    d.prov("after living in the country for 25 consecutive years", "threshold", 25, "years",
           "25 consecutive years", "citizenship by naturalization")
    d.prov("which were by law capped at 50 per year", "prohibition", 50, "applications",
           "capped at 50 per year", "naturalizations per year")
    d.fig("there were 2,461 Bidoon", 2461, "Bidoon residing in the country",
          source="Ministry of Interior")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Qatar")
    d.ent("person", "Tamim bin Hamad Al Thani")
    d.ent("organization", "Central Municipal Council")
    d.ent("organization", "Ministry of Interior")
    d.ev("The most recent elections were in 2019 for the Central", "election_or_referendum",
         "2019")
    d.ev("Observers considered these elections free and fair.", "other", "2019",
         source="observers")
    d.ev("Significant human rights issues included: criminalization of libel", "other", Y)
    d.ev("The government took limited steps to prosecute those suspected", "charge", Y)
    d.ev("The government took steps to address forced labor.", "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Supreme Judicial Council")
    d.ent("organization", NHRC, "NHRC")
    d.ent("organization", "Ministry of Interior")
    d.ev("The Supreme Judicial Council reported six convictions", "conviction_or_sentence",
         "2018", source="Supreme Judicial Council")
    d.pen("other", None, None, "flogging sentences")
    d.fig("The Supreme Judicial Council reported six convictions", 6,
          "convictions with flogging sentences in 2018", source="Supreme Judicial Council")
    d.ev("investigated one case of an expatriate who claimed abuse", "investigation", Y,
         source=NHRC)
    d.fig("investigated one case of an expatriate who claimed abuse", 1,
          "abuse cases investigated by the NHRC", source=NHRC)
    d.ev("The NHRC concluded that the individual in detention received", "other", Y,
         source=NHRC)
    d.ev("In 2018 the NHRC conducted 94 field visits", "other", "2018")
    d.fig("In 2018 the NHRC conducted 94 field visits", 94,
          "NHRC field visits to detention facilities in 2018")

    d.sec("1.d")
    d.ent("organization", "Instagram")
    d.not_entity("Protection of Society Law", "Combating Terrorism Law",
                 "Criminal Procedures Code", "Terrorism Act")
    d.ev("In February media reports circulated about a Qatari woman", "detention_or_arrest",
         "2019-02", polarity="alleged", source="media")
    d.ev("In May an audio recording reportedly by the same woman", "other", "2019-05",
         polarity="alleged")
    d.ev("No official statements were issued in response to the allegations.", "other", Y,
         polarity="negated")
    d.prov("be charged within 24 hours, and be brought", "time_limit", 24, "hours",
           "within 24 hours", "charge after apprehension")
    d.prov("detention without charge for as long as 15 days", "time_limit", 15, "days",
           "as long as 15 days", "detention without charge")
    d.prov("detention without charge for as long as 15 days", "time_limit", 6, "months",
           "renewable for up to six months", "detention without charge (renewed)")
    d.prov("The law permits an additional six months detention without charge", "time_limit",
           6, "months", "an additional six months", "detention without charge (prime minister)")
    d.prov("persons detained are generally released within 24 hours", "time_limit", 24,
           "hours", "within 24 hours", "release in national security cases")
    d.prov("persons detained are generally released within 24 hours", "time_limit", 3, "days",
           "within three days of detention", "court appearance in national security cases")
    d.prov("The law permits a second six-month period of detention", "time_limit", 6, "months",
           "a second six-month period", "detention with the criminal court's approval")
    d.prov("The law permits a second six-month period of detention", "time_limit", 6, "months",
           "review every six months", "review of extended detention")
    d.prov("The state security service may arrest and detain suspects for up to 30",
           "time_limit", 30, "days", "up to 30 days", "detention by the state security service")
    d.ev("There were no new reported cases invoking either", "other", Y, polarity="negated")
    d.prov("must be presented before the public prosecutor within 24 hours", "time_limit", 24,
           "hours", "within 24 hours of arrest", "presentation to the prosecutor")
    d.prov("authorities may detain a suspect for up to 15 days", "time_limit", 15, "days",
           "up to 15 days", "detention with a judge's approval")
    d.prov("authorities may detain a suspect for up to 15 days", "time_limit", 45, "days",
           "not to exceed 45 days", "detention before charges")
    d.prov("Judges may also extend pretrial detention for one month", "time_limit", 1,
           "months", "for one month", "extension of pretrial detention")
    d.prov("Judges may also extend pretrial detention for one month", "time_limit", 0.5,
           "share", "one-half the maximum punishment", "cap on pretrial detention")
    d.ev("A 2018 NHRC report stated that the committee received five", "report_published",
         "2018", source=NHRC)
    d.fig("A 2018 NHRC report stated that the committee received five", 5,
          "complaints of arbitrary detention received", source=NHRC)
    d.ev("The NHRC investigated all of the cases and met with", "investigation", "2018",
         source=NHRC)
    d.ev("The NHRC reported that local authorities released all five", "release", "2018",
         source=NHRC)
    d.fig("The NHRC reported that local authorities released all five", 5,
          "individuals released", source=NHRC)

    d.sec("1.e")
    d.ent("organization", "Court of Cassation")
    d.ev("Worker dispute settlement committees were established in March 2018", "other",
         "2018-03")
    d.prov("In family law matters, a woman’s testimony is deemed one-half", "right", 0.5,
           "share", "one-half that of a man’s", "weight of a woman's testimony")
    d.prov("Defendants have the right to appeal a decision within 15 days", "time_limit", 15,
           "days", "within 15 days", "appeal")
    d.ev("There were no substantiated reports of political prisoners", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("but there were no cases reported during the year", "other", Y, polarity="negated")

    d.sec("1.f")
    d.ev("Police and security forces, however, reportedly monitored", "surveillance", Y,
         polarity="alleged")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Shura Council")
    d.ent("organization", "Central Municipal Council")
    d.ent("organization", "Qatar Foundation")
    d.ent("organization", "Qatar Museum Authority")
    d.ent("organization", "United Nations")
    d.ent("organization", "Supreme Judicial Council")
    d.ent("organization", "Ministry of Interior")
    d.ev("During the year the amir issued a decree extending the term", "law_or_decree", Y)
    d.ev("In November the amir assigned the prime minister to form", "other", "2019-11")
    d.prov("The constitutional provisions for electing two-thirds of the Shura", "threshold",
           2 / 3, "share", "two-thirds",
           "elected members of the Shura Council")
    d.ev("During the year citizens elected the 29 members", "election_or_referendum", Y)
    d.fig("During the year citizens elected the 29 members", 29,
          "members of the Central Municipal Council elected")
    d.fig("During the year citizens elected the 29 members", 2,
          "women elected to the Central Municipal Council")
    d.ev("Foreign diplomatic missions noted no apparent irregularities", "other", Y,
         source="foreign diplomatic missions")
    d.fig("Foreign diplomatic missions noted no apparent irregularities", 9,
          "voter registration", "approximately", unit="percent")
    d.ev("there were no attempts to form them during the year", "other", Y,
         polarity="negated")
    d.prov("Voting is open to all citizens who are at least 18 years old", "threshold", 18,
           "age", "at least 18 years old", "right to vote")
    d.prov("Voting is open to all citizens who are at least 18 years old", "threshold", 15,
           "years", "naturalized for at least 15 years", "right to vote of naturalized citizens")
    d.ev("In 2017 the amir appointed four women to the current Shura Council", "other", "2017")
    d.fig("In 2017 the amir appointed four women to the current Shura Council", 4,
          "women appointed to the Shura Council")
    d.fig("There are five female judges and three assistant judges", 5, "female judges",
          source="Supreme Judicial Council")
    d.fig("There are five female judges and three assistant judges", 3,
          "female assistant judges", source="Supreme Judicial Council")

    d.sec("4")
    d.ent("organization", "State Audit Bureau")
    d.ev("There were reports, however, of government corruption during the year.", "other", Y,
         polarity="alleged")
    d.fig("showed 10 cases of embezzlement of which five had been closed", 10,
          "embezzlement cases (2017 statistics)")
    d.fig("showed 10 cases of embezzlement of which five had been closed", 5,
          "embezzlement cases closed (2017 statistics)")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def qatar() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2019_qatar", FILE, 2019, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2019_qatar": qatar}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
