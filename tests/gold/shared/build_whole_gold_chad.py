"""Build the hand-made DEV gold file for 2009 Chad: the executive summary and Sections 2-7.

Same method and conventions as ``build_whole_gold_dev.py`` (whose ``RangedDoc`` is imported,
not copied): every record below was decided by hand, reading the report sentence by
sentence, before the system was run on this report; the script only turns the decisions
into offsets. Each anchor (at most 14 words of the report) occurs exactly once in the
document. Section 1 is not annotated: the scope line lists the two character ranges that
are (``"ranges"``: the text before the Section 1 heading, and Section 2 to the end), and
entity mentions are kept only inside them. The output holds offsets, names and values but
no report text.

Usage (from the repository root)::

    .venv/bin/python tests/gold/shared/build_whole_gold_chad.py          # write the file
    .venv/bin/python tests/gold/shared/build_whole_gold_chad.py --show   # also print evidence

Decisions where docs/EVALUATION.md is silent are written down there ("Chad 2009").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_whole_gold_dev import RangedDoc  # noqa: E402


class PartDoc(RangedDoc):
    """A dev gold document that leaves out Section 1: the executive summary (everything
    before ``skip_from``) and the text from ``resume_at`` to the end."""

    def __init__(self, stem: str, file: str, year: int, *, skip_from: str, resume_at: str,
                 sections: str):
        super().__init__(stem, file, year, sections=sections)
        assert self.text.count(skip_from) == 1 and self.text.count(resume_at) == 1
        self.ranges = [[0, self.text.index(skip_from)], [self.text.index(resume_at), self.end]]


# =========================================================================================
# 2009_chad, executive summary and Sections 2-7
# =========================================================================================
def chad() -> PartDoc:
    d = PartDoc("2009_chad", "usdos/2009_chad.md", 2009,
                skip_from="#### Section 1 Respect for the Integrity",
                resume_at="#### Section 2 Respect for Civil Liberties",
                sections="exec,2,3,4,5,6,7")
    Y = "2009"
    AI = "Amnesty International"
    UNICEF = "UN Children's Fund"
    MSO = "Ministry of State Oversight"

    # --- persons ---
    d.ent("person", "Idriss Deby Itno", "Deby")
    d.ent("person", "Innocent Ebode")
    d.ent("person", "Massalabaye Tenebaye", "Tenebaye")
    d.ent("person", "Walter Kailin")
    d.ent("person", "Dmitry Titov")
    d.ent("person", "Michel Barka")
    d.ent("person", "Ndessedibaye Neloumra")
    d.ent("person", "Nanalta Clement")

    # --- organizations ---
    d.ent("organization", "Patriotic Salvation Movement", "MPS")
    d.ent("organization", "National Movement", "NM")
    d.ent("organization", "Info Tchad")
    d.ent("organization", "Le Progres")
    d.ent("organization", "La Voix du Tchad")
    d.ent("organization", "High Council for Communications", "HCC")
    # "Government National Radio (RNT)" in 7.a is the report's gloss of the same station.
    d.ent("organization", "Radiodiffusion Nationale Tchadienne", "Government National Radio",
          "RNT")
    d.ent("organization", "BELACD")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "High Council for Islamic Affairs")
    d.ent("organization", "Directorate of Religious Affairs")
    d.ent("organization", "Al Mountada al Islami")
    d.ent("organization", "World Association for Muslim Youth")
    d.ent("organization", "Mecca Al-Moukarrama Charitable Foundation")
    d.ent("organization", "Al Haramain Charitable Foundation")
    d.ent("organization", "Faid al-Djaria")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Ministry of Territorial Administration")
    d.ent("organization", "UN")
    # Expanded in Section 1 only; the acronyms stand alone in the annotated sections.
    d.ent("organization", "Chadian National Army", "ANT")
    d.ent("organization", "Integrated Security Detachment", "DIS")
    d.ent("organization", "Chadian League for Human Rights", "LTDH")
    d.ent("organization", "Chadian Association for the Promotion and Defense of Human Rights",
          "ATPDH")
    d.ent("organization", AI)
    d.ent("organization", "Physicians for Human Rights")
    d.ent("organization", UNICEF, "UNICEF")
    d.ent("organization", "National Assembly")
    d.ent("organization", "World Bank")
    d.ent("organization", "International Crisis Group")
    d.ent("organization", "College for the Control and Monitoring of Oil Resources")
    # "Ministry of Morality" (4) is the report's variant of the Ministry of Moralization.
    d.ent("organization", "Ministry of Moralization", "Ministry of Morality")
    d.ent("organization", "National Office for Food Security")
    d.ent("organization", MSO)
    d.ent("organization", "National Social Insurance Fund", "CNPS")
    d.ent("organization", "CotonChad")
    d.ent("organization", "Land Registry Office", "Cadastre")
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Ministry of Infrastructure and Transport")
    d.ent("organization", "Association for Human Rights")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "Department of Peacekeeping Operations", "DPKO")
    d.ent("organization", "Ministry of Social Action and Women")
    d.ent("organization", "National Institute of Statistics, Economic, and Demographic Studies")
    d.ent("organization", "Ministry of Social Action and Family")
    d.ent("organization", "Department of State")
    d.ent("organization", "International Trade Union Confederation")
    d.ent("organization", "Civil Service Workers Union")
    d.ent("organization", "Chad Trade Union")
    d.ent("organization", "Human Rights Without Borders")
    d.ent("organization", "Office of Labor Inspection")
    d.ent("organization", "National School of Administration and Magistracy")
    # Treaties and publications: not entities of our types.
    d.not_entity("Convention relating to the Status of Refugees",
                 "African Union Convention Governing the Specific Aspects of the Refugee "
                 "Problem in Africa", "International Religious Freedom Report",
                 "Trafficking in Persons Report", "Worldwide Governance Indicators")

    # --- places ---
    d.ent("place", "Chad")
    d.ent("place", "Sudan")
    d.ent("place", "Darfur")
    d.ent("place", "Central African Republic", "CAR")
    d.ent("place", "N'Djamena")
    d.ent("place", "Daha")
    d.ent("place", "Abeche")
    d.ent("place", "Moundou")
    d.ent("place", "Sarh")
    d.ent("place", "Cameroon")
    d.ent("place", "Nigeria")
    d.ent("place", "Mayo-Kebbi Ouest Region")
    d.ent("place", "Hahimtoki")
    d.ent("place", "Koumra")
    d.ent("place", "Mandoul")
    d.ent("place", "Moyen Chari")

    # --- executive summary ---
    d.sec("exec")
    d.fig("with a population of approximately 10 million", 10000000, "population",
          "approximately")
    d.ev("In 2006 President Idriss Deby Itno, leader", "election_or_referendum", "2006")
    d.ev("since taking power in a 1990 coup", "other", "1990")
    d.ev("In May rebels crossed from Sudan into the east", "attack_or_threat", "2009-05")
    d.ev("On July 26, one of the main rebel factions", "other", "2009-07-26")
    d.fig("An estimated 168,000 internally displaced persons (IDPs) remained", 168000,
          "internally displaced persons", "approximately")
    d.fig("Approximately 253,000 Sudanese refugees who had fled", 253000,
          "Sudanese refugees in camps", "approximately")
    d.fig("Approximately 253,000 Sudanese refugees who had fled", 70000,
          "refugees from the Central African Republic", "approximately")
    d.ev("Human rights abuses included limitation of citizens' right", "killing", Y)
    d.ev("Rebel groups, ethnic-based militias, Darfur-based militias, and bandits committed",
         "other", Y)
    d.ev("These abuses included killing, abducting, injuring", "killing", Y)

    # --- 2.a ---
    d.sec("2.a")
    d.ev("the February 2008 presidential decree that revised the press law", "law_or_decree",
         "2008-02")
    d.prov("imprisonment for three to five years for articles", "penalty", 3, "years",
           "three to five years")
    d.records[-1]["quantity"]["value_end"] = 5
    d.prov("Offending the president is punishable by one to five years", "penalty", 1, "years",
           "one to five years' imprisonment")
    d.records[-1]["quantity"]["value_end"] = 5
    d.prov("Conspiring with the enemy is punishable by up to three years", "penalty", 3,
           "years", "up to three years' imprisonment")
    d.ev("Human rights organizations and newspapers criticized the restrictions", "other", Y,
         source="human rights organizations and newspapers")
    d.ev("There were no reports the government enforced the law during the year", "other", Y,
         polarity="negated")
    d.ev("There were reports that the government attempted to control criticism",
         "surveillance", Y, polarity="alleged")
    d.ev("The government deported a journalist and temporarily suspended", "other", Y)
    d.ev("On October 14, authorities deported the editor", "other", "2009-10-14")
    d.ev("On December 3, the High Council for Communications", "censorship_or_blocking",
         "2009-12-03")
    d.fig("including four stations affiliated with the Catholic NGO", 4,
          "radio stations affiliated with BELACD")
    d.fig("remained prohibitively high at approximately five million CFA", 5000000,
          "annual licensing fee for a commercial radio station", "approximately", unit="XAF")
    d.fig("remained prohibitively high at approximately five million CFA", 11000,
          "annual licensing fee for a commercial radio station", "approximately", unit="USD")
    d.fig("remained prohibitively high at approximately five million CFA", 10,
          "commercial fee relative to the nonprofit fee", unit="times")
    d.ev("The HCC monitored and censored the content", "censorship_or_blocking", Y)
    d.ev("The government censored the media by restricting content", "censorship_or_blocking",
         Y)
    d.ev("Some journalists in rural areas reported that government officials warned",
         "attack_or_threat", Y, source="journalists")
    d.ev("some domestic journalists claimed the government restricted", "censorship_or_blocking",
         Y, polarity="alleged", source="journalists")
    d.ev("On May 14, in N'Djamena, a local journalism association", "other", "2009-05-14",
         place="N'Djamena")
    d.ev("There were no government restrictions on access to the Internet",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("According to International Telecommunication Union statistics for 2008",
         "report_published", "2008")
    d.fig("approximately 1.19 percent of the country's inhabitants", 1.19,
          "share of inhabitants using the Internet", "approximately", unit="percent",
          source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.prov("organizers of demonstrations to notify the government five days", "requirement", 5,
           "days", "five days in advance", "notice of demonstrations")
    d.ev("On January 14, police reportedly broke up a protest", "attack_or_threat", "2009-01-14",
         polarity="alleged")
    d.ev("There were no developments regarding the violent dispersal", "attack_or_threat",
         "2008")
    d.ev("There were no developments regarding the violent dispersal", "attack_or_threat",
         "2007")
    d.ev("there were no reports that the ordinance was enforced", "registration_decision", Y,
         polarity="negated")

    # --- 2.c ---
    d.sec("2.c")
    d.ev("During the year there were regular meetings between key religious", "other", Y)
    d.ev("There was no known Jewish community", "attack_or_threat", Y, polarity="negated")

    # --- 2.d ---
    d.sec("2.d")
    d.ev("The law prohibits forced exile, and the government did not use it", "other", Y,
         polarity="negated")
    d.fig("The estimated overall number of IDPs decreased", 185000, "IDPs in August 2008",
          "approximately")
    d.fig("The estimated overall number of IDPs decreased", 167000, "IDPs in January 2009",
          "approximately")
    d.fig("The estimated overall number of IDPs||In September there were approximately", 168000, "IDPs in September",
          "approximately")
    # t-conv16 settlement: N2 a negated taxonomy act on a class (IDPs): no event.
    # was: d.ev("The government did not attack IDPs", "attack_or_threat", Y, polarity="negated")
    d.fig("In November the number of Sudanese refugees", 253000,
          "Sudanese refugees from Darfur")
    d.fig("In November the number of Sudanese refugees", 12, "refugee camps along the border")
    d.fig("increased from 56,000 in June 2008", 56000, "refugees from CAR in June 2008")
    d.fig("increased from 56,000 in June 2008", 70000, "refugees from CAR in 2009",
          "approximately")
    d.fig("Most of those refugees lived in five camps", 5, "refugee camps in the south")
    d.ev("Most new refugees from CAR that arrived during the year", "other", Y, place="Daha")
    d.fig("approximately 5,000 refugees of various nationalities", 5000, "urban refugees",
          "approximately")
    d.ev("Women were raped in and near refugee camps", "torture_or_abuse", Y)
    d.ev("A September Amnesty International report documented", "report_published", "2009-09",
         source=AI)
    d.ev("A September Amnesty International report documented", "torture_or_abuse", Y,
         source=AI)
    d.ev("Rapes were committed by ANT personnel", "torture_or_abuse", Y)
    d.ev("Amnesty International received reports of rape and violence", "torture_or_abuse", Y,
         polarity="alleged", source=AI)
    d.ev("the NGO staff in the reported cases were removed", "dismissal", Y, source=AI)
    d.ev("A May report by the NGO Physicians for Human Rights", "report_published", "2009-05",
         source="Physicians for Human Rights")
    d.ev("The DIS aided in protection of refugee||UNICEF reported that the DIS investigated",
         "investigation", Y, source=UNICEF)

    # --- 3 ---
    d.sec("3")
    d.ev("In 2006 President Deby, leader of the ruling MPS", "election_or_referendum", "2006")
    d.ev("Observers noted low voter participation, underage voting", "other", "2006",
         source="observers")
    d.ev("In August 2007 the government and the opposition coalition signed", "other",
         "2007-08")
    d.ev("legislative elections did not take place during the year", "election_or_referendum",
         Y, polarity="negated")
    d.fig("There were approximately 120 registered political parties", 120,
          "registered political parties", "approximately")
    d.ev("During the year opposition leaders were subject to harassment", "attack_or_threat",
         Y)
    d.ev("unlike in the previous year none disappeared", "other", "2008")
    d.ev("Opposition political leaders accused the government of co-opting", "other", Y,
         polarity="alleged", source="opposition political leaders")
    d.fig("There were 10 women in the 155-seat National Assembly", 10,
          "women in the National Assembly")
    d.fig("There were 10 women in the 155-seat National Assembly", 155,
          "seats in the National Assembly")
    d.fig("There were five women among 41 ministers", 5, "women in the cabinet")
    d.fig("There were five women among 41 ministers", 41, "ministers in the cabinet")

    # --- 4 ---
    d.sec("4")
    d.ev("On August 26, the International Crisis Group released", "report_published",
         "2009-08-26", source="International Crisis Group")
    d.ev("During the year the ministry reported several cases of bribery", "report_published",
         Y, source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 1.5e9, "false contracts at two ministries",
          unit="XAF", source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 3.2e6, "false contracts at two ministries",
          "approximately", unit="USD", source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 810e6, "missing from the food security office",
          unit="XAF", source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 1.7e6, "missing from the food security office",
          unit="USD", source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 244e6, "stolen from the Moundou treasury",
          unit="XAF", source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 522000, "stolen from the Moundou treasury",
          unit="USD", source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 120e6, "embezzled in Sarh", unit="XAF",
          source="Ministry of Moralization")
    d.fig("This included 1.5 billion CFA", 257000, "embezzled in Sarh", unit="USD",
          source="Ministry of Moralization")
    d.ev("On August 15, the Ministry of State Oversight stated", "charge", "2009-08-15",
         source=MSO)
    d.fig("On August 15, the Ministry of State Oversight stated", 35, "legal cases initiated",
          source=MSO)
    d.fig("On August 15, the Ministry of State Oversight stated", 141,
          "officials charged with embezzlement", source=MSO)
    d.ev("During the year the government dismissed several government agents", "dismissal", Y)
    d.ev("In August and September, authorities arrested and detained", "detention_or_arrest",
         "2009-08", date_end="2009-09")
    d.ev("published its report for 2008 on December 22, 2009", "report_published",
         "2009-12-22", source="College for the Control and Monitoring of Oil Resources")
    d.ev("for positive cooperation with the college in 2008", "other", "2008")
    d.ev("The government had taken no clear action on findings", "other", Y,
         polarity="negated")

    # --- 5 ---
    d.sec("5")
    d.ev("On June 9, authorities arrested a human rights activist", "detention_or_arrest",
         "2009-06-09")
    d.ev("On October 23, unknown persons went to the home", "attack_or_threat", "2009-10-23")
    d.ev("Between October 13 and 16, unknown persons also followed", "surveillance",
         "2009-10-13", date_end="2009-10-16")
    d.fig("There were two principal local human rights organizations", 2,
          "main domestic human rights NGOs")
    d.ev("On October 27-28, the government held a human rights forum", "other", "2009-10-27",
         date_end="2009-10-28", place="Abeche")
    d.ev("In August it held a similar forum", "other", "2009-08", place="N'Djamena")
    d.ev("During the year unidentified assailants and armed bandits also attacked",
         "attack_or_threat", Y)
    d.ev("Between February 3 and 9, the UN representative", "other", "2009-02-03",
         date_end="2009-02-09")
    d.ev("Dmitry Titov also visited the country in February", "other", "2009-02")
    # --- 6 ---
    d.sec("6")
    d.ev("although there were no reports of this occurring during the year", "killing", Y,
         polarity="negated")
    d.fig("only 14 percent of childbirths were assisted", 14,
          "share of childbirths assisted professionally", unit="percent")
    d.fig("The ratio of midwives to women of childbearing age", 1, "midwives")
    d.fig("The ratio of midwives to women of childbearing age", 14800,
          "women of childbearing age per midwife")
    d.fig("Ten percent of married women in N'Djamena", 10,
          "share of married women in N'Djamena using contraceptives", unit="percent")
    d.fig("Five percent of women in towns", 5, "share of women in towns using contraception",
          unit="percent")
    d.fig("Five percent of women in towns", 0.4,
          "share of women in the countryside using contraception", unit="percent")
    d.ev("launched an awareness raising campaign to combat gender-based violence", "other", Y)
    d.prov("primary education is compulsory between the ages of six and 11", "threshold", 6,
           "age", "between the ages of six and 11", "compulsory primary education")
    d.records[-1]["quantity"]["value_end"] = 11
    d.fig("Parent-teacher associations hired and paid approximately half", 0.5,
          "share of teachers paid by parent-teacher associations", "approximately")
    d.ev("According to a 2004 report by the governmental National Institute", "report_published",
         "2004", source="National Institute of Statistics, Economic, and Demographic Studies")
    d.fig("45 percent of females had undergone excision", 45,
          "share of females who had undergone excision", unit="percent",
          source="National Institute of Statistics, Economic, and Demographic Studies")
    d.fig("According to the survey, 70 percent of Muslim females", 70,
          "share of Muslim females subjected to FGM", unit="percent")
    d.fig("According to the survey, 70 percent of Muslim females", 30,
          "share of Christian females subjected to FGM", unit="percent")
    d.fig("All three types of FGM were practiced", 3, "types of FGM practiced")
    d.ev("There were no reports that any such suits were brought", "charge", Y,
         polarity="negated")
    d.ev("conducted public awareness campaigns to discourage the practice of FGM", "other", Y)
    d.prov("prohibits sexual relations with a girl younger than 14", "threshold", 14, "age",
           "younger than 14", "sexual relations with a girl")
    d.prov("the minimum legal age for engagements is 11", "threshold", 11, "age", "11",
           "minimum age for engagements")
    d.prov("The law prohibits forced marriages of anyone younger than age 18", "threshold", 18,
           "age", "younger than age 18", "forced marriage")
    d.prov("The law prohibits forced marriages of anyone younger than age 18", "penalty", 6,
           "months", "six months to two years", "forced marriage")
    d.prov("The law prohibits forced marriages of anyone younger than age 18", "penalty",
           50000, "XAF", "50,000 to 500,000 CFA", "forced marriage")
    d.records[-1]["quantity"]["value_end"] = 500000
    d.prov("The law prohibits forced marriages of anyone younger than age 18", "penalty", 107,
           "USD", "$107-1,171", "forced marriage")
    d.records[-1]["quantity"]["value_end"] = 1171
    d.ev("The government and other armed groups continued to use child soldiers", "other", Y)
    d.ev("The government and other armed groups continued to use||Armed bandits kidnapped "
         "children to obtain ransom", "other", Y, place="Mayo-Kebbi Ouest Region")
    d.ev("Armed groups recruited children, sometimes forcibly.||UNICEF reported that the DIS "
         "investigated", "investigation", Y, source=UNICEF)
    d.ev("Armed groups recruited children, sometimes forcibly.||Armed bandits kidnapped "
         "children to obtain ransom", "other", Y, place="Mayo-Kebbi Ouest Region")
    d.ev("There were no reported developments regarding the June 2008 case",
         "detention_or_arrest", "2008-06")
    d.ev("There were no reported developments regarding the June 2008 case",
         "report_published", "2008-07", place="Hahimtoki")
    d.fig("There were no reported developments regarding the June 2008 case", 108,
          "children held by herders")
    d.ev("Police reportedly resorted to extrajudicial actions against traffickers",
         "torture_or_abuse", Y, polarity="alleged")
    d.fig("There are approximately 200 ethnic groups", 200, "ethnic groups", "approximately")
    d.fig("They speak 128 distinct primary languages", 128, "primary languages")
    d.fig("affiliated with one of two regional and cultural traditions", 2,
          "regional and cultural traditions")
    # t-conv16 settlement: N1 "There were no <thing>" (organizations): a state.
    # was: d.ev("There were no known lesbian, gay, bisexual, and transgender", "other", Y,
    # was: polarity="negated")
    d.ev("There were no government or civil society efforts to address", "other", Y,
         polarity="negated")

    # --- 7.a ---
    d.sec("7.a")
    d.ev("there were no reports that the authorization requirement was enforced",
         "registration_decision", Y, polarity="negated")
    d.fig("more than 90 percent of employees belonged to unions", 90,
          "share of formal-sector employees in unions", "more than", unit="percent")
    d.ev("A 2008 International Trade Union Confederation report stated", "report_published",
         "2008", source="International Trade Union Confederation")
    d.ev("but no such punishment was imposed during the year", "conviction_or_sentence", Y,
         polarity="negated")
    d.ev("During the year four Government National Radio (RNT) journalists", "other", Y)
    d.fig("During the year four Government National Radio (RNT) journalists", 4,
          "RNT journalists unpaid and relocated")
    d.ev("On August 19, the minister of civil service issued an order", "other", "2009-08-19")
    d.ev("The union linked this decision to a March strike", "strike", "2009-03")
    d.ev("At year's end the union head and deputy had not been moved", "other", Y,
         polarity="negated")
    d.ev("On October 13, Michel Barka, president of the Chad Trade Union", "attack_or_threat",
         "2009-10-13")

    # --- 7.b ---
    d.sec("7.b")
    d.ev("There were no reports of restrictions on collective bargaining", "other", Y,
         polarity="negated")

    # --- 7.c ---
    d.sec("7.c")
    d.ev("In January local human rights groups and the media reported", "other", "2009-01",
         place="Sarh", source="local human rights groups and the media")
    d.ev("They were tortured and injured before being released", "torture_or_abuse", "2009-01")

    # --- 7.d ---
    d.sec("7.d")
    d.prov("The labor code stipulates that the minimum age for employment is 14", "threshold",
           14, "age", "14", "minimum age for employment")
    d.prov("The labor code stipulates that the minimum age for employment is 14", "threshold",
           13, "age", "beginning at age 13", "apprentices")
    d.fig("An estimated 20 percent of children between the ages of six and 18", 20,
          "share of children in exploitive labor", "approximately", unit="percent",
          source="Human Rights Without Borders")
    d.ev("An estimated 20 percent of children between the ages of six and 18",
         "report_published", "2005", source="Human Rights Without Borders")
    d.ev("A 2005 UNICEF-government survey of child domestics", "report_published", "2005")
    d.fig("A 2005 UNICEF-government survey of child domestics", 62,
          "share of child domestics who were boys", unit="percent")
    d.fig("A 2005 UNICEF-government survey of child domestics", 24,
          "share of child domestics aged eight to 14", unit="percent")
    d.fig("A 2005 UNICEF-government survey of child domestics", 68,
          "share of child domestics aged 15 to 17", unit="percent")
    d.fig("A 2005 UNICEF-government survey of child domestics", 86,
          "share of child domestics who were illiterate", unit="percent")
    d.ev("During the year a local NGO in Koumra reportedly rescued", "release", Y,
         polarity="alleged", place="Koumra")
    d.fig("During the year a local NGO in Koumra reportedly rescued", 150, "children rescued")
    d.ev("Government forces and rebel groups used child soldiers", "other", Y)
    d.ev("Government forces and rebel groups used child soldiers||UNICEF reported that the DIS "
         "investigated", "investigation", Y, source=UNICEF)
    d.ev("On August 21, the National School of Administration", "other", "2009-08-21")
    d.fig("Twenty-eight students participated in the program", 28,
          "students in the first class of labor inspectors")
    d.ev("Police reportedly used extrajudicial actions against traffickers", "torture_or_abuse",
         Y, polarity="alleged")

    # --- 7.e ---
    d.sec("7.e")
    d.fig("the minimum wage at year's end was 28,000 CFA", 28000, "monthly minimum wage",
          unit="XAF")
    d.fig("the minimum wage at year's end was 28,000 CFA", 60, "monthly minimum wage",
          unit="USD")
    d.ev("although wage levels were raised during the year", "other", Y)
    d.prov("The law limits most employment to 39 hours per week", "prohibition", 39, "hours",
           "39 hours per week", "weekly working hours")
    d.prov("Agricultural work was limited to 2,400 hours per year", "prohibition", 2400,
           "hours", "2,400 hours per year", "agricultural working hours")
    d.prov("Agricultural work was limited to 2,400 hours per year", "prohibition", 46, "hours",
           "46 hours per week", "agricultural working hours")
    d.prov("All workers were entitled to an unbroken 48-hour rest period", "right", 48, "hours",
           "48-hour rest period per week", "weekly rest")
    return d


DOCS = {"2009_chad": chad}


if __name__ == "__main__":
    import build_shared_gold

    build_shared_gold.main(sys.argv[1:], DOCS)
