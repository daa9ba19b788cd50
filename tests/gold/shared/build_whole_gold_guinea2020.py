"""Build the hand-made DEV gold file for Guinea 2020 (a state.gov page, classic layout).

``2020_guinea.jsonl`` annotates ``stategov/2020_guinea.html`` with the method of
``build_whole_gold_kz.py`` and ``build_whole_gold_chad.py`` (the ``RangedDoc`` helpers of
``build_whole_gold_dev.py`` are imported, not copied): every record below was decided by hand, reading the report sentence
by sentence before the system was ever run on it; the script only turns the decisions into
offsets. Offsets are into the document text rightsledger reads from the page
(``rightsledger.read.read_path``: the report body, blocks separated by a blank line), which
is what ``rightsledger export`` cites and ``rightsledger evaluate`` scores. Each anchor (at
most 14 words of the report) occurs exactly once in the document. The scope line lists in
``"ranges"`` exactly the character ranges annotated, one per section group annotated whole;
entity mentions are kept only inside them. The output holds offsets, names and values but
no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_guinea2020.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_guinea2020.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2020_guinea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import PageDoc, seven_section_parts  # noqa: E402

#: the ministry's full name (Section 1) and its short form (elsewhere) are one entity
MOS = "Ministry of Security and Civilian Protection"

PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")


# =========================================================================================
# 2020_guinea: Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    Y = "2020"
    # --- Section 5 ---
    d.sec("5")
    d.prov("NGOs are required to renew their permits with the government", "requirement", 3,
           "years", "every three years", "renewal of NGO permits")

    # --- Section 6: women ---
    d.sec("6")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "UN Population Fund", "UNFPA")
    d.not_entity("International Day of Zero Tolerance to FGM Activities",
                 "Demographic and Health Survey", "Multiple Indicator Cluster Survey")
    d.prov("Rape is punishable by five to 20 years in prison", "penalty", 5, "years",
           "five to 20 years in prison", "rape")
    d.records[-1]["quantity"]["value_end"] = 20
    d.prov("which carries sentences of two to five years in prison", "penalty", 2, "years",
           "two to five years in prison", "assault in domestic violence cases")
    d.records[-1]["quantity"]["value_end"] = 5
    d.prov("Violence against a woman that causes an injury is punishable", "penalty", 5, "years",
           "up to five years in prison", "violence against a woman causing injury")
    d.prov("it is punishable by 20 years of imprisonment", "penalty", 20, "years",
           "20 years of imprisonment", "violence causing mutilation")
    d.prov("if the victim dies, the crime is punishable by life imprisonment", "penalty", None,
           None, "life imprisonment", "violence causing death")
    d.ev("According to a 2018 UNICEF survey, 94.5 percent", "report_published", "2018",
         source="UNICEF")
    d.fig("According to a 2018 UNICEF survey, 94.5 percent", 94.5,
          "share of women and girls who had undergone FGM/C", unit="percent", source="UNICEF")
    d.fig("dropped 6 percent since 2015", 6, "drop in the FGM/C rate for girls since 2015",
          unit="percent")
    d.prov("The law specifies imprisonment of five to 20 years", "penalty", 5, "years",
           "five to 20 years", "FGM/C causing severe injury or death")
    d.records[-1]["quantity"]["value_end"] = 20
    d.prov("The law specifies imprisonment of five to 20 years", "threshold", 40, "days",
           "within 40 days of the procedure", "death after FGM/C")
    d.prov("the penalty is up to life in prison or death", "penalty", None, None,
           "up to life in prison", "death after FGM/C")
    d.prov("the penalty is up to life in prison or death", "penalty", None, None, "death",
           "death after FGM/C")
    d.prov("The law provides for imprisonment of three months to two years", "penalty", 3,
           "months", "three months to two years", "FGM/C without severe injury")
    d.ev("A total of 232 communities organized public declaration ceremonies", "other", "2019")
    d.fig("A total of 232 communities organized public declaration ceremonies", 232,
          "communities holding abandonment ceremonies in 2019")
    d.ev("Since January an additional 66 villages declared", "other", "2020-01")
    d.fig("Since January an additional 66 villages declared", 66,
          "further villages declaring abandonment")
    d.ev("in February the president launched the International Day", "other", "2020-02")
    d.ev("The Ministry of Labor did not document any case", "other", Y, polarity="negated")
    d.prov("Sentences range from three months to two years in prison", "penalty", 3, "months",
           "three months to two years in prison", "sexual harassment")
    d.ev("modern contraceptive prevalence rate among women aged 15-49", "report_published",
         "2018")
    d.fig("modern contraceptive prevalence rate among women aged 15-49", 11,
          "modern contraceptive prevalence rate", unit="percent")
    d.ev("55 percent of women gave birth with a skilled", "report_published", "2018")
    d.fig("55 percent of women gave birth with a skilled", 55,
          "share of births with a skilled professional", unit="percent")
    d.ev("According to the 2016 UNICEF Multiple Indicator Cluster Survey", "report_published",
         "2016", source="UNICEF")
    d.fig("According to the 2016 UNICEF Multiple Indicator Cluster Survey", 550,
          "maternal mortality rate", unit="deaths per 100,000 live births", source="UNICEF")
    d.fig("the adolescent birth rate was 120 per 1,000 girls", 120, "adolescent birth rate",
          unit="births per 1,000 girls", source="UN Population Fund")
    d.ev("The prevalence of FGM/C among women aged 15-49 was 95 percent", "report_published",
         "2018")
    d.fig("The prevalence of FGM/C among women aged 15-49 was 95 percent", 95,
          "FGM/C prevalence among women", unit="percent")
    d.ev("There were no reports of coerced abortion", "other", Y, polarity="negated")
    d.ev("In May 2019 the National Assembly amended the law", "law_or_decree", "2019-05")

    # --- Section 6: children ---
    d.ent("organization", "Ministry of Social Action for the Promotion of Women and Children",
          "Ministry of Social Action and the Promotion of Women and Children")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    d.prov("compulsory primary education for all children up to age 16", "threshold", 16, "age",
           "up to age 16", "compulsory education")
    d.fig("approximately 56 percent of girls attended primary school", 56,
          "share of girls attending primary school", "approximately", unit="percent")
    d.fig("approximately 56 percent of girls attended primary school", 66,
          "share of boys attending primary school", unit="percent")
    d.fig("Government figures indicated 11 percent of girls", 11,
          "share of girls with secondary education", unit="percent", source="government")
    d.fig("Government figures indicated 11 percent of girls", 21,
          "share of boys with secondary education", unit="percent", source="government")
    d.ev("In December 2019 the National Assembly revised the children", "law_or_decree",
         "2019-12")
    d.ev("The revised code entered into force in March", "law_or_decree", "2020-03")
    d.prov("The legal age for marriage is 18", "threshold", 18, "age", "18",
           "legal age for marriage")
    d.fig("19 percent of all girls were married by age 15", 19,
          "share of girls married by age 15 (2017)", unit="percent", source="UNICEF")
    d.fig("19 percent of all girls were married by age 15", 51,
          "share of girls married by age 18 (2017)", unit="percent", source="UNICEF")
    d.ev("developed and began to implement a national strategy", "other", Y)
    d.prov("The law prescribes penalties of five to 10 years", "penalty", 5, "years",
           "five to 10 years' imprisonment", "child trafficking")
    d.records[-1]["quantity"]["value_end"] = 10
    d.prov("The minimum age of consensual sex is 15", "threshold", 15, "age", "15",
           "minimum age of consensual sex")
    d.prov("Having sex with someone younger than 15 is punishable", "penalty", 3, "years",
           "three to 10 years in prison", "sex with a minor under 15")
    d.records[-1]["quantity"]["value_end"] = 10
    d.prov("Having sex with someone younger than 15 is punishable", "threshold", 15, "age",
           "younger than 15", "sex with a minor")
    d.fig("represented more than half of all rape victims", 0.5,
          "share of rape victims who were girls aged 11 to 15", "more than")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y, polarity="negated")

    # --- Section 6: disabilities, minorities, sexual orientation, societal violence ---
    d.ent("organization", "United Nations Development Program", "UNDP")
    d.ent("organization", "Ministry of Social Action and Vulnerable People")
    d.ent("organization", "Association of the Young Heirs of Maferinyah and Coyah")
    d.ent("organization", "Office for the Protection of Women, Children, and Morals",
          "OPROGEM")
    d.ent("place", "Forecariah")
    d.ent("place", "Forested Guinea Region")
    d.ent("place", "Boke")
    d.ev("government representatives and the United Nations Development Program", "other",
         "2019-12", place="Conakry")
    d.ev("In August the Ministry of Social Action and Vulnerable People", "other", "2020-08")
    d.fig("with three main linguistic groups and several smaller ones", 3,
          "main linguistic groups")
    d.ev("In August a group of 50 to 60 youths", "killing", "2020-08", place="Forecariah")
    d.fig("In August a group of 50 to 60 youths", 50, "youths in the attacking group",
          value_end=60)
    d.fig("In August a group of 50 to 60 youths", 2, "families attacked")
    d.fig("In August a group of 50 to 60 youths", 2, "persons killed in the attack")
    d.prov("which is punishable by three years in prison", "penalty", 3, "years",
           "three years in prison", "consensual same-sex sexual conduct")
    d.ev("which is punishable by three years in prison", "charge", Y, polarity="negated")
    d.ev("There were no official or NGO reports of discrimination", "other", Y,
         polarity="negated")
    d.ev("In March the Forested Guinea Region and the town", "attack_or_threat", "2020-03",
         place="N’Zerekore")
    d.ev("There were no investigations.", "investigation", Y, polarity="negated")
    d.ev("Authorities investigated incidents of violence.", "investigation", Y)
    d.ev("in July, OPROGEM arrested six women accused", "detention_or_arrest", "2020-07")
    d.fig("in July, OPROGEM arrested six women accused", 6, "women arrested")
    d.fig("in July, OPROGEM arrested six women accused", 7, "albino children forced to beg")
    d.ev("In November police investigated an alleged discovery", "investigation", "2020-11",
         place="Coyah")
    d.fig("In November police investigated an alleged discovery", 2, "albino bodies found")
    d.ev("In November 2019 a man accused of stealing motorcycles", "killing", "2019-11",
         place="Kankan")
    d.ev("In April a man in Boke accused of stealing", "killing", "2020-04", place="Boke")
    d.ev("Authorities opened investigations into these incidents", "investigation", Y)

    # --- 7.a ---
    d.sec("7.a")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Office of the Inspector General of Labor")
    d.ent("organization", "Union of Teachers and Researchers of Guinea")
    d.prov("The law requires unions to obtain the support of 20 percent", "threshold", 20,
           "percent", "20 percent of the workers", "support needed to strike")
    d.prov("The law mandates that unions provide a 10-day notice", "requirement", 10, "days",
           "10-day notice", "notice of a strike")
    d.ev("public school teachers and port workers nevertheless went on strike", "strike", Y)
    d.prov("It also allows workers 30 days to appeal", "time_limit", 30, "days", "30 days",
           "appeal of labor decisions")
    d.ev("a communications representative for a local teacher", "dismissal", "2020-01")
    d.ev("the teacher was reinstated to his position", "other", Y)
    d.ev("In January authorities arrested two leaders representing", "detention_or_arrest",
         "2020-01")
    d.fig("In January authorities arrested two leaders representing", 2, "union leaders arrested")
    d.ev("After 10 days authorities dropped the charges", "release", Y)
    d.dur(10, "days", "After 10 days")

    # --- 7.b ---
    d.sec("7.b")
    d.ent("place", "Maferenya")
    d.prov("The law prescribes penalties of three to seven years", "penalty", 3, "years",
           "three to seven years' imprisonment", "forced labor of an adult")
    d.records[-1]["quantity"]["value_end"] = 7
    d.prov("The law prescribes penalties of three to seven years", "penalty", 5, "years",
           "five to 10 years' imprisonment", "forced labor of a child")
    d.records[-1]["quantity"]["value_end"] = 10
    d.ev("or prosecute any cases for adult forced labor", "charge", Y, polarity="negated")
    d.ev("In July, 268 workers in a Chinese-owned", "detention_or_arrest", "2020-07",
         place="Maferenya")
    d.dur(3, "months", "for three months")
    d.fig("In July, 268 workers in a Chinese-owned", 268, "workers held in the factory")
    d.ev("As of October authorities took no action on the case.", "other", Y,
         polarity="negated")

    # --- 7.c ---
    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor",
                 "List of Goods Produced by Child Labor or Forced Labor")
    d.prov("below the minimum age for employment, which is 16", "threshold", 16, "age", "16",
           "minimum age for employment")
    d.prov("Exceptions allow children to work at age 12", "threshold", 12, "age", "age 12",
           "apprentices in light work")
    d.prov("Exceptions allow children to work at age 12", "threshold", 14, "age", "age 14",
           "other work")
    d.prov("younger than age 18 to work more than 10 consecutive hours", "threshold", 18, "age",
           "younger than age 18", "night and Sunday work")
    d.prov("younger than age 18 to work more than 10 consecutive hours", "prohibition", 10,
           "hours", "more than 10 consecutive hours", "night and Sunday work of minors")

    # --- 7.d ---
    d.sec("7.d")
    d.ev("The government took no steps to prevent discrimination", "other", Y,
         polarity="negated")

    # --- 7.e ---
    d.sec("7.e")
    d.ent("organization", "World Bank")
    d.ent("organization", "International Labor Organization")
    d.ent("place", "Mali")
    d.not_entity("Guaranteed Minimum Interprofessional Wage")
    d.prov("should not exceed 10-hour days or 48-hour weeks", "prohibition", 10, "hours",
           "10-hour days", "regular workday")
    d.prov("should not exceed 10-hour days or 48-hour weeks", "prohibition", 48, "hours",
           "48-hour weeks", "regular workweek")
    d.prov("should not exceed 10-hour days or 48-hour weeks", "requirement", 24, "hours",
           "at least 24 consecutive hours", "weekly rest")
    d.prov("accumulated at the rate of at least two days per month", "right", 2, "days",
           "at least two days per month", "annual paid vacation")
    d.prov("The law stipulates a maximum of 100 hours", "prohibition", 100, "hours",
           "100 hours of compulsory overtime a year", "compulsory overtime")
    d.ev("it did not issue any orders laying out", "law_or_decree", Y, polarity="negated")
    d.fig("The informal sector included 60 to 70 percent", 60,
          "share of workers in the informal sector", unit="percent", value_end=70)
    d.ev("The government banned wildcat gold prospecting", "law_or_decree", Y)


# =========================================================================================
# 2020_guinea: Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    Y = "2020"
    HAC = "High Authority of Communication"
    d.ent("organization", HAC, "HAC")
    d.ent("organization", "DPJ")
    d.ent("organization", "Societe des Eaux de Guinee", "Guinea Water Company", "SEG")
    d.ent("organization", "Facebook")
    d.ent("organization", "Union of Private Press Professionals")
    d.ent("organization", "Inter-Ministerial Council")
    d.ent("organization", "al-Jazeera")
    d.ent("organization", "GUILAB SA", "GUILAB")
    d.ent("organization", "Department of State")
    d.ent("organization", "United Nations High Commissioner for Refugees", "UNHCR")
    d.ent("person", "Thomas Dietrich")
    d.ent("person", "Habib Marouane Kamara", "Kamara")
    d.ent("person", "Nicolas Haque")
    d.ent("person", "Hugo Bogaeert")
    d.ent("place", "Dakar")
    d.ent("place", "Senegal")
    d.ent("place", "Coyah")
    d.ent("place", "Dubreka")
    d.ent("place", "Cote d’Ivoire")
    d.ent("place", "Liberia")
    d.ent("place", "Sierra Leone")
    d.ent("place", "Macenta")
    d.not_entity("International Religious Freedom Report", "Kouankan Camp")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("there were multiple reports of government efforts to intimidate the press",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("In July the National Assembly passed legislation revising", "law_or_decree",
         "2020-07")
    d.ev("Media criticized the new law and feared", "other", Y, source="media")
    d.ev("There were reports of arbitrary arrests, harassment, and intimidation of journalists",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("On March 6, police arrested and assaulted French journalist", "detention_or_arrest",
         "2020-03-06", place="Conakry")
    d.ev("Police took him immediately to the airport and deported him", "other", Y)
    d.ev("The HAC accused him of interfering in domestic political", "other", Y,
         polarity="alleged", source=HAC)
    d.ev("On July 18, police arrested journalist Habib Marouane Kamara", "detention_or_arrest",
         "2020-07-18", place="Conakry")
    d.ev("Kamara was earlier sued for defamation and blackmail", "charge", Y,
         source="his lawyer")
    d.ev("The Union of Private Press Professionals denounced his arrest", "other", Y)
    d.ev("Authorities released Kamara after two nights in police custody", "release",
         "2020-07-20")
    d.dur(2, "nights", "two nights in police custody")
    d.ev("The government penalized media outlets and journalists who broadcasted",
         "censorship_or_blocking", Y)
    d.ev("Some journalists accused government officials of attempting to influence",
         "censorship_or_blocking", Y, polarity="alleged", source="journalists")
    d.ev("On June 29, the DPJ summoned the chairmen", "censorship_or_blocking", "2020-06-29")
    d.fig("On June 29, the DPJ summoned the chairmen", 3, "private radio stations")
    d.ev("The chairmen complied with the decision of the HAC", "censorship_or_blocking", Y)
    d.ev("a decision by the HAC to ban the advertisements allegedly originated",
         "censorship_or_blocking", Y, polarity="alleged", source="media sources")
    d.prov("criminal offenses subject to imprisonment up to five years", "penalty", 5, "years",
           "imprisonment up to five years", "libel, slander and false reporting")
    d.ev("Officials used these laws to harass opposition leaders", "attack_or_threat", Y)
    d.ev("In October 2019 authorities detained for several hours two", "detention_or_arrest",
         "2019-10")
    d.fig("In October 2019 authorities detained for several hours two", 2,
          "al-Jazeera journalists detained")
    d.ev("Upon their release police forced them to leave the country", "other", "2019-10")
    d.ev("The government restricted and disrupted access to the internet",
         "censorship_or_blocking", Y)
    # t-conv16 settlement: N2 a negated taxonomy act on a class (did not censor online content): no event; the "no reports" clause keeps a negated surveillance.
    # was: d.ev("It did not censor online content, and there were no credible",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports the government monitored", "surveillance", Y, polarity="negated")
    d.ev("The government did, however, monitor social media platforms", "surveillance", Y)
    d.ev("In March widespread internet disruptions occurred", "censorship_or_blocking",
         "2020-03")
    d.fig("The government owned 52.55 percent of GUILAB", 52.55,
          "government share of GUILAB", unit="percent")
    d.ev("On October 23, authorities suspended all cell phone data", "censorship_or_blocking",
         "2020-10-23")
    d.ev("international calling services were restored several days later", "other",
         "2020-10")
    d.ev("Full social media access was restored in December", "other", "2020-12")
    d.ev("There were no reports of government restrictions on academic freedom",
         "censorship_or_blocking", Y, polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.ev("following the March state of emergency ban", "law_or_decree", "2020-03")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.prov("The government requires a 72-working-hour advance notification", "requirement",
           72, "hours", "72-working-hour advance notification", "notice of public gatherings")
    d.ev("Organizations affiliated with the governing party gathered", "protest", "2020-10",
         date_end="2020-12")

    # --- 2.d ---
    d.sec("2.d")
    d.prov("The government required all citizens older than age 18", "threshold", 18, "age",
           "older than age 18", "carrying national identification cards")
    d.ev("The March state of emergency to limit the spread", "law_or_decree", "2020-03")
    d.ev("Authorities established numerous checkpoints and roadblocks", "other", Y)
    d.ev("In May protests concerning shakedowns by security forces", "protest", "2020-05",
         place="Coyah")
    d.ev("security forces shot and killed at least six persons", "killing", Y,
         source="news reports")
    d.fig("security forces shot and killed at least six persons", 6, "persons killed",
          "at least", source="news reports")
    d.ev("International airport authorities denied several opposition figures", "other", Y)
    d.ev("In some instances immigration officials seized travelers", "other", Y)


# =========================================================================================
# 2020_guinea: Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    Y = "2020"
    d.ent("organization", "African Union")
    d.ent("organization", "European Union")
    d.ent("organization", "Liberal Democratic Movement", "MoDeL")
    d.ent("organization", "Regulatory Authority for Posts and Telecommunications")
    d.ent("person", "Cellou Dalein Diallo", "Diallo")

    # --- 3 ---
    d.sec("3")
    d.ev("Following the October presidential election, and an unsuccessful", "election_or_referendum",
         "2020-10")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("Starting in December 2019 and continuing to December 2020", "protest", "2019-12",
         date_end="2020-12")
    d.ev("Legislative elections held in March were coupled", "election_or_referendum",
         "2020-03")
    # t-conv15 settlement (2026-12-13): another occurrence naming the election as its object: the year
    d.ev("Major opposition parties boycotted the election", "other", Y)
    d.ev("the international association of French-speaking countries cast doubt", "other", Y,
         source="media sources")
    d.fig("stating that there were more than 2.4 million", 2.4e6,
          "problematic names on the voter rolls", "more than",
          source="francophone countries association")
    d.ev("abstained from observing the March elections", "other", "2020-03")
    d.ev("the legislative election and referendum were held on March 22",
         "election_or_referendum", "2020-03-22")
    d.ev("Significant violence occurred in multiple locations on election day",
         "attack_or_threat", "2020-03-22")
    d.ev("The minister of security stated six persons were killed", "killing", Y,
         source="minister of security")
    d.fig("The minister of security stated six persons were killed", 6, "persons killed",
          source="minister of security")
    d.fig("The minister of security stated six persons were killed", 4,
          "persons killed by security forces", source="minister of security")
    d.ev("Civil society leaders in the FNDC, however, reported 10", "killing", Y,
         source="National Front for the Defense of the Constitution")
    d.fig("Civil society leaders in the FNDC, however, reported 10", 10,
          "persons killed in Conakry", source="National Front for the Defense of the Constitution")
    d.fig("Civil society leaders in the FNDC, however, reported 10", 4,
          "persons killed in N'Zerekore",
          source="National Front for the Defense of the Constitution")
    d.fig("three elite units of the army were the perpetrators", 3,
          "army units alleged to be perpetrators",
          source="National Front for the Defense of the Constitution")
    d.ev("The election resulted in the ruling party", "election_or_referendum", Y)
    d.ev("The results of the election and referendum were rejected", "other", Y)
    d.ev("ECOWAS determined that voter rolls met legal requirements", "other", Y)
    d.ev("in November the Constitutional Court certified", "election_or_referendum", "2020-11")
    d.fig("in November the Constitutional Court certified", 59.5,
          "share of the vote for Conde", unit="percent")
    d.ev("Diallo claimed victory and called on his supporters", "other", Y)
    d.ev("Government security forces violently dispersed protesters", "attack_or_threat", Y)
    # an observers' verdict is dated by the election it judges (settled 2026-12-06)
    d.ev("international and domestic observers raised concerns", "other", "2020-10",
         source="international and domestic observers")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no official restrictions on political party formation",
    # was: "registration_decision", Y, polarity="negated")
    d.ev("The government in some cases delayed opposition party registration",
         "registration_decision", Y)
    d.ev("As of December MoDeL had not received a formal response", "registration_decision", Y,
         polarity="negated")
    d.ev("Authorities threatened to cut the payments of allowances", "attack_or_threat", Y)
    d.fig("As of June, eight women served in cabinet-level positions", 8,
          "women in cabinet-level positions")
    d.fig("As of June, eight women served in cabinet-level positions", 37,
          "cabinet-level positions")
    d.fig("18 women were elected as members (out of 114 seats)", 18,
          "women elected to the National Assembly")
    d.fig("18 women were elected as members (out of 114 seats)", 114, "National Assembly seats")
    d.fig("18 women were elected as members (out of 114 seats)", 25,
          "women in the National Assembly in 2019")
    d.fig("women held two vice presidential positions (out of five)", 2,
          "women vice presidents of the National Assembly")
    d.fig("women held two vice presidential positions (out of five)", 5,
          "vice presidential positions")
    d.fig("one secretary position (out of six)", 1, "women secretaries")
    d.fig("one secretary position (out of six)", 6, "secretary positions")
    d.fig("one quaestor position (out of two)", 1, "women quaestors")
    d.fig("one quaestor position (out of two)", 2, "quaestor positions")
    d.prov("The law requires that women constitute 50 percent", "requirement", 50, "percent",
           "50 percent of a candidate list", "women on candidate lists")

    # --- 4 ---
    d.sec("4")
    d.ev("There were multiple allegations of corrupt practices", "other", Y, polarity="alleged")
    d.ev("Authorities prosecuted very few cases, and even fewer", "charge", Y)
    d.ev("Officials allegedly diverted public funds for private use", "other", Y,
         polarity="alleged")
    d.ev("In August the public prosecutor’s office announced", "report_published", "2020-08",
         source="public prosecutor's office")
    d.fig("In August the public prosecutor’s office announced", 51e6, "public funds embezzled",
          "more than", unit="USD", source="public prosecutor's office")
    d.fig("In August the public prosecutor’s office announced", 2,
          "senior civil servants accused of embezzlement", source="public prosecutor's office")
    d.ev("who were arrested and held pending prosecution", "detention_or_arrest", Y)


# =========================================================================================
# 2020_guinea: executive summary
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    Y = "2020"
    d.ent("place", "Guinea")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Rally for the Guinean People")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", MOS, "Ministry of Security")
    d.ent("organization", "National Police")
    d.ent("person", "Alpha Conde", "Conde")

    d.sec("exec")
    d.ev("rejected the results of the March legislative", "election_or_referendum", "2020-03")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("rejected the results of the March legislative", "election_or_referendum", "2020-10")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("In November the Constitutional Court certified President Alpha Conde",
         "election_or_referendum", "2020-11")
    d.ev("following a controversial March referendum amending the constitution",
         "election_or_referendum", "2020-03")  # t-dfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.fig("In November the Constitutional Court certified President Alpha Conde", 59.5,
          "share of the vote for Conde", unit="percent")
    d.ev("International and domestic observers raised concerns about widespread", "other", Y,
         source="international and domestic observers")
    d.ev("Major opposition parties boycotted March legislative elections", "other", "2020-03")
    # an observers' verdict is dated by the election it judges (settled 2026-12-06)
    d.ev("Domestic and international observers raised concerns regarding", "other",
         "2020-03-22",
         source="domestic and international observers")
    d.ev("Numerous opposition parties rejected the results of the March", "other", Y)
    d.ev("Members of the security forces committed numerous abuses", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included: unlawful or arbitrary killings",
         "killing", Y)
    d.ev("The government took minimal steps to prosecute or punish officials", "charge", Y)


# =========================================================================================
# 2020_guinea: Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    Y = "2020"
    UFDG = "Union of Democratic Forces of Guinea"
    FNDC = "National Front for the Defense of the Constitution"
    COLL = "Collective of Organizations for the Protection of Human Rights in the Forested " \
        "Guinea Region"
    OGDH = "Guinean Organization for the Defense of Human and Citizen’s Rights"
    COLL_SRC = "Forested Guinea NGO collective"  # sources are short labels
    AI = "Amnesty International"
    NO_INQUIRY = "There were no reports of investigations into these incidents"
    d.ent("organization", UFDG, "UFDG")
    d.ent("organization", FNDC, "FNDC")
    d.ent("organization", COLL)
    d.ent("organization", OGDH, "OGDH")
    d.ent("organization", "United Nations Organization Stabilization Mission in the "
          "Democratic Republic of the Congo")
    d.ent("organization", "United Nations")
    d.ent("organization", AI)
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "World Prison Brief")
    d.ent("organization", "National Health Security Agency")
    d.ent("organization", "National Institution for Human Rights")
    d.ent("organization", "UN Office of the High Commissioner for Human Rights")
    d.ent("organization", "Equal Rights for All", "MDT")
    d.ent("organization", "Association for the Support of Refugees, Displaced Persons, and "
          "Detainees")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "Economic Community of West African States", "ECOWAS")
    d.ent("organization", "ECOWAS Court of Justice")
    d.ent("person", "Claude Pivi")
    d.ent("person", "Moussa Tiegboro Camara")
    d.ent("person", "Mathurin Bangoura")
    d.ent("person", "Roger Bamba", "Bamba")
    d.ent("place", "Conakry")
    d.ent("place", "N’Zerekore")
    d.ent("place", "Kassa Island")
    d.ent("place", "Kankan")
    d.ent("place", "Upper Guinea")
    # Prisons, camps, a UN web portal and a military district are not entities.
    d.not_entity("Conakry Central Prison", "CCP", "CPP", "Soronkoni camp",
                 "Conduct in UN Field Missions", "Fourth Military District")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("the government or its agents committed arbitrary or unlawful killings", "killing",
         Y, polarity="alleged")
    d.ev("security forces killed 99 individuals from the October 18", "killing", "2020-10-18",
         date_end="2020-12", source=UFDG)
    d.fig("security forces killed 99 individuals from the October 18", 99,
          "persons killed by security forces after the presidential election", source=UFDG)
    d.ev("The government rejected this figure but did not provide", "other", Y)
    d.ev("There were multiple reports of killings by security forces in the capital",
         "killing", "2020-03", polarity="alleged")
    d.ev("There were multiple reports of killings by security forces in the capital",
         "killing", "2020-10", polarity="alleged")
    d.ev("The minister of security reported six persons killed", "killing", Y,
         source="minister of security")
    d.fig("The minister of security reported six persons killed", 6, "persons killed",
          source="minister of security")
    d.fig("The minister of security reported six persons killed", 4,
          "persons shot by security forces", source="minister of security")
    d.ev("a broad opposition coalition protesting the constitutional referendum", "killing", Y,
         source=FNDC)
    d.fig("a broad opposition coalition protesting the constitutional referendum", 10,
          "persons killed in Conakry", source=FNDC)
    d.fig("a broad opposition coalition protesting the constitutional referendum", 4,
          "persons killed in N'Zerekore", source=FNDC)
    d.ev("The FNDC accused military units||" + NO_INQUIRY, "investigation", Y,
         polarity="negated")
    d.ev("In April the nongovernmental organization (NGO) Collective", "report_published",
         "2020-04", source=COLL_SRC)
    d.ev("The NGO reported 36 persons killed, 129 wounded", "killing", Y, source=COLL_SRC)
    d.fig("The NGO reported 36 persons killed, 129 wounded", 36, "persons killed", source=COLL_SRC)
    d.fig("The NGO reported 36 persons killed, 129 wounded", 129, "persons wounded",
          source=COLL_SRC)
    d.fig("The NGO reported 36 persons killed, 129 wounded", 127, "persons arrested",
          source=COLL_SRC)
    d.fig("The NGO reported 36 persons killed, 129 wounded", 83, "buildings destroyed",
          source=COLL_SRC)
    d.ev("reported that the death toll could have been as high as 60", "killing", Y,
         polarity="alleged", source="local media")
    d.fig("reported that the death toll could have been as high as 60", 60,
          "possible death toll", "up to", source="local media")
    d.ev("buried the victims in a mass grave||" + NO_INQUIRY, "investigation", Y,
         polarity="negated")
    d.ev("Since October 2019 the Guinean Organization for the Defense", "killing", "2019-10",
         date_end="2020", source=OGDH)
    d.fig("Since October 2019 the Guinean Organization for the Defense", 60,
          "killings identified", "at least", source=OGDH)
    d.fig("The families of 10 victims testified", 10, "families of victims testifying")
    d.ev("outside the perimeters of the protests||" + NO_INQUIRY, "investigation", Y,
         polarity="negated")
    d.ev("At least 150 opposition demonstrators were killed", "killing", "2009")
    d.fig("At least 150 opposition demonstrators were killed", 150, "demonstrators killed",
          "at least")
    d.fig("At least 150 opposition demonstrators were killed", 100, "women and girls raped",
          "more than")
    d.ev("Since 2011 the judiciary confirmed indictments against 13 individuals", "charge",
         "2011")
    d.fig("Since 2011 the judiciary confirmed indictments against 13 individuals", 13,
          "individuals indicted")
    # a body "established in 2018": an event of that date (settled 2026-12-08)
    d.ev("The steering committee established in 2018", "other", "2018")
    d.fig("Two of the alleged ringleaders of the massacre", 2,
          "alleged ringleaders in government posts")
    d.ev("In January the minister of justice announced that the trial", "other", "2020-01")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("abused detainees to coerce confessions", "torture_or_abuse", Y)
    d.ev("These NGOs also alleged that guards abused detainees", "torture_or_abuse", Y,
         polarity="alleged", source="NGOs")
    d.ev("some relatives who came to assist victims were subjected", "detention_or_arrest", Y,
         source=OGDH)
    d.ev("In January a victim reported security officers beat him", "torture_or_abuse",
         "2020-01", place="Conakry", source="a victim")
    # t-conv15 settlement (2026-12-13): "also" on another type than the beating, a source: the year
    d.ev("He reported security forces also demanded 1,100,000 Guinean francs", "other",
         Y, source="a victim")
    d.fig("He reported security forces also demanded 1,100,000 Guinean francs", 1100000,
          "sum demanded from prisoners", unit="GNF", source="a victim")
    d.fig("He reported security forces also demanded 1,100,000 Guinean francs", 115,
          "sum demanded from prisoners", unit="USD", source="a victim")
    d.ev("there was one allegation submitted in July of sexual exploitation",
         "torture_or_abuse", "2020-07", polarity="alleged")
    d.fig("there was one allegation submitted in July of sexual exploitation", 1,
          "allegation of sexual exploitation and abuse")
    d.ev("According to a December 15 Amnesty International report", "report_published",
         "2020-12-15", source=AI)
    d.ev("According to a December 15 Amnesty International report", "detention_or_arrest",
         "2020-10-24", source=AI)
    d.fig("following an attack on a freight train that killed four", 4,
          "security officials killed in the attack on a train", source=AI)
    d.ev("The person died on November 17 while in custody", "death_in_custody", "2020-11-17")
    d.ev("Immediately following his death, the government announced", "other", Y)
    d.ev("Multiple persons who viewed his body", "torture_or_abuse", Y, polarity="alleged")
    d.fig("in 2019 authorities held 3,782 detainees in facilities", 3782, "detainees held in 2019",
          source="World Prison Brief")
    d.fig("in 2019 authorities held 3,782 detainees in facilities", 2412, "prison capacity",
          source="World Prison Brief")
    d.ev("In July a prisoner was decapitated and mutilated", "killing", "2020-07")
    d.ev("According to authorities, his cellmate killed him", "killing", "2020-07",
         source="authorities")
    d.ev("Authorities charged the cellmate with murder", "charge", Y)
    d.ev("authorities transferred the case to the military courts", "other", Y)
    d.ev("of the several reported deaths of prisoners, none were investigated", "investigation",
         Y, polarity="negated")
    d.fig("Only two of the 31 detention centers had a full-time doctor", 2,
          "detention centers with a full-time doctor")
    d.fig("Only two of the 31 detention centers had a full-time doctor", 31, "detention centers")
    d.fig("with 155 positive cases as of September", 155, "COVID-19 cases in prisons")
    d.ev("In May media reported two COVID-19 deaths at the CCP", "death_in_custody", "2020-05",
         source="media")
    d.fig("In May media reported two COVID-19 deaths at the CCP", 2,
          "COVID-19 deaths in prison", source="media")
    d.fig("The CCP claimed it provided two meals a day", 2, "meals a day claimed by the CCP",
          source="CCP")
    d.fig("The CCP claimed it provided two meals a day", 1, "meals a day received",
          source="NGOs")
    d.prov("intended to hold detainees for not more than two days", "time_limit", 2, "days",
           "not more than two days", "detention in gendarmerie centers")
    d.ev("An NGO reported that during March election violence", "detention_or_arrest",
         "2020-03", source="an NGO")
    d.fig("Prisoners stated that more than 50 persons were crammed", 50,
          "persons crammed into small cells", "more than", source="prisoners")
    d.ev("In April the Collective of Organizations for the Protection", "report_published",
         "2020-04", source=COLL_SRC)
    d.ev("In April the Collective of Organizations for the Protection", "detention_or_arrest",
         "2020-03", source=COLL_SRC)
    d.ev("In April the Collective of Organizations for the Protection", "detention_or_arrest",
         "2020-10", source=COLL_SRC)
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated taxonomy act on a class (allegations): no event.
    # was: d.ev("Prison authorities did not investigate credible allegations", "investigation", Y,
    # was: polarity="negated")

    # --- 1.d ---
    d.sec("1.d")
    d.prov("detainees be charged within 48 hours, renewable once", "time_limit", 48, "hours",
           "within 48 hours", "charging a detainee")
    d.prov("detainees be charged within 48 hours, renewable once", "time_limit", 1,
           "renewals", "renewable once", "extension of the 48 hours")
    d.prov("the law allows the original length of detention to be increased", "time_limit",
           96, "hours", "96 hours", "detention in national security cases")
    d.prov("the law allows the original length of detention to be increased", "time_limit", 1,
           "renewals", "renewable once", "extension of the 96 hours")
    d.fig("Authorities held most detainees in the three main prisons", 3, "main prisons")
    d.prov("The law precludes the arrest of persons in their homes", "prohibition", None, None,
           "between 9 p.m. and 6 a.m.", "arrests at home at night")
    d.ev("The law precludes the arrest of persons in their homes", "detention_or_arrest", Y)
    d.ev("Many arrests took place without warrants", "detention_or_arrest", Y)
    d.ev("Authorities arrested family members for offenses allegedly committed",
         "detention_or_arrest", Y)
    d.ev("In February authorities arrested without charge more than 30", "detention_or_arrest",
         "2020-02", place="Kankan")
    d.dur(1, "months", "for more than a month")
    d.fig("In February authorities arrested without charge more than 30", 30,
          "persons arrested without charge", "more than")
    # t-conv16 (settlement 2026-12-21 S2): the detainees of that arrest report being arrested
    # (the same occurrence retold about the same persons: its date)
    d.ev("The detainees reported they were arrested by police", "detention_or_arrest", "2020-02",
         source="detainees")
    d.ev("Following postelectoral violence in N’Zerekore in March", "detention_or_arrest", Y,
         source="local sources")
    d.fig("Following postelectoral violence in N’Zerekore in March", 40,
          "persons transferred to the Soronkoni camp", "at least", source="local sources")
    d.ev("In late September authorities conditionally released 35", "release", "2020-09")
    d.fig("In late September authorities conditionally released 35", 35,
          "individuals conditionally released")
    d.ev("On September 10, authorities arrested UFDG communications chief",
         "detention_or_arrest", "2020-09-10")
    d.ev("Bamba became critically ill on December 16", "other", "2020-12-16")
    d.ev("Bamba became critically ill on December 16", "death_in_custody", "2020-12-17")
    d.fig("a 2016 reform of the justice sector decreased the length", 65,
          "decrease in the length of pretrial detention", unit="percent",
          source="an NGO working on prisoners' rights")
    d.fig("In September 2019 pretrial detainees constituted 67 percent", 67,
          "share of pretrial detainees in the prison population (2019)", unit="percent")
    d.fig("In September 2019 pretrial detainees constituted 67 percent", 60,
          "share of pretrial detainees overall (2017)", "approximately", unit="percent",
          source="World Prison Brief")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("The government arrested or summoned individuals without cause",
         "detention_or_arrest", Y)
    d.fig("Local sources estimated the number of such arrestees", 300,
          "persons arrested or summoned", "more than", source="local sources")
    d.ev("Police arbitrarily arrested and detained opposition members", "detention_or_arrest",
         Y)
    d.ev("In April authorities arrested and charged a civil society activist",
         "detention_or_arrest", "2020-04")
    d.ev("Authorities released him in August after a court found", "release", "2020-08")
    d.ev("In May authorities arrested and charged another FNDC member", "detention_or_arrest",
         "2020-05")
    d.fig("despite two court orders for his release", 2, "court orders for release")
    d.ev("According to Human Rights Watch, in October authorities arrested",
         "detention_or_arrest", "2020-10", source="Human Rights Watch")
    d.fig("According to Human Rights Watch, in October authorities arrested", 325,
          "persons arrested after postelection violence", "approximately",
          source="Human Rights Watch")
    d.ev("Amnesty International reported “400 arbitrary arrests", "detention_or_arrest", Y,
         source=AI)
    d.fig("Amnesty International reported “400 arbitrary arrests", 400, "arbitrary arrests",
          source=AI)
    d.ev("Authorities also reportedly used excessive force in the arrests", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("In November police arrested and detained five senior-level", "detention_or_arrest",
         "2020-11")
    d.fig("In November police arrested and detained five senior-level", 5,
          "senior opposition figures arrested")
    d.ev("Authorities charged them with possession and use of military firearms", "charge", Y)
    d.ev("Authorities sought two other leading opposition figures", "other", Y)
    d.fig("Authorities sought two other leading opposition figures", 2,
          "opposition figures sought")
    d.ev("Another opposition leader turned himself in", "detention_or_arrest", Y)
    d.ev("Also in November the government reported that it detained", "report_published",
         "2020-11", source="government")
    # t-conv18 settlement (S6b): the act dated by its own date ("during the postelectoral period": the
    # October election's episode), beside the dated report
    d.ev("Also in November the government reported that it detained", "detention_or_arrest",
         "2020-10", source="government")
    d.fig("Also in November the government reported that it detained", 137,
          "individuals detained or tried after the election", "more than", source="government")
    d.ev("NGOs that filed cases for civilians in 2012", "other", "2012")
    d.ev("NGOs that filed cases for civilians in 2012", "other", "2013")
    d.ev("NGOs that filed cases for civilians in 2012", "other", "2014")
    d.ev("Between February and May 2019, the government forcibly evicted", "other", "2019-02",
         date_end="2019-05", place="Conakry")
    d.fig("Between February and May 2019, the government forcibly evicted", 4,
          "neighborhoods evicted")
    d.ev("Authorities demolished an estimated 2,500 buildings", "attack_or_threat", "2019-02",
         date_end="2019-05")
    d.fig("Authorities demolished an estimated 2,500 buildings", 2500, "buildings demolished",
          "approximately")
    d.fig("Authorities demolished an estimated 2,500 buildings", 20000, "persons evicted")
    d.ev("The victims formed a collective and appealed", "other", Y)
    d.ev("The hearing, scheduled for November 8, was postponed", "other", Y)
    d.ev("The government made no efforts to protect, assist, resettle", "other", Y,
         polarity="negated")


def guinea() -> PageDoc:
    d = PageDoc("2020_guinea", "stategov/2020_guinea.html", 2020, PARTS)
    # In reading order: each entity is declared once, by the first part that names it (its
    # mentions are found in every range).
    executive_summary(d)
    section_1(d)
    section_2(d)
    sections_3_4(d)
    sections_5_7(d)
    return d


DOCS = {"2020_guinea": guinea}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
