"""Build the hand-made DEV gold file for Azerbaijan 2017 (a page of the public collection).

``2017_azerbaijan.jsonl`` annotates ``html/2017/azerbaijan.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2017/azerbaijan.html`` by ``scripts/collection.sh``: the
2017 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_azerbaijan2017.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_azerbaijan2017.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2017_azerbaijan.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2017/azerbaijan.html"
Y = "2017"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

OMB = "Ombudsman’s Office of the Republic of Azerbaijan"
SCFWCA = "State Committee for Family, Women, and Children Affairs"
MIA = "Ministry of Internal Affairs"
MOL = "Ministry of Labor and Social Protection"
ATUC = "Azerbaijan Trade Unions Confederation"
OWRDO = "Oil Workers Rights Defense Organization"
RFERL = "Radio Free Europe/Radio Liberty"
MTCHT = "Ministry of Transportation, Communication, and High Technologies"
PGO = "Office of the Prosecutor General"
OSCE = "Organization for Security and Cooperation in Europe"
ECHR = "European Court of Human Rights"
WGAD = "UN Working Group on Arbitrary Detention"
PACE = "Parliamentary Assembly of the Council of Europe"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("person", "Aliabbas Rustamov")
    d.ent("person", "Intigam Aliyev")
    d.ent("organization", "Ministry of Justice")
    d.ent("place", "Baku")
    # t-gold20b (decision 3 withdrawn; 2026-12-06 Entities): a town naming a facility is no place mention
    d.not_entity("Baku prison")
    d.ent("organization", "Amnesty International", "Amnesty")
    d.ent("organization", "Human Rights Watch", "HRW")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Reporters without Borders")
    d.ent("organization", "Presidential Administration")
    d.ent("organization", "Haqqin.az")
    d.ent("person", "Gozel Bayramli", "Gozal Bayramli")
    d.ent("person", "Afgan Mukhtarli", "Mukhtarli")
    d.ent("place", "Georgia")
    d.ent("place", "Azerbaijan")
    d.ent("organization", "UN", "United Nations")
    d.ent("organization", OMB, "Ombudsman’s Office")
    d.ent("person", "Elmira Suleymanova")
    d.ent("place", "Nakhichevan Autonomous Republic")
    d.ent("person", "Ulkar Bayramova")
    d.ent("organization", "Milli Mejlis", "National Assembly", "Milli Majlis")
    d.ev("Activists also reported that authorities refused to register their organizations",
         "registration_decision", Y, source="activists")
    d.ev("Senior government officials engaged in rhetorical attacks on human rights activists",
         "attack_or_threat", Y)
    d.ev("On May 4, progovernment web portal Haqqin.az called a number", "other",
         "2017-05-04", source="Haqqin.az")
    d.ev("In September 2016 the UN special rapporteur on the situation", "other", "2016-09",
         source="UN special rapporteur")
    d.prov("The ombudsman may refuse to accept cases of abuse that are more",
           "time_limit", 1, "years", "more than a year old", "cases the ombudsman accepts")
    d.ev("Human rights offices in the Milli Mejlis and the Ministry of Justice also heard",
         "investigation", Y)

    d.sec("6")
    d.ent("organization", SCFWCA, "SCFWCA", "State Committee on Family, Women, and Children")
    d.ent("organization", "Department of State")
    d.ent("organization", "Caucasus Muslim Board")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Committee against Racism and Intolerance", "ECRI")
    d.ent("organization", "Council of Europe")
    d.ent("place", "Armenia")
    d.ent("organization", MIA)
    d.ent("organization", PGO, "Prosecutor General’s Office", "General Prosecutor’s Office",
          "Prosecutor’s Office")
    d.ent("organization", "Facebook")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "World Factbook",
                 "Azerbaijan National Strategic Plan for HIV")
    d.prov("Rape is illegal and carries a maximum sentence of 15 years", "penalty", 15, "years",
           "maximum sentence of 15 years in prison", "rape")
    d.ev("The committee conducted public awareness campaigns and worked to improve", "other", Y)
    d.ev("There were no reports of coerced abortion, involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("The SCFWCA conducted public media campaigns to raise awareness of women", "other", Y)
    d.fig("The gender ratio of children born in the country in 2016 was 111", 111,
          "boys born per 100 girls in 2016", source="World Factbook")
    d.fig("The gender ratio of children born in the country in 2016 was 111", 100,
          "girls born (base of the gender ratio)", source="World Factbook")
    d.ev("The SCFWCA conducted seminars and public media campaigns", "other", Y)
    d.ev("The Ministries of Internal Affairs and Justice registered undocumented children",
         "registration_decision", Y)
    d.prov("While education was compulsory, free, and universal until the age of 17",
           "threshold", 17, "age", "until the age of 17", "compulsory education")
    d.ev("conducted training programs for judges and children rights advocates", "other", Y)
    d.prov("The law provides that a girl may marry at the age of 18", "threshold", 18, "age",
           "at the age of 18", "marriage of girls")
    d.prov("The law provides that a girl may marry at the age of 18", "threshold", 17, "age",
           "at 17 with permission", "marriage of girls with permission")
    d.prov("The law further states a boy may marry at the age of 18.", "threshold", 18, "age",
           "at the age of 18", "marriage of boys")
    d.prov("The law establishes fines of 3,000 to 4,000 manat", "penalty", 3000, "AZN",
           "fines of 3,000 to 4,000 manat", "forced marriage with underage children",
           value_end=4000)
    d.prov("The law establishes fines of 3,000 to 4,000 manat", "penalty", 1750, "USD",
           "$1,750 to $2,340", "forced marriage with underage children", value_end=2340)
    d.prov("The law establishes fines of 3,000 to 4,000 manat", "penalty", 4, "years",
           "imprisonment for up to four years", "forced marriage with underage children")
    d.ev("The SCFWCA conducted activities in IDP and refugee communities", "other", Y)
    d.prov("Recruitment of minors for prostitution (involving a minor in immoral acts)",
           "penalty", 8, "years", "up to eight years in prison", "recruitment of minors")
    d.prov("The law prohibits pornography; its production, distribution", "penalty", 3, "years",
           "three years ’ imprisonment", "pornography")
    d.prov("Statutory rape is punishable by up to three years", "penalty", 3, "years",
           "up to three years’ imprisonment", "statutory rape")
    d.fig("Jewish community was estimated to be between 20,000 and 30,000", 20000,
          "members of the Jewish community", "approximately", value_end=30000)
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.fig("there were approximately 60,000 children with disabilities", 60000,
          "children with disabilities", "approximately", source="local NGO")
    d.fig("there were approximately 60,000 children with disabilities", 6000,
          "children with disabilities with access to specialized education", value_end=10000,
          source="local NGO")
    d.ev("In 2016 the Council of Europe’s Committee against Racism", "report_published",
         "2016", source="ECRI")
    d.ev("Authorities sentenced human rights activists working on reconciliation",
         "conviction_or_sentence", Y)
    d.ev("In October media and human rights lawyers reported that since mid-September",
         "report_published", "2017-10", source="media and human rights lawyers")
    d.ev("In October media and human rights lawyers reported that since mid-September",
         "detention_or_arrest", "2017-09", source="media and human rights lawyers")
    d.fig("had arrested and tortured 83 men presumed to be gay", 83,
          "men arrested and tortured as presumed gay, bisexual or transgender",
          source="media and human rights lawyers")
    d.ev("Once in custody, police beat the detainees and subjected them", "torture_or_abuse",
         "2017-09")
    d.ev("By October 3, many of the detainees had been released", "release", "2017-10-03")
    d.ev("On October 2, the Ministry of Internal Affairs and the Office", "other",
         "2017-10-02", source=MIA)
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were also reports of family-based violence against LGBTI individuals", "attack_or_threat",
         Y, polarity="alleged")
    d.ev("In the country’s most recent demographic and health survey (2006)", "report_published",
         "2006")
    d.fig("In the country’s most recent demographic and health survey (2006)", 80,
          "share of women with discriminatory attitudes to persons with HIV", unit="percent")
    d.fig("In the country’s most recent demographic and health survey (2006)", 92,
          "share of men with discriminatory attitudes to persons with HIV", unit="percent")

    d.sec("7")
    d.ent("organization", ATUC, "ATUC")
    d.ent("organization", MOL, "Ministry of Labor and Social Policy", "Ministry of Labor")
    d.ent("organization", "Union of Oil and Gas Industry Workers")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "State Statistics Committee of Azerbaijan")
    d.ent("organization", OWRDO, "Oil Workers Rights Protection Organization")
    d.ent("person", "Artur Rasizade")
    d.ent("place", "Caspian Sea")
    d.ent("organization", "Azerbaijan Airlines")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("Striking workers who disrupt public transportation, however, could be sentenced",
           "penalty", 3, "years", "up to three years in prison", "disrupting public transport")
    d.fig("ATUC reported it represented 1.6 million members in 27 sectors", 1600000,
          "members of ATUC", source="ATUC")
    d.fig("ATUC reported it represented 1.6 million members in 27 sectors", 27,
          "sectors ATUC represented", source="ATUC")
    d.fig("The state oil company’s 65,200 workers were required", 65200,
          "workers of the state oil company")
    d.fig("The state oil company’s 65,200 workers were required", 2,
          "union dues as share of salary", unit="percent")
    d.fig("Employers officially withheld one-quarter of the dues collected", 0.25,
          "share of dues withheld for administrative costs")
    d.ev("During the year there were reports that some schools were closed", "other", Y,
         polarity="alleged")
    d.ev("reported it identified five cases of forced labor in the first nine months",
         "investigation", "2017-01", date_end="2017-09", source=MIA)
    d.fig("reported it identified five cases of forced labor in the first nine months", 5,
          "cases of forced labor identified", source=MIA)
    d.ev("During the year the antitrafficking department in the Ministry of Internal Affairs",
         "investigation", Y)
    d.prov("In most cases the law permits children to work from the age of 15", "threshold", 15,
           "age", "from the age of 15", "employment of children")
    d.prov("In most cases the law permits children to work from the age of 15", "threshold", 14,
           "age", "children who are 14", "light work of children")
    d.prov("Children under the age of 16 may not work more than 24 hours", "threshold", 16,
           "age", "under the age of 16", "working hours of children")
    d.prov("Children under the age of 16 may not work more than 24 hours", "prohibition", 24,
           "hours", "more than 24 hours per week", "working hours of children under 16")
    d.prov("Children under the age of 16 may not work more than 24 hours", "threshold", 16,
           "age", "children who are 16 or 17", "working hours of children 16 or 17",
           value_end=17)
    d.prov("Children under the age of 16 may not work more than 24 hours", "prohibition", 36,
           "hours", "more than 36 hours per week", "working hours of children 16 or 17")
    d.prov("The law prohibits employing children under the age of 18 in difficult", "threshold",
           18, "age", "under the age of 18", "hazardous work")
    d.ev("Although the Ministry of Labor and Social Policy conducted inspections",
         "investigation", Y)
    d.fig("in 2016 the average monthly salary for women was 317 manat", 317,
          "average monthly salary of women in 2016", unit="AZN",
          source="State Statistics Committee of Azerbaijan")
    d.fig("in 2016 the average monthly salary for women was 317 manat", 185,
          "average monthly salary of women in 2016", unit="USD",
          source="State Statistics Committee of Azerbaijan")
    d.fig("in 2016 the average monthly salary for women was 317 manat", 630,
          "average monthly salary of men in 2016", unit="AZN",
          source="State Statistics Committee of Azerbaijan")
    d.fig("in 2016 the average monthly salary for women was 317 manat", 368,
          "average monthly salary of men in 2016", unit="USD",
          source="State Statistics Committee of Azerbaijan")
    d.ev("On January 21, the national minimum wage was increased", "law_or_decree",
         "2017-01-21")
    d.prov("On January 21, the national minimum wage was increased", "threshold", 116, "AZN",
           "116 manat", "monthly minimum wage")
    d.prov("On January 21, the national minimum wage was increased", "threshold", 68, "USD",
           "$68", "monthly minimum wage")
    d.prov("The law provides for a 40-hour workweek", "right", 40, "hours", "40-hour workweek",
           "workweek")
    d.prov("The law provides for a 40-hour workweek", "prohibition", 12, "hours",
           "maximum daily work shift is 12 hours", "daily work shift")
    d.prov("Workers in hazardous occupations may not work more than 36 hours", "prohibition", 36,
           "hours", "more than 36 hours per week", "hazardous occupations")
    d.ev("Ministry of Labor and ATUC officials inspected worksites for compliance",
         "investigation", Y)
    d.fig("which accounted for between 10 and 30 percent of the economy", 10,
          "share of the economy in the informal sector", unit="percent", value_end=30)
    d.ev("In 2015 a total of 31 oil workers died", "other", "2015")
    d.fig("In 2015 a total of 31 oil workers died", 31, "oil workers who died in the rig fire")
    d.ev("A special commission led by Prime Minister Artur Rasizade", "investigation", Y)
    d.ev("In December 2016 strong winds destroyed part of a pier", "other", "2016-12")
    d.fig("In December 2016 strong winds destroyed part of a pier", 10,
          "workers killed when the pier collapsed")
    d.ev("In 2016 there were reports that Azerbaijan Airlines workers", "report_published",
         "2016")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("place", "Azerbaijan")
    d.ent("place", "Georgia")
    d.ent("person", "Mehman Huseynov", "Huseynov")
    d.ent("person", "Afgan Mukhtarli", "Mukhtarli")
    d.ent("organization", "Popular Front Party", "Popular Front")
    d.ent("person", "Fuad Ahmadli", "Ahmadli")
    d.ent("person", "Faig Amirli", "Amirli")
    d.ent("organization", "Azadliq")
    d.ent("person", "Ali Kerimli")
    d.ent("person", "Fethullah Gulen")
    d.ent("place", "Turkey")
    d.ent("organization", "N!DA")
    d.ent("person", "Ulvi Hasanli")
    d.ent("organization", "Voice of America")
    d.ent("organization", RFERL, "RFE/RL", "Radio Liberty")
    d.ent("organization", "BBC")
    d.ent("organization", "Sputnik")
    d.ent("organization", MTCHT, "Ministry of Transportation, Communications, and High Technologies")
    d.ent("organization", "Sabayil District Court")
    d.ent("organization", "Azerbaycan Saati")
    d.ent("organization", "Meydan TV")
    d.ent("organization", "Turan Information Agency", "Turan")
    d.ent("organization", "Obyektiv Television")
    d.ent("organization", "Institute for Reporters’ Freedom and Safety", "IRFS")
    d.ent("person", "Rasim Aliyev")
    d.ent("person", "Rafiq Tagi")
    d.ent("person", "Fazel Lankarani")
    d.ent("person", "Elmar Huseynov")
    d.ent("organization", "Ministry of Taxation")
    d.ent("person", "Mehman Aliyev")
    d.ent("organization", "State Media Fund")
    d.ent("organization", "National Radio and Television Council")
    d.ent("organization", "Ganun Publishing House")
    d.ent("place", "Baku")
    d.ent("organization", "REAL", "REAL Movement", "Republican Alternative Movement")
    d.ent("person", "Ilgar Mammadov", "Mammadov")
    d.ent("person", "Shahbaz Khuduoghlu")
    d.ent("person", "Aziz Orucov", "Orucov")
    d.ent("organization", "Kanal 13")
    d.ent("organization", PGO, "Prosecutor General’s Office", "General Prosecutor’s Office",
          "Prosecutor’s Office")
    d.ent("organization", "Facebook")
    d.ent("organization", "Freedom House")
    d.ent("organization", "International Telecommunication Union")
    d.not_entity("Country Reports on Human Rights for Georgia", "Freedom on the Net")
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.fig("Human rights defenders considered at least 10 journalists and bloggers to be", 10,
          "journalists and bloggers held as political prisoners", "at least",
          source="human rights defenders")
    d.ev("In a September joint report, three NGOs stated", "report_published", "2017-09",
         source="three NGOs")
    d.fig("In a September joint report, three NGOs stated", 3, "NGOs of the joint report")
    d.ev("incarcerations included Afgan Mukhtarli, a freelance journalist", "detention_or_arrest",
         "2017-05-29", place="Georgia")
    d.ev("Authorities charged Mukhtarli with illegally crossing the border", "charge", Y)
    d.ev("Immediately following Mukhtarli’s arrest in Azerbaijan, the heads", "other",
         "2017-05-29", source="heads of two security services")
    d.ev("Mukhtarli, his wife, and other Azerbaijani activists and journalists disputed",
         "other", Y)
    d.ev("His lawyers stated he was physically abused while in detention", "torture_or_abuse", Y,
         source="his lawyers")
    d.ev("on June 16, the court convicted Popular Front Party activist Fuad Ahmadli",
         "conviction_or_sentence", "2017-06-16")
    d.ev("On July 24, Faig Amirli, the financial director", "conviction_or_sentence",
         "2017-07-24")
    d.pen("prison", 39, "months", "three years and three months")
    d.ev("the court ordered his conditional release from confinement", "release", "2017-09-15")
    d.ev("In 2016 Ahmadli and Amirli, despite their secular orientation", "detention_or_arrest",
         "2016")
    d.ev("in early October authorities reportedly granted N!DA activist", "other", "2017-10",
         polarity="alleged")
    d.ev("later that month they removed the exemption and forcibly conscripted him", "other",
         "2017-10")
    d.ev("following a public discussion on October 15, activists reported", "other",
         "2017-10-15", source="activists")
    d.fig("activists reported approximately 40 uniformed and plainclothes police", 40,
          "police who prevented a press conference", "approximately", source="activists")
    d.ev("but authorities penalized them in various ways for doing so", "censorship_or_blocking",
         Y)
    d.fig("and two writers or poets to be political prisoners", 10,
          "journalists and bloggers held as political prisoners", "at least",
          source="human rights defenders")
    d.fig("and two writers or poets to be political prisoners", 2,
          "writers or poets held as political prisoners", source="human rights defenders")
    d.ev("Following the 2016 halt of the newspaper Azadliq’s print edition", "other", "2016")
    d.ev("in response to a suit brought by the Ministry of Transportation",
         "censorship_or_blocking", "2017-05-12")
    d.ev("authorities continued the criminal case against Meydan TV initiated in 2015",
         "investigation", "2015")
    d.ev("Prosecutors combined the criminal cases against Afgan Mukhtarli and Meydan TV",
         "other", Y)
    d.ev("Local observers reported journalists from independent media outlets were subject",
         "attack_or_threat", Y, source="local observers")
    d.ev("The attacks mainly targeted journalists from Radio Liberty", "attack_or_threat", Y)
    d.ev("There were no indications authorities held police officers accountable", "charge", Y,
         polarity="negated")
    d.ev("continued to call for full accountability for the 2015 beating", "killing", "2015")
    d.ev("continued to call for full accountability for the 2015 beating", "attack_or_threat",
         "2015")
    d.ev("continued to call for full accountability for the 2015 beating", "killing", "2011")
    d.ev("continued to call for full accountability for the 2015 beating", "killing", "2005")
    d.ev("the Ministry of Taxation opened a criminal case against the Turan", "investigation",
         "2017-08")
    d.ev("On August 24, authorities detained the director of the agency", "detention_or_arrest",
         "2017-08-24")
    d.ev("On August 24, authorities detained the director of the agency", "release",
         "2017-09-11")
    d.ev("On November 2, the charges against Turan apparently were dropped", "other",
         "2017-11-02", polarity="alleged")
    d.ev("During the year authorities did not return work confiscated in June 2016", "other", Y,
         polarity="negated")
    d.ev("During the year authorities did not return work confiscated in June 2016", "other",
         "2016-06")
    d.ev("civil society activists reported authorities raided the publishing house", "other",
         "2016-06", source="civil society activists")
    d.ev("reported police took some published materials and printing molds", "other", "2016-06",
         source="Shahbaz Khuduoghlu")
    d.prov("The law provides for large fines and up to three years’ imprisonment", "penalty", 3,
           "years", "up to three years’ imprisonment", "libel or slander")
    d.ev("On May 31, the law was amended increasing the fine for libel", "law_or_decree",
         "2017-05-31")
    d.prov("On May 31, the law was amended increasing the fine for libel", "penalty", 1000,
           "AZN", "1,000 to 1,500 manat", "libel", value_end=1500)
    d.prov("On May 31, the law was amended increasing the fine for libel", "penalty", 580,
           "USD", "$580 to $875", "libel", value_end=875)
    d.ev("The fine for slander was increased from 300 to 1,000 manat", "law_or_decree",
         "2017-05-31")
    d.prov("The fine for slander was increased from 300 to 1,000 manat", "penalty", 1000, "AZN",
           "1,000 to 2,000 manat", "slander", value_end=2000)
    d.prov("The fine for slander was increased from 300 to 1,000 manat", "penalty", 580, "USD",
           "$580 to $1,170", "slander", value_end=1170)
    d.ev("The law was also amended so that insulting the president", "law_or_decree",
         "2017-05-31")
    d.prov("The law was also amended so that insulting the president", "penalty", 2, "years",
           "up to two years’ corrective labor", "insulting the president")
    d.prov("The law was also amended so that insulting the president", "penalty", 3, "years",
           "up to three years’ imprisonment", "insulting the president")
    d.ev("on March 3, a Baku city court sentenced blogger Mehman Huseynov",
         "conviction_or_sentence", "2017-03-03")
    d.pen("prison", 2, "years", "two years’ imprisonment")
    d.ev("Meydan TV were blocked at the beginning of the year", "censorship_or_blocking", Y)
    d.ev("at the request of the Ministry of Transportation", "censorship_or_blocking",
         "2017-05-12")
    d.ev("On May 2, Aziz Orucov, director of the internet television station",
         "detention_or_arrest", "2017-05-02")
    d.ev("subsequently opened a criminal case against Orucov", "investigation", Y)
    d.ev("On December 15, a court convicted Orucov of these charges", "conviction_or_sentence",
         "2017-12-15")
    d.pen("prison", 6, "years", "six years’ imprisonment")
    d.ev("There were strong indications the government monitored the internet", "surveillance",
         Y, polarity="alleged")
    d.ev("members of the Popular Front Party reported being harassed by police",
         "attack_or_threat", Y, source="members of the Popular Front Party")
    d.ev("During the year youth activists were questioned, detained", "detention_or_arrest", Y)
    d.ev("The Freedom House annual Freedom on the Net report", "report_published", Y,
         source="Freedom House")
    d.fig("approximately 78 percent of the country’s population used the internet", 78,
          "share of the population using the internet in 2016", "approximately",
          unit="percent", source="International Telecommunication Union")

    d.sec("2.b")
    d.ent("organization", "Venice Commission")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Cabinet of Ministers")
    d.not_entity("European Convention on Human Rights")
    d.ev("The constitution provides for the freedoms of peaceful assembly and association, but",
         "other", Y)
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.prov("The law permits administrative detention for up to three months", "penalty", 3,
           "months", "up to three months", "misdemeanors")
    d.prov("The law permits administrative detention for up to three months", "penalty", 1,
           "months", "up to one month", "resisting police")
    d.prov("may include fines of 500 to 1,000 manat", "penalty", 500, "AZN",
           "fines of 500 to 1,000 manat", "failing to follow a court order", value_end=1000)
    d.prov("may include fines of 500 to 1,000 manat", "penalty", 290, "USD", "$290 to $580",
           "failing to follow a court order", value_end=580)
    d.prov("may include fines of 500 to 1,000 manat", "penalty", 1, "months",
           "up to one month", "failing to follow a court order")
    d.ev("As modified by the September 2016 referendum", "election_or_referendum", "2016-09")
    d.ev("The Venice Commission’s September 2016 preliminary opinion", "report_published",
         "2016-09", source="Venice Commission")
    d.ev("The commission concluded, “The State should allow such gatherings", "report_published",
         "2016-09", source="Venice Commission")
    d.ev("Activists reported police harassed and/or detained approximately 200 persons",
         "attack_or_threat", "2017-09-28", date_end="2017-10-28", source="activists")
    d.fig("Activists reported police harassed and/or detained approximately 200 persons", 200,
          "persons harassed or detained around the rallies", "approximately",
          source="activists")
    d.ev("The courts sentenced 15 opposition activists to administrative detention",
         "conviction_or_sentence", Y)
    d.pen("prison", 10, "days", "10 to 30 days")
    d.fig("The courts sentenced 15 opposition activists to administrative detention", 15,
          "opposition activists sentenced to administrative detention")
    d.ev("Activists and media reported individuals were fired by the Ministries", "dismissal", Y,
         source="activists and media")
    d.ev("amendments enacted during 2014 severely constrained NGO activities", "law_or_decree",
         "2014")
    d.ev("Citing these amended laws, authorities conducted numerous criminal investigations",
         "investigation", Y)
    d.prov("requires the government to act on NGO registration applications within 30 days",
           "time_limit", 30, "days", "within 30 days of receipt", "NGO registration decision")
    d.prov("requires the government to act on NGO registration applications within 30 days",
           "time_limit", 30, "days", "within an additional 30 days",
           "NGO registration decision with further investigation")
    d.ev("In 2014 the president approved a number of amendments", "law_or_decree", "2014")
    d.ev("The legislation also introduced some restrictions for donors.", "law_or_decree",
         "2014")
    d.ev("In January the Cabinet of Ministers issued new regulations", "law_or_decree",
         "2017-01")
    d.ev("the Ministry of Justice adopted new rules on monitoring NGO activities",
         "law_or_decree", "2016-02")
    d.ev("The far-reaching investigation opened by the Prosecutor’s Office in 2014",
         "investigation", "2014")
    d.ev("As of year’s end, no foreign NGOs had been able to register",
         "registration_decision", Y, polarity="negated")
    d.ev("NGO representatives stated the Ministry of Justice did not act on submitted",
         "registration_decision", Y, polarity="negated", source="NGO representatives")
    d.fig("Some experts estimated up to 1,000 NGOs remained unregistered.", 1000,
          "unregistered NGOs", "up to", source="experts")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("person", "Khadija Ismayilova")
    d.ent("person", "Intigam Aliyev")
    d.ent("person", "Asabali Mustafayev")
    d.ent("person", "Natig Jafarli")
    d.ent("person", "Azer Gasimli")
    d.ent("place", "Nagorno-Karabakh")
    d.ent("place", "Armenia")
    d.ent("place", "Soviet Union")
    d.ent("organization", "Refugee Status Determination Department")
    d.ent("organization", "State Migration Service")
    d.ent("place", "Chechnya")
    d.ent("organization", "Ministry of Education")
    d.ent("place", "Iran")
    d.fig("continued its practice of limiting freedom of movement for at least 20", 20,
          "opposition figures, activists and journalists with limited movement", "at least")
    d.ev("Popular Front Party chairman Ali Kerimli (banned from traveling since 2006)", "other",
         "2006")
    d.fig("Popular Front Party chairman Ali Kerimli (banned from traveling since 2006)", 15,
          "freelance journalists of Meydan TV banned from travel", "at least")
    d.ev("Authorities lifted the travel ban on opposition REAL executive secretary", "other",
         "2017-08-28")
    d.fig("UNHCR reported 612,785 registered IDPs in the country", 612785, "registered IDPs",
          source="UNHCR")
    d.ev("The vast majority fled their homes between 1988 and 1993", "other", "1988",
         date_end="1993")
    d.fig("took control of Nagorno-Karabakh and seven surrounding Azerbaijani territories", 7,
          "surrounding territories under separatist control")
    d.fig("The estimated 1,193 refugees in the country lacked access", 1193, "refugees",
          "approximately")
    d.fig("The Ministry of Education reported that 88,019 IDP students", 88019, "IDP students",
          source="Ministry of Education")
    d.fig("The Ministry of Education reported that 88,019 IDP students", 598,
          "relocated schools of IDP students", source="Ministry of Education")
    d.fig("The Ministry of Education reported that 88,019 IDP students", 34,
          "regions with relocated schools", source="Ministry of Education")
    d.fig("there were 3,585 persons in the country under UNHCR’s statelessness", 3585,
          "persons under UNHCR's statelessness mandate at the end of 2016", source="UNHCR")
    d.ev("573 foreigners and stateless persons were granted citizenship in 2017",
         "asylum_or_citizenship_decision", Y, source="State Migration Service")
    d.fig("573 foreigners and stateless persons were granted citizenship in 2017", 573,
          "foreigners and stateless persons granted citizenship", source="State Migration Service")
    d.ev("Amendments to the constitution adopted by referendum in September 2016",
         "law_or_decree", "2016-09")
    d.ev("the government had stripped 151 persons of citizenship", "asylum_or_citizenship_decision",
         Y)
    d.fig("the government had stripped 151 persons of citizenship", 151,
          "persons stripped of citizenship as of September")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Milli Mejlis", "National Assembly")
    d.ent("organization", "OSCE Office for Democratic Institutions and Human Rights", "ODIHR")
    d.ent("organization", OSCE, "OSCE")
    d.ent("organization", "OSCE Parliamentary Assembly")
    d.ent("person", "Mehriban Aliyeva")
    d.ent("organization", "Central Electoral Commission", "CEC")
    d.ent("organization", PACE, "Council of Europe’s Parliamentary Assembly")
    d.ent("organization", "Yeni Azerbaijan Party")
    d.ent("organization", "REAL", "REAL Movement")
    d.ent("organization", "Baku City Executive Authority")
    d.ent("organization", "Musavat Party", "Musavat")
    d.ent("organization", "Popular Front Party", "Popular Front")
    d.ent("person", "Ilgar Mammadov")
    d.ent("person", "Gozel Bayramli")
    d.ent("person", "Fuad Gahramanli")
    d.ent("person", "Seymur Hezi")
    d.ent("place", "Baku")
    d.ent("place", "Sheki")
    d.ev("cancelled its observation of the 2015 legislative elections", "other", "2015")
    d.ev("Independent local and international monitors who observed the election alleged",
         "other", "2015", polarity="alleged", source="independent local and international monitors")
    d.ev("The country’s main opposition parties boycotted the election.", "other", "2015")
    d.ev("The 2013 presidential election fell short of international standards.",
         "election_or_referendum", "2013")
    d.ev("In their joint statement of preliminary findings and conclusions on the election",
         "other", "2013", source="ODIHR and OSCE PA")
    d.ev("On election day OSCE Parliamentary Assembly and ODIHR observers noted", "other",
         "2013", source="OSCE PA and ODIHR observers")
    d.fig("serious problems with vote counting in 58 percent of observed polling stations", 58,
          "share of observed polling stations with counting problems", unit="percent",
          source="OSCE PA and ODIHR observers")
    d.ev("The ODIHR report noted that, prior to election day", "other", "2013", source="ODIHR")
    d.ev("and jailed a number of opposition and youth activists", "detention_or_arrest", "2013")
    d.ev("Credible NGOs reported similar shortcomings.", "other", "2013", source="credible NGOs")
    d.ev("In September 2016 the government conducted a referendum on 29 proposed",
         "election_or_referendum", "2016-09")
    d.fig("In September 2016 the government conducted a referendum on 29 proposed", 29,
          "proposed constitutional amendments")
    d.prov("Amendments included provisions extending the presidential term", "threshold", 7,
           "years", "from five to seven years", "presidential term")
    d.prov("Amendments included provisions extending the presidential term", "threshold", 2,
           "times", "twice in one year", "no-confidence measures allowing early elections")
    d.ev("On February 21, the president appointed his wife, Mehriban Aliyeva", "other",
         "2017-02-21")
    d.ev("After polls closed, the Central Electoral Commission (CEC) announced",
         "election_or_referendum", "2016-09", source="CEC")
    d.fig("After polls closed, the Central Electoral Commission (CEC) announced", 29,
          "constitutional amendments approved", source="CEC")
    d.fig("After polls closed, the Central Electoral Commission (CEC) announced", 70,
          "share of registered voters approving the amendments", "approximately",
          unit="percent", source="CEC")
    d.ev("reported the referendum was well executed, independent election observers", "other",
         "2016-09", source=PACE)
    d.ev("They also observed significantly lower turnout than was officially reported", "other",
         "2016-09", source="independent election observers")
    d.fig("While there were 50 registered political parties", 50, "registered political parties")
    d.ev("The Milli Mejlis had not included representatives of the country", "other", "2010",
         polarity="negated")
    d.ev("Authorities took various measures to prevent the REAL Movement from forming", "other",
         Y)
    d.ev("in October and November, the Baku City Executive Authority denied", "other", "2017-10",
         date_end="2017-11")
    d.ev("Private hotels reportedly refused to rent REAL space", "other", Y, polarity="alleged")
    d.ev("The Musavat Party agreed to allow REAL to hold the party congress", "other", "2017-12")
    d.ev("Members of the Popular Front and Musavat parties were arrested and sentenced",
         "detention_or_arrest", Y)
    d.fig("At least 10 opposition members were considered to be political detainees", 10,
          "opposition members held as political prisoners or detainees", "at least")
    d.fig("At least 10 opposition members were considered to be political detainees", 3,
          "deputy chairs of the Popular Front Party held as political prisoners")
    d.ev("on February 9, a landlord expelled the local branches", "other", "2017-02-09",
         place="Sheki")
    d.fig("There was one female member in the cabinet", 1, "female members of the cabinet")
    d.fig("There was one female member in the cabinet", 16.8,
          "share of members of parliament who were women", unit="percent")

    d.sec("4")
    d.ent("organization", "Transparency International")
    d.ent("place", "Zardab")
    d.ent("person", "Rufat Safarov")
    d.ent("organization", "Lankaran Grave Crimes Court")
    d.ent("organization", "Appeal Court")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Organized Crime and Corruption Reporting Project")
    d.ent("person", "Eldar Mahmudov")
    d.ent("organization", "Baku Court of Grave Crimes", "Baku Grave Crimes Court")
    d.ent("organization", "Ministry of National Security", "National Security Ministry")
    d.ent("person", "Ali Abbasov")
    d.ent("organization", "Ministry of Communication and High Technologies")
    d.ent("organization", "Presidential Administration")
    d.ent("organization", "State Agency for Public Service and Social Innovations", "ASAN")
    d.ent("organization", "Anticorruption Commission")
    d.ent("organization", "Ministry of Justice")
    d.ev("activists stated former Zardab district prosecutor Rufat Safarov was charged",
         "charge", Y, source="activists")
    d.ev("In September 2016 he was convicted in the Lankaran Grave Crimes Court",
         "conviction_or_sentence", "2016-09")
    d.pen("prison", 9, "years", "nine years in prison")
    d.ev("In December 2016 and on July 11, the Appeal Court", "conviction_or_sentence",
         "2016-12")
    d.ev("In December 2016 and on July 11, the Appeal Court", "conviction_or_sentence",
         "2017-07-11")
    d.ev("There were reports Rufat Safarov was subjected to torture in prison.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("the Organized Crime and Corruption Reporting Project published", "report_published",
         "2017-09", source="Organized Crime and Corruption Reporting Project")
    d.ev("money-laundering scheme that allegedly benefited high-level officials between 2012",
         "other", "2012", date_end="2014", polarity="alleged",
         source="Organized Crime and Corruption Reporting Project")
    d.fig("published an investigative report on a $2.9 billion money-laundering", 2.9e9,
          "money-laundering scheme", unit="USD",
          source="Organized Crime and Corruption Reporting Project")
    d.ev("Authorities initiated some criminal cases related to bribery", "investigation", Y)
    d.ev("Following the 2015 dismissal of the national security minister", "dismissal", "2015")
    d.ev("Following the 2015 dismissal of the national security minister", "trial", "2016-12")
    d.ev("The case’s investigation led to the removal of officials from other ministries",
         "dismissal", Y)
    d.fig("and nine other ministry and public telecommunications employees", 9,
          "other ministry and telecommunications employees removed")
    d.ev("During the year the courts sentenced former officers of the Ministry of National",
         "conviction_or_sentence", Y)
    d.prov("which is universal for men between the ages of 18 and 35", "threshold", 18, "age",
           "between the ages of 18 and 35", "military service obligation", value_end=35)
    d.fig("from nine ministries", 9, "ministries whose services ASAN centers provide")


# =========================================================================================
# Title line and executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Azerbaijan")
    d.ent("organization", "Milli Mejlis", "National Assembly", "Milli Majlis")
    d.ent("organization", "Presidential Administration")
    d.ent("organization", OSCE, "OSCE")
    d.ent("place", "Armenia")
    d.ent("place", "Nagorno-Karabakh")
    d.ent("organization", "OSCE Minsk Group")
    d.ent("place", "France")
    d.ent("place", "Russia")
    d.ent("place", "United States")
    d.ent("organization", ECHR, "ECHR")
    d.ev("Legislative elections in 2015 could not be fully assessed", "election_or_referendum",
         "2015")
    d.ev("The 2013 presidential election did not meet a number of key OSCE",
         "election_or_referendum", "2013")
    d.fig("Civilian authorities maintained effective control over the security forces.||"
          "seven surrounding Azerbaijani territories", 7,
          "surrounding territories under separatist control")
    d.ev("submitted complaints to the European Court of Human Rights (ECHR)", "other", "2016-04")
    d.ev("The most significant human rights issues included unlawful or arbitrary killing",
         "killing", Y)
    d.ev("The government did not prosecute or punish most officials", "charge", Y,
         polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Mehman Galandarov", "Galandarov")
    d.ent("person", "Leyla Yunus")
    d.ent("place", "Armenia")
    d.ent("place", "Nagorno-Karabakh")
    d.ent("organization", "OSCE Minsk Group")
    d.ent("place", "France")
    d.ent("place", "Russia")
    d.ent("place", "United States")
    d.ent("organization", ECHR, "ECHR")
    d.not_entity("Kurdakhani Pretrial Detention Center")
    d.ev("There were several reports the government or its agents committed arbitrary",
         "killing", Y, polarity="alleged")
    d.ev("reported at least six cases of torture or other physical abuse", "torture_or_abuse", Y,
         source="human rights defenders and media outlets")
    d.fig("reported at least six cases of torture or other physical abuse", 6,
          "cases of torture or abuse that led to death", "at least",
          source="human rights defenders and media outlets")
    d.ev("On April 28, pro-opposition blogger Mehman Galandarov died", "death_in_custody",
         "2017-04-28")
    d.ev("The center’s administration reported he committed suicide", "investigation", Y,
         source="the center’s administration")
    d.ev("reported Galandarov would never have been permitted to be alone", "other", Y,
         source="Leyla Yunus")
    d.ev("There were no reports on the results of the investigation.", "investigation", Y,
         polarity="negated")
    d.ev("Journalists stated Galandarov was quickly and secretly buried", "other", Y,
         source="journalists")
    d.ev("In May media reported that during the spring five servicemen", "report_published",
         "2017-05", source="media")
    d.ev("In May media reported that during the spring five servicemen", "death_in_custody", Y,
         source="media")
    d.fig("In May media reported that during the spring five servicemen", 5,
          "servicemen who died in police custody", source="media")
    d.ev("The military reportedly hastily buried the soldiers", "other", Y, polarity="alleged")
    d.fig("did not permit relatives to see their bodies||seven surrounding Azerbaijani "
          "territories", 7, "surrounding territories under separatist control")
    d.ev("accusing each other of committing atrocities during that time period", "other",
         "2016-04")
    d.ev("as of November 20, at least 40 noncombat-related deaths", "other", Y,
         source="local human rights organizations")
    d.fig("as of November 20, at least 40 noncombat-related deaths", 40,
          "noncombat-related deaths in the security forces", "at least",
          source="local human rights organizations")

    d.sec("1.b")
    d.ent("organization", "State Committee on the Captive and Missing")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")
    d.fig("reported that 3,868 citizens were registered as missing", 3868,
          "citizens registered as missing", source="State Committee on the Captive and Missing")
    d.fig("more than 4,496 persons remained unaccounted for", 4496,
          "persons unaccounted for because of the conflict", "more than", source="ICRC")

    d.sec("1.c")
    d.ent("organization", "Institute for Reporters’ Freedom and Safety", "IRFS")
    d.ent("person", "Mehman Huseynov", "Huseynov")
    d.ent("place", "Nizami")
    d.ent("place", "Baku")
    d.ent("organization", "Baku Court of Appeals")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Muslim Unity Movement")
    d.ent("person", "Abbas Huseynov")
    d.ent("person", "Jabbar Jabbarov")
    d.ent("person", "Afgan Mukhtarli", "Mukhtarli")
    d.ent("organization", "Ministry of Defense")
    d.ent("person", "Gozel Bayramli", "Gozal Bayramli")
    d.ent("organization", "Popular Front Party", "Popular Front")
    d.ent("organization", OMB, "Ombudsman’s Office")
    d.ent("organization", "N!DA")
    d.ent("person", "Bayram Mammadov")
    d.ent("organization", "Committee for the Prevention of Torture")
    d.ent("organization", "Council of Europe")
    d.ent("organization", PACE, "Council of Europe’s Parliamentary Assembly")
    d.ent("organization", "State Security Service", "State Security Services")
    d.ent("organization", "Public Committee")
    d.ent("organization", "Penitentiary Service")
    d.not_entity("Gobustan Prison", "Prison No. 3", "Prison No. 14")
    d.prov("provide for penalties for conviction of up to 10 years’ imprisonment", "penalty", 10,
           "years", "up to 10 years’ imprisonment", "torture")
    d.ev("On January 9, prominent blogger and Institute for Reporters’ Freedom",
         "detention_or_arrest", "2017-01-09")
    d.ev("In a news conference the following day, he stated police tortured him",
         "torture_or_abuse", "2017-01-10", source="Mehman Huseynov")
    d.ev("The head of Nizami police pressed charges against Huseynov", "charge", Y)
    d.ev("The head of Nizami police pressed charges against Huseynov", "conviction_or_sentence",
         "2017-03-03")
    d.pen("prison", 2, "years", "two years in prison")
    d.ev("On April 12, the Baku Court of Appeals rejected Huseynov", "conviction_or_sentence",
         "2017-04-12")
    d.ev("On April 12, the Baku Court of Appeals rejected Huseynov", "other", "2017-09-29")
    d.ev("On December 15, the appeals court again upheld the original conviction.",
         "conviction_or_sentence", "2017-12-15")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were also reports of torture in prisons.", "torture_or_abuse", Y, polarity="alleged")
    d.ev("reported that in August imprisoned Muslim Unity Movement figures", "torture_or_abuse",
         "2017-08", source="media and human rights lawyers")
    d.ev("was reportedly handcuffed “as if crucified”", "torture_or_abuse", "2017-08",
         polarity="alleged")
    d.ev("Authorities did not investigate these allegations (see section 1.e.).",
         "investigation", Y, polarity="negated")
    d.ev("Defense lawyers stated authorities delayed the forensic examination", "other", Y,
         source="defense lawyers")
    d.dur(38, "days", "for 38 days")
    d.ev("Authorities threatened prisoners and detainees with rape while in custody.",
         "torture_or_abuse", Y)
    d.ev("individuals detained in September stated police threatened them with rape",
         "torture_or_abuse", "2017-09", source="LGBTI individuals detained in September")
    d.ev("Local observers again reported bullying and abuse in military units", "attack_or_threat",
         Y, source="local observers")
    d.fig("Human rights monitors reported four cases of children under the age of seven", 4,
          "cases of children living in adult prisons with their mothers",
          source="human rights monitors")
    d.prov("Convicted juvenile offenders may be held in juvenile institutions until", "threshold",
           20, "age", "until they are 20 years old", "juvenile institutions")
    d.ev("lawyers reported Baku prison authorities denied needed medication for Gozel",
         "other", Y, source="lawyers")
    d.ev("failing to investigate allegations of torture and abuse, such as Muslim Unity",
         "investigation", Y, polarity="negated", source="activists")

    d.sec("1.d")
    d.ent("organization", WGAD, "UN Working Group on Arbitrary Arrests")
    d.ent("organization", MIA)
    d.ent("organization", "Foreign Intelligence Service")
    d.ent("organization", "State Migration Service")
    d.ent("organization", "State Border Service")
    d.ent("organization", PGO, "Prosecutor General’s Office", "General Prosecutor’s Office",
          "Prosecutor’s Office")
    d.ent("person", "Rajab Huseynli")
    d.ent("organization", "Amnesty International", "Amnesty")
    d.ent("organization", "Human Rights Watch", "HRW")
    d.ent("person", "Nijat Amiraslanov", "Amiraslanov")
    d.ent("person", "Abdul Abilov")
    d.ent("person", "Elvin Abdullazadeh")
    d.ent("person", "Rufat Zahidov", "Rufat")
    d.ent("person", "Rovshan Zahidov")
    d.ent("organization", "Azadliq")
    d.ent("person", "Ganimat Zahid")
    d.ent("person", "Nazim Agabekov")
    d.ent("organization", "Meydan TV")
    d.ent("person", "Emin Milli")
    d.ent("person", "Alexander Lapshin")
    d.ent("place", "Nardaran")
    d.ev("In May 2016 the UN Working Group on Arbitrary Arrests expressed concern", "other",
         "2016-05", source="UN Working Group on Arbitrary Arrests")
    d.ev("NGOs reported both services detained individuals who exercised their rights",
         "detention_or_arrest", Y, source="NGOs")
    d.prov("detainees are to be brought before a judge within 48 hours of arrest", "time_limit",
           48, "hours", "within 48 hours of arrest", "bringing a detainee before a judge")
    d.prov("The initial 48-hour arrest period may be extended to 96 hours", "time_limit", 48,
           "hours", "initial 48-hour arrest period", "arrest period")
    d.prov("The initial 48-hour arrest period may be extended to 96 hours", "time_limit", 96,
           "hours", "extended to 96 hours", "extended arrest period")
    d.prov("Pretrial detention is limited to three months but may be extended", "time_limit", 3,
           "months", "limited to three months", "pretrial detention")
    d.prov("Pretrial detention is limited to three months but may be extended", "time_limit", 18,
           "months", "up to 18 months", "extended pretrial detention")
    d.ev("A formal bail system existed, but judges did not utilize it during the year.", "other",
         Y, polarity="negated")
    d.ev("reported they were denied access to their clients for days", "other", Y,
         source="lawyers")
    d.ev("Rajab Huseynli was detained on October 18 and held incommunicado",
         "detention_or_arrest", "2017-10-18")
    d.dur(3, "days", "for three days")
    d.ev("In particular, police detained individuals who peacefully sought to exercise",
         "detention_or_arrest", Y)
    d.ev("on May 22, journalist Nijat Amiraslanov was given 30 days", "conviction_or_sentence",
         "2017-05-22")
    d.pen("prison", 30, "days", "30 days of administrative detention")
    d.ev("His lawyer reported that Amiraslanov was tortured", "torture_or_abuse", Y,
         source="his lawyer")
    d.ev("He lost the majority of his teeth while in custody", "torture_or_abuse", Y)
    d.prov("routinely extended the initial three-month pretrial detention period permitted by law",
           "time_limit", 3, "months", "initial three-month period",
           "pretrial detention")
    d.ev("On March 16, the president pardoned 423 prisoners", "release", "2017-03-16")
    d.fig("On March 16, the president pardoned 423 prisoners", 423, "prisoners pardoned")
    d.ev("There were reports authorities pressed some of the released prisoners", "other", Y,
         polarity="alleged")
    d.ev("On September 11, the president pardoned blogger Alexander Lapshin", "release",
         "2017-09-11")
    d.ev("the court ordered the early release of 18 individuals connected to the 2015", "other",
         "2015", place="Nardaran")
    d.fig("the court ordered the early release of 18 individuals connected to the 2015", 18,
          "individuals granted early release")

    d.sec("1.e")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Judicial Legal Council")
    d.ent("organization", "Presidential Administration")
    d.ent("person", "Giyas Ibrahimov", "Ibrahimov")
    d.ent("organization", "Collegium")
    d.ent("person", "Yalchin Imanov")
    d.ent("organization", "Milli Mejlis", "National Assembly", "Milli Majlis")
    d.ent("organization", "Baku Court of Grave Crimes", "Baku Grave Crimes Court")
    d.ent("organization", "Military Court")
    d.ent("organization", "Turan Information Agency", "Turan")
    d.ent("person", "Mehman Aliyev")
    d.ent("person", "Faig Amirli", "Amirli")
    d.ent("person", "Elgiz Gahraman", "Gahraman")
    d.ent("person", "Taleh Bagirzada")
    d.ent("person", "Fuad Gahramanli")
    d.ent("organization", "Surakhany District Court")
    d.ent("person", "Fuad Ahmadli", "Ahmadli")
    d.ent("organization", "REAL", "REAL Movement", "Republican Alternative Movement")
    d.ent("person", "Ilgar Mammadov", "Mammadov")
    d.ent("person", "Aziz Orucov", "Orucov")
    d.not_entity("European Convention on Human Rights")
    d.fig("The council appoints a judicial selection committee (six judges", 6,
          "judges on the judicial selection committee")
    d.ev("In the appeal of Giyas Ibrahimov, the judge ordered the microphone", "other", Y)
    d.ev("on November 20, the Collegium voted to expel lawyer Yalchin Imanov", "dismissal",
         "2017-11-20")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of Collegium pressure on lawyers.", "attack_or_threat", Y, polarity="alleged")
    d.ev("There were reports of police physically intimidating lawyers", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("On November 7, the Milli Majlis amended the law on legal representation.",
         "law_or_decree", "2017-11-07")
    d.ev("Representatives of the legal community and NGOs criticized the amended law", "other",
         Y, source="representatives of the legal community and NGOs")
    d.ev("during its May 2016 visit to the country", "other", "2016-05", source=WGAD)
    d.ev("In addition to the presidential pardons on March 16 and September 11", "release",
         "2017-03-16", date_end="2017-09-11")
    d.ev("authorities on September 11 released the Turan Information Agency", "release",
         "2017-09-11")
    d.ev("changed the terms of confinement for Azadliqfinancial director", "release",
         "2017-09-15")
    d.fig("there were 156 political prisoners and detainees at year’s end", 156,
          "political prisoners and detainees at year's end",
          source="NGO working group on political prisoners")
    d.ev("On January 16, the Baku Grave Crimes Court sentenced N!DA", "conviction_or_sentence",
         "2017-01-16")
    d.pen("prison", 66, "months", "five years and six months")
    d.ev("stated the real reason Gahraman was punished", "other", Y,
         source="lawyers and civil society activists")
    d.ev("The Baku Court of Appeals upheld the sentence on May 18", "conviction_or_sentence",
         "2017-05-18")
    d.ev("on November 29, the Supreme Court reduced his sentence", "conviction_or_sentence",
         "2017-11-29")
    d.pen("prison", 3, "years", "three years’ imprisonment")
    d.ev("On January 25, the Baku Grave Crimes Court sentenced Muslim Unity",
         "conviction_or_sentence", "2017-01-25")
    d.pen("prison", 20, "years", "20 years in prison")
    d.ev("Sixteen others associated with the case received prison terms",
         "conviction_or_sentence", "2017-01-25")
    d.pen("prison", 174, "months", "14 years and six months")
    d.fig("Sixteen others associated with the case received prison terms", 16,
          "others sentenced in the Muslim Unity Movement case")
    d.ev("was sentenced in a related case to 10 years in prison", "conviction_or_sentence", Y)
    d.pen("prison", 10, "years", "10 years in prison")
    d.fig("was sentenced in a related case to 10 years in prison", 3,
          "Popular Front Party deputy chairs")
    d.ev("Human rights defenders asserted the government falsified and fabricated", "other", Y,
         source="human rights defenders")
    d.ev("On March 3, the Surakhany District Court sentenced blogger", "conviction_or_sentence",
         "2017-03-03")
    d.pen("prison", 2, "years", "two years in prison")
    d.ev("On June 16, the Baku Grave Crimes Court sentenced Fuad Ahmadli",
         "conviction_or_sentence", "2017-06-16")
    d.pen("prison", 4, "years", "four years’ imprisonment")
    d.ev("Human rights defenders stated he was punished for participating", "other", Y,
         source="human rights defenders")
    d.ev("On November 16, the ECHR ruled the chairman of the opposition", "other",
         "2017-11-16", source="ECHR")
    d.ev("Mammadov had been incarcerated since 2013 despite a 2014 ruling",
         "detention_or_arrest", "2013")
    d.ev("Mammadov had been incarcerated since 2013 despite a 2014 ruling", "other", "2014",
         source="ECHR")
    d.fig("Individuals considered by activists to be political detainees included one", 3,
          "Popular Front Party deputy chairs")
    d.prov("All citizens have the right to appeal to the ECHR within six months", "time_limit", 6,
           "months", "within six months", "appeal to the ECHR")

    d.sec("1.f")
    d.ent("organization", "State Security Service", "State Security Services")
    d.ent("person", "Elnur Seyidov")
    d.ent("person", "Ali Kerimli")
    d.ent("person", "Ordukhan Temirkhan")
    d.ev("It was widely reported that the State Security Service and the Ministry",
         "surveillance", Y, polarity="alleged")
    d.ev("There were indications the postal service monitored certain mail", "surveillance", Y,
         polarity="alleged")
    d.ev("remained incarcerated since 2012 on charges widely viewed as politically",
         "detention_or_arrest", "2012")
    d.ev("On February 18, police interrogated family members of exiled blogger",
         "investigation", "2017-02-18")
    d.ev("His brother and nephew were sentenced to administrative detention",
         "conviction_or_sentence", Y)
    d.ev("there were reports at least five Popular Front Party members were fired", "dismissal",
         Y, polarity="alleged")
    d.fig("there were reports at least five Popular Front Party members were fired", 5,
          "Popular Front Party members fired after a protest", "at least")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def azerbaijan() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2017_azerbaijan", FILE, 2017, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2017_azerbaijan": azerbaijan}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
