"""Build t-iaa4's blind SECOND annotation of Jamaica 2020 (a page of the public collection,
seven-section layout), for inter-annotator agreement (issue 14, item 1).

``2020_jamaica.jsonl`` here annotates ``html/2020/jamaica.html`` of the public collection of
state.gov pages, checked out next to the repository as ``../collection/html/2020/jamaica.html``
by ``scripts/collection.sh``. It was made blind to the first annotation
(``tests/gold/shared/2020_jamaica.jsonl``, its builder, its notes and round file were never
opened, nor the system's output on the report, before this file was committed): every record
below was decided by hand, reading the report sentence by sentence, with docs/EVALUATION.md as
the only rule book; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line says ``"annotator": "second"`` and lists in ``"ranges"`` exactly the
section groups annotated whole (``DONE``, in annotation order). The output holds offsets, names
and values but no report text. ``rightsledger evaluate`` never reads this folder.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2020_jamaica.py
    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2020_jamaica.py --show

Decisions where docs/EVALUATION.md is silent are written down in
docs/gold/second/2020_jamaica.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "shared"))
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import assemble  # noqa: E402
from second_gold import SecondCollectionDoc as Doc  # noqa: E402

FILE = "html/2020/jamaica.html"
Y = "2020"

#: the section groups of the page, and those annotated whole (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

JCF = "Jamaica Constabulary Force"
INDECOM = "Independent Commission of Investigations"
STATE = "Department of State"
MLSS = "Ministry of Labor and Social Security"
FACILITIES = ("Tower Street Adult Correctional Center", "St. Catherine Adult Correctional Center",
              "Tower Street")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: Doc) -> None:
    d.sec("exec")
    d.ent("place", "Jamaica")
    d.ent("organization", STATE)
    d.ent("organization", "Jamaica Labour Party")
    d.ent("person", "Andrew Michael Holness")
    d.ent("organization", "House of Representatives")
    d.ent("organization", "Ministry of National Security")
    d.ent("organization", "Jamaica Defense Force")
    d.ent("organization", "Jamaican Defense Board")
    d.ent("organization", JCF, "JCF")
    d.ent("organization", "Parliament")
    d.ent("organization", "Passport, Immigration, and Citizenship Agency")
    d.ev("In national elections on September 3, the Jamaica Labour Party, led by",
         "election_or_referendum", "2020-09-03")
    d.fig("the Jamaica Labour Party, led by Prime Minister Andrew Michael Holness, won 48", 48,
          "seats won by the governing party")
    d.fig("the Jamaica Labour Party, led by Prime Minister Andrew Michael Holness, won 48", 63,
          "seats in the House of Representatives")
    # an observers' verdict on an election: `other`, dated by the election it judges
    d.ev("International and local election observers deemed the elections transparent",
         "other", "2020-09-03")
    d.ev("Members of the security forces committed some abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included: numerous reports of unlawful", "killing",
         Y, polarity="alleged")
    d.ev("The government took some steps to investigate and prosecute officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: Doc) -> None:
    d.not_entity(*FACILITIES)
    d.sec("1.a")
    d.ent("organization", JCF, "JCF")
    d.ent("organization", "Jamaica Defense Force")
    d.ent("organization", "Mobile Reserve", "JCF Mobile Reserve")
    d.ent("person", "Garrett Davis", "Davis")
    d.ent("person", "Christobel Smith", "Smith")
    d.ent("person", "Omar Marshall")
    d.ent("place", "Clarendon")
    d.ev("There were numerous reports during the year that government security forces",
         "killing", Y, polarity="alleged")
    # a count of occurrences up to an as-of date: an event of the year (and of 2019 for the
    # count to the same date in 2019)
    d.ev("with 83 reports as of September 29, compared with 67", "killing", Y)
    d.ev("with 83 reports as of September 29, compared with 67", "killing", "2019")
    d.fig("with 83 reports as of September 29, compared with 67", 83,
          "fatalities involving security forces reported to September 29")
    d.fig("with 83 reports as of September 29, compared with 67", 67,
          "fatalities involving security forces to the same date in 2019")
    d.ev("although first brought before the court in 2014, Constables Garrett Davis",
         "trial", "2014")
    d.ev("were not convicted until late 2019 and not sentenced until January",
         "conviction_or_sentence", "2019")
    d.ev("were not convicted until late 2019 and not sentenced until January",
         "conviction_or_sentence", "2020-01")
    # the rest of the January sentencing, without a date of its own
    d.ev("Constable Davis was sentenced to life in prison, while Constable Smith",
         "conviction_or_sentence", "2020-01")
    d.pen("life", None, None, "life in prison")
    d.ev("for the shooting and killing of Omar Marshall in 2009", "killing", "2009")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", INDECOM, "INDECOM")
    d.ent("person", "Noel Chambers", "Chambers")
    d.ent("person", "Gavin Wynter")
    d.ent("place", "Kingston")
    d.ent("organization", "Office of the Director of Public Prosecutions")
    d.ent("person", "Kamoza Clarke")
    d.ent("organization", "Privy Council")
    d.ent("organization", "UNAIDS")
    d.ent("organization", "Police Civilian Oversight Authority", "PCOA")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Ministry of National Security")
    d.ev("There were allegations of cruel, inhuman, and degrading treatment",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("investigated reports of alleged abuse committed by police and prison officials",
         "investigation", Y, source=INDECOM)
    d.ev("who died on January 27 at Tower Street Adult Correctional Center",
         "death_in_custody", "2020-01-27")
    d.ev("Chambers, originally incarcerated in 1980, was being held", "detention_or_arrest",
         "1980")
    d.ev("In July, Correctional Officer Gavin Wynter was arrested and charged with rape",
         "detention_or_arrest", "2020-07")
    d.ev("As of October the case had not been tried.", "trial", Y, polarity="negated")
    d.ev("INDECOM investigated actions by members of the security forces and other",
         "investigation", Y, source=INDECOM)
    d.ev("These problems were exacerbated by a Privy Council ruling in May", "other",
         "2020-05")
    d.fig("Fewer than 10 percent of the investigations of abuse resulted", 10,
          "investigations of abuse leading to disciplinary or criminal recommendations",
          "fewer than", unit="percent")
    d.fig("fewer than 2 percent of the investigations led to a conviction", 2,
          "investigations of abuse leading to a conviction", "fewer than", unit="percent")
    d.fig("held 200 percent of the intended capacity", 200,
          "occupancy of maximum-security cells at Tower Street", unit="percent")
    d.ev("including the June assault on a prisoner with a mental disability",
         "attack_or_threat", "2020-06")
    d.ev("transferred from Tower Street Adult Correctional Center after the death", "other", Y)
    d.fig("(more than 6.9 percent) was reportedly as much as three times", 6.9,
          "HIV prevalence among incarcerated populations", "more than", unit="percent")
    d.fig("(more than 6.9 percent) was reportedly as much as three times", 3,
          "HIV prevalence in prisons against the general population", "up to", unit="times")
    d.fig("Four part-time psychiatrists cared for at least 313 inmates", 4,
          "part-time psychiatrists for inmates with mental disabilities")
    d.fig("Four part-time psychiatrists cared for at least 313 inmates", 313,
          "inmates diagnosed with mental disabilities", "at least")
    d.fig("persons with mental disabilities in 11 facilities across the island", 11,
          "facilities holding inmates with mental disabilities")
    d.ev("Independent authorities investigated allegations of abuse and inhuman conditions",
         "investigation", Y)

    d.sec("1.d")
    d.ent("place", "St. James")
    d.ent("place", "St. Catherine")
    d.ent("person", "Gavin Noble")
    d.ent("place", "Negril")
    d.ent("organization", "Supreme Court")
    d.prov("The prime minister may declare an SOE for 14 days or less", "time_limit", 14,
           "days", "14 days or less")
    d.ev("During the year the prime minister declared or extended eight such zones",
         "law_or_decree", Y)
    d.fig("During the year the prime minister declared or extended eight such zones", 8,
          "zones of special operations declared or extended")
    d.fig("Combined, these areas included more than 50 percent of the population.", 50,
          "share of the population in ZOSOs and SOEs", "more than", unit="percent")
    d.ev("Arbitrary and lengthy detentions took place in ZOSOs and SOEs.",
         "detention_or_arrest", Y)
    d.prov("The decision to charge or release must be made within 48 hours", "time_limit", 48,
           "hours", "within 48 hours")
    d.ev("There were reports of arrests and prolonged periods of detention",
         "detention_or_arrest", Y, polarity="alleged")
    d.fig("NGOs estimated that 90 percent of all arrests occurred without a warrant.", 90,
          "arrests without a warrant", "approximately", unit="percent")
    d.ev("The government declared an SOE in these areas", "law_or_decree", Y)
    d.ev("security forces carried out a wide-ranging campaign of detention and incarceration",
         "detention_or_arrest", Y)
    d.prov("Lockups are intended for short-term detentions of 48 hours or less",
           "time_limit", 48, "hours", "48 hours or less")
    # a count over a stated period: an event of that period
    d.ev("NGOs estimated hundreds of detainees endured such treatment between 2018",
         "detention_or_arrest", "2018", date_end=Y, precision="year")
    d.ev("before the Supreme Court declared his detention unconstitutional in a September",
         "other", "2020-09")

    d.sec("1.e")
    d.ent("organization", "Office of the Director of Public Prosecutions")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Ministry of Justice")
    d.fig("failed to convict in approximately 7 percent fewer murder cases", 7,
          "drop in murder cases leading to a conviction", "approximately", unit="percent",
          source="Supreme Court")
    d.fig("with conviction rates as low as 22 percent in the court", 22,
          "conviction rate in the first quarter", unit="percent", source="Supreme Court")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ent("organization", "Office of the Public Defender")
    d.ev("government security forces took biometrics from temporarily detained persons",
         "surveillance", Y)
    d.ev("Security forces apprehended wide swaths of the population", "detention_or_arrest", Y)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: Doc) -> None:
    d.sec("2.a")
    d.ent("organization", "Broadcasting Commission of Jamaica")
    d.ev("The government did not restrict or disrupt access to the internet",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("barred certain lyrics and music videos, including songs referring",
         "censorship_or_blocking", Y)

    d.sec("2.c")
    d.ent("organization", STATE)

    d.sec("2.f")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: Doc) -> None:
    d.sec("3")
    d.ent("organization", "Jamaica Labour Party")
    d.ent("organization", "House of Representatives")
    d.ev("In national elections on September 3, the Jamaica Labour Party won 48",
         "election_or_referendum", "2020-09-03")
    d.fig("In national elections on September 3, the Jamaica Labour Party won 48", 48,
          "seats won by the governing party")
    d.fig("In national elections on September 3, the Jamaica Labour Party won 48", 63,
          "seats in the House of Representatives")
    d.ev("Observers judged the elections to be transparent", "other", "2020-09-03")
    d.ev("In national elections on September 3, 18 women", "election_or_referendum",
         "2020-09-03")
    # the earlier election cited with its year (an occurrence cited in a noun phrase)
    d.ev("a substantial increase from the 2016 general election", "election_or_referendum",
         "2016")
    d.fig("In national elections on September 3, 18 women", 18,
          "women elected to the House of Representatives")
    d.fig("(29 percent of total seats)", 29, "share of seats won by women", unit="percent")
    d.fig("were elected to the House of Representatives out of 30 candidates", 30,
          "women candidates")

    d.sec("4")
    d.ent("organization", "Manchester Parish Court")
    d.ent("organization", "Manchester Parish Council")
    d.ent("organization", "Parliament")
    d.ev("There were numerous reports of government corruption during the year", "other", Y,
         polarity="alleged")
    d.ev("In May, Manchester Parish Court convicted five former local government officials",
         "conviction_or_sentence", "2020-05")
    d.fig("In May, Manchester Parish Court convicted five former local government officials",
          5, "former local officials convicted of corruption")
    d.ev("The charges stemmed from 2016 allegations that as employees", "other", "2016",
         polarity="alleged")
    d.prov("civil servants earning 3.5 million Jamaican dollars", "threshold", 3_500_000, "JMD",
           "3.5 million Jamaican dollars")
    d.prov("civil servants earning 3.5 million Jamaican dollars", "threshold", 25_000, "USD",
           "$25,000")
    d.ev("There were no reports of noncompliance or that the government sanctioned", "other",
         Y, polarity="negated")


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: Doc) -> None:
    d.sec("5")
    d.ent("organization", "Office of the Public Defender")
    d.ent("organization", "Parliament")

    d.sec("6")
    d.ent("organization", JCF, "JCF")
    d.ent("organization", "Jamaica Constabulary Force Statistics and Information Management Unit")
    d.ent("organization", "Statistical Institute of Jamaica")
    d.ent("organization", "Victim Support Unit", "VSU")
    d.ent("organization", "Child Protection and Family Services Agency", "CPFSA")
    d.ent("organization", "Ministry of Health and Wellness")
    d.ent("organization", "Jamaicans for Justice")
    d.ent("place", "Kingston")
    d.ent("place", "Portmore")
    d.ent("organization", STATE)
    d.ent("person", "Kojo Dawes")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "National Environment and Planning Agency")
    d.ent("organization", "Inter-American Commission on Human Rights")
    d.ent("organization", "J-FLAG", "Jamaica Forum for Lesbians, All-Sexuals, and Gays")
    d.ent("organization", "Global Fund")
    d.prov("it is illegal and carries a penalty of 15 years", "penalty", 15, "years",
           "15 years’ to life imprisonment")
    d.prov("may be punished by only a maximum of 10 years in prison", "penalty", 10, "years",
           "a maximum of 10 years in prison")
    d.fig("there were 411 rape cases reported through November", 411,
          "rape cases reported through November", source=JCF)
    d.fig("approximately a 14 percent reduction from the same period in 2019", 14,
          "drop in reported rape cases from 2019", "approximately", unit="percent", source=JCF)
    d.fig("with 11 of every 100,000 women killed annually", 11,
          "women killed per 100,000 a year")
    d.fig("one in five women ages 15 to 24 experienced partner violence", 0.2,
          "women 15 to 24 who experienced partner violence",
          source="Statistical Institute of Jamaica")
    d.fig("The VSU managed 13 independent parish offices", 13, "parish offices of the VSU")
    # training given, told in the simple past without frequency (campaigns)
    d.ev("therefore included gender-based violence sensitization training for all",
         "other", Y)
    d.fig("One in four women reported being sexually harassed", 0.25,
          "women sexually harassed in their lifetime")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("with hard labor for a period not to exceed three months", "penalty", 3, "months",
           "not to exceed three months")
    d.fig("more than 14,000 incidents of abuse were reported in 2019", 14_000,
          "child abuse incidents reported in 2019", "more than",
          source="Child Protection and Family Services Agency")
    d.prov("a large fine, six months’ imprisonment, or both for failure", "penalty", 6,
           "months", "six months’ imprisonment")
    d.fig("showed that 80 percent of children experienced psychological", 80,
          "children subjected to violence as discipline", unit="percent",
          source="Jamaicans for Justice")
    d.prov("The legal minimum age for marriage is 18", "threshold", 18, "age", "18")
    d.prov("but children may marry at 16 with parental consent", "threshold", 16, "age", "16")
    d.prov("The crime carries a maximum penalty of 20 years", "penalty", 20, "years",
           "maximum of 20 years’ imprisonment")
    d.prov("prescribes a penalty of up to 30 years", "penalty", 30, "years",
           "up to 30 years’ imprisonment")
    d.prov("an adult and a child–male or female–younger than 16", "threshold", 16, "age",
           "younger than 16")
    d.prov("an adult and a child–male or female–younger than 16", "penalty", 15, "years",
           "15 years’ to life imprisonment")
    d.prov("A person who commits anal rape of a child is punished by 10 years", "penalty", 10,
           "years", "10 years in prison")
    d.fig("The risk of sexual assault reportedly was three times higher", 3,
          "risk of sexual assault for children against adults", unit="times")
    d.ev("in August two men were arrested and charged with rape", "detention_or_arrest",
         "2020-08")
    d.fig("in August two men were arrested and charged with rape", 2,
          "men arrested for the rape of a child")
    d.fig("Approximately 500 persons in the country practiced Judaism.", 500,
          "Jewish population", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("In September, Kojo Dawes won a Supreme Court case", "other", "2020-09")
    d.ev("judicial review of a 2019 decision by the National Environment", "dismissal", "2019")
    d.fig("NGOs indicated there were at least 10 similar cases", 10,
          "similar cases over the past five years", "at least")
    d.prov("with penalties of up to 10 years in prison with hard labor", "penalty", 10,
           "years", "up to 10 years with hard labor")
    d.prov("with penalties up to seven years in prison", "penalty", 7, "years",
           "up to seven years in prison")
    d.prov("is punishable by two years in prison under gross indecency laws", "penalty", 2,
           "years", "two years in prison")
    d.prov("is punishable by 15 years to life in prison", "penalty", 15, "years",
           "15 years to life in prison")
    d.prov("would be punishable by only up to 10 years in prison", "penalty", 10, "years",
           "up to 10 years in prison")
    d.fig("approximately 45 percent of adolescent mothers with HIV", 45,
          "adolescent mothers with HIV sexually abused as children", "approximately",
          unit="percent")

    d.sec("7")
    d.ent("organization", "Industrial Disputes Tribunal", "IDT")
    d.ent("organization", MLSS)
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Occupational Safety and Health Department")
    d.ent("organization", "Ministry of Finance and Public Service")
    d.ent("organization", "Ministry of National Security")
    d.ent("organization", "Inter-American Development Bank")
    d.ent("organization", STATE)
    d.fig("The government defines the following 10 categories of services", 10,
          "categories of essential services")
    d.prov("each represent less than 30 percent of workers eligible to vote", "threshold", 30,
           "percent", "less than 30 percent")
    d.prov("While cases should by law be resolved within 21 days", "time_limit", 21, "days",
           "within 21 days")
    d.ev("The task force also facilitated sensitization training programs", "other", Y)
    d.ev("between April 2019 and March, two persons were charged with labor trafficking",
         "charge", "2019-04", date_end="2020-03")
    d.fig("between April 2019 and March, two persons were charged with labor trafficking", 2,
          "persons charged with labor trafficking")
    d.prov("The minimum age for general employment is 15", "threshold", 15, "age", "15")
    d.prov("with a strict prohibition on employing children younger than 13", "threshold", 13,
           "age", "younger than 13")
    d.prov("The law permits children between ages 13 and 15", "threshold", 13, "age",
           "between ages 13 and 15", value_end=15)
    d.fig("more than 53,000 children ages five to 17 were engaged", 53_000,
          "children in child labor", "more than")
    d.prov("The law provides for a standard 40-hour workweek", "right", 40, "hours",
           "40-hour workweek")
    d.prov("mandates at least one day of rest per week", "right", 1, "days",
           "at least one day of rest per week")
    d.prov("compensate work in excess of 40 hours per week at overtime rates", "requirement",
           40, "hours", "40 hours per week")
    d.prov("the law that restricts workdays to 12 hours or less", "prohibition", 12, "hours",
           "12 hours or less")
    d.ev("It conducted inspections, investigated accidents, warned violators", "investigation",
         Y, source="Occupational Safety and Health Department")
    d.ev("In 2017 the Inter-American Development Bank estimated the informal economy",
         "report_published", "2017", source="Inter-American Development Bank")
    d.fig("generated more than 40 percent of GDP", 40, "informal economy's share of GDP",
          "more than", unit="percent", source="Inter-American Development Bank")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def jamaica() -> Doc:
    return assemble(Doc, "2020_jamaica", FILE, 2020, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2020_jamaica": jamaica}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
