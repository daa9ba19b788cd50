"""Build the hand-made TEST gold file for Brunei 2016 (a page of the public collection).

``2016_brunei.jsonl`` annotates ``html/2016/brunei.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2016/brunei.html`` by ``scripts/collection.sh``: the
2016 edition, classic seven-section layout. Annotated BLIND (split ``test``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever
run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. Method of ``build_whole_gold_botswana2022.py`` (``CollectionTestDoc`` of
``collection_gold.py``, as ``build_whole_gold_gambia2022.py``). The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_brunei2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_brunei2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_brunei.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2016/brunei.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

BN = ("Brunei Darussalam", "Brunei")
SULTAN = ("Hassanal Bolkiah", "Haji Hassanal Bolkiah")
LEGCO = ("Legislative Council", "LegCo")
ISD = ("Internal Security Department", "ISD")
PMO = "Prime Minister’s Office"
MOHA = "Ministry of Home Affairs"
MORA = "Ministry of Religious Affairs"
POLICE = "Royal Brunei Police Force"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", *BN)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("person", *SULTAN)
    d.ent("organization", *LEGCO)
    # the list of issues, in the 2016 wording (two sentences, as the 2016 Niger gold)
    d.ev("The most serious human rights problems were the inability of citizens", "other", Y)
    d.ev("Other human rights problems included limitations on freedoms of speech", "other", Y)
    B = "The country did not ratify the UN Convention Against Torture"
    d.ev(B, "law_or_decree", Y, polarity="negated")
    d.ev(B, "law_or_decree", "2015")
    d.ev("No officials were accused of human rights abuses, but the government investigated",
         "investigation", Y)
    d.ev("There were no reports of impunity.", "other", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports the government or its agents committed arbitrary", "killing",
         Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ev("There were no reports of torture, rape, or sexual abuse by government", 
         "torture_or_abuse", Y, polarity="negated")
    B = "Caning may be ordered for 95 offenses under 12 different pieces"
    d.fig(B, 95, "offenses for which caning may be ordered")
    d.fig(B, 12, "pieces of legislation providing for caning")
    # a negated step of the year, as the Land Code amendments "not implemented by years' end"
    d.ev("The phase of the SPC that includes offenses punishable by caning had not",
         "law_or_decree", Y, polarity="negated")
    d.prov("the SPC prohibits caning of those under the age of 15", "threshold", 15, "age",
           "under the age of 15", "caning under the SPC")
    B = "Caning under secular law is prohibited for women, children under eight"
    d.prov(B, "threshold", 8, "age", "children under eight", "caning under secular law")
    d.prov(B, "threshold", 50, "age", "men over 50", "caning under secular law")
    d.prov("Juveniles older than eight may be caned", "threshold", 8, "age", "older than eight",
           "caning of juveniles")
    B = "Prisons for male offenders were designed for 400 but held 636"
    d.fig(B, 400, "capacity of prisons for male offenders")
    d.fig(B, 636, "male prisoners")
    B = "The maximum sentence for juvenile offenders in a detention center is six"
    d.prov(B, "penalty", 6, "months", "six months", "juveniles in a detention center")
    d.prov(B, "penalty", 3, "years", "three years", "juveniles in an approved school")
    # t-gold22, settled 2026-12-17 (4): a standing function with a taxonomy verb on a class of matters
    d.ev("monitored prison conditions and investigated complaints of problematic conditions",
         "investigation", Y)
    d.ev("there were no reports of such requests.", "other", Y, polarity="negated")

    d.sec("1.d")
    d.ent("organization", POLICE)
    d.ent("organization", *ISD)
    d.ent("organization", PMO)
    d.ent("organization", MOHA)
    d.ent("organization", MORA)
    d.not_entity("Departments of Labor and Immigration", "Internal Security Act")
    d.ev("There were no reports of impunity involving the security forces.", "other", Y,
         polarity="negated")
    d.prov("police may detain a suspect up to 48 hours for investigation", "time_limit", 48,
           "hours", "up to 48 hours", "detention before a magistrate")
    d.prov("After the 48-hour investigative period, police may deny visitor access",
           "time_limit", 48, "hours", "the 48-hour investigative period", "visitor access")
    d.ev("there were no reports of authorities using this provision except", "other", Y,
         polarity="negated")
    d.prov("Authorities may hold detainees beyond the initial 48 hours", "time_limit", 48,
           "hours", "the initial 48 hours", "detention without a magistrate's approval")
    d.prov("The ISA permits the government to detain suspects without trial for renewable",
           "time_limit", 2, "years", "renewable two-year periods", "ISA detention")
    B = "Two police officers arrested in 2014 under the ISA reportedly remained"
    d.ev(B, "detention_or_arrest", "2014")
    d.fig(B, 2, "police officers held under the ISA since 2014")
    B = "An Indonesian national was released from ISA detention following his arrest"
    d.ev(B, "release", Y)
    d.ev(B, "detention_or_arrest", "2014")

    d.sec("1.e")
    d.ev("there were no known instances of government interference with the judiciary",
         "other", Y, polarity="negated")
    d.ev("There were no reports defendants were not allowed adequate time", "other", Y,
         polarity="negated")
    d.prov("Lawyers have access to the accused, but not during the 48-hour", "time_limit", 48,
           "hours", "the 48-hour investigatory period", "lawyers' access to the accused")
    d.ev("Implementation of the first phase of the SPC, which began in 2014",
         "law_or_decree", "2014")
    d.ev("Implementing regulations governing sharia proceedings under the SPC were not issued",
         "law_or_decree", Y, polarity="negated")
    d.ev("There were some reports of defendants in sharia courts not being informed", "other",
         Y, polarity="alleged")
    d.ev("There were also instances where minor sharia court officials suggested", "other", Y)
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("On June 2, the government published amendments to the Land Code", "law_or_decree",
         "2016-06-02")
    d.ev("The new amendments were not implemented by years", "law_or_decree", Y,
         polarity="negated")

    d.sec("1.f")
    d.ent("organization", "Facebook")
    d.ev("The government monitored private e-mail, cell phone messaging", "surveillance", Y)
    d.ev("reported their comments were monitored.", "surveillance", Y)
    B = "Between January and August, the government reported 55 khalwat cases"
    d.ev(B, "charge", "2016-01", "month", date_end="2016-08", source="the government")
    d.fig(B, 55, "khalwat cases", source="the government")
    d.fig(B, 46, "khalwat cases resulting in convictions", source="the government")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", *LEGCO)
    d.ent("organization", PMO)
    d.ent("person", *SULTAN)
    d.not_entity("Sedition Act", "Ministries of Home Affairs and Religious Affairs")
    d.ev("No cases of persons charged under the Sedition Act were reported.", "charge", Y,
         polarity="negated")
    d.ev("There were no known cases of persons charged under these sections", "charge", Y,
         polarity="negated")
    B = "In November, one of the two English-language dailies ceased operations"
    d.ev(B, "censorship_or_blocking", "2016-11")
    d.fig(B, 2, "English-language dailies")
    d.ent("organization", "Saudi Arabian Embassy")
    d.ent("place", "Saudi Arabia")
    # the closure retold (continues the November occurrence), the government's part alleged
    d.ev("Although the Board of Directors attributed the closure to business sustainability",
         "censorship_or_blocking", "2016-11", polarity="alleged")
    B = "Three Malaysian television stations were also available, along with two"
    d.fig(B, 3, "Malaysian television stations available")
    d.fig(B, 2, "satellite television services")
    d.prov("The government may suspend publication for up to one year", "penalty", 1, "years",
           "up to one year", "suspension of publication")
    B = "Persons convicted under the act face fines of up to 5,000 Brunei"
    d.prov(B, "penalty", 5000, "BND", "up to 5,000 Brunei dollars", "sedition")
    d.prov(B, "penalty", 3640, "USD", "$3,640", "sedition")
    d.prov(B, "penalty", 3, "years", "up to three years", "sedition")
    d.ent("place", "South China Sea")
    # t-gold21: pressure on the press, nothing blocked: `attack_or_threat` (settled 2026-12-16).
    d.ev("During the year the government reprimanded the media for their portrayal",
         "attack_or_threat", Y)
    B = "At least one editorial viewed as critical of government policy was removed"
    d.ev(B, "censorship_or_blocking", Y)
    d.fig(B, 1, "editorials removed from news sites", "at least")
    d.ev("There were no reports of charges under these regulations.", "charge", Y,
         polarity="negated")
    d.ev("The government monitored private e-mail and internet chat room exchanges",
         "surveillance", Y)
    d.ent("organization", "Ministry of Communications")
    d.ent("organization", "Attorney General’s Chambers")
    d.ent("organization", "Authority for Info-Communications Technology Industry")
    d.ev("The government blocked websites promoting violent extremism", "censorship_or_blocking",
         Y)
    d.ev("The government also ran an awareness campaign aimed at warning citizens", "other", Y)
    d.ev("and censored, banned, or restricted these activities.", "censorship_or_blocking", Y)

    d.sec("2.b")
    d.ent("organization", MOHA)
    B = "Public gatherings of 10 or more persons require a government permit"
    d.prov(B, "threshold", 10, "persons", "10 or more persons", "gatherings needing a permit")
    d.prov(B, "threshold", 5, "persons", "five or more persons",
           "unofficial assemblies police may disband")
    d.ent("person", "Najib Razak")
    B = "In March, 10 individuals including foreign nationals were fined BND 300-2,000"
    d.ev(B, "conviction_or_sentence", "2016-03")
    d.pen("fine", 300, "BND", "BND 300-2,000")
    d.fig(B, 10, "individuals fined for an unlawful assembly")
    d.ev(B, "protest", "2015")
    d.ent("organization", "Registrar of Societies")
    d.ev("The government reported the majority of applications to form associations",
         "registration_decision", Y, source="the government")
    d.ent("organization", "Youth Against Slavery")
    B = "An organization called Youth Against Slavery founded in 2015 continued"
    d.ev(B, "other", "2015")
    d.ev(B, "registration_decision", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.not_entity("UN Convention Travel documents")
    d.ev("During the year a refugee family traveling on UN Convention Travel", "other", Y)
    d.ent("place", "Israel")
    # one date expression ("in 1984"): one record, the negated banishment running since then
    d.ev("There have been no cases of banishment since the country became fully",
         "other", "1984", polarity="negated")
    B = "The 2011 Population and Housing Census reported 13,310 stateless persons"
    d.ev(B, "report_published", "2011")
    d.fig(B, 13310, "stateless persons normally resident", source="2011 census")
    B = "Stateless persons may apply for citizenship if they are permanent residents"
    d.prov(B, "threshold", 2, "years", "for two years", "citizenship for spouses of citizens")
    d.prov(B, "threshold", 5, "years", "for five years",
           "citizenship for wives of permanent residents")
    d.prov(B, "threshold", 2.5, "years", "older than two years and six months",
           "citizenship for children of permanent resident fathers")
    B = "From January to October, according to the government, 244 holders"
    d.ev(B, "asylum_or_citizenship_decision", "2016-01", "month", date_end="2016-10",
         source="the government")
    d.ev(B, "asylum_or_citizenship_decision", "2014")
    d.fig(B, 244, "COI holders who obtained citizenship", source="the government")
    d.fig(B, 220, "COI holders who obtained citizenship in 2014", source="the government")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("person", *SULTAN)
    d.ent("organization", *LEGCO)
    # the emergency powers assumed in 1962 (a state of emergency declared)
    d.ev("in 1962 the then ruler invoked an article of the constitution", "law_or_decree",
         "1962")
    d.ev("The 11th LegCo session was held in March.", "other", "2016-03")
    d.prov("Council members serve a five-year term at the pleasure", "time_limit", 5, "years",
           "a five-year term", "LegCo members' term")
    d.prov("Persons ages 18 and older may vote by secret ballot", "threshold", 18, "age",
           "ages 18 and older", "voting in village council elections")
    d.prov("Candidates must be Muslim, approved by the government, and citizens", "threshold",
           15, "years", "for more than 15 years", "candidates' residence")
    d.ent("organization", "National Development Party")
    d.ent("organization", "Brunei People’s Party")
    # a ban running since a date takes that date
    d.ev("has been banned since 1962.", "other", "1962")
    d.fig("The cabinet included two ethnic Chinese and members of tribal", 2,
          "ethnic Chinese in the cabinet")
    d.fig("Women accounted for more than half of the civil service", 0.5,
          "women's share of the civil service", "more than")
    B = "Women are subject to an earlier mandatory retirement age (55 versus 60)"
    d.prov(B, "threshold", 55, "age", "55", "women's mandatory retirement age")
    d.prov(B, "threshold", 60, "age", "60", "men's mandatory retirement age")

    d.sec("4")
    d.ent("organization", "Anticorruption Bureau")
    # a count up to an as-of date: an event of the year; the referral typed by the charges
    B = "As of September the Anticorruption Bureau reported seven government officials"
    d.ev(B, "charge", Y, source="Anticorruption Bureau")
    d.fig(B, 7, "officials reported to the courts for corruption",
          source="Anticorruption Bureau")
    d.fig(B, 2, "officials charged with corruption", source="Anticorruption Bureau")
    B = "In June a police officer found guilty of accepting a BND 40"
    d.ev(B, "conviction_or_sentence", "2016-06")
    d.pen("prison", 1, "years", "one year in prison")
    d.ev(B, "other", "2007")
    d.fig(B, 40, "bribe accepted by a police officer", unit="BND")
    d.fig(B, 30, "bribe accepted by a police officer", unit="USD")
    # continues the June sentencing
    d.ev("The chief magistrate of the court declined the defense", "other", "2016-06")
    d.ev("In October a Bangladeshi national found guilty of offering a bribe",
         "conviction_or_sentence", "2016-10")
    d.pen("prison", 18, "months", "18 months in prison")


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("5")
    d.ent("organization", "Youth Against Slavery")
    B = "At least one foreign activist was blacklisted from entering the country"
    d.ev(B, "other", Y)
    d.fig(B, 1, "foreign activists blacklisted", "at least")

    d.sec("6")
    d.not_entity("Women and Girls Protection Act", "Islamic Family Act", "Chinese Marriage Act",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    B = "The law stipulates imprisonment of up to 30 years and caning"
    d.prov(B, "penalty", 30, "years", "up to 30 years", "rape")
    d.prov(B, "penalty", 12, "strokes", "no fewer than 12 strokes", "rape")
    B = "The law does not criminalize spousal rape and explicitly states"
    d.prov(B, "threshold", 14, "age", "under age 14", "marital exception to rape")
    d.prov(B, "threshold", 15, "age", "if ethnic Chinese, 15",
           "marital exception to rape (ethnic Chinese)")
    B = "The penalty for breaching a protection order is a fine not exceeding"
    d.prov(B, "penalty", 2000, "BND", "not exceeding BND 2,000", "breaching a protection order")
    d.prov(B, "penalty", 1460, "USD", "$1,460", "breaching a protection order")
    d.prov(B, "penalty", 6, "months", "not exceeding six months",
           "breaching a protection order")
    d.ev("There were no reports of rape or sexual abuse during an arrest", "torture_or_abuse",
         Y, polarity="negated")
    d.ev("but authorities arrested individuals in domestic violence cases",
         "detention_or_arrest", Y)
    d.prov("The criminal penalty for a minor domestic assault is one to two weeks", "penalty",
           1, "weeks", "one to two weeks in jail", "minor domestic assault", value_end=2)
    d.ent("organization", "Department of Community Development",
          "Department for Community Development")
    d.ent("organization", "Ministry of Culture, Youth, and Sports")
    d.ev("There were no reports of FGM/C on women over age 18.", "other", Y,
         polarity="negated")
    d.ent("organization", MORA)
    d.ent("organization", "World Health Organization", "WHO")
    d.prov("shall be punished by caning and imprisonment for up to five years", "penalty", 5,
           "years", "up to five years", "outraging modesty")
    B = "A survey on sexual harassment in the workplace conducted by a local"
    d.fig(B, 0.5, "respondents harassed in the workplace", "more than", source="the survey")
    d.fig(B, 60, "respondents who found the higher authorities unfair", "approximately",
          unit="percent", source="the survey")
    d.fig(B, 10, "respondents who reported harassment to the police", "fewer than",
          unit="percent", source="the survey")
    d.prov("it requires that men receive twice the inheritance of women", "requirement", 2,
           "times", "twice the inheritance", "inheritance")
    B = "Noncitizen husbands of citizens may not apply for permanent resident status"
    d.prov(B, "threshold", 7, "years", "at least seven years",
           "permanent residence for noncitizen husbands")
    d.prov(B, "threshold", 2, "years", "after two years of marriage",
           "permanent residence for noncitizen wives")
    d.ent("organization", POLICE)
    d.ent("organization", "Woman and Child Abuse Crime Investigation Unit")
    d.prov("The legal minimum age of marriage for both boys and girls is 14", "threshold", 14,
           "age", "is 14", "minimum age of marriage")
    B = "The Islamic Family Act sets the minimum marriageable age at 16"
    d.prov(B, "threshold", 16, "age", "at 16", "minimum marriageable age for Muslim girls")
    d.prov(B, "threshold", 18, "age", "18", "minimum marriageable age for Muslim men")
    B = "Ethnic Chinese must be age 15 or older to marry"
    d.prov(B, "threshold", 15, "age", "age 15 or older", "ethnic Chinese marriage age")
    d.prov(B, "threshold", 15, "age", "under age 15", "statutory rape of ethnic Chinese girls")
    B = "By law sexual intercourse with a girl under age 14 constitutes rape"
    d.prov(B, "threshold", 14, "age", "under age 14", "statutory rape")
    d.prov(B, "penalty", 8, "years", "eight to 30 years",
           "statutory rape", value_end=30)
    d.prov(B, "penalty", 12, "strokes", "not fewer than 12 strokes", "statutory rape")
    d.ent("organization", "Department of State")
    # hate acts are attack_or_threat (settled 2026-12-08), a specific occurrence of the year
    d.ev("Comments disparaging Jewish persons collectively were posted online",
         "attack_or_threat", Y)
    d.ev("The Department for Community Development conducted several programs", "other", Y)
    d.fig("Nine registered NGOs represented persons with disabilities", 9,
          "registered NGOs representing persons with disabilities")
    d.fig("They worked to supplement services provided by the three government", 3,
          "government agencies supporting persons with disabilities")
    d.ent("organization", "Yayasan Sultan Haji Hassanal Bolkiah Foundation")
    d.ent("person", *SULTAN)
    d.ev("Land Code amendments published in June would ban noncitizens", "law_or_decree",
         "2016-06")
    d.ev("had not been implemented as of year", "law_or_decree", Y, polarity="negated")
    d.ent("organization", *LEGCO)
    d.prov("imposes punishments of up to 10 years", "penalty", 10, "years",
           "up to 10 years' imprisonment", "unnatural intercourse")
    d.prov("would impose death by stoning", "penalty", None, None, "death by stoning", "liwat")
    d.ev("During the year there were no convictions for cross-dressing.",
         "conviction_or_sentence", Y, polarity="negated")
    d.ev("LGBTI individuals reported intimidation by the police, including threats",
         "attack_or_threat", Y, source="LGBTI individuals")
    d.ev("In some cases LGBTI individuals were threatened by police with religious",
         "attack_or_threat", Y)
    d.ev("Members of the LGBTI community reported that the government monitored",
         "surveillance", Y, source="members of the LGBTI community")

    d.sec("7")
    d.ent("organization", MOHA)
    d.ent("organization", "Department of Labor", "Labor Department")
    d.prov("have been employed in the trade for at least two years", "threshold", 2, "years",
           "at least two years", "union officers' employment in the trade")
    d.prov("which require a government permit for public gatherings of 10", "threshold", 10,
           "persons", "10 or more persons", "gatherings needing a permit")
    B = "By law the general penalty for violating laws on unions and other"
    d.prov(B, "penalty", 10000, "BND", "up to BND 10,000", "violating laws on unions")
    d.prov(B, "penalty", 7280, "USD", "$7,280", "violating laws on unions")
    d.prov(B, "penalty", 2, "years", "up to two years", "violating laws on unions")
    d.ent("organization", "Brunei Oilfield Workers Union")
    d.ent("organization", "International Labor Organization")
    B = "Conviction for forced labor could lead to penalties, including fines"
    d.prov(B, "penalty", 1000000, "BND", "up to one million BND", "forced labor")
    d.prov(B, "penalty", 728000, "USD", "$728,000", "forced labor")
    d.prov(B, "penalty", 4, "years", "four to 30 years", "forced labor", value_end=30)
    # t-gold21: "did not investigate any cases of debt bondage": a negated practice on a class,
    # no event (settled 2026-12-13, negated states).
    d.fig("Some of the approximately 100,000 foreign migrant workers", 100000,
          "foreign migrant workers", "approximately")
    d.prov("Various domestic laws prohibit the employment of children under age 16",
           "threshold", 16, "age", "under age 16", "minimum age for employment")
    d.prov("approval by the Labor Commission are required in order for those under 18",
           "threshold", 18, "age", "those under 18", "work with parental consent")
    d.ent("organization", "Labor Commission")
    d.prov("Female workers under 18 may not work at night", "threshold", 18, "age",
           "under 18", "night work of female workers")
    B = "Penalties for child labor violations include a fine not exceeding BND 2,000"
    d.prov(B, "penalty", 2000, "BND", "not exceeding BND 2,000", "child labor")
    d.prov(B, "penalty", 1460, "USD", "$1,460", "child labor")
    d.prov(B, "penalty", 2, "years", "up to two years", "child labor")
    d.ev("There were no reports of violations of child labor laws.", "other", Y,
         polarity="negated")
    B = "Published reports calculated the average monthly compensation in the private"
    d.fig(B, 1830, "average monthly private-sector compensation", unit="BND",
          source="published reports")
    d.fig(B, 1330, "average monthly private-sector compensation", unit="USD",
          source="published reports")
    d.prov("overtime for work in excess of 48 hours per week", "requirement", 48, "hours",
           "in excess of 48 hours per week", "overtime pay")
    d.prov("may not work more than 72 hours of overtime per month", "prohibition", 72,
           "hours", "72 hours of overtime a month", "overtime")
    d.fig("There were approximately 40 labor inspectors in the Labor Department", 40,
          "labor inspectors", "approximately")
    d.ev("The government prosecuted employers who employed illegal immigrants", "charge", Y)
    B = "Employers who violate laws regarding conditions of service, including pay"
    d.prov(B, "penalty", 800, "BND", "BND 800", "conditions of service, first offense")
    d.prov(B, "penalty", 580, "USD", "$580", "conditions of service, first offense")
    d.prov(B, "penalty", 1600, "BND", "BND 1,600", "conditions of service, further offenses")
    d.prov(B, "penalty", 1160, "USD", "$1,160", "conditions of service, further offenses")
    d.prov(B, "penalty", 1, "years", "imprisoned for one year", "conditions of service")
    B = "The government found that local employees in the private sector had an"
    d.fig(B, 2257, "average monthly compensation of local private-sector employees",
          unit="BND", source="the government")
    d.fig(B, 1640, "average monthly compensation of local private-sector employees",
          unit="USD", source="the government")
    d.fig(B, 1565, "average monthly compensation of foreign workers", unit="BND",
          source="the government")
    d.fig(B, 1140, "average monthly compensation of foreign workers", unit="USD",
          source="the government")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def brunei2016() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2016_brunei", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_brunei": brunei2016}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
