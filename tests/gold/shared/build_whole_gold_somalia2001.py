"""Build the hand-made DEV gold file for Somalia 2001 (``usdos/2001_somalia.md``, the
ecoi.net Markdown layout of the 2000s).

Method of ``build_whole_gold_angola2008.py``: every record below was decided by hand, reading
the report sentence by sentence before the system was run on it; the script only turns the
decisions into offsets. The report is read through ``rightsledger.read.read_path``
(``PageDoc``), so every offset is into the document text rightsledger exports. Each anchor (at
most 14 words of the report) occurs exactly once in the document text. The scope line lists
in ``"ranges"`` exactly the character ranges annotated (one per section group annotated
whole); entity mentions are kept only inside them. The output holds offsets, names and values
but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_somalia2001.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_somalia2001.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2001_somalia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import MARKDOWN_2000S_PARTS, PageDoc  # noqa: E402

FILE = "usdos/2001_somalia.md"
Y = "2001"

#: the section groups of the 2000s Markdown layout (Section 4's heading a plain line)
ALL_PARTS = MARKDOWN_2000S_PARTS
#: the groups annotated so far, in the order they were done
DONE = ["5-7", "2", "3-4", "exec", "1"]

#: the charter of the Djibouti Conference, "adopted in 2000 but not implemented by year's end"
CHARTER = "not implemented by year's end, "


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    # --- entities first met here ---
    d.ent("place", "Somaliland", "Republic of Somaliland")
    d.ent("place", "Puntland")
    d.ent("place", "Kenya")
    d.ent("place", "Mogadishu")
    d.ent("place", "Hargeisa")
    d.ent("place", "Bosasso")
    d.ent("place", "Merka", "Merca")
    d.ent("place", "Lower Shabelle", "Lower Shabelle region")
    d.ent("place", "Djibouti")
    d.ent("place", "Lebanon")
    d.ent("place", "Syria")
    d.ent("place", "Somalia")
    d.ent("organization", "Al-Islah")
    d.ent("organization", "General Federation of Somali Trade Unions")
    # a conference and charters are no entities (their place names are no mentions)
    d.not_entity("Djibouti Conference", "Puntland Charter", "Somaliland Constitution")

    # --- 5 ---
    d.sec("5")
    d.ev(CHARTER + "contains provisions", "law_or_decree", "2000")
    d.ev("A few rapes were prosecuted during the year.", "charge", Y)
    d.ev("#### Women||There were reports of numerous rapes of Somali women and girls", "torture_or_abuse", Y, polarity="alleged")
    d.fig("Estimates place the percentage of women who have undergone FGM", 98,
          "share of women who have undergone FGM", "approximately", unit="percent")
    d.ev("In 1999 Puntland authorities passed legislation banning FGM", "law_or_decree", "1999")
    d.prov("female children could inherit property, but only half", "right", 0.5,
           "share of a brother's inheritance", "only half of the amount",
           "inheritance of female children")
    d.prov("those found guilty in the death of a woman must pay only half", "requirement",
           0.5, "share of the compensation for a man", "only half as much",
           "blood compensation for a woman")
    d.fig("Approximately 10 to 20 percent of the school-age population", 10,
          "share of the school-age population attending school", "approximately",
          unit="percent", value_end=20)
    d.fig("There are three secondary schools in Somaliland", 3, "secondary schools in Somaliland")
    d.fig("There are three secondary schools in Somaliland", 3, "secondary schools in Mogadishu",
          "more than")
    d.fig("There are three secondary schools in Somaliland", 10,
          "share of primary pupils who graduate from secondary school", unit="percent")
    d.fig("The literacy rate is approximately 25 percent", 25, "literacy rate", "approximately",
          unit="percent")
    d.ev("In 1999 the Somaliland authorities drafted guidelines", "other", "1999")
    d.ev("In 1999 the Somaliland authorities drafted guidelines", "other", Y, polarity="negated")
    d.ev("There were reports of numerous rapes of Somali girls", "torture_or_abuse", Y,
         polarity="alleged")
    d.fig("FGM is performed on approximately 98 percent of girls", 98,
          "share of girls subjected to FGM", "approximately", unit="percent")
    d.ev("there were no mosque takeovers during the year", "other", Y, polarity="negated")
    d.fig("More than 80 percent of citizens share a common ethnic heritage", 80,
          "share of citizens of a common ethnic heritage", "more than", unit="percent")

    # --- 6 ---
    d.sec("6.a")
    d.ev(CHARTER + "the Puntland Charter", "law_or_decree", "2000")
    d.ev("labor disputes did not lead to the use of force during the year", "attack_or_threat",
         Y, polarity="negated")
    d.ev("In 2000 the Habr Gibr clan used force", "attack_or_threat", "2000")
    d.sec("6.d")
    d.ev("In 1999 it was reported that 41.9 percent", "report_published", "1999")
    d.fig("In 1999 it was reported that 41.9 percent", 41.9, "share of children who worked",
          unit="percent")
    d.fig("believed to be higher than 42 percent during the year", 42,
          "share of children engaged in labor", "more than", unit="percent")
    d.sec("6.e")
    d.ev("There was no organized effort by any of the factions", "other", Y, polarity="negated")
    d.sec("6.f")
    d.ev("there were some reports of trafficking during the year", "other", Y,
         polarity="alleged")
    d.ev("In 2000 Djibouti law enforcement authorities arrested members", "detention_or_arrest",
         "2000")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    # --- entities first met here ---
    d.ent("place", "Garowe")
    d.ent("place", "Baidoa")
    d.ent("place", "Qoryoley", "Qoryoley district", "Qoroley", "Qoroley district")
    d.ent("place", "Arta")
    d.ent("place", "Ethiopia")
    d.ent("place", "Yemen")
    d.ent("place", "Kismayo", "Kismayu")
    d.ent("place", "Galkacyo")
    d.ent("place", "Mudug")
    d.ent("place", "Beledweyne")
    d.ent("person", "Ahmed Abd Al Rahman Dhalbaaq")
    d.ent("person", "Abulkadir Ali")
    d.ent("person", "Mohamed Deq")
    d.ent("person", "Ahmed Mohamed Ali")
    d.ent("person", "Abdullahi Yusuf", "Abdullahi Yussuf", "Yusuf")
    d.ent("person", "Jama Ali Jama", "Jama")
    d.ent("person", "Egal")
    d.ent("organization", "Transitional National Government", "TNG",
          "Transitional National Administration")
    d.ent("organization", "Transitional National Assembly", "TNA", "Transitional Assembly",
          "TNG Parliament")
    d.ent("organization", "U.N. Educational, Scientific and Cultural Organization", "UNESCO")
    d.ent("organization", "Islamic Court Militia")
    d.ent("organization", "Gaim")
    d.ent("organization", "Sahan")
    d.ent("organization", "Riyaq")
    d.ent("organization", "British Broadcasting Corporation", "BBC")
    d.ent("organization", "Puntland Coalition of Women for Peace")
    d.ent("organization", "Puntland Administration")
    d.ent("organization", "House of Representatives")
    d.ent("organization", "Ministry of Religion")
    d.ent("organization", "Ministry of Justice and Religious Affairs")
    d.ent("organization", "Rahanwein Resistance Army", "RRA")
    d.ent("organization", "U.N. High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "U.N.")
    d.ent("organization", "National Refugee Agency")
    d.not_entity("Transitional Charter", "Bosasso Airport", "Hamar school")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("The Transitional Charter, adopted in 2000, provides for freedom of speech",
         "law_or_decree", "2000")
    d.ev("there were incidents of harassment, arrest, and detention of journalists",
         "detention_or_arrest", Y)
    d.ev("On February 21, senior parliamentary officials in Mogadishu barred journalists",
         "censorship_or_blocking", "2001-02-21")
    d.ev("On February 26, a UNESCO academic in Garowe", "detention_or_arrest", "2001-02-26")
    d.ev("In August 2000, the Islamic Court Militia detained", "detention_or_arrest", "2000-08")
    d.ev("He was released on bail pending trial later the same day.", "release", "2000-08")
    d.ev("In 1999 in Puntland, the regional administration arrested", "detention_or_arrest",
         "1999")
    d.ev("Both journalists were released during the year.", "release", Y)
    d.ev("The TNG recently began operating an FM station.", "other", Y)
    d.ev("In April a new radio station, funded by local businesses", "other", "2001-04")
    d.ev("#### a. Freedom of Speech and Press||In November the only Internet company", "other", "2001-11")
    d.fig("There are two universities in Mogadishu and two in Somaliland.", 2,
          "universities in Mogadishu")
    d.fig("There are two universities in Mogadishu and two in Somaliland.", 2,
          "universities in Somaliland")

    # --- 2.b ---
    d.sec("2.b")
    d.ev("The ban on demonstrations continued; however, demonstrations occurred", "protest", Y)
    d.ev("In August 2000, Puntland President Abdullahi Yussuf ordered", "other", "2000-08")
    d.ev("Demonstrations occurred throughout the country during the year", "protest", Y)
    d.ev("There were a number of peaceful demonstrations that occurred", "protest", Y)
    d.ev("in August in Somaliland, thousands of persons demonstrated", "protest", "2001-08")
    d.ev("In October thousands of Mogadishu residents protested", "protest", "2001-10")
    d.fig("In October thousands of Mogadishu residents protested", 500,
          "denomination of the banknotes refused", unit="SOS")
    d.ev("In October thousands of Kismayu residents demonstrated", "protest", "2001-10")
    d.ev("In November the Puntland Coalition of Women for Peace", "protest", "2001-11")
    no_action = "No action was taken against the members of the Somaliland police"
    d.ev(no_action, "charge", Y, polarity="negated")
    for date in ("2000-11-11", "2000-11-01", "2000-09-10", "2000-03-30", "2000-03-29",
                 "2000-03-20"):
        d.ev(no_action, "attack_or_threat", date)
    d.ev("the Puntland Administration banned all political parties for 3 years", "other",
         "1998")
    d.dur(3, "years", "for 3 years")
    d.ev("In a referendum in May, Somaliland voters approved legislation",
         "election_or_referendum", "2001-05")
    d.prov("The law limits the number of political parties allowed", "threshold", 3, "parties",
           "three", "political parties allowed to contest elections")
    d.prov("approved parties that win 20 percent of the next Somaliland elections",
           "threshold", 20, "percent", "20 percent", "share of the vote for a party to operate")

    # --- 2.c ---
    d.sec("2.c")
    d.ev(CHARTER + "establishes Islam", "law_or_decree", "2000")
    d.ev("The TNG absorbed the Shari'a courts in Mogadishu during the year", "other", Y)
    d.ev("Shari'a courts ceased functioning this year in Merka", "other", Y)
    d.ev("the courts and their militias were absorbed by the TNG during the year", "other", Y)
    d.ev("In 2000 in Somaliland, nine Ethiopians allegedly were detained", "detention_or_arrest",
         "2000", polarity="alleged")
    d.dur(1, "months", "for 1 month")
    d.fig("In 2000 in Somaliland, nine Ethiopians allegedly were detained", 9,
          "Ethiopians detained and deported")
    d.ev("#### c. Freedom of Religion||Seven Christian Ethiopians arrested in Somaliland", "detention_or_arrest",
         "1999")
    d.ev("#### c. Freedom of Religion||Seven Christian Ethiopians arrested in Somaliland", "release", Y)
    d.fig("#### c. Freedom of Religion||Seven Christian Ethiopians arrested in Somaliland", 7,
          "Christian Ethiopians arrested and released")
    d.ev("In 1999 the Minister of Religion in Somaliland issued", "law_or_decree", "1999")

    # --- 2.d ---
    d.sec("2.d")
    d.ev(CHARTER + "and the Puntland Charter provide", "law_or_decree", "2000")
    d.ev("In January in the town of Baidoa, a militia group", "censorship_or_blocking",
         "2001-01", polarity="alleged", place="Baidoa")
    d.ev("militia members reportedly created checkpoints along the river", "other", Y,
         polarity="alleged")
    d.ev("The militia members also reportedly charged money", "other", Y, polarity="alleged")
    d.ev("Persons who refused to comply with the extortion attempts", "killing", Y,
         polarity="alleged")
    d.ev("administrations impeded the travel of participants at the Djibouti Conference",
         "other", "2000")
    d.ev("Numerous persons were arrested and detained for attempting to attend",
         "detention_or_arrest", "2000")
    d.ev("In 2000 the Puntland Administration attempted to prohibit flights", "other", "2000")
    d.ev("In 2000 Puntland President Abdullahi Yussuf decreed the arrest", "law_or_decree",
         "2000")
    d.ev("During the year, 50,216 Somali refugees returned", "other", Y)
    d.fig("During the year, 50,216 Somali refugees returned", 50216,
          "Somali refugees returned from Ethiopia")
    d.ev("There were reports that hundreds of such migrants drowned", "other", Y,
         polarity="alleged")
    d.fig("There are approximately 300,000 IDP's in the country", 300000, "IDPs",
          "approximately")
    d.fig("There are approximately 300,000 IDP's in the country", 4,
          "share of the population displaced", "approximately", unit="percent")
    d.fig("The U.N. estimated that approximately 305,000 Somalis", 305000,
          "Somali refugees in neighboring countries", "approximately", source="U.N.")
    d.fig("The U.N. estimated that approximately 305,000 Somalis", 139000,
          "Somali refugees in Kenya", "approximately", source="U.N.")
    d.fig("The U.N. estimated that approximately 305,000 Somalis", 400000,
          "Somali refugees at the height of the 1992 crisis", "more than", source="U.N.")
    d.fig("There were approximately 60-70,000 Somali refugees in Ethiopia", 60000,
          "Somali refugees in Ethiopia", "approximately", value_end=70000)
    d.fig("There were approximately 60-70,000 Somali refugees in Ethiopia", 23872,
          "Somali refugees in Djibouti")
    d.ev("There were no reports of the forced return of persons", "other", Y,
         polarity="negated")
    d.ev("On October 7, approximately 106 Tanzanian refugees arrived", "other", "2001-10-07")
    d.fig("On October 7, approximately 106 Tanzanian refugees arrived", 106,
          "Tanzanian refugees arrived in Mogadishu", "approximately")
    d.ev("On October 30, a second group of approximately 93 Tanzanian", "other", "2001-10-30")
    d.fig("On October 30, a second group of approximately 93 Tanzanian", 93,
          "Tanzanian refugees arrived in Mogadishu", "approximately")
    d.ev("There were numerous reports of rapes of Somali women and girls", "torture_or_abuse", Y, polarity="alleged")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    # --- entities first met here ---
    d.ent("place", "Sanaag")
    d.ent("place", "Sol")
    d.ent("place", "Buhodle", "Buhodle district")
    d.ent("person", "Abdiqassim Salad Hassan", "Abdiqassim")
    d.ent("person", "Ali Khalif Gallayr", "Gallayr")
    d.ent("person", "Hassan Abshir Farah")
    d.ent("person", "Yusuf Haji Nur", "Yusuf Nur", "Nur")
    d.ent("person", "Hussein Aideed", "Aideed")
    d.ent("organization", "Union of the People of Somaliland", "UDSL")
    d.ent("organization", "Parliament")
    d.ent("organization", "Council of Elders")
    d.ent("organization", "Puntland Parliament")
    d.ent("organization", "Ismail Jumale Center for Human Rights", "Ismail Jumale Center",
          "Jumale Center for Human Rights", "DIJHRC",
          "Doctor Ismail Juma'ale Human Rights Organization", "DIJHRO")
    d.ent("organization", "Horn of Africa Human Rights Watch Committee")
    d.ent("organization", "Red Cross")
    d.ent("organization", "CARE")
    d.ent("organization", "Save the Children")
    d.ent("organization", "Halo Trust")
    d.ent("organization", "Coordinating Organization for Voluntary Service", "COSV")
    d.not_entity("Conference for National Peace and Reconciliation in Somalia",
                 "Djibouti conference", "Djibouti Reconciliation process", "Djibouti process")

    # --- 3 ---
    d.sec("3")
    d.ev("In 2000 in Arta, Djibouti, more than 900 delegates", "other", "2000")
    d.fig("In 2000 in Arta, Djibouti, more than 900 delegates", 900,
          "delegates selected for the conference", "more than")
    d.ev("The Conference adopted a charter for a 3-year Transitional National Administration",
         "law_or_decree", "2000")
    d.fig("The Conference adopted a charter for a 3-year Transitional National Administration",
          245, "members of the Transitional Assembly")
    d.fig("The Conference adopted a charter for a 3-year Transitional National Administration",
          24, "members of minority groups in the assembly")
    d.fig("The Conference adopted a charter for a 3-year Transitional National Administration",
          25, "women in the assembly")
    d.ev("The assembly elected Abdiqassim Salad Hassan as Transitional President.",
         "election_or_referendum", "2000")
    d.ev("Ali Khalif Gallayr was named Prime Minister, and he appointed", "other", "2000")
    d.fig("Ali Khalif Gallayr was named Prime Minister, and he appointed", 25,
          "members of the Cabinet")
    d.ev("#### Section 3 Respect for Political||In October the TNA passed a vote of no confidence",
         "dismissal", "2001-10")
    d.ev("#### Section 3 Respect for Political||In November Abdiqassim appointed Hassan Abshir Farah",
         "other", "2001-11")
    d.ev("The Transitional Charter, adopted in 2000, but not implemented", "law_or_decree",
         "2000")
    d.ev("In January the Prime Minister accused Ethiopia", "other", "2001-01")
    d.ev("a clan conference led to a peace accord in 1997", "other", "1997")
    d.ev("the Somaliland state that achieved international recognition in 1960", "other", "1960")
    d.ev("In 2000 the Somaliland parliament approved legislation", "law_or_decree", "2000")
    d.ev("Several new political parties were formed in Puntland during the year", "other", Y)
    d.ev("In May a referendum was held with 97 percent of voters", "election_or_referendum",
         "2001-05")
    d.ev("voters also ratified the political party legislation approved in 2000",
         "law_or_decree", "2000")
    d.fig("In May a referendum was held with 97 percent of voters", 97,
          "share of voters supporting independence", unit="percent")
    d.ev("In January President Egal's and the Parliament's terms were extended", "other",
         "2001-01")
    d.dur(1, "years", "for 1 year")
    d.ev("In 1998 Puntland was established as a regional government", "other", "1998")
    d.fig("In 1998 Puntland was established as a regional government", 6,
          "regions represented at the conference")
    d.ev("Representatives of Puntland-based subclans chose Abdullahi Yusuf as President.",
         "election_or_referendum", "1998")
    d.ev("Regional elections in Puntland were held during the year", "election_or_referendum", Y)
    d.ev("In November elders elected Jama Ali Jama as the new President of Puntland",
         "election_or_referendum", "2001-11")
    d.ev("in December he militarily seized Garowe", "attack_or_threat", "2001-12")
    # t-conv15 settlement (2026-12-13): the next sentence, another kind, no tie: the year
    d.ev("#### Section 3 Respect for Political||Jama fled to Bosasso.", "other", Y)
    d.ev("Both governments sent administrators to the Sanaag and Sol regions", "other", Y)
    d.fig("There are only 5 female representatives out of a total of 69", 5,
          "female representatives in the Puntland Parliament")
    d.fig("There are only 5 female representatives out of a total of 69", 69,
          "members of the Puntland Parliament")
    d.fig("In the TNA, women were allocated 25 seats", 25, "seats allocated to women in the TNA")
    d.fig("In the TNA, women were allocated 25 seats", 245, "seats in the TNA")
    d.fig("Minorities were allocated 25 seats in the TNA", 25,
          "seats allocated to minorities in the TNA")

    # --- 4 ---
    d.sec("4")
    d.ev("The Ismail Jumale Center supported the Djibouti Reconciliation process in 2000",
         "other", "2000")
    d.ev("permitted visits by U.N. human rights representatives during the year", "other", Y)
    d.ev("There were reported incidents of harassment against NGO's", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("Attacks on NGO's disrupted flights and food distribution during the year.",
         "attack_or_threat", Y)
    d.ev("three members threw a grenade into the offices of COSV in 2000", "attack_or_threat",
         "2000")
    d.fig("three members threw a grenade into the offices of COSV in 2000", 3,
          "council members who threw a grenade")
    d.ev("COSV programs were suspended for 2 weeks in 2000", "other", "2000")
    d.dur(2, "weeks", "for 2 weeks")
    d.ev("the DIJHRC issued a statement that accused militia members", "torture_or_abuse", Y,
         polarity="alleged", source="DIJHRC")
    d.fig("the DIJHRC issued a statement that accused militia members", 15,
          "villages where women were raped")
    d.ev("The DIJHRC also issued a statement that criticized", "other", Y)


# =========================================================================================
# Executive summary (title lines included)
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    # --- entities first met here ---
    d.ent("place", "Hiran")
    d.ent("place", "Middle Shabelle")
    d.ent("place", "Gedo", "Gedo region")
    d.ent("place", "Middle Juba")
    d.ent("place", "Lower Juba")
    d.ent("place", "British Somaliland")
    d.ent("place", "Saudi Arabia")
    d.ent("person", "Mohamed Siad Barre", "Siad Barre")
    d.ent("person", "Ismail Omar Guelleh", "Gelleh")
    d.ent("organization", "U.N. General Assembly")
    d.ent("organization", "Inter-Governmental Authority for Development", "IGAD")
    d.ent("organization", "Al'Ittihad Al-Islami", "AIAI", "Al-Ittihaad", "Al'Ittihad")

    d.sec("exec")
    d.ev("fled the country in 1991", "other", "1991")
    d.ev("led the U.N. to intervene militarily in 1992", "killing", "1992")
    d.ev("In September 1999, during a speech before the U.N. General Assembly", "other",
         "1999-09")
    d.ev("In March 2000, formal reconciliation efforts began", "other", "2000-03")
    d.ev("In May 2000, in Arta, Djibouti, delegates representing all clans", "other", "2000-05")
    d.ev("More than 900 delegates, including representatives of nongovernmental", "other",
         "2000-05")
    d.fig("More than 900 delegates, including representatives of nongovernmental", 900,
          "delegates who attended the conference", "more than")
    d.ev("adopted a charter for a 3-year Transitional National Government", "law_or_decree",
         "2000-05")
    d.fig("adopted a charter for a 3-year Transitional National Government", 245,
          "members of the Transitional National Assembly")
    d.fig("adopted a charter for a 3-year Transitional National Government", 24,
          "members of minority groups in the TNA")
    d.fig("adopted a charter for a 3-year Transitional National Government", 25,
          "women in the TNA")
    d.ev("In August 2000, the Assembly elected Abdiqassim Salad Hassan",
         "election_or_referendum", "2000-08")
    d.ev("Ali Khalif Gallayr was named Prime Minister in October 2000", "other", "2000-10")
    d.fig("Ali Khalif Gallayr was named Prime Minister in October 2000", 25,
          "members of the Cabinet")
    d.ev("## Somalia||In October the TNA passed a vote of no confidence", "dismissal", "2001-10")
    d.ev("## Somalia||In November Abdiqassim appointed Hassan Abshir Farah", "other", "2001-11")
    d.ev("Leaders in the northeast proclaimed the formation of the Puntland state in 1998.",
         "other", "1998")
    d.ev("In July Yusuf announced his refusal to abide by the Constitution", "other", "2001-07")
    # t-conv15 settlement (2026-12-13): a later occurrence after the July episode, no tie: the year
    d.ev("This led to a confrontation with Chief Justice Yusuf Haji Nur", "other", Y)
    d.ev("In November traditional elders elected Jama Ali Jama", "election_or_referendum",
         "2001-11")
    d.ev("in December he seized by force the town of Garowe", "attack_or_threat", "2001-12",
         place="Garowe")
    # t-conv15 settlement (2026-12-13): the next sentence, another kind, no tie: the year
    d.ev("## Somalia||Jama fled to Bosasso.", "other", Y)
    d.fig("six regional governors", 6, "regional governors in Somaliland")
    d.ev("During the year, 97 percent of voters in a referendum", "election_or_referendum", Y)
    d.fig("During the year, 97 percent of voters in a referendum", 97,
          "share of voters for independence", unit="percent")
    d.ev("President Egal requested and Parliament granted a 1-year extension", "other", Y)
    d.dur(1, "years", "a 1-year extension")
    d.ev("After the withdrawal of the last U.N. peacekeepers in 1995", "other", "1995")
    d.ev("Intervention by Ethiopian troops in 1996 and 1997", "other", "1996",
         date_end="1997")
    d.fig("In Somaliland more than 60 percent of the budget", 60,
          "share of Somaliland's budget for militia and police", "more than", unit="percent")
    d.ev("In 2000 a Somaliland presidential decree", "law_or_decree", "2000")
    d.ev("Also in 2000, the TNG began recruiting", "other", "2000")
    d.fig("Also in 2000, the TNG began recruiting", 4000, "officers of the new police force")
    d.ev("The TNG requested former soldiers to register", "other", "2000")
    d.fig("At year's end, the TNG had a 3,500-officer police force", 3500,
          "officers of the TNG police force")
    d.fig("At year's end, the TNG had a 3,500-officer police force", 5000,
          "members of the TNG militia", "approximately")
    d.ev("During the year, 7,000 former non-TNG militia were demobilized", "other", Y)
    d.fig("During the year, 7,000 former non-TNG militia were demobilized", 7000,
          "former militia members demobilized")
    d.ev("During the year, Mogadishu police began to patrol", "other", Y)
    d.ev("Police and militia committed numerous human rights abuses throughout the country.",
         "torture_or_abuse", Y)
    d.fig("The country's population is estimated to be between 7 and 8 million.", 7000000,
          "population", "approximately", value_end=8000000)
    d.ev("A livestock ban, lifted in 2000, was reinstituted", "other", "2000")
    d.ev("A livestock ban, lifted in 2000, was reinstituted", "other", Y)
    d.ev("Many civilian citizens were killed in factional fighting", "killing", Y)
    d.ev("There were some reports of the use of torture by Somaliland", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("police used lethal force while disrupting demonstrations", "killing", Y)
    d.ev("The use of landmines, reportedly by the Rahanwein Resistance Army", "killing", Y,
         polarity="alleged")
    d.ev("Somaliland authorities detained a number of persons who challenged",
         "detention_or_arrest", Y)
    d.ev("There were several reports of attacks on NGO's during the year.", "attack_or_threat",
         Y, polarity="alleged")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    # --- entities first met here ---
    for place in ("Garbaharre", "Libahelh", "Wanle Weyn", "Mahadday", "Qardho", "Lugh",
                  "Burhakaba", "Buale", "Tanzania", "Haji Salah", "Jowhar", "Saragoble",
                  "Hawl Wadag", "Marere", "Eil", "Buulo", "Borama", "Afmadow", "Berbera"):
        d.ent("place", place)
    d.ent("place", "Bay", "Bay region")
    d.ent("place", "Bakol", "Bakol region")
    d.ent("person", "Muse Sudi", "Muse Sude", "Musa Sudi")
    d.ent("person", "Abdirizak Bihi")
    d.ent("person", "Osman Atto")
    d.ent("person", "Mohammed Dhere")
    d.ent("person", "Morgan")
    d.ent("person", "Yusuf Tallan")
    d.ent("person", "Haji Abdullahi")
    d.ent("person", "Osman Jeyte")
    d.ent("person", "Singh Bohgal")
    d.ent("person", "Mohammed Abdi Gas", "Gas")
    d.ent("person", "Nuurto Muhammad Ali", "Ali")
    d.ent("person", "Ghanim Alnajar", "Alnajar")
    d.ent("person", "Suleiman Mohamoud Adan", "Gaal")
    d.ent("person", "Mohamed Abdulkadir")
    d.ent("person", "Bile Mahmud Qabowsadeh")
    d.ent("person", "Abdi Hashi")
    d.ent("organization", "SRRC")
    d.ent("organization", "Jubaland Alliance")
    d.ent("organization", "Somali National Front")
    d.ent("organization", "Somali National Alliance", "SNA")
    d.ent("organization", "World Food Programme", "WFP")
    d.ent("organization", "UNICEF")
    d.ent("organization", "War Crimes Commission")
    d.ent("organization", "Medecins Sans Frontieres", "MSF")
    d.ent("organization", "OLF")
    d.ent("organization", "African Action Help", "AAH")
    d.ent("organization", "Nugal")
    d.ent("organization", "World Health Organization", "WHO")
    d.ent("organization", "UDUB")
    d.ent("organization", "High Commission of Justice")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Court of Appeal")
    d.not_entity("Bosasso airport", "Balligdogle airstrip", "Ballidogle airstrip",
                 "Puntland prison", "north Mogadishu prison", "Transitional National Charter")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("who fled the capital in January 1991", "other", "1991-01")
    d.ev("Since that time, tens of thousands of persons", "killing", "1991-01")
    d.ev("The vast majority of killings throughout the year", "killing", Y)
    d.ev("The number of killings increased from 2000", "killing", Y)
    d.ev("Security forces and police killed several persons", "killing", Y)
    d.ev("on February 3, in Bosasso, security forces and police shot", "killing", "2001-02-03",
         place="Bosasso")
    d.fig("on February 3, in Bosasso, security forces and police shot", 1, "woman killed")
    d.fig("on February 3, in Bosasso, security forces and police shot", 11, "persons injured")
    d.ev("On August 23, Somaliland police, who were arresting", "killing", "2001-08-23")
    d.ev("On August 28, in Mogadishu, TNG police reportedly killed", "killing", "2001-08-28",
         polarity="alleged", place="Mogadishu")
    d.fig("On August 28, in Mogadishu, TNG police reportedly killed", 2, "brothers killed")
    d.ev("TNG police reportedly killed two young brothers||There were no investigations",
         "investigation", Y, polarity="negated")
    d.ev("Islamic courts did not execute summarily any persons during the year", "killing", Y,
         polarity="negated")
    d.ev("Members of militias killed several members and supporters", "killing", Y)
    d.ev("on January 6, in the Bakol region, approximately 200", "killing", "2001-01-06",
         polarity="alleged", place="Bakol")
    d.fig("on January 6, in the Bakol region, approximately 200", 200, "militia members",
          "approximately")
    d.fig("on January 6, in the Bakol region, approximately 200", 9, "persons killed",
          "at least")
    d.ev("On February 4, troops from the Somali National Front", "killing", "2001-02-04",
         place="Garbaharre")
    d.fig("On February 4, troops from the Somali National Front", 10, "persons killed")
    d.ev("There was no investigation nor action taken", "investigation", Y, polarity="negated")
    d.ev("Attacks against humanitarian and NGO workers resulted in some deaths", "killing", Y)
    d.ev("on July 14, militiamen loyal to warlord Osman Atto ambushed", "killing", "2001-07-14")
    d.fig("on July 14, militiamen loyal to warlord Osman Atto ambushed", 6, "persons killed")
    d.ev("There were no investigations nor any actions", "investigation", Y, polarity="negated")
    d.ev("Killings resulted from conflicts between security and police forces", "killing", Y)
    d.ev("On March 13, in Mogadishu, four persons were killed", "killing", "2001-03-13")
    d.fig("On March 13, in Mogadishu, four persons were killed", 4, "persons killed")
    d.ev("On May 12, more than 50 persons were killed", "killing", "2001-05-12")
    d.fig("On May 12, more than 50 persons were killed", 50, "persons killed", "more than")
    d.fig("On May 12, more than 50 persons were killed", 100, "persons injured", "more than")
    d.ev("On May 27, 13 persons were killed in Libahelh town", "killing", "2001-05-27",
         place="Libahelh")
    d.fig("On May 27, 13 persons were killed in Libahelh town", 13, "persons killed")
    d.ev("On June 11, two persons were killed and several others", "killing", "2001-06-11")
    d.fig("On June 11, two persons were killed and several others", 2, "persons killed")
    d.ev("On July 1, 4 persons were killed and 10 others", "killing", "2001-07-01")
    d.fig("On July 1, 4 persons were killed and 10 others", 4, "persons killed")
    d.fig("On July 1, 4 persons were killed and 10 others", 10, "persons injured")
    d.ev("The clashes reportedly began when the Islamic Court Militia disarmed", "other",
         "2001-07-01", polarity="alleged")
    d.ev("On August 6, fighting between a coalition of factions", "killing", "2001-08-06",
         place="Kismayo")
    d.fig("On August 6, fighting between a coalition of factions", 18, "deaths", "at least")
    d.ev("There were no investigations or further action on the cases", "investigation", Y,
         polarity="negated")
    d.fig("by the five Islamic Shari'a courts in Mogadishu", 5, "Islamic Shari'a courts in "
          "Mogadishu")
    d.ev("During the year, the courts were absorbed into the TNG", "other", Y)
    d.ev("Militia attacks resulted in numerous deaths during the year.", "killing", Y)
    d.ev("On February 1, one person was killed during renewed border clan warfare", "killing",
         "2001-02-01")
    d.fig("On February 1, one person was killed during renewed border clan warfare", 1,
          "person killed")
    d.ev("On June 10, in Mogadishu armed militiamen", "killing", "2001-06-10")
    d.fig("On June 10, in Mogadishu armed militiamen", 3, "persons killed")
    d.ev("On June 10, unidentified heavily armed militiamen", "killing", "2001-06-10",
         place="Mahadday")
    d.fig("On June 10, unidentified heavily armed militiamen", 5, "persons killed")
    d.ev("On June 11, militiamen fired into a minibus in Mogadishu", "killing", "2001-06-11")
    d.fig("On June 11, militiamen fired into a minibus in Mogadishu", 7, "persons killed")
    # t-conv15 settlement (2026-12-13): another act of the same persons, no also/again: the year
    d.ev("took the vehicle with the dead bodies still inside", "other", Y)
    d.ev("On August 6, while retreating to Garowe from Bosasso", "killing", "2001-08-06")
    d.fig("On August 6, while retreating to Garowe from Bosasso", 4, "men killed")
    d.ev("There were no investigations into any of these incidents", "investigation", Y,
         polarity="negated")
    d.ev("Conflicts between rival militias resulted in deaths during the year.", "killing", Y)
    d.ev("On February 7, rival militias clashed in Qardho town", "killing", "2001-02-07",
         place="Qardho")
    d.fig("On February 7, rival militias clashed in Qardho town", 3, "persons killed",
          "at least")
    d.ev("On February 9, two militia groups fought", "killing", "2001-02-09")
    d.fig("On February 9, two militia groups fought", 1, "person killed")
    d.ev("On April 15, rival militias in Kismayu attacked", "killing", "2001-04-15",
         place="Kismayo")
    d.fig("On April 15, rival militias in Kismayu attacked", 8, "persons killed", "at least")
    d.fig("On April 15, rival militias in Kismayu attacked", 25, "persons injured")
    d.ev("On May 1, rival militias clashed over the administration", "killing", "2001-05-01")
    d.fig("On May 1, rival militias clashed over the administration", 3, "persons killed")
    d.ev("On May 2, five persons were killed", "killing", "2001-05-02")
    d.fig("On May 2, five persons were killed", 5, "persons killed")
    d.ev("On May 11, 80 persons were killed", "killing", "2001-05-11")
    d.fig("On May 11, 80 persons were killed", 80, "persons killed")
    d.ev("On June 12, two militia groups fought in Lugh", "killing", "2001-06-12", place="Lugh")
    d.fig("On June 12, two militia groups fought in Lugh", 3, "persons killed")
    d.ev("On June 12, four persons were killed in Mogadishu", "killing", "2001-06-12")
    d.ev("On June 12, four persons were killed in Mogadishu", "killing", "2001-06-21")
    d.fig("On June 12, four persons were killed in Mogadishu", 4, "persons killed on June 12")
    d.fig("On June 12, four persons were killed in Mogadishu", 2, "persons killed on June 21")
    d.fig("On June 12, four persons were killed in Mogadishu", 5, "persons injured on June 21")
    d.ev("On June 22, two persons were killed in Mogadishu", "killing", "2001-06-22")
    d.fig("On June 22, two persons were killed in Mogadishu", 2, "persons killed")
    d.ev("On June 23, in Mogadishu, Mahadday, and Burhakaba", "killing", "2001-06-23")
    d.fig("On June 23, in Mogadishu, Mahadday, and Burhakaba", 2, "militiamen confronted")
    d.fig("On June 23, in Mogadishu, Mahadday, and Burhakaba", 8, "persons killed")
    d.fig("On June 23, in Mogadishu, Mahadday, and Burhakaba", 15, "persons injured")
    d.ev("On July 13, 11 persons were killed, including 2 children", "killing", "2001-07-13")
    d.fig("On July 13, 11 persons were killed, including 2 children", 11, "persons killed")
    d.fig("On July 13, 11 persons were killed, including 2 children", 2, "children killed")
    d.ev("On July 25, in Buale town, 8 persons were killed", "killing", "2001-07-25",
         place="Buale")
    d.fig("On July 25, in Buale town, 8 persons were killed", 8, "persons killed")
    d.fig("On July 25, in Buale town, 8 persons were killed", 15, "persons injured")
    d.ev("On August 5, militiamen loyal to former Puntland president", "attack_or_threat",
         "2001-08-05")
    d.ev("resulted in the deaths of 20 persons and injuries of 60 persons", "killing",
         "2001-08-05")
    d.fig("resulted in the deaths of 20 persons and injuries of 60 persons", 20, "deaths")
    d.fig("resulted in the deaths of 20 persons and injuries of 60 persons", 60, "injuries")
    d.ev("There was no further action taken on the cases by year's end.", "other", Y,
         polarity="negated")
    d.ev("In-fighting within militia groups resulted in numerous deaths", "killing", Y)
    d.ev("on February 1, militiamen who were controlling the Balligdogle airstrip", "killing",
         "2001-02-01")
    d.fig("on February 1, militiamen who were controlling the Balligdogle airstrip", 4,
          "persons killed")
    d.fig("on February 1, militiamen who were controlling the Balligdogle airstrip", 6,
          "persons injured")
    d.ev("All but one killing by TNG forces", "investigation", Y, polarity="negated")
    d.ev("In August Tanzanian police arrested three individuals", "detention_or_arrest",
         "2001-08")
    d.ev("In August Tanzanian police arrested three individuals", "killing", "2000",
         polarity="alleged")
    d.fig("In August Tanzanian police arrested three individuals", 3, "individuals arrested")
    following = "No action is known to have been taken against the persons responsible"
    d.ev(following, "charge", Y, polarity="negated")
    for date in ("1999-09", "1999-08", "1999-07", "1999-03", "1999-02"):
        d.ev(following, "killing", date)
    d.fig(following, 1, "person killed during a demonstration")
    d.ev("In 1997 a War Crimes Commission in Hargeisa", "investigation", "1997")
    d.ev("In 1997 a War Crimes Commission in Hargeisa", "killing", "1988")
    d.fig("In 1997 a War Crimes Commission in Hargeisa", 2000, "local residents killed in 1988",
          "at least")
    d.ev("Heavy rains in 1997 revealed numerous mass graves", "other", "1997")
    d.ev("There were reports during the year that Ethiopian troops participated", "killing", Y,
         polarity="alleged")
    d.ev("in January there was a report that Ethiopian soldiers killed", "killing", "2001-01",
         polarity="alleged")
    d.fig("in January there was a report that Ethiopian soldiers killed", 5, "persons killed")
    d.fig("in January there was a report that Ethiopian soldiers killed", 17, "persons injured")
    d.ev("A resident reported that the troops fired directly at the demonstrators",
         "attack_or_threat", "2001-01", source="A resident")
    d.ev("In September 2000, approximately 30 Ethiopian soldiers attacked", "killing",
         "2000-09", place="Haji Salah")
    d.fig("In September 2000, approximately 30 Ethiopian soldiers attacked", 30,
          "Ethiopian soldiers", "approximately")
    d.fig("In September 2000, approximately 30 Ethiopian soldiers attacked", 2, "persons killed")
    d.ev("Somaliland President Egal wrote a letter to the Ethiopian Government", "other", Y)
    d.ev("The Ethiopian Government denied the reports", "other", Y)
    d.ev("Unknown assailants killed persons during the year.", "killing", Y)
    d.ev("On February 6, independent gunmen attacked the Mogadishu police chief", "killing",
         "2001-02-06")
    d.fig("On February 6, independent gunmen attacked the Mogadishu police chief", 1,
          "bystander killed")
    d.ev("On February 7, three children were shot and killed", "killing", "2001-02-07")
    d.fig("On February 7, three children were shot and killed", 3, "children killed")
    d.ev("On March 17, 10 men were killed in Jowhar", "killing", "2001-03-17", place="Jowhar")
    d.fig("On March 17, 10 men were killed in Jowhar", 10, "men killed")
    d.ev("On March 24, four persons were killed at the police station", "killing",
         "2001-03-24", place="Qardho")
    d.fig("On March 24, four persons were killed at the police station", 4, "persons killed")
    d.ev("after complaining about police harassment||There were no investigations",
         "investigation", Y, polarity="negated")
    d.ev("Landmine explosions caused several deaths and injuries during the year", "other", Y)
    d.ev("The RRA laid numerous landmines", "other", Y)
    d.ev("On February 1 in Burhakaba, Bay region, four nomads", "other", "2001-02-01",
         place="Burhakaba")
    d.fig("On February 1 in Burhakaba, Bay region, four nomads", 4, "nomads killed")
    d.ev("On May 10, a landmine explosion near Ballidogle airstrip", "other", "2001-05-10")
    d.ev("On June 2, a truck hit a mine in Saragoble", "other", "2001-06-02", place="Saragoble")
    d.fig("On June 2, a truck hit a mine in Saragoble", 1, "person killed")
    d.fig("On June 2, a truck hit a mine in Saragoble", 4, "persons injured")
    d.ev("On July 24, four cars hit landmines", "other", "2001-07-24")
    d.fig("On July 24, four cars hit landmines", 4, "cars that hit landmines")
    d.ev("The cars exploded and killed several persons", "other", "2001-07-24")
    d.ev("Clan fighting resulted in numerous deaths during the year.", "killing", Y)
    d.ev("On March 1, 6 persons were killed and 20 persons", "killing", "2001-03-01",
         place="Hawl Wadag")
    d.fig("On March 1, 6 persons were killed and 20 persons", 6, "persons killed")
    d.fig("On March 1, 6 persons were killed and 20 persons", 20, "persons injured")
    d.ev("On March 30, 40 persons were killed during Marehan", "killing", "2001-03-30")
    d.fig("On March 30, 40 persons were killed during Marehan", 40, "persons killed")
    d.ev("On May 16, 7 persons were killed and 14 injured", "killing", "2001-05-16",
         place="Burhakaba")
    d.fig("On May 16, 7 persons were killed and 14 injured", 7, "persons killed")
    d.fig("On May 16, 7 persons were killed and 14 injured", 14, "persons injured")
    d.ev("Persons were killed during disputes over land during the year.", "killing", Y)
    d.ev("on February 13, 3 persons were killed and 13 villages", "killing", "2001-02-13",
         place="Jowhar")
    d.fig("on February 13, 3 persons were killed and 13 villages", 3, "persons killed")
    d.fig("on February 13, 3 persons were killed and 13 villages", 13, "villages burned")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no known reports of unresolved politically motivated disappearances",
         "other", Y, polarity="negated")
    d.ev("On March 27, militiamen loyal to warlord Muse Sude attacked", "attack_or_threat",
         "2001-03-27")
    d.fig("On March 27, militiamen loyal to warlord Muse Sude attacked", 9,
          "aid officials held hostage")
    d.ev("On March 28, five of the hostages were released", "release", "2001-03-28")
    d.ev("On March 28, five of the hostages were released", "release", "2001-03-30")
    d.ev("On March 28, five of the hostages were released", "release", "2001-04-04")
    d.fig("On March 28, five of the hostages were released", 5, "hostages released on March 28")
    d.fig("On March 28, five of the hostages were released", 2, "hostages released on March 30")
    d.fig("On March 28, five of the hostages were released", 2, "hostages released on April 4")
    d.ev("On April 21, a WFP vehicle near Garowe in Puntland was ambushed", "attack_or_threat",
         "2001-04-21", place="Garowe")
    # t-conv15 settlement (2026-12-13): the episode named as object of another occurrence: the year
    d.ev("Guardsmen from the Puntland presidency chased the vehicle", "other", Y)
    d.ev("There were no investigations, and no action was taken against the perpetrators in "
         "these", "investigation", Y, polarity="negated")
    d.ev("There were numerous kidnapings by militia groups", "other", Y)
    d.ev("In January gunmen in Mogadishu held hostage", "other", "2001-01")
    d.ev("On March 9, a group of militiamen at the Kismayu port", "other", "2001-03-09")
    d.fig("On March 9, a group of militiamen at the Kismayu port", 2, "cargo ships seized")
    d.fig("On March 9, a group of militiamen at the Kismayu port", 28, "crew members seized")
    d.ev("The ships and their crews were released approximately 2 months later.", "release",
         "2001-05")
    d.ev("On June 13, an armed group abducted a TNA member", "other", "2001-06-13",
         place="Mogadishu")
    d.ev("on September 2, they released him", "release", "2001-09-02")
    d.ev("In early August, a militia group seized a Kenyan fishing vessel", "other", "2001-08")
    d.fig("In early August, a militia group seized a Kenyan fishing vessel", 30,
          "crew members held hostage", "approximately")
    # t-conv15 settlement (2026-12-13): the same persons in a step of another kind: the year
    d.ev("after a local court in Eil town determined", "other", Y)
    d.ev("On September 16, unknown gunmen kidnaped a medical doctor", "other", "2001-09-16")
    d.ev("On September 16, unknown gunmen kidnaped a medical doctor", "release", "2001-09-25")
    d.ev("there were no reports of kidnapings of critics of faction leaders", "other", Y,
         polarity="negated")
    d.ev("There was no investigations nor action was taken against the perpetrators",
         "investigation", Y, polarity="negated")
    d.ev("There was no investigations nor action was taken against the perpetrators", "other",
         "2000")
    d.ev("in the 1999 kidnaping case of two OLF officials", "other", "1999")
    d.fig("in the 1999 kidnaping case of two OLF officials", 2, "OLF officials kidnapped")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("The Transitional National Charter, adopted in 2000", "law_or_decree", "2000")
    d.ev("The Transitional National Charter, adopted in 2000", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Security forces killed and injured persons while forcibly dispersing", "killing", Y)
    # injuring persons not in custody is attack_or_threat (settled 2026-12-08; round t-types9 found it)
    d.ev("Security forces, police, and militias also injured persons during the year",
         "attack_or_threat", Y)
    d.ev("There were several attacks on humanitarian and NGO workers", "killing", Y)
    d.ev("For example, on April 21, a WFP vehicle", "attack_or_threat", "2001-04-21",
         place="Garowe")
    d.fig("For example, on April 21, a WFP vehicle", 2, "security guards injured")
    d.ev("During the year, the TNG gradually absorbed Islamic courts", "other", Y)
    d.ev("In 1999 an Islamic court in Buulo village", "conviction_or_sentence", "1999",
         place="Buulo")
    d.pen("death", None, None, "death by stoning")
    d.fig("In 1999 an Islamic court in Buulo village", 3, "husbands")
    d.ev("She was released by year's end.", "release", Y)
    d.ev("There were a number of attacks with explosives during the year.", "attack_or_threat",
         Y)
    d.ev("On February 16, a grenade was thrown into the compound", "attack_or_threat",
         "2001-02-16", place="Qardho")
    d.ev("On February 20, in Merka, an explosive device was detonated", "attack_or_threat",
         "2001-02-20", place="Merka")
    d.ev("On April 2, a bomb went off in the outskirts of Baidoa", "attack_or_threat",
         "2001-04-02", place="Baidoa")
    d.ev("On June 23, a bomb was thrown into the offices of Nugal", "attack_or_threat",
         "2001-06-23", place="Garowe")
    d.ev("On September 7, an unidentified person threw a grenade", "attack_or_threat",
         "2001-09-07", place="Merka")
    d.ev("On September 25, in Borama, Somaliland, a grenade was thrown", "attack_or_threat",
         "2001-09-25", place="Borama")
    d.ev("there were no reports that labor disputes led to the use of force",
         "attack_or_threat", Y, polarity="negated")
    d.ev("In April a domestic human rights group", "torture_or_abuse", "2001-04",
         polarity="alleged", source="DIJHRO")
    d.fig("In April a domestic human rights group", 15, "villages where women were raped")
    d.ev("#### c. Torture||There were reports of numerous rapes of Somali women and girls",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("documented more than 100 reported cases between February and August",
         "torture_or_abuse", "2001-02", date_end="2001-08", source="UNHCR")
    d.fig("documented more than 100 reported cases between February and August", 100,
          "reported rape cases", "more than", source="UNHCR")
    d.fig("documented more than 100 reported cases between February and August", 10,
          "times the reported number (estimate)", unit="times", source="UNHCR")
    d.fig("The aid agency CARE estimated that approximately 40 women", 40,
          "women raped every month", "approximately", source="CARE")
    d.fig("The aid agency CARE estimated that approximately 40 women", 4, "refugee camps")
    d.fig("The aid agency CARE estimated that approximately 40 women", 10,
          "share of Somali women in the camps raped", unit="percent")
    d.ev("Landmine explosions killed and injured several persons during the year", "other", Y)
    d.ev("on July 18, three persons were injured near Marere village", "other", "2001-07-18",
         place="Marere")
    d.fig("on July 18, three persons were injured near Marere village", 3, "persons injured")
    d.ev("No action reportedly was taken against the TNG forces", "charge", Y,
         polarity="negated")
    d.ev("No action reportedly was taken against the TNG forces", "torture_or_abuse", "2000")
    d.ev("a large number of persons were killed and injured as a result of interfactional",
         "killing", Y)
    d.ev("In September the U.N. Secretary General's Independent Expert", "other", "2001-09")
    d.ev("such visits occurred during the year", "other", Y)
    d.ev("The Jumale Center for Human Rights visited prisons in Mogadishu", "other", Y)

    # --- 1.d ---
    d.sec("1.d")
    d.ev("On February 26, a U.N. Educational, Scientific and Cultural Organization",
         "detention_or_arrest", "2001-02-26", place="Garowe")
    d.ev("On May 22, authorities in Somaliland arrested and detained", "detention_or_arrest",
         "2001-05-22")
    d.ev("On May 22, authorities in Somaliland arrested and detained", "release", "2001-06-05")
    d.ev("On June 12, warlord Muse Sudi's militia arrested six clan elders",
         "detention_or_arrest", "2001-06-12")
    d.fig("On June 12, warlord Muse Sudi's militia arrested six clan elders", 6,
          "clan elders arrested")
    d.ev("On June 13, the Puntland Administration arrested two intellectuals",
         "detention_or_arrest", "2001-06-13")
    d.fig("On June 13, the Puntland Administration arrested two intellectuals", 2,
          "intellectuals arrested")
    d.ev("On August 23, Somaliland President Egal ordered the detention", "detention_or_arrest",
         "2001-08-23")
    d.fig("On August 23, Somaliland President Egal ordered the detention", 10,
          "elders ordered detained", "approximately")
    # t-conv15 settlement (2026-12-13): a later step of the same kind, no also/again: the year
    d.ev("After fighting between Somaliland authorities and supporters of the elders",
         "detention_or_arrest", Y)
    d.fig("After fighting between Somaliland authorities and supporters of the elders", 4,
          "sultans arrested")
    d.fig("After fighting between Somaliland authorities and supporters of the elders", 1,
          "supporter arrested")
    d.ev("On September 3, President Egal ordered their release.", "release", "2001-09-03")
    d.ev("On September 24, the RRA in Burhakaba arrested 11", "detention_or_arrest",
         "2001-09-24", place="Burhakaba")
    d.fig("On September 24, the RRA in Burhakaba arrested 11", 11, "pro-TNG elders arrested")
    d.ev("there were no reports that Somaliland authorities detained foreigners",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("#### d. Arbitrary Arrest||Seven Christian Ethiopians arrested in Somaliland",
         "detention_or_arrest", "1999")
    d.ev("#### d. Arbitrary Arrest||Seven Christian Ethiopians arrested in Somaliland",
         "release", Y)
    d.fig("#### d. Arbitrary Arrest||Seven Christian Ethiopians arrested in Somaliland", 7,
          "Christian Ethiopians arrested and released")
    d.ev("there were no reports that authorities in Somaliland, Puntland, and in areas",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("It was unknown whether persons detained in 2000", "detention_or_arrest", "2000")
    d.ev("There were no developments in the following arrest cases from 2000",
         "detention_or_arrest", "2000-09")
    d.ev("There were no developments in the following arrest cases from 2000",
         "detention_or_arrest", "2000-03")
    d.fig("There were no developments in the following arrest cases from 2000", 5,
          "persons arrested in September 2000")
    d.fig("There were no developments in the following arrest cases from 2000", 5,
          "persons detained in March 2000")
    for date in ("2000-11", "2000-10", "2000-05"):
        d.ev("There were no developments in the arrests of the following persons",
             "detention_or_arrest", date)
    d.ev("There were no reports of lengthy pretrial detention", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("The Transitional Charter, adopted in 2000, provides for an independent judiciary",
         "law_or_decree", "2000")
    d.ev("extended their jurisdiction to criminal proceedings in some regions beginning in 1994",
         "other", "1994")
    d.ev("extended their jurisdiction to criminal proceedings in some regions beginning in 1994",
         "other", Y)
    d.ev("The Islamic courts in Mogadishu gradually were absorbed during the year", "other", Y)
    d.ev("In 2000 Somaliland adopted a new Constitution", "law_or_decree", "2000")
    d.ev("A U.N. report issued in 2000 noted", "report_published", "2000")
    d.ev("The Puntland Charter implemented in 1998", "law_or_decree", "1998")
    d.ev("In January more than 50 gunmen attacked an Islamic court", "attack_or_threat",
         "2001-01", place="Mogadishu")
    d.fig("In January more than 50 gunmen attacked an Islamic court", 50, "gunmen",
          "more than")
    d.fig("In January more than 50 gunmen attacked an Islamic court", 48, "prisoners released")
    d.ev("There were no reports of political prisoners.", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.f ---
    d.sec("1.f")
    d.ev(CHARTER + "provides for the sanctity", "law_or_decree", "2000")
    d.ev("the authorities did not respect this right on at least one occasion", "other", Y)
    d.ev("Militia members reportedly confiscated persons' possessions", "other", Y,
         polarity="alleged")
    d.ev("occupied forcibly during militia campaigns in 1992-93", "other", "1992",
         date_end="1993")
    d.fig("Approximately 300,000 persons, or 4 percent of the population", 300000, "IDPs",
          "approximately")
    d.fig("Approximately 300,000 persons, or 4 percent of the population", 4,
          "share of the population displaced", unit="percent")
    d.ev("#### f. Arbitrary Interference||In November the only Internet company", "other",
         "2001-11")


GROUPS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4, "exec": executive_summary, "1": section_1}


class SomaliaDoc(PageDoc):
    """The first sentence writes the footnote mark right after the name ("Somalia1 has been")."""

    MENTION_AFTER = r"(?:(?!\w|-\w)|(?=1 has been))"


def somalia() -> PageDoc:
    d = SomaliaDoc("2001_somalia", FILE, 2001, {g: ALL_PARTS[g] for g in DONE})
    for group in DONE:
        GROUPS[group](d)
    return d


DOCS = {"2001_somalia": somalia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
