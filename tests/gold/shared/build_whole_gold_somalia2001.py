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
from build_whole_gold_dev import PageDoc  # noqa: E402

FILE = "usdos/2001_somalia.md"
Y = "2001"

#: the section groups (opening heading, heading that ends the group); the Section 4 heading
#: of this report is a plain line, so group 3-4 runs from Section 3 to Section 5
ALL_PARTS = {
    "exec": (None, "#### Section 1 Respect for the Integrity"),
    "1": ("#### Section 1 Respect for the Integrity", "#### Section 2 Respect for Civil"),
    "2": ("#### Section 2 Respect for Civil", "#### Section 3 Respect for Political"),
    "3-4": ("#### Section 3 Respect for Political", "#### Section 5 Discrimination"),
    "5-7": ("#### Section 5 Discrimination", None),
}
#: the groups annotated so far, in the order they were done
DONE = ["5-7", "2", "3-4", "exec"]

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
    d.ent("place", "Lower Shabelle")
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
    d.ent("organization", "Transitional National Assembly", "TNA", "Transitional Assembly")
    d.ent("organization", "UNESCO")
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
    d.ent("organization", "UNHCR")
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
    d.ent("person", "Yusuf Haji Nur", "Nur")
    d.ent("person", "Hussein Aideed", "Aideed")
    d.ent("organization", "Union of the People of Somaliland", "UDSL")
    d.ent("organization", "Parliament")
    d.ent("organization", "Council of Elders")
    d.ent("organization", "Puntland Parliament")
    d.ent("organization", "Ismail Jumale Center for Human Rights", "Ismail Jumale Center")
    d.ent("organization", "Horn of Africa Human Rights Watch Committee")
    d.ent("organization", "Red Cross")
    d.ent("organization", "CARE")
    d.ent("organization", "Save the Children")
    d.ent("organization", "Halo Trust")
    d.ent("organization", "COSV")
    d.ent("organization", "DIJHRC")
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
    d.ev("#### Section 3 Respect for Political||Jama fled to Bosasso.", "other", "2001-12")
    d.ev("Both governments sent administrators to the Sanaag and Sol regions", "other", Y)
    d.fig("There are only 5 female representatives out of a total of 69", 5,
          "female representatives in the Puntland Parliament")
    d.fig("There are only 5 female representatives out of a total of 69", 69,
          "representatives in the Puntland Parliament")
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
    d.ent("person", "Ismail Omar Guelleh")
    d.ent("organization", "U.N. General Assembly")
    d.ent("organization", "Inter-Governmental Authority for Development", "IGAD")
    d.ent("organization", "Al'Ittihad Al-Islami", "AIAI", "Al-Ittihaad")

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
    d.ev("This led to a confrontation with Chief Justice Yusuf Haji Nur", "other", "2001-07")
    d.ev("In November traditional elders elected Jama Ali Jama", "election_or_referendum",
         "2001-11")
    d.ev("in December he seized by force the town of Garowe", "attack_or_threat", "2001-12",
         place="Garowe")
    d.ev("## Somalia||Jama fled to Bosasso.", "other", "2001-12")
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


GROUPS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4, "exec": executive_summary}


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
