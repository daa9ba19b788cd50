"""Build the hand-made DEV gold file for Eritrea 2002 (``usdos/2002_eritrea.md``, the
ecoi.net Markdown layout of the 2000s: headings "#### Section N ...", Section 4's heading a
plain line).

Method of ``build_whole_gold_angola2008.py`` and of the Lithuania 2019 round
(``build_whole_gold_lithuania2019.py``): every record below was decided by hand, reading the
report sentence by sentence before the system was ever run on it; the script only turns the
decisions into offsets. The report is read through ``rightsledger.read.read_path``
(``PageDoc``), so every offset is into the document text rightsledger exports. Each anchor (at
most 14 words of the report) occurs exactly once in the document text (``PREFIX||ANCHOR`` where
the report repeats a sentence). The scope line lists in ``"ranges"`` exactly the character
ranges annotated (one per section group annotated whole, ``DONE``); entity mentions are kept
only inside them. The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eritrea2002.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eritrea2002.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2002_eritrea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import MARKDOWN_2000S_PARTS, PageDoc, RangedDoc  # noqa: E402

FILE = "usdos/2002_eritrea.md"
Y = "2002"

#: the section groups of the 2000s Markdown layout (Section 4's heading a plain line)
ALL_PARTS = MARKDOWN_2000S_PARTS
#: the groups annotated so far, in the order they were done
DONE = ["5-7", "2", "3-4", "exec", "1"]

PFDJ = "People's Front for Democracy and Justice"
EPLF = "Eritrean People's Liberation Front"
MOLHW = "Ministry of Labor and Human Welfare"
NCEW = "National Confederation of Eritrean Workers"
ERREC = "Eritrean Relief and Refugee Commission"
UNHCR = "U.N. High Commissioner for Refugees"
KUNAMA_2000 = "who were detained without charges on suspicion of collaborating with Ethiopian forces in 2000"


def entities(d: PageDoc) -> None:
    """Every entity of the report; mentions outside the annotated ranges are dropped, and an
    entity with no mention inside them is left out (see ``eritrea``)."""
    # persons
    d.ent("person", "Isaias Afwerki")
    d.ent("person", "Yosuf Mohamed Ali")
    d.ent("person", "Said Abdulkader")
    d.ent("person", "Selayinghes Beyene")
    d.ent("person", "Dawit Habetemichael")
    d.ent("person", "Aaron Berhane")
    d.ent("person", "Medhane Haile")
    d.ent("person", "Emanuel Asrat")
    d.ent("person", "Wedi Ade")
    d.ent("person", "Seyum Fesehaye")
    # the regime named after Mengistu Haile Mariam: the name is a person's (docs/gold)
    d.ent("person", "Mengistu")
    # organizations
    d.ent("organization", EPLF, "EPLF")
    d.ent("organization", PFDJ, "PFDJ")
    d.ent("organization", "Eritrean Islamic Jihad", "EIJ")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Government Commission for Coordination with the U.N. Peacekeeping "
          "Mission")
    d.ent("organization", "U.N.")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Group of 15", "G-15")
    d.ent("organization", "Asmara University Students' Association")
    d.ent("organization", "Eritrean Liberation Front", "ELF")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "High Court")
    d.ent("organization", "Tsigenai")
    d.ent("organization", "Admas")
    d.ent("organization", "Meqaleh")
    d.ent("organization", "Setit")
    d.ent("organization", "Keste Debena")
    d.ent("organization", "Zemen")
    d.ent("organization", "Deutsche Welle")
    d.ent("organization", "Voice of America")
    d.ent("organization", "BBC")
    d.ent("organization", "IRIN")
    d.ent("organization", "Reuters")
    d.ent("organization", "Hadas Eritrea")
    d.ent("organization", "Ministry of Information")
    d.ent("organization", "University of Asmara")
    d.ent("organization", "Ministry of Local Governments", "Ministry of Local Government")
    d.ent("organization", "Directorate of Religious Affairs")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", ERREC, "ERREC")
    d.ent("organization", "Executive Council")
    d.ent("organization", "Central Council")
    d.ent("organization", "Constitutional Commission")
    d.ent("organization", "Ministry of Foreign Affairs")
    d.ent("organization", "Citizens for Peace in Eritrea", "CPE")
    d.ent("organization", "National Union of Eritrean Women")
    d.ent("organization", "U.N. Population Fund")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", MOLHW, "Ministry of Labor")
    d.ent("organization", "Children's Affairs Division")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", NCEW, "NCEW")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Textile, Leather, and Shoe Federation")
    # places
    d.ent("place", "Eritrea")
    d.ent("place", "Ethiopia")
    d.ent("place", "Sudan")
    d.ent("place", "Asmara")
    d.ent("place", "Massawa")
    d.ent("place", "Assab")
    d.ent("place", "Wia")
    d.ent("place", "Debub")
    d.ent("place", "Maakel")
    d.ent("place", "Gash Barka")
    # facilities, laws, treaties, reports: not entities of our three types
    d.not_entity("Keren detention facility", "Elitte camp", "Emkala camp",
                 "1951 U.N. Convention Relating to the Status of Refugees",
                 "International Religious Freedom Report", "Minister of Justice",
                 "Minister of Labor", "Attorney General")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- 5: women ---
    d.sec("5")
    d.ev("more than 65 percent of women in the Asmara area were the victims",
         "attack_or_threat", Y)
    d.fig("more than 65 percent of women in the Asmara area were the victims", 65,
          "share of women in the Asmara area victims of domestic violence", "more than",
          unit="percent")
    d.fig("with estimates placing the number of women and girls who have been subjected", 95,
          "share of women and girls subjected to FGM", "up to", unit="percent")
    d.ev("sponsored education programs that discouraged the practice", "other", Y)
    d.ev("sponsored reproductive health projects that provided training and awareness programs",
         "other", Y)
    d.prov("The law requires women between the ages of 18 and 40", "threshold", 18, "age",
           "between the ages of 18 and 40", "national service of women")
    d.ev("there were increased efforts to detain women draft evaders", "detention_or_arrest", Y)
    d.ev("In 2001 the Government transferred most women out of direct combat roles", "other",
         "2001")

    # --- 5: children ---
    d.prov("Education through grade seven was compulsory and free.", "threshold", 7, "grade",
           "through grade seven", "compulsory education")
    d.fig("According to Ministry of Education figures, only 38 percent", 38,
          "share of children attending school", unit="percent", source="Ministry of Education")
    d.fig("Approximately 75 percent of the population was illiterate.", 75,
          "share of the population illiterate", "approximately", unit="percent")
    d.fig("FGM was performed on up to 95 percent of all young girls", 95,
          "share of young girls subjected to FGM", "up to", unit="percent")

    # --- 5: minorities ---
    d.fig("against the Kunama, one of nine ethnic groups", 9, "ethnic groups")
    d.ev("In 2001 there were unconfirmed reports that the Government took land from Kunamas",
         "other", "2001", polarity="alleged")
    d.ev("were resettled on Kunama fields after evicting the native Kunama", "other", Y,
         polarity="alleged")
    d.ev("#### National/Racial/Ethnic Minorities||" + KUNAMA_2000, "detention_or_arrest",
         "2000")

    # --- 6.a ---
    d.sec("6.a")
    d.prov("must grant special approval for groups of 20 or more persons", "threshold", 20,
           "persons", "20 or more persons", "forming a union")
    d.ev("There were no reports that the Government opposed the formation of any labor",
         "other", Y, polarity="negated")
    d.fig("The NCEW represented more than 25,000 workers from 250 unions", 25000,
          "workers represented by the NCEW", "more than")
    d.fig("The NCEW represented more than 25,000 workers from 250 unions", 250,
          "unions in the NCEW")
    d.fig("All five workers' federations within the NCEW", 5, "workers' federations in the NCEW")

    # --- 6.b ---
    d.sec("6.b")
    d.ev("Under the new labor code, which was ratified in November 2001", "law_or_decree",
         "2001-11")
    d.ev("During 2001 the NCEW brought 54 cases to court", "other", "2001")
    d.fig("During 2001 the NCEW brought 54 cases to court", 54, "cases brought to court by the NCEW")
    d.fig("During 2001 the NCEW brought 54 cases to court", 17, "NCEW cases pending")
    d.ev("By August 2001, 20 of the 71 cases were settled", "other", "2001")
    d.fig("By August 2001, 20 of the 71 cases were settled", 20,
          "cases settled by agreement")
    d.fig("By August 2001, 20 of the 71 cases were settled", 71, "NCEW cases")
    d.fig("By August 2001, 20 of the 71 cases were settled", 11,
          "cases settled through the Ministry of Labor")
    d.fig("By August 2001, 20 of the 71 cases were settled", 3, "cases adjudicated")
    d.ev("There were no strikes reported during the year.", "strike", Y, polarity="negated")

    # --- 6.c ---
    d.sec("6.c")
    d.prov("All citizens between the ages of 18 and 40 were required", "threshold", 18, "age",
           "between the ages of 18 and 40", "national service")
    d.ev("In 2001 the Government announced that university students were required", "other",
         "2001")
    d.prov("In 2001 the Government announced that university students were required",
           "requirement", 1, "months", "for 1 month", "summer work program")
    d.ev("This requirement first was imposed on university students in 1999", "other", "1999")
    d.ev("This requirement first was imposed on university students in 1999", "other", "2000")
    d.fig("which are approximately $200-$300 (2,700-4,100 Nakfa) per year", 200,
          "students' yearly academic and living costs", "approximately", unit="USD",
          value_end=300)
    d.fig("which are approximately $200-$300 (2,700-4,100 Nakfa) per year", 2700,
          "students' yearly costs in nakfa", "approximately", unit="ERN", value_end=4100)
    d.fig("The students objected that the Government's payment of approximately $78", 78,
          "government payment for the work program", "approximately", unit="USD")
    d.fig("The students objected that the Government's payment of approximately $78", 1050,
          "government payment in nakfa", "approximately", unit="ERN")
    d.ev("there was no summer work program for university students during the year",
         "other", Y, polarity="negated")

    # --- 6.d ---
    d.sec("6.d")
    d.prov("The legal minimum age for employment is 18 years", "threshold", 18, "age",
           "18 years", "employment")
    d.prov("The legal minimum age for employment is 18 years", "threshold", 14, "age",
           "age 14", "apprentices")
    d.prov("The law prohibits apprentices under 18 years of age", "threshold", 18, "age",
           "under 18 years of age", "dangerous work of apprentices")
    d.fig("According to the Ministry of Education, only 38 percent", 38,
          "share of children attending school", unit="percent", source="Ministry of Education")
    d.ev("there were no reports that the Government inadvertently employed children",
         "other", Y, polarity="negated")

    # --- 6.e ---
    d.sec("6.e")
    d.fig("There were two systems that regulate employment conditions", 2,
          "systems regulating employment conditions")
    d.fig("wages varied from $24 to $288", 24, "civil service monthly wages", unit="USD",
          value_end=288)
    d.fig("wages varied from $24 to $288", 325, "civil service monthly wages in nakfa",
          unit="ERN", value_end=3900)
    d.prov("The standard workweek was 44", "threshold", 44.5, "hours", "44\N{REPLACEMENT CHARACTER} hours",
           "standard workweek")
    d.prov("workers are entitled to 1 day of rest per week", "right", 1, "days",
           "1 day of rest per week", "weekly rest")
    d.fig("workers are entitled to 1 day of rest per week", 1, "days off per week in practice",
          unit="days", value_end=1.5)


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    d.sec("2.a")
    d.ev("particularly since September 2001 when it closed the private press",
         "censorship_or_blocking", "2001-09")
    A = "the Government controlled all nonreligious media, including three newspapers"
    d.fig(A, 3, "government newspapers")
    d.fig(A, 1, "government radio station")
    d.fig(A, 1, "government television station")
    d.fig(A, 1, "government printing press")
    d.fig(A, 2, "newspaper printing presses")
    d.fig("The Government permitted five part-time reporters", 5,
          "part-time reporters for foreign outlets")
    d.ev("In January and February, four journalists were arrested", "detention_or_arrest",
         "2002-01", date_end="2002-02")
    d.fig("In January and February, four journalists were arrested", 4, "journalists arrested")
    d.fig("Three were working for the Arabic section", 3, "journalists of the official media")
    d.ev("an independent newspaper that was closed in 2001", "censorship_or_blocking", "2001")
    d.ev("an independent newspaper that was closed in 2001", "detention_or_arrest", "2002-01",
         date_end="2002-02")
    d.ev("In September 2001, the Government arrested and detained without charge 11",
         "detention_or_arrest", "2001-09")
    d.fig("In September 2001, the Government arrested and detained without charge 11", 11,
          "PFDJ and National Assembly members arrested")
    # t-conv15 settlement does not apply: "then" is a relative time word ("at that time"), and
    # the episode is of an earlier year (the lead, at the merge of t-hfix15a)
    d.ev("Authorities then arrested and detained independent journalists without charge",
         "detention_or_arrest", "2001-09")
    d.ev("it offered no evidence against them and did not charge them formally", "charge", Y,
         polarity="negated")
    d.ev("Subsequently, other persons were arrested arbitrarily", "detention_or_arrest", Y)
    d.ev("The Government defended the arrests as necessary", "other", Y)
    d.ev("In April nine of the reporters arrested in September 2001", "protest", "2002-04")
    d.ev("In April nine of the reporters arrested in September 2001", "detention_or_arrest",
         "2001-09")
    d.fig("In April nine of the reporters arrested in September 2001", 9,
          "reporters on hunger strike")
    d.ev("They subsequently were moved to undisclosed locations", "other", Y)
    d.ev("it was reported that four journalists who have been missing since 1999",
         "report_published", Y)
    d.ev("it was reported that four journalists who have been missing since 1999", "other",
         "1999", date_end="2001")
    d.fig("it was reported that four journalists who have been missing since 1999", 4,
          "missing journalists in government custody")
    d.ev("After the independent press was closed in September 2001", "other", "2001-09")
    d.fig("eight independent newspapers published on a weekly or biweekly basis", 8,
          "independent newspapers before September 2001")
    d.fig("eight independent newspapers published on a weekly or biweekly basis", 45000,
          "circulation of the independent newspapers", "approximately")
    d.ev("In September 2001, the Government closed these publications",
         "censorship_or_blocking", "2001-09")
    d.ev("In September 2001, the Government closed these publications",
         "censorship_or_blocking", Y)
    d.fig("there were four commercial Internet Service Providers", 4,
          "commercial Internet service providers")

    d.sec("2.b")
    d.ev("There were no reports of any political demonstrations", "protest", Y,
         polarity="negated")
    d.ev("Several respected elders who were arrested in 2001", "detention_or_arrest", "2001")
    d.ev("had not been submitted to the provisional National Assembly", "other", Y,
         polarity="negated")

    d.sec("2.c")
    d.fig("except in the cases of the four major religions", 4, "major religions")
    d.ev("In May the Ministry of Information, which oversees religious affairs", "other",
         "2002-05")
    # t-conv15 settlement: later sentence, untied (was 2002-05)
    d.ev("The Government required these churches to register", "other", Y)
    d.ev("By year's end, no churches had been authorized to reopen.", "registration_decision",
         Y, polarity="negated")
    d.fig("The four major religions were not required to register.", 4, "major religions")
    d.fig("Islam and the three major Christian denominations", 3,
          "major Christian denominations")
    d.ev("the Government closed churches of other denominations", "other", Y)
    d.ev("There were no reports that Jehovah's Witnesses who performed national service",
         "other", Y, polarity="negated")
    d.ev("The Government also harassed and monitored some Orthodox churches",
         "attack_or_threat", Y)
    d.fig("At year's end, approximately four Jehovah's Witnesses remained", 4,
          "Jehovah's Witnesses detained", "approximately")
    d.prov("The maximum penalty for refusing to perform national service", "penalty", 3,
           "years", "3 years' imprisonment", "refusing national service")
    d.ev("The army resorted to various forms of extreme physical punishment",
         "torture_or_abuse", Y)
    d.fig("other than the four major ones", 4, "major religious denominations")
    d.ev("refusal to participate in the 1993 independence referendum",
         "election_or_referendum", "1993")
    d.ev("For a more detailed discussion see the 2002 International", "report_published",
         "2002")

    d.sec("2.d")
    d.ev("The Government restricted travel to some areas within the country", "other", Y)
    d.prov("could not prove payment of the 2-percent income tax", "requirement", 2, "percent",
           "2-percent income tax", "tax on citizens abroad")
    d.prov("citizens had to show proof that they paid the 2-percent tax", "requirement", 2,
           "percent", "2-percent tax", "tax on citizens abroad")
    d.ev("the Government annulled or denied exit visas for several citizens", "other", Y)
    d.ev("there were no reports that Ethiopians still in the country", "other", Y,
         polarity="negated")
    d.ev("the Government repatriated approximately 1,500 Ethiopians", "other", Y)
    d.fig("the Government repatriated approximately 1,500 Ethiopians", 1500,
          "Ethiopians repatriated", "approximately")
    d.fig("An estimated 20,000 to 25,000 Ethiopians remained", 20000,
          "Ethiopians remaining in the country", "approximately", value_end=25000)
    d.ev("In 2001 more than 20,000 Ethiopians were repatriated", "other", "2001")
    d.fig("In 2001 more than 20,000 Ethiopians were repatriated", 20000,
          "Ethiopians repatriated in 2001", "more than")
    d.ev("At the end of November, the Ethiopian Government released", "release", "2002-11")
    d.fig("At the end of November, the Ethiopian Government released", 1200,
          "Eritrean POWs released by Ethiopia", "more than")
    d.fig("Approximately 1.1 million citizens were displaced internally", 1_100_000,
          "citizens displaced internally", "approximately")
    d.fig("approximately 67,000 IDPs remained in 11 camps", 67000, "IDPs in camps",
          "approximately")
    d.fig("approximately 67,000 IDPs remained in 11 camps", 11, "IDP camps")
    d.ev("The Government provided first asylum to Somali and Sudanese refugees",
         "asylum_or_citizenship_decision", Y)
    d.fig("There were 498 Sudanese refugees at the Elitte camp", 498,
          "Sudanese refugees at Elitte")
    d.fig("There were 498 Sudanese refugees at the Elitte camp", 2560,
          "Somali refugees at Emkala")
    d.fig("There also were 5,000 to 7,000 Beja Sudanese refugees", 5000,
          "Beja Sudanese refugees", value_end=7000)
    d.ev("UNHCR reported that approximately 20,000 Eritrean refugees were repatriated",
         "other", Y, source="UNHCR")
    d.fig("UNHCR reported that approximately 20,000 Eritrean refugees were repatriated", 20000,
          "Eritrean refugees repatriated from Sudan", "approximately", source="UNHCR")
    d.ev("Since July 2000, when repatriations began, the total was 74,000.", "other",
         "2000-07")
    d.fig("Since July 2000, when repatriations began, the total was 74,000.", 74000,
          "refugees repatriated since July 2000")
    d.ev("19,000 of the more than 60,000 refugees remaining in Sudan", "other", Y)
    d.fig("19,000 of the more than 60,000 refugees remaining in Sudan", 19000,
          "refugees registered for repatriation")
    d.fig("19,000 of the more than 60,000 refugees remaining in Sudan", 60000,
          "refugees remaining in Sudan", "more than")
    d.ev("There were no reports of the forced return of persons", "other", Y,
         polarity="negated")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    d.sec("3")
    d.ev("which came to power in the 1993 popular referendum", "election_or_referendum",
         "1993")
    d.fig("which came to power in the 1993 popular referendum", 99,
          "share of voters for independence", "more than", unit="percent")
    d.ev("National elections, originally scheduled for 1997, never were held.",
         "election_or_referendum", "1997", polarity="negated")
    d.ev("In 2001 two committees developed guidelines and rules for new elections", "other",
         "2001")
    d.ev("In 2001 two committees developed guidelines and rules for new elections",
         "law_or_decree", Y, polarity="negated")
    d.fig("In 2001 two committees developed guidelines and rules for new elections", 2,
          "committees")
    d.ev("National Assembly elections scheduled for December 2001, did not take place.",
         "election_or_referendum", "2001-12", polarity="negated")
    d.ev("In February another electoral commission was established", "other", "2002-02")
    d.ev("In February another electoral commission was established", "other", Y,
         polarity="negated")
    d.ev("village-level elections were held in the rural parts of Debub",
         "election_or_referendum", Y)
    B = "the PFDJ named 3 women to the party's 19-member Executive Council"
    d.ev(B, "other", "1994")
    d.fig(B, 3, "women on the PFDJ Executive Council")
    d.fig(B, 19, "members of the PFDJ Executive Council")
    d.fig(B, 11, "women on the PFDJ Central Council")
    d.fig(B, 75, "members of the PFDJ Central Council")
    d.fig("occupying almost half of the positions on the 50-person committee", 0.5,
          "share of women on the Constitutional Commission", "approximately")
    d.fig("occupying almost half of the positions on the 50-person committee", 50,
          "members of the Constitutional Commission")
    d.prov("By law, one-third of regional National Assembly seats are reserved", "threshold",
           1 / 3, "share", "one-third", "National Assembly seats reserved for women")

    d.sec("4")
    d.fig("there were 31 international and 16 domestic NGOs", 31, "international NGOs")
    d.fig("there were 31 international and 16 domestic NGOs", 16, "domestic NGOs")
    d.fig("Only one domestic human rights organization", 1, "domestic human rights organization")
    d.fig("the four main religious groups (Orthodox, Catholic", 4, "main religious groups")
    d.fig("provided shelter and supplemental food to approximately 100,000 persons", 100000,
          "displaced persons given shelter and food by the ICRC", "approximately")
    d.ev("The ICRC also visited prisons and detention centers", "other", Y)


# =========================================================================================
# Executive summary (title lines and the introduction)
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    d.sec("exec")
    d.ev("Eritrea is a one-party state that became independent in 1993", "other", "1993")
    d.ev("has controlled the country since it defeated Ethiopian armed forces in 1991",
         "other", "1991")
    d.ev("redefined itself as a political party in 1994", "other", "1994")
    d.ev("Elections, which were first postponed 1997, were postponed again", "other", "1997")
    d.ev("Elections, which were first postponed 1997, were postponed again", "other",
         "2001-12")
    d.ev("The Government created an electoral commission that was charged", "other", Y)
    d.ev("The Constitution, ratified in 1997, provides for democratic freedom", "law_or_decree",
         "1997")
    d.ev("In 1998 fighting broke out between the armed forces and Ethiopian militia",
         "attack_or_threat", "1998")
    d.ev("The Government responded to the escalating military conflict", "other", "1998")
    d.fig("The Government responded to the escalating military conflict", 300000,
          "soldiers in the armed forces", "approximately")
    d.ev("has mounted attacks in the north and west since 1993", "attack_or_threat", "1993")
    d.ev("Some members of the security forces committed serious human rights abuses.",
         "torture_or_abuse", Y)
    C = "more than 70 percent of the population of 3.6 million"
    d.fig(C, 70, "share of the population in farming and herding", "more than", unit="percent")
    d.fig(C, 3_600_000, "population")
    E = "The economy recovered somewhat from the severe disruption inflicted in 2000"
    d.ev(E, "other", "2000")
    d.fig(E, 1_000_000, "persons dislocated by the conflict", "more than")
    d.fig(E, 4, "rise in inflation", "approximately", unit="times")
    d.fig(E, 50, "share of food requirements from donations", "up to", unit="percent")
    F = "inflation fell to approximately 9 percent from 15 percent in 2001"
    d.fig(F, 9, "inflation", "approximately", unit="percent")
    d.fig(F, 15, "inflation in 2001", unit="percent")
    d.fig(F, 9, "economic growth", unit="percent")
    d.fig(F, 7, "economic growth in 2001", unit="percent")
    G = "The continued integration of as many as 75,000 Eritreans"
    d.fig(G, 75000, "deportees from Ethiopia", "up to")
    d.fig(G, 52000, "long-term Eritrean refugees from Sudan")
    d.fig("estimated at approximately $300 million per year", 300_000_000,
          "remittances per year", "approximately", unit="USD")
    H = "The country had an annual per capita income of less than $200"
    d.fig(H, 200, "annual per capita income", "fewer than", unit="USD")
    d.fig(H, 1 / 3, "share of the population on emergency assistance", "approximately")
    d.ev("and police severely mistreated army deserters and draft evaders",
         "torture_or_abuse", Y)
    d.ev("almost all Ethiopian civilians were released from detention by year's end",
         "release", Y)
    d.ev("an unknown number of persons were detained without charge, some incommunicado",
         "detention_or_arrest", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    d.sec("1.a")
    d.ev("There were reports of resistance, especially by parents of draft-age girls",
         "killing", Y, polarity="alleged")
    d.ev("No action was taken in the 2001 cases in which two students died", "charge", Y,
         polarity="negated")
    d.ev("No action was taken in the 2001 cases in which two students died",
         "death_in_custody", "2001")
    d.fig("No action was taken in the 2001 cases in which two students died", 2,
          "students who died in the 2001 work program")
    d.ev("the university summer program did not take place during the year", "other", Y,
         polarity="negated")
    d.ev("There were reports that at least one POW died of disease", "death_in_custody", Y,
         polarity="alleged")
    d.fig("There were reports that at least one POW died of disease", 1, "POW deaths",
          "at least")
    d.fig("there were an estimated 3 million landmines", 3_000_000,
          "landmines and unexploded ordnance", "approximately",
          source="Government Commission for Coordination with the U.N. Peacekeeping Mission")
    d.fig("there were an estimated 3 million landmines", 500000,
          "landmines from the war for independence", value_end=1_000_000)
    d.ev("The EIJ or others laid some new mines.", "attack_or_threat", Y)
    L = "The U.N. reported 48 deaths from landmine incidents between January and September"
    d.ev(L, "killing", "2002-01", date_end="2002-09", source="U.N.")
    d.ev(L, "killing", "2001", source="U.N.")
    d.ev(L, "killing", "2000", source="U.N.")
    d.ev(L, "killing", "1999", source="U.N.")
    d.fig(L, 48, "landmine deaths January to September", source="U.N.")
    d.fig(L, 63, "landmine deaths in 2001", source="U.N.")
    d.fig(L, 142, "landmine deaths in 2000", source="U.N.")
    d.fig(L, 350, "landmine deaths in 1999", "more than", source="U.N.")
    W = "against the camp guards who killed approximately 30 Ethiopian detainees"
    d.ev(W, "charge", Y, polarity="negated")
    d.ev(W, "killing", "2000", place="Wia")
    d.fig(W, 30, "Ethiopian detainees killed at Wia", "approximately")
    d.ev("In 2000 the Government deported thousands of Ethiopians to Ethiopia", "other",
         "2000")
    d.ev("A few deportees reportedly disappeared and were believed to have died.", "other",
         "2000", polarity="alleged")
    d.ev("After the end of the war with Ethiopia in August 2000", "other", "2000-08")

    d.sec("1.b")
    d.ev("There were unconfirmed reports of politically motivated disappearances.", "other", Y,
         polarity="alleged")
    d.ev("journalists who had been missing reportedly were in government custody",
         "report_published", Y)
    N = "There were no developments in the August 2001 disappearance of four ethnic Kunama"
    d.ev(N, "other", "2001-08")
    d.ev(N, "detention_or_arrest", "2001-09")
    d.fig(N, 4, "Kunama disappeared")
    d.fig(N, 11, "PFDJ and National Assembly members arrested")

    d.sec("1.c")
    d.ev("During the year, the police severely mistreated and beat army deserters",
         "torture_or_abuse", Y)
    d.ev("The police subjected deserters and draft evaders to various military",
         "torture_or_abuse", Y)
    d.fig("The police subjected deserters and draft evaders to various military", 113,
          "temperatures of sun exposure", "up to", unit="degrees Fahrenheit")
    d.ev("there were no reports that students were hospitalized", "other", Y,
         polarity="negated")
    d.ev("there were dozens of reported injuries from landmines", "attack_or_threat", Y)
    K = "against the guard at the Keren detention facility"
    d.ev(K, "charge", Y, polarity="negated")
    d.ev(K, "torture_or_abuse", "2000")
    d.ev("In 2000 the Government deported to Ethiopia thousands of Ethiopians", "other",
         "2000")
    d.ev("Some reportedly disappeared or died.", "other", "2000", polarity="alleged")
    d.ev("The deportations stopped in August 2000", "other", "2000-08")
    d.ev("In 2000 there were some instances in which private Eritrean individuals",
         "attack_or_threat", "2000")
    d.ev("abuse of Ethiopians by individuals was not systematic", "attack_or_threat", Y)
    d.fig("The Government permitted three visits per week by family members.", 3,
          "family visits per week")
    d.ev("There were no confirmed reports that any prisoners died", "death_in_custody", Y,
         polarity="negated")
    d.ev("the Government returned 303 Ethiopian POW", "release", Y)
    d.fig("the Government returned 303 Ethiopian POW", 303, "Ethiopian POWs returned")
    d.ev("On August 29, the Government handed over the last group", "release", "2002-08-29")
    d.ev("at least one POW died of illness during the year", "death_in_custody", Y)
    d.fig("at least one POW died of illness during the year", 1, "POW deaths", "at least")
    S = "could have been released in previous years"
    d.ev(S, "report_published", Y)
    d.ev(S, "detention_or_arrest", "1994")
    d.fig(S, 14, "Sudanese prisoners arrested in 1994")
    d.ev("No further action was likely to be taken in this 1994 case", "detention_or_arrest",
         "1994")

    d.sec("1.d")
    d.prov("detainees may be held for a maximum of 30 days", "time_limit", 30, "days",
           "a maximum of 30 days", "detention without charge")
    d.ev("human rights observers documented at least six examples of arbitrary arrest",
         "detention_or_arrest", Y, source="human rights observers")
    d.fig("human rights observers documented at least six examples of arbitrary arrest", 6,
          "arbitrary arrests documented", "at least")
    d.fig("At least four of these detainees, in addition to many", 4,
          "detainees held without charge", "at least")
    d.ev("There also were unconfirmed reports of other arrests during the year.",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("During the year, the Government deployed military police throughout the country",
         "other", Y)
    d.ev("The military police detained persons who had not completed", "detention_or_arrest",
         Y)
    d.ev("In some instances, authorities arrested and detained for several hours",
         "detention_or_arrest", Y)
    d.ev("In 2000 authorities detained two journalists", "detention_or_arrest", "2000")
    d.fig("In 2000 authorities detained two journalists", 2, "journalists detained in 2000")
    d.fig("Approximately four Jehovah's Witnesses remained in detention", 4,
          "Jehovah's Witnesses detained", "approximately")
    d.ev("In July 2001, the Government arrested the president", "detention_or_arrest",
         "2001-07")
    d.ev("In July 2001, the Government arrested the president", "other", "2001-08")
    d.ev("The summer work program for university students was not held", "other", Y,
         polarity="negated")
    d.ev("The summer work program for university students was not held", "death_in_custody",
         "2001")
    d.fig("The summer work program for university students was not held", 2,
          "students who died in the 2001 program")
    T = "may have been released in previous years"
    d.ev(T, "report_published", Y)
    d.ev(T, "detention_or_arrest", "1994")
    d.fig(T, 14, "Sudanese prisoners arrested in 1994")
    d.fig("It was estimated that a total of 80 political dissidents", 80,
          "political dissidents detained", "approximately")
    P = "There were no developments in the following 2001 cases"
    d.ev(P, "detention_or_arrest", "2001-09")
    d.ev(P, "detention_or_arrest", "2001-09")
    d.ev(P, "detention_or_arrest", "2001-09", date_end="2001-10")
    d.ev(P, "detention_or_arrest", "2001-10")
    d.fig(P, 10, "journalists and editors arrested", "approximately")
    d.fig(P, 11, "PFDJ and National Assembly members arrested")
    d.fig(P, 2, "embassy employees arrested")
    Q = "In addition to the arrests in September 2001, the Government arrested"
    d.ev(Q, "detention_or_arrest", "2001-09")
    d.ev(Q, "detention_or_arrest", Y)
    R = "There were no developments in the 2000 arrest of a journalist"
    d.ev(R, "detention_or_arrest", "2000")
    d.ev(R, "detention_or_arrest", "2000")
    d.ev("#### d. Arbitrary Arrest, Detention, or Exile||" + KUNAMA_2000, "detention_or_arrest",
         "2000")
    d.ev("In May 122 Ethiopian civilians who had been detained in Massawa", "release",
         "2002-05")
    d.fig("In May 122 Ethiopian civilians who had been detained in Massawa", 122,
          "Ethiopian civilians repatriated")
    d.ev("By December 2001, the Government had repatriated more than 21,000", "other", "2001")
    d.fig("By December 2001, the Government had repatriated more than 21,000", 21000,
          "Ethiopians repatriated by December 2001", "more than")

    d.sec("1.e")
    d.ev("In August 2001, the Minister of Justice fired the president", "dismissal", "2001-08")
    d.fig("The judicial system had three parts", 3, "parts of the judicial system")
    d.ev("although ratification had not occurred by year's end", "law_or_decree", Y,
         polarity="negated")
    d.ev("A new civil code was drafted during 2001", "other", "2001")
    d.ev("A new civil code was drafted during 2001", "law_or_decree", Y, polarity="negated")
    d.fig("on the High Court, panels of three judges heard cases", 3,
          "judges on a High Court panel")
    d.prov("accused of serious crimes punishable by more than 10 years in prison", "threshold",
           10, "years", "more than 10 years in prison", "free counsel for serious crimes")
    d.fig("the High Court president and four other judges", 4,
          "other judges on the appeal panel")
    d.ev("The Ministry of Justice also offered training in alternative dispute", "other", Y)
    V = "The High Court was reduced from 7 benches to 3 benches"
    d.fig(V, 7, "High Court benches before")
    d.fig(V, 3, "High Court benches after")
    d.fig(V, 40, "reduction of court personnel", unit="percent")
    d.ev("however, there were numerous reports of persons detained for political reasons",
         "detention_or_arrest", Y, polarity="alleged")

    d.sec("1.f")
    d.ev("there were reports that the Government monitored telephone calls and e-mail",
         "surveillance", Y, polarity="alleged")
    d.ev("members of the PFDJ placed Ethiopians under surveillance", "surveillance", Y,
         polarity="alleged")
    d.ev("During the year, military police were deployed throughout the country", "other", Y)
    d.ev("the Government took land from members of the Kunama ethnic group", "other", Y,
         polarity="alleged")
    d.ev("In 2000 the Government closed Ethiopian-owned businesses", "other", "2000")
    d.ev("These hardships encouraged many Ethiopians to leave the country during 2001",
         "other", "2001")


GROUPS = {"exec": executive_summary, "1": section_1, "2": section_2, "3-4": sections_3_4,
          "5-7": sections_5_7}


class EritreaDoc(PageDoc):
    """``PageDoc`` whose entities met only in groups not yet annotated are left out until
    their group is done (the report's entities are listed once, in ``entities``)."""

    def mentions(self) -> None:
        if len(DONE) == len(ALL_PARTS):
            return super().mentions()
        super(RangedDoc, self).mentions()  # every mention in the text
        for ent in self.entities:
            ent["mentions"] = [m for m in ent["mentions"] if self.inside(m[0])]
        self.entities = [ent for ent in self.entities if ent["mentions"]]


def eritrea() -> PageDoc:
    d = EritreaDoc("2002_eritrea", FILE, 2002, {g: ALL_PARTS[g] for g in DONE})
    entities(d)
    for group in DONE:
        GROUPS[group](d)
    return d


DOCS = {"2002_eritrea": eritrea}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
