"""Build the hand-made DEV gold file for Bulgaria 2018 (a page of the public collection).

``2018_bulgaria.jsonl`` annotates ``html/2018/bulgaria.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/bulgaria.html`` by ``scripts/collection.sh``: the
2018 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_lithuania2019.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_bulgaria2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_bulgaria2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_bulgaria.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2018/bulgaria.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

BG = "Bulgaria"
BHC = "Bulgarian Helsinki Committee"
MOI = "Ministry of Interior"
CPT = "Committee for the Prevention of Torture"
SANS = "State Agency for National Security"
EC = "European Commission"
SJC = "Supreme Judicial Council"
CPD = "Commission for Protection against Discrimination"
ECHR = "European Court of Human Rights"
SHALOM = "Organization of Bulgarian Jews, Shalom"
TREATIES = ("European Convention on Human Rights",
            "Optional Protocol to the Convention against Torture",
            "Convention against Torture and Other Cruel, Inhuman, or Degrading Treatment")


def pen(d: CollectionDevDoc, kind: str, value: float | None, unit: str | None, text: str) -> None:
    """The penalty a court imposed, on the event just recorded."""
    d.records[-1]["penalty"] = {"kind": kind, "value": value, "unit": unit, "text": text}


def dur(d: CollectionDevDoc, value: float | None, unit: str | None, text: str) -> None:
    """How long the detention or restriction of the event just recorded lasted."""
    d.records[-1]["duration"] = {"value": value, "unit": unit, "text": text}


def bulgaria(d: CollectionDevDoc) -> None:
    d.ent("place", BG)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    bulgaria(d)
    d.ent("organization", "Central Election Commission")
    d.ev("National assembly elections were held in March 2017, and the Central",
         "election_or_referendum", "2017-03")
    # an observers' verdict is dated by the election it judges
    d.ev("International observers considered the elections generally free and fair",
         "other", "2017-03", source="international observers")
    d.ev("Human rights issues included physical mistreatment of detainees and convicts",
         "torture_or_abuse", Y)
    d.ev("Authorities took steps to prosecute and punish officials who committed", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    bulgaria(d)
    d.ent("organization", BHC)
    d.ent("organization", MOI, "Interior Ministry")
    d.ent("organization", "Council of Europe")
    d.ent("organization", CPT, "CPT")
    d.ent("organization", "Bulgarian Prisoner Association")
    d.ent("organization", "Committee against Torture")
    d.ent("organization", "UN Office of the High Commissioner for Human Rights")
    d.ent("organization", "Office of Ombudsman")
    d.ent("place", "Sliven")
    d.ent("place", "Sofia")
    d.ent("place", "Vratsa")
    d.ent("place", "Boychinovtsi")
    d.not_entity("Sofia prison", *TREATIES)
    d.ev("but there were reports of government officials employing degrading treatment",
         "torture_or_abuse", Y, polarity="alleged")
    B = "A 2017 analysis by the nongovernmental organization (NGO) Bulgarian Helsinki"
    d.ev(B, "report_published", "2017", source=BHC)
    d.fig(B, 40, "jail population complaining of injuries and illegal arrests", "more than",
          unit="percent", source=BHC)
    d.fig(B, 16, "jail population alleging forced interrogations", unit="percent", source=BHC)
    d.ev("There were reports that police physically mistreated migrants and asylum",
         "torture_or_abuse", Y, polarity="alleged")
    B = "In the report published on May 4 following its visit in 2017"
    d.ev(B, "report_published", "2018-05-04", source=CPT)
    d.ev(B, "other", "2017", source=CPT)
    d.ev("The government ombudsman reported cases of police and prison authorities",
         "torture_or_abuse", Y, source="ombudsman")
    # the recommendation cited in a noun phrase with its years
    d.ev("In a report to the justice minister, the ombudsman criticized", "other", "2016",
         date_end="2017", source="ombudsman")
    B = "detention center authorities handcuffed more than 300 detainees during their"
    d.ev(B, "torture_or_abuse", Y, source="ombudsman")
    d.fig(B, 300, "detainees handcuffed during their daily walks", "more than",
          source="ombudsman")
    d.ev("Human rights activists accused the prison administration of suppressing",
         "other", Y, polarity="alleged", source="human rights activists")
    d.ev("Authorities investigated allegations of mistreatment.", "investigation", Y)
    B = "The prison administration dismissed nearly half of the received complaints"
    d.ev(B, "other", Y)
    d.fig(B, 0.5, "complaints dismissed as groundless", "approximately")
    d.fig(B, 12, "complaints acted on", unit="percent")
    d.ev("Committee against Torture’s sixth periodic report (issued in December 2017)",
         "report_published", "2017-12", source="Committee against Torture")
    B = "As of September the government refurbished the prison facility in Vratsa"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2018-08")

    d.sec("1.d")
    d.ent("organization", MOI, "Interior Ministry")
    d.ent("organization", SANS)
    d.ent("organization", "Prime Minister’s Office")
    d.ent("organization", "State Intelligence Agency")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "Military Information Service")
    d.ent("organization", "National Protective Service")
    d.ent("organization", BHC)
    d.ent("organization", "Varna Regional Court")
    d.ent("person", "Desislava Ivancheva", "Ivancheva")
    d.ent("person", "Bilyana Petrova", "Petrova")
    d.ent("person", "Rosen Markov", "Markov")
    d.ent("place", "Sofia")
    d.ent("place", "Mladost")
    d.ent("place", "Radomir")
    B = "Police may hold a detainee for 24 hours without charge"
    d.prov(B, "time_limit", 24, "hours", "for 24 hours", "detention without charge")
    d.prov(B, "time_limit", 72, "hours", "an additional 72 hours", "detention authorized by a prosecutor")
    d.prov("A court must approve detention longer than 72 hours.", "time_limit", 72, "hours",
           "longer than 72 hours", "detention without court approval")
    B = "The law prohibits holding detainees in custody without indictment for more"
    d.prov(B, "time_limit", 2, "months", "more than two months", "detention without indictment for misdemeanors")
    d.prov(B, "time_limit", 8, "months", "for eight months", "detention without indictment for felonies")
    d.prov(B, "threshold", 15, "years", "at least 15 years’ imprisonment", "crimes allowing longer detention")
    d.prov(B, "time_limit", 18, "months", "up to 18 months", "detention without indictment for grave crimes")
    B = "in 2017 through mid-January the Interior Ministry conducted 90 internal"
    d.ev(B, "investigation", "2017", date_end="2018-01", source="official information")
    d.fig(B, 90, "internal police investigations of illegal arrests and brutality")
    d.fig(B, 3, "police officers fired")
    d.fig(B, 15, "officers censured")
    d.fig(B, 10, "officers reprimanded")
    d.fig(B, 7, "officers with a promotion freeze")
    B = "internal regulations instruct that detainees have access to legal counsel"
    d.prov(B, "time_limit", 2, "hours", "no later than two hours after detention", "access to counsel")
    d.prov(B, "time_limit", 30, "minutes", "within 30 minutes", "lawyer's access to the detainee")
    B = "In April anticorruption authorities arrested Sofia’s Mladost district mayor"
    d.ev(B, "detention_or_arrest", "2018-04")
    dur(d, 4, "hours", "for four hours")
    d.ev("The Bulgarian Helsinki Committee questioned the legality of the arrest.", "other", Y,
         source=BHC)
    d.ev("Media coverage of the case in August showed Ivancheva", "report_published",
         "2018-08", source="media")
    d.ev("The Bulgarian Helsinki Committee and the ombudsman further criticized", "other", Y,
         source=BHC)
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of arbitrary detention.", "detention_or_arrest", Y,
         polarity="alleged")
    B = "In September police handcuffed two investigative reporters and their lawyer"
    d.ev(B, "detention_or_arrest", "2018-09", place="Radomir")
    dur(d, 7, "hours", "for nearly seven hours")
    d.fig(B, 2, "investigative reporters detained")
    d.ev("In February 2017 police arrested Rosen Markov", "detention_or_arrest", "2017-02")
    B = "In January the Varna Regional Court awarded Markov 0.67 levs"
    d.ev(B, "other", "2018-01")
    d.fig(B, 0.67, "damages awarded to Markov", unit="BGN")
    d.fig(B, 1.15, "damages awarded to Markov", unit="USD")

    d.sec("1.e")
    d.ent("organization", EC)
    d.ent("organization", SJC)
    d.ent("organization", CPD)
    d.ent("organization", ECHR)
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Naval Academy")
    d.ent("organization", SHALOM, "Organization of Bulgarian Jews", "Shalom")
    d.ent("place", "Varna")
    d.not_entity(*TREATIES)
    d.ev("In its November cooperation and verification mechanism report", "report_published",
         "2018-11", source=EC)
    d.prov("A defense attorney is mandatory if the alleged crime carries", "threshold", 10,
           "years", "10 or more years in prison", "mandatory defense attorney")
    d.ev("The Ministry of Defense refused to restore to the Jewish community", "other", Y)

    d.sec("1.f")
    d.ent("organization", "National Revenue Agency")
    d.ent("organization", SANS)
    d.ent("organization", "National Bureau for Oversight of Specialized Investigative Techniques")
    # t-conv18 settlement (S6a): the undated act under a dated reporting verb takes its date (was report_published)
    d.ev("In June the parliamentary committee overseeing the work of security services",
         "surveillance", "2018-06", source="parliamentary committee")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    bulgaria(d)
    d.ent("organization", "International Research and Exchanges Board", "IREX")
    d.ent("organization", "Smolyan Administrative Court")
    d.ent("organization", "Otzvuk")
    d.ent("organization", "Pro Veritas", "Pro Veritasonline")
    d.ent("organization", "Reporters without Borders", "RSF")
    d.ent("organization", "Association of European Journalists")
    d.ent("organization", "Nova TV")
    d.ent("organization", "Telegraf")
    d.ent("organization", "Monitor")
    d.ent("organization", "bTV")
    d.ent("organization", "Burgas Regional Court")
    d.ent("organization", "BurgasInfo")
    d.ent("organization", "BurgasNews")
    d.ent("organization", "Blagoevgrad Regional Court")
    d.ent("organization", "Blagoevgrad News")
    d.ent("organization", "Facebook")
    d.ent("organization", "International Telecommunication Union")
    d.ent("person", "Zarko Marinov")
    d.ent("person", "Hristo Geshov", "Geshov")
    d.ent("person", "Ivo Nikodimov")
    d.ent("person", "Milen Tsvetkov", "Tsvetkov")
    d.ent("person", "Svetoslav Ivanov", "Ivanov")
    d.ent("person", "Delyan Peevski", "Peevski")
    d.ent("person", "Petar Nizamov", "Nizamov")
    d.ent("person", "Andon Todorov")
    d.ent("person", "Marieta Dimitrova")
    d.ent("person", "Olena Kotseva", "Kotseva")
    d.ent("person", "Kiril")
    d.ent("person", "Valentin Radev")
    d.ent("place", "Smolyan")
    d.ent("place", "Cherven Bryag")
    d.ent("place", "Radomir")
    d.ent("place", "Burgas")
    d.ent("place", "Turkey")
    d.not_entity("Media Sustainability Index", "World Press Freedom Index")
    d.ev("The International Research and Exchanges Board’s (IREX) 2018 Media",
         "report_published", Y, source="IREX")
    d.prov("The law provides for one to four years’ imprisonment for incitement",
           "penalty", 1, "years", "one to four years’ imprisonment", "incitement to hate speech",
           value_end=4)
    d.ev("In April the Smolyan Administrative Court invalidated the Smolyan mayor’s",
         "other", "2018-04")
    d.ev("According to the Reporters without Borders’ (RSF) July report", "report_published",
         "2018-07", source="RSF")
    d.ev("RSF’s 2018 World Press Freedom Index reported widespread", "report_published", Y,
         source="RSF")
    B = "In May investigative journalist Hristo Geshov, who reported on local corruption"
    d.ev(B, "attack_or_threat", "2018-05", place="Cherven Bryag")
    d.ev("Geshov told media that he had received threats", "attack_or_threat", Y,
         source="Geshov")
    d.ev("As of November there were no arrests.", "detention_or_arrest", Y, polarity="negated")
    B = "Also as of November, authorities had not identified the three attackers"
    d.ev(B, "investigation", Y, polarity="negated")
    d.ev(B, "attack_or_threat", "2017-07")
    d.fig(B, 3, "attackers of Ivo Nikodimov")
    B = "On September 13, police handcuffed two investigative reporters and their lawyer"
    d.ev(B, "detention_or_arrest", "2018-09-13", place="Radomir")
    dur(d, 7, "hours", "for nearly seven hours")
    d.fig(B, 2, "investigative reporters detained")
    d.ev("The ombudsman, the Association of European Journalists, and others criticized",
         "other", Y, source="Association of European Journalists")
    d.ev("In June, Nova TV did not broadcast the prerecorded episode", "censorship_or_blocking",
         "2018-06")
    d.ev("The prime minister denied any involvement, suggesting it was a case", "other", Y,
         source="prime minister")
    d.ev("Nova TV did not renew Tsvetkov’s contract for the talk show", "other", Y)
    d.ev("In July the Association of European Journalists protested against an article",
         "other", "2018-07", source="Association of European Journalists")
    B = "Libel is illegal and punishable by a fine of 3,000 to 15,000 levs"
    d.prov(B, "penalty", 3000, "BGN", "a fine of 3,000 to 15,000 levs", "libel",
           value_end=15000)
    d.prov(B, "penalty", 1700, "USD", "$1,700 to $8,550", "libel", value_end=8550)
    d.fig("prompted approximately 200 defamation cases per year brought by politicians", 200,
          "defamation cases a year against journalists", "approximately", source="NGOs")
    B = "In January journalists in Burgas protested against two decisions of Burgas"
    d.ev(B, "protest", "2018-01", place="Burgas")
    d.fig(B, 2, "decisions of the Burgas Regional Court")
    d.fig(B, 2500, "fine on each online news provider", unit="BGN")
    d.fig(B, 1425, "fine on each online news provider", unit="USD")
    d.ev("had sued the websites for their 2012 reposting", "other", "2012")
    d.ev("In July the Blagoevgrad Regional Court ruled against local municipal councilor",
         "acquittal", "2018-07")
    d.ev("The court dismissed the defamation claim, saying the councilor had failed",
         "acquittal", "2018-07")
    # t-conv16 settlement: a negated act on access to the internet is a practice on a class, no event (removed
    # negated censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)
    d.ev("the government exceeded its legal authority in monitoring private online",
         "surveillance", Y, polarity="alleged")
    d.ev("In March police interrogated Olena Kotseva, a citizen of Ukrainian origin",
         "investigation", "2018-03")
    d.ev("Police interrogated her about her online behavior, alleged that her comments",
         "investigation", "2018-03")
    # t-conv15 settlement: same person, a step of its own (was 2018-03)
    d.ev("Police gave Kotseva a notice instructing her", "other", Y)
    B = "Law enforcement officers interrogated more than 25 individuals for expressing"
    d.ev(B, "investigation", Y)
    d.fig(B, 25, "individuals interrogated over opinions of the Russian patriarch",
          "more than")
    d.fig("63 percent of individuals used the internet in 2017.", 63,
          "individuals using the internet in 2017", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: "There were no <restriction>" without a frame of the year is a state, no event (removed
    # negated censorship_or_blocking; EVALUATION.md, Settled 2026-12-13)

    d.sec("2.b")
    d.ent("organization", "OMO Ilinden")
    d.ent("organization", ECHR)
    B = "Authorities continued to deny registration of the Macedonian activist group"
    d.ev(B, "other", "2018-01", source=ECHR)
    d.fig(B, 10, "earlier ECHR decisions on OMO Ilinden")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    bulgaria(d)
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", "Sofia City Court")
    d.ent("organization", "Burgas District Court")
    d.ent("organization", "State Agency for Refugees")
    d.ent("organization", CPD)
    d.ent("organization", "Amnesty International")
    d.ent("organization", "EU")
    d.ent("organization", "Council of the European Union")
    d.ent("person", "Yordan Partalin")
    d.ent("person", "Robert Ganev")
    d.ent("person", "Petar Nizamov", "Nizamov")
    d.ent("place", "Italy")
    d.ent("place", "Sofia")
    d.ent("place", "Elin Pelin")
    d.ent("place", "Syria")
    d.ent("place", "Greece")
    B = "In March two men beat three Eritrean refugees recently relocated from Italy."
    d.ev(B, "attack_or_threat", "2018-03")
    d.fig(B, 2, "men who beat the Eritrean refugees")
    d.fig(B, 3, "Eritrean refugees beaten")
    B = "One of the victims suffered serious injuries and received medical assistance."
    d.ev(B, "attack_or_threat", "2018-03")
    d.fig(B, 1, "victim seriously injured")
    d.ev("The Eritrean refugees left the country, and the government dropped the case.",
         "other", Y)
    B = "In August the Sofia City Court sentenced Yordan Partalin and Robert Ganev"
    d.ev(B, "conviction_or_sentence", "2018-08")
    pen(d, "prison", 10, "years", "10 years in prison each")
    d.ev(B, "attack_or_threat", "2015")
    d.ev("but those charges were dropped during the trial", "other", Y)
    B = "In August the Burgas District Court stated there was not enough evidence"
    d.ev(B, "acquittal", "2018-08")
    d.fig(B, 3, "Afghan migrants allegedly held by Nizamov")
    B = "Nizamov had been prosecuted based on a 2016 video showing him"
    d.ev(B, "other", "2016")
    d.fig(B, 3, "migrants in the 2016 video")
    d.ev("On several occasions mayors refused to register refugees with recognized",
         "other", Y)
    B = "As of mid-December only three Syrian families totaling 21 persons"
    d.ev(B, "other", Y)
    d.fig(B, 3, "Syrian refugee families with integration agreements in Sofia")
    d.fig(B, 21, "persons in the families with integration agreements")
    B = "In February the Commission for Protection against Discrimination imposed a fine"
    d.ev(B, "other", "2018-02", source=CPD)
    d.ev(B, "other", "2017-02")
    d.ev("The mayor said that “Muslims from Syria are not welcome”", "other", "2017-02")
    d.ev("According to Amnesty International’s 2017-18 report released in February",
         "report_published", "2018-02", source="Amnesty International")
    d.ev("On July 20, the national assembly barred the government from signing",
         "law_or_decree", "2018-07-20")
    B = "As of April the country accepted 60 refugees relocated from Greece and Italy."
    d.ev(B, "asylum_or_citizenship_decision", Y)
    d.fig(B, 60, "refugees accepted by relocation")
    B = "As of November, the government provided humanitarian protection to approximately"
    d.ev(B, "asylum_or_citizenship_decision", Y)
    d.fig(B, 370, "persons given humanitarian protection", "approximately")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Transparency International Bulgaria")
    d.ent("organization", "Office for Democratic Institutions and Human Rights", "ODIHR")
    d.ent("organization", "Organization for Security and Cooperation in Europe")
    d.ent("organization", "Movement for Rights and Freedoms")
    d.ent("organization", CPD)
    d.ent("person", "Ilia Iliev", "Iliev")
    d.ent("person", "Petar Paunov")
    d.ent("place", "Yambol")
    d.ent("place", "Kyustendil")
    d.ent("place", "Iztok")
    d.ev("There were no reports of major irregularities during the snap general elections",
         "election_or_referendum", "2017-03")
    # the observers' verdict, undated, is dated by the election it judges (March 2017)
    d.ev("The final report of the election observation mission of the Office", "other",
         "2017-03", source="ODIHR")
    d.ev("The report also observed, “some parties used inflammatory and xenophobic",
         "other", "2017-03", source="ODIHR")
    B = "In the first six months of the year, the prosecution service opened 42 cases"
    d.ev(B, "investigation", "2018-01", date_end="2018-06")
    d.fig(B, 42, "election fraud cases opened")
    d.fig(B, 7, "persons prosecuted for election fraud")
    d.fig(B, 9, "persons sentenced for election fraud")
    B = "In July anticorruption prosecutors indicted a former national assembly member"
    d.ev(B, "charge", "2018-07")
    d.ev(B, "other", "2014", place="Yambol")
    B = "Iliev was prosecuted for arranging payments of 20 to 50 levs"
    d.ev(B, "charge", "2018-07")
    d.fig(B, 20, "payments per vote", unit="BGN", value_end=50)
    d.fig(B, 11, "payments per vote", unit="USD", value_end=29)
    d.prov("The law requires a political party to have at least 2,500 members", "threshold",
           2500, "members", "at least 2,500 members", "registration of a political party")
    B = "In December 2017 the Commission for Protection against Discrimination fined"
    d.ev(B, "other", "2017-12", source=CPD)
    d.ev(B, "election_or_referendum", "2015", place="Iztok")
    d.fig(B, 2000, "fine on the mayor of Kyustendil", unit="BGN")
    d.fig(B, 1140, "fine on the mayor of Kyustendil", unit="USD")

    d.sec("4")
    d.ent("organization", EC)
    d.ent("organization", "Institute for Market Economics")
    d.ent("organization", "Bulgarian Industrial Association")
    d.ent("organization", "Transparency International Bulgaria")
    d.ent("organization", "Appellate Military Court")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Commission for Combating Corruption and Forfeiture of Illicit Assets")
    d.ent("organization", SJC)
    d.ent("person", "Kircho Kirov")
    d.ent("person", "Zhivko Martinov")
    d.ent("place", "Dobrich")
    d.ev("In January the national assembly passed a law on combating corruption",
         "law_or_decree", "2018-01")
    d.ev("The law established an anticorruption and asset forfeiture commission",
         "law_or_decree", "2018-01")
    d.ev("In its November report, the European Commission commended the new legislation",
         "report_published", "2018-11", source=EC)
    d.ev("In August the Bulgarian Industrial Association identified corruption", "other",
         "2018-08", source="Bulgarian Industrial Association")
    d.ev("In January, Transparency International Bulgaria stated there had been", "other",
         "2018-01", source="Transparency International Bulgaria")
    B = "As of July prosecutors pursued 224 prosecutions against 284 persons"
    d.ev(B, "charge", Y)
    d.fig(B, 224, "corruption prosecutions")
    d.fig(B, 284, "persons prosecuted for corruption")
    d.fig(B, 183, "persons convicted of corruption")
    d.fig(B, 131, "persons sentenced to prison for corruption")
    B = "In July the Appellate Military Court confirmed the lower court’s 2016 ruling"
    d.ev(B, "conviction_or_sentence", "2018-07")
    pen(d, "prison", 10, "years", "10 years in prison")
    d.ev(B, "conviction_or_sentence", "2016")
    pen(d, "prison", 10, "years", "10 years in prison")
    d.fig(B, 5100000, "sum embezzled by Kircho Kirov", unit="BGN")
    d.fig(B, 2800000, "sum embezzled by Kircho Kirov", unit="USD")
    B = "In September, following the protest of more than 50 NGOs, the ombudsman"
    d.ev(B, "other", "2018-09", source="ombudsman")
    d.fig(B, 50, "NGOs protesting the appeal fees", "more than")
    d.fig(B, 14, "increase of appeal fees for individuals", unit="times")
    d.fig(B, 70, "increase of appeal fees for organizations", unit="times")
    d.ev("As of October an indictment was pending against national assembly member",
         "charge", "2017-07")
    B = "High-level public officials and magistrates who fail to submit a financial"
    d.prov(B, "penalty", 3000, "BGN", "fines of up to 3,000 levs", "failure to declare assets")
    d.prov(B, "penalty", 1700, "USD", "($1,700)", "failure to declare assets")
    d.prov(B, "penalty", 6000, "BGN", "up to 6,000 levs", "repeated failure to declare assets")
    d.prov(B, "penalty", 3400, "USD", "($3,400)", "repeated failure to declare assets")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def section_5(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "Human and Social Studies Foundation")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", CPD)
    d.ent("organization", MOI, "Interior Ministry")
    B = "According to the local NGO Human and Social Studies Foundation’s April 2017"
    d.ev(B, "report_published", "2017-04", source="Human and Social Studies Foundation")
    d.fig(B, 23, "increase of derogatory news articles since 2014", unit="times")
    d.fig("As of October the ombudsman had received 17 percent fewer complaints", 17,
          "drop in complaints to the ombudsman", unit="percent")
    d.ev("the commission declared that the Ministry of Interior discriminated against police",
         "other", Y, source=CPD)


def section_6_women_children(d: CollectionDevDoc) -> None:
    d.sec("6")
    bulgaria(d)
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Council of Europe")
    d.ent("organization", "Animus Association Foundation")
    d.ent("organization", "Social Assistance Agency")
    d.ent("organization", "National Network for Children")
    d.ent("organization", "Supreme Administrative Court")
    d.ent("organization", "Committee against Torture")
    d.ent("organization", "UN Office of the High Commissioner for Human Rights")
    d.ent("organization", "Department of State")
    d.ent("person", "Djebraim Saliev", "Saliev")
    d.ent("person", "Aishegyul")
    d.ent("place", "Okorsh")
    d.ent("place", "Vratsa")
    d.ent("place", "Gabrovo")
    d.ent("place", "Borovan")
    d.not_entity("Istanbul Convention",
                 "Convention on preventing and combating violence against women",
                 "National Program for Prevention of Violence and Abuse against Children",
                 "National Program for Child Protection",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction")
    d.prov("Sentences for rape convictions range up to 20 years in prison.", "penalty", 20,
           "years", "up to 20 years in prison", "rape")
    B = "Noncompliance with a restraining order may result in imprisonment for up"
    d.prov(B, "penalty", 3, "years", "imprisonment for up to three years",
           "violating a restraining order")
    d.prov(B, "penalty", 5000, "BGN", "a fine of 5,000 levs", "violating a restraining order")
    d.prov(B, "penalty", 2850, "USD", "($2,850)", "violating a restraining order")
    d.ev("On July 27, the Constitutional Court ruled that the Council of Europe’s",
         "other", "2018-07-27")
    d.ev("The court stated the definition of “gender” in the convention removes", "other",
         "2018-07-27")
    d.ev("In January, Djebraim Saliev from Okorsh allegedly beat his wife", "killing",
         "2018-01", polarity="alleged", place="Okorsh")
    d.fig("provided short-term protection and counseling to domestic violence victims in 22",
          22, "crisis centers and shelters run by NGOs")
    d.ev("In April the prosecutor general issued specific step-by-step instructions", "other",
         "2018-04")
    d.prov("If prosecuted as coercion, sexual harassment is punishable by up to six years",
           "penalty", 6, "years", "up to six years in prison", "sexual harassment as coercion")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other",
         Y, polarity="negated")
    d.prov("The law requires the registration of births within seven days.", "time_limit", 7,
           "days", "within seven days", "birth registration")
    B = "punishes violators with fines ranging from 300 to 10,000 levs"
    d.prov(B, "penalty", 300, "BGN", "fines ranging from 300 to 10,000 levs", "child abuse",
           value_end=10000)
    d.prov(B, "penalty", 170, "USD", "($170 to $5,700)", "child abuse", value_end=5700)
    d.fig("found 30 percent of alerts received about violence against children", 30,
          "alerts about violence against children found actionable", unit="percent",
          source="Social Assistance Agency")
    d.ev("The National Program for Child Protection, adopted in April, emphasizes", "other",
         "2018-04")
    d.ev("The NGO National Network for Children released its 2017 “report card” in April.",
         "report_published", "2018-04", source="National Network for Children")
    d.prov("The minimum age for marriage is 18.", "threshold", 18, "age", "18",
           "minimum age for marriage")
    d.prov("In exceptional cases a person may enter into marriage at 16", "threshold", 16,
           "age", "at 16", "marriage with a court's permission")
    B = "The law differentiates between forcing children into prostitution, for which"
    d.prov(B, "penalty", 8, "years", "up to eight years’ imprisonment", "child prostitution")
    d.prov(B, "penalty", 15000, "BGN", "a fine of up to 15,000 levs", "child prostitution")
    d.prov(B, "penalty", 8550, "USD", "($8,550)", "child prostitution")
    d.prov(B, "penalty", 10, "years", "up to 10 years’ imprisonment", "child sex trafficking")
    d.prov(B, "penalty", 20000, "BGN", "a fine of up to 20,000 levs", "child sex trafficking")
    d.prov(B, "penalty", 11400, "USD", "($11,400)", "child sex trafficking")
    B = "The law prohibits child pornography and provides for up to six years in prison"
    d.prov(B, "penalty", 6, "years", "up to six years in prison", "child pornography")
    d.prov(B, "penalty", 8000, "BGN", "a fine of up to 8,000 levs", "child pornography")
    d.prov(B, "penalty", 4560, "USD", "($4,560)", "child pornography")
    d.prov("The legal minimum age for consensual sex is 14.", "threshold", 14, "age", "14",
           "minimum age for consensual sex")
    B = "As of September, 160 unaccompanied minors sought asylum, a nearly 50 percent"
    d.ev(B, "other", Y)
    d.fig(B, 160, "unaccompanied minors seeking asylum")
    d.fig(B, 50, "drop in unaccompanied minors seeking asylum from 2017", "approximately",
          unit="percent")
    d.fig(B, 90, "drop in unaccompanied minors seeking asylum from 2016", "more than",
          unit="percent")
    d.ev("In December 2017 the ombudsman petitioned the Supreme Administrative Court", "other",
         "2017-12", source="ombudsman")
    d.ev("and on September 1 launched the last stage of its deinstitutionalization",
         "other", "2018-09-01")
    B = "In July the government closed the medical and social care home in Vratsa"
    d.ev(B, "other", "2018-07", place="Vratsa")
    d.fig(B, 3, "children in the Vratsa care home at the end of 2017")
    d.fig(B, 89, "children in the Vratsa care home in 2009")
    d.ev("NGOs reported abuse in the new family-type placement centers.", "torture_or_abuse",
         Y, source="NGOs")
    B = "Media reports and videos of personnel abusing children with disabilities"
    d.ev(B, "torture_or_abuse", "2018-01", place="Gabrovo")
    d.ev(B, "torture_or_abuse", "2018-02", place="Borovan")
    d.fig(B, 6000, "child-care workers to be trained")
    B = "In December 2017 the Committee against Torture of the UN Office"
    d.ev(B, "other", "2017-12", source="Committee against Torture")
    d.ev(B, "other", "2000", date_end="2010")
    d.fig(B, 238, "children with mental disabilities who died in institutions in 2000-10")
    d.fig(B, 22, "inspections of the institutions")
    d.ev("The government inspected the institutions and the new centers", "investigation", Y)
    d.ent("organization", "Department of State")


def section_6_antisemitism(d: CollectionDevDoc) -> None:
    d.sec("6")
    d.ent("organization", SHALOM, "Organization of Bulgarian Jews", "Shalom",
          "Organization of Bulgarian Jews Shalom")
    d.ent("organization", "Union of Bulgarian National Legions")
    d.ent("organization", "Sofia Administrative Court")
    d.ent("organization", "Foreign Ministry")
    d.ent("organization", "Marginalia")
    d.ent("organization", "Sofia Municipality")
    d.ent("organization", "International Holocaust Remembrance Alliance")
    d.ent("organization", "B’nai B’rith")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Sofia City Court")
    d.ent("person", "Hristo Lukov")
    d.ent("person", "Yordanka Fandakova", "Fandakova")
    d.ent("person", "Boris III")
    d.ent("person", "Bogdan Filov")
    d.ent("person", "Valeri Simeonov")
    d.ent("person", "Dyanko Markov")
    d.ent("person", "Yuliana Metodieva")
    d.ent("person", "Georg Georgiev")
    d.ent("person", "Alexander Oscar")
    d.ent("place", "Sofia")
    d.not_entity("Sofia Says No to Hate Speech and Extremism", "Manifesto for Tolerance",
                 "Trafficking in Persons Report")
    B = "The 2011 census indicated that 1,130 Jews lived in the country"
    d.ev(B, "report_published", "2011")
    d.fig(B, 1130, "Jews in the country by the 2011 census")
    d.fig(B, 5000, "Jews in the country by Jewish organizations' estimate", "approximately",
          source="local Jewish organizations")
    d.ev("indicated that during the year there were no violent acts of anti-Semitism",
         "attack_or_threat", Y, polarity="negated", source="Shalom")
    d.ev("In February a rally took place in Sofia in honor of Hristo Lukov", "protest",
         "2018-02", place="Sofia")
    d.ev("The government, NGOs, international organizations, and diplomatic missions denounced",
         "other", Y)
    d.ev("Sofia mayor Yordanka Fandakova had banned the march in 2017", "other", "2017")
    d.ev("The Foreign Ministry condemned the event in declarations issued before", "other", Y,
         source="Foreign Ministry")
    # "a few days before the rally" of February
    d.ev("and the Sofia Municipality cohosted a conference titled", "other", "2018-02")
    d.ev("On November 29, the country became the 32nd full member", "other", "2018-11-29")
    d.ev("In May, Shalom described an exhibition portraying the pro-Nazi government", "other",
         "2018-05", source="Shalom")
    d.ev("then deputy prime minister Valeri Simeonov blamed the rescued Jews", "other", Y,
         source="Valeri Simeonov")
    B = "As of November authorities had not identified the perpetrators who in September"
    d.ev(B, "investigation", Y, polarity="negated")
    d.ev(B, "attack_or_threat", "2017-09", place="Sofia")
    d.ev("In October the Jewish organizations Shalom and B’nai B’rith protested", "other",
         "2018-10", source="Shalom")
    d.ev("In December the Sofia City Court exonerated Marginalia journalist", "acquittal",
         "2018-12")
    d.ev("On September 11, national coordinator on combating anti-Semitism Georg Georgiev",
         "other", "2018-09-11")
    d.ev("The first event under the initiative took place on September 16", "other",
         "2018-09-16")


def section_6_rest(d: CollectionDevDoc) -> None:
    d.sec("6")
    bulgaria(d)
    d.ent("organization", "Agency for Persons with Disabilities")
    d.ent("organization", "UN Committee on the Rights of Persons with Disabilities")
    d.ent("organization", CPD)
    d.ent("organization", BHC)
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Office for Democratic Institutions and Human Rights", "ODIHR")
    d.ent("organization", "Ataka")
    d.ent("organization", "Internal Macedonian Revolutionary Organization")
    d.ent("organization", "National Front for Salvation of Bulgaria")
    d.ent("organization", "Open Society Institute")
    d.ent("organization", "Burgas Regional Court")
    d.ent("organization", "Standing Roma Conference")
    d.ent("organization", ECHR)
    d.ent("organization", "European Roma Rights Center")
    d.ent("organization", MOI, "Interior Ministry")
    d.ent("organization", "GLAS Foundation")
    d.ent("organization", "Deystvie")
    d.ent("organization", "Sofia Administrative Court")
    d.ent("organization", "EU")
    d.ent("organization", "Migration Directorate")
    d.ent("organization", "Supreme Administrative Court")
    d.ent("organization", "Health Without Borders")
    d.ent("person", "Valeri Simeonov", "Simeonov")
    d.ent("person", "Mitko Boyanov", "Boyanov")
    d.ent("person", "Veliko Lefterov", "Lefterov")
    d.ent("person", "Leon Koffi", "Koffi")
    d.ent("place", "Shumen")
    d.ent("place", "Blagoevgrad")
    d.ent("place", "Plovdiv")
    d.ent("place", "Varna")
    d.not_entity("Persons with Disabilities Act", "Personal Assistance Act",
                 "Gender Bender Drag Show")
    d.ev("In December the national assembly passed the Persons with Disabilities Act",
         "law_or_decree", "2018-12")
    d.ev("The new legislation was conceived after a six-month, tent-camp protest", "protest",
         Y)
    d.ev("In October the protesters demanded the resignation of Deputy Prime Minister",
         "protest", "2018-10")
    d.ev("Simeonov resigned in November.", "other", "2018-11")
    d.ev("In September a group of NGOs and activists issued a declaration alleging", "other",
         "2018-09")
    d.ev("Beginning in December 2017, the Commission for Protection against Discrimination",
         "investigation", "2017-12", source=CPD)
    B = "Those in compliance with the law for persons with disabilities received"
    # t-conv15 settlement: later steps of the campaign (was 2017-12)
    d.ev(B, "other", Y)
    d.fig(B, 2000, "fines on bodies not complying with disability access", unit="BGN",
          value_end=20000)
    d.fig(B, 1140, "fines on bodies not complying with disability access", unit="USD",
          value_end=11400)
    d.prov("covers 30 to 50 percent of the employers’ insurance costs", "right", 30,
           "percent", "30 to 50 percent", "employers' insurance costs for disabled workers",
           value_end=50)
    B = "On August 15, the government launched a 24-month program of subsidies"
    d.ev(B, "other", "2018-08-15")
    d.fig(B, 75, "disability of persons whose employers are subsidized", "more than",
          unit="percent")
    d.fig("Less than 1 percent of all persons with disabilities had access", 1,
          "persons with disabilities with access to day centers", "fewer than", unit="percent")
    B = "The Ministry of Education transformed most of the 55 “special schools”"
    d.ev(B, "other", Y)
    d.fig(B, 55, "special schools")
    d.fig(B, 5, "special schools left")
    d.fig(B, 700, "students in the remaining special schools", "approximately")
    d.fig("Most of the remaining approximately 18,200 students with special education", 18200,
          "other students with special education needs", "approximately")
    B = "According to an Open Society Institute study released in June, Roma"
    d.ev(B, "report_published", "2018-06", source="Open Society Institute")
    d.fig(B, 81, "hate speech incidents targeting Roma", unit="percent",
          source="Open Society Institute")
    B = "In October 2017 the Burgas Regional Court convicted Deputy Prime Minister"
    d.ev(B, "conviction_or_sentence", "2017-10")
    d.ev(B, "other", "2014")
    B = "As of July prosecutors had opened 17 hate-crime investigations during the year"
    d.ev(B, "investigation", Y)
    d.fig(B, 17, "hate-crime investigations opened")
    d.fig(B, 1, "indictments for hate crimes")
    d.fig(B, 1, "persons indicted for hate crimes")
    d.fig(B, 3, "hate-crime convictions")
    d.fig(B, 2, "prison sentences for hate crimes")
    d.ev("On May 12, a Rom, Mitko Boyanov, died in a hospital in Shumen", "killing",
         "2018-05-12", place="Shumen")
    d.ev("In the ensuing scuffle, Lefterov stabbed Boyanov.", "killing", "2018-05-12")
    B = "Of Romani children, 30 percent (up from 16 percent five years earlier)"
    d.fig(B, 30, "Romani children in segregated schools", unit="percent",
          source="European Roma Rights Center")
    d.fig(B, 16, "Romani children in segregated schools five years earlier", unit="percent",
          source="European Roma Rights Center")
    d.ev("In June a school in Blagoevgrad announced that it would not enroll", "other",
         "2018-06", place="Blagoevgrad")
    d.ev("On September 29, soccer hooligans beat black British citizen Leon Koffi",
         "attack_or_threat", "2018-09-29")
    d.ev("Koffi sustained serious injuries and required treatment in the hospital",
         "attack_or_threat", "2018-09-29")
    B = "According to the June Open Society Institute study, the number of hate"
    d.ev(B, "report_published", "2018-06", source="Open Society Institute")
    d.fig(B, 21, "hate speech incidents against LGBTI persons in 2016", unit="percent",
          source="Open Society Institute")
    d.fig(B, 42, "hate speech incidents against LGBTI persons", unit="percent",
          source="Open Society Institute")
    B = "In February a survey of LGBTI persons conducted by the GLAS Foundation"
    d.ev(B, "report_published", "2018-02", source="GLAS Foundation")
    d.fig(B, 73, "LGBTI respondents who received threats", unit="percent",
          source="GLAS Foundation")
    d.fig(B, 60, "threats against LGBTI persons occurring in schools", unit="percent",
          source="GLAS Foundation")
    d.fig("Fifteen percent were victims of assault, but none reported", 15,
          "LGBTI respondents who were victims of assault", unit="percent",
          source="GLAS Foundation")
    d.ev("On June 29, the Sofia Administrative Court ruled in favor of the right", "other",
         "2018-06-29")
    B = "In May the organizers of a Gender Bender Drag Show in Plovdiv"
    d.ev(B, "other", "2018-05", place="Plovdiv")
    d.fig(B, 150, "threats received by the venue owners", "more than")
    B = "In September a gay couple was assaulted in downtown Varna by four men"
    d.ev(B, "attack_or_threat", "2018-09", place="Varna")
    d.fig(B, 4, "men who assaulted a gay couple")
    B = "In March a survey commissioned by NGO Health Without Borders indicated"
    d.ev(B, "report_published", "2018-03", source="Health Without Borders")
    d.fig(B, 75, "persons who would not befriend persons with HIV/AIDS", unit="percent",
          source="Health Without Borders")
    d.fig(B, 31, "persons who would communicate with persons with HIV/AIDS", unit="percent",
          source="Health Without Borders")


def section_7(d: CollectionDevDoc) -> None:
    d.sec("7")
    bulgaria(d)
    d.ent("organization", CPD)
    d.ent("organization", "State Agency for Intelligence")
    d.ent("organization", "National Protective Service", "National Protection Service")
    d.ent("organization", "Confederation of Independent Trade Unions of Bulgaria")
    d.ent("organization", "General Labor Inspectorate")
    d.ent("organization", "EU Agency for Fundamental Rights", "Agency for Fundamental Rights")
    d.ent("organization", "Department of State")
    d.ent("organization", "National Statistical Institute")
    d.ent("organization", MOI, "Interior Ministry")
    d.ent("organization", SANS)
    d.ent("organization", "State Agency for Technical Operations")
    d.ent("organization", "Ministry of Labor and Social Policy")
    d.ent("organization", "Bulgarian Industrial Capital Association")
    d.ent("place", "Plovdiv")
    d.not_entity("Trafficking in Persons Report")
    d.prov("provides that workers may receive up to six months’ salary as compensation",
           "right", 6, "months", "up to six months’ salary", "compensation for illegal dismissal")
    d.fig("which received three such complaints as of October", 3,
          "complaints of antiunion discrimination", source=CPD)
    B = "In July three physicians from Plovdiv filed a lawsuit against the local"
    d.ev(B, "other", "2018-07", place="Plovdiv")
    d.fig(B, 3, "physicians suing the polyclinic")
    d.fig("they should have been paid twice the minimum salary", 2,
          "pay due to the physicians relative to the minimum salary", unit="times")
    B = "They complained that fines of 250 to 2,000 levs ($143 to $1,140)"
    d.prov(B, "penalty", 250, "BGN", "fines of 250 to 2,000 levs", "discrimination",
           value_end=2000)
    d.prov(B, "penalty", 143, "USD", "($143 to $1,140)", "discrimination", value_end=1140)
    d.prov(B, "right", 6, "months", "up to six months’ gross remuneration",
           "compensation for unlawful dismissal")
    d.ev("In its annual labor rights report issued in June, the Confederation",
         "report_published", "2018-06",
         source="Confederation of Independent Trade Unions of Bulgaria")
    B = "In April amendments to the law gave the General Labor Inspectorate"
    d.ev(B, "law_or_decree", "2018-04")
    d.prov(B, "threshold", 2, "months", "more than two months’ wages", "bankruptcy proceedings")
    d.prov(B, "threshold", 1 / 3, None, "at least one-third of their employees",
           "bankruptcy proceedings")
    d.prov(B, "threshold", 3, "years", "for three years", "bankruptcy proceedings")
    B = "As a result, as of September approximately 80 companies started paying"
    d.ev(B, "other", Y)
    d.fig(B, 80, "companies that started paying regular wages", "approximately")
    d.prov("Penalties for violations ranging from two to 15 years in prison", "penalty", 2,
           "years", "two to 15 years in prison", "forced labor", value_end=15)
    d.ev("held forced labor prevention campaigns and training sessions for magistrates",
         "other", Y)
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were some reports of families or criminal organizations subjecting children", "other", Y,
         polarity="alleged")
    B = "As of July the prosecution service reported 42 cases of trafficking"
    d.ev(B, "other", Y, source="prosecution service")
    d.fig(B, 42, "cases of trafficking for labor exploitation", source="prosecution service")
    B = "Employment of children without a work permit is a criminal offense punishable"
    d.prov(B, "penalty", 3, "years", "up to three years in prison", "employing children without a permit")
    d.prov(B, "penalty", 1000, "BGN", "a fine of 1,000 to 8,000 levs",
           "employing children without a permit", value_end=8000)
    d.prov(B, "penalty", 570, "USD", "($570 to $4,560)", "employing children without a permit",
           value_end=4560)
    B = "The law sets the minimum age for employment at 16 and the minimum age"
    d.prov(B, "threshold", 16, "age", "at 16", "minimum age for employment")
    d.prov(B, "threshold", 18, "age", "at 18", "minimum age for dangerous work")
    d.prov("To employ children younger than age 18, employers must obtain a work permit",
           "threshold", 18, "age", "younger than age 18", "work permit for children")
    d.prov("Employers can hire children younger than 16 with special permits", "threshold", 16,
           "age", "younger than 16", "light work with special permits")
    d.fig("The General Labor Inspectorate reported a 15 percent increase in child", 15,
          "increase in child employment", unit="percent", source="General Labor Inspectorate")
    B = "As of November the inspectorate granted 7,529 requests to employ children"
    d.ev(B, "other", Y)
    d.fig(B, 7529, "requests granted to employ children aged 16 or 17")
    d.fig(B, 193, "requests granted to employ children younger than 16")
    B = "In 2017 the inspectorate uncovered 95 cases of child employment"
    d.ev(B, "investigation", "2017")
    d.fig(B, 95, "cases of child employment without permission in 2017")
    d.fig(B, 6, "cases referred to the prosecution service")
    d.ev("mounted educational campaigns, and intervened to protect, withdraw", "other", Y)
    B = "In April the Commission for Protection against Discrimination reported that men"
    d.ev(B, "report_published", "2018-04", source=CPD)
    d.fig(B, 15.4, "pay gap between men and women", unit="percent", source=CPD)
    d.fig(B, 2, "men relative to women in well paid jobs", unit="times", source=CPD)
    d.fig("women received 38 percent lower pensions", 38, "pension gap of women",
          unit="percent", source="National Statistical Institute")
    B = "44 percent of Roma with a high-school education lived in poverty"
    d.fig(B, 44, "Roma with high-school education in poverty", unit="percent",
          source="National Statistical Institute")
    d.fig(B, 21, "Turks with high-school education in poverty", unit="percent",
          source="National Statistical Institute")
    d.fig(B, 7, "ethnic Bulgarians with high-school education in poverty", unit="percent",
          source="National Statistical Institute")
    d.prov("to allot 1 percent of their public administration positions", "requirement", 1,
           "percent", "1 percent", "positions for persons with disabilities")
    d.fig("reported that 31 percent of citizens lived under the poverty line", 31,
          "citizens under the poverty line", unit="percent",
          source="Confederation of Independent Trade Unions of Bulgaria")
    d.prov("The law prohibits overtime work for children younger than age 18", "threshold",
           18, "age", "younger than age 18", "overtime work")
    d.prov("women with children younger than six, and persons undertaking", "threshold", 6,
           "age", "younger than six", "overtime with consent")
    B = "The law penalizes labor violations with fines ranging from 1,500 to 15,000"
    d.prov(B, "penalty", 1500, "BGN", "fines ranging from 1,500 to 15,000 levs",
           "labor violations", value_end=15000)
    d.prov(B, "penalty", 855, "USD", "($855 to $8,550)", "labor violations", value_end=8550)
    B = "As of November the General Labor Inspectorate conducted nearly 37,000"
    d.ev(B, "investigation", Y)
    d.fig(B, 37000, "labor inspections", "approximately")
    d.fig(B, 1500000, "employees covered by labor inspections", "more than")
    d.fig(B, 135000, "labor violations identified", "more than")
    d.fig(B, 12000000, "fines collected", "approximately", unit="BGN")
    d.fig(B, 6840000, "fines collected", unit="USD")
    d.fig("The General Labor Inspectorate, which had 28 regional offices", 28,
          "regional offices of the General Labor Inspectorate")
    B = "Persons who violate safety and health regulations are subject to a fine"
    d.prov(B, "penalty", 100, "BGN", "a fine of 100 to 500 levs", "safety violations by persons",
           value_end=500)
    d.prov(B, "penalty", 57, "USD", "($57 to $285)", "safety violations by persons",
           value_end=285)
    d.prov(B, "penalty", 1500, "BGN", "a fine of 1,500 to 15,000 levs",
           "safety violations by employers", value_end=15000)
    d.prov(B, "penalty", 855, "USD", "($855 to $8,550)", "safety violations by employers",
           value_end=8550)
    d.prov(B, "penalty", 1000, "BGN", "a fine of 1,000 to 10,000 levs",
           "safety violations by employing officials", value_end=10000)
    d.prov(B, "penalty", 570, "USD", "($570 to $5,700)", "safety violations by employing officials",
           value_end=5700)
    d.fig("nearly 50 percent involved safety and health requirements", 50,
          "violations involving safety and health", "approximately", unit="percent")
    d.fig("with 98 percent of inspected companies in compliance", 98,
          "inspected companies in compliance with safety rules", unit="percent")
    d.fig("which accounted for more than a quarter of the country’s gross domestic", 0.25,
          "grey economy's share of GDP", "more than")
    d.ev("In July the Bulgarian Industrial Capital Association stated that the grey",
         "other", "2018-07", source="Bulgarian Industrial Capital Association")
    B = "In September the Confederation of Independent Trade Unions of Bulgaria stated"
    d.ev(B, "other", "2018-09",
         source="Confederation of Independent Trade Unions of Bulgaria")
    d.fig(B, 1000000000, "unpaid benefits of informal workers a year", unit="BGN",
          value_end=2000000000)
    d.fig(B, 570000000, "unpaid benefits of informal workers a year", unit="USD",
          value_end=1140000000)
    B = "Some 94 percent of the companies inspected in 2017 had such risk"
    d.ev(B, "investigation", "2017")
    d.fig(B, 94, "companies inspected in 2017 with risk assessments", "approximately",
          unit="percent")
    d.fig(B, 98, "of them with programs to eliminate risks", unit="percent")
    B = "As of October there were 60 work-related deaths"
    d.ev(B, "other", Y)
    d.fig(B, 60, "work-related deaths")



def sections_5_7(d: CollectionDevDoc) -> None:
    section_5(d)
    section_6_women_children(d)
    section_6_antisemitism(d)
    section_6_rest(d)
    section_7(d)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def bulgaria2018() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2018_bulgaria", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_bulgaria": bulgaria2018}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
