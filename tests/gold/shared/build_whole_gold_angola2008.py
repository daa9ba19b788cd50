"""Build the hand-made DEV gold file for Angola 2008 (``usdos/2008_angola.md``, the
ecoi.net Markdown layout of the 2000s).

Method of ``build_whole_gold_somalia.py`` and ``build_whole_gold_guinea2020.py``: every
record below was decided by hand, reading the report sentence by sentence before the system
was run on it; the script only turns the decisions into offsets. The report is read through
``rightsledger.read.read_path`` (``PageDoc``), so every offset is into the document text
rightsledger exports. Each anchor (at most 14 words of the report) occurs exactly once in the
document text. The scope line lists in ``"ranges"`` exactly the character ranges annotated
(one per section group annotated whole); entity mentions are kept only inside them. The
output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_angola2008.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_angola2008.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2008_angola.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import MARKDOWN_2000S_PARTS, PageDoc  # noqa: E402

FILE = "usdos/2008_angola.md"
Y = "2008"

#: the section groups of the 2000s Markdown layout (Section 4's heading a plain line)
ALL_PARTS = MARKDOWN_2000S_PARTS
#: the groups annotated so far, in the order they were done
DONE = ["5-7", "2", "3-4", "exec", "1"]

MINFAMU = "Ministry of Family and the Promotion of Women"
MAPESS = "Ministry of Public Administration, Employment, and Social Security"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- entities first met here ---
    d.ent("place", "Luanda", "Luanda Province")
    # t-gold20b (decision 3 withdrawn; 2026-12-06 Entities): a town naming a facility is no place mention
    d.not_entity("Luanda's Central Prison")
    d.ent("place", "Lunda Norte")
    d.ent("place", "Uige", "Uige Province")
    d.ent("place", "Zaire", "Zaire Province")
    d.ent("place", "Cunene", "Cunene Province")
    d.ent("place", "South Africa")
    d.ent("place", "Namibia")
    d.ent("place", "Portugal")
    d.ent("place", "Zambia")
    d.ent("place", "Namacumbe")
    d.ent("place", "Santa Clara")
    d.ent("place", "Huila")
    d.ent("place", "Kuando Kubango")
    d.ent("place", "Benguela", "Benguela Province")
    d.ent("place", "Kwanza Sul", "Kwanza Sul Province")
    d.ent("place", "Huambo", "Huambo Province")
    d.ent("organization", "Organization of Angolan Women")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Ministry of Interior", "Interior Ministry")
    d.ent("organization", MINFAMU, "MINFAMU", "Ministry of Family and Women's Affairs")
    d.ent("organization", "Angolan Bar Association")
    d.ent("organization", "National Institute for Children", "INAC",
          "National Children's Assistance Institute")
    d.ent("organization", "UN Children's fund", "UNICEF")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "UN Educational, Social, and Cultural Organization")
    d.ent("organization", "National Children's Council")
    d.ent("organization", "Ministry of Assistance and Social Reinsertion", "MINARS")
    d.ent("organization", "International Organization for Migration", "IOM")
    d.ent("organization", "National Criminal Investigation Department", "DNIC",
          "Department of Criminal Investigation")
    d.ent("organization", "Immigration Service")
    d.ent("organization", "State Department")
    d.ent("organization", "Handicap International")
    d.ent("organization", "Ocadec")
    d.ent("organization", "National Institute for HIV/AIDS")
    d.ent("organization", "Armed Forces of Angola", "FAA")
    d.ent("organization", "Popular Movement for the Liberation of Angola", "MPLA")
    d.ent("organization", MAPESS, "MAPESS")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Children's Affairs Court")
    d.ent("place", "Democratic Republic of Congo", "DRC")

    # --- 5: women ---
    d.sec("5")
    d.prov("is illegal and punishable by up to eight years' imprisonment", "penalty", 8,
           "years", "up to eight years' imprisonment", "rape")
    d.ev("there were reports that 350 rapes occurred in the capital", "torture_or_abuse",
         "2007", polarity="alleged")
    d.fig("there were reports that 350 rapes occurred in the capital", 350,
          "rapes in the capital in the previous year")
    d.ev("A 2007 preliminary study on domestic violence in Luanda", "report_published", "2007")
    d.fig("A 2007 preliminary study on domestic violence in Luanda", 78,
          "share of women who experienced violence", unit="percent")
    d.fig("While 27 percent of the total reported abuse", 27,
          "share reporting abuse in the preceding 12 months", unit="percent")
    d.fig("While 27 percent of the total reported abuse", 62,
          "share of women in the poor outskirts reporting abuse", unit="percent")
    d.ev("hosted national, provincial, and municipal workshops and trainings during the year",
         "other", Y)

    # --- 5: children ---
    d.ev("Although the official registration drive ended in 2004", "other", "2004")
    d.ev("to provide birth certificates in health clinics and maternity wards during the year",
         "other", Y)
    d.prov("Education is free and compulsory for documented children until the sixth grade",
           "threshold", 6, "grade", "until the sixth grade", "compulsory education")
    d.ev("The government began distributing free schoolbooks during the year", "other", Y)
    d.fig("estimated an 85-90 percent primary enrollment rate", 85,
          "primary enrollment rate", "approximately", unit="percent", value_end=90,
          source="Ministry of Education")
    d.fig("An estimated 30 percent of eligible children were enrolled", 30,
          "share of children enrolled at the secondary level", "approximately",
          unit="percent")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were also reports of families paying bribes to education officials", "other", Y,
         polarity="alleged")
    d.ev("In July 2007 the government created the National Children's Council", "other",
         "2007-07")
    d.ev("In August 2007 INAC inaugurated a Child Protection Network", "other", "2007-08")
    d.prov("The legal age for marriage, with parental consent, is 15.", "threshold", 15,
           "age", "15", "marriage with parental consent")
    d.ev("In October the government shut down three Luandan churches", "other", "2008-10")
    d.fig("In October the government shut down three Luandan churches", 3, "churches shut down")
    d.ev("a teacher in Uige Province kidnapped and beat two children", "torture_or_abuse",
         "2007-12")
    d.fig("a teacher in Uige Province kidnapped and beat two children", 2,
          "children kidnapped and beaten")
    d.ev("Authorities imprisoned and sentenced the teacher", "conviction_or_sentence", Y)
    d.pen("prison", 8, "years", "eight years' hard labor")
    d.ev("In 2006 INAC, MINARS, and UNICEF held a workshop", "report_published", "2006")
    d.prov("Sexual relations with a child under 12 is considered rape.", "threshold", 12,
           "age", "under 12", "statutory rape")
    d.prov("Sexual relations with a child between the ages of 12 and 15", "threshold", 12,
           "age", "between the ages of 12 and 15", "sexual abuse of a child")
    d.prov("with convicted offenders liable for sentences of up to eight years", "penalty", 8,
           "years", "up to eight years in prison", "sexual abuse of a child")
    d.ev("There were no known prosecutions during the year.", "charge", Y, polarity="negated")

    # --- 5: trafficking ---
    d.ev("Congolese children were trafficked to the country during the year.", "other", Y)
    d.prov("The minimum sentence for rape is eight years' imprisonment", "penalty", 8, "years",
           "eight years' imprisonment", "rape (minimum)")
    d.prov("sentences for related offenses carry a maximum of life imprisonment", "penalty", None,
           None, "life imprisonment", "offenses related to rape")
    d.ev("in Zaire Province found 15 children trafficked from Luanda", "other", "2007")
    d.fig("in Zaire Province found 15 children trafficked from Luanda", 15,
          "trafficked children found")
    d.fig("in Zaire Province found 15 children trafficked from Luanda", 2,
          "suspected traffickers arrested")
    d.ev("began investigating one trafficking case in 2007", "investigation", "2007")
    d.ev("case records were destroyed with the April collapse", "other", "2008-04")
    d.fig("began investigating one trafficking case in 2007", 1, "trafficking case investigated")
    d.ev("There were no known trafficking-related prosecutions during the year.", "charge", Y,
         polarity="negated")
    d.ev("Police and border control officers received antitrafficking training during the year",
         "other", Y)
    d.fig("INAC's six mobile provincial teams also conducted spot checks", 6,
          "mobile provincial teams of INAC")

    # --- 5: disabilities, indigenous people, other ---
    d.fig("Persons with disabilities included more than 80,000 landmine victims", 80000,
          "landmine victims", "more than")
    d.fig("persons with disabilities constituted 10 percent of the population", 10,
          "share of persons with disabilities", unit="percent", source="Handicap International")
    d.ev("During the September 5-6 election, the government provided voting assistance",
         "other", "2008-09-05", date_end="2008-09-06")
    d.fig("An estimated 3,500 San people lived in small", 3500, "San people", "approximately")
    d.ev("There were no reports of violence against persons with HIV/AIDS.", "attack_or_threat",
         Y, polarity="negated")

    # --- 6 ---
    d.sec("6.a")
    d.ev("Some workers exercised the right to strike during the year.", "strike", Y)
    d.ev("in 2007 the government declared some strikes", "other", "2007")
    d.ev("Teachers in Luanda were ordered back to work and threatened", "attack_or_threat",
         "2007")
    d.sec("6.d")
    d.prov("The legal minimum age for apprenticeship is 14 years", "threshold", 14, "age",
           "14 years", "apprenticeship")
    d.prov("The legal minimum age for apprenticeship is 14 years", "threshold", 18, "age",
           "18", "full employment")
    d.prov("Children between the ages of 14 and 18 may not work at night", "threshold", 14,
           "age", "between the ages of 14 and 18", "night and dangerous work")
    d.prov("children younger than 16 are prohibited from doing factory work", "threshold", 16,
           "age", "younger than 16", "factory work")
    d.ev("In 2007 in Kwanza Sul Province, independent newspaper journalists found",
         "other", "2007")
    d.ev("The local manager was fired and no charges were filed", "dismissal", Y)
    d.ev("During the year five provincial courts became operational.", "other", Y)
    d.fig("During the year five provincial courts became operational.", 5,
          "provincial courts that became operational")
    d.prov("Family Courts for children under age 16", "threshold", 16, "age", "under age 16",
           "jurisdiction of family courts")
    d.fig("in all 18 provinces", 18, "provinces")
    d.sec("6.e")
    d.ev("During the year MAPESS raised the minimum wage", "law_or_decree", Y)
    d.prov("During the year MAPESS raised the minimum wage", "threshold", 8600, "AOA",
           "approximately 8,600 kwanzas", "minimum wage per month")
    d.prov("During the year MAPESS raised the minimum wage", "threshold", 130, "USD", "$130",
           "minimum wage per month")
    d.prov("The standard workweek is 40 hours with at least one unbroken", "threshold", 40,
           "hours", "40 hours", "standard workweek")
    d.prov("The standard workweek is 40 hours with at least one unbroken", "right", 24,
           "hours", "24 hours of rest per week", "weekly rest")
    d.prov("There is a limit on work of 54 hours per week.", "prohibition", 54, "hours",
           "54 hours per week", "working time")
    d.prov("Required premium pay for overtime is time and a half", "right", 1.5, "times",
           "time and a half", "overtime pay")
    d.prov("Required premium pay for overtime is time and a half", "right", 30, "hours",
           "up to 30 hours of overtime", "overtime pay")
    d.prov("Required premium pay for overtime is time and a half", "right", 1.75, "times",
           "time and three quarters", "overtime pay")
    d.prov("defined as more than two hours a day, 40 hours a month", "prohibition", 2, "hours",
           "more than two hours a day", "compulsory overtime")
    d.prov("defined as more than two hours a day, 40 hours a month", "prohibition", 40, "hours",
           "40 hours a month", "compulsory overtime")
    d.prov("defined as more than two hours a day, 40 hours a month", "prohibition", 200,
           "hours", "200 hours a year", "compulsory overtime")

# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    d.ent("person", "Jose Fernando Lelo", "Fernando Lelo", "Lelo")
    d.ent("person", "Graca Campos", "Campos")
    d.ent("person", "Armando Chikoca", "Chikoca", "Chicoka", "Armando")
    d.ent("person", "Boavida Neto")
    d.ent("person", "Zacarias")
    d.ent("place", "Namibe")
    d.ent("place", "Lubango")
    d.ent("place", "Cabinda")
    d.ent("organization", "National Television of Angola", "TPA", "Angola Public Television")
    d.ent("organization", "National Radio")
    d.ent("organization", "Jornal de Angola")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "Media Institute of Southern Africa")
    d.ent("organization", "Front for the Liberation of the Enclave of Cabinda", "FLEC")
    d.ent("organization", "Radio Ecclesia")
    d.ent("organization", "National Union for the Total Independence of Angola", "UNITA")
    d.ent("organization", "Forum of Political Women")
    d.ent("organization", "Ministry of Culture")
    d.ent("organization", "UN")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.not_entity("1951 UN Convention relating to the Status of Refugees")

    d.sec("2.a")
    d.ev("authorities cancelled live radio call-in shows in the weeks leading up",
         "censorship_or_blocking", Y)
    d.ev("suspended a leading anchorman of a prime news program", "dismissal", Y)
    d.dur(4, "months", "four months")
    d.fig("There were six privately owned weekly newspapers", 6, "privately owned weekly newspapers")
    d.fig("There were six privately owned weekly newspapers", 4,
          "Luanda-based commercial radio stations")
    d.ev("The 2006 press law ended the state monopoly on television", "law_or_decree", "2006")
    d.ev("The 2006 press law ended the state monopoly on television", "law_or_decree", Y,
         polarity="negated")
    # t-conv17 settlement (2026-12-22, S5): a call for amendments to the press law ("During the year"
    # is the report year, no date of its own) is a call about a law, no event (was `other` 2008)
    d.ev("During the year authorities arrested, harassed and intimidated journalists.",
         "detention_or_arrest", Y)
    d.ev("During the year the government accused former reporter Fernando Lelo",
         "conviction_or_sentence", Y)
    d.pen("prison", 8, "years", "eight years' imprisonment")
    d.fig("for encouraging five FAA soldiers to desert", 5, "FAA soldiers encouraged to desert")
    d.ev("In October 2007 security forces imprisoned Graca Campos", "detention_or_arrest",
         "2007-10")
    d.ev("Campos, who was charged with defamation, was sentenced", "conviction_or_sentence", Y)
    d.pen("prison", 8, "months", "eight months in prison")
    d.fig("fined an unprecedented 18,750,000 kwanzas", 18750000, "fine imposed on Campos",
          unit="AOA")
    d.fig("fined an unprecedented 18,750,000 kwanzas", 250000, "fine imposed on Campos",
          unit="USD")
    d.ev("Campos was tried in absentia, after repeated unheeded summonses", "trial", Y)
    d.ev("it was declared a mistrial in November 2007", "other", "2007-11")
    d.ev("Campos was freed on bail and awaited a new trial", "release", Y)
    d.ev("In December 2007 the provincial court of Namibe found", "conviction_or_sentence",
         "2007-12")
    d.pen("prison", 1, "months", "one month in prison")
    d.ev("During a December 2007 interview on state-run radio", "other", "2007-12")
    d.ev("Human rights activists condemned the arrest, and his lawyer", "other", Y)
    d.ev("on January 3, Catholic Archbishop of Lubango Dom Zacarias apologized", "other",
         "2008-01-03")
    d.ev("Armando served the sentence and was dismissed from his job.", "dismissal", Y)
    d.ev("There were reports that security forces interfered with journalists",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("The government refused to issue visas to a number of Portuguese", "other", Y)
    d.ev("authorities prevented a foreign news crew from filming", "censorship_or_blocking", Y)
    d.sec("2.a")
    d.ev("there were reports that the government monitored Internet chat rooms", "surveillance",
         Y, polarity="alleged")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    d.sec("2.b")
    d.prov("The law requires written notification to the local administrator three days",
           "requirement", 3, "days", "three days before", "notification of assemblies")
    d.ev("numerous opposition parties reported that local authorities denied requests", "other",
         Y, source="opposition parties")
    d.ev("They also reported that the ruling MPLA reserved public spaces", "other", Y,
         source="opposition parties")
    d.ev("On August 6, in Namibe, authorities denied space reserved", "other", "2008-08-06",
         place="Namibe")
    d.ev("In March 2007 the municipal administrator denied the Forum", "other", "2007-03")
    d.fig("a nonpartisan group with membership from 13 political parties", 13,
          "political parties in the Forum of Political Women")
    d.ev("the local government granted permission at another market", "other", Y)
    d.ev("on the day of the scheduled event, the market administrator denied", "other", Y)

    d.sec("2.c")
    d.prov("they must have at least 100,000 adherents", "threshold", 100000, "adherents",
           "at least 100,000 adherents", "registration of religious groups")
    d.ev("During a November 2007 visit, the UN Special Rapporteur", "other", "2007-11")
    d.fig("The government legally recognized 85 denominations", 85, "denominations recognized")
    d.fig("The government legally recognized 85 denominations", 800,
          "denominations with pending registration")
    d.fig("The government continued its ban on 17 religious groups", 17,
          "religious groups banned in Cabinda")
    d.fig("There was a Jewish community of approximately 350 persons", 350,
          "Jewish community", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")

    d.sec("2.d")
    d.ev("A 2006 joint assessment by the government, UN, and foreign", "report_published",
         "2006")
    d.fig("estimated that 100,000 IDPs remained unsettled", 100000, "unsettled IDPs",
          "approximately")
    d.ev("it also granted refugee status or asylum", "asylum_or_citizenship_decision", Y)
    d.ev("In March 2007 the government and UNHCR closed the official repatriation",
         "other", "2007-03")
    d.fig("right of return for more than 200,000 refugees", 200000,
          "refugees remaining outside the country", "more than")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    d.ent("person", "Sarah Wykes", "Wykes")
    d.ent("person", "David Mendes", "Mendes")
    d.ent("place", "Ganda")
    d.ent("place", "Britain")
    d.ent("organization", "National Electoral Commission", "CNE")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "National Assembly")
    d.ent("organization", "World Bank")
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "SONANGOL")
    d.ent("organization", "ENDIAMA")
    d.ent("organization", "UN Human Rights Office", "UNHRO")
    d.ent("organization", "UN Human Rights Council")
    d.ent("organization", "Global Witness")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Humanitarian Assistance Technical Coordination Unit")
    d.ent("organization", "Search for Common Ground")
    d.ent("organization", "National Democratic Institute")
    d.ent("organization", "International Republican Institute")
    d.ent("organization", "Association for Justice, Peace, and Democracy", "AJPD")
    d.ent("organization", "National Police")
    d.ent("organization", "Mpalabanda")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "UN Working Group on Arbitrary Detentions", "UNWGAD")
    d.ent("organization", "SOS Habitat")
    d.ent("organization", "Amnesty International")
    d.not_entity("Cabindan Forum for Dialogue", "Integrated Financial System")

    d.sec("3")
    d.ev("After the September 5-6 legislative elections, opposition", "election_or_referendum",
         "2008-09-05", date_end="2008-09-06")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("prior to the September elections, the UNITA municipal", "election_or_referendum", "2008-09")  # t-conv14: a month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("the government held the first post-war elections on September 5-6",
         "election_or_referendum", "2008-09-05", date_end="2008-09-06")
    d.fig("The ruling MPLA won 81.6 percent of the vote.", 81.6, "MPLA share of the vote",
          unit="percent")
    d.ev("logistical failures that marred polling in the capital city of Luanda", "other",
         "2008-09-05", date_end="2008-09-06", source="observers")
    d.ev("Opposition parties criticized many aspects of the electoral process", "other", Y)
    d.fig("more than 87 percent of registered voters participated", 87, "turnout",
          "more than", unit="percent")
    d.fig("The National Assembly comprises 220 deputies", 220, "deputies of the National Assembly")
    d.fig("opposition deputies held less than 20 percent", 20,
          "share of seats held by opposition deputies", "fewer than", unit="percent")
    d.fig("There were 96 registered opposition parties, 11 of which", 96,
          "registered opposition parties")
    d.fig("There were 96 registered opposition parties, 11 of which", 11,
          "parties receiving government subsidies")
    d.fig("only 10 parties and four coalitions fulfilled", 10, "parties qualified for elections")
    d.fig("only 10 parties and four coalitions fulfilled", 4, "coalitions qualified for elections")
    d.ev("The DNIC informed all parties that it would investigate", "other", Y)
    d.ev("Opposition parties stated that their members were subject to harassment",
         "attack_or_threat", Y, source="opposition parties")
    # a person not in the actor's custody or control: attack_or_threat (settled 2026-12-08)
    d.ev("reported that a member of his party was beaten", "attack_or_threat", Y,
         source="UNITA municipal secretary", place="Ganda")
    d.ev("On August 10, MPLA members harassed UNITA members", "attack_or_threat", "2008-08-10",
         place="Namibe")
    d.fig("There are 62 women in the 220-seat parliament", 62, "women in parliament")
    d.fig("There are 62 women in the 220-seat parliament", 220, "seats in parliament")
    d.fig("There are 62 women in the 220-seat parliament", 19, "women in the cabinet")
    d.fig("There are 62 women in the 220-seat parliament", 91, "members of the cabinet")
    d.fig("There are 62 women in the 220-seat parliament", 10, "women ministers")
    d.fig("There are 62 women in the 220-seat parliament", 9, "women vice-ministers")
    d.fig("There are two female governors.", 2, "female governors")
    d.fig("The country has three dominant ethno-linguistic groups", 3,
          "dominant ethno-linguistic groups")
    d.fig("which together comprised approximately 77 percent", 77,
          "share of the three dominant groups", "approximately", unit="percent")
    d.fig("There were six members of smaller ethnic groups in the parliament", 6,
          "members of smaller ethnic groups in parliament")
    d.fig("There were six members of smaller ethnic groups in the parliament", 1,
          "minority member in the cabinet")
    d.ev("there were no public investigations or prosecutions of government officials",
         "investigation", Y, polarity="negated")
    d.ev("In February 2007 the government charged the former director general", "charge",
         "2007-02")
    d.ev("In February 2007 the government charged the former director general",
         "investigation", "2006")

    d.sec("4")
    d.ev("alleged increased government interference in their activities throughout the year",
         "attack_or_threat", Y, polarity="alleged")
    d.fig("There were more than 100 international and 350 domestic NGOs", 100,
          "international NGOs operating in the country", "more than")
    d.fig("There were more than 100 international and 350 domestic NGOs", 350,
          "domestic NGOs operating in the country", "more than")
    d.fig("An estimated 100 NGOs worked on human rights issues", 100,
          "NGOs working on human rights", "approximately")
    d.ev("Local NGOs actively promoted and defended human rights during the year", "other", Y)
    d.ev("Government officials threatened to ban those NGOs", "attack_or_threat", Y)
    d.ev("On May 31, the government closed the UNHRO", "other", "2008-05-31")
    d.ev("when it ran for a seat on the UN Human Rights Council in 2007", "other", "2007")
    d.ev("The government arrested and harassed NGO workers.", "detention_or_arrest", Y)
    d.ev("In February 2007 security forces arrested Sarah Wykes", "detention_or_arrest",
         "2007-02")
    d.ev("Authorities charged Wykes with unspecified crimes against state security", "charge", Y,
         place="Cabinda")
    d.ev("Authorities released Wykes on bail three days later", "release", "2007-02")
    d.dur(3, "days", "three days")
    d.ev("In October 2007 David Mendes, a human rights lawyer", "other", "2007-10")
    d.ev("In July 2007 the director of the Humanitarian Assistance Technical", "other",
         "2007-07", polarity="alleged")
    d.ev("There were reports of police or military presence at community meetings",
         "surveillance", Y, polarity="alleged")
    d.prov("if authorities do not reject a group's application within 80 days", "time_limit",
           80, "days", "within 80 days", "registration of associations")
    d.ev("its registration was rescinded in July 2006", "registration_decision", "2006-07")
    d.ev("Former leaders reported low-level harassment and intimidation", "attack_or_threat", Y,
         source="former leaders")
    d.ev("In May 2007 the country was elected to a three-year term", "other", "2007-05")
    d.ev("In 2007 the government cooperated with the UNHRO in visits", "other", "2007")
    d.ev("The ombudsman's office conducted prison visits during the year", "other", Y)
    d.ev("In May 2007 the ombudsman discounted reports of human rights abuses", "other",
         "2007-05")
    d.ev("Parliament's committee on human rights visited prisons and held hearings", "other", Y)


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    d.ent("person", "Jose Eduardo dos Santos")
    d.ent("place", "Angola")
    d.sec("exec")
    d.fig("Angola is a constitutional republic with an estimated population of 16 million",
          16_000_000, "population", "approximately")
    d.ev("led by President Jose Eduardo dos Santos since 1979", "other", "1975")
    d.ev("On September 5 and 6, the government held the first post-war legislative",
         "election_or_referendum", "2008-09-05", date_end="2008-09-06")
    d.ev("logistical failures that marred polling in the capital of Luanda", "other",
         "2008-09-05", date_end="2008-09-06", source="observers")
    d.ev("unlawful killings by police, military, and private security forces", "killing", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    CNIDAH = "National Commission for Demining and Humanitarian Assistance"
    d.ent("place", "Rocha-Pinto")
    d.ent("place", "Lunda Sul")
    d.ent("place", "Moxico")
    d.ent("place", "Bie")
    d.ent("place", "Lobito")
    d.ent("organization", CNIDAH)
    d.ent("organization", "Doctors Without Borders", "MSF")
    d.ent("organization", "Internal Intelligence Service")
    d.ent("organization", "Office of the Presidency")
    d.ent("organization", "Party for Democratic Support and Progress of Angola")
    d.ent("organization", "Luanda Provincial Court")
    d.ent("organization", "Ministry of Defense")
    d.not_entity("Memorandum of Understanding for Peace and Reconciliation for Cabinda Province")

    d.sec("1.a")
    d.ev("security forces arbitrarily killed 23 persons during the year", "killing", Y,
         polarity="negated")
    d.fig("security forces arbitrarily killed 23 persons during the year", 23,
          "persons killed by security forces",
          source="activists and domestic media")
    d.ev("although the government prosecuted some human rights violators", "charge", Y)
    d.ev("reported that police use of excessive force resulted in killings", "killing", Y,
         source="domestic media and activists")
    d.ev("there were multiple media reports in Luanda that police deliberately", "killing", Y,
         polarity="alleged", source="media")
    d.ev("On July 23, five policemen shot and killed eight teenagers.", "killing", "2008-07-23")
    d.fig("On July 23, five policemen shot and killed eight teenagers.", 5, "policemen")
    d.fig("On July 23, five policemen shot and killed eight teenagers.", 8, "teenagers killed")
    d.ev("relieved the policemen of duty", "dismissal", Y)
    d.ev("Prosecutors charged the policemen with murder", "charge", Y)
    d.ev("regarding a 2007 police killing of two actors", "killing", "2007")
    d.fig("regarding a 2007 police killing of two actors", 2, "actors killed")
    d.ev("The police declined to prosecute the alleged perpetrators", "charge", Y,
         polarity="negated")
    d.ev("In December 2007 police shot and killed two vendors", "killing", "2007-12")
    d.fig("In December 2007 police shot and killed two vendors", 2, "vendors killed")
    d.ev("immediately suspended the officers in question", "dismissal", Y)
    d.ev("for Cabinda Province, signed in 2006, largely brought an end", "other", "2006")
    d.ev("In 2007 there was one report of an unlawful killing in Cabinda", "killing", "2007",
         polarity="alleged")
    d.fig("In 2007 there was one report of an unlawful killing in Cabinda", 1,
          "report of an unlawful killing")
    d.ev("There were no updates during the year regarding the 2006 unlawful", "killing", "2006")
    d.ev("There were no updates during the year regarding the 2006 unlawful", "investigation",
         Y, polarity="negated")
    d.ev("authorities investigated some cases, no arrests were reported", "investigation", Y)
    d.ev("There were reports of vigilante violence during the year.", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("Between April and July, residents of the Luanda suburb", "killing", "2008-04",
         date_end="2008-07")
    d.ev("There were no further developments in the numerous alleged 2007", "killing", "2007",
         polarity="alleged")
    d.ev("There were no further developments in the numerous alleged 2007", "killing", "2006",
         polarity="alleged")
    d.ev("accidents killed 18 and injured 43 during the year", "other", Y, source=CNIDAH)
    d.fig("accidents killed 18 and injured 43 during the year", 18,
          "persons killed in landmine and ERW accidents", source=CNIDAH)
    d.fig("accidents killed 18 and injured 43 during the year", 43,
          "persons injured in landmine and ERW accidents", source=CNIDAH)

    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")
    d.ev("persons taken into police or military custody disappeared", "other", Y,
         polarity="alleged", source="media")

    d.sec("1.c")
    d.ev("government security forces tortured, beat, and otherwise abused persons",
         "torture_or_abuse", Y)
    d.ev("In a September 2007 visit to the country, the UN Working Group", "other", "2007-09")
    d.ev("no prosecutions occurred during the year", "charge", Y, polarity="negated")
    d.ev("There were NGO and media reports of violence by security forces",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In Cabinda FAA troops illegally detained, beat, or threatened",
         "detention_or_arrest", Y, source="human rights NGOs", place="Cabinda")
    d.ev("estimated that more than 200,000 illegal immigrants were expelled", "other", Y,
         source="UNHCR")
    d.fig("estimated that more than 200,000 illegal immigrants were expelled", 200000,
          "illegal immigrants expelled", "more than", source="UNHCR")
    d.ev("There were reports of violence and degrading treatment associated",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In June international observers based in Democratic Republic", "torture_or_abuse",
         "2008-06", source="international observers")
    d.ev("In December 2007 the NGO Doctors Without Borders", "torture_or_abuse", "2007-12",
         source="Doctors Without Borders")
    d.ev("also reported allegations of excessive use of force by government security",
         "attack_or_threat", Y, polarity="alleged", source="UNICEF")
    d.ev("Three Congolese workers reportedly died while in custody.", "death_in_custody", Y,
         polarity="alleged")
    d.fig("Three Congolese workers reportedly died while in custody.", 3,
          "Congolese workers who died in custody")
    d.ev("The FAA had not commented publicly on the findings", "other", Y, polarity="negated")
    d.ev("were responsible for most of the violence", "attack_or_threat", Y,
         source="human rights activists")
    d.ev("in 2007 private security forces allowed a security dog to attack", "attack_or_threat",
         "2007")
    d.ev("The government provided financial assistance for the victim", "other", Y)
    d.ev("extorted money from travelers and harassed returnees and refugees",
         "attack_or_threat", Y)
    d.ev("There were no developments in the 2006 cases of police torture", "torture_or_abuse",
         "2006")
    d.ev("In September three youths were killed in Moxico", "other", "2008-09", place="Moxico")
    d.fig("In September three youths were killed in Moxico", 3, "youths killed by ordnance")
    d.ev("NGOs also reported that landmines killed construction workers", "other", Y,
         source="NGOs")
    d.ev("In a September 2007 visit, UNWGAD interviewed prisoners", "other", "2007-09")
    d.ev("A local Human Rights NGO reported similar conditions while visiting", "other", Y)
    d.ev("food led to some prison deaths", "death_in_custody", Y)
    d.ev("Some prisoners died of disease, especially in provincial prisons.",
         "death_in_custody", Y)
    d.ev("building collapsed, killing 31 inmates", "death_in_custody", "2008-03-29")
    d.fig("building collapsed, killing 31 inmates", 31, "inmates killed in the collapse")
    d.ev("Investigations revealed that the underlying water table", "investigation", Y)
    d.ev("three years prior to the collapse, DNIC officials reported", "other", "2005")
    d.ev("Due to violent prison riots in October 2007", "killing", "2007-10")
    d.fig("Due to violent prison riots in October 2007", 2, "prisoner deaths in the riots",
          "at least")
    d.fig("continued to hold more than five times the number of prisoners", 5,
          "times the designed capacity", "more than", unit="times")
    d.fig("built to house 600 prisoners, held 3,300 prisoners", 600,
          "designed capacity of the Central Prison")
    d.fig("built to house 600 prisoners, held 3,300 prisoners", 3300,
          "prisoners in the Central Prison before the riots")
    d.fig("By the end of 2007 the prison population was reduced", 1000, "prison population",
          "approximately")
    d.ev("During the year the government opened new or rehabilitated prisons", "other", Y)
    d.fig("During the year the government opened new or rehabilitated prisons", 8,
          "provinces with new or rehabilitated prisons")
    d.ev("local and international human rights observers to visit prisons during the year",
         "other", Y)
    d.ev("the government did not permit NGOs to visit the former secret", "other", Y,
         polarity="negated")

    d.sec("1.d")
    d.ev("authorities held family members of individuals wanted by the police",
         "detention_or_arrest", Y, source="Local Human Rights NGOs")
    d.ev("There were no updates on the 2006 report that the government", "investigation",
         "2006")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were credible reports of high-level officials receiving substantial kickbacks", "other", Y,
         polarity="alleged")
    d.ev("The government's closure of the UN Human Rights Office", "other", "2008-05")
    d.prov("Detainees may be held for 135 days without trial", "time_limit", 135, "days",
           "135 days", "detention without trial")
    d.prov("Detainees may be held for 135 days without trial", "time_limit", 180, "days",
           "up to 180 days", "detention without trial (caught in the act)")
    d.ev("During the year citizens reported to NGOs 700 cases of illegal detention",
         "detention_or_arrest", Y, source="citizens")
    d.fig("During the year citizens reported to NGOs 700 cases of illegal detention", 700,
          "cases of illegal detention reported to NGOs")
    d.ev("international organizations reported government security forces detained illegal",
         "detention_or_arrest", Y, source="international organizations")
    d.ev("Security officials arbitrarily arrested members of the opposition.",
         "detention_or_arrest", Y)
    d.ev("on August 11, security forces arrested 13 members", "detention_or_arrest",
         "2008-08-11")
    d.fig("on August 11, security forces arrested 13 members", 13,
          "opposition party members arrested")
    d.ev("The Luanda Provincial Court dismissed the case", "acquittal", Y)
    d.ev("public security forces held civilians incommunicado", "detention_or_arrest", Y,
         source="NGOs")
    d.fig("more than 50 percent of inmates were pretrial detainees", 50,
          "share of inmates in pretrial detention", "more than", unit="percent",
          source="an NGO")
    d.ev("claiming the 2006 release of approximately 2,000 pretrial detainees", "release",
         "2006")
    d.fig("claiming the 2006 release of approximately 2,000 pretrial detainees", 2000,
          "pretrial detainees released in 2006", "approximately")

    d.sec("1.e")
    d.fig("administers the 18 provincial courts", 18, "provincial courts")
    d.ev("On September 16, a closed military tribunal sentenced", "conviction_or_sentence",
         "2008-09-16")
    d.pen("prison", 12, "years", "12 years in prison")
    d.ev("In November 2007 security forces arrested Lelo", "detention_or_arrest", "2007-11")
    d.ev("In March authorities returned Lelo to Cabinda for trial", "other", "2008-03",
         place="Cabinda")
    d.ev("On June 10, the government created a seven-member constitutional court", "other",
         "2008-06-10")
    d.fig("On June 10, the government created a seven-member constitutional court", 7,
          "members of the constitutional court")
    d.ev("The president nominated three judges, parliament nominated three", "other", Y)
    d.fig("The president nominated three judges, parliament nominated three", 3,
          "judges nominated by the president")
    d.fig("The president nominated three judges, parliament nominated three", 3,
          "judges nominated by parliament")
    d.fig("The president nominated three judges, parliament nominated three", 1,
          "judge nominated by the Supreme Court")
    d.prov("The president nominated three judges, parliament nominated three", "time_limit", 7,
           "years", "seven-year terms", "term of constitutional judges")
    d.prov("Minors are considered adults at 18", "threshold", 18, "age", "18", "adulthood")
    d.prov("Minors are considered adults at 18", "threshold", 16, "age", "16",
           "leaving the juvenile court system")
    d.prov("Minors are considered adults at 18", "threshold", 16, "age", "between 16 and 18",
           "tried with adults, lighter sentencing")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.fig("During the year Luanda's civil courts had 1,800 pending civil suits.", 1800,
          "pending civil suits")
    d.ev("but no cases were tried during the year", "trial", Y, polarity="negated")

    d.sec("1.f")
    d.ev("In July Cabinda residents and media reported security forces searched", "other",
         "2008-07", source="Cabinda residents and media")
    d.ev("during forced evictions in 2006", "other", "2006", polarity="alleged")
    d.ev("In 2006 government and private security personnel forcibly removed", "other", "2006")
    d.fig("In 2006 government and private security personnel forcibly removed", 600,
          "families removed", "approximately")
    d.ev("During the expulsions security forces beat and kicked residents", "torture_or_abuse",
         "2006")


GROUPS = {"exec": executive_summary, "1": section_1, "3-4": sections_3_4, "5-7": sections_5_7, "2": section_2}


def angola() -> PageDoc:
    d = PageDoc("2008_angola", FILE, 2008, {g: ALL_PARTS[g] for g in DONE})
    for group in DONE:
        GROUPS[group](d)
    return d


DOCS = {"2008_angola": angola}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
