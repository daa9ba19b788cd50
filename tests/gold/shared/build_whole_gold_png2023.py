"""Build the hand-made DEV gold file for Papua New Guinea 2023 (a page of the public collection).

``2023_papua-new-guinea.jsonl`` annotates ``html/2023/papua-new-guinea.html`` of the public
collection of state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked
out next to the repository as ``../collection/html/2023/papua-new-guinea.html`` by
``scripts/collection.sh``: the 2023 edition, seven sections told in the past tense. Split
``dev``, annotated with the method and ``CollectionDevDoc`` of
``collection_gold.py``: every record below was decided by hand, reading the report
sentence by sentence before the system was ever run on it; the script only turns the decisions
into offsets (into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14
words) occurring once in the document. The scope line lists in ``"ranges"`` exactly the section
groups annotated whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_png2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_png2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in
docs/gold/2023_papua-new-guinea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/papua-new-guinea.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

OMB = "Ombudsman Commission"
HRW = "Human Rights Watch"
CGP = "Community Good program"
OCHA = "UN Office for the Coordination of Humanitarian Affairs"
LABOR = "Department of Labor and Industrial Relations"
IOM = "International Organization for Migration"
PNG = "Papua New Guinea"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", OMB)

    d.sec("6")
    d.ent("place", "Southern Highlands Province", "Southern Highlands", "Southern")
    d.ent("place", "Hela Province", "Hela")
    d.ent("place", "Enga Province", "Enga")
    d.ent("place", "Highlands")
    d.ent("place", "Port Moresby")
    # t-gold20b (decision 3 withdrawn; 2026-12-06 Entities): a town naming a facility is no place mention
    d.not_entity("Port Moresby’s Bomana jail")
    d.ent("organization", HRW)
    d.ent("organization", "Special Parliamentary Committee on Gender Based Violence")
    d.ent("organization", "Public Prosecutor")
    d.ent("person", "Imelda Tupi Tiamanda", "Tiamanda")
    d.ent("organization", "Police Criminal Investigation Division")
    d.ent("organization", "National Department of Health")
    d.ent("organization", "World Health Organization")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "UN")
    d.ent("organization", "Save the Children")
    d.ent("organization", "UNICEF")
    d.ent("organization", "National Center for Missing & Exploited Children")
    d.ent("organization", "Department of State")
    d.ent("organization", "Many Coloured Sky")
    d.ent("organization", "United Church")
    d.ent("place", "Koroba Kopiago", "Koroba Kopiago District")
    d.ent("organization", OCHA)
    d.ent("place", "Porgera")
    d.ent("place", "Laiagam")
    d.ent("place", "Kompiam")
    d.not_entity("World Report", "Murray Barracks", "Family Support Centers", "Human Rights Act",
                 "Family Sexual and Violence Units", "Trafficking in Persons Report", CGP)
    d.prov("Rape of women or men, including spousal rape, was a crime", "penalty", 15,
           "years", "from 15 years’", "rape")
    d.prov("Rape of women or men, including spousal rape, was a crime", "penalty", None, None,
           "life imprisonment", "rape")
    d.prov("imposed maximum penalties of two years’ imprisonment and fines", "penalty", 2,
           "years", "two years’ imprisonment", "family violence")
    d.ev("In January, Human Rights Watch’s World Report stated", "report_published",
         "2023-01", source=HRW)
    d.ev("In May, the Special Parliamentary Committee on Gender Based Violence revealed",
         "report_published", "2023-05",
         source="Special Parliamentary Committee on Gender Based Violence")
    d.fig("In May, the Special Parliamentary Committee on Gender Based Violence revealed", 30,
          "interval between beatings of women", unit="seconds")
    d.fig("In May, the Special Parliamentary Committee on Gender Based Violence revealed", 81,
          "share of perpetrators who were intimate partners", unit="percent")
    d.fig("The committee estimated that more than 1.5 million women", 1500000,
          "women experiencing gender-based violence yearly", "more than")
    d.ev("On August 31, police sought the aid of the Public Prosecutor", "other", "2023-08-31")
    d.ev("On August 31, police sought the aid of the Public Prosecutor", "killing", "2022-05")
    d.fig("On August 31, police sought the aid of the Public Prosecutor", 3,
          "men charged with the murder")
    d.ev("Tiamanda was found dead in her husband’s vehicle", "killing", "2022-05",
         place="Southern Highlands Province")
    d.ev("Those charged, including her husband, were released in September 2022", "release",
         "2022-09")
    d.ev("In June, a woman was allegedly beaten to death by her husband", "killing", "2023-06",
         polarity="alleged", place="Port Moresby")
    d.ev("The Police Criminal Investigation Division charged the man with murder", "charge", Y)
    d.fig("approximately 90 percent of women in prison were convicted", 90,
          "share of women prisoners convicted of attacking or killing", "approximately",
          unit="percent", source="independent observers")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.fig("the maternal mortality ratio in 2021 was 145 deaths", 145,
          "maternal mortality ratio (2021)", unit="deaths per 100,000 live births",
          source="World Health Organization")
    d.fig("Of married women, 26 percent had an unmet need", 26,
          "share of married women with an unmet need for family planning", unit="percent")
    d.fig("65 percent of married women used modern contraceptive methods", 65,
          "share of married women using modern contraception", unit="percent")
    d.ev("the International Labor Organization noted there were concerns", "report_published",
         Y, source="International Labor Organization")
    d.fig("Only one-third of children completed primary school.", 1 / 3,
          "share of children completing primary school")
    d.ev("Recent reports, including a May 2022 UN report, confirmed", "report_published",
         "2022-05", source="UN")
    d.ev("According to the NGO Save the Children’s report in November", "report_published",
         "2023-11", source="Save the Children")
    d.fig("According to the NGO Save the Children’s report in November", 70,
          "share of children suffering physical abuse", "approximately", unit="percent",
          source="Save the Children")
    d.fig("According to the NGO Save the Children’s report in November", 50,
          "share of children facing family violence", unit="percent",
          source="Save the Children")
    d.prov("The legal age for marriage was 18 for boys and 16 for girls.", "threshold", 18,
           "age", "18 for boys", "minimum age for marriage (boys)")
    d.prov("The legal age for marriage was 18 for boys and 16 for girls.", "threshold", 16,
           "age", "16 for girls", "minimum age for marriage (girls)")
    d.prov("There were younger legal marriage ages (16 for boys and 14", "threshold", 16,
           "age", "16 for boys", "marriage with consent (boys)")
    d.prov("There were younger legal marriage ages (16 for boys and 14", "threshold", 14,
           "age", "14 for girls", "marriage with consent (girls)")
    d.ev("In June, UNICEF reported 27 percent of girls", "report_published", "2023-06",
         source="UNICEF")
    d.fig("In June, UNICEF reported 27 percent of girls", 27,
          "share of girls under 18 who were married", unit="percent", source="UNICEF")
    # t-gold22, settled 2026-12-17 (2): "There were no (qualified) efforts" is the efforts rule, aim or none
    d.ev("there were no government prevention or mitigation efforts", "other", Y, polarity="negated")
    d.prov("penalties ranged from five to 15 years’ imprisonment", "penalty", 5, "years",
           "five to 15 years’ imprisonment", "child pornography", value_end=15)
    d.prov("The minimum age for consensual sex was 14.", "threshold", 14, "age", "14",
           "minimum age for consensual sex")
    d.prov("The maximum penalty for child rape was 25 years’ imprisonment", "penalty", 25,
           "years", "25 years’ imprisonment", "child rape")
    d.prov("The maximum penalty for child rape was 25 years’ imprisonment", "threshold", 12,
           "age", "younger than age 12", "child rape")
    d.prov("The maximum penalty for child rape was 25 years’ imprisonment", "penalty", None,
           None, "life imprisonment", "rape of a child younger than 12")
    d.ev("There were cases of traffickers, including family members", "other", Y)
    d.ev("There were also reports of traffickers exploiting children", "other", Y,
         polarity="alleged")
    d.ev("recorded approximately 12,000 cases of child sexual exploitation in 2022",
         "torture_or_abuse", "2022",
         source="National Center for Missing & Exploited Children")
    d.fig("recorded approximately 12,000 cases of child sexual exploitation in 2022", 12000,
          "cases of child sexual exploitation (2022)", "approximately",
          source="National Center for Missing & Exploited Children")
    d.ev("There were no known reports of antisemitic incidents.", "attack_or_threat", Y,
         polarity="negated")
    d.prov("The maximum penalty for same-sex sexual relations was 14 years", "penalty", 14,
           "years", "14 years’ imprisonment", "same-sex sexual relations")
    d.prov("The maximum penalty for same-sex sexual relations was 14 years", "penalty", 7,
           "years", "seven years’ imprisonment", "attempted same-sex relations")
    d.prov("The maximum penalty for same-sex sexual relations was 14 years", "penalty", 3,
           "years", "three years’ imprisonment", "gross indecency between men")
    d.ev("reported societal violence against LGBTQI+ persons, which police declined",
         "attack_or_threat", Y, polarity="alleged",
         source="individuals affiliated with LGBTQI+ organizations")
    d.ev("Australia-based NGO Many Coloured Sky reported in 2022", "report_published", "2022",
         source="Many Coloured Sky")
    # "There were no efforts to <aim>": the efforts rule (settled 2026-12-08)
    d.ev("There were no efforts to condemn such practices.", "other", Y, polarity="negated")
    d.ev("Press reported vigilante killings across the country", "killing", Y,
         polarity="alleged", source="press")
    d.fig("with estimates ranging from 30 to 500 fatal attacks per year", 30,
          "fatal sorcery-related attacks per year", value_end=500)
    d.ev("Police made no known arrests for sorcery-related violence", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("reported approximately 72 sorcery-related cases during a three-week investigation",
         "attack_or_threat", Y, source=CGP, place="Koroba Kopiago")
    d.fig("reported approximately 72 sorcery-related cases during a three-week investigation",
          72, "sorcery-related cases found", "approximately", source=CGP)
    d.ev("approximately 85 percent of those attacked for alleged sorcery died", "killing", Y,
         source=CGP)
    d.fig("approximately 85 percent of those attacked for alleged sorcery died", 85,
          "share of those attacked for sorcery who died", "approximately", unit="percent",
          source=CGP)
    d.fig("approximately 85 percent of those attacked for alleged sorcery died", 5,
          "share of those attacked who committed suicide", unit="percent", source=CGP)
    d.ev("recorded more than 100 persons displaced due to sorcery-related violence", "other",
         "2023-08", source=CGP, place="Koroba Kopiago")
    d.fig("recorded more than 100 persons displaced due to sorcery-related violence", 100,
          "persons displaced by sorcery-related violence", "more than", source=CGP)
    d.ev("In August, the police commissioner authorized the use of lethal force", "other",
         "2023-08")
    d.ev("In August, the police commissioner authorized the use of lethal force", "killing", Y,
         place="Enga Province")
    d.fig("In August, the police commissioner authorized the use of lethal force", 10,
          "tribes involved in the fighting")
    d.fig("In August, the police commissioner authorized the use of lethal force", 70,
          "deaths in the tribal fighting")
    d.ev("unofficial estimates placed the number of deaths from May to September", "killing",
         "2023-05", date_end="2023-09", source=OCHA)
    d.fig("unofficial estimates placed the number of deaths from May to September", 300,
          "deaths in the tribal violence, May to September", "more than", source=OCHA)
    d.fig("unofficial estimates placed the number of deaths from May to September", 25700,
          "students unable to attend school", "approximately", source=OCHA)
    d.fig("unofficial estimates placed the number of deaths from May to September", 557800,
          "persons with no or limited access to health services", "approximately",
          source=OCHA)
    d.ev("On July 27, the government deployed 120 troops", "other", "2023-07-27",
         place="Enga Province")
    d.fig("On July 27, the government deployed 120 troops", 120, "troops deployed")
    d.ev("In July, an ethnic clash in Enga Province killed 20", "killing", "2023-07",
         place="Enga Province")
    d.fig("In July, an ethnic clash in Enga Province killed 20", 20,
          "persons killed in the ethnic clash")
    d.ev("Between October and November, tribal fighting and election-related violence",
         "killing", "2023-10", date_end="2023-11", place="Enga Province")
    d.fig("Between October and November, tribal fighting and election-related violence", 70,
          "deaths in tribal and election-related violence")

    d.sec("7.a")
    d.ent("organization", LABOR, "Labor Department")
    d.fig("With two labor inspectors allocated per province", 2,
          "labor inspectors per province")
    d.ev("Employees of some government-owned enterprises went on strike", "strike", Y)

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")

    d.sec("7.e")
    d.ent("organization", "Ministry for Labor and Employment")
    d.prov("The law limited the workweek to 42 hours per week", "prohibition", 42,
           "hours per week", "42 hours per week", "workweek in urban areas")
    d.prov("The law limited the workweek to 42 hours per week", "prohibition", 44,
           "hours per week", "44 hours per week", "workweek in rural areas")
    d.ev("In August, the Ministry for Labor and Employment established a committee", "other",
         "2023-08")
    d.fig("An estimated 80 percent of the country’s workforce", 80,
          "share of the workforce in the informal sector", "approximately", unit="percent")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", "International Office for Migration")
    d.ent("organization", "Asylum Seeker Resource Center")
    d.ent("place", "Port Moresby")
    d.ent("organization", "The Guardian")
    d.ent("place", "Manus Island")
    d.ent("place", "Australia")
    d.ent("place", PNG)
    d.ent("place", "New Zealand")
    d.ent("place", "Indonesia")
    d.ent("place", "Papua")
    d.not_entity("Naturalization and Registration Project")
    # t-conv18 settlement (S6a): the undated act (the evictions) under a dated reporting verb (was report_published)
    d.ev("On September 28, the Asylum Seeker Resource Center reported 17",
         "other", "2023-09-28", source="Asylum Seeker Resource Center")
    d.fig("On September 28, the Asylum Seeker Resource Center reported 17", 17,
          "refugees evicted or about to be evicted", source="Asylum Seeker Resource Center")
    d.ev("On October 22, The Guardian newspaper reported", "report_published", "2023-10-22",
         source="The Guardian")
    d.fig("On October 22, The Guardian newspaper reported", 64,
          "refugees and others at the closed detention center", source="The Guardian")
    d.fig("The country’s chief migration officer reported 16 persons", 16,
          "persons to be transferred to Australia for treatment")
    d.fig("The country’s chief migration officer reported 16 persons", 10,
          "persons to be resettled in the country")
    d.prov("Approved asylum claimants could settle permanently in the country", "threshold", 8,
           "years", "after eight years", "applying for citizenship")
    d.prov("Indonesian Papuans could apply for Papua New Guinean citizenship", "threshold", 8,
           "years", "eight years", "exemption from the citizenship wait")
    d.fig("more than 10,000 refugees from Indonesia’s Papua region", 10000,
          "refugees from Indonesia's Papua region", "more than", source="government")
    d.ev("In 2022 the government began a nationwide Naturalization", "other", "2022")

    d.sec("2.f")
    d.ent("organization", IOM)
    d.ent("place", "Hela Province", "Hela")
    d.ent("place", "Enga Province", "Enga")
    d.ent("organization", "National Disaster Centre")
    d.ent("organization", "Autonomous Bougainville Government")
    d.ent("place", "Mount Bagana")
    d.ent("organization", "Internal Displacement Monitoring Center")
    d.ev("In July, the International Organization for Migration, at the request",
         "investigation", "2023-07", source=IOM)
    d.ev("The survey reported 3,303 persons (724 households)", "other", Y, source=IOM)
    d.fig("The survey reported 3,303 persons (724 households)", 3303,
          "persons temporarily displaced by the eruption", source=IOM)
    d.fig("The survey reported 3,303 persons (724 households)", 724,
          "households temporarily displaced by the eruption", source=IOM)
    d.ev("From May to September, large-scale intertribal violence in Enga Province",
         "other", "2023-05", date_end="2023-09", place="Enga Province")
    d.fig("From May to September, large-scale intertribal violence in Enga Province", 5000,
          "persons displaced by intertribal violence", "more than")
    d.ev("In August, armed men attacked a house in Hela Province", "attack_or_threat",
         "2023-08", place="Hela Province")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("place", "Highlands")
    d.ent("place", "Bougainville")
    d.ent("organization", "International Foundation for Electoral Systems")
    d.ent("organization", "Commonwealth Secretariat")
    d.ent("organization", "Transparency International PNG")
    d.ent("organization", "National Court")
    d.ent("organization", "Supreme Court")
    d.ev("during the general election campaign in July 2022", "election_or_referendum",
         "2022-07")
    d.ev("There were also many incidents of violence and destruction of property", "killing",
         "2022-07", place="Highlands")
    d.fig("There were also many incidents of violence and destruction of property", 50,
          "deaths in electoral violence", "at least")
    d.fig("There were also many incidents of violence and destruction of property", 3,
          "police officers killed in electoral violence")
    d.fig("up to 265,000 persons were affected by electoral violence", 265000,
          "persons affected by electoral violence", "up to", source="observers")
    d.ev("International Foundation for Electoral Systems reported the violence stemmed",
         "other", "2022", source="International Foundation for Electoral Systems")
    d.ev("An observer group from the Commonwealth Secretariat agreed", "other", "2022",
         source="Commonwealth Secretariat")
    d.ev("with failures in the preparation, conduct, delivery, and conclusion of the 2022",
         "other", "2022", source="Transparency International PNG")
    d.ev("Because of the manifold flaws, observers could not say", "other", "2022",
         source="observers")
    d.ev("43 parties contested the July 2022 elections", "election_or_referendum", "2022-07")
    d.fig("43 parties contested the July 2022 elections", 43, "parties contesting the elections")
    d.ev("Several parties alleged that sitting members of parliament used government",
         "other", "2022", polarity="alleged", source="several parties")
    d.ev("Two women won seats in the July 2022 elections", "election_or_referendum", "2022-07")
    d.fig("Two women won seats in the July 2022 elections", 2, "women who won seats")
    d.fig("Two women won seats in the July 2022 elections", 118, "seats in parliament")
    d.ev("A third woman won a seat in a by-election in Bougainville", "election_or_referendum",
         "2023-10", place="Bougainville")
    d.fig("Of the 46 judges on the National Court and the Supreme Court", 46,
          "judges of the two higher courts")
    d.fig("Of the 46 judges on the National Court and the Supreme Court", 9,
          "women judges of the two higher courts")
    d.fig("There were nine non-Melanesian members of parliament", 9,
          "non-Melanesian members of parliament")
    d.fig("There were nine non-Melanesian members of parliament", 3,
          "growth of non-Melanesian members", unit="times")

    d.sec("4")
    # t-gold20, settled 2026-12-16 (1): "There were numerous reports of <acts>", a summary of the
    # year
    d.ev("There were numerous reports of government corruption;", "other", Y, polarity="alleged")
    d.ent("place", "Madang")
    d.ent("person", "Bryan Kramer", "Kramer")
    d.ent("organization", "Department of State")
    d.not_entity("Investment Climate Statement", "International Narcotics Control Strategy Report")
    d.ev("In February, the parliamentary leadership tribunal found the former member",
         "conviction_or_sentence", "2023-02")
    d.fig("In February, the parliamentary leadership tribunal found the former member", 7,
          "counts of misconduct")
    d.fig("In February, the parliamentary leadership tribunal found the former member", 5,
          "counts of misuse of public funds")
    d.ev("Kramer was fined and dismissed from office in May.", "dismissal", "2023-05")


# =========================================================================================
# Executive summary (with the title line) and Section 1
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", PNG)
    d.ev("Significant human rights issues included credible reports of: harsh", "other", Y,
         polarity="alleged")
    d.ev("The government did not take credible action to identify and punish", "investigation",
         Y, polarity="negated")
    d.ev("There were reported abuses by private entities and criminal gangs.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Authorities investigated and prosecuted some cases involving these groups.",
         "investigation", Y)


def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "National Court")
    d.ent("place", "Port Moresby")
    d.ev("Unlike in previous years, there were no reports that the government", "killing", Y,
         polarity="negated")
    d.ev("In March, the National Court found a policeman guilty", "conviction_or_sentence",
         "2023-03")
    d.ev("In March, the National Court found a policeman guilty", "killing", "2021")
    d.ev("the off-duty officer fired several shots, killing two men", "killing", "2021",
         place="Port Moresby")
    d.fig("the off-duty officer fired several shots, killing two men", 2,
          "men killed by the off-duty officer")
    d.ev("As of year’s end, however, the court had not issued a sentence.",
         "conviction_or_sentence", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Oro Province")
    d.ent("place", "Morobe Province", "Morobe")
    d.ent("place", "Western Highlands Province", "Western Highlands")
    d.ent("place", "National Capital District")
    d.ent("place", "Bougainville")
    d.ent("organization", "Internal Affairs Unit")
    d.ent("organization", OMB)
    d.ent("organization", "Post Courier")
    d.ent("organization", "National Capital District Police Command")
    d.ent("place", "West New Britain Province")
    d.ent("organization", "Corrections Service", "Correctional Services")
    d.ent("place", "East New Britian")
    d.ent("place", "Central Province")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("place", "Mount Hagen")
    d.not_entity("Popondetta General Hospital", "Buimo Correctional Facility", "Buimo prison",
                 "Bomana jail", "Bomana", "Baisu")
    d.ev("but there were credible reports that government officials employed them",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Individual police and correctional services officers reportedly beat",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In November 2022, a detainee was allegedly brutally beaten", "torture_or_abuse",
         "2022-11", polarity="alleged", place="Oro Province")
    d.ev("had not pursued an investigation into the incident", "investigation", Y,
         polarity="negated")
    d.ev("Police also committed sexual violence.", "torture_or_abuse", Y)
    d.ev("In August, an Ombudsman Commission visit revealed", "investigation", "2023-08",
         source=OMB)
    d.fig("The facility was holding more than 1,000 inmates", 1000, "inmates held",
          "more than")
    d.fig("The facility was holding more than 1,000 inmates", 600, "official capacity")
    # t-conv18 settlement (S6a): the undated act (inmates returned) under a dated reporting verb (was report_published)
    d.ev("In September, the Post Courier newspaper reported", "other", "2023-09",
         source="Post Courier")
    d.fig("operating at 45 percent above the official capacity of 550", 45,
          "occupancy above official capacity", unit="percent")
    d.fig("operating at 45 percent above the official capacity of 550", 550,
          "official capacity of the jail")
    d.ev("In April, 24 prisoners cut a fence and attempted to escape", "other", "2023-04",
         place="West New Britain Province")
    d.fig("In April, 24 prisoners cut a fence and attempted to escape", 24,
          "prisoners who attempted to escape")
    d.ev("Corrections Service officials confirmed that 16 of the group", "killing", Y,
         source="Corrections Service")
    d.fig("Corrections Service officials confirmed that 16 of the group", 16,
          "escaping prisoners shot and killed", source="Corrections Service")
    d.fig("Corrections Service officials confirmed that 16 of the group", 1,
          "escaping prisoners shot and injured", source="Corrections Service")
    d.fig("Corrections Service officials confirmed that 16 of the group", 7,
          "prisoners who escaped", source="Corrections Service")
    d.ev("In October 2022, 26 prisoners escaped successfully", "other", "2022-10")
    d.fig("In October 2022, 26 prisoners escaped successfully", 26, "prisoners who escaped")
    d.ev("In August, the Ombudsman Commission visited prisons in Western Highlands",
         "other", "2023-08", source=OMB)
    d.ev("The commission’s report cited overcrowding and human rights violations",
         "report_published", Y, source=OMB)
    # a standing permission is a state: no event (settled 2026-12-08)
    d.ev("During the year, the International Committee of the Red Cross independently",
         "other", Y)

    d.sec("1.d")
    d.ev("after the 2022 national election further clogged the courts",
         "election_or_referendum", "2022")
    d.ev("In August, the Ombudsman Commission visited Buimo prison in Morobe",
         "other", "2023-08", source=OMB)
    d.fig("In August, the Ombudsman Commission visited Buimo prison in Morobe", 2,
          "remandees not brought before the courts")
    d.prov("the legal requirement that cases be presented within three months",
           "time_limit", 3, "months", "within three months of arrest",
           "presenting cases to court")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.h")
    d.ev("The constitution prohibited such actions and there were no reports of such abuses.",
         "other", Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def papua_new_guinea() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_papua-new-guinea", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_papua-new-guinea": papua_new_guinea}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
