"""Build the hand-made DEV gold file for Lebanon 2023 (a page of the public collection).

``2023_lebanon.jsonl`` annotates ``html/2023/lebanon.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2023/lebanon.html`` by ``scripts/collection.sh``: the 2023
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with
the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence before the
system was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_lebanon2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_lebanon2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_lebanon.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/lebanon.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

ISF = "Internal Security Forces"
HRW = "Human Rights Watch"
MOSA = "Ministry of Social Affairs"
MOL = "Ministry of Labor"
MEHE = "Ministry of Education and Higher Education"
GCLW = "General Confederation of Lebanese Workers"
NSSF = "National Social Security Fund"
DGS = "General Directorate of Security"
LAF = "Lebanese Armed Forces"
CYB = "Cybercrimes Bureau"
UNRWA = "UN Relief and Works Agency"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", ISF, "ISF")
    d.ent("person", "Abdelrahman Tarek", "Tarek")
    d.ent("place", "Lebanon")
    d.ent("place", "Egypt")
    d.ent("organization", "NHRC")
    d.ent("organization", "National Preventive Mechanism against Torture")
    d.ev("On May 24, local and international NGOs reported plainclothes officers",
         "detention_or_arrest", "2023-05-24", source="local and international NGOs")
    d.ev("The ISF detained Tarek without an arrest warrant", "detention_or_arrest",
         "2023-05-24")
    # t-conv15 settlement: another occurrence naming the detention, untied: the year
    d.ev("His detention sparked collective advocacy to free him", "other", Y)
    d.ev("He was released after six hours.", "release", "2023-05-24")
    d.dur(6, "hours", "after six hours")
    d.fig("Neither the 10-member NHRC nor its constituent five-member", 10,
          "members of the NHRC")
    d.fig("Neither the 10-member NHRC nor its constituent five-member", 5,
          "members of the National Preventive Mechanism against Torture")
    d.ev("On June 15, the NHRC published a report", "report_published", "2023-06-15",
         source="NHRC")
    d.ev("As of year’s end, the NHRC neither had a budget nor had commenced", "other", Y,
         polarity="negated")

    d.sec("6")
    d.ent("place", "East Africa")
    d.ent("place", "Southeast Asia")
    d.ent("person", "Hussein Zeaiter")
    d.ent("person", "Zeinab")
    d.ent("organization", "Women’s Affairs Division")
    d.ent("organization", MOSA)
    d.ent("organization", MEHE)
    d.ent("organization", "UNICEF")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Israelite Communal Council")
    d.ent("organization", "Department of State")
    d.ent("organization", "Helem")
    d.ent("organization", HRW, "HRW")
    d.ent("organization", "Hizballah", "Hezbollah")
    d.ent("person", "Hassan Nasrallah", "Nasrallah")
    d.ent("organization", "Soldiers of God")
    d.ent("place", "Beirut")
    d.ent("organization", "Society for Inclusion and Development", "SIDC")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Islamic Cultural Center in Lebanon")
    d.ent("organization", "Ministry of Public Health")
    d.not_entity("International Religious Freedom Report", "Trafficking in Persons Report",
                 "Findings on the Worst Forms of Child Labor", "UN Humanitarian Aid report")
    d.prov("The minimum prison sentence for a person convicted of rape", "penalty", 5,
           "years", "five years", "rape")
    d.prov("The minimum prison sentence for a person convicted of rape", "penalty", 7,
           "years", "seven years", "rape of a minor")
    d.prov("The minimum prison sentence for a person convicted of rape", "threshold", 18,
           "age", "younger than 18", "definition of a minor")
    d.prov("the law provided for a maximum sentence of 10 years", "penalty", 10, "years",
           "maximum sentence of 10 years", "battery")
    d.ev("On March 25, media reported Hussein Zeaiter shot and killed", "killing",
         "2023-03-25", source="media")
    d.fig("On March 25, media reported Hussein Zeaiter shot and killed", 3,
          "children the suspect fled with", source="media")
    # t-gold27 (settlement 2026-12-21, S1): a named actor's reaction to one occurrence told by
    # "characterized <the killing> as": one `other` event, the report year, source the actor.
    d.ev("The local mayor characterized the killing", "other", Y, source="local mayor")
    d.fig("All 18 recognized religious groups had their own personal status courts", 18,
          "recognized religious groups")
    d.fig("Sharia courts weighed the testimony of one man", 1,
          "men whose testimony equals that of two women")
    d.fig("Sharia courts weighed the testimony of one man", 2,
          "women whose testimony equals that of one man")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("all 11 government health-care facilities certified to do so", 11,
          "government health-care facilities certified for clinical management of rape")
    d.ev("A few violent incidents against refugees occurred.", "attack_or_threat", Y)
    d.prov("The minimum age of marriage varied from ages 14 to 18", "threshold", 14, "age",
           "from ages 14 to 18", "minimum age of marriage", value_end=18)
    d.fig("in some cases four times the rate of child marriage", 4,
          "rate of child marriage among Syrian refugees against 2011", unit="times")
    d.prov("The minimum age for consensual sex was 18", "threshold", 18, "age", "18",
           "age of consent")
    d.prov("The minimum age for consensual sex was 18", "penalty", 5, "years",
           "hard labor for a minimum of five years", "statutory rape")
    d.prov("The minimum age for consensual sex was 18", "penalty", 7, "years",
           "a minimum of seven years’ imprisonment", "statutory rape of a child under 15")
    d.prov("The minimum age for consensual sex was 18", "threshold", 15, "age",
           "younger than 15", "statutory rape")
    d.fig("At year’s end there were an estimated 70-100 Jews", 70, "Jews living in the country",
          "approximately", value_end=100)
    d.fig("At year’s end there were an estimated 70-100 Jews", 5500,
          "registered Jewish voters living abroad")
    d.prov("Authorities occasionally enforced the law, which carried a penalty", "penalty", 1,
           "years", "up to one year in jail", "sexual intercourse against nature")
    d.ev("In July, nine members of parliament submitted a draft law", "other", "2023-07")
    d.fig("In July, nine members of parliament submitted a draft law", 9,
          "members of parliament who submitted the repeal bill")
    d.ev("In August, the culture minister and a member of parliament", "other", "2023-08")
    d.ev("There was no vote on any of these bills", "law_or_decree", Y, polarity="negated")
    d.ev("As of December 18, the Lebanese LGBTQI+ rights NGO Helem", "attack_or_threat", Y,
         source="Helem")
    d.fig("As of December 18, the Lebanese LGBTQI+ rights NGO Helem", 159,
          "cases of violence and abuse against LGBTQI+ persons", source="Helem")
    d.fig("As of December 18, the Lebanese LGBTQI+ rights NGO Helem", 25,
          "incidents of domestic violence against LGBTQI+ persons", source="Helem")
    d.ev("Additionally, Helem reported 350 cases of verbal abuse.", "attack_or_threat", Y,
         source="Helem")
    d.fig("Additionally, Helem reported 350 cases of verbal abuse.", 350,
          "cases of verbal abuse against LGBTQI+ persons", source="Helem")
    d.ev("NGOs received reports from LGBTQI+ refugees of physical abuse", "attack_or_threat",
         Y, source="NGOs")
    d.ev("Human rights organizations reported the government harassed members",
         "attack_or_threat", Y, source="Human rights organizations")
    d.ev("documented one person’s detention for 52 days at a police station",
         "detention_or_arrest", Y, source=HRW)
    d.dur(52, "days", "for 52 days")
    d.ev("The organization also documented cases of online extortion", "attack_or_threat", Y,
         source=HRW)
    d.ev("There were reports ISF officers mistreated LGBTQI+ individuals in custody",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In a July 22 speech, Hizballah Secretary General Hassan Nasrallah",
         "attack_or_threat", "2023-07-22")
    # t-conv15 settlement: "also" on an occurrence of another type than the episode's: the year
    d.ev("Nasrallah also urged use of derogatory terms", "other", Y)
    d.ev("On August 23, members of the “Soldiers of God” attacked", "attack_or_threat",
         "2023-08-23", place="Beirut")
    d.ev("In videos posted on social media, the attackers cursed at patrons",
         "attack_or_threat", "2023-08-23")
    d.ev("ISF officers who arrived while the attack was under way", "other", Y,
         polarity="negated", source=HRW)
    d.ev("No one had been arrested for the attack at year’s end.", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("There were no government efforts to prevent such discrimination", "other", Y,
         polarity="negated")
    d.ev("reported 85 cases of violence and discrimination against LGBTQI+ persons",
         "attack_or_threat", Y, source="SIDC")
    d.fig("reported 85 cases of violence and discrimination against LGBTQI+ persons", 85,
          "violence and discrimination cases against LGBTQI+ persons", source="SIDC")
    d.fig("Of these, 35 persons experienced workplace discrimination", 35,
          "LGBTQI+ persons facing workplace discrimination", source="SIDC")
    d.fig("Of these, 35 persons experienced workplace discrimination", 16,
          "LGBTQI+ persons facing assembly restrictions", source="SIDC")
    d.ev("During the year, the SIDC reported a transgender woman was evicted", "other", Y,
         source="SIDC")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports of faith-based organizations offering sexual orientation change", "other",
         Y, polarity="alleged")
    d.ev("In December, the SIDC reported family members forced", "other", "2023-12",
         source="SIDC")
    d.ev("There were no known reports of medically unnecessary", "other", Y,
         polarity="negated")
    # t-hfix13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.fig("During the year, more than a dozen media organizations", 12,
          "media organizations that expressed concern", "more than")
    d.ev("On June 17, the Islamic Cultural Center in Lebanon asked", "other", "2023-06-17",
         source="Islamic Cultural Center in Lebanon")
    d.prov("It required that persons with disabilities fill at least 3 percent", "requirement",
           3, "percent", "at least 3 percent", "positions filled by persons with disabilities")
    d.prov("applied for the job within three months of its advertisement", "time_limit", 3,
           "months", "within three months",
           "exemption from the disability quota")
    d.ev("In April, the Ministry of Social Affairs partnered", "other", "2023-04")
    d.fig("treatment was available at only one hospital in Beirut", 1,
          "hospitals offering HIV treatment")
    d.fig("Palestinian refugees remained barred from working in 39 skilled", 39,
          "skilled professions barred to Palestinian refugees")

    d.sec("7.a")
    d.ent("organization", MOL)
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", GCLW)
    d.prov("but a minimum of 60 percent of workers had to agree", "threshold", 60, "percent",
           "a minimum of 60 percent of workers", "collective bargaining")
    d.prov("The law required a vote of two-thirds of union members", "threshold", 2 / 3,
           "members", "two-thirds of union members", "ratifying collective agreements")
    d.prov("Organizers of a strike (at least three of whom", "threshold", 3, "persons",
           "at least three", "organizers of a strike identified by name")
    d.prov("Of a union’s membership, 5 percent had to assume", "requirement", 5, "percent",
           "5 percent", "members maintaining order at a strike")
    d.ev("Throughout the year, several labor federations staged strikes", "strike", Y)
    d.ev("Public sector employees – including judges, judicial clerks", "strike", Y)
    d.fig("declined by 98 percent compared to the U.S. dollar since 2019", 98,
          "decline of salaries against the U.S. dollar since 2019", unit="percent")
    d.ev("Employees of the state-run electricity and telecommunications utilities", "strike",
         Y)
    d.ev("Some employers fired workers in the process of forming a union", "dismissal", Y)

    d.sec("7.b")
    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.sec("7.e")
    d.ent("organization", DGS, "DGS", "Directorate of General Security")
    d.ent("organization", NSSF)
    d.ev("According to a UN Humanitarian Aid report published on June 16", "report_published",
         "2023-06-16", source="UN Humanitarian Aid report")
    d.fig("the minimum monthly wage was less than 675,000 Lebanese pounds", 675000,
          "minimum monthly wage", "fewer than", unit="LBP",
          source="UN Humanitarian Aid report")
    d.fig("the minimum monthly wage was less than 675,000 Lebanese pounds", 25,
          "minimum monthly wage at the parallel market rate", unit="USD",
          source="UN Humanitarian Aid report")
    d.prov("The law prescribed a standard 48-hour work week", "prohibition", 48, "hours",
           "a standard 48-hour work week", "working hours")
    d.prov("The law prescribed a standard 48-hour work week", "right", 36, "hours",
           "not be less than 36 consecutive hours", "weekly rest")
    d.prov("The law stipulated 48 hours of work as the maximum per week", "prohibition", 48,
           "hours", "48 hours of work as the maximum", "working hours")
    d.prov("The law permitted a 12-hour day under certain conditions", "prohibition", 12,
           "hours", "a 12-hour day", "daily working hours")
    d.prov("The law permitted a 12-hour day under certain conditions", "requirement", 150,
           "percent", "150 percent of normal pay", "overtime pay")
    d.ev("There were no reported cases in which the ministry revoked", "other", Y,
         polarity="negated")
    d.ev("A 2021 report by the ILO estimated 78 percent", "report_published", "2021",
         source="ILO")
    d.fig("A 2021 report by the ILO estimated 78 percent", 78,
          "share of employment that was informal", unit="percent", source="ILO")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Military Court")
    d.ent("organization", "Freedom House")
    d.ent("person", "Nour Hajjar", "Hajjar")
    d.ent("organization", "General Directorate for State Security")
    d.ent("person", "Jean Kassir")
    d.ent("organization", "Megaphone", "Megaphone News")
    d.ent("organization", LAF, "LAF")
    d.ent("person", "Mahmoud Shukr")
    d.ent("organization", "al-Hadath")
    d.ent("organization", "Samir Kassir Eyes Foundation")
    d.ent("person", "Cesar Abi Khalil")
    d.ent("organization", "MTV")
    d.ent("person", "Ghadi Bou Moussa")
    d.ent("organization", "Sharika wa Laken")
    d.ent("organization", "Naqd")
    d.ent("place", "Israel")
    d.ent("organization", "Publications Court")
    d.ent("organization", "Amnesty International")
    d.ent("person", "Dima Sadek")
    d.ent("organization", "Free Patriotic Movement")
    d.ent("person", "Gebran Bassil")
    d.ent("organization", "Amal Movement")
    d.ent("organization", CYB)
    d.ent("organization", "Ministry of Telecommunications")
    d.ent("organization", "Public Source")
    d.ent("organization", "Lebanese Forces")
    d.ent("organization", "Beirut Today")
    d.ent("person", "Lynn Cheikh Moussa")
    d.ev("and the Military Court prosecuted some of the misdemeanor cases", "charge", Y)
    d.ev("On two separate occasions in August, authorities arrested comedian Nour Hajjar",
         "detention_or_arrest", "2023-08")
    d.ev("On August 25, military police interrogated Hajjar", "detention_or_arrest",
         "2023-08-25")
    d.dur(11, "hours", "for 11 hours")
    d.ev("He was detained again on August 29", "detention_or_arrest", "2023-08-29")
    d.fig("The two reports filed against him remained pending", 2,
          "reports filed against Hajjar")
    d.ev("Protesters and security forces attacked or harassed journalists", "attack_or_threat",
         Y)
    d.ev("On March 30 and April 4, the General Directorate for State Security", "other",
         "2023-03-30")
    d.ev("On March 30 and April 4, the General Directorate for State Security", "other",
         "2023-04-04")
    d.ev("On August 9, LAF members shoved Mahmoud Shukr", "attack_or_threat", "2023-08-09")
    d.ev("The incident sparked an armed confrontation between Hizballah members", "killing",
         "2023-08-09")
    d.fig("The incident sparked an armed confrontation between Hizballah members", 2,
          "deaths in the confrontation over the overturned truck")
    d.ev("The Samir Kassir Eyes Foundation reported a bodyguard", "attack_or_threat",
         "2023-08-09", source="Samir Kassir Eyes Foundation")
    d.ev("On September 30, Christian and Muslim extremists attacked demonstrators",
         "attack_or_threat", "2023-09-30", place="Beirut")
    d.ev("Megaphone News reported allegations the ISF used excessive force", "attack_or_threat",
         Y, polarity="alleged", source="Megaphone News")
    d.ev("reviewed and censored foreign newspapers, magazines, and books",
         "censorship_or_blocking", Y)
    d.prov("Prison sentences ranged from one to three years", "penalty", 1, "years",
           "from one to three years", "libel, slander and blasphemy", value_end=3)
    d.ev("Several human rights NGOs reported authorities filed dozens", "charge", Y,
         source="Several human rights NGOs")
    d.ev("Amnesty International documented 11 cases of authorities using defamation",
         "charge", Y, source="Amnesty International")
    d.fig("Amnesty International documented 11 cases of authorities using defamation", 11,
          "cases of defamation and insult laws used against expression",
          source="Amnesty International")
    d.ev("On July 10, a Beirut criminal court judge sentenced", "conviction_or_sentence",
         "2023-07-10")
    d.pen("prison", 1, "years", "one year’s imprisonment")
    d.ev("On July 10, a Beirut criminal court judge sentenced", "charge", "2020")
    d.ev("She appealed the ruling but as of November", "trial", Y, polarity="negated")
    d.ev("There were no known prosecutions under this law during the year.", "charge", Y,
         polarity="negated")
    d.ev("The government restricted some access to the internet.", "censorship_or_blocking", Y)
    d.ev("the government reportedly restricted access to some websites",
         "censorship_or_blocking", Y, polarity="alleged")
    # t-hfix13: an act outside the taxonomy's verbs on a class is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("On March 31, Cybercrimes Bureau officials summoned the editor", "other",
         "2023-03-31")
    d.ev("On March 31, Cybercrimes Bureau officials summoned the editor", "report_published",
         "2022", source="Public Source")
    d.ev("On September 6, the ISF’s Cybercrimes Bureau summoned", "other", "2023-09-06")

    d.sec("2.b")
    d.ent("organization", "MENA Rights Group")
    d.ent("organization", "Council of Ministers")
    d.prov("The Ministry of Interior required organizers to obtain a permit three days",
           "time_limit", 3, "days", "three days prior to any demonstration",
           "notice of a demonstration")
    d.ev("Amnesty International and the MENA Rights Group reported security forces",
         "attack_or_threat", Y, source="Amnesty International, MENA Rights Group")

    d.sec("2.e")
    d.ent("place", "Syria")
    d.ent("place", "Mount Lebanon")
    d.ent("organization", UNRWA, "UNRWA", "UNWRA")
    d.ent("place", "Jordan")
    # t-gold20, settled 2026-12-16 (3): a town inside a capitalised facility name is no place
    # mention ("Ein al-Hilweh Camp"; "the Nahr el-Bared Palestinian Refugee Camp", its only one)
    d.not_entity("Ein al-Hilweh Camp", "Nahr el-Bared Palestinian Refugee Camp")
    # t-gold20b (decision 3 withdrawn; 2026-12-06 Entities): a town naming a facility is no place mention
    # ("the Ein al-Hilweh Palestinian refugee camp", the last mention: the place record goes)
    d.not_entity("Ein al-Hilweh Palestinian refugee camp")
    d.ent("organization", "Internal Displacement Monitoring Center")
    d.ent("organization", "Directorate of Political Affairs and Refugees", "DPAR")
    d.not_entity("Convention Relating to the Status of Refugees",
                 "Protocol Relating to the Status of Refugees")
    d.ev("During the year, some government officials limited humanitarian organizations",
         "other", Y)
    d.ev("Officials imposed restrictions on the transfer value of food", "other", Y)
    d.fig("As of October 27, there were approximately 1.5 million Syrian", 1500000,
          "Syrian refugees in Lebanon", "approximately")
    d.fig("As of October 27, there were approximately 1.5 million Syrian", 790000,
          "Syrian refugees registered with UNHCR")
    d.ev("The government had not allowed UNHCR to register Syrian refugees since", "other",
         "2015", polarity="negated")
    d.ev("According to the 2022 UNHCR assessment", "report_published", "2022", source="UNHCR")
    d.fig("obtain a passport through the Syrian embassy at a minimum cost", 400,
          "cost of a Syrian passport", "at least", unit="USD")
    d.prov("PRS children up to age 15 were included", "threshold", 15, "age", "up to age 15",
           "inclusion on the parents' identity card")
    d.prov("the DGS permitted PRS children older than 15", "threshold", 15, "age",
           "older than 15", "use of the civil extract as identity document")
    d.prov("the DGS permitted PRS children older than 15", "threshold", 18, "age",
           "until age 18", "use of the civil extract as identity document")
    d.ev("the LAF conducted individual deportations of 960 persons", "other", "2023-01",
         date_end="2023-08", source="UNHCR")
    d.fig("the LAF conducted individual deportations of 960 persons", 960,
          "individual deportations", source="UNHCR")
    d.fig("the LAF conducted individual deportations of 960 persons", 89,
          "increase of individual deportations against 2022", unit="percent", source="UNHCR")
    d.ev("Group deportations by the LAF also increased during the year", "other", Y,
         polarity="alleged")
    d.fig("Group deportations by the LAF also increased during the year", 3,
          "group deportations after arrests of boat passengers", "at least")
    d.ev("Beginning in early April, the LAF conducted a series of raids", "other", "2023-04")
    d.ev("The raids then spread to every governorate.", "other", "2023-04")
    d.ev("Authorities increased their scrutiny of Syrians at official checkpoints", "other", Y)
    d.ev("Humanitarian organizations reported the LAF arrested at least 2,360",
         "detention_or_arrest", "2023-04", date_end="2023-05",
         source="Humanitarian organizations")
    d.fig("Humanitarian organizations reported the LAF arrested at least 2,360", 2360,
          "Syrians arrested by the LAF", "at least", source="Humanitarian organizations")
    d.fig("Humanitarian organizations reported the LAF arrested at least 2,360", 1867,
          "persons deported to Syria in group deportations",
          source="Humanitarian organizations")
    d.ev("While the LAF stated it stopped conducting these raids in mid-May", "other",
         "2023-05", source="LAF")
    d.ev("humanitarian organizations also reported a small number of PRS", "other", Y,
         source="humanitarian organizations")
    d.ev("Human rights organizations reported the Syrian regime arbitrarily detained",
         "detention_or_arrest", Y, source="Human rights organizations")
    d.ev("NGOs and UN agencies reported incidents of sexual harassment", "attack_or_threat", Y,
         source="NGOs and UN agencies")
    d.ev("Authorities arrested a farm owner and his associates", "detention_or_arrest",
         "2023-06-22")
    d.fig("Authorities arrested a farm owner and his associates", 15,
          "Syrian field workers beaten")
    d.fig("Authorities arrested a farm owner and his associates", 3,
          "Lebanese field workers beaten")
    d.fig("Authorities arrested a farm owner and his associates", 5,
          "minors among the beaten field workers")
    d.ev("The victims agreed to drop charges after the farm owner paid", "other", Y)
    d.fig("into and out of six of the 12 official Palestinian refugee camps", 6,
          "refugee camps controlled by government checkpoints")
    d.fig("into and out of six of the 12 official Palestinian refugee camps", 12,
          "official Palestinian refugee camps")
    d.fig("Almost half of all Palestinian refugees registered with UNRWA", 0.5,
          "share of registered Palestinian refugees living in camps", "approximately")
    d.ev("From July 29 until mid-September, sporadic heavy fighting", "killing", "2023-07-29",
         date_end="2023-09", place="Ein al-Hilweh")
    d.fig("From July 29 until mid-September, sporadic heavy fighting", 30,
          "persons killed in the Ein al-Hilweh fighting", "at least")
    d.fig("all eight UNRWA schools in Ein al-Hilweh Camp", 8,
          "UNRWA schools in Ein al-Hilweh occupied or damaged")
    d.fig("UNRWA estimated the poverty rate of Palestinian refugees at 80 percent", 80,
          "poverty rate of Palestinian refugees", unit="percent", source=UNRWA)
    d.fig("a currency that lost 98 percent of its value since 2019", 98,
          "value lost by the Lebanese pound since 2019", unit="percent")
    d.fig("more than half of refugee children ages 3 to 18", 0.5,
          "share of refugee children without education", "more than", source="UNHCR")
    d.ev("In May, the DGS announced it opened registration", "other", "2023-05")
    d.ev("the DGS had not initiated any facilitated returns", "other", Y, polarity="negated")

    d.sec("2.f")
    d.ev("Fighting in 2007 destroyed the Nahr el-Bared", "other", "2007")
    d.fig("Fighting in 2007 destroyed the Nahr el-Bared", 27000,
          "residents of Nahr el-Bared displaced", "approximately")
    d.ev("The camp’s reconstruction, which began in 2008", "other", "2008")
    d.fig("The camp’s reconstruction, which began in 2008", 85,
          "share of the camp's reconstruction complete", "approximately", unit="percent")
    d.fig("UNWRA expected 20,878 displaced persons to return", 20878,
          "displaced persons expected to return", source=UNRWA)
    d.fig("UNWRA expected 20,878 displaced persons to return", 17477,
          "displaced persons who had returned", source=UNRWA)

    d.sec("2.g")
    d.ev("During the year, the government extended a waiver allowing late", "other", Y)
    d.prov("could obtain citizenship after one year of marriage", "threshold", 1, "years",
           "after one year of marriage", "citizenship of Palestinian refugee wives")
    d.prov("birth registration of children older than one required a court", "threshold", 1,
           "age", "older than one", "birth registration by court procedure")
    d.fig("UNRWA estimated 3,000 to 5,000 Palestinians remained unregistered", 3000,
          "unregistered Palestinians", source=UNRWA, value_end=5000)
    d.fig("Approximately 1,500 of an estimated 100,000 Kurds", 1500,
          "Kurds lacking citizenship", "approximately")
    d.fig("Approximately 1,500 of an estimated 100,000 Kurds", 100000,
          "Kurds living in the country", "approximately")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Lebanese Association for Democratic Elections")
    d.ent("person", "Michel Aoun")
    d.ent("person", "Najib Mikati")
    d.ev("While the most recent parliamentary elections (2022) were conducted peacefully",
         "election_or_referendum", "2022")
    d.ev("Independent candidates were reportedly harassed or physically threatened",
         "attack_or_threat", Y, polarity="alleged")
    d.prov("The constitution required presidential elections between one and two months",
           "time_limit", 1, "months", "between one and two months",
           "presidential elections", value_end=2)
    d.ev("Former President Michel Aoun left office at the end of October 2022.", "other",
         "2022-10")
    d.ev("No candidate received the required two-thirds majority", "election_or_referendum", Y)
    d.fig("No candidate received the required two-thirds majority", 12,
          "parliamentary votes for president")
    d.prov("No candidate received the required two-thirds majority", "threshold", 2 / 3,
           "members", "the required two-thirds majority", "election of the president")
    d.ev("whose government had functioned in a caretaker status since the May 2022",
         "election_or_referendum", "2022-05")
    d.ev("On April 18, parliament postponed for up to a year", "other", "2023-04-18")
    d.ev("On April 18, parliament postponed for up to a year", "other", "2022")
    d.ev("Nonsectarian parties gained a foothold in parliament in 2022",
         "election_or_referendum", "2022")
    d.fig("Nonsectarian parties gained a foothold in parliament in 2022", 12,
          "first-time reform-minded members elected")
    d.prov("Authorities allocated every government-recognized religious group at least one",
           "threshold", 1, "seats", "at least one seat in parliament",
           "seats of recognized religious groups")
    d.ev("Voters also elected three parliamentarians representing minorities",
         "election_or_referendum", "2022")
    d.fig("Voters also elected three parliamentarians representing minorities", 3,
          "minority parliamentarians elected")
    d.fig("Voters also elected three parliamentarians representing minorities", 1,
          "Syriac Orthodox Christian parliamentarians")
    d.fig("Voters also elected three parliamentarians representing minorities", 2,
          "Alawite parliamentarians")

    d.sec("4")
    d.ent("organization", "Central Bank")
    d.ent("organization", "Special Investigation Commission")
    d.ent("person", "Riad Salameh", "Salameh")
    d.ent("person", "Raja Salameh")
    d.ent("person", "Marianne Howayek")
    d.ent("person", "Nadi Salameh")
    d.ent("person", "Anna Kasakova")
    d.ent("place", "Paris")
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Associated Press")
    d.ent("person", "Ghassan Oueidat", "Oueidat")
    d.ent("organization", "Court of Cassation")
    d.not_entity("Port of Beirut", "Investment Climate Statement",
                 "International Narcotics Control Strategy Report")
    d.ev("On August 14, the Central Bank’s Special Investigation Commission froze", "other",
         "2023-08-14")
    d.ev("Riad Salameh attended two hearings by a visiting French", "trial", "2023-01-11",
         date_end="2023-01-20")
    d.fig("Riad Salameh attended two hearings by a visiting French", 2,
          "hearings attended by Salameh")
    d.ev("He failed to attend a hearing in Paris on May 9", "trial", "2023-05-09",
         polarity="negated", place="Paris")
    d.ev("French prosecutors issued an arrest warrant for him on May 16.", "other",
         "2023-05-16")
    d.ev("the Ministry of Finance published the report of an independent forensic audit",
         "report_published", "2023-08-07", source="Ministry of Finance")
    d.fig("the report revealed years of misconduct by Riad Salameh", 111000000,
          "illegitimate commissions taken", unit="USD", source="Associated Press")
    d.ev("On August 22, Public Prosecutor Ghassan Oueidat referred the report", "other",
         "2023-08-22")
    d.ev("No additional actions were reported by year’s end.", "other", Y, polarity="negated")
    d.ev("stalled the investigation into the 2020 Port of Beirut explosion", "other", "2020")
    d.ev("On January 25, Prosecutor General Oueidat ordered the release", "release",
         "2023-01-25")
    d.fig("On January 25, Prosecutor General Oueidat ordered the release", 17,
          "individuals released from pretrial detention")


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("organization", "Hamas")
    d.ent("organization", "Palestinian Islamic Jihad")
    d.ev("Significant human rights issues included credible reports of: torture",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("The government did not take credible steps to identify and punish", "investigation",
         Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Bashar Abdel Saoud")
    d.ent("person", "Lokman Slim")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.ev("On April 5, a military court judge ordered the pretrial release", "release",
         "2023-04-05")
    d.fig("On April 5, a military court judge ordered the pretrial release", 4,
          "detainees in the Abdel Saoud case")
    d.ev("On April 5, a military court judge ordered the pretrial release", "killing",
         "2022-09")
    d.ev("Investigations continued into the 2021 killing of Lokman Slim", "killing", "2021")
    d.ev("No findings were made public by year’s end.", "other", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no known reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Lebanese Center for Human Rights")
    d.ent("organization", "Tripoli Bar Association")
    d.ent("organization", "Parliamentary Police Force")
    d.ent("organization", "International Committee of the Red Cross")
    d.ev("alleged instances where security officials tortured detainees", "torture_or_abuse",
         Y, polarity="alleged", source="Amnesty International, HRW, and local NGOs")
    d.ev("The Lebanese Center for Human Rights documented 25 cases of torture",
         "torture_or_abuse", Y, source="Lebanese Center for Human Rights")
    d.fig("The Lebanese Center for Human Rights documented 25 cases of torture", 25,
          "cases of torture by security forces", source="Lebanese Center for Human Rights")
    d.ev("Amnesty International reported in September the Tripoli Bar Association filed",
         "report_published", "2023-09", source="Amnesty International")
    d.fig("Amnesty International reported in September the Tripoli Bar Association filed", 22,
          "detainee complaints of torture filed in 2022", source="Amnesty International")
    d.fig("Amnesty International reported in September the Tripoli Bar Association filed", 6,
          "detainee complaints of torture filed early in the year",
          source="Amnesty International")
    d.fig("As of October, there were approximately 9,254 prisoners", 9254,
          "prisoners and detainees", "approximately", source="ISF")
    d.fig("As of October, there were approximately 9,254 prisoners", 4760,
          "capacity of detention facilities", source="ISF")
    d.ev("In August, HRW reported food in prisons remained insufficient", "report_published",
         "2023-08", source=HRW)
    d.fig("As of October, the ISF committee reported it had received 16", 16,
          "complaints received by the ISF committee", source="ISF")

    d.sec("1.d")
    d.ev("NGOs and civil society groups alleged the government arbitrarily arrested",
         "detention_or_arrest", Y, polarity="alleged",
         source="NGOs and civil society groups")
    d.prov("It also required referral of detained individuals to a prosecutor within 48",
           "time_limit", 48, "hours", "within 48 hours of arrest", "referral to a prosecutor")
    d.prov("The law permitted a person to be held in police custody", "time_limit", 48,
           "hours", "up to 48 hours", "police custody")
    d.prov("a general prosecutor could extend the period of custody for another 48",
           "time_limit", 48, "hours", "another 48 hours", "extension of police custody")
    d.ev("According to local NGOs, cases of arbitrary arrest occurred", "detention_or_arrest",
         Y, source="local NGOs")
    d.prov("The law stated the period of detention for a misdemeanor could not exceed",
           "time_limit", 2, "months", "could not exceed two months",
           "pretrial detention for a misdemeanor")
    d.prov("The law allowed officials to extend this period up to two additional",
           "time_limit", 2, "months", "up to two additional months",
           "extension of pretrial detention for a misdemeanor")
    d.prov("the initial period of detention for felonies could not exceed six months",
           "time_limit", 6, "months", "could not exceed six months",
           "pretrial detention for a felony")
    d.ev("A series of strikes by judges and judicial workers beginning in August 2022",
         "strike", "2022-08", date_end="2023-01")

    d.sec("1.e")
    d.ev("There were no known reports of political prisoners or detainees.",
         "detention_or_arrest", Y, polarity="negated")

    d.sec("1.g")
    d.ent("place", "Beka’a Valley")
    d.ev("While municipalities and the LAF carried out some collective evictions", "other", Y)

    d.sec("1.h")
    d.ev("the security services monitored private email and other digital", "surveillance", Y)
    d.ev("Various nonstate armed groups such as Hizballah and Palestinian militias used",
         "surveillance", Y)

    d.sec("1.i")
    d.ent("organization", "Israeli Defense Forces")
    d.ent("person", "Issam Abdallah")
    d.ent("organization", "Reuters")
    d.not_entity("Israel Human Rights Report")
    d.ev("Starting in October, Hezbollah, Palestinian militants, and the Israeli",
         "attack_or_threat", "2023-10")
    d.ev("This led to the deaths of 26 Lebanese civilians", "killing", "2023-10",
         date_end="2023-12")
    d.fig("This led to the deaths of 26 Lebanese civilians", 26,
          "Lebanese civilians killed by Israeli fire")
    d.ev("On November 14, an HRW report stated an Israeli strike", "report_published",
         "2023-11-14", source=HRW)
    d.ev("On November 14, an HRW report stated an Israeli strike", "killing", "2023-11-05",
         source=HRW)
    d.fig("On November 14, an HRW report stated an Israeli strike", 3,
          "young girls killed in the strike on a family car", source=HRW)
    d.ev("On December 7, an HRW report stated two Israeli strikes", "report_published",
         "2023-12-07", source=HRW)
    d.ev("On December 7, an HRW report stated two Israeli strikes", "killing", "2023-10-13",
         source=HRW)
    d.fig("On December 7, an HRW report stated two Israeli strikes", 2,
          "Israeli strikes on journalists", source=HRW)
    d.fig("On December 7, an HRW report stated two Israeli strikes", 6,
          "journalists injured", source=HRW)


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def lebanon() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_lebanon", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_lebanon": lebanon}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
